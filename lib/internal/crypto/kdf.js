'use strict';
// pbkdf2 and scrypt over internalBinding('crypto_kdf') (OpenSSL): derived in
// the caller's thread by the *Sync forms, on the libuv thread pool otherwise.

const binding = internalBinding('crypto_kdf');
const hashBinding = internalBinding('crypto_hash');
const { Buffer } = require('buffer');
const { FastBuffer, isAnyArrayBuffer } = require('internal/buffer');
const {
  codes: {
    ERR_CRYPTO_SCRYPT_INVALID_PARAMETER, ERR_INVALID_ARG_TYPE,
  },
} = require('internal/errors');
const {
  validateFunction, validateInt32, validateInteger, validateString, validateUint32,
} = require('internal/validators');
const { bytesOf, digestId, invalidDigest, nativeError } = require('internal/crypto/util');

// Passwords and salts: strings (UTF-8) or any buffer-like value.
function keyMaterial(value, name) {
  if (typeof value === 'string') return Buffer.from(value);
  if (ArrayBuffer.isView(value)) return value.BYTES_PER_ELEMENT === undefined ? bytesOf(value) : value;
  if (isAnyArrayBuffer(value)) return bytesOf(value);
  throw new ERR_INVALID_ARG_TYPE(name, ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], value);
}

const toBuffer = (ab) => new FastBuffer(ab);

// ---- pbkdf2 ----

function pbkdf2Args(password, salt, iterations, keylen, digest) {
  validateString(digest, 'digest');
  password = keyMaterial(password, 'password');
  salt = keyMaterial(salt, 'salt');
  validateInt32(iterations, 'iterations', 1);
  validateInt32(keylen, 'keylen', 0);
  return { password, salt, iterations, keylen };
}

// The digest's id, or the Error Node reports (a plain one, OpenSSL's text)
// for a digest OpenSSL names but cannot provide.
function pbkdf2Digest(digest) {
  const id = digestId(digest);
  if (id === -1) throw invalidDigest(digest);
  if (id >= 0) return id;
  try {
    hashBinding.unsupported(digest, true);
  } catch (err) {
    return new Error(err.message);
  }
  return new Error('Digest method not supported');
}

function pbkdf2Sync(password, salt, iterations, keylen, digest) {
  const a = pbkdf2Args(password, salt, iterations, keylen, digest);
  const id = pbkdf2Digest(digest);
  if (typeof id !== 'number') throw id;
  return toBuffer(binding.pbkdf2(a.password, a.salt, a.iterations, a.keylen, id));
}

function pbkdf2(password, salt, iterations, keylen, digest, callback) {
  if (typeof digest === 'function') {
    callback = digest;
    digest = undefined;
  }
  const a = pbkdf2Args(password, salt, iterations, keylen, digest);
  validateFunction(callback, 'callback');
  const id = pbkdf2Digest(digest);
  if (typeof id !== 'number') {
    process.nextTick(callback, id);
    return;
  }
  binding.pbkdf2(a.password, a.salt, a.iterations, a.keylen, id, (err, ab) => {
    if (err) callback(err);
    else callback(null, toBuffer(ab));
  });
}

// ---- scrypt ----

const kDefaults = { N: 16384, r: 8, p: 1, maxmem: 32 << 20 };

// One parameter given under either of its two names (N or cost, …), not both.
function scryptParam(options, name, alias) {
  const v = options[name];
  const w = options[alias];
  if (v !== undefined) {
    validateUint32(v, name);
    if (w !== undefined) throw new ERR_CRYPTO_SCRYPT_INVALID_PARAMETER();
    return v;
  }
  if (w !== undefined) {
    validateUint32(w, alias);
    return w;
  }
  return 0;
}

function scryptArgs(password, salt, keylen, options) {
  password = keyMaterial(password, 'password');
  salt = keyMaterial(salt, 'salt');
  validateInt32(keylen, 'keylen', 0);
  let N = 0;
  let r = 0;
  let p = 0;
  let maxmem = 0;
  if (options !== null && options !== undefined) {
    N = scryptParam(options, 'N', 'cost');
    r = scryptParam(options, 'r', 'blockSize');
    p = scryptParam(options, 'p', 'parallelization');
    if (options.maxmem !== undefined) {
      maxmem = options.maxmem;
      validateInteger(maxmem, 'maxmem', 0);
    }
  }
  // Zero means the default, as in Node.
  return {
    password, salt, keylen,
    N: N || kDefaults.N, r: r || kDefaults.r, p: p || kDefaults.p, maxmem: maxmem || kDefaults.maxmem,
  };
}

function checkScryptParams(a) {
  const detail = binding.scryptCheck(a.N, a.r, a.p, a.maxmem);
  if (detail !== '') {
    throw nativeError(RangeError, 'ERR_CRYPTO_INVALID_SCRYPT_PARAMS',
      detail ? `Invalid scrypt params: ${detail}` : 'Invalid scrypt params');
  }
}

// The defaulted parameters give the functions Node's lengths (3 and 4).
function scryptSync(password, salt, keylen, options = undefined) {
  const a = scryptArgs(password, salt, keylen, options);
  checkScryptParams(a);
  return toBuffer(binding.scrypt(a.password, a.salt, a.keylen, a.N, a.r, a.p, a.maxmem));
}

function scrypt(password, salt, keylen, options, callback = undefined) {
  if (callback === undefined) {
    callback = options;
    options = undefined;
  }
  const a = scryptArgs(password, salt, keylen, options);
  validateFunction(callback, 'callback');
  checkScryptParams(a);
  binding.scrypt(a.password, a.salt, a.keylen, a.N, a.r, a.p, a.maxmem, (err, ab) => {
    if (err) callback(err);
    else callback(null, toBuffer(ab));
  });
}

module.exports = { pbkdf2, pbkdf2Sync, scrypt, scryptSync };
