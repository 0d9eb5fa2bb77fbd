'use strict';
// Web Crypto's secret-key algorithms: AES-CTR, AES-CBC, AES-GCM, AES-KW,
// HMAC, PBKDF2 and HKDF, over node:crypto's ciphers, HMACs and KDFs.

const { Buffer } = require('buffer');
const {
  codes: { ERR_INVALID_ARG_VALUE },
} = require('internal/errors');
const {
  algMismatch, checkJwk, checkUsages, createCryptoKey, dedupe, domError, hashBits, hashBlockBits,
  nodeHash, operationError, toArrayBuffer,
} = require('internal/crypto/webcrypto_key');

let nodeCrypto;
function lazyCrypto() {
  nodeCrypto ??= require('crypto');
  return nodeCrypto;
}

const kAesUsages = {
  'AES-CTR': ['encrypt', 'decrypt', 'wrapKey', 'unwrapKey'],
  'AES-CBC': ['encrypt', 'decrypt', 'wrapKey', 'unwrapKey'],
  'AES-GCM': ['encrypt', 'decrypt', 'wrapKey', 'unwrapKey'],
  'AES-KW': ['wrapKey', 'unwrapKey'],
};
const kAesJwkSuffix = { 'AES-CTR': 'CTR', 'AES-CBC': 'CBC', 'AES-GCM': 'GCM', 'AES-KW': 'KW' };

function secretKey(bytes) {
  return lazyCrypto().createSecretKey(bytes);
}

function keyBytes(state) {
  return state.keyObject.export();
}

// The bytes of a JWK "oct" key, after the checks all JWK imports share.
function jwkSecretBytes(jwk, use, usages, extractable, checkAlg = () => {}) {
  checkJwk(jwk, { kty: 'oct', use, usages, extractable });
  checkAlg();
  if (jwk.k === undefined) {
    throw domError('DataError', 'Invalid keyData', new TypeError('Invalid JWK secret key format'));
  }
  return Buffer.from(jwk.k, 'base64url');
}

function jwkSecret(state, alg) {
  return {
    key_ops: state.usages.slice(),
    ext: state.extractable,
    kty: 'oct',
    k: keyBytes(state).toString('base64url'),
    alg,
  };
}

// ---- AES ----

function aesGenerateKey(algorithm, extractable, usages) {
  const { name, length } = algorithm;
  if (length !== 128 && length !== 192 && length !== 256) {
    throw domError('OperationError', 'AES key length must be 128, 192, or 256 bits');
  }
  checkUsages(usages, kAesUsages[name], 'an', 'AES');
  const bytes = lazyCrypto().randomBytes(length >> 3);
  return createCryptoKey('secret', extractable, { name, length }, dedupe(usages), secretKey(bytes));
}

function aesImportKey(format, keyData, algorithm, extractable, usages) {
  const { name } = algorithm;
  checkUsages(usages, kAesUsages[name], 'an', 'AES');
  let bytes;
  if (format === 'raw') {
    bytes = keyData;
  } else if (format === 'jwk') {
    bytes = jwkSecretBytes(keyData, 'enc', usages, extractable);
  } else {
    throw domError('NotSupportedError', `Unable to import AES key with format ${format}`);
  }
  const length = bytes.length * 8;
  if (length !== 128 && length !== 192 && length !== 256) throw domError('DataError', 'Invalid key length');
  if (format === 'jwk' && keyData.alg !== undefined && keyData.alg !== `A${length}${kAesJwkSuffix[name]}`) {
    throw algMismatch();
  }
  return createCryptoKey('secret', extractable, { name, length }, dedupe(usages), secretKey(bytes));
}

function aesExportJwk(state) {
  return jwkSecret(state, `A${state.alg.length}${kAesJwkSuffix[state.alg.name]}`);
}

function cipherFailed(err) {
  return operationError(err);
}

// The parts in one new ArrayBuffer: the one copy of the output.
function joined(parts) {
  let size = 0;
  for (const p of parts) size += p.length;
  const out = new Uint8Array(size);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out.buffer;
}

function cipherParts(cipher, data) {
  return [cipher.update(data), cipher.final()];
}

function runCipher(cipher, data) {
  return joined(cipherParts(cipher, data));
}

function aesCbc(encrypt, algorithm, state, data) {
  if (algorithm.iv.length !== 16) throw domError('OperationError', 'algorithm.iv must contain exactly 16 bytes');
  const c = lazyCrypto();
  const cipherName = `aes-${state.alg.length}-cbc`;
  try {
    const cipher = encrypt ? c.createCipheriv(cipherName, keyBytes(state), algorithm.iv) :
      c.createDecipheriv(cipherName, keyBytes(state), algorithm.iv);
    return runCipher(cipher, data);
  } catch (err) {
    throw cipherFailed(err);
  }
}

// AES-CTR with Web Crypto's counter: only its low `length` bits count, and
// they wrap around without carrying into the rest of the block, where
// OpenSSL increments all 128 bits. So the data is cut where the counter
// wraps; reusing a counter value is refused.
function aesCtr(algorithm, state, data) {
  const { counter, length } = algorithm;
  if (counter.length !== 16) throw domError('OperationError', 'algorithm.counter must contain exactly 16 bytes');
  if (length === 0 || length > 128) {
    throw domError('OperationError', 'AES-CTR algorithm.length must be between 1 and 128');
  }
  const c = lazyCrypto();
  const cipherName = `aes-${state.alg.length}-ctr`;
  const key = keyBytes(state);
  const blocks = BigInt(Math.ceil(data.length / 16));
  const mask = (1n << BigInt(length)) - 1n;
  const counterValue = BigInt(`0x${Buffer.from(counter).toString('hex')}`);
  const low = counterValue & mask;
  if (blocks > mask + 1n) throw operationError(new Error('Cipher job failed'));
  const before = mask + 1n - low; // blocks left before the low bits wrap
  if (blocks <= before) {
    return runCipher(c.createCipheriv(cipherName, key, counter), data);
  }
  const split = Number(before) * 16;
  const restart = counterValue & ~mask;
  const restartBytes = Buffer.from(restart.toString(16).padStart(32, '0'), 'hex');
  const first = cipherParts(c.createCipheriv(cipherName, key, counter), data.subarray(0, split));
  const second = cipherParts(c.createCipheriv(cipherName, key, restartBytes), data.subarray(split));
  return joined([...first, ...second]);
}

const kGcmTagLengths = [32, 64, 96, 104, 112, 120, 128];

function aesGcm(encrypt, algorithm, state, data) {
  const { iv, additionalData, tagLength = 128 } = algorithm;
  if (!kGcmTagLengths.includes(tagLength)) {
    throw domError('OperationError', `${tagLength} is not a valid AES-GCM tag length`);
  }
  if (iv.length < 12 || iv.length > 128) throw operationError(new Error('Invalid initialization vector'));
  const c = lazyCrypto();
  const cipherName = `aes-${state.alg.length}-gcm`;
  const tagBytes = tagLength >> 3;
  if (encrypt) {
    try {
      const cipher = c.createCipheriv(cipherName, keyBytes(state), iv, { authTagLength: tagBytes });
      if (additionalData !== undefined) cipher.setAAD(additionalData);
      const parts = cipherParts(cipher, data);
      return joined([...parts, cipher.getAuthTag()]);
    } catch (err) {
      throw cipherFailed(err);
    }
  }
  if (data.length < tagBytes) throw domError('OperationError', 'The provided data is too small.');
  const body = data.subarray(0, data.length - tagBytes);
  const tag = data.subarray(data.length - tagBytes);
  try {
    const decipher = c.createDecipheriv(cipherName, keyBytes(state), iv, { authTagLength: tagBytes });
    if (additionalData !== undefined) decipher.setAAD(additionalData);
    decipher.setAuthTag(tag);
    return runCipher(decipher, body);
  } catch {
    // The cause Node gives, rather than OpenSSL's empty error queue.
    throw operationError(new Error('Cipher job failed'));
  }
}

function aesCipher(encrypt, algorithm, state, data) {
  switch (algorithm.name) {
    case 'AES-CBC': return aesCbc(encrypt, algorithm, state, data);
    case 'AES-CTR': return aesCtr(algorithm, state, data);
    case 'AES-GCM': return aesGcm(encrypt, algorithm, state, data);
  }
  throw new Error('unreachable');
}

// RFC 3394 key wrap, with its default initial value.
const kKwIv = Buffer.from('a6a6a6a6a6a6a6a6', 'hex');

function aesKw(wrap, state, data) {
  const c = lazyCrypto();
  const cipherName = `id-aes${state.alg.length}-wrap`;
  try {
    const cipher = wrap ? c.createCipheriv(cipherName, keyBytes(state), kKwIv) :
      c.createDecipheriv(cipherName, keyBytes(state), kKwIv);
    return runCipher(cipher, data);
  } catch (err) {
    throw cipherFailed(err);
  }
}

// The length `deriveKey` asks for an AES key.
function aesKeyLength(algorithm) {
  const { length } = algorithm;
  if (length !== 128 && length !== 192 && length !== 256) throw domError('OperationError', 'Invalid key length');
  return length;
}

// ---- HMAC ----

const kHmacUsages = ['sign', 'verify'];

function hmacGenerateKey(algorithm, extractable, usages) {
  const hash = algorithm.hash.name;
  let { length } = algorithm;
  if (length === undefined) {
    length = hashBlockBits(hash);
  } else if (length % 8 !== 0) {
    throw new ERR_INVALID_ARG_VALUE('algorithm.length', length, 'must be a multiple of 8');
  }
  checkUsages(usages, kHmacUsages, 'an', 'HMAC');
  if (length === 0) throw operationError();
  const bytes = lazyCrypto().randomBytes(length >> 3);
  return createCryptoKey('secret', extractable, { name: 'HMAC', length, hash: { name: hash } },
    dedupe(usages), secretKey(bytes));
}

function hmacImportKey(format, keyData, algorithm, extractable, usages) {
  const hash = algorithm.hash.name;
  checkUsages(usages, kHmacUsages, 'an', 'HMAC');
  let bytes;
  if (format === 'raw') {
    bytes = keyData;
  } else if (format === 'jwk') {
    bytes = jwkSecretBytes(keyData, 'sig', usages, extractable, () => {
      if (keyData.alg !== undefined && keyData.alg !== `HS${hashBits(hash) === 160 ? 1 : hashBits(hash)}`) {
        throw algMismatch();
      }
    });
  } else {
    // (Node 20 gives this DOMException no name: it reads "Error".)
    throw domError('Error', `Unable to import HMAC key with format ${format}`);
  }
  const bits = bytes.length * 8;
  let length = bits;
  // (Node checks the length of raw keys only: a JWK's is its "k"'s, even
  // empty.)
  if (format === 'raw') {
    length = algorithm.length ?? bits;
    if (length === 0) throw domError('DataError', 'Zero-length key is not supported');
    if (length !== bits) throw domError('DataError', 'Invalid key length');
  }
  return createCryptoKey('secret', extractable, { name: 'HMAC', hash: { name: hash }, length },
    dedupe(usages), secretKey(bytes));
}

function hmacExportJwk(state) {
  const bits = hashBits(state.alg.hash);
  return jwkSecret(state, `HS${bits === 160 ? 1 : bits}`);
}

function hmacSign(state, data) {
  const hmac = lazyCrypto().createHmac(nodeHash(state.alg.hash), keyBytes(state));
  return hmac.update(data).digest();
}

function hmacVerify(state, signature, data) {
  const expected = hmacSign(state, data);
  return expected.length === signature.length && lazyCrypto().timingSafeEqual(expected, signature);
}

function hmacKeyLength(algorithm) {
  if (algorithm.length !== undefined) return algorithm.length;
  return hashBlockBits(algorithm.hash.name);
}

// ---- PBKDF2 and HKDF ----

function kdfImportKey(format, keyData, algorithm, extractable, usages) {
  const { name } = algorithm;
  if (extractable) throw domError('SyntaxError', `${name} keys are not extractable`);
  checkUsages(usages, ['deriveKey', 'deriveBits'], 'a', name);
  if (format !== 'raw') throw domError('NotSupportedError', `Unable to import ${name} key with format ${format}`);
  return createCryptoKey('secret', false, { name }, dedupe(usages), secretKey(keyData));
}

function checkDeriveLength(length) {
  if (length === null) throw domError('OperationError', 'length cannot be null');
  if (length % 8 !== 0) throw domError('OperationError', 'length must be a multiple of 8');
}

function promiseOf(start) {
  return new Promise((resolve, reject) => {
    try {
      start((err, out) => (err ? reject(operationError(err)) : resolve(toArrayBuffer(new Uint8Array(out)))));
    } catch (err) {
      reject(operationError(err));
    }
  });
}

function pbkdf2DeriveBits(algorithm, state, length) {
  if (algorithm.iterations === 0) throw domError('OperationError', 'iterations cannot be zero');
  checkDeriveLength(length);
  if (length === 0) return new ArrayBuffer(0);
  return promiseOf((done) => lazyCrypto().pbkdf2(keyBytes(state), algorithm.salt, algorithm.iterations,
    length / 8, nodeHash(algorithm.hash.name), done));
}

function hkdfDeriveBits(algorithm, state, length) {
  checkDeriveLength(length);
  if (length === 0) return new ArrayBuffer(0);
  return promiseOf((done) => lazyCrypto().hkdf(nodeHash(algorithm.hash.name), keyBytes(state), algorithm.salt,
    algorithm.info, length / 8, done));
}

module.exports = {
  aesCipher,
  aesExportJwk,
  aesGenerateKey,
  aesImportKey,
  aesKeyLength,
  aesKw,
  hkdfDeriveBits,
  hmacExportJwk,
  hmacGenerateKey,
  hmacImportKey,
  hmacKeyLength,
  hmacSign,
  hmacVerify,
  kdfImportKey,
  keyBytes,
  pbkdf2DeriveBits,
};
