'use strict';
// generateKeyPair / generateKeyPairSync: every key type, the output
// encodings, the callback form (on the thread pool) and its promisified
// form, and Node's errors for bad options; generateKey(Sync) for secret keys.
const assert = require('assert');
const crypto = require('crypto');
const { promisify } = require('util');
const { mustCall } = require('../common');
const { generateKey, generateKeySync, generateKeyPair, generateKeyPairSync, createPublicKey, createPrivateKey } = crypto;

// Each pair: the public key is the private key's, and it works.
function checkPair(publicKey, privateKey, type) {
  assert.strictEqual(publicKey.type, 'public');
  assert.strictEqual(privateKey.type, 'private');
  assert.strictEqual(publicKey.asymmetricKeyType, type);
  assert.strictEqual(privateKey.asymmetricKeyType, type);
  assert(createPublicKey(privateKey).equals(publicKey), type);
  const data = Buffer.from('generated');
  if (type === 'x25519' || type === 'x448' || type === 'dh') return;
  const alg = type.startsWith('ed') ? null : privateKey.asymmetricKeyDetails.hashAlgorithm ?? 'sha256';
  const sig = crypto.sign(alg, data, privateKey);
  assert(crypto.verify(alg, data, publicKey, sig), type);
  assert(!crypto.verify(alg, Buffer.from('Generated'), publicKey, sig), type);
}

const cases = [
  ['rsa', { modulusLength: 1024 }, { modulusLength: 1024, publicExponent: 65537n }],
  ['rsa', { modulusLength: 1024, publicExponent: 3 }, { modulusLength: 1024, publicExponent: 3n }],
  ['rsa-pss', { modulusLength: 1024 }, { modulusLength: 1024, publicExponent: 65537n }],
  ['rsa-pss', { modulusLength: 1024, hashAlgorithm: 'sha256' },
    { modulusLength: 1024, publicExponent: 65537n, hashAlgorithm: 'sha256', mgf1HashAlgorithm: 'sha256', saltLength: 32 }],
  ['rsa-pss', { modulusLength: 1024, hashAlgorithm: 'sha512', mgf1HashAlgorithm: 'sha256', saltLength: 0 },
    { modulusLength: 1024, publicExponent: 65537n, hashAlgorithm: 'sha512', mgf1HashAlgorithm: 'sha256', saltLength: 0 }],
  ['dsa', { modulusLength: 1024 }, { modulusLength: 1024, divisorLength: 224 }],
  ['dsa', { modulusLength: 1024, divisorLength: 160 }, { modulusLength: 1024, divisorLength: 160 }],
  ['ec', { namedCurve: 'P-256' }, { namedCurve: 'prime256v1' }],
  ['ec', { namedCurve: 'prime256v1' }, { namedCurve: 'prime256v1' }],
  ['ec', { namedCurve: 'P-384' }, { namedCurve: 'secp384r1' }],
  ['ec', { namedCurve: 'P-521' }, { namedCurve: 'secp521r1' }],
  ['ec', { namedCurve: 'secp256k1' }, { namedCurve: 'secp256k1' }],
  ['ec', { namedCurve: 'P-256', paramEncoding: 'explicit' }, { namedCurve: 'prime256v1' }],
  ['ed25519', undefined, {}],
  ['ed448', {}, {}],
  ['x25519', undefined, {}],
  ['x448', {}, {}],
  ['dh', { group: 'modp5' }, {}],
  ['dh', { primeLength: 512 }, {}],
  ['dh', { prime: crypto.getDiffieHellman('modp2').getPrime(), generator: 5 }, {}],
];

for (const [type, options, details] of cases) {
  const { publicKey, privateKey } = generateKeyPairSync(type, options);
  checkPair(publicKey, privateKey, type);
  assert.deepStrictEqual(privateKey.asymmetricKeyDetails, details, type);
  assert.deepStrictEqual(publicKey.asymmetricKeyDetails, details, type);
}

// Explicit EC parameters are kept in the encoding.
{
  const named = generateKeyPairSync('ec', { namedCurve: 'P-256', publicKeyEncoding: { format: 'der', type: 'spki' } });
  const explicit = generateKeyPairSync('ec', { namedCurve: 'P-256', paramEncoding: 'explicit', publicKeyEncoding: { format: 'der', type: 'spki' } });
  assert.strictEqual(named.publicKey.length, 91);
  assert(explicit.publicKey.length > 200);
}

// Encodings of the results.
{
  const { publicKey, privateKey } = generateKeyPairSync('rsa', {
    modulusLength: 1024,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase: 'top secret' },
  });
  assert.match(publicKey, /^-----BEGIN PUBLIC KEY-----\n/);
  assert.match(privateKey, /^-----BEGIN ENCRYPTED PRIVATE KEY-----\n/);
  const priv = createPrivateKey({ key: privateKey, passphrase: 'top secret' });
  assert(createPublicKey(priv).equals(createPublicKey(publicKey)));

  const der = generateKeyPairSync('ec', {
    namedCurve: 'P-384',
    publicKeyEncoding: { type: 'spki', format: 'der' },
    privateKeyEncoding: { type: 'sec1', format: 'der' },
  });
  assert(Buffer.isBuffer(der.publicKey) && Buffer.isBuffer(der.privateKey));
  const ecPriv = createPrivateKey({ key: der.privateKey, format: 'der', type: 'sec1' });
  assert(createPublicKey(ecPriv).equals(createPublicKey({ key: der.publicKey, format: 'der', type: 'spki' })));

  const jwk = generateKeyPairSync('ed25519', { publicKeyEncoding: { format: 'jwk' }, privateKeyEncoding: { format: 'jwk' } });
  assert.strictEqual(jwk.publicKey.kty, 'OKP');
  assert.strictEqual(jwk.privateKey.crv, 'Ed25519');
  assert.strictEqual(jwk.privateKey.x, jwk.publicKey.x);

  const pkcs1 = generateKeyPairSync('rsa', {
    modulusLength: 1024,
    publicKeyEncoding: { type: 'pkcs1', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs1', format: 'pem', cipher: 'aes-128-cbc', passphrase: Buffer.from('pw') },
  });
  assert.match(pkcs1.publicKey, /^-----BEGIN RSA PUBLIC KEY-----\n/);
  assert.match(pkcs1.privateKey, /^-----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\n/);
  // One encoding given, the other a KeyObject.
  const mixed = generateKeyPairSync('x25519', { privateKeyEncoding: { format: 'pem', type: 'pkcs8' } });
  assert.strictEqual(mixed.publicKey.type, 'public');
  assert.strictEqual(typeof mixed.privateKey, 'string');
}

// The callback form: called later, from the thread pool.
{
  let returned = false;
  generateKeyPair('rsa', { modulusLength: 1024 }, mustCall((err, publicKey, privateKey) => {
    assert.ifError(err);
    assert(returned);
    checkPair(publicKey, privateKey, 'rsa');
  }));
  returned = true;
  generateKeyPair('ec', { namedCurve: 'P-256', publicKeyEncoding: { format: 'pem', type: 'spki' } },
    mustCall((err, publicKey, privateKey) => {
      assert.ifError(err);
      assert.match(publicKey, /^-----BEGIN PUBLIC KEY-----/);
      assert(createPublicKey(privateKey).equals(createPublicKey(publicKey)));
    }));
  generateKeyPair('ed448', mustCall((err, publicKey, privateKey) => {
    assert.ifError(err);
    checkPair(publicKey, privateKey, 'ed448');
  }));
  // Several at once, each its own pair.
  let done = 0;
  const seen = new Set();
  for (let i = 0; i < 8; i++) {
    generateKeyPair('ed25519', { publicKeyEncoding: { format: 'der', type: 'spki' } }, mustCall((err, pub) => {
      assert.ifError(err);
      seen.add(pub.toString('hex'));
      if (++done === 8) assert.strictEqual(seen.size, 8);
    }));
  }
  promisify(generateKeyPair)('x25519').then(mustCall((pair) => {
    assert.deepStrictEqual(Object.keys(pair), ['publicKey', 'privateKey']);
    checkPair(pair.publicKey, pair.privateKey, 'x25519');
  }));
  // OpenSSL's refusals arrive as plain errors, sync or async.
  const expected = { name: 'Error', message: 'error:020000B2:rsa routines::pub exponent out of range' };
  assert.throws(() => generateKeyPairSync('rsa', { modulusLength: 1024, publicExponent: 1 }), (err) => {
    assert.strictEqual(err.code, undefined);
    assert.deepStrictEqual(Object.keys(err), []);
    return assert.throws(() => { throw err; }, expected) === undefined;
  });
  generateKeyPair('rsa', { modulusLength: 1024, publicExponent: 1 }, mustCall((err, pub, priv) => {
    assert.throws(() => { throw err; }, expected);
    assert.strictEqual(err.code, undefined);
    assert.strictEqual(pub, undefined);
    assert.strictEqual(priv, undefined);
  }));
  generateKeyPair('dsa', { modulusLength: 512 }, mustCall((err) => {
    assert.strictEqual(err.message, 'error:05000072:dsa routines::bad ffc parameters');
  }));
}

// Bad options.
{
  const t = (fn, expected) => assert.throws(fn, expected);
  t(() => generateKeyPairSync(1), { code: 'ERR_INVALID_ARG_TYPE', message: 'The "type" argument must be of type string. Received type number (1)' });
  t(() => generateKeyPairSync('foo'), {
    code: 'ERR_INVALID_ARG_VALUE', message: "The argument 'type' must be a supported key type. Received 'foo'",
  });
  t(() => generateKeyPairSync('rsa'), { code: 'ERR_INVALID_ARG_TYPE', message: 'The "options" argument must be of type object. Received undefined' });
  t(() => generateKeyPairSync('ed25519', 1), { code: 'ERR_INVALID_ARG_TYPE' });
  t(() => generateKeyPairSync('rsa', {}), {
    code: 'ERR_INVALID_ARG_TYPE', message: 'The "options.modulusLength" property must be of type number. Received undefined',
  });
  t(() => generateKeyPairSync('rsa', { modulusLength: -1 }), {
    code: 'ERR_OUT_OF_RANGE', message: 'The value of "options.modulusLength" is out of range. It must be >= 0 && <= 4294967295. Received -1',
  });
  t(() => generateKeyPairSync('rsa', { modulusLength: 256 }), { message: 'error:1C8000AB:Provider routines::key size too small' });
  t(() => generateKeyPairSync('rsa-pss', { modulusLength: 1024, hashAlgorithm: 'foo' }), {
    name: 'TypeError', code: 'ERR_CRYPTO_INVALID_DIGEST', message: 'Invalid digest: foo',
  });
  t(() => generateKeyPairSync('rsa-pss', { modulusLength: 1024, hashAlgorithm: 'sha256', mgf1HashAlgorithm: 'foo' }), {
    code: 'ERR_CRYPTO_INVALID_DIGEST', message: 'Invalid MGF1 digest: foo',
  });
  t(() => generateKeyPairSync('rsa-pss', { modulusLength: 1024, saltLength: -1 }), { code: 'ERR_OUT_OF_RANGE' });
  t(() => generateKeyPairSync('ec', {}), {
    code: 'ERR_INVALID_ARG_TYPE', message: 'The "options.namedCurve" property must be of type string. Received undefined',
  });
  t(() => generateKeyPairSync('ec', { namedCurve: 'foo' }), { name: 'TypeError', code: 'ERR_CRYPTO_INVALID_CURVE', message: 'Invalid EC curve name' });
  t(() => generateKeyPairSync('ec', { namedCurve: 'P-256', paramEncoding: 'x' }), {
    code: 'ERR_INVALID_ARG_VALUE', message: "The property 'options.paramEncoding' is invalid. Received 'x'",
  });
  t(() => generateKeyPairSync('dsa', { modulusLength: 1024, divisorLength: -1 }), { code: 'ERR_OUT_OF_RANGE' });
  t(() => generateKeyPairSync('dh', {}), {
    code: 'ERR_MISSING_OPTION', message: 'At least one of the group, prime, or primeLength options is required',
  });
  t(() => generateKeyPairSync('dh', { group: 'foo' }), { name: 'Error', code: 'ERR_CRYPTO_UNKNOWN_DH_GROUP', message: 'Unknown DH group' });
  t(() => generateKeyPairSync('dh', { group: 'modp1', prime: Buffer.alloc(1) }), {
    code: 'ERR_INCOMPATIBLE_OPTION_PAIR', message: 'Option "group" cannot be used in combination with option "prime"',
  });
  t(() => generateKeyPairSync('dh', { group: 'modp14', generator: 2 }), { code: 'ERR_INCOMPATIBLE_OPTION_PAIR' });
  t(() => generateKeyPairSync('dh', { prime: Buffer.alloc(8), primeLength: 2 }), { code: 'ERR_INCOMPATIBLE_OPTION_PAIR' });
  t(() => generateKeyPairSync('dh', { prime: 'x' }), { code: 'ERR_INVALID_ARG_TYPE' });
  t(() => generateKeyPairSync('dh', { prime: Buffer.from([0xff]) }), { message: 'error:0280007E:Diffie-Hellman routines::modulus too small' });
  t(() => generateKeyPairSync('rsa', { modulusLength: 1024, publicKeyEncoding: 'x' }), {
    code: 'ERR_INVALID_ARG_VALUE', message: "The property 'options.publicKeyEncoding' is invalid. Received 'x'",
  });
  t(() => generateKeyPairSync('rsa', { modulusLength: 1024, publicKeyEncoding: {} }), {
    code: 'ERR_INVALID_ARG_VALUE', message: "The property 'options.publicKeyEncoding.format' is invalid. Received undefined",
  });
  t(() => generateKeyPairSync('rsa', { modulusLength: 1024, publicKeyEncoding: { format: 'pem', type: 'pkcs8' } }), {
    code: 'ERR_INVALID_ARG_VALUE', message: "The property 'options.publicKeyEncoding.type' is invalid. Received 'pkcs8'",
  });
  t(() => generateKeyPairSync('ed25519', { publicKeyEncoding: { format: 'der', type: 'pkcs1' } }), {
    code: 'ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS', message: 'The selected key encoding pkcs1 can only be used for RSA keys.',
  });
  t(() => generateKeyPairSync('rsa', { modulusLength: 1024, privateKeyEncoding: { format: 'der', type: 'sec1' } }), {
    code: 'ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS', message: 'The selected key encoding sec1 can only be used for EC keys.',
  });
  t(() => generateKeyPairSync('ed25519', { privateKeyEncoding: { format: 'pem', type: 'pkcs8', cipher: 'aes-128-cbc' } }), {
    code: 'ERR_INVALID_ARG_VALUE', message: "The property 'options.privateKeyEncoding.passphrase' is invalid. Received undefined",
  });
  t(() => generateKeyPairSync('ed25519', { privateKeyEncoding: { format: 'pem', type: 'pkcs8', cipher: 'foo', passphrase: 'a' } }), {
    name: 'Error', code: 'ERR_CRYPTO_UNKNOWN_CIPHER', message: 'Unknown cipher',
  });
  t(() => generateKeyPair('ed25519', {}), {
    code: 'ERR_INVALID_ARG_TYPE', message: 'The "callback" argument must be of type function. Received undefined',
  });
  t(() => generateKeyPair('ed25519', {}, 1), { code: 'ERR_INVALID_ARG_TYPE' });
  // Option errors of the callback form are thrown, not passed on.
  t(() => generateKeyPair('ec', { namedCurve: 'foo' }, assert.fail), { code: 'ERR_CRYPTO_INVALID_CURVE' });
}

// Secret keys.
{
  assert.strictEqual(generateKeySync.length, 2);
  assert.strictEqual(generateKey.length, 3);
  const h = generateKeySync('hmac', { length: 64 });
  assert.strictEqual(h.type, 'secret');
  assert.strictEqual(h.symmetricKeySize, 8);
  assert.strictEqual(generateKeySync('hmac', { length: 63 }).symmetricKeySize, 7);
  assert(!h.equals(generateKeySync('hmac', { length: 64 })));
  for (const length of [128, 192, 256]) assert.strictEqual(generateKeySync('aes', { length }).symmetricKeySize, length / 8);
  generateKey('aes', { length: 256 }, mustCall((err, key) => {
    assert.ifError(err);
    assert.strictEqual(key.symmetricKeySize, 32);
  }));
  assert.throws(() => generateKeySync('hmac', { length: 7 }), {
    code: 'ERR_OUT_OF_RANGE', message: 'The value of "options.length" is out of range. It must be >= 8 && <= 2147483647. Received 7',
  });
  assert.throws(() => generateKeySync('hmac', {}), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => generateKeySync('hmac'), { code: 'ERR_INVALID_ARG_TYPE', message: 'The "options" argument must be of type object. Received undefined' });
  assert.throws(() => generateKeySync('aes', { length: 100 }), {
    code: 'ERR_INVALID_ARG_VALUE', message: "The property 'options.length' must be one of: 128, 192, 256. Received 100",
  });
  assert.throws(() => generateKeySync('foo', { length: 100 }), {
    code: 'ERR_INVALID_ARG_VALUE', message: "The argument 'type' must be a supported key type. Received 'foo'",
  });
  assert.throws(() => generateKey('aes', { length: 256 }), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => generateKey('aes', { length: 1 }, assert.fail), { code: 'ERR_INVALID_ARG_VALUE' });
}

// The options' type is checked before the key type's value, as node does.
assert.throws(() => crypto.generateKeyPairSync('nope', 'x'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => crypto.generateKeyPairSync('nope', {}), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => crypto.generateKeyPairSync('nope'), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => crypto.generateKeyPairSync(5, 'x'), { code: 'ERR_INVALID_ARG_TYPE', message: /"type"/ });
assert.throws(() => crypto.generateKeyPair('nope', 'x', () => {}), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => crypto.generateKeyPairSync('rsa', null), TypeError);
assert.throws(() => crypto.generateKeySync('nope'), { code: 'ERR_INVALID_ARG_TYPE', message: /"options"/ });
assert.throws(() => crypto.generateKeySync('nope', {}), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => crypto.generateKey('nope', 5, () => {}), { code: 'ERR_INVALID_ARG_TYPE', message: /"options"/ });
