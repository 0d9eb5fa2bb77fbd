'use strict';
// net: Node's errors for bad arguments, refused connections, ports in use,
// closing a server that is not running.
const common = require('../common');
const assert = require('assert');
const net = require('net');

assert.throws(() => net.createServer().listen(70000), {
  code: 'ERR_SOCKET_BAD_PORT', name: 'RangeError',
  message: 'options.port should be >= 0 and < 65536. Received type number (70000).',
});
assert.throws(() => new net.Socket().connect(-1), {
  code: 'ERR_SOCKET_BAD_PORT', message: 'Port should be >= 0 and < 65536. Received type number (-1).',
});
assert.throws(() => net.connect({}), {
  code: 'ERR_MISSING_ARGS', message: 'The "options" or "port" or "path" argument must be specified',
});
assert.throws(() => net.createServer().listen({ host: 'x' }), {
  code: 'ERR_INVALID_ARG_VALUE',
});
assert.throws(() => net.connect({ port: 80, localAddress: 'nope' }), { code: 'ERR_INVALID_IP_ADDRESS' });

net.createServer().close(common.mustCall((err) => {
  assert.strictEqual(err.code, 'ERR_SERVER_NOT_RUNNING');
  assert.strictEqual(err.message, 'Server is not running.');
}));

assert.strictEqual(net.isIP('127.0.0.1'), 4);
assert.strictEqual(net.isIP('::1'), 6);
assert.strictEqual(net.isIP('fe80::1%eth0'), 6);
assert.strictEqual(net.isIP('256.0.0.1'), 0);
assert.strictEqual(net.isIP('localhost'), 0);
assert.strictEqual(net.isIPv4('1.2.3.4'), true);
assert.strictEqual(net.isIPv6('1.2.3.4'), false);
assert.strictEqual(net.isIPv6('::ffff:1.2.3.4'), true);

const a = net.createServer().listen(0, '127.0.0.1', common.mustCall(() => {
  const port = a.address().port;
  const b = net.createServer().listen(port, '127.0.0.1');
  b.on('error', common.mustCall((err) => {
    assert.strictEqual(err.code, 'EADDRINUSE');
    assert.strictEqual(err.syscall, 'listen');
    assert.strictEqual(err.address, '127.0.0.1');
    assert.strictEqual(err.port, port);
    assert.strictEqual(err.message, `listen EADDRINUSE: address already in use 127.0.0.1:${port}`);
    assert.strictEqual(b.listening, false);
    a.close(common.mustCall(() => {
      // Nothing listens there any more: the connection is refused.
      const c = net.connect(port, '127.0.0.1');
      c.on('connect', common.mustNotCall());
      c.on('error', common.mustCall((e) => {
        assert.strictEqual(e.code, 'ECONNREFUSED');
        assert.strictEqual(e.syscall, 'connect');
        assert.strictEqual(e.address, '127.0.0.1');
        assert.strictEqual(e.port, port);
        assert.strictEqual(e.message, `connect ECONNREFUSED 127.0.0.1:${port}`);
      }));
      c.on('close', common.mustCall((hadError) => assert.strictEqual(hadError, true)));
    }));
  }));
  assert.throws(() => a.listen(0), { code: 'ERR_SERVER_ALREADY_LISTEN' });
}));
