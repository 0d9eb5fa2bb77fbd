'use strict';
// Key agreement: crypto.diffieHellman (RFC 7748 X25519/X448 vectors, EC,
// DH), ECDH (RFC 5903 P-256 vector, point formats, convertKey),
// DiffieHellman and the RFC 2409/3526 groups, getCurves, and Node's errors.
const assert = require('assert');
const crypto = require('crypto');
const {
  createDiffieHellman, createDiffieHellmanGroup, getDiffieHellman, createECDH, ECDH, diffieHellman,
  createPrivateKey, createPublicKey, generateKeyPairSync, getCurves,
} = crypto;

const b64u = (h) => Buffer.from(h, 'hex').toString('base64url');
const okp = (crv, d, x) => ({
  privateKey: createPrivateKey({ key: { kty: 'OKP', crv, d: b64u(d), x: b64u(x) }, format: 'jwk' }),
  publicKey: createPublicKey({ key: { kty: 'OKP', crv, x: b64u(x) }, format: 'jwk' }),
});

// ---- RFC 7748 section 6 ----
for (const [crv, aPriv, aPub, bPriv, bPub, shared] of [
  ['X25519',
    '77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a',
    '8520f0098930a754748b7ddcb43ef75a0dbf3a0d26381af4eba4a98eaa9b4e6a',
    '5dab087e624a8a4b79e17f8b83800ee66f3bb1292618b6fd1c2f8b27ff88e0eb',
    'de9edb7d7b7dc1b4d35b61c2ece435373f8343c85b78674dadfc7e146f882b4f',
    '4a5d9d5ba4ce2de1728e3bf480350f25e07e21c947d19e3376f09b3c1e161742'],
  ['X448',
    '9a8f4925d1519f5775cf46b04b5800d4ee9ee8bae8bc5565d498c28dd9c9baf574a9419744897391006382a6f127ab1d9ac2d8c0a598726b',
    '9b08f7cc31b7e3e67d22d5aea121074a273bd2b83de09c63faa73d2c22c5d9bbc836647241d953d40c5b12da88120d53177f80e532c41fa0',
    '1c306a7ac2a0e2e0990b294470cba339e6453772b075811d8fad0d1d6927c120bb5ee8972b0d3e21374c9c921b09d1b0366f10b65173992d',
    '3eb7a829b0cd20f5bcfc0b599b6feccf6da4627107bdb0d4f345b43027d8b972fc3e34fb4232a13ca706dcb57aec3dae07bdc1c67bf33609',
    '07fff4181ac6cc95ec1c16a94a0f74d12da232ce40a77552281d282bb60c0b56fd2464c335543936521c24403085d59a449a5037514a879d'],
]) {
  const a = okp(crv, aPriv, aPub);
  const b = okp(crv, bPriv, bPub);
  // The public keys derived from the private ones are the RFC's.
  assert(createPublicKey(a.privateKey).equals(a.publicKey), crv);
  assert(createPublicKey(b.privateKey).equals(b.publicKey), crv);
  assert.strictEqual(diffieHellman({ privateKey: a.privateKey, publicKey: b.publicKey }).toString('hex'), shared);
  assert.strictEqual(diffieHellman({ privateKey: b.privateKey, publicKey: a.publicKey }).toString('hex'), shared);
  // A private key serves as the public one too.
  assert.strictEqual(diffieHellman({ privateKey: a.privateKey, publicKey: b.privateKey }).toString('hex'), shared);
}

// ---- RFC 5903 section 8.1: ECDH on P-256 ----
{
  const i = 'C88F01F510D9AC3F70A292DAA2316DE544E9AAB8AFE84049C62A9C57862D1433';
  const gi = '04DAD0B65394221CF9B051E1FECA5787D098DFE637FC90B9EF945D0C37725811805271A0461CDB8252D61F1C456FA3E59AB1F45B33ACCF5F58389E0577B8990BB3';
  const r = 'C6EF9C5D78AE012A011164ACB397CE2088685D8F06BF9BE0B283AB46476BEE53';
  const gr = '04D12DFB5289C8D4F81208B70270398C342296970A0BCCB74C736FC7554494BF6356FBF3CA366CC23E8157854C13C58D6AAC23F046ADA30F8353E74F33039872AB';
  const gir = 'D6840F6B42F6EDAFD13116E0E12565202FEF8E9ECE7DCE03812464D04B9442DE';
  const alice = createECDH('prime256v1');
  alice.setPrivateKey(i, 'hex');
  assert.strictEqual(alice.getPublicKey('hex').toUpperCase(), gi);
  assert.strictEqual(alice.getPrivateKey('hex').toUpperCase(), i);
  assert.strictEqual(alice.computeSecret(gr, 'hex', 'hex').toUpperCase(), gir);
  const bob = createECDH('prime256v1');
  bob.setPrivateKey(Buffer.from(r, 'hex'));
  assert.strictEqual(bob.computeSecret(Buffer.from(gi, 'hex')).toString('hex').toUpperCase(), gir);
  // The compressed form of the same point works as well.
  assert.strictEqual(bob.computeSecret(alice.getPublicKey(null, 'compressed')).toString('hex').toUpperCase(), gir);
  // And the same keys as KeyObjects, through crypto.diffieHellman.
  const xy = (p) => ({ x: b64u(p.slice(2, 66)), y: b64u(p.slice(66)) });
  const aliceKey = createPrivateKey({ key: { kty: 'EC', crv: 'P-256', ...xy(gi), d: b64u(i) }, format: 'jwk' });
  const bobPub = createPublicKey({ key: { kty: 'EC', crv: 'P-256', ...xy(gr) }, format: 'jwk' });
  assert.strictEqual(diffieHellman({ privateKey: aliceKey, publicKey: bobPub }).toString('hex').toUpperCase(), gir);
}

// ---- ECDH objects ----
{
  assert.deepStrictEqual(Object.getOwnPropertyNames(ECDH.prototype),
    ['constructor', 'computeSecret', 'setPrivateKey', 'setPublicKey', 'getPrivateKey', 'generateKeys', 'getPublicKey']);
  assert.strictEqual(typeof ECDH.convertKey, 'function');
  assert(ECDH('secp256k1') instanceof ECDH);
  for (const [curve, size] of [['prime256v1', 32], ['secp384r1', 48], ['secp521r1', 66], ['secp256k1', 32], ['brainpoolP256r1', 32]]) {
    const a = createECDH(curve);
    const b = createECDH(curve);
    const pa = a.generateKeys();
    assert.strictEqual(pa.length, 1 + 2 * size);
    assert.strictEqual(pa[0], 4);
    b.generateKeys();
    const s1 = a.computeSecret(b.getPublicKey());
    assert.strictEqual(s1.length, size, curve);
    assert.deepStrictEqual(b.computeSecret(pa), s1);
    const compressed = a.getPublicKey(null, 'compressed');
    assert.strictEqual(compressed.length, 1 + size);
    assert(compressed[0] === 2 || compressed[0] === 3);
    const hybrid = a.getPublicKey('hex', 'hybrid');
    assert(hybrid.startsWith('06') || hybrid.startsWith('07'));
    assert.deepStrictEqual(b.computeSecret(compressed), s1);
    assert.deepStrictEqual(b.computeSecret(hybrid, 'hex'), s1);
    assert.strictEqual(ECDH.convertKey(compressed, curve, null, 'hex'), pa.toString('hex'));
    assert.deepStrictEqual(ECDH.convertKey(pa.toString('hex'), curve, 'hex', 'buffer', 'compressed'), compressed);
    // A copy of a's keys agrees with b.
    const c = createECDH(curve);
    c.setPrivateKey(a.getPrivateKey());
    assert.deepStrictEqual(c.getPublicKey(), pa);
    assert.deepStrictEqual(c.computeSecret(b.getPublicKey()), s1);
    // The ECDH secret is crypto.diffieHellman's for the same keys.
    const kp = generateKeyPairSync('ec', { namedCurve: curve });
    const e = createECDH(curve);
    const raw = kp.privateKey.export({ format: 'der', type: 'pkcs8' });
    // The private key's OCTET STRING inside PKCS#8's SEC1: 04 <size> <d>.
    const at = raw.indexOf(Buffer.from([0x02, 0x01, 0x01, 0x04, size]));
    e.setPrivateKey(raw.subarray(at + 5, at + 5 + size));
    assert.deepStrictEqual(e.getPublicKey(), kp.publicKey.export({ format: 'der', type: 'spki' }).subarray(-(1 + 2 * size)));
    assert.deepStrictEqual(e.computeSecret(b.getPublicKey()),
      diffieHellman({ privateKey: kp.privateKey, publicKey: createPublicKey(ecSpki(curve, b.getPublicKey())) }));
  }
  // The private key is given back without leading zeros.
  const one = createECDH('secp256k1');
  one.setPrivateKey(Buffer.from([1]));
  assert.deepStrictEqual(one.getPrivateKey(), Buffer.from([1]));
  assert.strictEqual(one.getPublicKey('hex', 'compressed'), '0279be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798');
  // setPublicKey replaces the public key alone.
  const other = createECDH('secp256k1');
  other.generateKeys();
  assert.strictEqual(one.setPublicKey(other.getPublicKey()), one);
  assert.deepStrictEqual(one.getPublicKey(), other.getPublicKey());
  assert.deepStrictEqual(one.getPrivateKey(), Buffer.from([1]));
}
// A SubjectPublicKeyInfo for a named-curve point, from the curve's OID.
function ecSpki(curve, point) {
  const oids = {
    prime256v1: '06082a8648ce3d030107', secp384r1: '06052b81040022', secp521r1: '06052b81040023',
    secp256k1: '06052b8104000a', brainpoolP256r1: '06092b2403030208010107',
  };
  const der = (tag, body) => {
    const len = body.length < 128 ? Buffer.from([body.length]) :
      body.length < 256 ? Buffer.from([0x81, body.length]) : Buffer.from([0x82, body.length >> 8, body.length & 255]);
    return Buffer.concat([Buffer.from([tag]), len, body]);
  };
  const alg = der(0x30, Buffer.concat([Buffer.from('06072a8648ce3d0201', 'hex'), Buffer.from(oids[curve], 'hex')]));
  const key = der(0x03, Buffer.concat([Buffer.from([0]), point]));
  return { key: der(0x30, Buffer.concat([alg, key])), format: 'der', type: 'spki' };
}

// ---- ECDH errors ----
{
  const a = createECDH('prime256v1');
  assert.throws(() => a.getPublicKey(), { name: 'Error', code: 'ERR_CRYPTO_OPERATION_FAILED', message: 'Failed to get ECDH public key' });
  assert.throws(() => a.getPrivateKey(), { code: 'ERR_CRYPTO_OPERATION_FAILED', message: 'Failed to get ECDH private key' });
  assert.throws(() => a.computeSecret(Buffer.alloc(65, 4)), { name: 'RangeError', code: 'ERR_CRYPTO_INVALID_KEYPAIR', message: 'Invalid key pair' });
  a.generateKeys();
  for (const bad of [Buffer.from([4, 1, 2]), Buffer.alloc(65, 4), Buffer.alloc(0), Buffer.concat([Buffer.from([2]), Buffer.alloc(32, 0xff)]), Buffer.from([0, 0])]) {
    assert.throws(() => a.computeSecret(bad), {
      name: 'Error', code: 'ERR_CRYPTO_ECDH_INVALID_PUBLIC_KEY', message: 'Public key is not valid for specified curve',
    });
  }
  // The point at infinity decodes, but gives no secret.
  assert.throws(() => a.computeSecret(Buffer.from([0])), {
    name: 'Error', code: 'ERR_CRYPTO_OPERATION_FAILED', message: 'Failed to compute ECDH key',
  });
  assert.deepStrictEqual(ECDH.convertKey(Buffer.from([0]), 'prime256v1'), Buffer.from([0]));
  // A point of another curve.
  const k1 = createECDH('secp256k1');
  assert.throws(() => a.computeSecret(k1.generateKeys()), { code: 'ERR_CRYPTO_ECDH_INVALID_PUBLIC_KEY' });
  assert.throws(() => a.getPublicKey('hex', 'foo'), { name: 'TypeError', code: 'ERR_CRYPTO_ECDH_INVALID_FORMAT', message: 'Invalid ECDH format: foo' });
  const order = 'FFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551';
  for (const bad of [Buffer.alloc(32), Buffer.alloc(33, 1), Buffer.from(order, 'hex')]) {
    assert.throws(() => a.setPrivateKey(bad), {
      name: 'RangeError', code: 'ERR_CRYPTO_INVALID_KEYTYPE', message: 'Private key is not valid for specified curve.',
    });
  }
  assert.throws(() => a.setPublicKey(Buffer.from([1, 2, 3])), {
    code: 'ERR_CRYPTO_OPERATION_FAILED', message: 'Failed to convert Buffer to EC_POINT',
  });
  assert.throws(() => createECDH('foo'), { name: 'TypeError', code: 'ERR_CRYPTO_INVALID_CURVE', message: 'Invalid EC curve name' });
  assert.throws(() => createECDH('P-256'), { code: 'ERR_CRYPTO_INVALID_CURVE' }); // short names only
  assert.throws(() => createECDH(), {
    code: 'ERR_INVALID_ARG_TYPE', message: 'The "curve" argument must be of type string. Received undefined',
  });
  assert.throws(() => a.computeSecret(1), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => ECDH.convertKey(Buffer.from([1, 2]), 'prime256v1'), { code: 'ERR_CRYPTO_OPERATION_FAILED' });
  assert.throws(() => ECDH.convertKey(Buffer.alloc(1), 1), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => ECDH.convertKey(Buffer.alloc(1), 'foo'), { code: 'ERR_CRYPTO_INVALID_CURVE' });
}

// ---- DiffieHellman ----
{
  // RFC 3526 group 14 (modp14): the 2048-bit MODP prime.
  const modp14 = getDiffieHellman('modp14');
  const p = modp14.getPrime('hex');
  assert.strictEqual(p.length, 512);
  assert(p.startsWith('ffffffffffffffffc90fdaa22168c234c4c6628b80dc1cd1'));
  assert(p.endsWith('15728e5a8aacaa68ffffffffffffffff'));
  assert.deepStrictEqual(modp14.getGenerator(), Buffer.from([2]));
  assert.strictEqual(modp14.verifyError, 0);
  assert.deepStrictEqual(Object.keys(modp14), ['verifyError']);
  assert.strictEqual(modp14.constructor.name, 'DiffieHellmanGroup');
  for (const [name, bytes] of [['modp1', 96], ['modp2', 128], ['modp5', 192], ['modp14', 256], ['modp15', 384],
    ['modp16', 512], ['modp17', 768], ['modp18', 1024]]) {
    assert.strictEqual(createDiffieHellmanGroup(name).getPrime().length, bytes, name);
  }
  assert.strictEqual(typeof modp14.setPrivateKey, 'undefined');

  // Two parties agree.
  const a = getDiffieHellman('modp5');
  const b = getDiffieHellman('modp5');
  const pa = a.generateKeys();
  const pb = b.generateKeys('hex');
  assert.deepStrictEqual(a.computeSecret(pb, 'hex'), b.computeSecret(pa));
  assert.strictEqual(a.computeSecret(pb, 'hex', 'base64'), b.computeSecret(pa).toString('base64'));
  assert.strictEqual(a.computeSecret(pb, 'hex').length, 192);

  // Small numbers with a known answer: 2^3 = 8, 5^3 = 125.
  const prime = getDiffieHellman('modp1').getPrime();
  const d = createDiffieHellman(prime, 2);
  assert.strictEqual(d.constructor.name, 'DiffieHellman');
  assert.throws(() => d.getPublicKey(), { code: 'ERR_CRYPTO_INVALID_STATE', message: 'No public key - did you forget to generate one?' });
  assert.throws(() => d.getPrivateKey(), { code: 'ERR_CRYPTO_INVALID_STATE', message: 'No private key - did you forget to generate one?' });
  assert.strictEqual(d.setPrivateKey(Buffer.from([3])), d);
  assert.deepStrictEqual(d.generateKeys(), Buffer.from([8]));
  const secret = d.computeSecret(Buffer.from([5]));
  assert.strictEqual(secret.length, 96);
  assert.strictEqual(secret.toString('hex'), '7d'.padStart(192, '0'));
  d.setPublicKey('05', 'hex');
  assert.strictEqual(d.getPublicKey('hex'), '05');
  assert.strictEqual(d.generateKeys('hex'), '08'); // recomputed from the private key

  // Peer keys outside 1 < y < p - 1 give no secret.
  assert.throws(() => d.computeSecret(Buffer.from([1])), {
    name: 'RangeError', code: 'ERR_CRYPTO_INVALID_KEYLEN', message: 'Supplied key is too small',
  });
  assert.throws(() => d.computeSecret(Buffer.from([0])), { message: 'Supplied key is too small' });
  assert.throws(() => d.computeSecret(prime), { message: 'Supplied key is too large' });
  assert.throws(() => createDiffieHellman(prime).computeSecret(Buffer.from([5])), {
    name: 'RangeError', code: 'ERR_CRYPTO_INVALID_KEYTYPE', message: 'Invalid key type',
  });

  // Generated primes: safe, with generator 2 by default.
  const g = createDiffieHellman(512);
  assert.strictEqual(g.verifyError, 0);
  assert.strictEqual(g.getPrime().length, 64);
  assert.strictEqual(g.getGenerator('hex'), '02');
  const h = createDiffieHellman(g.getPrime(), g.getGenerator());
  g.generateKeys();
  h.generateKeys();
  assert.deepStrictEqual(g.computeSecret(h.getPublicKey()), h.computeSecret(g.getPublicKey()));
  assert.strictEqual(createDiffieHellman(512, 5).getGenerator('hex'), '05');

  // verifyError: OpenSSL's DH_check flags.
  assert.strictEqual(createDiffieHellman(Buffer.from('ff', 'hex')).verifyError, 0x81); // not prime, too small
  assert.strictEqual(createDiffieHellman(Buffer.from('17', 'hex'), 2).verifyError, 0x80); // too small
  assert.strictEqual(createDiffieHellman(Buffer.from('0b', 'hex'), 11).verifyError, 0x88); // bad generator
  assert.strictEqual(createDiffieHellman(prime, 5).verifyError, 0);
  assert.strictEqual(createDiffieHellman(prime.toString('hex'), 'hex', '03', 'hex').verifyError, 0);
  assert.strictEqual(createDiffieHellman(prime, 0).getGenerator('hex'), '02'); // 0: the default
  assert.strictEqual(createDiffieHellman('x').verifyError, 0x81); // the string's UTF-8 bytes

  // Errors.
  assert.throws(() => getDiffieHellman('foo'), { name: 'Error', code: 'ERR_CRYPTO_UNKNOWN_DH_GROUP', message: 'Unknown DH group' });
  assert.throws(() => createDiffieHellman(12), {
    code: 'ERR_OSSL_DH_MODULUS_TOO_SMALL', message: 'error:0280007E:Diffie-Hellman routines::modulus too small',
  });
  assert.throws(() => createDiffieHellman(512, 1), {
    code: 'ERR_OSSL_DH_BAD_GENERATOR', message: 'error:02800065:Diffie-Hellman routines::bad generator',
  });
  assert.throws(() => createDiffieHellman(prime, 1), { code: 'ERR_OSSL_DH_BAD_GENERATOR' });
  assert.throws(() => createDiffieHellman(prime, Buffer.from([1])), { code: 'ERR_OSSL_DH_BAD_GENERATOR' });
  assert.throws(() => createDiffieHellman(512, 'x'), { name: 'Error', message: 'Initialization failed' });
  assert.throws(() => createDiffieHellman(1.5), { code: 'ERR_OUT_OF_RANGE' });
  assert.throws(() => createDiffieHellman(prime, 1.5), { code: 'ERR_OUT_OF_RANGE' });
  assert.throws(() => createDiffieHellman({}), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => createDiffieHellman(Buffer.alloc(0)), { code: 'ERR_OSSL_BN_BITS_TOO_SMALL' });
  assert.throws(() => createDiffieHellman(Buffer.from([0x17])).generateKeys(), { code: 'ERR_OSSL_DH_MODULUS_TOO_SMALL' });
  assert.throws(() => a.computeSecret(1), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "key" argument must be of type string or an instance of ArrayBuffer, Buffer, TypedArray, or DataView. Received type number (1)',
  });
}

// ---- crypto.diffieHellman over KeyObjects ----
{
  for (const [type, options, size] of [
    ['x25519', undefined, 32], ['x448', undefined, 56], ['ec', { namedCurve: 'P-384' }, 48],
    ['dh', { group: 'modp14' }, 256],
  ]) {
    const a = generateKeyPairSync(type, options);
    const b = generateKeyPairSync(type, options);
    const s = diffieHellman({ privateKey: a.privateKey, publicKey: b.publicKey });
    assert.strictEqual(s.length, size, type);
    assert.deepStrictEqual(diffieHellman({ privateKey: b.privateKey, publicKey: a.publicKey }), s);
  }
  const x = generateKeyPairSync('x25519');
  const e256 = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const e384 = generateKeyPairSync('ec', { namedCurve: 'P-384' });
  const ed = generateKeyPairSync('ed25519');
  assert.throws(() => diffieHellman({ privateKey: e256.privateKey, publicKey: e384.publicKey }), {
    code: 'ERR_OSSL_MISMATCHING_DOMAIN_PARAMETERS', message: 'error:1C8000CB:Provider routines::mismatching domain parameters',
  });
  assert.throws(() => diffieHellman({ privateKey: e256.privateKey, publicKey: x.publicKey }), {
    name: 'Error', code: 'ERR_CRYPTO_INCOMPATIBLE_KEY', message: 'Incompatible key types for Diffie-Hellman: ec and x25519',
  });
  assert.throws(() => diffieHellman({ privateKey: ed.privateKey, publicKey: ed.publicKey }), {
    code: 'ERR_CRYPTO_INCOMPATIBLE_KEY', message: 'Incompatible key types for Diffie-Hellman: ed25519 and ed25519',
  });
  assert.throws(() => diffieHellman({ privateKey: x.publicKey, publicKey: x.publicKey }), {
    code: 'ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE', message: 'Invalid key object type public, expected private.',
  });
  assert.throws(() => diffieHellman({ privateKey: x.privateKey }), {
    code: 'ERR_INVALID_ARG_VALUE', message: "The property 'options.publicKey' is invalid. Received undefined",
  });
  assert.throws(() => diffieHellman({ privateKey: 'x', publicKey: 'y' }), { code: 'ERR_INVALID_ARG_VALUE' });
  assert.throws(() => diffieHellman(), {
    code: 'ERR_INVALID_ARG_TYPE', message: 'The "options" argument must be of type object. Received undefined',
  });
}

// ---- getCurves ----
{
  const curves = getCurves();
  assert(Array.isArray(curves));
  for (const name of ['prime256v1', 'secp384r1', 'secp521r1', 'secp256k1', 'brainpoolP256r1', 'secp224r1']) {
    assert(curves.includes(name), name);
  }
  assert(!curves.includes('P-256'));
  assert.deepStrictEqual([...curves].sort(), curves);
  curves.length = 0;
  assert(getCurves().length > 10); // a fresh copy each time
}

// A group name that is not a string is a type error, before the lookup.
for (const name of [undefined, 5, null, ['modp14']]) {
  assert.throws(() => crypto.createDiffieHellmanGroup(name),
                { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE', message: 'Group name must be a string' });
  assert.throws(() => crypto.getDiffieHellman(name), { code: 'ERR_INVALID_ARG_TYPE' });
}
assert.throws(() => crypto.createDiffieHellmanGroup('modp0'), { code: 'ERR_CRYPTO_UNKNOWN_DH_GROUP' });
