'use strict';
// PBKDF2 and HKDF in crypto.subtle: RFC 6070, RFC 7914 and RFC 5869
// known answers, deriveBits against node:crypto's pbkdf2Sync/hkdfSync,
// deriveKey into AES, HMAC and KDF keys, and bad input.
const assert = require('assert');
const nodeCrypto = require('crypto');
const { hex, fromHex, utf8, rejects, dom, typeError, run } = require('./webcrypto-helpers');

const { subtle } = globalThis.crypto;

const pbkdf2Vectors = [
  ['password', 'salt', 1, 'SHA-1', '0c60c80f961f0e71f3a9b524af6012062fe037a6'],
  ['password', 'salt', 2, 'SHA-1', 'ea6c014dc72d6f8ccd1ed92ace1d41f0d8de8957'],
  ['password', 'salt', 4096, 'SHA-1', '4b007901b765489abead49d926f721d065a429c1'],
  ['passwordPASSWORDpassword', 'saltSALTsaltSALTsaltSALTsaltSALTsalt', 4096, 'SHA-1',
    '3d2eec4fe41c849b80c8d83662c0e44a8b291a964cf2f07038'],
  ['pass\0word', 'sa\0lt', 4096, 'SHA-1', '56fa6aa75548099dcc37d7f03425e0c3'],
  ['passwd', 'salt', 1, 'SHA-256', '55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc' +
    '49ca9cccf179b645991664b39d77ef317c71b845b1e30bd509112041d3a19783'],
];

const hkdfVectors = [
  { hash: 'SHA-256', ikm: '0b'.repeat(22), salt: '000102030405060708090a0b0c', info: 'f0f1f2f3f4f5f6f7f8f9',
    okm: '3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865' },
  { hash: 'SHA-256', ikm: '0b'.repeat(22), salt: '', info: '',
    okm: '8da4e775a563c18f715f802a063c5a31b8a11f5c5ee1879ec3454e5f3c738d2d9d201395faa4b61a96c8' },
  { hash: 'SHA-1', ikm: '0b'.repeat(11), salt: '000102030405060708090a0b0c', info: 'f0f1f2f3f4f5f6f7f8f9',
    okm: '085a01ea1b10f36933068b56efa5ad81a4f14b822f5b091568a9cdd4f155fda2c22e422478d305f3f896' },
];

run(async () => {
  // ---- PBKDF2 ----
  for (const [password, salt, iterations, hash, want] of pbkdf2Vectors) {
    const key = await subtle.importKey('raw', utf8(password), 'PBKDF2', false, ['deriveBits']);
    const bits = await subtle.deriveBits({ name: 'PBKDF2', salt: utf8(salt), iterations, hash }, key, want.length * 4);
    assert.ok(bits instanceof ArrayBuffer);
    assert.strictEqual(hex(bits), want);
  }
  const password = await subtle.importKey('raw', utf8('password'), { name: 'pbkdf2' }, false,
    ['deriveBits', 'deriveKey']);
  assert.deepStrictEqual(password.algorithm, { name: 'PBKDF2' });
  assert.strictEqual(password.extractable, false);
  const salt = nodeCrypto.randomBytes(16);
  for (const hash of ['SHA-1', 'SHA-256', 'SHA-384', 'SHA-512']) {
    for (const length of [8, 256, 1000 * 8]) {
      const bits = await subtle.deriveBits({ name: 'PBKDF2', salt, iterations: 3, hash }, password, length);
      assert.strictEqual(hex(bits), nodeCrypto.pbkdf2Sync('password', salt, 3, length / 8,
        hash.replace('-', '').toLowerCase()).toString('hex'));
    }
  }
  const pb = (params, key = password, length = 128) =>
    subtle.deriveBits({ name: 'PBKDF2', salt, iterations: 1, hash: 'SHA-256', ...params }, key, length);
  assert.strictEqual((await pb({}, password, 0)).byteLength, 0);
  await rejects(pb({}, password, null), dom('OperationError', 'length cannot be null'));
  await rejects(subtle.deriveBits({ name: 'PBKDF2', salt, iterations: 1, hash: 'SHA-256' }, password),
    dom('OperationError', 'length cannot be null'));
  await rejects(pb({}, password, 7), dom('OperationError', 'length must be a multiple of 8'));
  await rejects(pb({ iterations: 0 }), dom('OperationError', 'iterations cannot be zero'));
  await rejects(pb({ iterations: 0 }, password, null), dom('OperationError', 'iterations cannot be zero'));
  await rejects(pb({ hash: 'SHA-3' }), dom('NotSupportedError', 'Unrecognized algorithm name'));
  await rejects(subtle.deriveBits({ name: 'PBKDF2', iterations: 1, hash: 'SHA-1' }, password, 128),
    typeError('ERR_MISSING_OPTION', "Failed to normalize algorithm: passed algorithm can not be converted to " +
      "'Pbkdf2Params' because 'salt' is required in 'Pbkdf2Params'."));
  // The key: raw only, never extractable, for derivations only.
  await rejects(subtle.importKey('raw', utf8('pw'), 'PBKDF2', true, ['deriveBits']),
    dom('SyntaxError', 'PBKDF2 keys are not extractable'));
  await rejects(subtle.importKey('raw', utf8('pw'), 'PBKDF2', false, ['sign']),
    dom('SyntaxError', 'Unsupported key usage for a PBKDF2 key'));
  await rejects(subtle.importKey('raw', utf8('pw'), 'PBKDF2', false, []),
    dom('SyntaxError', 'Usages cannot be empty when importing a secret key.'));
  await rejects(subtle.importKey('jwk', { kty: 'oct', k: 'AAAA' }, 'PBKDF2', false, ['deriveKey']),
    dom('NotSupportedError', 'Unable to import PBKDF2 key with format jwk'));
  await rejects(subtle.exportKey('raw', password), dom('InvalidAccessException', 'key is not extractable'));
  // An empty password is a key.
  const empty = await subtle.importKey('raw', new Uint8Array(0), 'PBKDF2', false, ['deriveBits']);
  assert.strictEqual(hex(await pb({}, empty)), nodeCrypto.pbkdf2Sync('', salt, 1, 16, 'sha256').toString('hex'));

  // ---- HKDF ----
  for (const v of hkdfVectors) {
    const key = await subtle.importKey('raw', fromHex(v.ikm), 'HKDF', false, ['deriveBits']);
    const bits = await subtle.deriveBits({ name: 'HKDF', hash: v.hash, salt: fromHex(v.salt), info: fromHex(v.info) },
      key, 42 * 8);
    assert.strictEqual(hex(bits), v.okm);
  }
  const ikm = nodeCrypto.randomBytes(32);
  const hk = await subtle.importKey('raw', ikm, 'HKDF', false, ['deriveBits', 'deriveKey']);
  for (const hash of ['SHA-1', 'SHA-256', 'SHA-384', 'SHA-512']) {
    const bits = await subtle.deriveBits({ name: 'HKDF', hash, salt, info: utf8('info') }, hk, 512);
    assert.strictEqual(hex(bits), hex(nodeCrypto.hkdfSync(hash.replace('-', '').toLowerCase(), ikm, salt, 'info', 64)));
  }
  const hd = (length, params = {}) =>
    subtle.deriveBits({ name: 'HKDF', hash: 'SHA-256', salt, info: new Uint8Array(0), ...params }, hk, length);
  assert.strictEqual((await hd(0)).byteLength, 0);
  assert.strictEqual((await hd(255 * 256)).byteLength, 255 * 32);
  await rejects(hd(255 * 256 + 8), dom('OperationError', 'The operation failed for an operation-specific reason'));
  await rejects(hd(null), dom('OperationError', 'length cannot be null'));
  await rejects(hd(12), dom('OperationError', 'length must be a multiple of 8'));
  await rejects(subtle.deriveBits({ name: 'HKDF', hash: 'SHA-256', salt }, hk, 128), typeError('ERR_MISSING_OPTION',
    "Failed to normalize algorithm: passed algorithm can not be converted to 'HkdfParams' because 'info' is " +
    "required in 'HkdfParams'."));
  await rejects(subtle.importKey('raw', ikm, 'HKDF', true, ['deriveBits']), dom('SyntaxError', 'HKDF keys are not extractable'));
  await rejects(subtle.importKey('raw', ikm, 'HKDF', false, ['encrypt']), dom('SyntaxError', 'Unsupported key usage for a HKDF key'));

  // ---- the key and the algorithm must agree ----
  await rejects(subtle.deriveBits({ name: 'HKDF', hash: 'SHA-256', salt, info: salt }, password, 128),
    dom('InvalidAccessError', 'Key algorithm mismatch'));
  const bitsOnly = await subtle.importKey('raw', ikm, 'HKDF', false, ['deriveBits']);
  const keyOnly = await subtle.importKey('raw', ikm, 'HKDF', false, ['deriveKey']);
  await rejects(subtle.deriveBits({ name: 'HKDF', hash: 'SHA-256', salt, info: salt }, keyOnly, 128),
    dom('InvalidAccessError', 'baseKey does not have deriveBits usage'));
  await rejects(subtle.deriveKey({ name: 'HKDF', hash: 'SHA-256', salt, info: salt }, bitsOnly,
    { name: 'AES-GCM', length: 128 }, true, ['encrypt']), dom('InvalidAccessError', 'baseKey does not have deriveKey usage'));

  // ---- deriveKey ----
  const hkdfParams = { name: 'HKDF', hash: 'SHA-512', salt, info: utf8('key') };
  for (const [derived, bits] of [[{ name: 'AES-GCM', length: 256 }, 256], [{ name: 'AES-CBC', length: 128 }, 128],
    [{ name: 'AES-KW', length: 192 }, 192], [{ name: 'HMAC', hash: 'SHA-256' }, 512],
    [{ name: 'HMAC', hash: 'SHA-384' }, 1024], [{ name: 'HMAC', hash: 'SHA-1', length: 64 }, 64]]) {
    const usages = derived.name === 'HMAC' ? ['sign'] : derived.name === 'AES-KW' ? ['wrapKey'] : ['encrypt'];
    const key = await subtle.deriveKey(hkdfParams, hk, derived, true, usages);
    assert.strictEqual(key.algorithm.name, derived.name);
    assert.strictEqual(key.algorithm.length, bits);
    assert.deepStrictEqual(key.usages, usages);
    const raw = await subtle.exportKey('raw', key);
    assert.strictEqual(hex(raw), hex(await subtle.deriveBits(hkdfParams, hk, bits)));
  }
  const fromPassword = await subtle.deriveKey({ name: 'PBKDF2', salt, iterations: 10, hash: 'SHA-256' }, password,
    { name: 'AES-GCM', length: 128 }, false, ['encrypt', 'decrypt']);
  assert.strictEqual(fromPassword.extractable, false);
  const ct = await subtle.encrypt({ name: 'AES-GCM', iv: new Uint8Array(12) }, fromPassword, utf8('secret'));
  const same = nodeCrypto.createCipheriv('aes-128-gcm', nodeCrypto.pbkdf2Sync('password', salt, 10, 16, 'sha256'),
    Buffer.alloc(12));
  assert.strictEqual(hex(ct), hex(Buffer.concat([same.update('secret'), same.final(), same.getAuthTag()])));
  // Keys of the KDFs have no length to derive (Node 20).
  for (const name of ['HKDF', 'PBKDF2']) {
    await rejects(subtle.deriveKey(hkdfParams, hk, name, false, ['deriveBits']), dom('OperationError', 'length cannot be null'));
  }
  await rejects(subtle.deriveKey(hkdfParams, hk, { name: 'AES-GCM', length: 100 }, true, ['encrypt']),
    dom('OperationError', 'Invalid key length'));
  await rejects(subtle.deriveKey(hkdfParams, hk, { name: 'AES-GCM' }, true, ['encrypt']), typeError('ERR_MISSING_OPTION',
    "Failed to normalize algorithm: passed algorithm can not be converted to 'AesDerivedKeyParams' because 'length' " +
    "is required in 'AesDerivedKeyParams'."));
  await rejects(subtle.deriveKey(hkdfParams, hk, { name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign']),
    dom('NotSupportedError', 'Unrecognized algorithm name'));
  await rejects(subtle.deriveKey(hkdfParams, hk, { name: 'HMAC', hash: 'SHA-256', length: 100 }, true, ['sign']),
    dom('OperationError', 'length must be a multiple of 8'));
  await rejects(subtle.deriveKey(hkdfParams, hk, { name: 'AES-GCM', length: 128 }, true, ['sign']),
    dom('SyntaxError', 'Unsupported key usage for an AES key'));
  await rejects(subtle.deriveKey(hkdfParams, hk, { name: 'AES-GCM', length: 128 }, true, []),
    dom('SyntaxError', 'Usages cannot be empty when importing a secret key.'));
});
