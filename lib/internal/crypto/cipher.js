'use strict';
// Cipheriv and Decipheriv (and the deprecated password-based Cipher and
// Decipher), getCiphers and getCipherInfo, over internalBinding('crypto_cipher')
// (OpenSSL). Like Hash, the classes are Transform streams whose stream state
// is made only when a stream method first needs it.

const binding = internalBinding('crypto_cipher');
const { Buffer } = require('buffer');
const { FastBuffer, isAnyArrayBuffer, normalizeEncoding } = require('internal/buffer');
const {
  codes: {
    ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE, ERR_CRYPTO_INVALID_STATE, ERR_INTERNAL_ASSERTION,
    ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_UNKNOWN_ENCODING,
  },
} = require('internal/errors');
const { validateInt32, validateObject, validateString } = require('internal/validators');
const { LazyTransform } = require('internal/crypto/hash');
const { bytesOf } = require('internal/crypto/util');

const kHandle = Symbol('kHandle');

let StringDecoder;
let keys;

// ---- arguments ----

const kKeyTypes = ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView', 'KeyObject', 'CryptoKey'];
const kBufferTypes = ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'];

// Bytes C can read from a string (in `encoding`), a view or an ArrayBuffer;
// undefined for anything else.
function bufferBytes(value, encoding) {
  if (typeof value === 'string') {
    return Buffer.from(value, encoding === undefined || encoding === 'buffer' ? 'utf8' : encoding);
  }
  if (ArrayBuffer.isView(value)) return value.BYTES_PER_ELEMENT === undefined ? bytesOf(value) : value;
  if (isAnyArrayBuffer(value)) return bytesOf(value);
  return undefined;
}

// A secret key's bytes: buffer-likes, strings, or a secret KeyObject.
function secretKeyBytes(key, encoding, name = 'key', types = kKeyTypes) {
  const bytes = bufferBytes(key, encoding);
  if (bytes !== undefined) return bytes;
  if (typeof key === 'object' && key !== null) {
    keys ??= require('internal/crypto/keys');
    key = keys.keyObjectOf(key);
    if (keys.isKeyObject(key)) {
      if (key.type !== 'secret') throw new ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(key.type, 'secret');
      return key.export();
    }
  }
  throw new ERR_INVALID_ARG_TYPE(name, types, key);
}

function stringOption(options, name) {
  if (options === null || typeof options !== 'object') return undefined;
  const value = options[name];
  if (value !== undefined) validateString(value, `options.${name}`);
  return value;
}

// An unsigned 32-bit option, or -1 when it is absent (null counts as absent).
function uintOption(options, name) {
  if (options === null || typeof options !== 'object') return -1;
  const value = options[name];
  if (value == null) return -1;
  if (value >>> 0 !== value) throw new ERR_INVALID_ARG_VALUE(`options.${name}`, value);
  return value;
}

// update()'s data: strings in inputEncoding (utf8 for unknown names, as in
// Node), views as they are.
function dataBytes(data, encoding) {
  if (typeof data === 'string') {
    const enc = normalizeEncoding(encoding) ?? 'utf8';
    if (enc === 'hex' && data.length % 2 !== 0) {
      throw new ERR_INVALID_ARG_VALUE('encoding', encoding, `is invalid for data of length ${data.length}`);
    }
    return Buffer.from(data, enc);
  }
  if (ArrayBuffer.isView(data)) return data.BYTES_PER_ELEMENT === undefined ? bytesOf(data) : data;
  throw new ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
}

// ---- output encodings: one StringDecoder per object, as in Node ----

function decoderFor(self, encoding) {
  const normalized = normalizeEncoding(encoding);
  if (self._decoder === null) {
    StringDecoder ??= require('string_decoder').StringDecoder;
    self._decoder = new StringDecoder(encoding);
  } else if (self._decoder.encoding !== normalized) {
    if (normalized === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
    throw new ERR_INTERNAL_ASSERTION('Cannot change encoding');
  }
  return self._decoder;
}

// ---- the shared prototype ----

function init(self, encrypt, cipher, key, iv, options, password) {
  validateString(cipher, 'cipher');
  let handle;
  if (password === undefined) {
    const encoding = stringOption(options, 'encoding');
    const keyBytes = secretKeyBytes(key, encoding);
    let ivBytes = null;
    if (iv !== null) {
      ivBytes = bufferBytes(iv);
      if (ivBytes === undefined) throw new ERR_INVALID_ARG_TYPE('iv', kBufferTypes, iv);
    }
    handle = binding.cipherNew(cipher, encrypt, keyBytes, ivBytes, uintOption(options, 'authTagLength'), true);
  } else {
    const passBytes = bufferBytes(password);
    if (passBytes === undefined) {
      throw new ERR_INVALID_ARG_TYPE('password', ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], password);
    }
    const authTagLength = uintOption(options, 'authTagLength');
    const derived = binding.bytesToKey(cipher, passBytes);
    if (derived !== undefined && (derived.mode === 'ctr' || derived.mode === 'gcm' || derived.mode === 'ccm')) {
      process.emitWarning(`Use Cipheriv for counter mode of ${cipher}`);
    }
    const bytes = (ab) => (ab === undefined ? null : new Uint8Array(ab));
    handle = binding.cipherNew(cipher, encrypt, bytes(derived?.key), bytes(derived?.iv), authTagLength, false);
  }
  self[kHandle] = handle;
  self._decoder = null;
  LazyTransform.call(self, options);
}

const proto = {
  _transform(chunk, encoding, callback) {
    let out;
    try {
      out = this.update(chunk, encoding);
    } catch (err) {
      callback(err);
      return;
    }
    this.push(out);
    callback();
  },

  _flush(callback) {
    let out;
    try {
      out = this.final();
    } catch (err) {
      callback(err);
      return;
    }
    this.push(out);
    callback();
  },

  update(data, inputEncoding, outputEncoding) {
    const ab = binding.update(this[kHandle], dataBytes(data, inputEncoding));
    if (ab === null) throw new Error('Trying to add data in unsupported state');
    const out = new FastBuffer(ab);
    if (outputEncoding && outputEncoding !== 'buffer') return decoderFor(this, outputEncoding).write(out);
    return out;
  },

  final(outputEncoding) {
    const out = new FastBuffer(binding.final(this[kHandle]));
    if (outputEncoding && outputEncoding !== 'buffer') return decoderFor(this, outputEncoding).end(out);
    return out;
  },

  setAutoPadding(ap) {
    if (!binding.setAutoPadding(this[kHandle], !!ap)) throw new ERR_CRYPTO_INVALID_STATE('setAutoPadding');
    return this;
  },

  getAuthTag() {
    const ab = binding.getAuthTag(this[kHandle]);
    if (ab === undefined) throw new ERR_CRYPTO_INVALID_STATE('getAuthTag');
    return new FastBuffer(ab);
  },

  setAuthTag(tagbuf, encoding) {
    const tag = bufferBytes(tagbuf, encoding);
    if (tag === undefined) throw new ERR_INVALID_ARG_TYPE('buffer', kBufferTypes, tagbuf);
    if (!binding.setAuthTag(this[kHandle], tag)) throw new ERR_CRYPTO_INVALID_STATE('setAuthTag');
    return this;
  },

  setAAD(aadbuf, options) {
    const encoding = stringOption(options, 'encoding');
    const plaintextLength = uintOption(options, 'plaintextLength');
    const aad = bufferBytes(aadbuf, encoding);
    if (aad === undefined) throw new ERR_INVALID_ARG_TYPE('aadbuf', kBufferTypes, aadbuf);
    if (!binding.setAAD(this[kHandle], aad, plaintextLength)) throw new ERR_CRYPTO_INVALID_STATE('setAAD');
    return this;
  },
};

// Methods as own, non-enumerable prototype members in Node's order.
function define(Class, names) {
  Object.setPrototypeOf(Class.prototype, LazyTransform.prototype);
  Object.setPrototypeOf(Class, LazyTransform);
  for (const name of names) {
    Object.defineProperty(Class.prototype, name, {
      value: proto[name], writable: true, enumerable: true, configurable: true,
    });
  }
}

const kCipherMethods = ['_transform', '_flush', 'update', 'final', 'setAutoPadding', 'getAuthTag', 'setAAD'];
const kDecipherMethods = ['_transform', '_flush', 'update', 'final', 'setAutoPadding', 'setAuthTag', 'setAAD'];

function Cipheriv(cipher, key, iv, options) {
  if (!new.target) return new Cipheriv(cipher, key, iv, options);
  init(this, true, cipher, key, iv, options);
}
define(Cipheriv, kCipherMethods);

function Decipheriv(cipher, key, iv, options) {
  if (!new.target) return new Decipheriv(cipher, key, iv, options);
  init(this, false, cipher, key, iv, options);
}
define(Decipheriv, kDecipherMethods);

// The deprecated forms: key and IV derived from a password (DEP0106).
let warnedDeprecated = false;
function warnDeprecated(name) {
  if (warnedDeprecated) return;
  warnedDeprecated = true;
  process.emitWarning(`crypto.${name} is deprecated.`, 'DeprecationWarning', 'DEP0106');
}

function Cipher(cipher, password, options) {
  if (!new.target) return new Cipher(cipher, password, options);
  init(this, true, cipher, undefined, undefined, options, password);
}
define(Cipher, kCipherMethods);

function Decipher(cipher, password, options) {
  if (!new.target) return new Decipher(cipher, password, options);
  init(this, false, cipher, undefined, undefined, options, password);
}
define(Decipher, kDecipherMethods);

function createCipheriv(cipher, key, iv, options) {
  return new Cipheriv(cipher, key, iv, options);
}

function createDecipheriv(cipher, key, iv, options) {
  return new Decipheriv(cipher, key, iv, options);
}

function createCipher(cipher, password, options) {
  warnDeprecated('createCipher');
  return new Cipher(cipher, password, options);
}

function createDecipher(cipher, password, options) {
  warnDeprecated('createDecipher');
  return new Decipher(cipher, password, options);
}

// ---- listing ----

let ciphers;
function getCiphers() {
  ciphers ??= binding.getCiphers();
  return ciphers.slice();
}

function getCipherInfo(nameOrNid, options) {
  if (typeof nameOrNid !== 'string' && typeof nameOrNid !== 'number') {
    throw new ERR_INVALID_ARG_TYPE('nameOrNid', ['string', 'number'], nameOrNid);
  }
  if (typeof nameOrNid === 'number') validateInt32(nameOrNid, 'nameOrNid');
  let keyLength = -1;
  let ivLength = -1;
  if (options !== undefined) {
    validateObject(options, 'options');
    if (options.keyLength !== undefined) {
      validateInt32(options.keyLength, 'options.keyLength');
      keyLength = options.keyLength;
    }
    if (options.ivLength !== undefined) {
      validateInt32(options.ivLength, 'options.ivLength');
      ivLength = options.ivLength;
    }
    // Negative sizes name no cipher.
    if (options.keyLength < 0 || options.ivLength < 0) return undefined;
  }
  return binding.info(nameOrNid, keyLength, ivLength);
}

module.exports = {
  Cipheriv, Decipheriv, Cipher, Decipher,
  createCipheriv, createDecipheriv, createCipher, createDecipher,
  getCiphers, getCipherInfo,
  secretKeyBytes, bufferBytes,
};
