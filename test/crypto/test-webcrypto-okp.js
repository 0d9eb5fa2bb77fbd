'use strict';
// Ed25519, X25519, Ed448 and X448 in crypto.subtle: RFC 8032 signatures
// and RFC 7748 shared secrets, keys in every format checked against
// KeyObject's, signatures against node:crypto's sign/verify, bad input.
const assert = require('assert');
const nodeCrypto = require('crypto');
const { hex, fromHex, utf8, rejects, dom, run } = require('./webcrypto-helpers');

const { subtle } = globalThis.crypto;

const b64u = (h) => Buffer.from(h, 'hex').toString('base64url');
const okpJwk = (crv, x, d) => (d === undefined ? { kty: 'OKP', crv, x: b64u(x) } :
  { kty: 'OKP', crv, x: b64u(x), d: b64u(d) });

// RFC 8032 7.1, tests 1 to 3; 7.4, the empty message.
const ed25519 = [
  { d: '9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60',
    x: 'd75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a', msg: '',
    sig: 'e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46b' +
      'd25bf5f0595bbe24655141438e7a100b' },
  { d: '4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb',
    x: '3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c', msg: '72',
    sig: '92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e15996e458f3613d0f11d8c' +
      '387b2eaeb4302aeeb00d291612bb0c00' },
  { d: 'c5aa8df43f9f837bedb7442f31dcb7b166d38535076f094b85ce3a2e0b4458f7',
    x: 'fc51cd8e6218a1a38da47ed00230f0580816ed13ba3303ac5deb911548908025', msg: 'af82',
    sig: '6291d657deec24024827e69c3abe01a30ce548a284743a445e3680d7db5ac3ac18ff9b538d16f290ae67f760984dc659' +
      '4a7c15e9716ed28dc027beceea1ec40a' },
];
const ed448 = {
  d: '6c82a562cb808d10d632be89c8513ebf6c929f34ddfa8c9f63c9960ef6e348a3528c8a3fcc2f044e39a3fc5b94492f8f' +
    '032e7549a20098f95b',
  x: '5fd7449b59b461fd2ce787ec616ad46a1da1342485a70e1f8a0ea75d80e96778edf124769b46c7061bd6783df1e50f6c' +
    'd1fa1abeafe8256180',
  sig: '533a37f6bbe457251f023c0d88f976ae2dfb504a843e34d2074fd823d41a591f2b233f034f628281f2fd7a22ddd47d78' +
    '28c59bd0a21bfd3980ff0d2028d4b18a9df63e006c5d1c2d345b925d8dc00b4104852db99ac5c7cdda8530a113a0f4db' +
    'b61149f05a7363268c71d95808ff2e652600',
};

// RFC 7748 6.1 and 6.2.
const x25519 = {
  a: '77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a',
  A: '8520f0098930a754748b7ddcb43ef75a0dbf3a0d26381af4eba4a98eaa9b4e6a',
  b: '5dab087e624a8a4b79e17f8b83800ee66f3bb1292618b6fd1c2f8b27ff88e0eb',
  B: 'de9edb7d7b7dc1b4d35b61c2ece435373f8343c85b78674dadfc7e146f882b4f',
  K: '4a5d9d5ba4ce2de1728e3bf480350f25e07e21c947d19e3376f09b3c1e161742',
};
const x448 = {
  a: '9a8f4925d1519f5775cf46b04b5800d4ee9ee8bae8bc5565d498c28dd9c9baf574a9419744897391006382a6f127ab1d' +
    '9ac2d8c0a598726b',
  A: '9b08f7cc31b7e3e67d22d5aea121074a273bd2b83de09c63faa73d2c22c5d9bbc836647241d953d40c5b12da88120d53' +
    '177f80e532c41fa0',
  B: '3eb7a829b0cd20f5bcfc0b599b6feccf6da4627107bdb0d4f345b43027d8b972fc3e34fb4232a13ca706dcb57aec3dae' +
    '07bdc1c67bf33609',
  K: '07fff4181ac6cc95ec1c16a94a0f74d12da232ce40a77552281d282bb60c0b56fd2464c335543936521c24403085d59a' +
    '449a5037514a879d',
};

// Ed448 and X448 are experimental in Node 20: one warning each.
const warnings = [];
process.on('warning', (w) => warnings.push(`${w.name}: ${w.message}`));

run(async () => {
  // ---- Ed25519 ----
  for (const v of ed25519) {
    const priv = await subtle.importKey('jwk', okpJwk('Ed25519', v.x, v.d), 'Ed25519', false, ['sign']);
    const pub = await subtle.importKey('raw', fromHex(v.x), 'Ed25519', true, ['verify']);
    const sig = await subtle.sign('Ed25519', priv, fromHex(v.msg));
    assert.strictEqual(hex(sig), v.sig);
    assert.strictEqual(await subtle.verify('Ed25519', pub, sig, fromHex(v.msg)), true);
    assert.strictEqual(await subtle.verify({ name: 'ed25519' }, pub, sig, utf8('other')), false);
    const bad = new Uint8Array(sig);
    bad[10] ^= 1;
    assert.strictEqual(await subtle.verify('Ed25519', pub, bad, fromHex(v.msg)), false);
    assert.strictEqual(await subtle.verify('Ed25519', pub, bad.subarray(1), fromHex(v.msg)), false);
  }

  const { privateKey, publicKey } = await subtle.generateKey('Ed25519', true, ['sign', 'verify']);
  assert.deepStrictEqual([privateKey.type, publicKey.type], ['private', 'public']);
  assert.deepStrictEqual([privateKey.usages, publicKey.usages], [['sign'], ['verify']]);
  assert.deepStrictEqual(publicKey.algorithm, { name: 'Ed25519' });
  const raw = await subtle.exportKey('raw', publicKey);
  assert.strictEqual(raw.byteLength, 32);
  const spki = await subtle.exportKey('spki', publicKey);
  assert.strictEqual(hex(spki), `302a300506032b6570032100${hex(raw)}`);
  const pkcs8 = await subtle.exportKey('pkcs8', privateKey);
  const nodePriv = nodeCrypto.createPrivateKey({ key: Buffer.from(pkcs8), format: 'der', type: 'pkcs8' });
  const nodePub = nodeCrypto.createPublicKey({ key: Buffer.from(spki), format: 'der', type: 'spki' });
  assert.strictEqual(nodePriv.asymmetricKeyType, 'ed25519');
  const jwk = await subtle.exportKey('jwk', privateKey);
  assert.deepStrictEqual(jwk, { key_ops: ['sign'], ext: true, ...nodePriv.export({ format: 'jwk' }), alg: 'Ed25519' });
  assert.deepStrictEqual(Object.keys(jwk), ['key_ops', 'ext', 'crv', 'd', 'x', 'kty', 'alg']);
  assert.deepStrictEqual(await subtle.exportKey('jwk', publicKey), { key_ops: ['verify'], ext: true,
    ...nodePub.export({ format: 'jwk' }), alg: 'Ed25519' });
  for (const size of [0, 1, 1000]) {
    const data = nodeCrypto.randomBytes(size);
    const sig = await subtle.sign('Ed25519', privateKey, data);
    assert.strictEqual(hex(sig), hex(nodeCrypto.sign(null, data, nodePriv))); // deterministic
    assert.strictEqual(nodeCrypto.verify(null, data, nodePub, Buffer.from(sig)), true);
  }
  for (const alg of ['EdDSA', 'Ed25519']) {
    await subtle.importKey('jwk', { ...jwk, alg }, 'Ed25519', true, ['sign']);
  }
  const fromSpki = await subtle.importKey('spki', spki, 'Ed25519', true, []);
  assert.deepStrictEqual(fromSpki.usages, []);
  const fromPkcs8 = await subtle.importKey('pkcs8', pkcs8, 'Ed25519', true, ['sign']);
  assert.strictEqual(hex(await subtle.exportKey('pkcs8', fromPkcs8)), hex(pkcs8));

  // Bad input.
  const v = ed25519[0];
  await rejects(subtle.importKey('raw', new Uint8Array(31), 'Ed25519', true, ['verify']),
    dom('DataError', 'Ed25519 raw keys must be exactly 32-bytes'));
  await rejects(subtle.importKey('raw', fromHex(v.x), 'Ed25519', true, ['sign']),
    dom('SyntaxError', 'Unsupported key usage for a Ed25519 key'));
  await rejects(subtle.importKey('pkcs8', pkcs8, 'Ed25519', true, []),
    dom('SyntaxError', 'Usages cannot be empty when importing a private key.'));
  await rejects(subtle.generateKey('Ed25519', true, ['encrypt']), dom('SyntaxError', 'Unsupported key usage for an Ed25519 key'));
  await rejects(subtle.generateKey('Ed25519', true, ['verify']), dom('SyntaxError', 'Usages cannot be empty when creating a key.'));
  const xPair = nodeCrypto.generateKeyPairSync('x25519');
  await rejects(subtle.importKey('spki', xPair.publicKey.export({ format: 'der', type: 'spki' }), 'Ed25519', true,
    ['verify']), dom('DataError', 'Invalid key type'));
  await rejects(subtle.importKey('jwk', { ...okpJwk('Ed25519', v.x, v.d), crv: 'X25519' }, 'Ed25519', true, ['sign']),
    dom('DataError', 'JWK "crv" Parameter and algorithm name mismatch'));
  await rejects(subtle.importKey('jwk', { ...okpJwk('Ed25519', v.x, v.d), alg: 'ES256' }, 'Ed25519', true, ['sign']),
    dom('DataError', 'JWK "alg" does not match the requested algorithm'));
  await rejects(subtle.importKey('jwk', { ...okpJwk('Ed25519', v.x), use: 'enc' }, 'Ed25519', true, ['verify']),
    dom('DataError', 'Invalid JWK "use" Parameter'));
  await rejects(subtle.importKey('jwk', okpJwk('Ed25519', v.x.slice(2)), 'Ed25519', true, ['verify']),
    dom('DataError', 'Invalid keyData'));
  // "x" not the public key of "d".
  await rejects(subtle.importKey('jwk', okpJwk('Ed25519', ed25519[1].x, v.d), 'Ed25519', true, ['sign']),
    dom('DataError', 'Invalid keyData'));
  await rejects(subtle.exportKey('raw', privateKey), dom('InvalidAccessError', 'Unable to export a raw Ed25519 private key'));
  await rejects(subtle.sign('Ed25519', publicKey, utf8('x')), dom('InvalidAccessError', 'Unable to use this key to sign'));

  // ---- X25519 ----
  const alice = await subtle.importKey('jwk', okpJwk('X25519', x25519.A, x25519.a), 'X25519', false,
    ['deriveBits', 'deriveKey']);
  const bobPub = await subtle.importKey('raw', fromHex(x25519.B), 'X25519', true, []);
  assert.strictEqual(hex(await subtle.deriveBits({ name: 'X25519', public: bobPub }, alice, 256)), x25519.K);
  assert.strictEqual(hex(await subtle.deriveBits({ name: 'X25519', public: bobPub }, alice, null)), x25519.K);
  assert.strictEqual(hex(await subtle.deriveBits({ name: 'X25519', public: bobPub }, alice, 8)), x25519.K.slice(0, 2));
  const bob = await subtle.importKey('jwk', okpJwk('X25519', x25519.B, x25519.b), 'X25519', true, ['deriveBits']);
  const alicePub = await subtle.importKey('raw', fromHex(x25519.A), 'X25519', true, []);
  assert.strictEqual(hex(await subtle.deriveBits({ name: 'X25519', public: alicePub }, bob, 256)), x25519.K);
  const aes = await subtle.deriveKey({ name: 'X25519', public: bobPub }, alice, { name: 'AES-KW', length: 256 },
    true, ['wrapKey']);
  assert.strictEqual(hex(await subtle.exportKey('raw', aes)), x25519.K);
  await rejects(subtle.deriveBits({ name: 'X25519', public: bobPub }, alice, 264),
    dom('OperationError', 'derived bit length is too small'));

  const xKeys = await subtle.generateKey('X25519', true, ['deriveKey', 'deriveBits']);
  assert.deepStrictEqual(Object.keys(xKeys), ['privateKey', 'publicKey']);
  assert.deepStrictEqual([xKeys.privateKey.usages, xKeys.publicKey.usages], [['deriveKey', 'deriveBits'], []]);
  const xJwk = await subtle.exportKey('jwk', xKeys.privateKey);
  assert.deepStrictEqual(Object.keys(xJwk), ['key_ops', 'ext', 'crv', 'd', 'x', 'kty']); // no "alg"
  const xNode = nodeCrypto.createPrivateKey({ key: xJwk, format: 'jwk' });
  const shared = nodeCrypto.diffieHellman({ privateKey: xNode, publicKey: nodeCrypto.createPublicKey({
    key: Buffer.from(await subtle.exportKey('spki', bobPub)), format: 'der', type: 'spki' }) });
  assert.strictEqual(hex(await subtle.deriveBits({ name: 'X25519', public: bobPub }, xKeys.privateKey, 256)),
    hex(shared));
  await rejects(subtle.importKey('raw', fromHex(x25519.B), 'X25519', true, ['deriveBits']),
    dom('SyntaxError', 'Unsupported key usage for a X25519 key'));
  await rejects(subtle.generateKey('X25519', true, ['sign']), dom('SyntaxError', 'Unsupported key usage for an X25519 key'));
  await rejects(subtle.importKey('raw', new Uint8Array(33), 'X25519', true, []),
    dom('DataError', 'X25519 raw keys must be exactly 32-bytes'));
  await rejects(subtle.deriveBits({ name: 'X25519', public: publicKey }, alice, 256),
    dom('InvalidAccessError', 'Keys must be ECDH, X25519, or X448 keys'));
  await rejects(subtle.deriveBits({ name: 'X25519', public: alice }, alice, 256),
    dom('InvalidAccessError', 'algorithm.public must be a public key'));

  // ---- Ed448 and X448 ----
  const priv448 = await subtle.importKey('jwk', okpJwk('Ed448', ed448.x, ed448.d), 'Ed448', false, ['sign']);
  const pub448 = await subtle.importKey('raw', fromHex(ed448.x), 'Ed448', true, ['verify']);
  const sig448 = await subtle.sign('Ed448', priv448, new Uint8Array(0));
  assert.strictEqual(hex(sig448), ed448.sig);
  assert.strictEqual(await subtle.verify({ name: 'Ed448' }, pub448, sig448, new Uint8Array(0)), true);
  assert.strictEqual(await subtle.verify('Ed448', pub448, sig448, new Uint8Array(1)), false);
  assert.strictEqual((await subtle.exportKey('jwk', pub448)).alg, 'Ed448');
  // Ed448's context: only the empty one, as in Node 20.
  assert.strictEqual(hex(await subtle.sign({ name: 'Ed448', context: new Uint8Array(0) }, priv448, new Uint8Array(0))),
    ed448.sig);
  await rejects(subtle.sign({ name: 'Ed448', context: new Uint8Array(1) }, priv448, new Uint8Array(0)),
    dom('NotSupportedError', 'Non zero-length context is not yet supported.'));
  await rejects(subtle.verify({ name: 'Ed448', context: new Uint8Array(1) }, pub448, sig448, new Uint8Array(0)),
    dom('NotSupportedError', 'Non zero-length context is not yet supported.'));
  const x448Alice = await subtle.importKey('jwk', okpJwk('X448', x448.A, x448.a), 'X448', false, ['deriveBits']);
  const x448Bob = await subtle.importKey('raw', fromHex(x448.B), 'X448', true, []);
  assert.strictEqual(hex(await subtle.deriveBits({ name: 'X448', public: x448Bob }, x448Alice, 448)), x448.K);
  const pair448 = await subtle.generateKey('X448', true, ['deriveBits']);
  assert.strictEqual((await subtle.exportKey('raw', pair448.publicKey)).byteLength, 56);
  await rejects(subtle.deriveBits({ name: 'X448', public: bobPub }, x448Alice, 448),
    dom('InvalidAccessError', 'The public and private keys must be of the same type'));

  await new Promise((resolve) => setImmediate(resolve));
  assert.deepStrictEqual(warnings, [
    'ExperimentalWarning: The Ed448 Web Crypto API algorithm is an experimental feature and might change at any time',
    'ExperimentalWarning: The X448 Web Crypto API algorithm is an experimental feature and might change at any time',
  ]);
});
