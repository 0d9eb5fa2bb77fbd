'use strict';
// hkdf and hkdfSync (RFC 5869) over internalBinding('crypto_kdf'): derived
// in the caller's thread by hkdfSync, on the libuv thread pool by hkdf.
// Both give an ArrayBuffer, as in Node.

const binding = internalBinding('crypto_kdf');
const hashBinding = internalBinding('crypto_hash');
const { codes: { ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE } } = require('internal/errors');
const { validateFunction, validateInteger, validateString } = require('internal/validators');
const { digestId, invalidDigest } = require('internal/crypto/util');
const { bufferBytes, secretKeyBytes } = require('internal/crypto/cipher');

const kMaxLength = 2 ** 32;
const kMaxInfo = 1024; // OpenSSL's limit on the info bytes
const kSaltTypes = ['string', 'ArrayBuffer', 'TypedArray', 'DataView', 'Buffer'];
const kIkmTypes = ['string', 'SecretKeyObject', 'ArrayBuffer', 'TypedArray', 'DataView', 'Buffer'];

function material(value, name) {
  const bytes = bufferBytes(value);
  if (bytes === undefined) throw new ERR_INVALID_ARG_TYPE(name, kSaltTypes, value);
  return bytes;
}

// The validated arguments, and the digest's id or the Error Node reports
// (a plain one, with OpenSSL's text) for a digest no provider implements.
function hkdfArgs(digest, ikm, salt, info, length) {
  validateString(digest, 'digest');
  ikm = secretKeyBytes(ikm, undefined, 'ikm', kIkmTypes);
  salt = material(salt, 'salt');
  info = material(info, 'info');
  validateInteger(length, 'length', 0, kMaxLength);
  if (info.byteLength > kMaxInfo) {
    throw new ERR_OUT_OF_RANGE('info', `must not contain more than ${kMaxInfo} bytes`, info.byteLength);
  }
  let id = digestId(digest);
  if (id === -1) throw invalidDigest(digest);
  if (id === -2) {
    try {
      hashBinding.unsupported(digest, true);
      id = new Error('Digest method not supported');
    } catch (err) {
      id = new Error(err.message);
    }
  }
  return { id, ikm, salt, info, length };
}

function hkdfSync(digest, ikm, salt, info, length) {
  const a = hkdfArgs(digest, ikm, salt, info, length);
  if (typeof a.id !== 'number') throw a.id;
  return binding.hkdf(a.id, a.ikm, a.salt, a.info, a.length);
}

function hkdf(digest, ikm, salt, info, length, callback) {
  const a = hkdfArgs(digest, ikm, salt, info, length);
  validateFunction(callback, 'callback');
  if (typeof a.id !== 'number') {
    process.nextTick(callback, a.id);
    return;
  }
  binding.hkdf(a.id, a.ikm, a.salt, a.info, a.length, (err, ab) => {
    if (err) callback(err);
    else callback(null, ab);
  });
}

module.exports = { hkdf, hkdfSync };
