'use strict';
// Hash and Hmac, crypto.hash and getHashes, over internalBinding('crypto_hash')
// (OpenSSL). Both classes are Transform streams whose stream state is only
// made when a stream method first needs it: most hashes are used through
// update()/digest() alone, and a full Transform costs more than the hashing.

const binding = internalBinding('crypto_hash');
const { Buffer } = require('buffer'); // also gives FastBuffer its Buffer prototype
const { FastBuffer, normalizeEncoding, isAnyArrayBuffer, utf8Ops } = require('internal/buffer');
const {
  codes: {
    ERR_CRYPTO_HASH_FINALIZED, ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE,
  },
} = require('internal/errors');
const { validateString, validateUint32 } = require('internal/validators');
const { Transform } = require('internal/streams/transform');
const { bytesOf, digestId, invalidDigest } = require('internal/crypto/util');

const kHandle = Symbol('kHandle');
const kState = Symbol('kState');
const kCopy = Symbol('kCopy'); // Hash(kCopy, [source, outputLength]) clones

// ---- LazyTransform: a Transform that builds its stream state on demand ----

function LazyTransform(options) {
  this._options = options;
}
Object.setPrototypeOf(LazyTransform.prototype, Transform.prototype);
Object.setPrototypeOf(LazyTransform, Transform);

function initStream(self) {
  // Shadow the lazy getters first: reads made while the constructors run
  // see plain undefined properties, as during any stream construction.
  for (const key of ['_readableState', '_writableState']) {
    Object.defineProperty(self, key, { value: undefined, writable: true, enumerable: true, configurable: true });
  }
  Transform.call(self, self._options);
}

for (const key of ['_readableState', '_writableState']) {
  Object.defineProperty(LazyTransform.prototype, key, {
    get() {
      initStream(this);
      return this[key];
    },
    set(value) {
      Object.defineProperty(this, key, { value, writable: true, enumerable: true, configurable: true });
    },
    configurable: true,
    enumerable: true,
  });
}

// ---- shared by Hash and Hmac ----

// Short strings are encoded here into a reused buffer: handing a string to
// C costs more (the engine copies it twice) than encoding it in JS. Longer
// ones go to C as they are, which encodes them in chunks.
const kShortString = 256; // UTF-16 units: what utf8Ops.write does in JS alone
let scratch;
function utf8Data(str) {
  if (str.length > kShortString) return str;
  scratch ??= new FastBuffer(kShortString * 3);
  const n = utf8Ops.write(scratch, str, 0, kShortString * 3);
  return new Uint8Array(scratch.buffer, scratch.byteOffset, n);
}

// A string's bytes in the given encoding (unknown encodings mean utf8 here).
function stringData(data, encoding) {
  if (encoding === undefined || encoding === 'utf8' || encoding === 'utf-8') return utf8Data(data);
  const enc = normalizeEncoding(encoding);
  if (enc === undefined || enc === 'utf8') return utf8Data(data);
  if (enc === 'hex' && data.length % 2 !== 0) {
    throw new ERR_INVALID_ARG_VALUE('encoding', encoding, `is invalid for data of length ${data.length}`);
  }
  return Buffer.from(data, enc);
}

// A view C can read: strings and typed arrays pass as they are.
function toBytes(data, encoding, name) {
  if (typeof data === 'string') return stringData(data, encoding);
  if (ArrayBuffer.isView(data)) {
    return data.BYTES_PER_ELEMENT === undefined ? bytesOf(data) : data; // a DataView: its bytes
  }
  throw new ERR_INVALID_ARG_TYPE(name, ['string', 'Buffer', 'TypedArray', 'DataView'], data);
}

// How digest() answers: 'hex' is made in C, other encodings from the bytes.
function digestEncoding(enc) {
  if (enc === 'hex') return 'hex';
  if (typeof enc !== 'string' || enc === '' || enc === 'buffer') return undefined;
  return normalizeEncoding(enc); // unknown encodings give a Buffer
}

function digestResult(handle, encoding) {
  const enc = digestEncoding(encoding);
  if (enc === 'hex') return binding.digest(handle, true);
  const buf = new FastBuffer(binding.digest(handle, false));
  return enc === undefined ? buf : buf.toString(enc);
}

function update(data, encoding) {
  if (this[kState].finalized) throw new ERR_CRYPTO_HASH_FINALIZED();
  binding.update(this[kHandle], toBytes(data, encoding, 'data'));
  return this;
}

function transform(chunk, encoding, callback) {
  // Writes after digest() are dropped without an error, as in Node.
  if (this[kState].finalized) {
    callback();
    return;
  }
  try {
    this.update(chunk, encoding);
  } catch (err) {
    callback(err);
    return;
  }
  callback();
}

function flush(callback) {
  this.push(this.digest());
  callback();
}

// ---- Hash ----

function Hash(algorithm, options) {
  if (!new.target) return new Hash(algorithm, options);
  let handle;
  if (algorithm === kCopy) {
    const [source, outputLength] = options;
    options = outputLength === undefined ? undefined : { outputLength };
    handle = binding.copy(source, outputLength === undefined ? -1 : outputLength);
  } else {
    validateString(algorithm, 'algorithm');
    const outputLength = typeof options === 'object' && options !== null ? options.outputLength : undefined;
    if (outputLength !== undefined) validateUint32(outputLength, 'options.outputLength');
    const id = digestId(algorithm);
    if (id === -1) throw new Error('Digest method not supported');
    if (id === -2) binding.unsupported(algorithm, false);
    handle = binding.hashNew(id, outputLength === undefined ? -1 : outputLength);
  }
  this[kHandle] = handle;
  this[kState] = { finalized: false };
  LazyTransform.call(this, options);
}
Object.setPrototypeOf(Hash.prototype, LazyTransform.prototype);
Object.setPrototypeOf(Hash, LazyTransform);

Hash.prototype.copy = function copy(options) {
  if (this[kState].finalized) throw new ERR_CRYPTO_HASH_FINALIZED();
  const outputLength = typeof options === 'object' && options !== null ? options.outputLength : undefined;
  if (outputLength !== undefined) validateUint32(outputLength, 'options.outputLength');
  return new Hash(kCopy, [this[kHandle], outputLength]);
};
Hash.prototype._transform = transform;
Hash.prototype._flush = flush;
Hash.prototype.update = update;
Hash.prototype.digest = function digest(outputEncoding) {
  const state = this[kState];
  if (state.finalized) throw new ERR_CRYPTO_HASH_FINALIZED();
  state.finalized = true;
  return digestResult(this[kHandle], outputEncoding);
};

// ---- Hmac ----

function secretKey(key, encoding) {
  if (typeof key === 'string') return Buffer.from(key, encoding ?? 'utf8');
  if (ArrayBuffer.isView(key)) return toBytes(key);
  if (isAnyArrayBuffer(key)) return bytesOf(key);
  throw new ERR_INVALID_ARG_TYPE('key',
    ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView', 'KeyObject', 'CryptoKey'], key);
}

function Hmac(hmac, key, options) {
  if (!new.target) return new Hmac(hmac, key, options);
  validateString(hmac, 'hmac');
  const encoding = typeof options === 'object' && options !== null ? options.encoding : undefined;
  if (encoding != null) validateString(encoding, 'options.encoding');
  const keyBytes = secretKey(key, encoding);
  const id = digestId(hmac);
  if (id === -1) throw invalidDigest(hmac);
  if (id === -2) binding.unsupported(hmac, true);
  const handle = binding.hmacNew(id, keyBytes);
  this[kHandle] = handle;
  this[kState] = { finalized: false };
  LazyTransform.call(this, options);
}
Object.setPrototypeOf(Hmac.prototype, LazyTransform.prototype);
Object.setPrototypeOf(Hmac, LazyTransform);

Hmac.prototype.update = update;
Hmac.prototype.digest = function digest(outputEncoding) {
  const state = this[kState];
  // A second digest() answers an empty result rather than throwing.
  if (state.finalized) {
    return typeof outputEncoding === 'string' && outputEncoding !== '' ? '' : new FastBuffer();
  }
  state.finalized = true;
  return digestResult(this[kHandle], outputEncoding);
};
Hmac.prototype._flush = flush;
Hmac.prototype._transform = transform;

// ---- one-shot and listing ----

function hash(algorithm, input, outputEncoding = 'hex') {
  validateString(algorithm, 'algorithm');
  if (typeof input !== 'string' && !ArrayBuffer.isView(input)) {
    throw new ERR_INVALID_ARG_TYPE('input', ['Buffer', 'TypedArray', 'DataView', 'string'], input);
  }
  let enc = 'hex';
  if (outputEncoding !== 'hex') {
    validateString(outputEncoding, 'outputEncoding');
    enc = outputEncoding.toLowerCase() === 'buffer' ? 'buffer' : normalizeEncoding(outputEncoding);
    if (enc === undefined) throw new ERR_INVALID_ARG_VALUE('outputEncoding', outputEncoding);
  }
  const data = toBytes(input, undefined, 'input');
  const id = digestId(algorithm);
  if (id === -1) throw new Error(`Digest method ${algorithm} is not supported`);
  if (id === -2) binding.unsupported(algorithm, false);
  const result = binding.oneShot(id, data, enc === 'hex');
  if (enc === 'hex') return result;
  const buf = new FastBuffer(result);
  return enc === 'buffer' ? buf : buf.toString(enc);
}

let hashes;
function getHashes() {
  hashes ??= binding.getHashes();
  return hashes.slice();
}

module.exports = { Hash, Hmac, hash, getHashes, LazyTransform };
