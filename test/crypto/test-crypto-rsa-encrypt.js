'use strict';
// publicEncrypt / privateDecrypt / privateEncrypt / publicDecrypt: the
// deterministic paddings checked against RSA computed here with BigInt
// (c = m^e mod n), OAEP round trips with hashes and labels, and Node's
// errors.
const assert = require('assert');
const crypto = require('crypto');
const fx = require('./fixtures-keys');
const { publicEncrypt, privateDecrypt, privateEncrypt, publicDecrypt, createPrivateKey, createPublicKey } = crypto;
const { RSA_NO_PADDING, RSA_PKCS1_PADDING, RSA_PKCS1_OAEP_PADDING } = crypto.constants;

const big = (b64u) => BigInt(`0x${Buffer.from(b64u, 'base64url').toString('hex')}`);
const n = big(fx.rsaJwk.n);
const e = big(fx.rsaJwk.e);
const d = big(fx.rsaJwk.d);
function modPow(b, x, m) {
  let r = 1n;
  b %= m;
  for (; x > 0n; x >>= 1n) {
    if (x & 1n) r = (r * b) % m;
    b = (b * b) % m;
  }
  return r;
}
const toBuf = (v) => Buffer.from(v.toString(16).padStart(256, '0'), 'hex');
const toBig = (buf) => BigInt(`0x${buf.toString('hex')}`);

const privateKey = createPrivateKey(fx.rsaPrivatePem);
const publicKey = createPublicKey(fx.rsaPublicPem);

// ---- raw RSA (no padding): the textbook answer ----
{
  const m = Buffer.alloc(128, 0x42);
  m[0] = 0x01; // below n
  const c = publicEncrypt({ key: publicKey, padding: RSA_NO_PADDING }, m);
  assert.deepStrictEqual(c, toBuf(modPow(toBig(m), e, n)));
  assert.deepStrictEqual(privateDecrypt({ key: privateKey, padding: RSA_NO_PADDING }, c), m);
  const s = privateEncrypt({ key: privateKey, padding: RSA_NO_PADDING }, m);
  assert.deepStrictEqual(s, toBuf(modPow(toBig(m), d, n)));
  assert.deepStrictEqual(publicDecrypt({ key: publicKey, padding: RSA_NO_PADDING }, s), m);
  assert.throws(() => publicEncrypt({ key: publicKey, padding: RSA_NO_PADDING }, Buffer.alloc(127)), /error:/);
  assert.throws(() => publicEncrypt({ key: publicKey, padding: RSA_NO_PADDING }, Buffer.alloc(128, 0xff)), /error:/);
}

// ---- privateEncrypt with PKCS#1 v1.5 (type 1 padding) is deterministic ----
{
  const data = Buffer.from('lode says hello');
  const padded = Buffer.concat([Buffer.from([0, 1]), Buffer.alloc(128 - 3 - data.length, 0xff), Buffer.from([0]), data]);
  const s = privateEncrypt(privateKey, data);
  assert.deepStrictEqual(s, toBuf(modPow(toBig(padded), d, n)));
  assert.deepStrictEqual(privateEncrypt({ key: fx.rsaPrivatePem, padding: RSA_PKCS1_PADDING }, data), s);
  assert.deepStrictEqual(publicDecrypt(publicKey, s), data);
  assert.deepStrictEqual(publicDecrypt(fx.rsaPublicPem, s), data);
  assert.deepStrictEqual(publicDecrypt(privateKey, s), data); // a private key has the public half
  assert.deepStrictEqual(publicDecrypt(fx.rsaPrivatePem, s), data);
  assert.throws(() => publicDecrypt(publicKey, Buffer.alloc(128)), {
    code: 'ERR_OSSL_RSA_BLOCK_TYPE_IS_NOT_01', message: 'error:0200006A:rsa routines::block type is not 01',
  });
}

// ---- OAEP (the default) ----
{
  for (const size of [0, 1, 42, 86]) {
    const data = crypto.randomBytes(size);
    const c = publicEncrypt(publicKey, data);
    assert.strictEqual(c.length, 128);
    assert.deepStrictEqual(privateDecrypt(privateKey, c), data);
    assert.deepStrictEqual(privateDecrypt({ key: fx.rsaPrivatePem, padding: RSA_PKCS1_OAEP_PADDING }, c), data);
    // Randomized: the same input encrypts differently.
    assert(!publicEncrypt(publicKey, data).equals(c));
  }
  // 1024-bit key, SHA-1: at most 128 - 2 * 20 - 2 bytes.
  assert.throws(() => publicEncrypt(publicKey, Buffer.alloc(87)), {
    code: 'ERR_OSSL_RSA_DATA_TOO_LARGE_FOR_KEY_SIZE', message: 'error:0200006E:rsa routines::data too large for key size',
  });
  for (const oaepHash of ['sha1', 'sha256', 'sha384']) {
    for (const oaepLabel of [undefined, Buffer.from('label'), 'string label']) {
      const opts = { oaepHash, oaepLabel };
      const c = publicEncrypt({ key: publicKey, ...opts }, Buffer.from('hello'));
      assert.strictEqual(privateDecrypt({ key: privateKey, ...opts }, c).toString(), 'hello', `${oaepHash} ${oaepLabel}`);
    }
  }
  const labelled = publicEncrypt({ key: publicKey, oaepHash: 'sha256', oaepLabel: Buffer.from('L') }, Buffer.from('x'));
  assert.throws(() => privateDecrypt({ key: privateKey, oaepHash: 'sha256' }, labelled), {
    code: 'ERR_OSSL_RSA_OAEP_DECODING_ERROR', message: 'error:02000079:rsa routines::oaep decoding error',
  });
  assert.throws(() => privateDecrypt({ key: privateKey, oaepHash: 'sha1', oaepLabel: Buffer.from('L') }, labelled), {
    code: 'ERR_OSSL_RSA_OAEP_DECODING_ERROR',
  });
  // A tampered ciphertext fails to decode.
  const c = publicEncrypt(publicKey, Buffer.from('secret'));
  c[64] ^= 1;
  assert.throws(() => privateDecrypt(privateKey, c), { code: 'ERR_OSSL_RSA_OAEP_DECODING_ERROR' });
  assert.throws(() => privateDecrypt(privateKey, Buffer.alloc(12)), /error:/);
  // Strings are UTF-8 unless the key object names an encoding.
  const s = publicEncrypt(publicKey, 'héllo');
  assert.strictEqual(privateDecrypt(privateKey, s).toString(), 'héllo');
  const h = publicEncrypt({ key: publicKey, encoding: 'hex' }, '0102ff');
  assert.deepStrictEqual(privateDecrypt(privateKey, h), Buffer.from([1, 2, 0xff]));
}

// ---- PKCS#1 v1.5 encryption: allowed, but not its decryption (CVE-2023-46809) ----
{
  const c = publicEncrypt({ key: publicKey, padding: RSA_PKCS1_PADDING }, Buffer.from('x'));
  assert.strictEqual(c.length, 128);
  assert.throws(() => privateDecrypt({ key: privateKey, padding: RSA_PKCS1_PADDING }, c), {
    name: 'TypeError', code: 'ERR_INVALID_ARG_VALUE',
    message: 'RSA_PKCS1_PADDING is no longer supported for private decryption, this can be reverted with --security-revert=CVE-2023-46809',
  });
}

// ---- bad input ----
{
  const data = Buffer.from('x');
  assert.throws(() => privateEncrypt(publicKey, data), {
    code: 'ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE', message: 'Invalid key object type public, expected private.',
  });
  assert.throws(() => privateDecrypt(publicKey, data), { code: 'ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE' });
  assert.throws(() => publicEncrypt(crypto.createSecretKey(data), data), {
    code: 'ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE', message: 'Invalid key object type secret, expected private or public.',
  });
  assert.throws(() => publicEncrypt(createPublicKey(fx.ecPublicPem), data), {
    code: 'ERR_OSSL_EVP_OPERATION_NOT_SUPPORTED_FOR_THIS_KEYTYPE',
  });
  assert.throws(() => publicEncrypt('garbage', data), { code: 'ERR_OSSL_UNSUPPORTED' });
  assert.throws(() => publicEncrypt(1, data), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => publicEncrypt(publicKey, 1), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "buffer" argument must be of type string or an instance of ArrayBuffer, Buffer, TypedArray, or DataView. Received type number (1)',
  });
  assert.throws(() => publicEncrypt({ key: publicKey, oaepHash: 'foo' }, data), {
    name: 'Error', code: 'ERR_OSSL_EVP_INVALID_DIGEST', message: 'Invalid digest used',
  });
  assert.throws(() => publicEncrypt({ key: publicKey, oaepHash: 1 }, data), {
    code: 'ERR_INVALID_ARG_TYPE', message: 'The "key.oaepHash" property must be of type string. Received type number (1)',
  });
  assert.throws(() => publicEncrypt({ key: publicKey, oaepLabel: 1 }, data), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => publicEncrypt({ key: publicKey, padding: 'x' }, data), {
    code: 'ERR_OSSL_RSA_UNKNOWN_PADDING_TYPE', message: 'error:02000076:rsa routines::unknown padding type',
  });
  const pss = crypto.generateKeyPairSync('rsa-pss', { modulusLength: 1024 });
  assert.throws(() => publicEncrypt(pss.publicKey, data), {
    code: 'ERR_OSSL_OPERATION_NOT_SUPPORTED_FOR_THIS_KEYTYPE',
  });
}

// node's order of checks: the key's shape and its options' types, the
// data, then the key's text is parsed, then the digest and the padding.
{
  const fns = ['privateDecrypt', 'publicEncrypt', 'privateEncrypt', 'publicDecrypt'];
  const two = Buffer.alloc(2);
  for (const f of fns) {
    assert.throws(() => crypto[f]('junk', undefined), { code: 'ERR_INVALID_ARG_TYPE', message: /"buffer"/ }, f);
    assert.throws(() => crypto[f]({ key: 'junk' }, 5), { code: 'ERR_INVALID_ARG_TYPE', message: /"buffer"/ }, f);
    assert.throws(() => crypto[f]({ key: 'junk', oaepHash: 5 }, 5), { code: 'ERR_INVALID_ARG_TYPE', message: /oaepHash/ }, f);
    assert.throws(() => crypto[f]({ key: 'junk', oaepHash: 'nope' }, two), { code: 'ERR_OSSL_UNSUPPORTED' }, f);
    assert.throws(() => crypto[f](5, undefined), { code: 'ERR_INVALID_ARG_TYPE', message: /"key"/ }, f);
  }
  assert.throws(() => crypto.privateDecrypt({ key: 'junk', padding: 1 }, two), { code: 'ERR_OSSL_UNSUPPORTED' });
}
