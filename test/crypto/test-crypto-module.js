'use strict';
// The shape of node:crypto: Node's export names, the members lode does not
// implement yet (ERR_NOT_IMPLEMENTED when called, so that importing them
// still works), constants and the deprecated aliases.
const assert = require('assert');
const crypto = require('crypto');

assert.strictEqual(require('node:crypto'), crypto);
assert.strictEqual(crypto.webcrypto, globalThis.crypto);

// Node v20's enumerable exports, in its order.
const names = ['checkPrime', 'checkPrimeSync', 'createCipheriv', 'createDecipheriv',
  'createDiffieHellman', 'createDiffieHellmanGroup', 'createECDH', 'createHash', 'createHmac',
  'createPrivateKey', 'createPublicKey', 'createSecretKey', 'createSign', 'createVerify',
  'diffieHellman', 'generatePrime', 'generatePrimeSync', 'getCiphers', 'getCipherInfo', 'getCurves',
  'getDiffieHellman', 'getHashes', 'hkdf', 'hkdfSync', 'pbkdf2', 'pbkdf2Sync', 'generateKeyPair',
  'generateKeyPairSync', 'generateKey', 'generateKeySync', 'privateDecrypt', 'privateEncrypt',
  'publicDecrypt', 'publicEncrypt', 'randomBytes', 'randomFill', 'randomFillSync', 'randomInt',
  'randomUUID', 'scrypt', 'scryptSync', 'sign', 'setEngine', 'timingSafeEqual', 'getFips', 'setFips',
  'verify', 'hash', 'Certificate', 'Cipher', 'Cipheriv', 'Decipher', 'Decipheriv', 'DiffieHellman',
  'DiffieHellmanGroup', 'ECDH', 'Hash', 'Hmac', 'KeyObject', 'Sign', 'Verify', 'X509Certificate',
  'secureHeapUsed', 'constants', 'webcrypto', 'subtle', 'getRandomValues'];
assert.deepStrictEqual(Object.keys(crypto), names);
assert.strictEqual(crypto.subtle, globalThis.crypto.subtle);
for (const name of names) {
  if (name === 'constants' || name === 'webcrypto' || name === 'subtle') continue;
  assert.strictEqual(typeof crypto[name], 'function', name);
}
for (const name of ['createCipher', 'createDecipher', 'prng', 'pseudoRandomBytes', 'rng']) {
  assert.strictEqual(Object.getOwnPropertyDescriptor(crypto, name).enumerable, false, name);
  assert.strictEqual(typeof crypto[name], 'function', name);
}
assert.strictEqual(crypto.getFips(), 0);
assert.strictEqual(crypto.fips, 0);

// Members loaded later (keys, ciphers) are functions as soon as imported.
const { createCipheriv, KeyObject } = crypto;
assert.strictEqual(typeof createCipheriv, 'function');
assert.strictEqual(typeof KeyObject, 'function');

// Constants: OpenSSL's numbers, read-only, on a null-prototype object.
const c = crypto.constants;
assert.strictEqual(Object.getPrototypeOf(c), null);
for (const [k, v] of Object.entries({
  RSA_PKCS1_PADDING: 1, RSA_NO_PADDING: 3, RSA_PKCS1_OAEP_PADDING: 4, RSA_X931_PADDING: 5,
  RSA_PKCS1_PSS_PADDING: 6, RSA_PSS_SALTLEN_DIGEST: -1, RSA_PSS_SALTLEN_MAX_SIGN: -2, RSA_PSS_SALTLEN_AUTO: -2,
  POINT_CONVERSION_COMPRESSED: 2, POINT_CONVERSION_UNCOMPRESSED: 4, POINT_CONVERSION_HYBRID: 6,
  TLS1_VERSION: 769, TLS1_1_VERSION: 770, TLS1_2_VERSION: 771, TLS1_3_VERSION: 772,
  SSL_OP_NO_SSLv2: 0, SSL_OP_NO_TLSv1: 67108864, SSL_OP_ALL: 2147485776,
  DH_CHECK_P_NOT_SAFE_PRIME: 2, DH_NOT_SUITABLE_GENERATOR: 8, ENGINE_METHOD_ALL: 65535,
})) {
  assert.strictEqual(c[k], v, k);
  assert.deepStrictEqual(Object.getOwnPropertyDescriptor(c, k),
    { value: v, writable: false, enumerable: true, configurable: false }, k);
}
assert.strictEqual(typeof c.OPENSSL_VERSION_NUMBER, 'number');
assert.ok(c.OPENSSL_VERSION_NUMBER >= 0x30000000);
