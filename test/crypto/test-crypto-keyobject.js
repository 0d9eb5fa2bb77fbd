'use strict';
// KeyObject and createSecretKey/createPublicKey/createPrivateKey: the class
// shape, PEM/DER/JWK input and output (checked against fixed keys made by
// openssl), encrypted private keys, details, equality and Node's errors.
const assert = require('assert');
const crypto = require('crypto');
const fx = require('./fixtures-keys');
const {
  KeyObject, createSecretKey, createPublicKey, createPrivateKey, generateKeyPairSync,
} = crypto;

// ---- the classes ----
{
  const priv = createPrivateKey(fx.rsaPrivatePem);
  const pub = createPublicKey(fx.rsaPublicPem);
  const secret = createSecretKey(Buffer.from('abc'));
  const asym = Object.getPrototypeOf(Object.getPrototypeOf(pub));
  assert.strictEqual(pub.constructor.name, 'PublicKeyObject');
  assert.strictEqual(priv.constructor.name, 'PrivateKeyObject');
  assert.strictEqual(secret.constructor.name, 'SecretKeyObject');
  assert.strictEqual(asym.constructor.name, 'AsymmetricKeyObject');
  assert.strictEqual(Object.getPrototypeOf(asym), KeyObject.prototype);
  assert(pub instanceof KeyObject && priv instanceof KeyObject && secret instanceof KeyObject);
  assert.deepStrictEqual(Object.getOwnPropertyNames(KeyObject.prototype), ['constructor', 'type', 'equals']);
  assert.deepStrictEqual(Object.getOwnPropertyNames(asym), ['constructor', 'asymmetricKeyType', 'asymmetricKeyDetails']);
  assert.deepStrictEqual(Object.getOwnPropertyNames(Object.getPrototypeOf(secret)), ['constructor', 'symmetricKeySize', 'export']);
  assert.strictEqual(Object.prototype.toString.call(pub), '[object KeyObject]');
  assert.deepStrictEqual(Object.keys(pub), []);
  assert.strictEqual(KeyObject.length, 2);
  assert.strictEqual(typeof KeyObject.from, 'function');
  assert.strictEqual([pub.type, priv.type, secret.type].join(), 'public,private,secret');
  assert.strictEqual(secret.asymmetricKeyType, undefined);
  assert.strictEqual(pub.symmetricKeySize, undefined);
  assert.match(require('util').inspect(pub), /^PublicKeyObject \[KeyObject\] \{ \[Symbol\(kKeyType\)\]: 'public' \}$/);

  assert.throws(() => new KeyObject('foo', {}), { code: 'ERR_INVALID_ARG_VALUE', message: "The argument 'type' is invalid. Received 'foo'" });
  assert.throws(() => new KeyObject('secret', 1), { code: 'ERR_INVALID_ARG_TYPE', message: 'The "handle" argument must be of type object. Received type number (1)' });
  assert.throws(() => KeyObject.from(1), { code: 'ERR_INVALID_ARG_TYPE' });
}

// ---- secret keys ----
{
  const k = createSecretKey(Buffer.from('secret!'));
  assert.strictEqual(k.symmetricKeySize, 7);
  assert.deepStrictEqual(k.export(), Buffer.from('secret!'));
  assert.deepStrictEqual(k.export({ format: 'buffer' }), Buffer.from('secret!'));
  assert.deepStrictEqual(k.export({ format: 'jwk' }), { kty: 'oct', k: 'c2VjcmV0IQ' });
  assert.strictEqual(createSecretKey('abcd', 'hex').symmetricKeySize, 2);
  assert.strictEqual(createSecretKey(new Uint8Array(0)).symmetricKeySize, 0);
  assert.strictEqual(createSecretKey(new ArrayBuffer(5)).symmetricKeySize, 5);
  assert(k.equals(createSecretKey('secret!', 'utf8')));
  assert(!k.equals(createSecretKey('secret?', 'utf8')));
  assert(!k.equals(createSecretKey('secret!!', 'utf8')));
  assert(!k.equals(createPublicKey(fx.rsaPublicPem)));
  assert.throws(() => k.export({ format: 'pem' }), { code: 'ERR_INVALID_ARG_VALUE' });
  assert.throws(() => k.equals('x'), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "otherKeyObject" argument must be an instance of KeyObject. Received type string (\'x\')',
  });
  assert.throws(() => createSecretKey(1), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "key" argument must be an instance of ArrayBuffer, Buffer, TypedArray, or DataView. Received type number (1)',
  });
  // The bytes are copied: changing the source changes nothing.
  const src = Buffer.from('xyz');
  const copy = createSecretKey(src);
  src.fill(0);
  assert.deepStrictEqual(copy.export(), Buffer.from('xyz'));
  // Hmac takes secret KeyObjects.
  assert.strictEqual(crypto.createHmac('sha256', k).update('m').digest('hex'),
    crypto.createHmac('sha256', 'secret!').update('m').digest('hex'));
  assert.throws(() => crypto.createHmac('sha256', createPublicKey(fx.rsaPublicPem)), {
    code: 'ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE', message: 'Invalid key object type public, expected secret.',
  });
}

// ---- RSA: PEM, DER, JWK in and out ----
{
  const priv = createPrivateKey(fx.rsaPrivatePem);
  assert.strictEqual(priv.asymmetricKeyType, 'rsa');
  assert.deepStrictEqual(priv.asymmetricKeyDetails, { modulusLength: 1024, publicExponent: 65537n });
  assert.strictEqual(priv.asymmetricKeyDetails, priv.asymmetricKeyDetails);

  // PKCS#1 and SPKI come out exactly as openssl wrote them.
  assert.strictEqual(priv.export({ format: 'pem', type: 'pkcs1' }), fx.rsaPrivatePem);
  const pub = createPublicKey(priv);
  assert.strictEqual(pub.type, 'public');
  assert.strictEqual(pub.export({ format: 'pem', type: 'spki' }), fx.rsaPublicPem);
  assert(pub.equals(createPublicKey(fx.rsaPublicPem)));
  assert(pub.equals(createPublicKey(fx.rsaPrivatePem)));
  assert(!pub.equals(priv));
  assert(priv.equals(createPrivateKey(fx.rsaPrivatePem)));

  // JWK, both ways.
  assert.deepStrictEqual(priv.export({ format: 'jwk' }), fx.rsaJwk);
  assert.deepStrictEqual(pub.export({ format: 'jwk' }), { kty: 'RSA', n: fx.rsaJwk.n, e: fx.rsaJwk.e });
  assert(createPrivateKey({ key: fx.rsaJwk, format: 'jwk' }).equals(priv));
  assert(createPublicKey({ key: fx.rsaJwk, format: 'jwk' }).equals(pub));
  assert.deepStrictEqual(Object.keys(priv.export({ format: 'jwk' })), ['kty', 'n', 'e', 'd', 'p', 'q', 'dp', 'dq', 'qi']);

  // DER of every type, back again.
  for (const type of ['pkcs1', 'pkcs8']) {
    const der = priv.export({ format: 'der', type });
    assert(Buffer.isBuffer(der));
    assert(createPrivateKey({ key: der, format: 'der', type }).equals(priv), type);
    assert(createPublicKey({ key: der, format: 'der', type }).equals(pub), type);
  }
  for (const type of ['pkcs1', 'spki']) {
    const der = pub.export({ format: 'der', type });
    assert(createPublicKey({ key: der, format: 'der', type }).equals(pub), type);
    const pem = pub.export({ format: 'pem', type });
    assert.match(pem, type === 'pkcs1' ? /^-----BEGIN RSA PUBLIC KEY-----\n/ : /^-----BEGIN PUBLIC KEY-----\n/);
    assert(createPublicKey(pem).equals(pub), type);
  }
  assert.strictEqual(pub.export({ format: 'der', type: 'spki' }).toString('base64'),
    fx.rsaPublicPem.split('\n').slice(1, -2).join(''));
  // Key input as ArrayBuffer, typed arrays, DataView, strings with encodings.
  const der8 = priv.export({ format: 'der', type: 'pkcs8' });
  const ab = der8.buffer.slice(der8.byteOffset, der8.byteOffset + der8.length);
  assert(createPrivateKey({ key: ab, format: 'der', type: 'pkcs8' }).equals(priv));
  assert(createPrivateKey({ key: new DataView(ab), format: 'der', type: 'pkcs8' }).equals(priv));
  assert(createPrivateKey({ key: Buffer.from(fx.rsaPrivatePem).toString('hex'), encoding: 'hex' }).equals(priv));
  assert(createPrivateKey(new Uint8Array(Buffer.from(fx.rsaPrivatePem))).equals(priv));
}

// ---- encrypted private keys ----
{
  const priv = createPrivateKey(fx.rsaPrivatePem);
  // openssl's encrypted PKCS#8.
  assert(createPrivateKey({ key: fx.rsaEncryptedPem, passphrase: 'lode-pw' }).equals(priv));
  assert(createPrivateKey({ key: fx.rsaEncryptedPem, passphrase: Buffer.from('lode-pw') }).equals(priv));
  assert(createPublicKey({ key: fx.rsaEncryptedPem, passphrase: 'lode-pw' }).equals(createPublicKey(priv)));
  assert.throws(() => createPrivateKey({ key: fx.rsaEncryptedPem, passphrase: 'wrong' }), {
    name: 'Error', code: 'ERR_OSSL_BAD_DECRYPT', message: 'error:1C800064:Provider routines::bad decrypt',
    library: 'Provider routines', reason: 'bad decrypt',
  });
  assert.throws(() => createPrivateKey(fx.rsaEncryptedPem), {
    code: 'ERR_OSSL_CRYPTO_INTERRUPTED_OR_CANCELLED',
    message: 'error:07880109:common libcrypto routines::interrupted or cancelled',
  });
  // Our own: PKCS#8 PEM and DER, traditional PEM (PKCS#1 and SEC1).
  for (const cipher of ['aes-128-cbc', 'aes-256-cbc', 'des-ede3-cbc']) {
    const pem = priv.export({ format: 'pem', type: 'pkcs8', cipher, passphrase: 'pw' });
    assert.match(pem, /^-----BEGIN ENCRYPTED PRIVATE KEY-----\n/);
    assert(createPrivateKey({ key: pem, passphrase: 'pw' }).equals(priv), cipher);
  }
  const der = priv.export({ format: 'der', type: 'pkcs8', cipher: 'aes-256-cbc', passphrase: '' });
  assert(createPrivateKey({ key: der, format: 'der', type: 'pkcs8', passphrase: '' }).equals(priv));
  assert.throws(() => createPrivateKey({ key: der, format: 'der', type: 'pkcs8' }), {
    name: 'TypeError', code: 'ERR_MISSING_PASSPHRASE', message: 'Passphrase required for encrypted key',
  });
  assert.throws(() => createPrivateKey({ key: der, format: 'der', type: 'pkcs8', passphrase: 'x' }), {
    code: 'ERR_OSSL_BAD_DECRYPT',
  });
  const trad = priv.export({ format: 'pem', type: 'pkcs1', cipher: 'aes-128-cbc', passphrase: 'pw' });
  assert.match(trad, /^-----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,/);
  assert(createPrivateKey({ key: trad, passphrase: 'pw' }).equals(priv));
  assert.throws(() => createPrivateKey({ key: trad, passphrase: 'no' }), { code: 'ERR_OSSL_BAD_DECRYPT' });
  const ec = createPrivateKey(fx.ecPrivatePem);
  const sec1 = ec.export({ format: 'pem', type: 'sec1', cipher: 'aes-256-cbc', passphrase: 'pw' });
  assert.match(sec1, /^-----BEGIN EC PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\n/);
  assert(createPrivateKey({ key: sec1, passphrase: 'pw' }).equals(ec));
  // A passphrase given for a clear key is ignored.
  assert(createPrivateKey({ key: fx.rsaPrivatePem, passphrase: 'unused' }).equals(priv));

  assert.throws(() => priv.export({ format: 'pem', type: 'pkcs8', cipher: 'aes-128-cbc' }), {
    code: 'ERR_INVALID_ARG_VALUE', message: "The property 'options.passphrase' is invalid. Received undefined",
  });
  assert.throws(() => priv.export({ format: 'pem', type: 'pkcs8', passphrase: 'x' }), {
    code: 'ERR_INVALID_ARG_VALUE', message: "The property 'options.cipher' is invalid. Received undefined",
  });
  assert.throws(() => priv.export({ format: 'pem', type: 'pkcs8', cipher: 'nope', passphrase: 'x' }), {
    name: 'Error', code: 'ERR_CRYPTO_UNKNOWN_CIPHER', message: 'Unknown cipher',
  });
  assert.throws(() => priv.export({ format: 'der', type: 'pkcs1', cipher: 'aes-128-cbc', passphrase: 'x' }), {
    code: 'ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS', message: 'The selected key encoding pkcs1 does not support encryption.',
  });
  assert.throws(() => priv.export({ format: 'jwk', passphrase: 'x' }), {
    code: 'ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS', message: 'The selected key encoding jwk does not support encryption.',
  });
}

// ---- EC ----
{
  const priv = createPrivateKey(fx.ecPrivatePem);
  const pub = createPublicKey(fx.ecPublicPem);
  assert.strictEqual(priv.asymmetricKeyType, 'ec');
  assert.deepStrictEqual(priv.asymmetricKeyDetails, { namedCurve: 'prime256v1' });
  assert.deepStrictEqual(pub.asymmetricKeyDetails, { namedCurve: 'prime256v1' });
  assert.strictEqual(priv.export({ format: 'pem', type: 'sec1' }), fx.ecPrivatePem);
  assert.strictEqual(priv.export({ format: 'pem', type: 'pkcs8' }), fx.ecPkcs8Pem);
  assert.strictEqual(createPublicKey(priv).export({ format: 'pem', type: 'spki' }), fx.ecPublicPem);
  assert(createPrivateKey(fx.ecPkcs8Pem).equals(priv));
  const sec1 = priv.export({ format: 'der', type: 'sec1' });
  assert(createPrivateKey({ key: sec1, format: 'der', type: 'sec1' }).equals(priv));
  assert.deepStrictEqual(priv.export({ format: 'jwk' }), { kty: 'EC', x: fx.ecJwk.x, y: fx.ecJwk.y, crv: 'P-256', d: fx.ecJwk.d });
  assert.deepStrictEqual(pub.export({ format: 'jwk' }), { kty: 'EC', x: fx.ecJwk.x, y: fx.ecJwk.y, crv: 'P-256' });
  assert(createPrivateKey({ key: fx.ecJwk, format: 'jwk' }).equals(priv));
  assert(createPublicKey({ key: fx.ecJwk, format: 'jwk' }).equals(pub));
  assert.throws(() => createPublicKey({ key: { ...fx.ecJwk, y: fx.ecJwk.x }, format: 'jwk' }), {
    name: 'TypeError', code: 'ERR_CRYPTO_INVALID_JWK', message: 'Invalid JWK EC key',
  });
  assert.throws(() => createPublicKey({ key: { ...fx.ecJwk, crv: 'P-25' }, format: 'jwk' }), {
    code: 'ERR_INVALID_ARG_VALUE',
    message: "The property 'key.crv' must be one of: 'P-256', 'secp256k1', 'P-384', 'P-521'. Received 'P-25'",
  });
  // Only the JWK curves export as JWK.
  const k224 = generateKeyPairSync('ec', { namedCurve: 'secp224r1' }).privateKey;
  assert.throws(() => k224.export({ format: 'jwk' }), {
    name: 'Error', code: 'ERR_CRYPTO_JWK_UNSUPPORTED_CURVE', message: 'Unsupported JWK EC curve: secp224r1.',
  });
  for (const [crv, name, size] of [['P-384', 'secp384r1', 48], ['P-521', 'secp521r1', 66], ['secp256k1', 'secp256k1', 32]]) {
    const k = generateKeyPairSync('ec', { namedCurve: name }).privateKey;
    const jwk = k.export({ format: 'jwk' });
    assert.strictEqual(jwk.crv, crv);
    assert.strictEqual(Buffer.from(jwk.x, 'base64url').length, size);
    assert.strictEqual(Buffer.from(jwk.d, 'base64url').length, size);
    assert(createPrivateKey({ key: jwk, format: 'jwk' }).equals(k));
  }
  assert.throws(() => createPublicKey(priv).export({ format: 'pem', type: 'sec1' }), {
    code: 'ERR_INVALID_ARG_VALUE', message: "The property 'options.type' is invalid. Received 'sec1'",
  });
  assert.throws(() => priv.export({ format: 'pem', type: 'pkcs1' }), {
    code: 'ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS', message: 'The selected key encoding pkcs1 can only be used for RSA keys.',
  });
}

// ---- OKP keys (RFC 8032 test 1) ----
{
  const d = Buffer.from('9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60', 'hex');
  const x = Buffer.from('d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a', 'hex');
  const priv = createPrivateKey({ key: { kty: 'OKP', crv: 'Ed25519', d: d.toString('base64url'), x: x.toString('base64url') }, format: 'jwk' });
  assert.strictEqual(priv.asymmetricKeyType, 'ed25519');
  assert.deepStrictEqual(priv.asymmetricKeyDetails, {});
  // The public key derived from the private one is RFC 8032's.
  assert.deepStrictEqual(createPublicKey(priv).export({ format: 'jwk' }), { crv: 'Ed25519', x: x.toString('base64url'), kty: 'OKP' });
  assert.deepStrictEqual(Object.keys(priv.export({ format: 'jwk' })), ['crv', 'd', 'x', 'kty']);
  // PKCS#8 is the fixed prefix and the 32 bytes; SPKI likewise.
  assert.strictEqual(priv.export({ format: 'der', type: 'pkcs8' }).toString('hex'), `302e020100300506032b657004220420${d.toString('hex')}`);
  assert.strictEqual(createPublicKey(priv).export({ format: 'der', type: 'spki' }).toString('hex'), `302a300506032b6570032100${x.toString('hex')}`);
  assert.throws(() => createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: 'AA' }, format: 'jwk' }), {
    name: 'TypeError', code: 'ERR_CRYPTO_INVALID_JWK', message: 'Invalid JWK data',
  });
  assert.throws(() => priv.export({ format: 'der', type: 'pkcs1' }), { code: 'ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS' });
  for (const type of ['ed448', 'x25519', 'x448']) {
    const { publicKey, privateKey } = generateKeyPairSync(type);
    const jwk = privateKey.export({ format: 'jwk' });
    assert(createPrivateKey({ key: jwk, format: 'jwk' }).equals(privateKey), type);
    assert(createPublicKey({ key: publicKey.export({ format: 'jwk' }), format: 'jwk' }).equals(publicKey), type);
  }
}

// ---- types and details of generated keys ----
{
  const pss = generateKeyPairSync('rsa-pss', { modulusLength: 1024, hashAlgorithm: 'sha256', mgf1HashAlgorithm: 'sha1', saltLength: 16 });
  assert.strictEqual(pss.publicKey.asymmetricKeyType, 'rsa-pss');
  assert.deepStrictEqual(pss.privateKey.asymmetricKeyDetails, {
    modulusLength: 1024, publicExponent: 65537n, hashAlgorithm: 'sha256', mgf1HashAlgorithm: 'sha1', saltLength: 16,
  });
  assert(createPrivateKey(pss.privateKey.export({ format: 'pem', type: 'pkcs8' })).equals(pss.privateKey));
  assert.deepStrictEqual(createPublicKey(pss.publicKey.export({ format: 'pem', type: 'spki' })).asymmetricKeyDetails,
    pss.publicKey.asymmetricKeyDetails);
  assert.throws(() => pss.privateKey.export({ format: 'jwk' }), {
    name: 'Error', code: 'ERR_CRYPTO_JWK_UNSUPPORTED_KEY_TYPE', message: 'Unsupported JWK Key Type.',
  });
  assert.throws(() => pss.privateKey.export({ format: 'pem', type: 'pkcs1' }), { code: 'ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS' });
  const dsa = generateKeyPairSync('dsa', { modulusLength: 1024, divisorLength: 160 });
  assert.deepStrictEqual(dsa.publicKey.asymmetricKeyDetails, { modulusLength: 1024, divisorLength: 160 });
  assert(createPrivateKey({ key: dsa.privateKey.export({ format: 'der', type: 'pkcs8' }), format: 'der', type: 'pkcs8' })
    .equals(dsa.privateKey));
  const dh = generateKeyPairSync('dh', { group: 'modp5' });
  assert.strictEqual(dh.privateKey.asymmetricKeyType, 'dh');
  assert.throws(() => dh.publicKey.export({ format: 'jwk' }), { code: 'ERR_CRYPTO_JWK_UNSUPPORTED_KEY_TYPE' });
  assert(createPublicKey(dh.publicKey.export({ format: 'pem', type: 'spki' })).equals(dh.publicKey));
}

// ---- bad input ----
{
  const decoderError = {
    name: 'Error', code: 'ERR_OSSL_UNSUPPORTED', message: 'error:1E08010C:DECODER routines::unsupported',
    library: 'DECODER routines', reason: 'unsupported',
  };
  assert.throws(() => createPrivateKey('garbage'), decoderError);
  assert.throws(() => createPublicKey('garbage'), decoderError);
  assert.throws(() => createPrivateKey(Buffer.from('garbage')), decoderError);
  assert.throws(() => createPrivateKey('-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n'), { code: 'ERR_OSSL_UNSUPPORTED' });
  assert.throws(() => createPrivateKey({ key: Buffer.from('garbage'), format: 'der', type: 'pkcs8' }), {
    code: 'ERR_OSSL_ASN1_NOT_ENOUGH_DATA', message: 'error:0680008E:asn1 encoding routines::not enough data',
  });
  assert.throws(() => createPrivateKey({ key: Buffer.alloc(0), format: 'der', type: 'pkcs1' }), (e) => e.code.startsWith('ERR_OSSL_'));
  // A public key is not a private one, and the reverse.
  assert.throws(() => createPrivateKey(fx.rsaPublicPem), { code: 'ERR_OSSL_UNSUPPORTED' });
  assert.throws(() => createPublicKey({ key: fx.ecPrivatePem, format: 'der', type: 'spki' }), (e) => e.code.startsWith('ERR_OSSL_'));
  assert.throws(() => createPrivateKey(createPublicKey(fx.rsaPublicPem)), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "key" argument must be of type string or an instance of ArrayBuffer, Buffer, TypedArray, or DataView. Received an instance of PublicKeyObject',
  });
  assert.throws(() => createPublicKey(createPublicKey(fx.rsaPublicPem)), {
    code: 'ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE', message: 'Invalid key object type public, expected private.',
  });
  assert.throws(() => createPublicKey(createSecretKey(Buffer.alloc(4))), { code: 'ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE' });
  assert.throws(() => createPrivateKey(1), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "key" argument must be of type string or an instance of ArrayBuffer, Buffer, TypedArray, or DataView. Received type number (1)',
  });
  assert.throws(() => createPrivateKey({ key: 1 }), { code: 'ERR_INVALID_ARG_TYPE', message: /^The "key\.key" property must be/ });
  assert.throws(() => createPrivateKey({ key: 'x', format: 'foo' }), {
    code: 'ERR_INVALID_ARG_VALUE', message: "The property 'options.format' is invalid. Received 'foo'",
  });
  assert.throws(() => createPrivateKey({ key: 'x', format: 'der' }), {
    code: 'ERR_INVALID_ARG_VALUE', message: "The property 'options.type' is invalid. Received undefined",
  });
  assert.throws(() => createPrivateKey({ key: Buffer.alloc(3), format: 'der', type: 'spki' }), {
    code: 'ERR_INVALID_ARG_VALUE', message: "The property 'options.type' is invalid. Received 'spki'",
  });
  assert.throws(() => createPrivateKey({ key: 'x', passphrase: 1 }), {
    code: 'ERR_INVALID_ARG_VALUE', message: "The property 'options.passphrase' is invalid. Received 1",
  });
  assert.throws(() => createPublicKey({ key: 'x', format: 'jwk' }), {
    code: 'ERR_INVALID_ARG_TYPE', message: 'The "key.key" property must be of type object. Received type string (\'x\')',
  });
  assert.throws(() => createPublicKey({ key: { kty: 'oct' }, format: 'jwk' }), {
    code: 'ERR_INVALID_ARG_VALUE', message: "The property 'key.kty' must be one of: 'RSA', 'EC', 'OKP'. Received 'oct'",
  });
  assert.throws(() => createPrivateKey({ key: { ...fx.rsaJwk, dp: undefined }, format: 'jwk' }), {
    code: 'ERR_INVALID_ARG_TYPE', message: 'The "key.dp" property must be of type string. Received undefined',
  });
  assert.throws(() => createPublicKey({ key: { kty: 'RSA', n: 'AQAB' }, format: 'jwk' }), {
    code: 'ERR_INVALID_ARG_TYPE', message: 'The "key.e" property must be of type string. Received undefined',
  });
  const pub = createPublicKey(fx.rsaPublicPem);
  assert.throws(() => pub.export(), {
    code: 'ERR_INVALID_ARG_TYPE', message: 'The "options" argument must be of type object. Received undefined',
  });
  assert.throws(() => pub.export({ format: 'pem' }), {
    code: 'ERR_INVALID_ARG_VALUE', message: "The property 'options.type' is invalid. Received undefined",
  });
  assert.throws(() => pub.export({ format: 'foo', type: 'spki' }), {
    code: 'ERR_INVALID_ARG_VALUE', message: "The property 'options.format' is invalid. Received 'foo'",
  });
  assert.throws(() => pub.export({ format: 'pem', type: 'pkcs8' }), {
    code: 'ERR_INVALID_ARG_VALUE', message: "The property 'options.type' is invalid. Received 'pkcs8'",
  });
  // Truncated and corrupted keys fail cleanly, whatever OpenSSL says.
  const der = createPrivateKey(fx.rsaPrivatePem).export({ format: 'der', type: 'pkcs8' });
  assert.throws(() => createPrivateKey({ key: Buffer.alloc(0), format: 'der', type: 'pkcs8' }), {
    name: 'Error', message: 'Failed to read private key',
  });
  for (let n = 1; n < der.length; n += 37) {
    assert.throws(() => createPrivateKey({ key: der.subarray(0, n), format: 'der', type: 'pkcs8' }), /error:/);
  }
  const lines = fx.rsaPrivatePem.split('\n');
  lines.splice(3, 1);
  assert.throws(() => createPrivateKey(lines.join('\n')), /error:/);
}
