'use strict';
// KeyObject (secret, public, private) and createSecretKey/createPublicKey/
// createPrivateKey over internalBinding('crypto_keys'), which owns the key
// material (an EVP_PKEY or a secret's bytes) in a native handle. Also the
// key-argument parsing shared by sign/verify, publicEncrypt & co., key
// generation and Diffie-Hellman.

const binding = internalBinding('crypto_keys');
const { Buffer } = require('buffer');
const { FastBuffer, isAnyArrayBuffer } = require('internal/buffer');
const {
  codes: {
    ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS, ERR_CRYPTO_INVALID_JWK, ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE,
    ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE,
  },
} = require('internal/errors');
const { validateObject, validateOneOf } = require('internal/validators');
const { bytesOf, nativeError } = require('internal/crypto/util');

const kHandle = Symbol('kHandle');
const kKeyType = Symbol('kKeyType');
const kAsymmetricKeyType = Symbol('kAsymmetricKeyType');
const kAsymmetricKeyDetails = Symbol('kAsymmetricKeyDetails');

const kPublic = 1; // the binding's kinds (crypto_keys.h)
const kPrivate = 2;

const kBufferTypes = ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'];
const kKeyTypes = [...kBufferTypes, 'KeyObject', 'CryptoKey'];

class KeyObject {
  constructor(type, handle) {
    if (type !== 'secret' && type !== 'public' && type !== 'private') {
      throw new ERR_INVALID_ARG_VALUE('type', type);
    }
    if (typeof handle !== 'object' || handle === null) {
      throw new ERR_INVALID_ARG_TYPE('handle', 'object', handle);
    }
    this[kKeyType] = type;
    Object.defineProperty(this, kHandle, { value: handle, enumerable: false, configurable: false, writable: false });
  }

  get type() {
    return this[kKeyType];
  }

  static from(key) {
    webcryptoKey ??= require('internal/crypto/webcrypto_key');
    if (!webcryptoKey.isCryptoKey(key)) throw new ERR_INVALID_ARG_TYPE('key', 'CryptoKey', key);
    return webcryptoKey.getKeyObject(key);
  }

  equals(otherKeyObject) {
    if (!isKeyObject(otherKeyObject)) {
      throw new ERR_INVALID_ARG_TYPE('otherKeyObject', 'KeyObject', otherKeyObject);
    }
    return otherKeyObject.type === this.type &&
      binding.equals(this[kHandle], otherKeyObject[kHandle]);
  }
}
Object.defineProperty(KeyObject.prototype, Symbol.toStringTag, { value: 'KeyObject', configurable: true });

class SecretKeyObject extends KeyObject {
  constructor(handle) {
    super('secret', handle);
  }

  get symmetricKeySize() {
    return binding.secretSize(this[kHandle]);
  }

  export(options) {
    if (options !== undefined) {
      validateObject(options, 'options');
      validateOneOf(options.format, 'options.format', [undefined, 'buffer', 'jwk']);
      if (options.format === 'jwk') {
        return { kty: 'oct', k: new FastBuffer(binding.export(this[kHandle])).toString('base64url') };
      }
    }
    return new FastBuffer(binding.export(this[kHandle]));
  }
}

// Details as Node reports them: publicExponent as a BigInt.
function keyDetails(handle) {
  const d = binding.details(handle);
  if (d.publicExponent !== undefined) d.publicExponent = BigInt(`0x${d.publicExponent}`);
  return d;
}

class AsymmetricKeyObject extends KeyObject {
  get asymmetricKeyType() {
    if (this[kAsymmetricKeyType] === undefined) {
      Object.defineProperty(this, kAsymmetricKeyType, { value: binding.type(this[kHandle]), configurable: true });
    }
    return this[kAsymmetricKeyType];
  }

  get asymmetricKeyDetails() {
    if (this[kAsymmetricKeyDetails] === undefined) {
      Object.defineProperty(this, kAsymmetricKeyDetails, { value: keyDetails(this[kHandle]), configurable: true });
    }
    return this[kAsymmetricKeyDetails]; // the same object each time, as in Node
  }
}

class PublicKeyObject extends AsymmetricKeyObject {
  constructor(handle) {
    super('public', handle);
  }

  export(options) {
    validateObject(options, 'options');
    if (options.format === 'jwk') return exportJwk(this);
    const { format, type } = parseKeyEncoding(options, this.asymmetricKeyType, true, 'options');
    return encodeHandle(this[kHandle], format, type);
  }
}

class PrivateKeyObject extends AsymmetricKeyObject {
  constructor(handle) {
    super('private', handle);
  }

  export(options) {
    validateObject(options, 'options');
    if (options.format === 'jwk') {
      if (options.passphrase !== undefined) {
        throw new ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS('jwk', 'does not support encryption');
      }
      return exportJwk(this);
    }
    const enc = parseKeyEncoding(options, this.asymmetricKeyType, false, 'options');
    return encodeHandle(this[kHandle], enc.format, enc.type, enc.cipher, enc.passphrase);
  }
}

// node:crypto takes a CryptoKey wherever it takes a KeyObject: the one
// behind it (the same object every time, as KeyObject.from gives).
let webcryptoKey;
function keyObjectOf(value) {
  if (typeof value !== 'object' || value === null || isKeyObject(value)) return value;
  webcryptoKey ??= require('internal/crypto/webcrypto_key');
  return webcryptoKey.isCryptoKey(value) ? webcryptoKey.getKeyObject(value) : value;
}

function isKeyObject(v) {
  return v instanceof KeyObject;
}

function wrapHandle(type, handle) {
  if (type === 'public') return new PublicKeyObject(handle);
  if (type === 'private') return new PrivateKeyObject(handle);
  return new SecretKeyObject(handle);
}

function getHandle(keyObject) {
  return keyObject[kHandle];
}

// ---- encodings: { format, type, cipher, passphrase } ----

function toKeyBytes(value, encoding) {
  if (typeof value === 'string') return Buffer.from(value, encoding);
  if (ArrayBuffer.isView(value)) return value.BYTES_PER_ELEMENT === undefined ? bytesOf(value) : value;
  if (isAnyArrayBuffer(value)) return bytesOf(value);
  return undefined;
}

function passphraseBytes(passphrase, name) {
  if (passphrase === undefined || passphrase === null) return null;
  const bytes = toKeyBytes(passphrase, 'utf8');
  if (bytes === undefined) throw new ERR_INVALID_ARG_VALUE(name, passphrase);
  return bytes;
}

const kPublicTypes = ['pkcs1', 'spki'];
const kPrivateTypes = ['pkcs1', 'pkcs8', 'sec1'];

// The key types an encoding type applies to (the binding writes the rest).
function checkTypeForKey(type, keyType) {
  if (keyType === undefined) return;
  if (type === 'pkcs1' && keyType !== 'rsa') {
    throw new ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS(type, 'can only be used for RSA keys');
  }
  if (type === 'sec1' && keyType !== 'ec') {
    throw new ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS(type, 'can only be used for EC keys');
  }
}

// The output encoding of an export or a generated key: `prefix` names the
// options object in errors ('options', 'options.publicKeyEncoding').
function parseKeyEncoding(enc, keyType, isPublic, prefix) {
  const { format, type } = enc;
  if (format !== 'pem' && format !== 'der' && format !== 'jwk') {
    throw new ERR_INVALID_ARG_VALUE(`${prefix}.format`, format);
  }
  if (format === 'jwk') return { format };
  if (!(isPublic ? kPublicTypes : kPrivateTypes).includes(type)) {
    throw new ERR_INVALID_ARG_VALUE(`${prefix}.type`, type);
  }
  checkTypeForKey(type, keyType);
  if (isPublic) return { format, type };
  const { cipher, passphrase } = enc;
  if (cipher !== undefined) {
    if (typeof cipher !== 'string') throw new ERR_INVALID_ARG_VALUE(`${prefix}.cipher`, cipher);
    if (format === 'der' && (type === 'pkcs1' || type === 'sec1')) {
      throw new ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS(type, 'does not support encryption');
    }
    if (typeof passphrase !== 'string' && !ArrayBuffer.isView(passphrase) && !isAnyArrayBuffer(passphrase)) {
      throw new ERR_INVALID_ARG_VALUE(`${prefix}.passphrase`, passphrase);
    }
  } else if (passphrase !== undefined) {
    throw new ERR_INVALID_ARG_VALUE(`${prefix}.cipher`, cipher);
  }
  return { format, type, cipher, passphrase: passphraseBytes(passphrase, `${prefix}.passphrase`) };
}

function encodeHandle(handle, format, type, cipher = null, passphrase = null) {
  const out = binding.export(handle, format, type, cipher ?? null, passphrase);
  return format === 'pem' ? out : new FastBuffer(out);
}

// ---- JWK ----

const kJwkCurves = { prime256v1: 'P-256', secp256k1: 'secp256k1', secp384r1: 'P-384', secp521r1: 'P-521' };
const kJwkCurveNames = { 'P-256': 'prime256v1', 'secp256k1': 'secp256k1', 'P-384': 'secp384r1', 'P-521': 'secp521r1' };
const kOkp = { Ed25519: ['ED25519', 32], Ed448: ['ED448', 57], X25519: ['X25519', 32], X448: ['X448', 56] };
const kOkpNames = { ed25519: 'Ed25519', ed448: 'Ed448', x25519: 'X25519', x448: 'X448' };

const b64 = (ab) => new FastBuffer(ab).toString('base64url');

function exportJwk(key) {
  const parts = binding.jwkParts(key[kHandle]);
  const keyType = key.asymmetricKeyType;
  if (parts === undefined || keyType === 'rsa-pss') {
    throw nativeError(Error, 'ERR_CRYPTO_JWK_UNSUPPORTED_KEY_TYPE', 'Unsupported JWK Key Type.');
  }
  if (keyType === 'rsa') {
    const jwk = { kty: 'RSA' };
    for (const k of ['n', 'e', 'd', 'p', 'q', 'dp', 'dq', 'qi']) if (parts[k]) jwk[k] = b64(parts[k]);
    return jwk;
  }
  if (keyType === 'ec') {
    const crv = kJwkCurves[parts.crv];
    if (crv === undefined) {
      throw nativeError(Error, 'ERR_CRYPTO_JWK_UNSUPPORTED_CURVE', `Unsupported JWK EC curve: ${parts.crv}.`);
    }
    const jwk = { kty: 'EC', x: b64(parts.x), y: b64(parts.y), crv };
    if (parts.d) jwk.d = b64(parts.d);
    return jwk;
  }
  const jwk = { crv: kOkpNames[keyType] };
  if (parts.d) jwk.d = b64(parts.d);
  jwk.x = b64(parts.x);
  jwk.kty = 'OKP';
  return jwk;
}

function jwkString(jwk, name) {
  const v = jwk[name];
  if (typeof v !== 'string') throw new ERR_INVALID_ARG_TYPE(`key.${name}`, 'string', v);
  return Buffer.from(v, 'base64url');
}

// A handle from a JWK, as createPublicKey/createPrivateKey({ format: 'jwk' }).
function importJwk(jwk, isPublic) {
  validateObject(jwk, 'key.key');
  validateOneOf(jwk.kty, 'key.kty', ['RSA', 'EC', 'OKP']);
  const kind = isPublic ? kPublic : kPrivate;
  const parts = {};
  if (jwk.kty === 'RSA') {
    const names = isPublic ? ['n', 'e'] : ['n', 'e', 'd', 'p', 'q', 'dp', 'dq', 'qi'];
    for (const n of names) parts[n] = jwkString(jwk, n);
    const handle = binding.jwkImport(kind, 'RSA', null, parts);
    if (handle === null) throw nativeError(TypeError, 'ERR_CRYPTO_INVALID_JWK', 'Invalid JWK RSA key');
    return handle;
  }
  if (jwk.kty === 'EC') {
    validateOneOf(jwk.crv, 'key.crv', ['P-256', 'secp256k1', 'P-384', 'P-521']);
    parts.x = jwkString(jwk, 'x');
    parts.y = jwkString(jwk, 'y');
    if (!isPublic) parts.d = jwkString(jwk, 'd');
    const handle = binding.jwkImport(kind, 'EC', kJwkCurveNames[jwk.crv], parts);
    if (handle === null) throw nativeError(TypeError, 'ERR_CRYPTO_INVALID_JWK', 'Invalid JWK EC key');
    return handle;
  }
  validateOneOf(jwk.crv, 'key.crv', ['Ed25519', 'Ed448', 'X25519', 'X448']);
  const [alg, size] = kOkp[jwk.crv];
  parts.x = jwkString(jwk, 'x');
  if (!isPublic) parts.d = jwkString(jwk, 'd');
  const raw = isPublic ? parts.x : parts.d;
  const handle = raw.length === size ? binding.jwkImport(kind, 'OKP', alg, parts) : null;
  if (handle === null) throw new ERR_CRYPTO_INVALID_JWK();
  return handle;
}

// ---- key arguments ----

// The parts of a key argument: `data` (bytes) with its format, type and
// passphrase, a KeyObject, or a JWK. `kind` is kPublic when a public key is
// wanted (which a private key also provides), else kPrivate;
// `allowKeyObject` is false for createPrivateKey, the one API that takes
// no KeyObject.
function keyInput(key, name, kind, allowKeyObject) {
  const expected = allowKeyObject ? kKeyTypes : kBufferTypes;
  key = keyObjectOf(key);
  if (isKeyObject(key)) {
    if (!allowKeyObject) throw new ERR_INVALID_ARG_TYPE(name, expected, key);
    return { keyObject: key };
  }
  let data = toKeyBytes(key, 'utf8');
  if (data !== undefined) return { data, format: 'pem' };
  if (typeof key !== 'object' || key === null) throw new ERR_INVALID_ARG_TYPE(name, expected, key);

  const { format, type, encoding, passphrase } = key;
  const inner = keyObjectOf(key.key);
  if (format === 'jwk') return { jwk: inner, options: key };
  if (isKeyObject(inner)) {
    // (Node names the argument itself here, not its `key` property.)
    if (!allowKeyObject) throw new ERR_INVALID_ARG_TYPE(name, expected, inner);
    return { keyObject: inner, options: key };
  }
  data = toKeyBytes(inner, typeof encoding === 'string' && Buffer.isEncoding(encoding) ? encoding : 'utf8');
  if (data === undefined) throw new ERR_INVALID_ARG_TYPE(`${name}.key`, allowKeyObject ? kKeyTypes : kBufferTypes, inner);
  if (format !== undefined && format !== 'pem' && format !== 'der') {
    throw new ERR_INVALID_ARG_VALUE('options.format', format);
  }
  const types = kind === kPublic ? ['pkcs1', 'spki', 'pkcs8', 'sec1'] : kPrivateTypes;
  if ((format === 'der' || type !== undefined) && !types.includes(type)) {
    throw new ERR_INVALID_ARG_VALUE('options.type', type);
  }
  return {
    data, format: format ?? 'pem', type, options: key,
    passphrase: passphraseBytes(passphrase, 'options.passphrase'),
  };
}

function parseInput(input, kind) {
  if (input.jwk !== undefined) return importJwk(input.jwk, kind === kPublic);
  return binding.parse(kind, input.data, input.format, input.type ?? null, input.passphrase ?? null);
}

function createSecretKey(key, encoding) {
  let bytes;
  if (typeof key === 'string') bytes = Buffer.from(key, encoding);
  else bytes = toKeyBytes(key);
  if (bytes === undefined) {
    throw new ERR_INVALID_ARG_TYPE('key', ['ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], key);
  }
  return new SecretKeyObject(binding.createSecret(bytes));
}

function createPublicKey(key) {
  const input = keyInput(key, 'key', kPublic, true);
  if (input.keyObject !== undefined) {
    const k = input.keyObject;
    if (k.type !== 'private') throw new ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(k.type, 'private');
    return new PublicKeyObject(binding.toPublic(k[kHandle]));
  }
  if (input.jwk !== undefined && (typeof input.jwk !== 'object' || input.jwk === null)) {
    throw new ERR_INVALID_ARG_TYPE('key.key', 'object', input.jwk);
  }
  return new PublicKeyObject(parseInput(input, kPublic));
}

function createPrivateKey(key) {
  const input = keyInput(key, 'key', kPrivate, false);
  return new PrivateKeyObject(parseInput(input, kPrivate));
}

// A private key for sign(), privateDecrypt(), diffieHellman(): returns
// { handle, keyType, options } (options: the object given, or {}).
function preparePrivateKey(key, name = 'key') {
  return privateKeyLater(key, name).parse();
}

// A public key, or a private key used for its public half (verify,
// publicEncrypt, publicDecrypt).
function preparePublicOrPrivateKey(key, name = 'key') {
  return publicOrPrivateKeyLater(key, name).parse();
}

// The same checked for its shape only: { options, parse() }, parse()
// giving what the above give. For calls that, as node's, check their
// other arguments before the key's text is parsed.
function privateKeyLater(key, name = 'key') {
  const input = keyInput(key, name, kPrivate, true);
  if (input.keyObject !== undefined) {
    const k = input.keyObject;
    if (k.type !== 'private') throw new ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(k.type, 'private');
  }
  return later(input, kPrivate);
}

function publicOrPrivateKeyLater(key, name = 'key') {
  const input = keyInput(key, name, kPublic, true);
  if (input.keyObject !== undefined) {
    const k = input.keyObject;
    if (k.type === 'secret') throw new ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(k.type, 'private or public');
  }
  return later(input, kPublic);
}

function later(input, kind) {
  const options = input.options ?? {};
  const k = input.keyObject;
  if (k !== undefined) return { options, parse: () => ({ handle: k[kHandle], keyType: k.asymmetricKeyType, options }) };
  return {
    options,
    parse() {
      const handle = parseInput(input, kind);
      return { handle, keyType: binding.type(handle), options };
    },
  };
}

module.exports = {
  KeyObject,
  SecretKeyObject,
  PublicKeyObject,
  PrivateKeyObject,
  AsymmetricKeyObject,
  createSecretKey,
  createPublicKey,
  createPrivateKey,
  isKeyObject,
  keyObjectOf,
  wrapHandle,
  getHandle,
  parseKeyEncoding,
  encodeHandle,
  exportJwk,
  preparePrivateKey,
  preparePublicOrPrivateKey,
  privateKeyLater,
  publicOrPrivateKeyLater,
  kHandle,
};
