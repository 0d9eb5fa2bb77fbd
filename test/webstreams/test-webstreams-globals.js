'use strict';
// node:stream/web exports, the same classes as (lazy, non-enumerable)
// globals, and node:stream/web under both names.
const assert = require('assert');
const { run } = require('../common');

const names = ['ReadableStream', 'ReadableStreamDefaultReader', 'ReadableStreamBYOBReader',
  'ReadableStreamBYOBRequest', 'ReadableByteStreamController', 'ReadableStreamDefaultController',
  'TransformStream', 'TransformStreamDefaultController', 'WritableStream', 'WritableStreamDefaultWriter',
  'WritableStreamDefaultController', 'ByteLengthQueuingStrategy', 'CountQueuingStrategy', 'TextEncoderStream',
  'TextDecoderStream', 'CompressionStream', 'DecompressionStream'];

const web = require('stream/web');
assert.deepStrictEqual(Object.keys(web), names);
assert.strictEqual(require('node:stream/web'), web);
assert.ok(require('module').builtinModules.includes('stream/web'));
for (const name of names) {
  assert.strictEqual(typeof web[name], 'function', name);
  assert.strictEqual(web[name].name, name);
  assert.strictEqual(globalThis[name], web[name], name);
  const d = Object.getOwnPropertyDescriptor(globalThis, name);
  assert.strictEqual(d.enumerable, false, name);
  assert.strictEqual(d.configurable, true, name);
  // (Node 20 gives the text streams no Symbol.toStringTag.)
  const tag = name.startsWith('Text') ? 'Object' : name;
  assert.strictEqual(Object.prototype.toString.call(web[name].prototype), `[object ${tag}]`);
}
assert.ok(!Object.keys(globalThis).includes('ReadableStream'));

// Fresh processes: the globals can be replaced before first use, and a
// script can use them without requiring anything.
const r = run(['-e', `
  globalThis.ReadableStream = 1;
  WritableStream = 2;
  process._rawDebug(ReadableStream, WritableStream, typeof TransformStream, delete globalThis.TextEncoderStream,
    typeof TextEncoderStream);
`]);
assert.strictEqual(r.stderr, '1 2 function true undefined\n');
assert.strictEqual(r.status, 0);
const r2 = run(['-p', `
  const rs = new ReadableStream({ start(c) { c.enqueue('x'); c.close(); } });
  rs.getReader().read().then((v) => process._rawDebug(v.value));
  typeof ReadableStreamBYOBReader
`]);
assert.strictEqual(r2.stdout, 'function\n');
assert.strictEqual(r2.stderr, 'x\n');
