'use strict';
// ECDSA and ECDH (P-256, P-384, P-521) in crypto.subtle: RFC 6979 and
// RFC 5903 known answers, IEEE P1363 signatures checked against
// node:crypto's sign/verify, shared secrets against diffieHellman, the
// raw/spki/pkcs8/jwk formats against KeyObject's, and bad input.
const assert = require('assert');
const nodeCrypto = require('crypto');
const { hex, fromHex, utf8, rejects, dom, run } = require('./webcrypto-helpers');

const { subtle } = globalThis.crypto;

const b64u = (h) => Buffer.from(h, 'hex').toString('base64url');
const curves = { 'P-256': 32, 'P-384': 48, 'P-521': 66 };
const nodeHash = (h) => h.replace('-', '').toLowerCase();

// RFC 6979 A.2.5: P-256 with SHA-256.
const rfc6979 = {
  d: 'c9afa9d845ba75166b5c215767b1d6934e50c3db36e89b127b8a622b120f6721',
  x: '60fed4ba255a9d31c961eb74c6356d68c049b8923b61fa6ce669622e60f29fb6',
  y: '7903fe1008b8bc99a41ae9e95628bc64f2f1b20c2d7e9f5177a3c294d4462299',
  sample: 'efd48b2aacb6a8fd1140dd9cd45e81d69d2c877b56aaf991c34d0ea84eaf3716' +
    'f7cb1c942d657c41d436c7a1b6e29f65f3e900dbb9aff4064dc4ab2f843acda8',
  test: 'f1abb023518351cd71d881567b1ea663ed3efcf6c5132b354f28d3b0b7d38367' +
    '019f4113742a2b14bd25926b49c649155f267e60d3814b4c0cc84250e46f0083',
};

// RFC 5903 8.1: ECDH on P-256.
const rfc5903 = {
  i: 'c88f01f510d9ac3f70a292daa2316de544e9aab8afe84049c62a9c57862d1433',
  gix: 'dad0b65394221cf9b051e1feca5787d098dfe637fc90b9ef945d0c3772581180',
  giy: '5271a0461cdb8252d61f1c456fa3e59ab1f45b33accf5f58389e0577b8990bb3',
  r: 'c6ef9c5d78ae012a011164acb397ce2088685d8f06bf9be0b283ab46476bee53',
  grx: 'd12dfb5289c8d4f81208b70270398c342296970a0bccb74c736fc7554494bf63',
  gry: '56fbf3ca366cc23e8157854c13c58d6aac23f046ada30f8353e74f33039872ab',
  secret: 'd6840f6b42f6edafd13116e0e12565202fef8e9ece7dce03812464d04b9442de',
};

run(async () => {
  const ECDSA = { name: 'ECDSA', namedCurve: 'P-256' };
  const ECDH = { name: 'ECDH', namedCurve: 'P-256' };

  // ---- known answers ----
  const kat = { kty: 'EC', crv: 'P-256', x: b64u(rfc6979.x), y: b64u(rfc6979.y) };
  const katPub = await subtle.importKey('jwk', kat, ECDSA, true, ['verify']);
  const katRaw = await subtle.importKey('raw', fromHex(`04${rfc6979.x}${rfc6979.y}`), ECDSA, true, ['verify']);
  for (const key of [katPub, katRaw]) {
    assert.strictEqual(await subtle.verify({ name: 'ECDSA', hash: 'SHA-256' }, key, fromHex(rfc6979.sample),
      utf8('sample')), true);
    assert.strictEqual(await subtle.verify({ name: 'ECDSA', hash: 'SHA-256' }, key, fromHex(rfc6979.test),
      utf8('test')), true);
    assert.strictEqual(await subtle.verify({ name: 'ECDSA', hash: 'SHA-256' }, key, fromHex(rfc6979.test),
      utf8('sample')), false);
    assert.strictEqual(await subtle.verify({ name: 'ECDSA', hash: 'SHA-384' }, key, fromHex(rfc6979.sample),
      utf8('sample')), false);
  }
  const katPriv = await subtle.importKey('jwk', { ...kat, d: b64u(rfc6979.d) }, ECDSA, false, ['sign']);
  const sig = await subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, katPriv, utf8('sample'));
  assert.strictEqual(sig.byteLength, 64);
  assert.strictEqual(await subtle.verify({ name: 'ECDSA', hash: 'SHA-256' }, katPub, sig, utf8('sample')), true);
  // A private JWK whose "d" is not that of its point is refused.
  await rejects(subtle.importKey('jwk', { ...kat, d: b64u(rfc5903.i) }, ECDSA, false, ['sign']),
    dom('DataError', 'Invalid keyData'));

  const alice = await subtle.importKey('jwk', { kty: 'EC', crv: 'P-256', x: b64u(rfc5903.gix),
    y: b64u(rfc5903.giy), d: b64u(rfc5903.i) }, ECDH, false, ['deriveBits']);
  const bob = await subtle.importKey('raw', fromHex(`04${rfc5903.grx}${rfc5903.gry}`), ECDH, true, []);
  assert.strictEqual(hex(await subtle.deriveBits({ name: 'ECDH', public: bob }, alice, 256)), rfc5903.secret);
  assert.strictEqual(hex(await subtle.deriveBits({ name: 'ECDH', public: bob }, alice, null)), rfc5903.secret);
  assert.strictEqual(hex(await subtle.deriveBits({ name: 'ECDH', public: bob }, alice)), rfc5903.secret);
  assert.strictEqual(hex(await subtle.deriveBits({ name: 'ECDH', public: bob }, alice, 128)),
    rfc5903.secret.slice(0, 32));
  // A length in bits that is not whole bytes clears the last byte's low bits.
  assert.strictEqual(hex(await subtle.deriveBits({ name: 'ECDH', public: bob }, alice, 12)), 'd680');
  assert.strictEqual((await subtle.deriveBits({ name: 'ECDH', public: bob }, alice, 0)).byteLength, 0);
  await rejects(subtle.deriveBits({ name: 'ECDH', public: bob }, alice, 264),
    dom('OperationError', 'derived bit length is too small'));

  // ---- every curve ----
  for (const [namedCurve, size] of Object.entries(curves)) {
    const pair = await subtle.generateKey({ name: 'ECDSA', namedCurve }, true, ['verify', 'sign', 'verify']);
    const { publicKey, privateKey } = pair;
    assert.deepStrictEqual([publicKey.type, privateKey.type], ['public', 'private']);
    assert.deepStrictEqual(publicKey.algorithm, { name: 'ECDSA', namedCurve });
    assert.deepStrictEqual([publicKey.usages, privateKey.usages], [['verify'], ['sign']]);

    const spki = await subtle.exportKey('spki', publicKey);
    const pkcs8 = await subtle.exportKey('pkcs8', privateKey);
    const nodePub = nodeCrypto.createPublicKey({ key: Buffer.from(spki), format: 'der', type: 'spki' });
    const nodePriv = nodeCrypto.createPrivateKey({ key: Buffer.from(pkcs8), format: 'der', type: 'pkcs8' });
    assert.strictEqual(nodePub.asymmetricKeyType, 'ec');
    assert.strictEqual(nodePriv.asymmetricKeyDetails.namedCurve,
      { 'P-256': 'prime256v1', 'P-384': 'secp384r1', 'P-521': 'secp521r1' }[namedCurve]);

    for (const hash of ['SHA-1', 'SHA-256', 'SHA-384', 'SHA-512']) {
      const data = nodeCrypto.randomBytes(100);
      const s = await subtle.sign({ name: 'ECDSA', hash }, privateKey, data);
      assert.strictEqual(s.byteLength, 2 * size);
      assert.strictEqual(await subtle.verify({ name: 'ECDSA', hash }, publicKey, s, data), true);
      assert.strictEqual(nodeCrypto.verify(nodeHash(hash), data, { key: nodePub, dsaEncoding: 'ieee-p1363' },
        Buffer.from(s)), true);
      const n = nodeCrypto.sign(nodeHash(hash), data, { key: nodePriv, dsaEncoding: 'ieee-p1363' });
      assert.strictEqual(await subtle.verify({ name: 'ECDSA', hash }, publicKey, n, data), true);
      const bad = new Uint8Array(s);
      bad[5] ^= 1;
      assert.strictEqual(await subtle.verify({ name: 'ECDSA', hash }, publicKey, bad, data), false);
      // DER signatures and other lengths are not P1363: false.
      const der = nodeCrypto.sign(nodeHash(hash), data, nodePriv);
      assert.strictEqual(await subtle.verify({ name: 'ECDSA', hash }, publicKey, der, data), false);
      assert.strictEqual(await subtle.verify({ name: 'ECDSA', hash }, publicKey, new Uint8Array(s).subarray(1), data),
        false);
    }

    // raw: the uncompressed point, also the end of the SPKI; a compressed
    // point imports too.
    const raw = await subtle.exportKey('raw', publicKey);
    assert.strictEqual(raw.byteLength, 1 + 2 * size);
    assert.strictEqual(new Uint8Array(raw)[0], 4);
    assert.strictEqual(hex(spki).endsWith(hex(raw)), true);
    const compressed = nodeCrypto.ECDH.convertKey(Buffer.from(raw), nodePub.asymmetricKeyDetails.namedCurve,
      undefined, undefined, 'compressed');
    const fromCompressed = await subtle.importKey('raw', compressed, { name: 'ECDSA', namedCurve }, true, ['verify']);
    assert.strictEqual(hex(await subtle.exportKey('raw', fromCompressed)), hex(raw));

    // jwk: KeyObject's members, after key_ops and ext; no "alg".
    const jwk = await subtle.exportKey('jwk', privateKey);
    assert.deepStrictEqual(jwk, { key_ops: ['sign'], ext: true, ...nodePriv.export({ format: 'jwk' }) });
    assert.deepStrictEqual(Object.keys(jwk), ['key_ops', 'ext', 'kty', 'x', 'y', 'crv', 'd']);
    const pubJwk = await subtle.exportKey('jwk', publicKey);
    assert.deepStrictEqual(pubJwk, { key_ops: ['verify'], ext: true, ...nodePub.export({ format: 'jwk' }) });
    const alg = { 'P-256': 'ES256', 'P-384': 'ES384', 'P-521': 'ES512' }[namedCurve];
    const again = await subtle.importKey('jwk', { ...jwk, alg }, { name: 'ECDSA', namedCurve }, true, ['sign']);
    assert.strictEqual(hex(await subtle.exportKey('pkcs8', again)), hex(pkcs8));
    await rejects(subtle.importKey('jwk', { ...jwk, alg: alg === 'ES256' ? 'ES384' : 'ES256' },
      { name: 'ECDSA', namedCurve }, true, ['sign']), dom('DataError', 'JWK "alg" does not match the requested algorithm'));
    const fromSpki = await subtle.importKey('spki', spki, { name: 'ECDSA', namedCurve }, true, ['verify']);
    assert.strictEqual(hex(await subtle.exportKey('raw', fromSpki)), hex(raw));
    const fromPkcs8 = await subtle.importKey('pkcs8', pkcs8, { name: 'ECDSA', namedCurve }, false, ['sign']);
    assert.strictEqual(fromPkcs8.extractable, false);

    // ECDH on the same curve agrees with node:crypto.
    const a = await subtle.generateKey({ name: 'ECDH', namedCurve }, true, ['deriveBits', 'deriveKey']);
    const b = await subtle.generateKey({ name: 'ECDH', namedCurve }, true, ['deriveKey', 'deriveBits']);
    assert.deepStrictEqual([a.publicKey.usages, a.privateKey.usages, b.privateKey.usages],
      [[], ['deriveKey', 'deriveBits'], ['deriveKey', 'deriveBits']]);
    const ab = await subtle.deriveBits({ name: 'ECDH', public: b.publicKey }, a.privateKey, null);
    const ba = await subtle.deriveBits({ name: 'ECDH', public: a.publicKey }, b.privateKey, null);
    assert.strictEqual(ab.byteLength, size);
    assert.strictEqual(hex(ab), hex(ba));
    const nodeA = nodeCrypto.createPrivateKey({ key: Buffer.from(await subtle.exportKey('pkcs8', a.privateKey)),
      format: 'der', type: 'pkcs8' });
    const nodeB = nodeCrypto.createPublicKey({ key: Buffer.from(await subtle.exportKey('spki', b.publicKey)),
      format: 'der', type: 'spki' });
    assert.strictEqual(hex(nodeCrypto.diffieHellman({ privateKey: nodeA, publicKey: nodeB })), hex(ab));
    const aes = await subtle.deriveKey({ name: 'ECDH', public: b.publicKey }, a.privateKey,
      { name: 'AES-GCM', length: 128 }, true, ['encrypt']);
    assert.strictEqual(hex(await subtle.exportKey('raw', aes)), hex(ab).slice(0, 32));
  }

  // ---- bad input ----
  const p384 = await subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-384' }, true, ['sign', 'verify']);
  const p384spki = await subtle.exportKey('spki', p384.publicKey);
  await rejects(subtle.importKey('spki', p384spki, ECDSA, true, ['verify']), dom('DataError', 'Named curve mismatch'));
  const k1 = nodeCrypto.generateKeyPairSync('ec', { namedCurve: 'secp256k1' });
  await rejects(subtle.importKey('spki', k1.publicKey.export({ format: 'der', type: 'spki' }), ECDSA, true,
    ['verify']), dom('DataError', 'Named curve mismatch'));
  const ed = nodeCrypto.generateKeyPairSync('ed25519');
  await rejects(subtle.importKey('spki', ed.publicKey.export({ format: 'der', type: 'spki' }), ECDSA, true,
    ['verify']), dom('DataError', 'Invalid key type'));
  await rejects(subtle.importKey('spki', fromHex('3003020100'), ECDSA, true, ['verify']),
    dom('DataError', 'Invalid keyData'));
  await rejects(subtle.importKey('pkcs8', p384spki, ECDSA, true, ['sign']), dom('DataError', 'Invalid keyData'));
  await rejects(subtle.importKey('raw', fromHex(rfc6979.x), ECDSA, true, ['verify']), dom('DataError', 'Invalid keyData'));
  await rejects(subtle.importKey('raw', fromHex(`04${rfc6979.x}${rfc6979.x}`), ECDSA, true, ['verify']),
    dom('DataError', 'Invalid keyData')); // not on the curve
  await rejects(subtle.importKey('raw', fromHex(`04${rfc6979.x}${rfc6979.y}`), ECDSA, true, ['sign']),
    dom('SyntaxError', 'Unsupported key usage for a ECDSA key'));
  await rejects(subtle.importKey('raw', fromHex(`04${rfc6979.x}${rfc6979.y}`), ECDH, true, ['deriveBits']),
    dom('SyntaxError', 'Unsupported key usage for a ECDH key'));
  await rejects(subtle.importKey('jwk', { ...kat, d: b64u(rfc6979.d) }, ECDSA, true, []),
    dom('SyntaxError', 'Usages cannot be empty when importing a private key.'));
  assert.deepStrictEqual((await subtle.importKey('jwk', kat, ECDSA, true, [])).usages, []);
  await rejects(subtle.importKey('jwk', { ...kat, crv: 'P-384' }, ECDSA, true, ['verify']),
    dom('DataError', 'JWK "crv" does not match the requested algorithm'));
  await rejects(subtle.importKey('jwk', { ...kat, kty: 'OKP' }, ECDSA, true, ['verify']),
    dom('DataError', 'Invalid JWK "kty" Parameter'));
  // A JWK's kty and crv are checked before the usages, and before use.
  await rejects(subtle.importKey('jwk', {}, ECDSA, true, ['encrypt']), dom('DataError', 'Invalid keyData'));
  await rejects(subtle.importKey('jwk', { ...kat, kty: 'RSA' }, ECDSA, true, ['encrypt']),
    dom('DataError', 'Invalid JWK "kty" Parameter'));
  await rejects(subtle.importKey('jwk', { ...kat, crv: 'P-384', use: 'enc' }, ECDSA, true, ['encrypt']),
    dom('DataError', 'JWK "crv" does not match the requested algorithm'));
  await rejects(subtle.importKey('jwk', { ...kat, use: 'enc' }, ECDSA, true, ['verify']),
    dom('DataError', 'Invalid JWK "use" Parameter'));
  await rejects(subtle.importKey('jwk', { ...kat, y: undefined }, ECDSA, true, ['verify']),
    dom('DataError', 'Invalid keyData'));
  await rejects(subtle.importKey('spki', p384spki, { name: 'ECDSA', namedCurve: 'P-25' }, true, ['verify']),
    dom('NotSupportedError', 'Unrecognized namedCurve'));
  for (const namedCurve of ['P-999', 'p-256', 'K-256', 'secp256k1']) {
    await rejects(subtle.generateKey({ name: 'ECDSA', namedCurve }, true, ['sign']),
      dom('NotSupportedError', 'Unrecognized namedCurve'));
  }
  await rejects(subtle.generateKey(ECDSA, true, ['encrypt']), dom('SyntaxError', 'Unsupported key usage for an ECDSA key'));
  await rejects(subtle.generateKey(ECDH, true, ['sign']), dom('SyntaxError', 'Unsupported key usage for an ECDH key'));
  await rejects(subtle.generateKey(ECDSA, true, ['verify']), dom('SyntaxError', 'Usages cannot be empty when creating a key.'));
  await rejects(subtle.exportKey('raw', p384.privateKey), dom('InvalidAccessError', 'Unable to export a raw ECDSA private key'));
  await rejects(subtle.exportKey('spki', p384.privateKey), dom('InvalidAccessError', 'Unable to export a raw ECDSA private key'));
  await rejects(subtle.exportKey('pkcs8', p384.publicKey), dom('InvalidAccessError', 'Unable to export a pkcs8 ECDSA public key'));
  await rejects(subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, p384.publicKey, utf8('x')),
    dom('InvalidAccessError', 'Unable to use this key to sign'));
  await rejects(subtle.verify({ name: 'ECDSA', hash: 'SHA-256' }, p384.privateKey, new Uint8Array(96), utf8('x')),
    dom('InvalidAccessError', 'Unable to use this key to verify'));

  // ECDH's public key: a public ECDH key on the same curve.
  const other = await subtle.generateKey({ name: 'ECDH', namedCurve: 'P-384' }, true, ['deriveBits']);
  const x = await subtle.generateKey('X25519', true, ['deriveBits']);
  const derive = (pub, base = alice) => subtle.deriveBits({ name: 'ECDH', public: pub }, base, 256);
  await rejects(derive(alice), dom('InvalidAccessError', 'algorithm.public must be a public key'));
  await rejects(derive(other.publicKey), dom('InvalidAccessError', 'Named curve mismatch'));
  await rejects(derive(katPub), dom('InvalidAccessError', 'Keys must be ECDH, X25519, or X448 keys'));
  await rejects(derive(x.publicKey), dom('InvalidAccessError', 'The public and private keys must be of the same type'));
  await rejects(derive(bob, bob), dom('InvalidAccessError', 'baseKey does not have deriveBits usage'));
  await rejects(subtle.deriveBits({ name: 'X25519', public: x.publicKey }, alice, 256),
    dom('InvalidAccessError', 'Key algorithm mismatch'));
  await rejects(subtle.deriveKey({ name: 'ECDH', public: bob }, alice, { name: 'AES-GCM', length: 128 }, true, ['encrypt']),
    dom('InvalidAccessError', 'baseKey does not have deriveKey usage'));
  const deriver = await subtle.importKey('jwk', { kty: 'EC', crv: 'P-256', x: b64u(rfc5903.gix),
    y: b64u(rfc5903.giy), d: b64u(rfc5903.i) }, ECDH, false, ['deriveKey']);
  // HMAC with SHA-512 wants 1024 bits: more than P-256 gives.
  await rejects(subtle.deriveKey({ name: 'ECDH', public: bob }, deriver, { name: 'HMAC', hash: 'SHA-512' }, true, ['sign']),
    dom('OperationError', 'derived bit length is too small'));
  const hmac = await subtle.deriveKey({ name: 'ECDH', public: bob }, deriver,
    { name: 'HMAC', hash: 'SHA-256', length: 256 }, true, ['sign']);
  assert.strictEqual(hex(await subtle.exportKey('raw', hmac)), rfc5903.secret);
});
