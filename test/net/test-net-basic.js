'use strict';
// net: a TCP echo round trip, addresses, events in order, bytes counters.
const common = require('../common');
const assert = require('assert');
const net = require('net');

const events = [];
const server = net.createServer(common.mustCall((s) => {
  assert.strictEqual(s.remoteAddress, '127.0.0.1');
  assert.strictEqual(s.remoteFamily, 'IPv4');
  assert.strictEqual(typeof s.remotePort, 'number');
  assert.strictEqual(s.localPort, server.address().port);
  assert.strictEqual(s.readyState, 'open');
  s.on('data', (d) => {
    events.push(`server data ${d}`);
    s.end(`echo:${d}`);
  });
  s.on('end', () => events.push('server end'));
  s.on('close', common.mustCall((hadError) => {
    assert.strictEqual(hadError, false);
    events.push('server close');
    server.close(common.mustCall(() => events.push('server closed')));
  }));
}));

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const addr = server.address();
  assert.strictEqual(addr.address, '127.0.0.1');
  assert.strictEqual(addr.family, 'IPv4');
  assert.ok(addr.port > 0);
  assert.strictEqual(server.listening, true);
  const c = net.connect(addr.port, '127.0.0.1');
  assert.strictEqual(c.readyState, 'opening');
  assert.strictEqual(c.pending, true);
  c.on('connect', common.mustCall(() => {
    events.push('client connect');
    assert.strictEqual(c.pending, false);
    assert.strictEqual(c.remotePort, addr.port);
    c.write('hello');
  }));
  c.on('ready', common.mustCall());
  c.setEncoding('utf8');
  let got = '';
  c.on('data', (d) => {
    got += d;
    events.push(`client data ${d}`);
  });
  c.on('end', common.mustCall(() => {
    events.push('client end');
    assert.strictEqual(got, 'echo:hello');
  }));
  c.on('close', common.mustCall((hadError) => {
    events.push('client close');
    assert.strictEqual(hadError, false);
    assert.strictEqual(c.bytesRead, 10);
    assert.strictEqual(c.bytesWritten, 5);
    assert.strictEqual(c.readyState, 'closed');
  }));
}));

process.on('exit', () => {
  assert.deepStrictEqual(events, [
    'client connect', 'server data hello', 'client data echo:hello', 'client end',
    'client close', 'server end', 'server close', 'server closed',
  ]);
});
