'use strict';
// Symbol.dispose / Symbol.asyncDispose exist as in Node 20 (registered
// symbols), and the built-ins that support them use the same keys.
require('../common');
const assert = require('assert');
const net = require('net');

assert.strictEqual(Symbol.dispose, Symbol.for('nodejs.dispose'));
assert.strictEqual(Symbol.asyncDispose, Symbol.for('nodejs.asyncDispose'));
const d = Object.getOwnPropertyDescriptor(Symbol, 'asyncDispose');
assert.deepStrictEqual([d.writable, d.enumerable, d.configurable], [false, false, false]);
assert.strictEqual(typeof net.Server.prototype[Symbol.asyncDispose], 'function');
assert.strictEqual(Object.prototype.hasOwnProperty.call(net.Server.prototype, 'undefined'), false);

// server[Symbol.asyncDispose]() closes the server.
const server = net.createServer().listen(0, '127.0.0.1', async () => {
  await server[Symbol.asyncDispose]();
  assert.strictEqual(server.listening, false);
});
