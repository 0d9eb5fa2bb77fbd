'use strict';
// Sign and Verify (Writable streams that digest what is written, then sign
// or verify with a key) and the one-shot crypto.sign/crypto.verify, over
// internalBinding('crypto_sign').

const binding = internalBinding('crypto_sign');
const { Buffer } = require('buffer');
const { FastBuffer, isAnyArrayBuffer } = require('internal/buffer');
const {
  codes: { ERR_CRYPTO_SIGN_KEY_REQUIRED, ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE },
} = require('internal/errors');
const { validateFunction, validateString } = require('internal/validators');
const { Writable } = require('stream');
const { bytesOf, digestId, invalidDigest, nativeError } = require('internal/crypto/util');
const {
  preparePrivateKey, preparePublicOrPrivateKey, privateKeyLater, publicOrPrivateKeyLater,
} = require('internal/crypto/keys');

const kHandle = Symbol('kHandle');

// Bytes of a string (in `encoding`) or of any buffer-like value.
function dataBytes(data, name, encoding, allowArrayBuffer) {
  if (typeof data === 'string') return Buffer.from(data, encoding && Buffer.isEncoding(encoding) ? encoding : 'utf8');
  if (ArrayBuffer.isView(data)) return data.BYTES_PER_ELEMENT === undefined ? bytesOf(data) : data;
  if (allowArrayBuffer && isAnyArrayBuffer(data)) return bytesOf(data);
  throw new ERR_INVALID_ARG_TYPE(name, allowArrayBuffer ?
    ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'] :
    ['string', 'Buffer', 'TypedArray', 'DataView'], data);
}

// An int32 option (padding, saltLength), or undefined when not given.
function intOption(options, name) {
  const value = options[name];
  if (value === undefined) return undefined;
  if (value === value >> 0) return value;
  throw new ERR_INVALID_ARG_VALUE(`options.${name}`, value);
}

function dsaEncoding(options) {
  const enc = options.dsaEncoding;
  if (enc === undefined || enc === 'der') return 0;
  if (enc === 'ieee-p1363') return 1;
  throw new ERR_INVALID_ARG_VALUE('options.dsaEncoding', enc);
}

// [padding (-1: default), saltLength (NaN: default), dsaEncoding].
function signOptions(options) {
  const padding = intOption(options, 'padding');
  const saltLength = intOption(options, 'saltLength');
  return [padding ?? -1, saltLength ?? NaN, dsaEncoding(options)];
}

const unsupported = () => nativeError(Error, 'ERR_CRYPTO_UNSUPPORTED_OPERATION', 'Unsupported crypto operation');
const isEdDSA = (keyType) => keyType === 'ed25519' || keyType === 'ed448';

// ---- Sign / Verify ----

function Sign(algorithm, options) {
  if (!new.target) return new Sign(algorithm, options);
  validateString(algorithm, 'algorithm');
  const id = digestId(algorithm);
  if (id < 0) throw nativeError(TypeError, 'ERR_CRYPTO_INVALID_DIGEST', 'Invalid digest');
  this[kHandle] = binding.init(id);
  Writable.call(this, options);
}
Object.setPrototypeOf(Sign.prototype, Writable.prototype);
Object.setPrototypeOf(Sign, Writable);

function update(data, encoding) {
  binding.update(this[kHandle], dataBytes(data, 'data', encoding, false));
  return this;
}

function write(chunk, encoding, callback) {
  this.update(chunk, encoding);
  callback();
}

Sign.prototype._write = write;
Sign.prototype.update = update;
Sign.prototype.sign = function sign(privateKey, outputEncoding) {
  if (!privateKey) throw new ERR_CRYPTO_SIGN_KEY_REQUIRED();
  const { handle, keyType, options } = preparePrivateKey(privateKey);
  if (isEdDSA(keyType)) throw unsupported();
  const sig = new FastBuffer(binding.sign(this[kHandle], handle, ...signOptions(options)));
  return outputEncoding && outputEncoding !== 'buffer' ? sig.toString(outputEncoding) : sig;
};

function Verify(algorithm, options) {
  if (!new.target) return new Verify(algorithm, options);
  validateString(algorithm, 'algorithm');
  const id = digestId(algorithm);
  if (id < 0) throw nativeError(TypeError, 'ERR_CRYPTO_INVALID_DIGEST', 'Invalid digest');
  this[kHandle] = binding.init(id);
  Writable.call(this, options);
}
Object.setPrototypeOf(Verify.prototype, Writable.prototype);
Object.setPrototypeOf(Verify, Writable);

Verify.prototype._write = write;
Verify.prototype.update = update;
Verify.prototype.verify = function verify(object, signature, sigEncoding) {
  const { handle, keyType, options } = preparePublicOrPrivateKey(object);
  if (isEdDSA(keyType)) throw unsupported();
  const sig = dataBytes(signature, 'signature', sigEncoding, false);
  return binding.verify(this[kHandle], handle, sig, ...signOptions(options));
};

// ---- one-shot ----

// The digest's id (-1 for none). Node looks it up last, after every
// argument and the key were checked.
function algorithmId(algorithm) {
  if (algorithm === null || algorithm === undefined) return -1;
  const id = digestId(algorithm);
  if (id < 0) throw invalidDigest(algorithm);
  return id;
}

// Errors of the callback forms carry OpenSSL's text only, as in Node.
function plain(err) {
  return err && typeof err.code === 'string' && err.code.startsWith('ERR_OSSL') ? new Error(err.message) : err;
}

function oneShot(verifying, algorithm, data, key, signature, callback) {
  if (algorithm !== null && algorithm !== undefined) validateString(algorithm, 'algorithm');
  data = dataBytes(data, 'data', undefined, true);
  if (!verifying && !key) throw new ERR_CRYPTO_SIGN_KEY_REQUIRED();
  // node's order: the key's shape, the signature and callback, then the
  // key is parsed, then the digest looked up.
  const pending = verifying ? publicOrPrivateKeyLater(key) : privateKeyLater(key);
  if (verifying && !ArrayBuffer.isView(signature)) {
    throw new ERR_INVALID_ARG_TYPE('signature', ['Buffer', 'TypedArray', 'DataView'], signature);
  }
  if (callback !== undefined) validateFunction(callback, 'callback');
  const { handle, options } = pending.parse();
  const id = algorithmId(algorithm);
  const opts = signOptions(options);
  const sig = verifying ? (signature.BYTES_PER_ELEMENT === undefined ? bytesOf(signature) : signature) : null;
  if (callback === undefined) {
    const out = binding.oneShot(verifying, id, handle, data, sig, ...opts);
    return verifying ? out : new FastBuffer(out);
  }
  binding.oneShot(verifying, id, handle, data, sig, ...opts, (err, out) => {
    if (err) callback(plain(err));
    else callback(null, verifying ? out : new FastBuffer(out));
  });
}

// Named as Node names them (crypto.sign.name is 'signOneShot').
function signOneShot(algorithm, data, key, callback) {
  return oneShot(false, algorithm, data, key, null, callback);
}

function verifyOneShot(algorithm, data, key, signature, callback) {
  return oneShot(true, algorithm, data, key, signature, callback);
}

module.exports = { Sign, Verify, signOneShot, verifyOneShot };
