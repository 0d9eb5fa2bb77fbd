'use strict';
// A decode longer than the string limit fails with ERR_STRING_TOO_LONG
// (never a crash, never a truncated string). The buffer's pages are never
// touched by lode: the length decides before any work.
const assert = require('assert');
const { constants } = require('buffer');

assert.strictEqual(constants.MAX_STRING_LENGTH, 2 ** 29 - 24);
const big = Buffer.allocUnsafeSlow(2 ** 28 + 1);
const tooLong = {
  name: 'Error',
  code: 'ERR_STRING_TOO_LONG',
  message: 'Cannot create a string longer than 0x1fffffe8 characters',
};
assert.throws(() => big.toString('hex'), tooLong);
assert.throws(() => big.hexSlice(0, big.length), tooLong);
// Just below the limit in units is fine.
assert.strictEqual(big.subarray(0, 1000).toString('hex').length, 2000);
