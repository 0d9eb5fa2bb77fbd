'use strict';
// DiffieHellman, DiffieHellmanGroup, ECDH and crypto.diffieHellman over
// internalBinding('crypto_dh'); getCurves.

const binding = internalBinding('crypto_dh');
const { Buffer } = require('buffer');
const { FastBuffer, isAnyArrayBuffer } = require('internal/buffer');
const {
  codes: {
    ERR_CRYPTO_ECDH_INVALID_FORMAT, ERR_CRYPTO_ECDH_INVALID_PUBLIC_KEY, ERR_CRYPTO_INCOMPATIBLE_KEY, ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE,
    ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE,
  },
} = require('internal/errors');
const { validateInt32, validateObject, validateString } = require('internal/validators');
const { bytesOf, nativeError } = require('internal/crypto/util');
const { isKeyObject, getHandle } = require('internal/crypto/keys');

const kHandle = Symbol('kHandle');
const kBufferTypes = ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'];
const DH_P = 0;
const DH_G = 1;
const DH_PUB = 2;
const DH_PRIV = 3;

function toBytes(value, name, encoding) {
  if (typeof value === 'string') return Buffer.from(value, encoding && encoding !== 'buffer' ? encoding : 'utf8');
  if (ArrayBuffer.isView(value)) return value.BYTES_PER_ELEMENT === undefined ? bytesOf(value) : value;
  if (isAnyArrayBuffer(value)) return bytesOf(value);
  throw new ERR_INVALID_ARG_TYPE(name, kBufferTypes, value);
}

function encode(ab, encoding) {
  const buf = new FastBuffer(ab);
  return encoding && encoding !== 'buffer' ? buf.toString(encoding) : buf;
}

const isEncoding = (e) => e === 'buffer' || Buffer.isEncoding(e);

// ---- DiffieHellman ----

function DiffieHellman(sizeOrKey, keyEncoding, generator, genEncoding) {
  if (!new.target) return new DiffieHellman(sizeOrKey, keyEncoding, generator, genEncoding);
  if (typeof sizeOrKey !== 'number' && typeof sizeOrKey !== 'string' &&
      !ArrayBuffer.isView(sizeOrKey) && !isAnyArrayBuffer(sizeOrKey)) {
    throw new ERR_INVALID_ARG_TYPE('sizeOrKey', ['number', ...kBufferTypes], sizeOrKey);
  }
  if (typeof sizeOrKey === 'number') validateInt32(sizeOrKey, 'sizeOrKey');
  // createDiffieHellman(prime, generator[, genEncoding]): the second
  // argument is the generator when it names no encoding.
  if (keyEncoding && !isEncoding(keyEncoding)) {
    genEncoding = generator;
    generator = keyEncoding;
    keyEncoding = false;
  }
  if (typeof generator === 'number') validateInt32(generator, 'generator');
  else if (typeof generator === 'string') generator = toBytes(generator, 'generator', genEncoding);
  else if (generator !== undefined && !ArrayBuffer.isView(generator) && !isAnyArrayBuffer(generator)) {
    throw new ERR_INVALID_ARG_TYPE('generator', ['number', ...kBufferTypes], generator);
  } else if (generator !== undefined) {
    generator = toBytes(generator, 'generator');
  }
  generator ||= 2;

  let handle;
  if (typeof sizeOrKey === 'number') {
    if (typeof generator !== 'number') throw new Error('Initialization failed');
    handle = binding.dhGenerate(sizeOrKey, generator);
  } else {
    handle = binding.dhFromPrime(toBytes(sizeOrKey, 'sizeOrKey', keyEncoding), generator);
  }
  this[kHandle] = handle;
  Object.defineProperty(this, 'verifyError', { value: binding.dhVerifyError(handle), enumerable: true });
}

function DiffieHellmanGroup(name) {
  if (!new.target) return new DiffieHellmanGroup(name);
  if (typeof name !== 'string') throw nativeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'Group name must be a string');
  const handle = binding.dhGroup(name);
  if (handle === undefined) throw nativeError(Error, 'ERR_CRYPTO_UNKNOWN_DH_GROUP', 'Unknown DH group');
  this[kHandle] = handle;
  Object.defineProperty(this, 'verifyError', { value: binding.dhVerifyError(handle), enumerable: true });
}

const dhMethods = {
  generateKeys(encoding) {
    return encode(binding.dhGenerateKeys(this[kHandle]), encoding);
  },
  computeSecret(key, inEnc, outEnc) {
    const peer = toBytes(key, 'key', inEnc);
    return encode(binding.dhComputeSecret(this[kHandle], peer), outEnc);
  },
  getPrime(encoding) {
    return encode(binding.dhGet(this[kHandle], DH_P), encoding);
  },
  getGenerator(encoding) {
    return encode(binding.dhGet(this[kHandle], DH_G), encoding);
  },
  getPublicKey(encoding) {
    return encode(binding.dhGet(this[kHandle], DH_PUB), encoding);
  },
  getPrivateKey(encoding) {
    return encode(binding.dhGet(this[kHandle], DH_PRIV), encoding);
  },
};

for (const [name, fn] of Object.entries(dhMethods)) {
  DiffieHellman.prototype[name] = fn;
  DiffieHellmanGroup.prototype[name] = fn;
}
DiffieHellman.prototype.setPublicKey = function setPublicKey(key, encoding) {
  binding.dhSet(this[kHandle], DH_PUB, toBytes(key, 'key', encoding));
  return this;
};
DiffieHellman.prototype.setPrivateKey = function setPrivateKey(key, encoding) {
  binding.dhSet(this[kHandle], DH_PRIV, toBytes(key, 'key', encoding));
  return this;
};

function createDiffieHellman(sizeOrKey, keyEncoding, generator, genEncoding) {
  return new DiffieHellman(sizeOrKey, keyEncoding, generator, genEncoding);
}

function createDiffieHellmanGroup(name) {
  return new DiffieHellmanGroup(name);
}

// ---- ECDH ----

function formatOf(format) {
  if (format === undefined || format === null || format === 'uncompressed') return 4;
  if (format === 'compressed') return 2;
  if (format === 'hybrid') return 6;
  throw new ERR_CRYPTO_ECDH_INVALID_FORMAT(format);
}

function ECDH(curve) {
  if (!new.target) return new ECDH(curve);
  validateString(curve, 'curve');
  this[kHandle] = binding.ecdhNew(curve);
}

ECDH.prototype.computeSecret = function computeSecret(key, inEnc, outEnc) {
  const peer = toBytes(key, 'key', inEnc);
  const secret = binding.ecdhComputeSecret(this[kHandle], peer);
  if (secret === null) throw new ERR_CRYPTO_ECDH_INVALID_PUBLIC_KEY();
  return encode(secret, outEnc);
};
ECDH.prototype.setPrivateKey = function setPrivateKey(key, encoding) {
  binding.ecdhSetPrivateKey(this[kHandle], toBytes(key, 'key', encoding));
  return this;
};
ECDH.prototype.setPublicKey = function setPublicKey(key, encoding) {
  binding.ecdhSetPublicKey(this[kHandle], toBytes(key, 'key', encoding));
  return this;
};
ECDH.prototype.getPrivateKey = function getPrivateKey(encoding) {
  return encode(binding.ecdhGetPrivateKey(this[kHandle]), encoding);
};
ECDH.prototype.generateKeys = function generateKeys(encoding, format) {
  binding.ecdhGenerateKeys(this[kHandle]);
  return this.getPublicKey(encoding, format);
};
ECDH.prototype.getPublicKey = function getPublicKey(encoding, format) {
  const f = formatOf(format);
  return encode(binding.ecdhGetPublicKey(this[kHandle], f), encoding);
};

ECDH.convertKey = function convertKey(key, curve, inEnc, outEnc, format) {
  validateString(curve, 'curve');
  const bytes = toBytes(key, 'key', inEnc);
  const f = formatOf(format);
  const out = binding.ecdhConvertKey(bytes, curve, f);
  if (out === null) throw nativeError(Error, 'ERR_CRYPTO_OPERATION_FAILED', 'Failed to convert Buffer to EC_POINT');
  return encode(out, outEnc);
};

function createECDH(curve) {
  return new ECDH(curve);
}

let curves;
function getCurves() {
  curves ??= binding.getCurves().sort();
  return curves.slice();
}

// ---- crypto.diffieHellman ----

const kAgreementTypes = ['dh', 'ec', 'x25519', 'x448'];

function diffieHellman(options) {
  validateObject(options, 'options');
  const { privateKey, publicKey } = options;
  if (!isKeyObject(privateKey)) throw new ERR_INVALID_ARG_VALUE('options.privateKey', privateKey);
  if (!isKeyObject(publicKey)) throw new ERR_INVALID_ARG_VALUE('options.publicKey', publicKey);
  if (privateKey.type !== 'private') throw new ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(privateKey.type, 'private');
  if (publicKey.type !== 'public' && publicKey.type !== 'private') {
    throw new ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(publicKey.type, 'private or public');
  }
  const a = privateKey.asymmetricKeyType;
  const b = publicKey.asymmetricKeyType;
  if (a !== b || !kAgreementTypes.includes(a)) {
    throw new ERR_CRYPTO_INCOMPATIBLE_KEY('key types for Diffie-Hellman', `${a} and ${b}`);
  }
  return new FastBuffer(binding.derive(getHandle(privateKey), getHandle(publicKey)));
}

module.exports = {
  DiffieHellman, DiffieHellmanGroup, ECDH, createDiffieHellman, createDiffieHellmanGroup,
  getDiffieHellman: createDiffieHellmanGroup, createECDH, getCurves, diffieHellman,
};
