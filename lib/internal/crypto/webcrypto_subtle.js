'use strict';
// SubtleCrypto: crypto.subtle. Each method converts its arguments (WebIDL),
// normalizes the algorithm, checks the key against it, and hands the work
// to the algorithm's module (webcrypto_secret.js, webcrypto_asym.js). Every
// method is async: errors reject the promise it returns.

const { Buffer } = require('buffer');
const {
  codes: { ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_THIS },
} = require('internal/errors');
const {
  argContext, checkArgs, normalizeAlgorithm, toBufferSource, toCryptoKey, toJsonWebKey, toKeyFormat,
  toKeyUsages,
} = require('internal/crypto/webcrypto_idl');
const {
  CryptoKey, domError, keyState, nodeHash, toArrayBuffer,
} = require('internal/crypto/webcrypto_key');
const secret = require('internal/crypto/webcrypto_secret');
const asym = require('internal/crypto/webcrypto_asym');

let instance;

function checkThis(self) {
  if (self !== instance) throw new ERR_INVALID_THIS('SubtleCrypto');
}

const isAes = (name) => name.startsWith('AES-');

// ---- the steps the methods share (wrapKey/unwrapKey/deriveKey reuse them) ----

function importKeyChecked(format, keyData, algorithm, extractable, usages) {
  const { name } = algorithm;
  let key;
  if (isAes(name)) {
    key = secret.aesImportKey(format, keyData, algorithm, extractable, usages);
  } else if (name === 'HMAC') {
    key = secret.hmacImportKey(format, keyData, algorithm, extractable, usages);
  } else if (name === 'PBKDF2' || name === 'HKDF') {
    key = secret.kdfImportKey(format, keyData, algorithm, extractable, usages);
  } else {
    key = asym.importKey(format, keyData, algorithm, extractable, usages);
  }
  const { type } = keyState(key);
  if ((type === 'secret' || type === 'private') && usages.length === 0) {
    throw domError('SyntaxError', `Usages cannot be empty when importing a ${type} key.`);
  }
  return key;
}

function exportKeyChecked(format, key) {
  const state = keyState(key);
  // (Node's name for this one, not a standard DOMException name.)
  if (!state.extractable) throw domError('InvalidAccessException', 'key is not extractable');
  const { name } = state.alg;
  let out;
  if (isAes(name) || name === 'HMAC') {
    if (format === 'raw') out = toArrayBuffer(secret.keyBytes(state));
    else if (format === 'jwk') out = isAes(name) ? secret.aesExportJwk(state) : secret.hmacExportJwk(state);
  } else if (name !== 'PBKDF2' && name !== 'HKDF') {
    out = asym.exportKey(format, state);
  }
  if (out === undefined) {
    throw domError('InvalidAccessError',
      `Unable to export a ${format === 'pkcs8' ? 'pkcs8' : 'raw'} ${name} ${state.type} key`);
  }
  return out;
}

function checkKeyFor(algorithm, state, usage) {
  if (algorithm.name !== state.alg.name || !state.usageSet.has(usage)) {
    throw domError('InvalidAccessError', 'The requested operation is not valid for the provided key');
  }
}

function cipher(encrypt, algorithm, state, data) {
  if (algorithm.name === 'RSA-OAEP') return asym.rsaOaep(encrypt, algorithm, state, data);
  return secret.aesCipher(encrypt, algorithm, state, data);
}

function deriveBitsChecked(algorithm, state, length) {
  switch (algorithm.name) {
    case 'PBKDF2': return secret.pbkdf2DeriveBits(algorithm, state, length);
    case 'HKDF': return secret.hkdfDeriveBits(algorithm, state, length);
    default:
      return asym.deriveBits(algorithm, state, length);
  }
}

function checkDeriveKey(algorithm, state, usage) {
  if (!state.usageSet.has(usage)) throw domError('InvalidAccessError', `baseKey does not have ${usage} usage`);
  if (algorithm.name !== state.alg.name) throw domError('InvalidAccessError', 'Key algorithm mismatch');
}

// The wrap/unwrap algorithm: a key-wrapping one, else any cipher.
function normalizeWrap(algorithm, op, fallback) {
  try {
    return normalizeAlgorithm(algorithm, op);
  } catch (err) {
    if (err?.name !== 'NotSupportedError') throw err;
    return normalizeAlgorithm(algorithm, fallback);
  }
}

function optionalLength(length) {
  if (length === undefined || length === null) return null;
  const n = Number(length);
  return Number.isNaN(n) ? 0 : n;
}

class SubtleCrypto {
  constructor() {
    throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  async encrypt(algorithm, key, data) {
    checkThis(this);
    checkArgs('encrypt', 3, arguments.length);
    key = toCryptoKey(key, argContext('encrypt', 1));
    data = toBufferSource(data, argContext('encrypt', 2));
    const alg = normalizeAlgorithm(algorithm, 'encrypt');
    const state = keyState(key);
    checkKeyFor(alg, state, 'encrypt');
    return cipher(true, alg, state, data);
  }

  async decrypt(algorithm, key, data) {
    checkThis(this);
    checkArgs('decrypt', 3, arguments.length);
    key = toCryptoKey(key, argContext('decrypt', 1));
    data = toBufferSource(data, argContext('decrypt', 2));
    const alg = normalizeAlgorithm(algorithm, 'decrypt');
    const state = keyState(key);
    checkKeyFor(alg, state, 'decrypt');
    return cipher(false, alg, state, data);
  }

  async sign(algorithm, key, data) {
    checkThis(this);
    checkArgs('sign', 3, arguments.length);
    key = toCryptoKey(key, argContext('sign', 1));
    data = toBufferSource(data, argContext('sign', 2));
    const alg = normalizeAlgorithm(algorithm, 'sign');
    const state = keyState(key);
    if (alg.name !== state.alg.name || !state.usageSet.has('sign')) {
      throw domError('InvalidAccessError', 'Unable to use this key to sign');
    }
    if (alg.name === 'HMAC') return toArrayBuffer(secret.hmacSign(state, data));
    checkEd448Context(alg);
    return asym.sign(alg, state, data);
  }

  async verify(algorithm, key, signature, data) {
    checkThis(this);
    checkArgs('verify', 4, arguments.length);
    key = toCryptoKey(key, argContext('verify', 1));
    signature = toBufferSource(signature, argContext('verify', 2));
    data = toBufferSource(data, argContext('verify', 3));
    const alg = normalizeAlgorithm(algorithm, 'verify');
    const state = keyState(key);
    if (alg.name !== state.alg.name || !state.usageSet.has('verify')) {
      throw domError('InvalidAccessError', 'Unable to use this key to verify');
    }
    if (alg.name === 'HMAC') return secret.hmacVerify(state, signature, data);
    checkEd448Context(alg);
    return asym.verify(alg, state, signature, data);
  }

  async digest(algorithm, data) {
    checkThis(this);
    checkArgs('digest', 2, arguments.length);
    data = toBufferSource(data, argContext('digest', 1));
    const alg = normalizeAlgorithm(algorithm, 'digest');
    return toArrayBuffer(lazyCrypto().createHash(nodeHash(alg.name)).update(data).digest());
  }

  async generateKey(algorithm, extractable, keyUsages) {
    checkThis(this);
    checkArgs('generateKey', 3, arguments.length);
    extractable = !!extractable;
    const usages = toKeyUsages(keyUsages, 'generateKey', 2);
    const alg = normalizeAlgorithm(algorithm, 'generateKey');
    const { name } = alg;
    let result;
    if (isAes(name)) result = secret.aesGenerateKey(alg, extractable, usages);
    else if (name === 'HMAC') result = secret.hmacGenerateKey(alg, extractable, usages);
    else result = await asym.generateKey(alg, extractable, usages);
    const key = result.privateKey ?? result;
    if (keyState(key).usages.length === 0) {
      throw domError('SyntaxError', 'Usages cannot be empty when creating a key.');
    }
    return result;
  }

  async deriveKey(algorithm, baseKey, derivedKeyType, extractable, keyUsages) {
    checkThis(this);
    checkArgs('deriveKey', 5, arguments.length);
    baseKey = toCryptoKey(baseKey, argContext('deriveKey', 1));
    extractable = !!extractable;
    const usages = toKeyUsages(keyUsages, 'deriveKey', 4);
    const alg = normalizeAlgorithm(algorithm, 'deriveBits');
    const importAlg = normalizeAlgorithm(derivedKeyType, 'importKey');
    const lengthAlg = normalizeAlgorithm(derivedKeyType, 'get key length');
    const state = keyState(baseKey);
    checkDeriveKey(alg, state, 'deriveKey');
    let length = null;
    if (isAes(lengthAlg.name)) length = secret.aesKeyLength(lengthAlg);
    else if (lengthAlg.name === 'HMAC') length = secret.hmacKeyLength(lengthAlg);
    const bits = await deriveBitsChecked(alg, state, length);
    return importKeyChecked('raw', new Uint8Array(bits), importAlg, extractable, usages);
  }

  async deriveBits(algorithm, baseKey, length = null) {
    checkThis(this);
    checkArgs('deriveBits', 2, arguments.length);
    baseKey = toCryptoKey(baseKey, argContext('deriveBits', 1));
    length = optionalLength(length);
    const alg = normalizeAlgorithm(algorithm, 'deriveBits');
    const state = keyState(baseKey);
    checkDeriveKey(alg, state, 'deriveBits');
    return deriveBitsChecked(alg, state, length);
  }

  async importKey(format, keyData, algorithm, extractable, keyUsages) {
    checkThis(this);
    checkArgs('importKey', 4, arguments.length);
    format = toKeyFormat(format, 'importKey', 0);
    keyData = format === 'jwk' ? toJsonWebKey(keyData, 'importKey', 1) :
      toBufferSource(keyData, argContext('importKey', 1));
    extractable = !!extractable;
    const usages = toKeyUsages(keyUsages, 'importKey', 4);
    const alg = normalizeAlgorithm(algorithm, 'importKey');
    return importKeyChecked(format, keyData, alg, extractable, usages);
  }

  async exportKey(format, key) {
    checkThis(this);
    checkArgs('exportKey', 2, arguments.length);
    format = toKeyFormat(format, 'exportKey', 0);
    key = toCryptoKey(key, argContext('exportKey', 1));
    return exportKeyChecked(format, key);
  }

  async wrapKey(format, key, wrappingKey, wrapAlgorithm) {
    checkThis(this);
    checkArgs('wrapKey', 4, arguments.length);
    format = toKeyFormat(format, 'wrapKey', 0);
    key = toCryptoKey(key, argContext('wrapKey', 1));
    wrappingKey = toCryptoKey(wrappingKey, argContext('wrapKey', 2));
    const alg = normalizeWrap(wrapAlgorithm, 'wrapKey', 'encrypt');
    // (Node exports the key before it looks at the wrapping key.)
    const exported = exportKeyChecked(format, key);
    const state = keyState(wrappingKey);
    checkKeyFor(alg, state, 'wrapKey');
    let bytes;
    if (format === 'jwk') {
      let json = JSON.stringify(exported);
      // AES-KW takes whole 64-bit blocks: pad the JSON text with spaces.
      if (alg.name === 'AES-KW' && json.length % 8 !== 0) json += ' '.repeat(8 - (json.length % 8));
      bytes = Buffer.from(json, 'utf8');
    } else {
      bytes = new Uint8Array(exported);
    }
    if (alg.name === 'AES-KW') return secret.aesKw(true, state, bytes);
    return cipher(true, alg, state, bytes);
  }

  async unwrapKey(format, wrappedKey, unwrappingKey, unwrapAlgorithm, unwrappedKeyAlgorithm, extractable,
    keyUsages) {
    checkThis(this);
    checkArgs('unwrapKey', 7, arguments.length);
    format = toKeyFormat(format, 'unwrapKey', 0);
    wrappedKey = toBufferSource(wrappedKey, argContext('unwrapKey', 1));
    unwrappingKey = toCryptoKey(unwrappingKey, argContext('unwrapKey', 2));
    extractable = !!extractable;
    const usages = toKeyUsages(keyUsages, 'unwrapKey', 6);
    const alg = normalizeWrap(unwrapAlgorithm, 'unwrapKey', 'decrypt');
    const state = keyState(unwrappingKey);
    checkKeyFor(alg, state, 'unwrapKey');
    const importAlg = normalizeAlgorithm(unwrappedKeyAlgorithm, 'importKey');
    const bytes = alg.name === 'AES-KW' ? secret.aesKw(false, state, wrappedKey) :
      cipher(false, alg, state, wrappedKey);
    let keyData;
    if (format === 'jwk') {
      let parsed;
      try {
        parsed = JSON.parse(Buffer.from(bytes).toString('utf8'));
      } catch {
        throw domError('DataError', 'Invalid wrapped JWK key');
      }
      keyData = toJsonWebKey(parsed, 'importKey', 1);
    } else {
      keyData = new Uint8Array(bytes);
    }
    return importKeyChecked(format, keyData, importAlg, extractable, usages);
  }
}

// WebIDL operations are enumerable.
for (const name of Object.getOwnPropertyNames(SubtleCrypto.prototype)) {
  if (name !== 'constructor') Object.defineProperty(SubtleCrypto.prototype, name, { enumerable: true });
}
Object.defineProperty(SubtleCrypto.prototype, Symbol.toStringTag, { value: 'SubtleCrypto', configurable: true });

// Ed448 signatures with a context string are not offered (as in Node 20).
function checkEd448Context(algorithm) {
  if (algorithm.context !== undefined && algorithm.context.length !== 0) {
    throw domError('NotSupportedError', 'Non zero-length context is not yet supported.');
  }
}

let nodeCrypto;
function lazyCrypto() {
  nodeCrypto ??= require('crypto');
  return nodeCrypto;
}

instance = Object.create(SubtleCrypto.prototype);

module.exports = { CryptoKey, SubtleCrypto, subtle: instance };
