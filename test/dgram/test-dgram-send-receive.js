'use strict';
// dgram: bind to 127.0.0.1 port 0, send and receive, rinfo, send
// callbacks, buffer lists, offset/length, an implicit bind, close.
const assert = require('assert');
const dgram = require('dgram');
const { mustCall } = require('../common');

const server = dgram.createSocket('udp4');
assert.deepStrictEqual(Object.keys(server), ['_events', '_eventsCount', '_maxListeners', 'type']);
assert.strictEqual(server.type, 'udp4');
assert.ok(server instanceof dgram.Socket);

const expected = ['hello', 'abcde', '', 'bcd', 'xyz'];
const received = [];
let clientPort;

server.on('listening', mustCall(() => {
  const addr = server.address();
  assert.deepStrictEqual(Object.keys(addr), ['address', 'family', 'port']);
  assert.strictEqual(addr.address, '127.0.0.1');
  assert.strictEqual(addr.family, 'IPv4');
  assert.ok(addr.port > 0);
}));

server.on('message', mustCall((msg, rinfo) => {
  assert.ok(Buffer.isBuffer(msg));
  assert.deepStrictEqual(Object.keys(rinfo), ['address', 'family', 'port', 'size']);
  assert.strictEqual(rinfo.address, '127.0.0.1');
  assert.strictEqual(rinfo.family, 'IPv4');
  assert.strictEqual(rinfo.port, clientPort);
  assert.strictEqual(rinfo.size, msg.length);
  received.push(msg.toString());
  if (received.length === expected.length) {
    assert.deepStrictEqual(received.sort(), expected.slice().sort());
    client.close(mustCall());
    server.close();
  }
}, expected.length));
server.on('close', mustCall());

let client;
server.bind(0, '127.0.0.1', mustCall(function() {
  assert.strictEqual(this, server);
  const { port } = server.address();
  client = dgram.createSocket('udp4');
  // The first send binds the client implicitly.
  client.send('hello', port, '127.0.0.1', mustCall((err, bytes) => {
    assert.strictEqual(err, null);
    assert.strictEqual(bytes, 5);
    clientPort = client.address().port;
    assert.strictEqual(client.address().address, '0.0.0.0');
    client.send(['ab', Buffer.from('c'), new Uint8Array([100, 101])], port, '127.0.0.1',
      mustCall((err, bytes) => {
        assert.strictEqual(err, null);
        assert.strictEqual(bytes, 5);
      }));
    client.send(Buffer.alloc(0), port, mustCall((err, bytes) => {
      assert.deepStrictEqual([err, bytes], [null, 0]);
    }));
    // offset and length
    client.send(Buffer.from('abcde'), 1, 3, port, '127.0.0.1', mustCall((err, bytes) => {
      assert.deepStrictEqual([err, bytes], [null, 3]);
    }));
    // No address: localhost; no callback.
    client.send('xyz', port);
  }));
  // Sent before the implicit bind completed: still before 'listening'.
  assert.throws(() => client.address(), { code: 'EBADF', syscall: 'getsockname' });
}));

// A message listener given to createSocket, and a socket that is closed
// right away emits 'close' and nothing else.
const other = dgram.createSocket({ type: 'udp4' }, () => assert.fail('no message'));
assert.strictEqual(other.listenerCount('message'), 1);
other.close(mustCall());
