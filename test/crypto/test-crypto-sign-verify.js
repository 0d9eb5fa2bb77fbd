'use strict';
// crypto.sign / crypto.verify and Sign / Verify: known answers (RFC 8032
// Ed25519 and Ed448, RFC 6979's P-256 signature, an RSA PKCS#1 v1.5
// signature made by openssl), round trips for every key type and option
// (PSS salt lengths, DER and IEEE P1363 encodings), the stream forms, the
// callback forms, and bad input: tampered signatures are false, not errors.
const assert = require('assert');
const crypto = require('crypto');
const { Writable } = require('stream');
const { mustCall } = require('../common');
const fx = require('./fixtures-keys');
const { sign, verify, createSign, createVerify, createPrivateKey, createPublicKey, generateKeyPairSync } = crypto;
const { RSA_PKCS1_PSS_PADDING, RSA_PKCS1_PADDING, RSA_PSS_SALTLEN_DIGEST, RSA_PSS_SALTLEN_MAX_SIGN, RSA_PSS_SALTLEN_AUTO } = crypto.constants;

const hex = (h) => Buffer.from(h, 'hex');
const b64u = (h) => hex(h).toString('base64url');

function tampered(sig) {
  const t = Buffer.from(sig);
  t[t.length >> 1] ^= 0x10;
  return t;
}

// ---- RFC 8032 ----
function okpPair(crv, d, x) {
  return {
    privateKey: createPrivateKey({ key: { kty: 'OKP', crv, d: b64u(d), x: b64u(x) }, format: 'jwk' }),
    publicKey: createPublicKey({ key: { kty: 'OKP', crv, x: b64u(x) }, format: 'jwk' }),
  };
}
for (const [crv, d, x, msg, expected] of [
  // RFC 8032 7.1, TEST 1 and TEST 2.
  ['Ed25519', '9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60',
    'd75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a', '',
    'e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b'],
  ['Ed25519', '4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb',
    '3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c', '72',
    '92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00'],
  // RFC 8032 7.4, the blank message.
  ['Ed448', '6c82a562cb808d10d632be89c8513ebf6c929f34ddfa8c9f63c9960ef6e348a3528c8a3fcc2f044e39a3fc5b94492f8f032e7549a20098f95b',
    '5fd7449b59b461fd2ce787ec616ad46a1da1342485a70e1f8a0ea75d80e96778edf124769b46c7061bd6783df1e50f6cd1fa1abeafe8256180', '',
    '533a37f6bbe457251f023c0d88f976ae2dfb504a843e34d2074fd823d41a591f2b233f034f628281f2fd7a22ddd47d7828c59bd0a21bfd3980ff0d2028d4b18a9df63e006c5d1c2d345b925d8dc00b4104852db99ac5c7cdda8530a113a0f4dbb61149f05a7363268c71d95808ff2e652600'],
]) {
  const { privateKey, publicKey } = okpPair(crv, d, x);
  assert(createPublicKey(privateKey).equals(publicKey), crv);
  const sig = sign(null, hex(msg), privateKey);
  assert.strictEqual(sig.toString('hex'), expected, crv);
  assert.strictEqual(sign(undefined, hex(msg), privateKey).toString('hex'), expected);
  assert(verify(null, hex(msg), publicKey, hex(expected)));
  assert(verify(null, hex(msg), privateKey, hex(expected)));
  assert(!verify(null, hex(msg), publicKey, tampered(hex(expected))));
  assert(!verify(null, Buffer.from('other'), publicKey, hex(expected)));
  assert(!verify(null, hex(msg), publicKey, hex(expected).subarray(1)));
  assert(!verify(null, hex(msg), publicKey, Buffer.alloc(0)));
  // EdDSA takes no digest, and does not stream.
  assert.throws(() => sign('sha256', hex(msg), privateKey), {
    code: 'ERR_OSSL_INVALID_DIGEST', message: 'error:1C80007A:Provider routines::invalid digest',
  });
  const s = createSign('sha256');
  s.update('x');
  assert.throws(() => s.sign(privateKey), {
    name: 'Error', code: 'ERR_CRYPTO_UNSUPPORTED_OPERATION', message: 'Unsupported crypto operation',
  });
}

// ---- RFC 6979 A.2.5: P-256 with SHA-256 over "sample" ----
{
  const jwk = {
    kty: 'EC', crv: 'P-256',
    x: b64u('60FED4BA255A9D31C961EB74C6356D68C049B8923B61FA6CE669622E60F29FB6'),
    y: b64u('7903FE1008B8BC99A41AE9E95628BC64F2F1B20C2D7E9F5177A3C294D4462299'),
  };
  const publicKey = createPublicKey({ key: jwk, format: 'jwk' });
  const privateKey = createPrivateKey({ key: { ...jwk, d: b64u('C9AFA9D845BA75166B5C215767B1D6934E50C3DB36E89B127B8A622B120F6721') }, format: 'jwk' });
  assert(createPublicKey(privateKey).equals(publicKey));
  const r = 'EFD48B2AACB6A8FD1140DD9CD45E81D69D2C877B56AAF991C34D0EA84EAF3716';
  const s = 'F7CB1C942D657C41D436C7A1B6E29F65F3E900DBB9AFF4064DC4AB2F843ACDA8';
  const p1363 = hex(r + s);
  const msg = Buffer.from('sample');
  assert(verify('sha256', msg, { key: publicKey, dsaEncoding: 'ieee-p1363' }, p1363));
  // The same signature in DER: SEQUENCE { INTEGER r, INTEGER s }, both with a
  // leading zero (their top bits are set).
  const der = Buffer.concat([hex('3046022100'), hex(r), hex('022100'), hex(s)]);
  assert(verify('sha256', msg, publicKey, der));
  assert(verify('sha256', msg, { key: publicKey, dsaEncoding: 'der' }, der));
  assert(!verify('sha256', msg, publicKey, p1363)); // P1363 is not DER
  assert(!verify('sha256', msg, { key: publicKey, dsaEncoding: 'ieee-p1363' }, der));
  assert(!verify('sha256', msg, { key: publicKey, dsaEncoding: 'ieee-p1363' }, tampered(p1363)));
  assert(!verify('sha256', Buffer.from('samplE'), { key: publicKey, dsaEncoding: 'ieee-p1363' }, p1363));
  assert(!verify('sha384', msg, { key: publicKey, dsaEncoding: 'ieee-p1363' }, p1363));
  // Our own signatures verify, in both encodings (ECDSA is randomized).
  const mine = sign('sha256', msg, { key: privateKey, dsaEncoding: 'ieee-p1363' });
  assert.strictEqual(mine.length, 64);
  assert(verify('sha256', msg, { key: publicKey, dsaEncoding: 'ieee-p1363' }, mine));
}

// ---- RSA PKCS#1 v1.5: deterministic, so openssl's signature is the answer ----
{
  const privateKey = createPrivateKey(fx.rsaPrivatePem);
  const publicKey = createPublicKey(fx.rsaPublicPem);
  const data = Buffer.from('lode');
  assert.strictEqual(sign('sha256', data, privateKey).toString('hex'), fx.rsaSha256SigOfLode);
  assert.strictEqual(sign('SHA256', 'lode', fx.rsaPrivatePem).toString('hex'), fx.rsaSha256SigOfLode);
  assert.strictEqual(sign('RSA-SHA256', data, { key: privateKey, padding: RSA_PKCS1_PADDING }).toString('hex'), fx.rsaSha256SigOfLode);
  const s = createSign('sha256');
  s.update('lo');
  s.update(Buffer.from('de'));
  assert.strictEqual(s.sign(fx.rsaPrivatePem, 'hex'), fx.rsaSha256SigOfLode);
  assert(verify('sha256', data, publicKey, hex(fx.rsaSha256SigOfLode)));
  assert(verify('sha256', data, fx.rsaPublicPem, hex(fx.rsaSha256SigOfLode)));
  assert(verify('sha256', data, fx.rsaPrivatePem, hex(fx.rsaSha256SigOfLode)));
  const v = createVerify('sha256');
  v.update('lode');
  assert(v.verify(publicKey, fx.rsaSha256SigOfLode, 'hex'));
  assert(!verify('sha256', data, publicKey, tampered(hex(fx.rsaSha256SigOfLode))));
  assert(!verify('sha1', data, publicKey, hex(fx.rsaSha256SigOfLode)));
  assert(!verify('sha256', data, publicKey, Buffer.alloc(3)));
  assert(!verify('sha256', data, publicKey, Buffer.alloc(128)));
  assert(!verify('sha256', data, publicKey, Buffer.alloc(0)));
  // The digest default (no algorithm) for RSA is SHA-256.
  assert(verify(null, data, publicKey, sign(null, data, privateKey)));
  // Every digest signs and verifies.
  for (const alg of ['md5', 'sha1', 'sha224', 'sha384', 'sha512', 'sha512-256', 'sha3-256', 'ripemd160']) {
    const sig = sign(alg, data, privateKey);
    assert.strictEqual(sig.length, 128);
    assert(verify(alg, data, publicKey, sig), alg);
    assert(!verify(alg === 'md5' ? 'sha1' : 'md5', data, publicKey, sig), alg);
  }
}

// ---- RSA-PSS ----
{
  const privateKey = createPrivateKey(fx.rsaPrivatePem);
  const publicKey = createPublicKey(fx.rsaPublicPem);
  const data = Buffer.from('salted');
  const pss = (saltLength, key = privateKey) => ({ key, padding: RSA_PKCS1_PSS_PADDING, saltLength });
  for (const saltLength of [0, 1, 20, 32, 94]) {
    const sig = sign('sha256', data, pss(saltLength));
    assert(verify('sha256', data, pss(saltLength, publicKey), sig), `salt ${saltLength}`);
    assert(verify('sha256', data, pss(RSA_PSS_SALTLEN_AUTO, publicKey), sig), `salt ${saltLength} auto`);
    assert(!verify('sha256', data, pss(saltLength + 1, publicKey), sig), `salt ${saltLength} + 1`);
    assert(!verify('sha256', data, publicKey, sig), 'not PKCS#1 v1.5');
  }
  // PSS is randomized: two signatures differ, both verify.
  const a = sign('sha256', data, pss(32));
  const b = sign('sha256', data, pss(32));
  assert(!a.equals(b));
  const digestSalt = sign('sha256', data, pss(RSA_PSS_SALTLEN_DIGEST));
  assert(verify('sha256', data, pss(32, publicKey), digestSalt));
  const maxSalt = sign('sha256', data, pss(RSA_PSS_SALTLEN_MAX_SIGN));
  assert(verify('sha256', data, pss(94, publicKey), maxSalt));
  // The default salt length signs with the most and verifies any.
  assert(verify('sha256', data, pss(94, publicKey), sign('sha256', data, { key: privateKey, padding: RSA_PKCS1_PSS_PADDING })));
  assert(verify('sha256', data, { key: publicKey, padding: RSA_PKCS1_PSS_PADDING }, sign('sha256', data, pss(5))));
  // Too much salt for the key.
  assert.throws(() => sign('sha256', data, pss(95)), {
    code: 'ERR_OSSL_RSA_DATA_TOO_LARGE_FOR_KEY_SIZE', message: 'error:0200006E:rsa routines::data too large for key size',
  });
  // The stream forms take the same options.
  const s = createSign('sha384');
  s.write('sal');
  s.end('ted');
  const sig = s.sign(pss(48));
  const v = createVerify('sha384');
  v.update('salted');
  assert(v.verify(pss(48, publicKey), sig));

  // rsa-pss keys sign with PSS by themselves, within their restrictions.
  const restricted = generateKeyPairSync('rsa-pss', { modulusLength: 1024, hashAlgorithm: 'sha256', saltLength: 16 });
  const rsig = sign('sha256', data, restricted.privateKey);
  assert(verify('sha256', data, restricted.publicKey, rsig));
  assert(verify('sha256', data, { key: publicKeyOf(restricted), padding: RSA_PKCS1_PSS_PADDING, saltLength: 16 }, rsig));
  assert.throws(() => sign('sha512', data, restricted.privateKey), {
    code: 'ERR_OSSL_DIGEST_NOT_ALLOWED', message: 'error:1C8000AE:Provider routines::digest not allowed',
  });
  assert.throws(() => sign('sha256', data, { key: restricted.privateKey, saltLength: 8 }), /error:/);
}
function publicKeyOf(pair) {
  // The same key as a plain RSA public key (SPKI of rsaEncryption).
  const jwk = createPrivateKey(pair.privateKey.export({ format: 'pem', type: 'pkcs8' }));
  return createPublicKey(jwk);
}

// ---- round trips for every key type ----
for (const [type, options, p1363Size] of [
  ['rsa', { modulusLength: 1024 }],
  ['dsa', { modulusLength: 1024, divisorLength: 160 }, 40],
  ['dsa', { modulusLength: 2048, divisorLength: 256 }, 64],
  ['ec', { namedCurve: 'P-256' }, 64],
  ['ec', { namedCurve: 'P-384' }, 96],
  ['ec', { namedCurve: 'P-521' }, 132],
  ['ec', { namedCurve: 'secp256k1' }, 64],
  ['ed25519', undefined],
  ['ed448', undefined],
]) {
  const { publicKey, privateKey } = generateKeyPairSync(type, options);
  const alg = type.startsWith('ed') ? null : 'sha256';
  for (const size of [0, 1, 1000, 100000]) {
    const data = crypto.randomBytes(size);
    const sig = sign(alg, data, privateKey);
    assert(verify(alg, data, publicKey, sig), `${type} ${size}`);
    if (size > 0) {
      const other = Buffer.from(data);
      other[0] ^= 1;
      assert(!verify(alg, other, publicKey, sig), `${type} ${size} other data`);
    }
    assert(!verify(alg, data, publicKey, tampered(sig)), `${type} ${size} tampered`);
  }
  if (p1363Size) {
    const data = Buffer.from('p1363');
    const sig = sign('sha256', data, { key: privateKey, dsaEncoding: 'ieee-p1363' });
    assert.strictEqual(sig.length, p1363Size, type);
    assert(verify('sha256', data, { key: publicKey, dsaEncoding: 'ieee-p1363' }, sig), type);
    assert(!verify('sha256', data, { key: publicKey, dsaEncoding: 'ieee-p1363' }, sig.subarray(1)), type);
    assert(!verify('sha256', data, { key: publicKey, dsaEncoding: 'ieee-p1363' }, tampered(sig)), type);
    const s = createSign('sha256');
    s.update(data);
    const ssig = s.sign({ key: privateKey, dsaEncoding: 'ieee-p1363' });
    assert.strictEqual(ssig.length, p1363Size);
    const v = createVerify('sha256');
    v.update(data);
    assert(v.verify({ key: publicKey, dsaEncoding: 'ieee-p1363' }, ssig));
  }
  // Keys given as PEM strings work the same.
  if (alg) {
    const pem = privateKey.export({ format: 'pem', type: 'pkcs8' });
    const sig = sign(alg, Buffer.from('pem'), pem);
    assert(verify(alg, Buffer.from('pem'), publicKey.export({ format: 'pem', type: 'spki' }), sig), type);
    assert(verify(alg, Buffer.from('pem'), { key: publicKey.export({ format: 'der', type: 'spki' }), format: 'der', type: 'spki' }, sig));
  }
}

// ---- the stream forms ----
{
  const privateKey = createPrivateKey(fx.ecPrivatePem);
  const publicKey = createPublicKey(fx.ecPublicPem);
  const s = createSign('sha256');
  assert(s instanceof crypto.Sign);
  assert(s instanceof Writable);
  assert.deepStrictEqual(Object.getOwnPropertyNames(crypto.Sign.prototype), ['constructor', '_write', 'update', 'sign']);
  assert.deepStrictEqual(Object.getOwnPropertyNames(crypto.Verify.prototype), ['constructor', '_write', 'update', 'verify']);
  assert.strictEqual(crypto.Sign.length, 2);
  assert(crypto.Sign('sha256') instanceof crypto.Sign);
  assert.strictEqual(s.update('a'), s);
  s.update('62', 'hex');
  s.write('c');
  s.end(Buffer.from('d'), mustCall(() => {
    const sig = s.sign(privateKey, 'base64');
    const v = createVerify('sha256');
    v.update('abcd');
    assert(v.verify(publicKey, sig, 'base64'));
    // Both are spent now.
    assert.throws(() => s.sign(privateKey), { name: 'Error', code: 'ERR_CRYPTO_INVALID_STATE', message: 'Not initialised' });
    assert.throws(() => s.update('x'), { code: 'ERR_CRYPTO_INVALID_STATE' });
    assert.throws(() => v.verify(publicKey, sig, 'base64'), { code: 'ERR_CRYPTO_INVALID_STATE' });
  }));
  // Piped into.
  const { Readable } = require('stream');
  const signer = createSign('sha512');
  Readable.from([Buffer.from('pi'), Buffer.from('ped')]).pipe(signer).on('finish', mustCall(() => {
    const sig = signer.sign(privateKey);
    assert(verify('sha512', Buffer.from('piped'), publicKey, sig));
  }));
  assert.throws(() => createSign('foo'), { name: 'TypeError', code: 'ERR_CRYPTO_INVALID_DIGEST', message: 'Invalid digest' });
  assert.throws(() => createSign(), {
    code: 'ERR_INVALID_ARG_TYPE', message: 'The "algorithm" argument must be of type string. Received undefined',
  });
  assert.throws(() => createSign('sha256').update(1), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => createSign('sha256').sign(), {
    name: 'Error', code: 'ERR_CRYPTO_SIGN_KEY_REQUIRED', message: 'No key provided to sign',
  });
  assert.throws(() => createSign('sha256').sign(publicKey), {
    code: 'ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE', message: 'Invalid key object type public, expected private.',
  });
  assert.throws(() => createSign('sha256').sign('garbage'), { code: 'ERR_OSSL_UNSUPPORTED' });
}

// ---- the callback forms ----
{
  const privateKey = createPrivateKey(fx.rsaPrivatePem);
  let returned = false;
  sign('sha256', Buffer.from('lode'), privateKey, mustCall((err, sig) => {
    assert.ifError(err);
    assert(returned);
    assert.strictEqual(sig.toString('hex'), fx.rsaSha256SigOfLode);
    verify('sha256', Buffer.from('lode'), fx.rsaPublicPem, sig, mustCall((err, ok) => {
      assert.ifError(err);
      assert.strictEqual(ok, true);
    }));
    verify('sha256', Buffer.from('lode'), fx.rsaPublicPem, tampered(sig), mustCall((err, ok) => {
      assert.ifError(err);
      assert.strictEqual(ok, false);
    }));
  }));
  returned = true;
  const ed = generateKeyPairSync('ed25519');
  sign('sha256', Buffer.from('x'), ed.privateKey, mustCall((err, sig) => {
    assert.strictEqual(err.message, 'error:1C80007A:Provider routines::invalid digest');
    assert.strictEqual(err.code, undefined);
    assert.strictEqual(sig, undefined);
  }));
  assert.throws(() => sign('sha256', Buffer.from('x'), privateKey, 1), {
    code: 'ERR_INVALID_ARG_TYPE', message: 'The "callback" argument must be of type function. Received type number (1)',
  });
}

// ---- bad arguments ----
{
  const rsa = createPrivateKey(fx.rsaPrivatePem);
  const d = Buffer.from('x');
  assert.throws(() => sign('sha256', d, createPublicKey(rsa)), { code: 'ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE' });
  assert.throws(() => sign('sha256', d, crypto.createSecretKey(d)), {
    code: 'ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE', message: 'Invalid key object type secret, expected private.',
  });
  assert.throws(() => verify('sha256', d, crypto.createSecretKey(d), d), {
    code: 'ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE', message: 'Invalid key object type secret, expected private or public.',
  });
  assert.throws(() => sign('foo', d, rsa), { name: 'TypeError', code: 'ERR_CRYPTO_INVALID_DIGEST', message: 'Invalid digest: foo' });
  assert.throws(() => sign(1, d, rsa), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => sign('sha256', 1, rsa), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "data" argument must be of type string or an instance of ArrayBuffer, Buffer, TypedArray, or DataView. Received type number (1)',
  });
  assert.throws(() => sign('sha256', d, null), { code: 'ERR_CRYPTO_SIGN_KEY_REQUIRED' });
  assert.throws(() => sign('sha256', d, 1), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "key" argument must be of type string or an instance of ArrayBuffer, Buffer, TypedArray, DataView, KeyObject, or CryptoKey. Received type number (1)',
  });
  assert.throws(() => sign('sha256', d, {}), { code: 'ERR_INVALID_ARG_TYPE', message: /^The "key\.key" property must be/ });
  assert.throws(() => sign('sha256', d, { key: rsa, dsaEncoding: 'foo' }), {
    code: 'ERR_INVALID_ARG_VALUE', message: "The property 'options.dsaEncoding' is invalid. Received 'foo'",
  });
  assert.throws(() => sign('sha256', d, { key: rsa, padding: 'x' }), {
    code: 'ERR_INVALID_ARG_VALUE', message: "The property 'options.padding' is invalid. Received 'x'",
  });
  assert.throws(() => sign('sha256', d, { key: rsa, saltLength: 1.5 }), { code: 'ERR_INVALID_ARG_VALUE' });
  assert.throws(() => sign('sha256', d, { key: rsa, padding: 99 }), {
    code: 'ERR_OSSL_ILLEGAL_OR_UNSUPPORTED_PADDING_MODE',
  });
  assert.throws(() => sign('sha256', d, generateKeyPairSync('x25519').privateKey), {
    code: 'ERR_OSSL_EVP_OPERATION_NOT_SUPPORTED_FOR_THIS_KEYTYPE',
  });
  assert.throws(() => verify('sha256', d, rsa), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "signature" argument must be an instance of Buffer, TypedArray, or DataView. Received undefined',
  });
  assert.throws(() => verify('sha256', d, rsa, 'sig'), { code: 'ERR_INVALID_ARG_TYPE' });
  // Random garbage of every length is a false, never a crash.
  const pub = createPublicKey(rsa);
  const ec = createPublicKey(fx.ecPublicPem);
  for (let n = 0; n < 200; n += 7) {
    const junk = crypto.randomBytes(n);
    assert.strictEqual(verify('sha256', d, pub, junk), false);
    assert.strictEqual(verify('sha256', d, ec, junk), false);
    assert.strictEqual(verify('sha256', d, { key: ec, dsaEncoding: 'ieee-p1363' }, junk), false);
  }
}

// One-shot argument order, as node: the digest is looked up last, after the
// key (whose text is parsed after the signature and callback are checked).
{
  const { privateKey: ecKey, publicKey: ecPub } = crypto.generateKeyPairSync('ec', { namedCurve: 'P-256' });
  assert.throws(() => crypto.sign('bogus', Buffer.from('a')), { code: 'ERR_CRYPTO_SIGN_KEY_REQUIRED' });
  assert.throws(() => crypto.sign('bogus', Buffer.from('a'), 'not a key'), { code: 'ERR_OSSL_UNSUPPORTED' });
  assert.throws(() => crypto.sign('bogus', Buffer.from('a'), ecKey, 5), { code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "callback" argument must be of type function. Received type number (5)' });
  assert.throws(() => crypto.sign('bogus', Buffer.from('a'), ecKey, () => {}),
    { code: 'ERR_CRYPTO_INVALID_DIGEST', message: 'Invalid digest: bogus' });
  assert.throws(() => crypto.sign(5, Buffer.from('a'), ecKey), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => crypto.verify('bogus', Buffer.from('a'), 'not a key'), { code: 'ERR_INVALID_ARG_TYPE',
    message: /"signature" argument/ });
  assert.throws(() => crypto.verify('bogus', Buffer.from('a'), ecPub, Buffer.alloc(3)),
    { code: 'ERR_CRYPTO_INVALID_DIGEST' });
}
