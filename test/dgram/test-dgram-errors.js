'use strict';
// dgram: argument validation and state errors, with Node's codes and
// messages; bind failures as 'error' events.
const assert = require('assert');
const dgram = require('dgram');
const { mustCall, mustNotCall } = require('../common');

function check(fn, props) {
  assert.throws(fn, (err) => {
    for (const [k, v] of Object.entries(props)) assert.strictEqual(err[k], v, k);
    return true;
  });
}

for (const type of ['udp5', undefined, 4]) {
  check(() => dgram.createSocket(type), {
    name: 'TypeError', code: 'ERR_SOCKET_BAD_TYPE',
    message: 'Bad socket type specified. Valid types are: udp4, udp6',
  });
}
check(() => dgram.createSocket({}), { code: 'ERR_SOCKET_BAD_TYPE' });

const s = dgram.createSocket('udp4');
// Before bind: no socket yet.
check(() => s.address(), { code: 'EBADF', syscall: 'getsockname', message: 'getsockname EBADF' });
check(() => s.setTTL(1), { code: 'EBADF', message: 'setTTL EBADF' });
check(() => s.setBroadcast(true), { code: 'EBADF', message: 'setBroadcast EBADF' });
check(() => s.getRecvBufferSize(), {
  name: 'SystemError', code: 'ERR_SOCKET_BUFFER_SIZE',
  message: 'Could not get or set buffer size: uv_recv_buffer_size returned EBADF (bad file descriptor)',
});
check(() => s.setRecvBufferSize(-1), {
  name: 'TypeError', code: 'ERR_SOCKET_BAD_BUFFER_SIZE', message: 'Buffer size must be a positive integer',
});
check(() => s.remoteAddress(), { code: 'ERR_SOCKET_DGRAM_NOT_CONNECTED', message: 'Not connected' });
check(() => s.disconnect(), { code: 'ERR_SOCKET_DGRAM_NOT_CONNECTED' });
check(() => s.send('x'), {
  name: 'RangeError', code: 'ERR_SOCKET_BAD_PORT',
  message: 'Port should be > 0 and < 65536. Received undefined.',
});
check(() => s.send('x', 'a'), {
  code: 'ERR_SOCKET_BAD_PORT', message: "Port should be > 0 and < 65536. Received type string ('a').",
});
check(() => s.send('x', 70000), {
  message: 'Port should be > 0 and < 65536. Received type number (70000).',
});
check(() => s.send('x', 0), { message: 'Port should be > 0 and < 65536. Received type number (0).' });
check(() => s.send(5, 1234), {
  name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "buffer" argument must be of type string or an instance of Buffer, TypedArray, ' +
    'or DataView. Received type number (5)',
});
check(() => s.send([5], 1234, '127.0.0.1'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "buffer list arguments" argument must be of type string or an instance of ' +
    'Buffer, TypedArray, or DataView. Received an instance of Array',
});
check(() => s.send('x', 1234, 5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "address" argument must be of type string. Received type number (5)',
});
check(() => s.send(Buffer.from('abc'), 5, 1, 1234), {
  name: 'RangeError', code: 'ERR_BUFFER_OUT_OF_BOUNDS', message: '"offset" is outside of buffer bounds',
});
check(() => s.send(Buffer.from('abc'), 1, 5, 1234), {
  code: 'ERR_BUFFER_OUT_OF_BOUNDS', message: '"length" is outside of buffer bounds',
});
check(() => s.connect(0), { message: 'Port should be > 0 and < 65536. Received type number (0).' });
check(() => s.connect(), { message: 'Port should be > 0 and < 65536. Received undefined.' });
check(() => s.connect(1234, 5), {
  message: 'The "address" argument must be of type string. Received type number (5)',
});
check(() => s.bind(0, 5), {
  message: 'The "hostname" argument must be of type string. Received type number (5)',
});
s.close();

// Bound twice; used after close.
const t = dgram.createSocket('udp4');
t.bind(0, '127.0.0.1', mustCall(() => {
  check(() => t.bind(0), { code: 'ERR_SOCKET_ALREADY_BOUND', message: 'Socket is already bound' });
  check(() => t.setTTL('a'), {
    message: 'The "ttl" argument must be of type number. Received type string (\'a\')',
  });
  check(() => t.setTTL(0), { code: 'EINVAL', syscall: 'setTTL', message: 'setTTL EINVAL' });
  assert.strictEqual(t.setTTL(64), 64);
  t.setBroadcast(true);
  assert.strictEqual(t.setMulticastTTL(2), 2);
  assert.strictEqual(t.setMulticastLoopback(true), true);
  check(() => t.addMembership(), {
    code: 'ERR_MISSING_ARGS', message: 'The "multicastAddress" argument must be specified',
  });
  t.setRecvBufferSize(16384);
  assert.ok(t.getRecvBufferSize() >= 16384);
  t.setSendBufferSize(16384);
  assert.ok(t.getSendBufferSize() >= 16384);
  assert.strictEqual(t.getSendQueueSize(), 0);
  assert.strictEqual(t.getSendQueueCount(), 0);

  // The port in use: an 'error' event shaped like Node's.
  const { port } = t.address();
  const u = dgram.createSocket('udp4');
  u.on('listening', mustNotCall());
  u.on('error', mustCall((err) => {
    assert.strictEqual(err.message, `bind EADDRINUSE 127.0.0.1:${port}`);
    assert.deepStrictEqual(Object.keys(err), ['errno', 'code', 'syscall', 'address', 'port']);
    assert.strictEqual(err.code, 'EADDRINUSE');
    assert.strictEqual(err.syscall, 'bind');
    assert.strictEqual(err.address, '127.0.0.1');
    assert.strictEqual(err.port, port);
    u.close();
    t.close(mustCall(() => {
      for (const fn of [() => t.close(), () => t.address(), () => t.send('x', 1), () => t.bind(0)]) {
        check(fn, { code: 'ERR_SOCKET_DGRAM_NOT_RUNNING', message: 'Not running' });
      }
    }));
  }));
  u.bind(port, '127.0.0.1');
}));

// A name that does not resolve: the lookup's error.
const v = dgram.createSocket('udp4');
v.on('error', mustCall((err) => {
  assert.strictEqual(err.syscall, 'getaddrinfo');
  assert.strictEqual(err.hostname, 'nothing-here.invalid');
  v.close();
}));
v.bind(0, 'nothing-here.invalid');

// A send error goes to the callback.
const w = dgram.createSocket('udp4');
w.send('x', 9, 'nothing-here.invalid', mustCall((err) => {
  assert.strictEqual(err.syscall, 'getaddrinfo');
  w.send(Buffer.alloc(70000), 9, '127.0.0.1', mustCall((err) => {
    assert.strictEqual(err.code, 'EMSGSIZE');
    assert.strictEqual(err.message, 'send EMSGSIZE 127.0.0.1:9');
    w.close();
  }));
}));
