'use strict';
// publicEncrypt, privateDecrypt, privateEncrypt and publicDecrypt (RSA)
// over internalBinding('crypto_sign').

const binding = internalBinding('crypto_sign');
const { Buffer } = require('buffer');
const { FastBuffer, isAnyArrayBuffer } = require('internal/buffer');
const {
  codes: { ERR_INVALID_ARG_TYPE },
} = require('internal/errors');
const { bytesOf, digestId, nativeError } = require('internal/crypto/util');
const { privateKeyLater, publicOrPrivateKeyLater } = require('internal/crypto/keys');
const { constants } = internalBinding('crypto_hash');

const kBufferTypes = ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'];
const OP_PUBLIC_ENCRYPT = 0;
const OP_PRIVATE_DECRYPT = 1;
const OP_PRIVATE_ENCRYPT = 2;
const OP_PUBLIC_DECRYPT = 3;

function bytes(value, name, encoding) {
  if (typeof value === 'string') return Buffer.from(value, encoding && Buffer.isEncoding(encoding) ? encoding : 'utf8');
  if (ArrayBuffer.isView(value)) return value.BYTES_PER_ELEMENT === undefined ? bytesOf(value) : value;
  if (isAnyArrayBuffer(value)) return bytesOf(value);
  throw new ERR_INVALID_ARG_TYPE(name, kBufferTypes, value);
}

function run(op, key, buffer, defaultPadding) {
  // node's order: the key's shape, its options' types and the data, then
  // the key is parsed, then the digest and padding are checked.
  const pending = op === OP_PRIVATE_DECRYPT || op === OP_PRIVATE_ENCRYPT ?
    privateKeyLater(key) : publicOrPrivateKeyLater(key);
  const { options } = pending;
  // Not validated, as in Node: what is not a number becomes 0, which
  // OpenSSL refuses as an unknown padding.
  const padding = (options.padding ?? defaultPadding) >> 0;
  let oaepId = -1;
  let label = null;
  const { oaepHash, oaepLabel } = options;
  if (oaepHash !== undefined && typeof oaepHash !== 'string') {
    throw new ERR_INVALID_ARG_TYPE('key.oaepHash', 'string', oaepHash);
  }
  if (oaepLabel !== undefined) label = bytes(oaepLabel, 'key.oaepLabel', options.encoding);
  const data = bytes(buffer, 'buffer', options.encoding);
  const { handle } = pending.parse();
  if (oaepHash !== undefined) {
    oaepId = digestId(oaepHash);
    if (oaepId < 0) throw nativeError(Error, 'ERR_OSSL_EVP_INVALID_DIGEST', 'Invalid digest used');
  }
  if (op === OP_PRIVATE_DECRYPT && padding === constants.RSA_PKCS1_PADDING) {
    // OpenSSL 3.0 has no implicit rejection, so Node refuses (CVE-2023-46809).
    throw nativeError(TypeError, 'ERR_INVALID_ARG_VALUE',
      'RSA_PKCS1_PADDING is no longer supported for private decryption, ' +
      'this can be reverted with --security-revert=CVE-2023-46809');
  }
  return new FastBuffer(binding.cipher(op, handle, data, padding, oaepId, label));
}

function publicEncrypt(key, buffer) {
  return run(OP_PUBLIC_ENCRYPT, key, buffer, constants.RSA_PKCS1_OAEP_PADDING);
}

function privateDecrypt(key, buffer) {
  return run(OP_PRIVATE_DECRYPT, key, buffer, constants.RSA_PKCS1_OAEP_PADDING);
}

function privateEncrypt(key, buffer) {
  return run(OP_PRIVATE_ENCRYPT, key, buffer, constants.RSA_PKCS1_PADDING);
}

function publicDecrypt(key, buffer) {
  return run(OP_PUBLIC_DECRYPT, key, buffer, constants.RSA_PKCS1_PADDING);
}

module.exports = { publicEncrypt, privateDecrypt, privateEncrypt, publicDecrypt };
