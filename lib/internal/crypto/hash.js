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
    ERR_CRYPTO_HASH_FINALIZED, ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE, ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
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
const scratchPrefixes = []; // views of its first n bytes, made once per n
function utf8Data(str) {
  if (str.length > kShortString) return str;
  scratch ??= new FastBuffer(kShortString * 3);
  const n = utf8Ops.write(scratch, str, 0, kShortString * 3);
  return (scratchPrefixes[n] ??= new Uint8Array(scratch.buffer, scratch.byteOffset, n));
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

// Digests of up to 64 bytes come back in the binding's scratch buffer
// (kToScratch: C answers their length), read here without making a string
// or an ArrayBuffer in C; longer ones as an ArrayBuffer.
const kToScratch = 2;
const scratchBytes = new Uint8Array(binding.scratch);
const scratchViews = [];
const scratchView = (n) => (scratchViews[n] ??= scratchBytes.subarray(0, n));

function resultOf(r, enc) {
  if (typeof r !== 'number') {
    const buf = new FastBuffer(r);
    return enc === undefined ? buf : buf.toString(enc);
  }
  const view = scratchView(r);
  if (enc === 'hex') return view.toHex();
  const buf = Buffer.allocUnsafe(r);
  buf.set(view);
  return enc === undefined ? buf : buf.toString(enc);
}

function digestResult(handle, encoding) {
  return resultOf(binding.digest(handle, kToScratch), digestEncoding(encoding));
}

// ---- lazy contexts ----
// Most hashes and HMACs are made, updated once with a short message and
// digested. Such an object makes no native context: its one update waits
// in its state (a string as it is, bytes copied) and digest() computes the
// result in one call (oneShot, hmacOneShot), which saves two crossings and
// a native object. A second or a long update, copy(), or a digest with an
// extendable output make the context as before.
const kLazyMax = 256; // bytes, or UTF-16 units of a string
const lazyIds = [];
const isLazyId = (id) => (lazyIds[id] ??= binding.lazyOk(id));
const kEmpty = new Uint8Array(0);

// A key string is encoded into a scratch of its own, apart from the data's.
let keyScratch;
const keyPrefixes = [];
function utf8Key(str) {
  keyScratch ??= new FastBuffer(kLazyMax * 3);
  const n = utf8Ops.write(keyScratch, str, 0, kLazyMax * 3);
  return (keyPrefixes[n] ??= new Uint8Array(keyScratch.buffer, keyScratch.byteOffset, n));
}

// A copy of a view's bytes (none when detached).
function copyBytes(v) {
  return bytesOf(v).slice();
}

const keyData = (key) => (typeof key === 'string' ? utf8Key(key) : key);
const pendingData = (p) => (p === undefined ? kEmpty : typeof p === 'string' ? utf8Data(p) : p);

// Per object: id and key (Hmac) of a lazy one, and its waiting update.
function newState(hmac, id, key) {
  return { finalized: false, hmac, id, key, pending: undefined };
}

function materialize(self) {
  const state = self[kState];
  const handle = state.hmac ? binding.hmacNew(state.id, keyData(state.key)) : binding.hashNew(state.id, -1);
  self[kHandle] = handle;
  state.key = undefined;
  if (state.pending !== undefined) {
    binding.update(handle, pendingData(state.pending));
    state.pending = undefined;
  }
  return handle;
}

function lazyDigest(state, encoding) {
  const data = pendingData(state.pending);
  const r = state.hmac ? binding.hmacOneShot(state.id, keyData(state.key), data, kToScratch)
    : binding.oneShot(state.id, data, kToScratch);
  state.pending = undefined;
  state.key = undefined;
  return resultOf(r, digestEncoding(encoding));
}

function update(data, encoding) {
  const state = this[kState];
  if (state.finalized) throw new ERR_CRYPTO_HASH_FINALIZED();
  let handle = this[kHandle];
  if (handle === null) {
    if (state.pending === undefined) {
      if (typeof data === 'string') {
        if (data.length <= kLazyMax && (encoding === undefined || encoding === 'utf8' || encoding === 'utf-8')) {
          state.pending = data;
          return this;
        }
      } else if (ArrayBuffer.isView(data) && data.byteLength <= kLazyMax) {
        state.pending = copyBytes(data);
        return this;
      }
    }
    handle = materialize(this);
  }
  binding.update(handle, toBytes(data, encoding, 'data'));
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
    if (outputLength === undefined && isLazyId(id)) {
      this[kHandle] = null;
      this[kState] = newState(false, id, undefined);
      LazyTransform.call(this, options);
      return;
    }
    handle = binding.hashNew(id, outputLength === undefined ? -1 : outputLength);
  }
  this[kHandle] = handle;
  this[kState] = newState(false, -1, undefined);
  LazyTransform.call(this, options);
}
Object.setPrototypeOf(Hash.prototype, LazyTransform.prototype);
Object.setPrototypeOf(Hash, LazyTransform);

Hash.prototype.copy = function copy(options) {
  if (this[kState].finalized) throw new ERR_CRYPTO_HASH_FINALIZED();
  const outputLength = typeof options === 'object' && options !== null ? options.outputLength : undefined;
  if (outputLength !== undefined) validateUint32(outputLength, 'options.outputLength');
  return new Hash(kCopy, [this[kHandle] ?? materialize(this), outputLength]);
};
Hash.prototype._transform = transform;
Hash.prototype._flush = flush;
Hash.prototype.update = update;
Hash.prototype.digest = function digest(outputEncoding) {
  const state = this[kState];
  if (state.finalized) throw new ERR_CRYPTO_HASH_FINALIZED();
  state.finalized = true;
  if (this[kHandle] === null) return lazyDigest(state, outputEncoding);
  return digestResult(this[kHandle], outputEncoding);
};

// ---- Hmac ----

function secretKey(key, encoding) {
  if (typeof key === 'string') {
    // hmacNew copies the key at once, so short ones can use the scratch.
    if (encoding != null && encoding !== 'utf8') return Buffer.from(key, encoding);
    const bytes = utf8Data(key);
    return typeof bytes === 'string' ? Buffer.from(bytes) : bytes;
  }
  if (ArrayBuffer.isView(key)) return toBytes(key);
  if (isAnyArrayBuffer(key)) return bytesOf(key);
  // A KeyObject, or a CryptoKey (the KeyObject behind it).
  if (typeof key === 'object' && key !== null) {
    const keys = require('internal/crypto/keys');
    key = keys.keyObjectOf(key);
    if (keys.isKeyObject(key)) {
      if (key.type !== 'secret') throw new ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(key.type, 'secret');
      return key.export();
    }
  }
  throw new ERR_INVALID_ARG_TYPE('key',
    ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView', 'KeyObject', 'CryptoKey'], key);
}

function Hmac(hmac, key, options) {
  if (!new.target) return new Hmac(hmac, key, options);
  validateString(hmac, 'hmac');
  const encoding = typeof options === 'object' && options !== null ? options.encoding : undefined;
  if (encoding != null) validateString(encoding, 'options.encoding');
  // A short UTF-8 key string is kept as it is by a lazy Hmac (encoded at
  // digest()); other keys are made bytes now.
  const keepString = typeof key === 'string' && key.length <= kLazyMax && (encoding == null || encoding === 'utf8');
  const keyBytes = keepString ? undefined : secretKey(key, encoding);
  const id = digestId(hmac);
  if (id === -1) throw invalidDigest(hmac);
  if (id === -2) binding.unsupported(hmac, true);
  if (isLazyId(id)) {
    this[kHandle] = null;
    this[kState] = newState(true, id, keepString ? key : copyBytes(keyBytes));
  } else {
    this[kHandle] = binding.hmacNew(id, keepString ? secretKey(key, encoding) : keyBytes);
    this[kState] = newState(true, -1, undefined);
  }
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
  if (this[kHandle] === null) return lazyDigest(state, outputEncoding);
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
  return resultOf(binding.oneShot(id, data, kToScratch), enc === 'buffer' ? undefined : enc);
}

let hashes;
function getHashes() {
  hashes ??= binding.getHashes();
  return hashes.slice();
}

module.exports = { Hash, Hmac, hash, getHashes, LazyTransform };
