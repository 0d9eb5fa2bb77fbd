'use strict';
// WebAssembly.compile()/instantiate() settle (they finish on JSC's run loop,
// which lode runs while they are pending), keep the process alive until
// then, and reject as the engine does.
const assert = require('assert');
const { mustCall } = require('../common');

// (module (func (export "add") (param i32 i32) (result i32) local.get 0 local.get 1 i32.add))
const bytes = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 7, 1, 96, 2, 127, 127, 1, 127, 3, 2, 1, 0, 7, 7, 1,
  3, 97, 100, 100, 0, 0, 10, 9, 1, 7, 0, 32, 0, 32, 1, 106, 11]);

assert.strictEqual(WebAssembly.compile.name, 'compile');
assert.strictEqual(WebAssembly.instantiate.name, 'instantiate');

// Nothing else keeps the loop alive: only the pending compiles do.
WebAssembly.compile(bytes).then(mustCall((mod) => {
  assert.ok(mod instanceof WebAssembly.Module);
  return WebAssembly.instantiate(mod);
})).then(mustCall((instance) => {
  assert.ok(instance instanceof WebAssembly.Instance);
  assert.strictEqual(instance.exports.add(2, 3), 5);
}));
WebAssembly.instantiate(bytes).then(mustCall(({ module, instance }) => {
  assert.ok(module instanceof WebAssembly.Module);
  assert.strictEqual(instance.exports.add(40, 2), 42);
  // process.nextTick queued from here runs too.
  process.nextTick(mustCall());
}));
WebAssembly.compile(new Uint8Array([1, 2, 3])).then(assert.fail, mustCall((err) => {
  assert.ok(err instanceof WebAssembly.CompileError, String(err));
}));
WebAssembly.compile('not bytes').then(assert.fail, mustCall((err) => assert.ok(err instanceof TypeError)));
