'use strict';
// node:crypto generatePrime(Sync) and checkPrime(Sync) on OpenSSL's BIGNUM:
// known primes and composites, generated primes of many sizes (safe ones,
// add/rem), bigint and ArrayBuffer forms, the thread-pool forms, and
// Node's argument errors (the check() table was produced by running Node v20).
const assert = require('assert');
const crypto = require('crypto');
const { mustCall } = require('../common');
const { check } = require('../common/expect');

const big = (ab) => BigInt(`0x${Buffer.from(ab).toString('hex')}`);
const bits = (n) => n.toString(2).length;

// Known answers: Mersenne primes, Carmichael numbers, a Fermat composite.
for (const [n, prime] of [[2n, true], [3n, true], [7n, true], [0n, false], [1n, false], [4n, false],
  [561n, false], [41041n, false], [2n ** 61n - 1n, true], [2n ** 89n - 1n, true], [2n ** 127n - 1n, true],
  [2n ** 128n + 1n, false], [(2n ** 127n - 1n) * (2n ** 89n - 1n), false], [2n ** 521n - 1n, true]]) {
  assert.strictEqual(crypto.checkPrimeSync(n), prime, String(n));
  assert.strictEqual(crypto.checkPrimeSync(n, { checks: 10 }), prime, String(n));
}
// Buffers are big-endian unsigned numbers; empty is zero.
assert.strictEqual(crypto.checkPrimeSync(Buffer.from([0x1f, 0xff])), true); // 8191
assert.strictEqual(crypto.checkPrimeSync(new Uint16Array([0x0700])), true); // bytes 00 07
assert.strictEqual(crypto.checkPrimeSync(new ArrayBuffer(3)), false);
assert.strictEqual(crypto.checkPrimeSync(Buffer.alloc(0)), false);

// Generated primes have the asked size and pass the check.
for (const size of [2, 3, 8, 16, 31, 64, 65, 128, 256, 512]) {
  const ab = crypto.generatePrimeSync(size);
  assert.ok(ab instanceof ArrayBuffer);
  const p = big(ab);
  assert.strictEqual(bits(p), size, `${size}`);
  assert.ok(crypto.checkPrimeSync(p));
  const q = crypto.generatePrimeSync(size, { bigint: true });
  assert.strictEqual(typeof q, 'bigint');
  assert.strictEqual(bits(q), size);
}
// Safe primes: (p - 1) / 2 is prime too.
for (const size of [3, 16, 64, 128]) {
  const p = crypto.generatePrimeSync(size, { safe: true, bigint: true });
  assert.strictEqual(bits(p), size);
  assert.ok(crypto.checkPrimeSync((p - 1n) / 2n), `${p}`);
}
// p % add === rem (rem defaults to 1), with bigints or buffers.
for (let i = 0; i < 5; i++) {
  assert.strictEqual(crypto.generatePrimeSync(32, { add: 12n, rem: 11n, bigint: true }) % 12n, 11n);
  assert.strictEqual(crypto.generatePrimeSync(32, { add: 10n, bigint: true }) % 10n, 1n);
  assert.strictEqual(big(crypto.generatePrimeSync(32, { add: Buffer.from([100]), rem: Buffer.from([3]) })) % 100n, 3n);
}

// The thread-pool forms: (undefined, result), never synchronously.
{
  let sync = true;
  crypto.generatePrime(64, mustCall((err, ab) => {
    assert.strictEqual(sync, false);
    assert.strictEqual(err, undefined);
    assert.ok(ab instanceof ArrayBuffer);
    assert.ok(crypto.checkPrimeSync(big(ab)));
  }));
  crypto.generatePrime(128, { bigint: true, safe: true }, mustCall((err, p) => {
    assert.strictEqual(bits(p), 128);
    assert.ok(crypto.checkPrimeSync((p - 1n) / 2n));
  }));
  crypto.checkPrime(2n ** 127n - 1n, mustCall(function(err, result) {
    assert.strictEqual(arguments.length, 2);
    assert.strictEqual(err, undefined);
    assert.strictEqual(result, true);
  }));
  crypto.checkPrime(Buffer.from([9]), { checks: 5 }, mustCall((err, result) => assert.strictEqual(result, false)));
  // OpenSSL's refusals reach the callback alone.
  crypto.generatePrime(1, mustCall(function(err) {
    assert.strictEqual(arguments.length, 1);
    assert.strictEqual(err.message, 'error:01800076:bignum routines::bits too small');
  }));
  crypto.generatePrime(8, { add: 0n }, mustCall((err) => {
    assert.strictEqual(err.message, 'error:01800067:bignum routines::div by zero');
  }));
  sync = false;
}

for (const [fn, expected] of [
  [() => crypto.generatePrimeSync(0),
    '!RangeError ERR_OUT_OF_RANGE The value of "size" is out of range. It must be >= 1 && <= 2147483647. Received 0'],
  [() => crypto.generatePrimeSync(2 ** 31),
    '!RangeError ERR_OUT_OF_RANGE The value of "size" is out of range. It must be >= 1 && <= 2147483647. Received 2147483648'],
  [() => crypto.generatePrimeSync(1.5),
    '!RangeError ERR_OUT_OF_RANGE The value of "size" is out of range. It must be an integer. Received 1.5'],
  [() => crypto.generatePrimeSync('8'),
    '!TypeError ERR_INVALID_ARG_TYPE The "size" argument must be of type number. Received type string (\'8\')'],
  [() => crypto.generatePrimeSync(1), '!Error undefined error:01800076:bignum routines::bits too small'],
  [() => crypto.generatePrimeSync(2, { safe: true, bigint: true }), '!Error undefined error:01800076:bignum routines::bits too small'],
  [() => crypto.generatePrimeSync(2, { bigint: true }), '3n'],
  [() => crypto.generatePrimeSync(8, 1),
    '!TypeError ERR_INVALID_ARG_TYPE The "options" argument must be of type object. Received type number (1)'],
  [() => crypto.generatePrimeSync(8, { safe: 1 }),
    '!TypeError ERR_INVALID_ARG_TYPE The "options.safe" property must be of type boolean. Received type number (1)'],
  [() => crypto.generatePrimeSync(8, { bigint: 1 }),
    '!TypeError ERR_INVALID_ARG_TYPE The "options.bigint" property must be of type boolean. Received type number (1)'],
  [() => crypto.generatePrimeSync(8, { add: 1 }),
    '!TypeError ERR_INVALID_ARG_TYPE The "options.add" property must be of type bigint or an instance of ArrayBuffer, TypedArray, Buffer, or DataView. Received type number (1)'],
  [() => crypto.generatePrimeSync(8, { rem: 'x' }),
    '!TypeError ERR_INVALID_ARG_TYPE The "options.rem" property must be of type bigint or an instance of ArrayBuffer, TypedArray, Buffer, or DataView. Received type string (\'x\')'],
  [() => crypto.generatePrimeSync(8, { add: -12n, bigint: true }),
    '!RangeError ERR_OUT_OF_RANGE The value of "options.add" is out of range. It must be >= 0. Received -12n'],
  [() => crypto.generatePrimeSync(8, { add: 1000n, bigint: true }), '!RangeError ERR_OUT_OF_RANGE invalid options.add'],
  [() => crypto.generatePrimeSync(3, { add: 8n, bigint: true }), '!RangeError ERR_OUT_OF_RANGE invalid options.add'],
  [() => crypto.generatePrimeSync(8, { add: 12n, rem: 13n, bigint: true }), '!RangeError ERR_OUT_OF_RANGE invalid options.rem'],
  [() => crypto.generatePrimeSync(8, { add: 12n, rem: 12n, bigint: true }), '!RangeError ERR_OUT_OF_RANGE invalid options.rem'],
  [() => crypto.generatePrimeSync(8, { add: new ArrayBuffer(1), bigint: true }),
    '!Error undefined error:01800067:bignum routines::div by zero'],
  [() => crypto.generatePrime(16),
    '!TypeError ERR_INVALID_ARG_TYPE The "callback" argument must be of type function. Received undefined'],
  [() => crypto.generatePrime(0),
    '!RangeError ERR_OUT_OF_RANGE The value of "size" is out of range. It must be >= 1 && <= 2147483647. Received 0'],
  [() => crypto.generatePrime(8, 1),
    '!TypeError ERR_INVALID_ARG_TYPE The "callback" argument must be of type function. Received undefined'],
  [() => crypto.generatePrime(8, 1, () => {}),
    '!TypeError ERR_INVALID_ARG_TYPE The "options" argument must be of type object. Received type number (1)'],
  [() => crypto.checkPrimeSync(-7n),
    '!RangeError ERR_OUT_OF_RANGE The value of "candidate" is out of range. It must be >= 0. Received -7n'],
  [() => crypto.checkPrimeSync(7),
    '!TypeError ERR_INVALID_ARG_TYPE The "candidate" argument must be of type bigint or an instance of ArrayBuffer, TypedArray, Buffer, or DataView. Received type number (7)'],
  [() => crypto.checkPrimeSync('7'),
    '!TypeError ERR_INVALID_ARG_TYPE The "candidate" argument must be of type bigint or an instance of ArrayBuffer, TypedArray, Buffer, or DataView. Received type string (\'7\')'],
  [() => crypto.checkPrimeSync(7n, { checks: -1 }),
    '!RangeError ERR_OUT_OF_RANGE The value of "options.checks" is out of range. It must be >= 0 && <= 2147483647. Received -1'],
  [() => crypto.checkPrimeSync(7n, { checks: 'x' }),
    '!TypeError ERR_INVALID_ARG_TYPE The "options.checks" property must be of type number. Received type string (\'x\')'],
  [() => crypto.checkPrimeSync(7n, 1),
    '!TypeError ERR_INVALID_ARG_TYPE The "options" argument must be of type object. Received type number (1)'],
  [() => crypto.checkPrimeSync(7n, null),
    '!TypeError ERR_INVALID_ARG_TYPE The "options" argument must be of type object. Received null'],
  [() => crypto.checkPrime(7n),
    '!TypeError ERR_INVALID_ARG_TYPE The "callback" argument must be of type function. Received undefined'],
  [() => crypto.checkPrime(7n, 1),
    '!TypeError ERR_INVALID_ARG_TYPE The "callback" argument must be of type function. Received undefined'],
  [() => crypto.checkPrime(7n, {}, 1),
    '!TypeError ERR_INVALID_ARG_TYPE The "callback" argument must be of type function. Received type number (1)'],
  [() => crypto.checkPrime(-1n),
    '!RangeError ERR_OUT_OF_RANGE The value of "candidate" is out of range. It must be >= 0. Received -1n'],
  [() => [crypto.generatePrimeSync.length, crypto.generatePrime.length, crypto.checkPrime.length,
    crypto.checkPrimeSync.length].join(), '"1,3,1,1"'],
]) {
  check(fn, expected);
}
