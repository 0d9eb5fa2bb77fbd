'use strict';
// dgram.Socket[Symbol.asyncDispose]: closes (once) and resolves after 'close'.
const assert = require('assert');
const dgram = require('dgram');
const { mustCall } = require('../common');

const socket = dgram.createSocket('udp4');
socket.bind(0, '127.0.0.1', mustCall(async () => {
  let closed = false;
  socket.on('close', mustCall(() => { closed = true; }));
  assert.strictEqual(await socket[Symbol.asyncDispose](), undefined);
  assert.strictEqual(closed, true);
  assert.strictEqual(await socket[Symbol.asyncDispose](), undefined); // closed already: nothing
  assert.throws(() => socket.address(), { code: 'ERR_SOCKET_DGRAM_NOT_RUNNING' });
  await dgram.createSocket('udp6')[Symbol.asyncDispose](); // never bound
}));
