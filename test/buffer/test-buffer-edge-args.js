'use strict';
// Argument checks where lode and Node once differed (found by comparing
// random calls under both).
const assert = require('assert');

// A size below one byte is no byte, for every allocator (not a range error).
for (const alloc of [Buffer.alloc, Buffer.allocUnsafe, Buffer.allocUnsafeSlow]) {
  assert.strictEqual(alloc(0.5).length, 0, alloc.name);
  assert.strictEqual(alloc(2.7).length, 2, alloc.name);
}

// The low-level slices: a negative start or end is out of range; an end
// before the start is an empty string.
const b = Buffer.from('hello wörld');
for (const m of ['utf8Slice', 'latin1Slice', 'asciiSlice', 'hexSlice', 'ucs2Slice', 'base64Slice']) {
  assert.throws(() => b[m](0, -1), { code: 'ERR_OUT_OF_RANGE', message: 'Index out of range' }, m);
  assert.throws(() => b[m](-1), { code: 'ERR_OUT_OF_RANGE' }, m);
  assert.throws(() => b[m]([], -(2 ** 31)), { code: 'ERR_OUT_OF_RANGE' }, m);
  assert.throws(() => b[m](0, 100), { code: 'ERR_OUT_OF_RANGE' }, m);
  assert.strictEqual(b[m](3, 1), '', m);
  // start is checked before end is read (a BigInt end is a TypeError)
  assert.throws(() => b[m](-1, 10n), { code: 'ERR_OUT_OF_RANGE' }, m);
  assert.throws(() => b[m](0, 10n), TypeError, m);
}
// The low-level writes check their receiver before the string.
for (const m of ['utf8Write', 'latin1Write', 'asciiWrite', 'hexWrite', 'ucs2Write', 'base64Write']) {
  assert.throws(() => Buffer.prototype[m].call({}, 5), { code: 'ERR_INVALID_ARG_TYPE', message: 'argument must be a buffer' }, m);
  assert.throws(() => b[m](5), { code: 'ERR_INVALID_ARG_TYPE', message: 'argument must be a string' }, m);
}
assert.strictEqual(b.utf8Slice(NaN, 2), 'he');

// write(): an unknown encoding is reported before a non-string value.
assert.throws(() => b.write({}, '%41'), { code: 'ERR_UNKNOWN_ENCODING' });
assert.throws(() => b.write(3, 0, 'bogus'), { code: 'ERR_UNKNOWN_ENCODING' });
assert.throws(() => b.write(3, 'hex'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => b.write(3), { code: 'ERR_INVALID_ARG_TYPE' });
assert.strictEqual(b.write('ab', 'latin1'), 2);

// An empty needle at offset -0 is found at 0, not -0.
assert.ok(Object.is(b.indexOf('', -0), 0));
assert.ok(Object.is(b.indexOf('', -0, 'base64'), 0));
assert.ok(Object.is(b.lastIndexOf(Buffer.alloc(0), -0), 0));
