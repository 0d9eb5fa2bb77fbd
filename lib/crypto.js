'use strict';
// node:crypto on OpenSSL's libcrypto: hashes and HMACs, random numbers,
// KDFs, ciphers, keys, signatures, RSA encryption, Diffie-Hellman/ECDH,
// X509Certificate and Certificate (SPKAC), primes, webcrypto, FIPS mode and
// engines. The export object is built in node's key order; members loaded
// later (see the end of this file) first hold placeholders that are
// replaced in place.

const {
  codes: {
    ERR_CRYPTO_CUSTOM_ENGINE_NOT_SUPPORTED, ERR_CRYPTO_ENGINE_UNKNOWN, ERR_CRYPTO_FIPS_UNAVAILABLE, ERR_NOT_IMPLEMENTED,
  },
} = require('internal/errors');
const { validateNumber, validateString } = require('internal/validators');
const { Hash, Hmac, hash, getHashes } = require('internal/crypto/hash');
const { bytesOf } = require('internal/crypto/util');
const {
  randomBytes, randomFill, randomFillSync, randomInt, randomUUID,
} = require('internal/crypto/random');
const { crypto: webcrypto } = require('internal/crypto/webcrypto');
const { pbkdf2, pbkdf2Sync, scrypt, scryptSync } = require('internal/crypto/kdf');
const { isAnyArrayBuffer } = require('internal/buffer');
const { Certificate } = require('internal/crypto/certificate');

const binding = internalBinding('crypto_hash');

function notImplemented(name) {
  // Named after the member, so stacks and `fn.name` read as in Node; a plain
  // function, so that `new` on a class name reports the same error.
  return { [name]: function() { throw new ERR_NOT_IMPLEMENTED(`crypto.${name}()`); } }[name];
}

function createHash(algorithm, options) {
  return new Hash(algorithm, options);
}

function createHmac(hmac, key, options) {
  return new Hmac(hmac, key, options);
}

// A typed array's or ArrayBuffer's bytes (a view), or Node's error.
function timingSafeBytes(b, name) {
  if (ArrayBuffer.isView(b)) return b.BYTES_PER_ELEMENT === undefined ? bytesOf(b) : b;
  if (isAnyArrayBuffer(b)) return bytesOf(b);
  // Node throws this one from C++: a fixed text, no "Received" part.
  const err = new TypeError(`The "${name}" argument must be an instance of ArrayBuffer, Buffer, TypedArray, or DataView.`);
  err.code = 'ERR_INVALID_ARG_TYPE';
  throw err;
}

// Declared without parameters: Node's (native) function has length 0.
function timingSafeEqual() {
  const a = timingSafeBytes(arguments[0], 'buf1');
  const b = timingSafeBytes(arguments[1], 'buf2');
  // Short byte arrays (a MAC, a token) are compared here, which saves the
  // call into C: every byte is read whatever the bytes are, no early exit.
  const n = a.byteLength;
  if (n === b.byteLength && n <= 64 && a.BYTES_PER_ELEMENT === 1 && b.BYTES_PER_ELEMENT === 1) {
    let diff = 0;
    for (let i = 0; i < n; i++) diff |= (a[i] ^ b[i]) & 0xff;
    return diff === 0;
  }
  return binding.timingSafeEqual(a, b);
}

function getRandomValues(array) {
  return webcrypto.getRandomValues(array);
}

const engine = internalBinding('crypto_engine');

function getFips() {
  return engine.getFips();
}

// FIPS mode needs OpenSSL's FIPS provider: without one (Debian ships none)
// turning it on would leave no algorithm at all, so it is refused.
function setFips(on) {
  if (!engine.setFips(on)) throw new ERR_CRYPTO_FIPS_UNAVAILABLE();
}

function setEngine(id, flags) {
  validateString(id, 'id');
  if (flags) validateNumber(flags, 'flags');
  flags >>>= 0;
  if (flags === 0) flags = binding.constants.ENGINE_METHOD_ALL;
  const done = engine.setEngine(id, flags);
  if (done === undefined) throw new ERR_CRYPTO_CUSTOM_ENGINE_NOT_SUPPORTED();
  if (!done) throw new ERR_CRYPTO_ENGINE_UNKNOWN(id);
}

// lode starts no OpenSSL secure heap (node's --secure-heap): nothing in use.
function secureHeapUsed() {
  return { total: 0, used: 0, utilization: 0, min: 0 };
}

const constants = Object.create(null);
for (const [name, value] of Object.entries(binding.constants)) {
  // node's order: the cipher list comes before the TLS versions
  if (name === 'TLS1_VERSION') {
    Object.defineProperty(constants, 'defaultCoreCipherList', {
      value: require('internal/crypto/cipher_list').DEFAULT_CIPHERS, writable: false, enumerable: true, configurable: false,
    });
  }
  Object.defineProperty(constants, name, { value, writable: false, enumerable: true, configurable: false });
}
// Settable, as node's (--tls-cipher-list sets it there); tls keeps its own default.
let defaultCipherList = constants.defaultCoreCipherList;
Object.defineProperty(constants, 'defaultCipherList', {
  get() { return defaultCipherList; },
  set(value) { defaultCipherList = value; },
  enumerable: true,
  configurable: true,
});

const stubs = (names) => Object.fromEntries(names.map((n) => [n, notImplemented(n)]));

module.exports = {
  ...stubs(['checkPrime', 'checkPrimeSync', 'createCipheriv', 'createDecipheriv',
    'createDiffieHellman', 'createDiffieHellmanGroup', 'createECDH']),
  createHash,
  createHmac,
  ...stubs(['createPrivateKey', 'createPublicKey', 'createSecretKey', 'createSign', 'createVerify',
    'diffieHellman', 'generatePrime', 'generatePrimeSync', 'getCiphers', 'getCipherInfo',
    'getCurves', 'getDiffieHellman']),
  getHashes,
  ...stubs(['hkdf', 'hkdfSync']),
  pbkdf2,
  pbkdf2Sync,
  ...stubs(['generateKeyPair', 'generateKeyPairSync',
    'generateKey', 'generateKeySync', 'privateDecrypt', 'privateEncrypt', 'publicDecrypt',
    'publicEncrypt']),
  randomBytes,
  randomFill,
  randomFillSync,
  randomInt,
  randomUUID,
  scrypt,
  scryptSync,
  ...stubs(['sign']),
  setEngine,
  timingSafeEqual,
  getFips,
  setFips,
  ...stubs(['verify']),
  hash,
  Certificate,
  ...stubs(['Cipher', 'Cipheriv', 'Decipher', 'Decipheriv', 'DiffieHellman',
    'DiffieHellmanGroup', 'ECDH']),
  Hash,
  Hmac,
  ...stubs(['KeyObject', 'Sign', 'Verify', 'X509Certificate']),
  secureHeapUsed,
  constants,
  webcrypto,
  get subtle() { return webcrypto.subtle; },
  getRandomValues,
};

// Keys, signatures, RSA encryption, key agreement and certificates: loaded
// on first use (most programs that require crypto only hash), each getter
// then replacing itself by the value in place, so the export order stays
// Node's.
let asymmetric;
function loadAsymmetric() {
  if (asymmetric !== undefined) return asymmetric;
  const keys = require('internal/crypto/keys');
  const { generateKey, generateKeySync, generateKeyPair, generateKeyPairSync } = require('internal/crypto/keygen');
  const { Sign, Verify, signOneShot, verifyOneShot } = require('internal/crypto/sig');
  const pkeyCipher = require('internal/crypto/pkey_cipher');
  const dh = require('internal/crypto/diffiehellman');
  const { X509Certificate } = require('internal/crypto/x509');
  asymmetric = {
    createDiffieHellman: dh.createDiffieHellman,
    createDiffieHellmanGroup: dh.createDiffieHellmanGroup,
    createECDH: dh.createECDH,
    createPrivateKey: keys.createPrivateKey,
    createPublicKey: keys.createPublicKey,
    createSecretKey: keys.createSecretKey,
    createSign: function createSign(algorithm, options) { return new Sign(algorithm, options); },
    createVerify: function createVerify(algorithm, options) { return new Verify(algorithm, options); },
    diffieHellman: dh.diffieHellman,
    getCurves: dh.getCurves,
    getDiffieHellman: dh.getDiffieHellman,
    generateKey,
    generateKeySync,
    generateKeyPair,
    generateKeyPairSync,
    privateDecrypt: pkeyCipher.privateDecrypt,
    privateEncrypt: pkeyCipher.privateEncrypt,
    publicDecrypt: pkeyCipher.publicDecrypt,
    publicEncrypt: pkeyCipher.publicEncrypt,
    sign: signOneShot,
    verify: verifyOneShot,
    DiffieHellman: dh.DiffieHellman,
    DiffieHellmanGroup: dh.DiffieHellmanGroup,
    ECDH: dh.ECDH,
    KeyObject: keys.KeyObject,
    Sign,
    Verify,
    X509Certificate,
  };
  return asymmetric;
}
for (const name of ['createDiffieHellman', 'createDiffieHellmanGroup', 'createECDH', 'createPrivateKey',
  'createPublicKey', 'createSecretKey', 'createSign', 'createVerify', 'diffieHellman', 'getCurves',
  'getDiffieHellman', 'generateKey', 'generateKeySync', 'generateKeyPair', 'generateKeyPairSync',
  'privateDecrypt', 'privateEncrypt', 'publicDecrypt', 'publicEncrypt', 'sign', 'verify',
  'DiffieHellman', 'DiffieHellmanGroup', 'ECDH', 'KeyObject', 'Sign', 'Verify', 'X509Certificate']) {
  const settle = (value) => {
    Object.defineProperty(module.exports, name, { value, writable: true, enumerable: true, configurable: true });
    return value;
  };
  Object.defineProperty(module.exports, name, {
    get() { return settle(loadAsymmetric()[name]); },
    set: settle,
    enumerable: true,
    configurable: true,
  });
}

// Deprecated names, not enumerable (as in Node).
Object.defineProperties(module.exports, {
  createCipher: { value: notImplemented('createCipher'), writable: true, configurable: true },
  createDecipher: { value: notImplemented('createDecipher'), writable: true, configurable: true },
  fips: { get: getFips, set: setFips, configurable: false },
  prng: { value: randomBytes, writable: true, configurable: true },
  pseudoRandomBytes: { value: randomBytes, writable: true, configurable: true },
  rng: { value: randomBytes, writable: true, configurable: true },
});

// Ciphers, hkdf and primes replace their stubs in place, so the export
// order stays Node's; the deprecated password-based ciphers too (which
// stay non-enumerable).
{
  const cipher = require('internal/crypto/cipher');
  const { hkdf, hkdfSync } = require('internal/crypto/hkdf');
  const prime = require('internal/crypto/prime');
  Object.assign(module.exports, {
    checkPrime: prime.checkPrime,
    checkPrimeSync: prime.checkPrimeSync,
    createCipheriv: cipher.createCipheriv,
    createDecipheriv: cipher.createDecipheriv,
    generatePrime: prime.generatePrime,
    generatePrimeSync: prime.generatePrimeSync,
    getCiphers: cipher.getCiphers,
    getCipherInfo: cipher.getCipherInfo,
    hkdf,
    hkdfSync,
    Cipher: cipher.Cipher,
    Cipheriv: cipher.Cipheriv,
    Decipher: cipher.Decipher,
    Decipheriv: cipher.Decipheriv,
    createCipher: cipher.createCipher,
    createDecipher: cipher.createDecipher,
  });
}
