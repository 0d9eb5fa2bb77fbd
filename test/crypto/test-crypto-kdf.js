'use strict';
// node:crypto key derivation: pbkdf2/pbkdf2Sync (RFC 6070 and RFC 7914
// vectors) and scrypt/scryptSync (RFC 7914), synchronous and on the thread
// pool, with Node's argument errors (the check() table was produced by
// running Node v20).
const assert = require('assert');
const crypto = require('crypto');
const { mustCall } = require('../common');
const { check } = require('../common/expect');

// RFC 6070 (PBKDF2-HMAC-SHA1).
const hex = (...args) => crypto.pbkdf2Sync(...args).toString('hex');
assert.strictEqual(hex('password', 'salt', 1, 20, 'sha1'), '0c60c80f961f0e71f3a9b524af6012062fe037a6');
assert.strictEqual(hex('password', 'salt', 2, 20, 'sha1'), 'ea6c014dc72d6f8ccd1ed92ace1d41f0d8de8957');
assert.strictEqual(hex('password', 'salt', 4096, 20, 'sha1'), '4b007901b765489abead49d926f721d065a429c1');
assert.strictEqual(hex('passwordPASSWORDpassword', 'saltSALTsaltSALTsaltSALTsaltSALTsalt', 4096, 25, 'sha1'),
  '3d2eec4fe41c849b80c8d83662c0e44a8b291a964cf2f07038');
assert.strictEqual(hex('pass\0word', 'sa\0lt', 4096, 16, 'sha1'), '56fa6aa75548099dcc37d7f03425e0c3');
// RFC 7914 section 11 (PBKDF2-HMAC-SHA256).
assert.strictEqual(hex('passwd', 'salt', 1, 64, 'sha256'),
  '55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc' +
  '49ca9cccf179b645991664b39d77ef317c71b845b1e30bd509112041d3a19783');
// RFC 7914 section 12 (scrypt).
assert.strictEqual(crypto.scryptSync('', '', 64, { N: 16, r: 1, p: 1 }).toString('hex'),
  '77d6576238657b203b19ca42c18a0497f16b4844e3074ae8dfdffa3fede21442' +
  'fcd0069ded0948f8326a753a0fc81f17e8d3e0fb2e0d3628cf35e20c38d18906');
assert.strictEqual(crypto.scryptSync('password', 'NaCl', 64, { N: 1024, r: 8, p: 16 }).toString('hex'),
  'fdbabe1c9d3472007856e7190d01e9fe7c6ad7cbc8237830e77376634b373162' +
  '2eaf30d92e22a3886ff109279d9830dac727afb94a83ee6d8360cbdfa2cc0640');

// Asynchronous forms: the same bytes, a Buffer, (null, key) and never synchronously.
{
  let sync = true;
  crypto.pbkdf2('password', 'salt', 2, 20, 'sha1', mustCall(function(err, key) {
    assert.strictEqual(sync, false);
    assert.strictEqual(arguments.length, 2);
    assert.strictEqual(err, null);
    assert.ok(Buffer.isBuffer(key));
    assert.strictEqual(key.toString('hex'), 'ea6c014dc72d6f8ccd1ed92ace1d41f0d8de8957');
  }));
  crypto.scrypt('password', 'NaCl', 64, { N: 1024, r: 8, p: 16 }, mustCall((err, key) => {
    assert.strictEqual(sync, false);
    assert.strictEqual(err, null);
    assert.strictEqual(key.toString('hex').slice(0, 16), 'fdbabe1c9d347200');
  }));
  crypto.scrypt('pw', 'salt', 16, mustCall((err, key) => {
    assert.deepStrictEqual(key, crypto.scryptSync('pw', 'salt', 16));
  }));
  crypto.pbkdf2('pw', 's', 1, 0, 'sha1', mustCall((err, key) => assert.strictEqual(key.length, 0)));
  crypto.scrypt('pw', 's', 0, mustCall((err, key) => assert.strictEqual(key.length, 0)));
  // Failures of OpenSSL itself reach the callback.
  crypto.pbkdf2('pw', 's', 1, 20, 'shake128', mustCall((err, key) => {
    assert.strictEqual(err.message, 'Deriving bits failed');
    assert.strictEqual(key, undefined);
  }));
  crypto.pbkdf2('pw', 's', 1, 20, 'md4', mustCall((err) => {
    assert.strictEqual(err.message, 'error:0308010C:digital envelope routines::unsupported');
    assert.strictEqual(err.code, undefined);
  }));
  sync = false;
}
{
  // The password buffer changes (and is detached) after the call: the job
  // works on its own copy.
  const ab = new ArrayBuffer(8);
  const pw = new Uint8Array(ab).fill(0x61);
  const expected = crypto.pbkdf2Sync(Buffer.alloc(8, 0x61), 'salt', 1000, 32, 'sha256');
  crypto.pbkdf2(pw, 'salt', 1000, 32, 'sha256', mustCall((err, key) => assert.deepStrictEqual(key, expected)));
  pw.fill(0);
  structuredClone(ab, { transfer: [ab] });
}

// Scrypt parameters OpenSSL rejects (not a power of two, too small).
for (const N of [1, 3, 15, 1000]) {
  assert.throws(() => crypto.scryptSync('pw', 'salt', 16, { N }),
    { name: 'RangeError', code: 'ERR_CRYPTO_INVALID_SCRYPT_PARAMS', message: /^Invalid scrypt params/ });
  assert.throws(() => crypto.scrypt('pw', 'salt', 16, { N }, () => {}),
    { name: 'RangeError', code: 'ERR_CRYPTO_INVALID_SCRYPT_PARAMS', message: /^Invalid scrypt params/ });
}

// maxmem raises the default 32 MiB limit.
assert.throws(() => crypto.scryptSync('pw', 'salt', 16, { N: 2 ** 15 }), { code: 'ERR_CRYPTO_INVALID_SCRYPT_PARAMS' });
assert.strictEqual(crypto.scryptSync('pw', 'salt', 16, { N: 2 ** 15, maxmem: 2 ** 26 }).length, 16);

// ---- table (values from Node v20) ----
check(() => (crypto.pbkdf2Sync('pw', 'salt', 1, 20, 'sha1')), "<Buffer 95c9338ea3a049dc400b5ed6617b5c45bdda0c14>");
check(() => (crypto.pbkdf2Sync('pw', 'salt', 1, 0, 'sha1')), "<Buffer >");
check(() => (crypto.pbkdf2Sync('', '', 1, 32, 'sha256')), "<Buffer f7ce0b653d2d72a4108cf5abe912ffdd777616dbbb27a70e8204f3ae2d0f6fad>");
check(() => (crypto.pbkdf2Sync('\u00e9', 's', 1, 4, 'sha1')), "<Buffer 80a1bd53>");
check(() => (crypto.pbkdf2Sync(Buffer.from('pw'), new Uint8Array([115]), 3, 8, 'SHA512')), "<Buffer 64868263049c509f>");
check(() => (crypto.pbkdf2Sync(new ArrayBuffer(2), new DataView(new ArrayBuffer(2)), 1, 20, 'sha256')), "<Buffer daeeaa96898b01b267c93ecc02b40b5f37c595eb>");
check(() => (crypto.pbkdf2Sync(new Uint16Array([0x7770]), 's', 1, 8, 'RSA-SHA256')), "<Buffer 48891523bd04e433>");
check(() => (crypto.pbkdf2Sync('pw', 's', 1, 8, 'sha3-256')), "<Buffer c78abbffbcd03f49>");
check(() => (crypto.pbkdf2Sync('pw', 's', 1, 8, 'sha1', 'extra')), "<Buffer 227875ba69141bab>");
check(() => (crypto.pbkdf2Sync('pw', 's', 0, 20, 'sha1')), "!RangeError ERR_OUT_OF_RANGE The value of \"iterations\" is out of range. It must be >= 1 && <= 2147483647. Received 0");
check(() => (crypto.pbkdf2Sync('pw', 's', 1.5, 20, 'sha1')), "!RangeError ERR_OUT_OF_RANGE The value of \"iterations\" is out of range. It must be an integer. Received 1.5");
check(() => (crypto.pbkdf2Sync('pw', 's', 2 ** 31, 20, 'sha1')), "!RangeError ERR_OUT_OF_RANGE The value of \"iterations\" is out of range. It must be >= 1 && <= 2147483647. Received 2147483648");
check(() => (crypto.pbkdf2Sync('pw', 's', NaN, 20, 'sha1')), "!RangeError ERR_OUT_OF_RANGE The value of \"iterations\" is out of range. It must be an integer. Received NaN");
check(() => (crypto.pbkdf2Sync('pw', 's', '1', 20, 'sha1')), "!TypeError ERR_INVALID_ARG_TYPE The \"iterations\" argument must be of type number. Received type string ('1')");
check(() => (crypto.pbkdf2Sync('pw', 's', 1, -1, 'sha1')), "!RangeError ERR_OUT_OF_RANGE The value of \"keylen\" is out of range. It must be >= 0 && <= 2147483647. Received -1");
check(() => (crypto.pbkdf2Sync('pw', 's', 1, 2 ** 31, 'sha1')), "!RangeError ERR_OUT_OF_RANGE The value of \"keylen\" is out of range. It must be >= 0 && <= 2147483647. Received 2147483648");
check(() => (crypto.pbkdf2Sync('pw', 's', 1, 1.5, 'sha1')), "!RangeError ERR_OUT_OF_RANGE The value of \"keylen\" is out of range. It must be an integer. Received 1.5");
check(() => (crypto.pbkdf2Sync('pw', 's', 1, '20', 'sha1')), "!TypeError ERR_INVALID_ARG_TYPE The \"keylen\" argument must be of type number. Received type string ('20')");
check(() => (crypto.pbkdf2Sync('pw', 's', 1, 20)), "!TypeError ERR_INVALID_ARG_TYPE The \"digest\" argument must be of type string. Received undefined");
check(() => (crypto.pbkdf2Sync('pw', 's', 1, 20, null)), "!TypeError ERR_INVALID_ARG_TYPE The \"digest\" argument must be of type string. Received null");
check(() => (crypto.pbkdf2Sync('pw', 's', 1, 20, 1)), "!TypeError ERR_INVALID_ARG_TYPE The \"digest\" argument must be of type string. Received type number (1)");
check(() => (crypto.pbkdf2Sync('pw', 's', 1, 20, 'nope')), "!TypeError ERR_CRYPTO_INVALID_DIGEST Invalid digest: nope");
check(() => (crypto.pbkdf2Sync('pw', 's', 1, 20, '')), "!TypeError ERR_CRYPTO_INVALID_DIGEST Invalid digest: ");
check(() => (crypto.pbkdf2Sync('pw', 's', 1, 20, 'md4')), "!Error undefined error:0308010C:digital envelope routines::unsupported");
check(() => (crypto.pbkdf2Sync('pw', 's', 1, 20, 'shake128')), "!Error undefined Deriving bits failed");
check(() => (crypto.pbkdf2Sync(1, 's', 1, 20, 'sha1')), "!TypeError ERR_INVALID_ARG_TYPE The \"password\" argument must be of type string or an instance of ArrayBuffer, Buffer, TypedArray, or DataView. Received type number (1)");
check(() => (crypto.pbkdf2Sync(null, 's', 1, 20, 'sha1')), "!TypeError ERR_INVALID_ARG_TYPE The \"password\" argument must be of type string or an instance of ArrayBuffer, Buffer, TypedArray, or DataView. Received null");
check(() => (crypto.pbkdf2Sync('pw', 1, 1, 20, 'sha1')), "!TypeError ERR_INVALID_ARG_TYPE The \"salt\" argument must be of type string or an instance of ArrayBuffer, Buffer, TypedArray, or DataView. Received type number (1)");
check(() => (crypto.pbkdf2Sync('pw', [], 1, 20, 'sha1')), "!TypeError ERR_INVALID_ARG_TYPE The \"salt\" argument must be of type string or an instance of ArrayBuffer, Buffer, TypedArray, or DataView. Received an instance of Array");
check(() => (crypto.pbkdf2Sync(1, 2, 'x', 'y', 5)), "!TypeError ERR_INVALID_ARG_TYPE The \"digest\" argument must be of type string. Received type number (5)");
check(() => (crypto.pbkdf2('pw', 'salt', 1, 20, 'sha1')), "!TypeError ERR_INVALID_ARG_TYPE The \"callback\" argument must be of type function. Received undefined");
check(() => (crypto.pbkdf2('pw', 'salt', 1, 20, () => {})), "!TypeError ERR_INVALID_ARG_TYPE The \"digest\" argument must be of type string. Received undefined");
check(() => (crypto.pbkdf2('pw', 'salt', 1, 20, 'nope', () => {})), "!TypeError ERR_CRYPTO_INVALID_DIGEST Invalid digest: nope");
check(() => (crypto.pbkdf2('pw', 'salt', 1, 20, 'nope')), "!TypeError ERR_INVALID_ARG_TYPE The \"callback\" argument must be of type function. Received undefined");
check(() => (crypto.pbkdf2(1, 'salt', 1, 20, 'sha1')), "!TypeError ERR_INVALID_ARG_TYPE The \"password\" argument must be of type string or an instance of ArrayBuffer, Buffer, TypedArray, or DataView. Received type number (1)");
check(() => (crypto.pbkdf2('pw', 'salt', 0, 20, 'sha1', () => {})), "!RangeError ERR_OUT_OF_RANGE The value of \"iterations\" is out of range. It must be >= 1 && <= 2147483647. Received 0");
check(() => (crypto.scryptSync('pw', 'salt', 16)), "<Buffer c0b515908e61334cae6d6003c00be60e>");
check(() => (crypto.scryptSync('pw', 'salt', 16, { N: 16, r: 1, p: 1 })), "<Buffer 086be1ce38ba574b6133f2c1cfafecb7>");
check(() => (crypto.scryptSync('pw', 'salt', 16, { cost: 16, blockSize: 1, parallelization: 1 })), "<Buffer 086be1ce38ba574b6133f2c1cfafecb7>");
check(() => (crypto.scryptSync('pw', 'salt', 16, { N: 0, r: 0, p: 0, maxmem: 0 })), "<Buffer c0b515908e61334cae6d6003c00be60e>");
check(() => (crypto.scryptSync('pw', 'salt', 16, { N: undefined, cost: 16 })), "<Buffer c5d06c368e4a07b8a98e9a06773fcf4a>");
check(() => (crypto.scryptSync('pw', 'salt', 0)), "<Buffer >");
check(() => (crypto.scryptSync('pw', 'salt', 16, null)), "<Buffer c0b515908e61334cae6d6003c00be60e>");
check(() => (crypto.scryptSync('pw', 'salt', 16, 5)), "<Buffer c0b515908e61334cae6d6003c00be60e>");
check(() => (crypto.scryptSync('pw', 'salt', 16, 'x')), "<Buffer c0b515908e61334cae6d6003c00be60e>");
check(() => (crypto.scryptSync(new ArrayBuffer(2), new Float32Array([1]), 8, { N: 16 })), "<Buffer d3a7806d6b08c658>");
check(() => (crypto.scryptSync('pw', 'salt', 16, { N: 16, cost: 16 })), "!Error ERR_CRYPTO_SCRYPT_INVALID_PARAMETER Invalid scrypt parameter");
check(() => (crypto.scryptSync('pw', 'salt', 16, { N: 16, cost: 'x' })), "!Error ERR_CRYPTO_SCRYPT_INVALID_PARAMETER Invalid scrypt parameter");
check(() => (crypto.scryptSync('pw', 'salt', 16, { r: 1, blockSize: 1 })), "!Error ERR_CRYPTO_SCRYPT_INVALID_PARAMETER Invalid scrypt parameter");
check(() => (crypto.scryptSync('pw', 'salt', 16, { p: 1, parallelization: 1 })), "!Error ERR_CRYPTO_SCRYPT_INVALID_PARAMETER Invalid scrypt parameter");
check(() => (crypto.scryptSync('pw', 'salt', 16, { N: 'x', cost: 16 })), "!TypeError ERR_INVALID_ARG_TYPE The \"N\" argument must be of type number. Received type string ('x')");
check(() => (crypto.scryptSync('pw', 'salt', 16, { N: 2 ** 20 })), "!RangeError ERR_CRYPTO_INVALID_SCRYPT_PARAMS Invalid scrypt params: error:030000AC:digital envelope routines::memory limit exceeded");
check(() => (crypto.scryptSync('pw', 'salt', 16, { N: 16, maxmem: 1 })), "!RangeError ERR_CRYPTO_INVALID_SCRYPT_PARAMS Invalid scrypt params: error:030000AC:digital envelope routines::memory limit exceeded");
check(() => (crypto.scryptSync('pw', 'salt', 16, { N: 16, r: 2 ** 31 })), "!RangeError ERR_CRYPTO_INVALID_SCRYPT_PARAMS Invalid scrypt params: error:030000AC:digital envelope routines::memory limit exceeded");
check(() => (crypto.scryptSync('pw', 'salt', 16, { N: 16, p: 2 ** 30 })), "!RangeError ERR_CRYPTO_INVALID_SCRYPT_PARAMS Invalid scrypt params: error:030000AC:digital envelope routines::memory limit exceeded");
check(() => (crypto.scryptSync('pw', 'salt', 16, { N: -1 })), "!RangeError ERR_OUT_OF_RANGE The value of \"N\" is out of range. It must be >= 0 && <= 4294967295. Received -1");
check(() => (crypto.scryptSync('pw', 'salt', 16, { N: 1.5 })), "!RangeError ERR_OUT_OF_RANGE The value of \"N\" is out of range. It must be an integer. Received 1.5");
check(() => (crypto.scryptSync('pw', 'salt', 16, { N: 2 ** 32 })), "!RangeError ERR_OUT_OF_RANGE The value of \"N\" is out of range. It must be >= 0 && <= 4294967295. Received 4294967296");
check(() => (crypto.scryptSync('pw', 'salt', 16, { N: null })), "!TypeError ERR_INVALID_ARG_TYPE The \"N\" argument must be of type number. Received null");
check(() => (crypto.scryptSync('pw', 'salt', 16, { r: '1' })), "!TypeError ERR_INVALID_ARG_TYPE The \"r\" argument must be of type number. Received type string ('1')");
check(() => (crypto.scryptSync('pw', 'salt', 16, { blockSize: '1' })), "!TypeError ERR_INVALID_ARG_TYPE The \"blockSize\" argument must be of type number. Received type string ('1')");
check(() => (crypto.scryptSync('pw', 'salt', 16, { parallelization: -1 })), "!RangeError ERR_OUT_OF_RANGE The value of \"parallelization\" is out of range. It must be >= 0 && <= 4294967295. Received -1");
check(() => (crypto.scryptSync('pw', 'salt', 16, { cost: '1' })), "!TypeError ERR_INVALID_ARG_TYPE The \"cost\" argument must be of type number. Received type string ('1')");
check(() => (crypto.scryptSync('pw', 'salt', 16, { maxmem: '1' })), "!TypeError ERR_INVALID_ARG_TYPE The \"maxmem\" argument must be of type number. Received type string ('1')");
check(() => (crypto.scryptSync('pw', 'salt', 16, { maxmem: 1.5 })), "!RangeError ERR_OUT_OF_RANGE The value of \"maxmem\" is out of range. It must be an integer. Received 1.5");
check(() => (crypto.scryptSync('pw', 'salt', 16, { maxmem: -1 })), "!RangeError ERR_OUT_OF_RANGE The value of \"maxmem\" is out of range. It must be >= 0 && <= 9007199254740991. Received -1");
check(() => (crypto.scryptSync('pw', 'salt', 16, { maxmem: 2 ** 53 })), "!RangeError ERR_OUT_OF_RANGE The value of \"maxmem\" is out of range. It must be >= 0 && <= 9007199254740991. Received 9_007_199_254_740_992");
check(() => (crypto.scryptSync(1, 'salt', 16)), "!TypeError ERR_INVALID_ARG_TYPE The \"password\" argument must be of type string or an instance of ArrayBuffer, Buffer, TypedArray, or DataView. Received type number (1)");
check(() => (crypto.scryptSync('pw', 1, 16)), "!TypeError ERR_INVALID_ARG_TYPE The \"salt\" argument must be of type string or an instance of ArrayBuffer, Buffer, TypedArray, or DataView. Received type number (1)");
check(() => (crypto.scryptSync('pw', 's', '16')), "!TypeError ERR_INVALID_ARG_TYPE The \"keylen\" argument must be of type number. Received type string ('16')");
check(() => (crypto.scryptSync('pw', 's', -1)), "!RangeError ERR_OUT_OF_RANGE The value of \"keylen\" is out of range. It must be >= 0 && <= 2147483647. Received -1");
check(() => (crypto.scryptSync('pw', 's', 2 ** 31)), "!RangeError ERR_OUT_OF_RANGE The value of \"keylen\" is out of range. It must be >= 0 && <= 2147483647. Received 2147483648");
check(() => (crypto.scryptSync('pw', 's', 1.5)), "!RangeError ERR_OUT_OF_RANGE The value of \"keylen\" is out of range. It must be an integer. Received 1.5");
check(() => (crypto.scryptSync('pw', 's')), "!TypeError ERR_INVALID_ARG_TYPE The \"keylen\" argument must be of type number. Received undefined");
check(() => (crypto.scrypt('pw', 's', 16)), "!TypeError ERR_INVALID_ARG_TYPE The \"callback\" argument must be of type function. Received undefined");
check(() => (crypto.scrypt('pw', 's', 16, undefined)), "!TypeError ERR_INVALID_ARG_TYPE The \"callback\" argument must be of type function. Received undefined");
check(() => (crypto.scrypt('pw', 's', 16, {})), "!TypeError ERR_INVALID_ARG_TYPE The \"callback\" argument must be of type function. Received an instance of Object");
check(() => (crypto.scrypt('pw', 's', 16, { N: 15 })), "!TypeError ERR_INVALID_ARG_TYPE The \"callback\" argument must be of type function. Received an instance of Object");
check(() => (crypto.scrypt('pw', 's', 16, { N: 15 }, 5)), "!TypeError ERR_INVALID_ARG_TYPE The \"callback\" argument must be of type function. Received type number (5)");
check(() => (crypto.scrypt('pw', 's', 16, 5)), "!TypeError ERR_INVALID_ARG_TYPE The \"callback\" argument must be of type function. Received type number (5)");
check(() => (crypto.scrypt(1, 's', 16, 5)), "!TypeError ERR_INVALID_ARG_TYPE The \"password\" argument must be of type string or an instance of ArrayBuffer, Buffer, TypedArray, or DataView. Received type number (1)");
check(() => ([crypto.pbkdf2.length, crypto.pbkdf2Sync.length, crypto.scrypt.length, crypto.scryptSync.length]), "[6, 5, 4, 3]");
