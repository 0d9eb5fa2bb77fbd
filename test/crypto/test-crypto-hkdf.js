'use strict';
// node:crypto hkdf and hkdfSync: the RFC 5869 test vectors, synchronously
// and on the thread pool, every digest getHashes() lists against a
// two-step HMAC computation, secret KeyObjects as the key, and Node's
// argument errors (the check() table was produced by running Node v20).
const assert = require('assert');
const crypto = require('crypto');
const { mustCall } = require('../common');
const { check } = require('../common/expect');

const h = (s) => Buffer.from(s, 'hex');
const range = (a, b) => Buffer.from(Array.from({ length: b - a + 1 }, (_, i) => a + i));

// RFC 5869, appendix A.
const vectors = [
  ['sha256', Buffer.alloc(22, 0x0b), range(0x00, 0x0c), range(0xf0, 0xf9), 42,
    '3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865'],
  ['sha256', range(0x00, 0x4f), range(0x60, 0xaf), range(0xb0, 0xff), 82,
    'b11e398dc80327a1c8e7f78c596a49344f012eda2d4efad8a050cc4c19afa97c59045a99cac7827271cb41c65e590e09' +
    'da3275600c2f09b8367793a9aca3db71cc30c58179ec3e87c14c01d5c1f3434f1d87'],
  ['sha256', Buffer.alloc(22, 0x0b), '', '', 42,
    '8da4e775a563c18f715f802a063c5a31b8a11f5c5ee1879ec3454e5f3c738d2d9d201395faa4b61a96c8'],
  ['sha1', Buffer.alloc(11, 0x0b), range(0x00, 0x0c), range(0xf0, 0xf9), 42,
    '085a01ea1b10f36933068b56efa5ad81a4f14b822f5b091568a9cdd4f155fda2c22e422478d305f3f896'],
  ['sha1', Buffer.alloc(22, 0x0c), '', '', 42,
    '2c91117204d745f3500d636a62f64f0ab3bae548aa53d423b0d1f27ebba6f5e5673a081d70cce7acfc48'],
];
for (const [digest, ikm, salt, info, len, okm] of vectors) {
  const ab = crypto.hkdfSync(digest, ikm, salt, info, len);
  assert.ok(ab instanceof ArrayBuffer);
  assert.strictEqual(Buffer.from(ab).toString('hex'), okm);
  let sync = true;
  crypto.hkdf(digest, ikm, salt, info, len, mustCall(function(err, key) {
    assert.strictEqual(sync, false);
    assert.strictEqual(arguments.length, 2);
    assert.strictEqual(err, null);
    assert.ok(key instanceof ArrayBuffer);
    assert.strictEqual(Buffer.from(key).toString('hex'), okm);
  }));
  sync = false;
}

// Every listed digest with a fixed size, against extract-then-expand done
// with createHmac; the longest output each allows (255 blocks) works.
for (const digest of crypto.getHashes()) {
  if (/shake/i.test(digest)) continue;
  const ikm = Buffer.from('input key material');
  const salt = Buffer.from('salt');
  const info = Buffer.from('info');
  const prk = crypto.createHmac(digest, salt).update(ikm).digest();
  let t = Buffer.alloc(0);
  const blocks = [];
  for (let i = 1; i <= 3; i++) {
    t = crypto.createHmac(digest, prk).update(Buffer.concat([t, info, Buffer.from([i])])).digest();
    blocks.push(t);
  }
  const want = Buffer.concat(blocks).subarray(0, prk.length * 2 + 5);
  assert.deepStrictEqual(Buffer.from(crypto.hkdfSync(digest, ikm, salt, info, want.length)), want, digest);
  assert.strictEqual(crypto.hkdfSync(digest, ikm, salt, info, 255 * prk.length).byteLength, 255 * prk.length);
}

// Keys, salts and infos as strings, views, ArrayBuffers and secret KeyObjects.
{
  const ref = Buffer.from(crypto.hkdfSync('sha512', 'key', 'salt', 'info', 64)).toString('hex');
  const same = (...args) => assert.strictEqual(Buffer.from(crypto.hkdfSync(...args)).toString('hex'), ref);
  same('sha512', Buffer.from('key'), new Uint8Array(Buffer.from('salt')), new DataView(new Uint8Array(Buffer.from('info')).buffer), 64);
  same('SHA512', crypto.createSecretKey(Buffer.from('key')), new Uint8Array(Buffer.from('salt')).buffer, 'info', 64);
  assert.strictEqual(crypto.hkdfSync('sha256', 'k', 's', 'i', 0).byteLength, 0);
  assert.strictEqual(crypto.hkdfSync('sha256', '', '', '', 32).byteLength, 32);
  assert.strictEqual(crypto.hkdfSync('sha256', 'k', 's', 'x'.repeat(1024), 1).byteLength, 1);
}

// Failures on the thread pool reach the callback alone.
crypto.hkdf('shake256', 'key', 'salt', 'info', 16, mustCall(function(err) {
  assert.strictEqual(arguments.length, 1);
  assert.strictEqual(err.message, 'Deriving bits failed');
}));
crypto.hkdf('md4', 'key', 'salt', 'info', 16, mustCall(function(err) {
  assert.strictEqual(arguments.length, 1);
  assert.strictEqual(err.message, 'error:0308010C:digital envelope routines::unsupported');
}));

for (const [fn, expected] of [
  [() => crypto.hkdfSync('sha256', 'key', 'salt', 'info', 255 * 32 + 1),
    '!RangeError ERR_CRYPTO_INVALID_KEYLEN Invalid key length'],
  [() => crypto.hkdfSync('sha512', 'key', 'salt', 'info', 255 * 64 + 1),
    '!RangeError ERR_CRYPTO_INVALID_KEYLEN Invalid key length'],
  [() => crypto.hkdfSync('sha256', 'key', 'salt', 'info', 2 ** 31),
    '!RangeError ERR_CRYPTO_INVALID_KEYLEN Invalid key length'],
  [() => crypto.hkdfSync('sha256', 'key', 'salt', 'x'.repeat(1025), 16),
    '!RangeError ERR_OUT_OF_RANGE The value of "info" is out of range. It must be must not contain more than 1024 bytes. Received 1025'],
  [() => crypto.hkdfSync('nope', 'key', 'salt', 'info', 16), '!TypeError ERR_CRYPTO_INVALID_DIGEST Invalid digest: nope'],
  [() => crypto.hkdfSync(1, 'key', 'salt', 'info', 16),
    '!TypeError ERR_INVALID_ARG_TYPE The "digest" argument must be of type string. Received type number (1)'],
  [() => crypto.hkdfSync('sha256', 1, 'salt', 'info', 16),
    '!TypeError ERR_INVALID_ARG_TYPE The "ikm" argument must be of type string or an instance of SecretKeyObject, ArrayBuffer, TypedArray, DataView, or Buffer. Received type number (1)'],
  [() => crypto.hkdfSync('sha256', {}, 'salt', 'info', 16),
    '!TypeError ERR_INVALID_ARG_TYPE The "ikm" argument must be of type string or an instance of SecretKeyObject, ArrayBuffer, TypedArray, DataView, or Buffer. Received an instance of Object'],
  [() => crypto.hkdfSync('sha256', 'key', 1, 'info', 16),
    '!TypeError ERR_INVALID_ARG_TYPE The "salt" argument must be of type string or an instance of ArrayBuffer, TypedArray, DataView, or Buffer. Received type number (1)'],
  [() => crypto.hkdfSync('sha256', 'key', 'salt', 1, 16),
    '!TypeError ERR_INVALID_ARG_TYPE The "info" argument must be of type string or an instance of ArrayBuffer, TypedArray, DataView, or Buffer. Received type number (1)'],
  [() => crypto.hkdfSync('sha256', 'key', 'salt', 'info', '16'),
    '!TypeError ERR_INVALID_ARG_TYPE The "length" argument must be of type number. Received type string (\'16\')'],
  [() => crypto.hkdfSync('sha256', 'key', 'salt', 'info'),
    '!TypeError ERR_INVALID_ARG_TYPE The "length" argument must be of type number. Received undefined'],
  [() => crypto.hkdfSync('sha256', 'key', 'salt', 'info', -1),
    '!RangeError ERR_OUT_OF_RANGE The value of "length" is out of range. It must be >= 0 && <= 4294967296. Received -1'],
  [() => crypto.hkdfSync('sha256', 'key', 'salt', 'info', 1.5),
    '!RangeError ERR_OUT_OF_RANGE The value of "length" is out of range. It must be an integer. Received 1.5'],
  [() => crypto.hkdfSync('nope', 'k', 'salt', 'info', -1),
    '!RangeError ERR_OUT_OF_RANGE The value of "length" is out of range. It must be >= 0 && <= 4294967296. Received -1'],
  [() => crypto.hkdfSync('sha256', 'k', 's', 'x'.repeat(1025), -1),
    '!RangeError ERR_OUT_OF_RANGE The value of "length" is out of range. It must be >= 0 && <= 4294967296. Received -1'],
  [() => crypto.hkdfSync('shake256', 'key', 'salt', 'info', 16), '!Error undefined Deriving bits failed'],
  [() => crypto.hkdfSync('md4', 'key', 'salt', 'info', 16),
    '!Error undefined error:0308010C:digital envelope routines::unsupported'],
  [() => crypto.hkdf('sha256', 'key', 'salt', 'info', 16),
    '!TypeError ERR_INVALID_ARG_TYPE The "callback" argument must be of type function. Received undefined'],
  [() => crypto.hkdf('nope', 'key', 'salt', 'info', 16, () => {}), '!TypeError ERR_CRYPTO_INVALID_DIGEST Invalid digest: nope'],
  [() => crypto.hkdf('sha256', 'key', 'salt', 'info', 255 * 32 + 1, () => {}),
    '!RangeError ERR_CRYPTO_INVALID_KEYLEN Invalid key length'],
  [() => `${crypto.hkdfSync.length} ${crypto.hkdf.length}`, '"5 6"'],
]) {
  check(fn, expected);
}
