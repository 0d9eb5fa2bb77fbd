'use strict';
// assert's API surface and the passing paths of every function.

const assert = require('assert');

function same(a, b, what) {
  if (!Object.is(a, b)) throw new Error(`${what}: expected ${String(b)}, got ${String(a)}`);
}

function mustThrow(fn, code) {
  let caught;
  try {
    fn();
  } catch (e) {
    caught = e;
  }
  if (caught === undefined) throw new Error(`expected a throw from ${fn}`);
  if (code !== undefined && caught.code !== code) {
    throw new Error(`expected code ${code}, got ${caught.code}: ${caught.message}`);
  }
  return caught;
}

// Shape of the module.
same(typeof assert, 'function', 'typeof assert');
same(assert.ok, assert, 'assert.ok === assert');
same(assert.name, 'ok', 'assert.name');
for (const name of ['fail', 'ok', 'equal', 'notEqual', 'deepEqual', 'notDeepEqual',
  'deepStrictEqual', 'notDeepStrictEqual', 'strictEqual', 'notStrictEqual', 'throws',
  'rejects', 'doesNotThrow', 'doesNotReject', 'ifError', 'match', 'doesNotMatch']) {
  same(typeof assert[name], 'function', `typeof assert.${name}`);
  same(assert[name].name, name, `assert.${name}.name`);
}
same(assert.fail.length, 5, 'fail.length');
same(assert.strictEqual.length, 3, 'strictEqual.length');
same(assert.throws.length, 1, 'throws.length');
same(typeof assert.AssertionError, 'function', 'AssertionError');

// Strict mode.
const strict = assert.strict;
same(typeof strict, 'function', 'typeof assert.strict');
same(strict.name, 'strict', 'strict.name');
same(strict.strict, strict, 'strict.strict');
same(strict.equal, assert.strictEqual, 'strict.equal');
same(strict.notEqual, assert.notStrictEqual, 'strict.notEqual');
same(strict.deepEqual, assert.deepStrictEqual, 'strict.deepEqual');
same(strict.notDeepEqual, assert.notDeepStrictEqual, 'strict.notDeepEqual');
same(strict.ok, assert.ok, 'strict.ok');
same(strict.AssertionError, assert.AssertionError, 'strict.AssertionError');
same(require('assert/strict'), strict, "require('assert/strict')");
same(require('node:assert/strict'), strict, "require('node:assert/strict')");
same(require('node:assert'), assert, "require('node:assert')");
same(Object.keys(assert).includes('strict'), true, 'strict is enumerable');

// Passing assertions return undefined.
same(assert(true), undefined, 'assert(true)');
same(assert.ok(1), undefined, 'ok(1)');
assert.ok('x');
assert.ok({});
strict(1);
assert.equal(1, '1');
assert.equal(null, undefined);
assert.equal(NaN, NaN);
assert.notEqual(1, 2);
assert.notEqual(null, 0);
assert.strictEqual(1, 1);
assert.strictEqual(NaN, NaN);
assert.notStrictEqual(0, -0);
assert.notStrictEqual(1, '1');
assert.notStrictEqual({}, {});
assert.deepEqual({ a: [1, 2] }, { a: ['1', 2] });
assert.deepStrictEqual({ a: [1, 2] }, { a: [1, 2] });
assert.notDeepEqual({ a: 1 }, { a: 2 });
assert.notDeepStrictEqual({ a: 1 }, { a: '1' });
strict.equal(1, 1);
mustThrow(() => strict.equal(1, '1'), 'ERR_ASSERTION');
mustThrow(() => strict.deepEqual([1], ['1']), 'ERR_ASSERTION');
strict.notEqual(1, '1');
strict.notDeepEqual([1], ['1']);
assert.match('abc', /b/);
assert.doesNotMatch('abc', /x/);
assert.ifError(null);
assert.ifError(undefined);
assert.throws(() => { throw new Error('x'); });
assert.doesNotThrow(() => {});

// The failing ones throw AssertionError.
for (const fn of [
  () => assert(false),
  () => assert.ok(0),
  () => strict(''),
  () => assert.equal(1, 2),
  () => assert.notEqual(1, '1'),
  () => assert.strictEqual(1, '1'),
  () => assert.notStrictEqual(NaN, NaN),
  () => assert.deepEqual({ a: 1 }, { a: 2 }),
  () => assert.notDeepEqual({ a: 1 }, { a: '1' }),
  () => assert.deepStrictEqual({ a: 1 }, { a: '1' }),
  () => assert.notDeepStrictEqual([1], [1]),
  () => assert.match('abc', /x/),
  () => assert.doesNotMatch('abc', /b/),
  () => assert.ifError(new Error('e')),
  () => assert.fail(),
]) {
  const err = mustThrow(fn, 'ERR_ASSERTION');
  same(err instanceof assert.AssertionError, true, 'instanceof AssertionError');
  same(err instanceof Error, true, 'instanceof Error');
  same(err.name, 'AssertionError', 'name');
}

// Missing arguments.
for (const name of ['equal', 'notEqual', 'strictEqual', 'notStrictEqual', 'deepEqual',
  'notDeepEqual', 'deepStrictEqual', 'notDeepStrictEqual']) {
  const err = mustThrow(() => assert[name](1), 'ERR_MISSING_ARGS');
  same(err.name, 'TypeError', `${name} missing args name`);
  same(err.message, 'The "actual" and "expected" arguments must be specified', `${name} missing args`);
  mustThrow(() => assert[name](), 'ERR_MISSING_ARGS');
}
// undefined passed explicitly counts.
assert.strictEqual(undefined, undefined);
mustThrow(() => assert.notStrictEqual(undefined, undefined), 'ERR_ASSERTION');

// A custom Error as message is thrown as is.
const own = new TypeError('own');
same(mustThrow(() => assert.strictEqual(1, 2, own)), own, 'strictEqual error message');
same(mustThrow(() => assert.deepEqual(1, 2, own)), own, 'deepEqual error message');
same(mustThrow(() => assert.ok(false, own)), own, 'ok error message');
same(mustThrow(() => assert.fail(own)), own, 'fail error message');
same(mustThrow(() => assert.match('a', /b/, own)), own, 'match error message');
same(mustThrow(() => assert.notStrictEqual(1, 1, own)), own, 'notStrictEqual error message');
