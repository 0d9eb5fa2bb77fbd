'use strict';
// generatePrime(Sync) and checkPrime(Sync) over internalBinding('crypto_prime')
// (OpenSSL's BIGNUM), on the libuv thread pool for the callback forms.
// Numbers cross as big-endian bytes; bigints are converted here.

const binding = internalBinding('crypto_prime');
const { Buffer } = require('buffer');
const { FastBuffer } = require('internal/buffer');
const { codes: { ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE } } = require('internal/errors');
const {
  validateBoolean, validateFunction, validateInt32, validateObject,
} = require('internal/validators');
const { bufferBytes } = require('internal/crypto/cipher');

const kNumberTypes = ['ArrayBuffer', 'TypedArray', 'Buffer', 'DataView', 'bigint'];

// A non-negative bigint or a buffer-like as big-endian bytes.
function numberBytes(value, name) {
  if (typeof value === 'bigint') {
    if (value < 0n) throw new ERR_OUT_OF_RANGE(name, '>= 0', value);
    const hex = value.toString(16);
    return Buffer.from(hex.length % 2 ? `0${hex}` : hex, 'hex');
  }
  const bytes = typeof value === 'string' ? undefined : bufferBytes(value);
  if (bytes === undefined) throw new ERR_INVALID_ARG_TYPE(name, kNumberTypes, value);
  return bytes;
}

function toBigInt(ab) {
  return ab.byteLength === 0 ? 0n : BigInt(`0x${new FastBuffer(ab).toString('hex')}`);
}

function primeOptions(options) {
  validateObject(options, 'options');
  const { safe = false, bigint = false } = options;
  let { add, rem } = options;
  validateBoolean(safe, 'options.safe');
  validateBoolean(bigint, 'options.bigint');
  if (add !== undefined) add = numberBytes(add, 'options.add');
  if (rem !== undefined) rem = numberBytes(rem, 'options.rem');
  return { safe, bigint, add: add ?? null, rem: rem ?? null };
}

function generatePrimeSync(size, options = {}) {
  validateInt32(size, 'size', 1);
  const o = primeOptions(options);
  const ab = binding.generate(size, o.safe, o.add, o.rem);
  return o.bigint ? toBigInt(ab) : ab;
}

function generatePrime(size, options, callback) {
  validateInt32(size, 'size', 1);
  if (typeof options === 'function') {
    callback = options;
    options = {};
  }
  validateFunction(callback, 'callback');
  const o = primeOptions(options);
  binding.generate(size, o.safe, o.add, o.rem, (err, ab) => {
    // Node passes undefined, not null, for no error here.
    if (err) callback(err);
    else callback(undefined, o.bigint ? toBigInt(ab) : ab);
  });
}

function checkOptions(options) {
  validateObject(options, 'options');
  const { checks = 0 } = options;
  validateInt32(checks, 'options.checks', 0);
  return checks;
}

function checkPrimeSync(candidate, options = {}) {
  const bytes = numberBytes(candidate, 'candidate');
  return binding.check(bytes, checkOptions(options));
}

function checkPrime(candidate, options = {}, callback) {
  const bytes = numberBytes(candidate, 'candidate');
  if (typeof options === 'function') {
    callback = options;
    options = {};
  }
  validateFunction(callback, 'callback');
  binding.check(bytes, checkOptions(options), (err, result) => {
    if (err) callback(err);
    else callback(undefined, result);
  });
}

module.exports = { generatePrime, generatePrimeSync, checkPrime, checkPrimeSync };
