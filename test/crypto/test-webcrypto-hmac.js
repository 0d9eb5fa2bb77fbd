'use strict';
// crypto.subtle.digest (FIPS 180 answers) and HMAC: RFC 4231 / RFC 2202
// known answers, generateKey, import/export (raw, jwk) with their checks,
// sign/verify, and agreement with node:crypto's createHash/createHmac.
const assert = require('assert');
const nodeCrypto = require('crypto');
const { hex, fromHex, utf8, rejects, dom, typeError, run } = require('./webcrypto-helpers');

const { subtle } = globalThis.crypto;

const digests = {
  'SHA-1': ['a9993e364706816aba3e25717850c26c9cd0d89d', 'da39a3ee5e6b4b0d3255bfef95601890afd80709'],
  'SHA-256': ['ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
  'SHA-384': ['cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed8086072ba1e7cc2358baeca134c825a7',
    '38b060a751ac96384cd9327eb1b1e36a21fdb71114be07434c0cc7bf63f6e1da274edebfe76f65fbd51ad2f14898b95b'],
  'SHA-512': ['ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd' +
    '454d4423643ce80e2a9ac94fa54ca49f', 'cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce47d0d13c' +
    '5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e'],
};

// RFC 4231 test cases 1, 2, 3 and 6; RFC 2202 case 1 for SHA-1.
const hmacVectors = [
  { key: '0b'.repeat(20), data: utf8('Hi There'), hash: 'SHA-256',
    mac: 'b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7' },
  { key: '0b'.repeat(20), data: utf8('Hi There'), hash: 'SHA-384',
    mac: 'afd03944d84895626b0825f4ab46907f15f9dadbe4101ec682aa034c7cebc59cfaea9ea9076ede7f4af152e8b2fa9cb6' },
  { key: '0b'.repeat(20), data: utf8('Hi There'), hash: 'SHA-512',
    mac: '87aa7cdea5ef619d4ff0b4241a1d6cb02379f4e2ce4ec2787ad0b30545e17cdedaa833b7d6b8a702038b274eaea3f4e4' +
      'be9d914eeb61f1702e696c203a126854' },
  { key: hex(utf8('Jefe')), data: utf8('what do ya want for nothing?'), hash: 'SHA-256',
    mac: '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843' },
  { key: hex(utf8('Jefe')), data: utf8('what do ya want for nothing?'), hash: 'SHA-512',
    mac: '164b7a7bfcf819e2e395fbe73b56e0a387bd64222e831fd610270cd7ea2505549758bf75c05a994a6d034f65f8f0e6fd' +
      'caeab1a34d4a6b4b636e070a38bce737' },
  { key: 'aa'.repeat(20), data: fromHex('dd'.repeat(50)), hash: 'SHA-256',
    mac: '773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe' },
  { key: 'aa'.repeat(131), data: utf8('Test Using Larger Than Block-Size Key - Hash Key First'), hash: 'SHA-256',
    mac: '60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54' },
  { key: '0b'.repeat(20), data: utf8('Hi There'), hash: 'SHA-1', mac: 'b617318655057264e28bc0b6fb378c8ef146be00' },
];

run(async () => {
  // ---- digest ----
  for (const [name, [abc, empty]] of Object.entries(digests)) {
    const out = await subtle.digest(name, utf8('abc'));
    assert.ok(out instanceof ArrayBuffer);
    assert.strictEqual(hex(out), abc, name);
    assert.strictEqual(hex(await subtle.digest({ name: name.toLowerCase() }, new ArrayBuffer(0))), empty, name);
  }
  for (const size of [1, 55, 56, 64, 1000, 100000]) {
    const data = nodeCrypto.randomBytes(size);
    for (const name of Object.keys(digests)) {
      const want = nodeCrypto.createHash(name.replace('-', '').toLowerCase()).update(data).digest('hex');
      assert.strictEqual(hex(await subtle.digest(name, data)), want, `${name} of ${size} bytes`);
    }
  }

  // ---- HMAC known answers ----
  for (const v of hmacVectors) {
    const key = await subtle.importKey('raw', fromHex(v.key), { name: 'HMAC', hash: v.hash }, false,
      ['sign', 'verify']);
    assert.deepStrictEqual(key.algorithm, { name: 'HMAC', hash: { name: v.hash }, length: v.key.length * 4 });
    const mac = await subtle.sign('HMAC', key, v.data);
    assert.ok(mac instanceof ArrayBuffer);
    assert.strictEqual(hex(mac), v.mac, `${v.hash} ${v.key}`);
    assert.strictEqual(await subtle.verify({ name: 'HMAC' }, key, fromHex(v.mac), v.data), true);
    const bad = fromHex(v.mac);
    bad[bad.length - 1] ^= 1;
    assert.strictEqual(await subtle.verify('HMAC', key, bad, v.data), false);
    assert.strictEqual(await subtle.verify('HMAC', key, bad.subarray(1), v.data), false);
    assert.strictEqual(await subtle.verify('HMAC', key, fromHex(v.mac), utf8('other')), false);
  }

  // ---- generateKey ----
  for (const [hash, length] of [['SHA-1', 512], ['SHA-256', 512], ['SHA-384', 1024], ['SHA-512', 1024]]) {
    const key = await subtle.generateKey({ name: 'HMAC', hash }, true, ['sign', 'verify']);
    assert.strictEqual(key.type, 'secret');
    assert.deepStrictEqual(key.algorithm, { name: 'HMAC', length, hash: { name: hash } });
    assert.deepStrictEqual(key.usages, ['sign', 'verify']);
    const raw = await subtle.exportKey('raw', key);
    assert.strictEqual(raw.byteLength, length / 8);
    // The same MAC as node:crypto's with those bytes.
    const data = nodeCrypto.randomBytes(100);
    const want = nodeCrypto.createHmac(hash.replace('-', ''), Buffer.from(raw)).update(data).digest('hex');
    assert.strictEqual(hex(await subtle.sign('HMAC', key, data)), want);
  }
  const k16 = await subtle.generateKey({ name: 'HMAC', hash: 'SHA-256', length: 16 }, true, ['verify']);
  assert.deepStrictEqual(k16.algorithm, { name: 'HMAC', length: 16, hash: { name: 'SHA-256' } });
  assert.strictEqual((await subtle.exportKey('raw', k16)).byteLength, 2);
  await rejects(subtle.generateKey({ name: 'HMAC', hash: 'SHA-256', length: 7 }, true, ['sign']),
    typeError('ERR_INVALID_ARG_VALUE', "The property 'algorithm.length' must be a multiple of 8. Received 7"));
  await rejects(subtle.generateKey({ name: 'HMAC', hash: 'SHA-256', length: 0 }, true, ['sign']),
    dom('OperationError', 'The operation failed for an operation-specific reason'));
  await rejects(subtle.generateKey({ name: 'HMAC', hash: 'SHA-256' }, true, ['encrypt']),
    dom('SyntaxError', 'Unsupported key usage for an HMAC key'));
  await rejects(subtle.generateKey({ name: 'HMAC', hash: 'SHA-256' }, true, []),
    dom('SyntaxError', 'Usages cannot be empty when creating a key.'));
  await rejects(subtle.generateKey({ name: 'HMAC' }, true, ['sign']), typeError('ERR_MISSING_OPTION',
    "Failed to normalize algorithm: passed algorithm can not be converted to 'HmacKeyGenParams' because " +
    "'hash' is required in 'HmacKeyGenParams'."));

  // ---- import / export ----
  const bytes = fromHex('000102030405060708090a0b0c0d0e0f');
  const hs = { name: 'HMAC', hash: 'SHA-256' };
  const key = await subtle.importKey('raw', bytes, hs, true, ['sign', 'verify']);
  assert.strictEqual(hex(await subtle.exportKey('raw', key)), hex(bytes));
  const jwk = await subtle.exportKey('jwk', key);
  assert.deepStrictEqual(jwk, {
    key_ops: ['sign', 'verify'], ext: true, kty: 'oct', k: 'AAECAwQFBgcICQoLDA0ODw', alg: 'HS256',
  });
  assert.deepStrictEqual(Object.keys(jwk), ['key_ops', 'ext', 'kty', 'k', 'alg']);
  assert.deepStrictEqual(nodeCrypto.createSecretKey(bytes).export({ format: 'jwk' }), { kty: 'oct', k: jwk.k });
  const again = await subtle.importKey('jwk', jwk, hs, false, ['verify']);
  assert.deepStrictEqual(again.algorithm, { name: 'HMAC', hash: { name: 'SHA-256' }, length: 128 });
  const mac = await subtle.sign('HMAC', key, utf8('x'));
  assert.strictEqual(await subtle.verify('HMAC', again, mac, utf8('x')), true);
  for (const [hash, alg] of [['SHA-1', 'HS1'], ['SHA-384', 'HS384'], ['SHA-512', 'HS512']]) {
    const k = await subtle.importKey('raw', bytes, { name: 'HMAC', hash }, true, ['sign']);
    assert.strictEqual((await subtle.exportKey('jwk', k)).alg, alg);
    await subtle.importKey('jwk', { kty: 'oct', k: jwk.k, alg }, { name: 'HMAC', hash }, true, ['sign']);
  }
  // The length given must be the key's.
  const withLength = await subtle.importKey('raw', bytes, { ...hs, length: 128 }, true, ['sign']);
  assert.strictEqual(withLength.algorithm.length, 128);
  for (const length of [120, 121, 136]) {
    await rejects(subtle.importKey('raw', bytes, { ...hs, length }, true, ['sign']),
      dom('DataError', 'Invalid key length'));
  }
  await rejects(subtle.importKey('raw', new Uint8Array(0), hs, true, ['sign']),
    dom('DataError', 'Zero-length key is not supported'));
  await rejects(subtle.importKey('raw', bytes, hs, true, ['encrypt']),
    dom('SyntaxError', 'Unsupported key usage for an HMAC key'));
  await rejects(subtle.importKey('raw', bytes, hs, true, []),
    dom('SyntaxError', 'Usages cannot be empty when importing a secret key.'));
  await rejects(subtle.importKey('spki', bytes, hs, true, ['sign']),
    dom('Error', 'Unable to import HMAC key with format spki')); // (sic: no name, in Node 20)
  await rejects(subtle.importKey('raw', bytes, { name: 'HMAC' }, true, ['sign']), typeError('ERR_MISSING_OPTION',
    "Failed to normalize algorithm: passed algorithm can not be converted to 'HmacImportParams' because " +
    "'hash' is required in 'HmacImportParams'."));
  // JWK checks.
  const imp = (j, usages = ['sign'], extractable = true) => subtle.importKey('jwk', j, hs, extractable, usages);
  await rejects(imp({ kty: 'oct', k: jwk.k, alg: 'HS384' }),
    dom('DataError', 'JWK "alg" does not match the requested algorithm'));
  await rejects(imp({ kty: 'RSA', k: jwk.k }), dom('DataError', 'Invalid JWK "kty" Parameter'));
  await rejects(imp({ k: jwk.k }), dom('DataError', 'Invalid keyData'));
  await rejects(imp(null), dom('DataError', 'Invalid keyData'));
  await rejects(imp({ kty: 'oct' }), dom('DataError', 'Invalid keyData'));
  // (Node looks at "alg" before "k", and takes a JWK's length from "k".)
  await rejects(imp({ kty: 'oct', alg: 'HS1' }), dom('DataError', 'JWK "alg" does not match the requested algorithm'));
  const short = await subtle.importKey('jwk', { kty: 'oct', k: 'AAAA' }, { ...hs, length: 16 }, true, ['sign']);
  assert.strictEqual(short.algorithm.length, 24);
  await rejects(imp({ kty: 'oct', k: jwk.k, use: 'enc' }), dom('DataError', 'Invalid JWK "use" Parameter'));
  await imp({ kty: 'oct', k: jwk.k, use: 'sig' });
  await rejects(imp({ kty: 'oct', k: jwk.k, key_ops: ['verify'] }),
    dom('DataError', 'Key operations and usage mismatch'));
  await rejects(imp({ kty: 'oct', k: jwk.k, key_ops: ['sign', 'sign'] }), dom('DataError', 'Duplicate key operation'));
  await imp({ kty: 'oct', k: jwk.k, key_ops: ['verify', 'sign'] });
  await rejects(imp({ kty: 'oct', k: jwk.k, ext: false }),
    dom('DataError', 'JWK "ext" Parameter and extractable mismatch'));
  assert.strictEqual((await imp({ kty: 'oct', k: jwk.k, ext: false }, ['sign'], false)).extractable, false);

  // ---- use of keys ----
  const verifyOnly = await subtle.importKey('raw', bytes, hs, false, ['verify']);
  await rejects(subtle.sign('HMAC', verifyOnly, utf8('x')), dom('InvalidAccessError', 'Unable to use this key to sign'));
  const signOnly = await subtle.importKey('raw', bytes, hs, false, ['sign']);
  await rejects(subtle.verify('HMAC', signOnly, mac, utf8('x')),
    dom('InvalidAccessError', 'Unable to use this key to verify'));
  const aes = await subtle.importKey('raw', bytes, 'AES-GCM', true, ['encrypt']);
  await rejects(subtle.sign('HMAC', aes, utf8('x')), dom('InvalidAccessError', 'Unable to use this key to sign'));
  await rejects(subtle.exportKey('raw', signOnly), dom('InvalidAccessException', 'key is not extractable'));
  await rejects(subtle.exportKey('spki', key), dom('InvalidAccessError', 'Unable to export a raw HMAC secret key'));
  await rejects(subtle.exportKey('pkcs8', key), dom('InvalidAccessError', 'Unable to export a pkcs8 HMAC secret key'));
  // The hash of a sign call's algorithm is not used: the key's is.
  assert.strictEqual(hex(await subtle.sign({ name: 'HMAC', hash: 'SHA-1' }, key, utf8('x'))), hex(mac));
});
