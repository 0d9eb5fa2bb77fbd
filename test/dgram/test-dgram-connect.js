'use strict';
// dgram: connect, remoteAddress, sends without an address, disconnect,
// options.lookup, unref, udp6.
const assert = require('assert');
const dgram = require('dgram');
const { mustCall } = require('../common');

const lookups = [];
const s = dgram.createSocket({
  type: 'udp4',
  lookup: (host, family, cb) => {
    lookups.push([host, family]);
    require('dns').lookup(host, family, cb);
  },
});
s.on('listening', mustCall());
s.bind({ port: 0, address: 'localhost' }, mustCall(() => {
  const { port } = s.address();
  s.connect(port, mustCall(function() {
    assert.strictEqual(this, s);
    assert.deepStrictEqual(s.remoteAddress(), { address: '127.0.0.1', family: 'IPv4', port });
    assert.throws(() => s.connect(port), { code: 'ERR_SOCKET_DGRAM_IS_CONNECTED', message: 'Already connected' });
    assert.throws(() => s.send('x', 0, 1, port, '127.0.0.1'), { code: 'ERR_SOCKET_DGRAM_IS_CONNECTED' });
    s.send('self', mustCall((err, bytes) => assert.deepStrictEqual([err, bytes], [null, 4])));
  }));
  s.on('connect', mustCall());
}));
s.on('message', mustCall((msg, rinfo) => {
  assert.strictEqual(msg.toString(), 'self');
  assert.strictEqual(rinfo.address, '127.0.0.1');
  s.disconnect();
  assert.throws(() => s.remoteAddress(), { code: 'ERR_SOCKET_DGRAM_NOT_CONNECTED' });
  s.close();
  assert.deepStrictEqual(lookups, [['localhost', 4], ['127.0.0.1', 4]]);
}));

// An unref'd bound socket does not keep the process alive.
const idle = dgram.createSocket('udp4');
idle.bind(0, '127.0.0.1', mustCall());
assert.strictEqual(idle.unref(), idle);

// udp6 on the loopback, where the machine has IPv6.
const s6 = dgram.createSocket('udp6');
s6.on('error', (err) => {
  // No IPv6 here.
  assert.ok(['EADDRNOTAVAIL', 'EAFNOSUPPORT'].includes(err.code), err.message);
  s6.close();
});
s6.bind(0, '::1', mustCall(() => {
  const a = s6.address();
  assert.strictEqual(a.family, 'IPv6');
  assert.strictEqual(a.address, '::1');
  s6.on('message', mustCall((msg, rinfo) => {
    assert.strictEqual(msg.toString(), 'six');
    assert.strictEqual(rinfo.family, 'IPv6');
    assert.strictEqual(rinfo.address, '::1');
    s6.close();
  }));
  s6.send('six', a.port, '::1');
}));

// An AbortSignal closes the socket.
const ac = new AbortController();
const sig = dgram.createSocket({ type: 'udp4', signal: ac.signal });
sig.on('close', mustCall());
sig.bind(0, '127.0.0.1', mustCall(() => ac.abort()));
