'use strict';
// structuredClone(): values that cannot be cloned and bad arguments.
const assert = require('assert');

function fails(value, text) {
  assert.throws(() => structuredClone(value), (err) => {
    assert.strictEqual(err.name, 'DataCloneError');
    assert.strictEqual(err.code, 25);
    assert.ok(err instanceof DOMException);
    assert.strictEqual(err.message, `${text} could not be cloned.`);
    return true;
  }, text);
}

fails(() => {}, '() => {}');
fails(function foo(a) { return a; }, 'function foo(a) { return a; }');
fails(class A {}, 'class A {}');
fails(async () => {}, 'async () => {}');
fails(Symbol('x'), 'Symbol(x)');
fails({ deep: [{ s: Symbol.iterator }] }, 'Symbol(Symbol.iterator)');
fails(new WeakMap(), '#<WeakMap>');
fails(new WeakSet(), '#<WeakSet>');
fails(new WeakRef({}), '#<WeakRef>');
fails(new FinalizationRegistry(() => {}), '#<FinalizationRegistry>');
fails(Promise.resolve(), '#<Promise>');
class SubMap extends WeakMap {}
fails(new SubMap(), '#<SubMap>');
fails(Object(Symbol('q')), '[object Symbol]');
fails((function* gen() {})(), '[object Generator]');
fails([].values(), '#<Object>');
fails(new Map().keys(), '#<Object>');
fails((function () { return arguments; })(1), '#<Object>');
fails(new Map([[1, () => 1]]), '() => 1');
fails(new Set([Symbol('in set')]), 'Symbol(in set)');
fails(new Error('e', { cause: () => 2 }), '() => 2');

// Objects that merely look special are plain objects.
assert.deepStrictEqual(structuredClone({ [Symbol.toStringTag]: 'Generator', a: 1 }), { a: 1 });
assert.deepStrictEqual(structuredClone(Math), {});

// A throwing getter propagates its error.
assert.throws(() => structuredClone({ get a() { throw new RangeError('boom'); } }), {
  name: 'RangeError', message: 'boom',
});

// Arguments.
assert.throws(() => structuredClone(), {
  name: 'TypeError',
  code: 'ERR_MISSING_ARGS',
  message: 'The value argument must be specified',
});
assert.throws(() => structuredClone(1, 5), {
  name: 'TypeError',
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The options argument must be either an object or undefined',
});
assert.throws(() => structuredClone(1, { transfer: 1 }), {
  name: 'TypeError',
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'Optional transferList argument must be an iterable',
});
assert.throws(() => structuredClone(1, { transfer: 'ab' }), {
  code: 'ERR_INVALID_ARG_TYPE',
});
assert.throws(() => structuredClone(1, { transfer: [{}] }), {
  name: 'TypeError',
  code: 'ERR_INVALID_TRANSFER_OBJECT',
  message: 'Found invalid object in transferList',
});
const dup = new ArrayBuffer(1);
assert.throws(() => structuredClone(dup, { transfer: [dup, dup] }), {
  name: 'DataCloneError',
  message: 'Transfer list contains duplicate ArrayBuffer',
});
assert.strictEqual(dup.byteLength, 1);
