'use strict';
// node:crypto hashes: known-answer vectors (RFC 1321, FIPS 180-4, FIPS 202),
// names and aliases, encodings in and out, copy(), XOFs, crypto.hash(),
// getHashes(), streaming, and bad input. The table of check() lines was
// produced by running Node v20.
const assert = require('assert');
const crypto = require('crypto');
const { Readable, Transform, pipeline } = require('stream');
const { mustCall } = require('../common');
const { check } = require('../common/expect');

const hex = (alg, data, opts) => crypto.createHash(alg, opts).update(data).digest('hex');

// ---- known answers ----
// RFC 1321 appendix A.5.
assert.strictEqual(hex('md5', ''), 'd41d8cd98f00b204e9800998ecf8427e');
assert.strictEqual(hex('md5', 'abc'), '900150983cd24fb0d6963f7d28e17f72');
assert.strictEqual(hex('md5', 'message digest'), 'f96b697d7cb7938d525a2f31aaf161d0');
assert.strictEqual(hex('md5', '1234567890'.repeat(8)), '57edf4a22be3c955ac49da2e2107b67a');
// FIPS 180-4 examples (NIST CSRC).
const m448 = 'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq';
assert.strictEqual(hex('sha1', 'abc'), 'a9993e364706816aba3e25717850c26c9cd0d89d');
assert.strictEqual(hex('sha1', m448), '84983e441c3bd26ebaae4aa1f95129e5e54670f1');
assert.strictEqual(hex('sha1', 'a'.repeat(1000000)), '34aa973cd4c4daa4f61eeb2bdbad27316534016f');
assert.strictEqual(hex('sha224', 'abc'), '23097d223405d8228642a477bda255b32aadbce4bda0b3f7e36c9da7');
assert.strictEqual(hex('sha256', ''), 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
assert.strictEqual(hex('sha256', 'abc'), 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
assert.strictEqual(hex('sha256', m448), '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1');
assert.strictEqual(hex('sha256', Buffer.alloc(1000000, 'a')),
  'cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0');
assert.strictEqual(hex('sha384', 'abc'),
  'cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed8086072ba1e7cc2358baeca134c825a7');
assert.strictEqual(hex('sha512', 'abc'),
  'ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a' +
  '2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f');
assert.strictEqual(hex('sha512-256', 'abc'), '53048e2681941ef99b2e29b76b4c7dabe4c2d0c634fc6d46e0e2f13107e7af23');
// FIPS 202 (NIST example values).
assert.strictEqual(hex('sha3-256', 'abc'), '3a985da74fe225b2045c172d6bd390bd855f086e3e9d525b46bfe24511431532');
assert.strictEqual(hex('sha3-512', 'abc'),
  'b751850b1a57168a5693cd924b6b096e08f621827444f70d884f5d0240d2712e' +
  '10e116e9192af3c91a7ec57647e3934057340b4cf408d5a56592f8274eec53f0');
assert.strictEqual(hex('shake128', '', { outputLength: 32 }),
  '7f9c2ba4e88f827d616045507605853ed73b8093f6efbc88eb1a6eacfa66ef26');
assert.strictEqual(hex('shake256', '', { outputLength: 64 }),
  '46b9dd2b0ba88d13233b3feb743eeb243fcd52ea62b81b82b50c27646ed5762f' +
  'd75dc4ddd8c0f200cb05019d67b592f6fc821c49479ab48640292eacb3b7c4be');
// RIPEMD-160 (its authors' test values).
assert.strictEqual(hex('ripemd160', 'abc'), '8eb208f7e05d987a9b044a8e98c6b087f15a0bfc');
assert.strictEqual(hex('ripemd160', ''), '9c1185a5c5e9fc54612808977ee8f548b2258d31');

// Many small updates equal one big one, whatever the chunking.
{
  const data = Buffer.alloc(100003);
  for (let i = 0; i < data.length; i++) data[i] = (i * 31) & 0xff;
  const whole = hex('sha256', data);
  for (const step of [1, 7, 64, 4096, 65537]) {
    const h = crypto.createHash('sha256');
    for (let i = 0; i < data.length; i += step) h.update(data.subarray(i, i + step));
    assert.strictEqual(h.digest('hex'), whole, `step ${step}`);
  }
  assert.strictEqual(crypto.hash('sha256', data), whole);
  assert.strictEqual(crypto.createHash('sha256').update(data.toString('latin1'), 'latin1').digest('hex'), whole);
}
// Strings: short ones, long ones, and lone surrogates (U+FFFD) encode as Buffer.from does.
for (const s of ['', 'a', '\u00e9\u4e2d\ud83d\ude00', '\ud800x\udc00', 'x'.repeat(255) + '\ud83d',
  '\ud83d\ude00'.repeat(128), '\u00ff'.repeat(5000) + '\ud800', 'é'.repeat(70000)]) {
  assert.strictEqual(hex('sha1', s), hex('sha1', Buffer.from(s)), JSON.stringify(s.slice(0, 20)));
  assert.strictEqual(crypto.hash('sha1', s), hex('sha1', Buffer.from(s)));
}

// Every listed digest works.
for (const name of crypto.getHashes()) {
  const h = crypto.createHash(name);
  h.update('x');
  assert.ok(h.digest().length > 0, name);
}

// ---- table (values from Node v20) ----
check(() => (crypto.createHash('sha256').update('abc', 'HEX').digest('hex')), "!TypeError ERR_INVALID_ARG_VALUE The argument 'encoding' is invalid for data of length 3. Received 'HEX'");
check(() => (crypto.createHash('sha256').update('abc', 'bogus').digest('hex')), "\"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad\"");
check(() => (crypto.createHash('sha256').update('zz', 'hex').digest('hex')), "\"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855\"");
check(() => (crypto.createHash('sha256').update('6162', 'hex').digest('hex')), "\"fb8e20fc2e4c3f248c60c39bd652f3c1347298bb977b8b4d5903b85055620603\"");
check(() => (crypto.createHash('sha256').update('YWJj', 'base64').digest('hex')), "\"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad\"");
check(() => (crypto.createHash('sha256').update('YWJj', 'base64url').digest('hex')), "\"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad\"");
check(() => (crypto.createHash('sha256').update('\u00e9', 'latin1').digest('hex')), "\"de2e331d891ae267a7009cb45b4e8830f170e0c937288ea2731a1941c7a53b0d\"");
check(() => (crypto.createHash('sha256').update('\u00e9', 'binary').digest('hex')), "\"de2e331d891ae267a7009cb45b4e8830f170e0c937288ea2731a1941c7a53b0d\"");
check(() => (crypto.createHash('sha256').update('\u00e9', 'ascii').digest('hex')), "\"de2e331d891ae267a7009cb45b4e8830f170e0c937288ea2731a1941c7a53b0d\"");
check(() => (crypto.createHash('sha256').update('\u00e9', 'ucs2').digest('hex')), "\"63e3c807f93f669a2625f37ee673726c36ef3e99b6b7db02c910be25087e0f9c\"");
check(() => (crypto.createHash('sha256').update('\u00e9', 'utf16le').digest('hex')), "\"63e3c807f93f669a2625f37ee673726c36ef3e99b6b7db02c910be25087e0f9c\"");
check(() => (crypto.createHash('sha256').update('\u00e9').digest('hex')), "\"4a99557e4033c3539de2eb65472017cad5f9557f7a0625a09f1c3f6e2ba69c4c\"");
check(() => (crypto.createHash('sha256').update('\ud800').digest('hex')), "\"83d544ccc223c057d2bf80d3f2a32982c32c3c0db8e2674820da5064783fb097\"");
check(() => (crypto.createHash('sha256').update('a\udc00b\ud83d\ude00').digest('hex')), "\"4bc08937e5c23bbc0070e6c5dda2890acdb1d1b43050f7fd1a16862345812cad\"");
check(() => (crypto.createHash('sha256').update('\u00e9'.repeat(300)).digest('hex')), "\"7250b66610f8b7dbd6f5e5426d2143bcba6d826cedb4bea8a358695da78db023\"");
check(() => (crypto.createHash('sha256').update('\ud83d\ude00'.repeat(5000)).digest('hex')), "\"c54ae9b09b4f239968e7f09d773cd339415c945253e21adba733aa2aa40919a9\"");
check(() => (crypto.createHash('sha256').update('x'.repeat(100000) + '\ud800').digest('hex')), "\"58311784a4642462a6be2c347e263bc49eeec1e5f51ac434fef85d6f84a5cb7d\"");
check(() => (crypto.createHash('sha256').update(new Uint16Array([0x6261, 0x63])).digest('hex')), "\"dc1114cd074914bd872cc1f9a23ec910ea2203bc79779ab2e17da25782a624fc\"");
check(() => (crypto.createHash('sha256').update(new Float64Array([1.5])).digest('hex')), "\"e163f8cb0f7067a7fc78ca859a77f849aea3214f38fb75b884e4a16be725c905\"");
check(() => (crypto.createHash('sha256').update(new DataView(new ArrayBuffer(3))).digest('hex')), "\"709e80c88487a2411e1ee4dfb9f22a861492d20c4765150c0c794abd70f8147c\"");
check(() => (crypto.createHash('sha256').update(new Uint8Array([1, 2, 3, 4]).subarray(1, 3)).digest('hex')), "\"ee9040f65c341855e070ff438eb0ea9d5b831b2a2c270fb7ef592d750408e3b3\"");
check(() => (crypto.createHash('sha256').update(Buffer.from('xabcx').subarray(1, 4)).digest('hex')), "\"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad\"");
check(() => (crypto.createHash('sha256').update(Buffer.from('abc'), 'hex').digest('hex')), "\"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad\"");
check(() => (crypto.createHash('sha256').update('').digest('hex')), "\"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855\"");
check(() => (crypto.createHash('md5').update('abc').digest('HEX')), "\"900150983cd24fb0d6963f7d28e17f72\"");
check(() => (crypto.createHash('md5').update('abc').digest('base64')), "\"kAFQmDzST7DWlj99KOF/cg==\"");
check(() => (crypto.createHash('md5').update('abc').digest('base64url')), "\"kAFQmDzST7DWlj99KOF_cg\"");
check(() => (crypto.createHash('md5').update('abc').digest('latin1')), "\"\\u0001P<ÒO°Ö?}(ár\"");
check(() => (crypto.createHash('md5').update('abc').digest('binary')), "\"\\u0001P<ÒO°Ö?}(ár\"");
check(() => (crypto.createHash('md5').update('abc').digest('ascii')), "\"\\u0010\\u0001P\\u0018<RO0V\\u0016?}(ar\"");
check(() => (crypto.createHash('md5').update('abc').digest('utf8')), "\"�\\u0001P�<�O�֖?}(�r\"");
check(() => (crypto.createHash('md5').update('abc').digest('ucs2')), "\"Ɛ顐툼끏雖紿牿\"");
check(() => (crypto.createHash('md5').update('abc').digest('buffer')), "<Buffer 900150983cd24fb0d6963f7d28e17f72>");
check(() => (crypto.createHash('md5').update('abc').digest()), "<Buffer 900150983cd24fb0d6963f7d28e17f72>");
check(() => (crypto.createHash('md5').update('abc').digest('')), "<Buffer 900150983cd24fb0d6963f7d28e17f72>");
check(() => (crypto.createHash('md5').update('abc').digest('bogus')), "<Buffer 900150983cd24fb0d6963f7d28e17f72>");
check(() => (crypto.createHash('md5').update('abc').digest(null)), "<Buffer 900150983cd24fb0d6963f7d28e17f72>");
check(() => (crypto.createHash('md5').update('abc').digest(1)), "<Buffer 900150983cd24fb0d6963f7d28e17f72>");
check(() => (crypto.createHash('SHA256').update('abc').digest('hex')), "\"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad\"");
check(() => (crypto.createHash('sha-256').update('abc').digest('hex')), "\"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad\"");
check(() => (crypto.createHash('SHA2-256').update('abc').digest('hex')), "\"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad\"");
check(() => (crypto.createHash('RSA-SHA256').update('abc').digest('hex')), "\"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad\"");
check(() => (crypto.createHash('sha256WithRSAEncryption').update('abc').digest('hex')), "\"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad\"");
check(() => (crypto.createHash('2.16.840.1.101.3.4.2.1').update('abc').digest('hex')), "\"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad\"");
check(() => (crypto.createHash('ssl3-md5').update('abc').digest('hex')), "\"900150983cd24fb0d6963f7d28e17f72\"");
check(() => (crypto.createHash('md5-sha1').update('abc').digest('hex')), "\"900150983cd24fb0d6963f7d28e17f72a9993e364706816aba3e25717850c26c9cd0d89d\"");
check(() => (crypto.createHash('blake2b512').update('abc').digest('hex')), "\"ba80a53f981c4d0d6a2797b69f12f6e94c212f14685ac4b74b12bb6fdbffa2d17d87c5392aab792dc252d5de4533cc9518d38aa8dbf1925ab92386edd4009923\"");
check(() => (crypto.createHash('blake2s256').update('abc').digest('hex')), "\"508c5e8c327c14e2e1a72ba34eeb452f37458b209ed63a294d999b4c86675982\"");
check(() => (crypto.createHash('sm3').update('abc').digest('hex')), "\"66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0\"");
check(() => (crypto.createHash('rmd160').update('abc').digest('hex')), "\"8eb208f7e05d987a9b044a8e98c6b087f15a0bfc\"");
check(() => (crypto.createHash('sha512-224').update('abc').digest('hex')), "\"4634270f707b6a54daae7530460842e20e37ed265ceee9a43e8924aa\"");
check(() => (crypto.createHash('sha3-224').update('abc').digest('hex')), "\"e642824c3f8cf24ad09234ee7d3c766fc9a3a5168d0c94ad73b46fdf\"");
check(() => (crypto.createHash('sha3-384').update('abc').digest('hex')), "\"ec01498288516fc926459f58e2c6ad8df9b473cb0fc08c2596da7cf0e49be4b298d88cea927ac7f539f1edf228376d25\"");
check(() => (crypto.createHash('sha256\0junk').update('abc').digest('hex')), "\"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad\"");
check(() => (crypto.createHash('nope')), "!Error undefined Digest method not supported");
check(() => (crypto.createHash('')), "!Error undefined Digest method not supported");
check(() => (crypto.createHash('sha256 ')), "!Error undefined Digest method not supported");
check(() => (crypto.createHash('null')), "!Error undefined Digest method not supported");
check(() => (crypto.createHash('sha512/256')), "!Error undefined Digest method not supported");
check(() => (crypto.createHash('md4')), "!Error ERR_OSSL_EVP_UNSUPPORTED error:0308010C:digital envelope routines::unsupported");
check(() => (crypto.createHash('whirlpool')), "!Error ERR_OSSL_EVP_UNSUPPORTED error:0308010C:digital envelope routines::unsupported");
check(() => (crypto.createHash(1)), "!TypeError ERR_INVALID_ARG_TYPE The \"algorithm\" argument must be of type string. Received type number (1)");
check(() => (crypto.createHash()), "!TypeError ERR_INVALID_ARG_TYPE The \"algorithm\" argument must be of type string. Received undefined");
check(() => (crypto.createHash(null)), "!TypeError ERR_INVALID_ARG_TYPE The \"algorithm\" argument must be of type string. Received null");
check(() => (crypto.createHash('sha256').update(1)), "!TypeError ERR_INVALID_ARG_TYPE The \"data\" argument must be of type string or an instance of Buffer, TypedArray, or DataView. Received type number (1)");
check(() => (crypto.createHash('sha256').update()), "!TypeError ERR_INVALID_ARG_TYPE The \"data\" argument must be of type string or an instance of Buffer, TypedArray, or DataView. Received undefined");
check(() => (crypto.createHash('sha256').update(null)), "!TypeError ERR_INVALID_ARG_TYPE The \"data\" argument must be of type string or an instance of Buffer, TypedArray, or DataView. Received null");
check(() => (crypto.createHash('sha256').update({})), "!TypeError ERR_INVALID_ARG_TYPE The \"data\" argument must be of type string or an instance of Buffer, TypedArray, or DataView. Received an instance of Object");
check(() => (crypto.createHash('sha256').update([1, 2])), "!TypeError ERR_INVALID_ARG_TYPE The \"data\" argument must be of type string or an instance of Buffer, TypedArray, or DataView. Received an instance of Array");
check(() => (crypto.createHash('sha256').update(new ArrayBuffer(2))), "!TypeError ERR_INVALID_ARG_TYPE The \"data\" argument must be of type string or an instance of Buffer, TypedArray, or DataView. Received an instance of ArrayBuffer");
check(() => (crypto.createHash('sha256').update('abc', 'hex')), "!TypeError ERR_INVALID_ARG_VALUE The argument 'encoding' is invalid for data of length 3. Received 'hex'");
check(() => (crypto.createHash('sha256').update('a', 'HEX')), "!TypeError ERR_INVALID_ARG_VALUE The argument 'encoding' is invalid for data of length 1. Received 'HEX'");
check(() => (crypto.createHash('shake128').digest('hex')), "\"7f9c2ba4e88f827d616045507605853e\"");
check(() => (crypto.createHash('shake256').digest('hex')), "\"46b9dd2b0ba88d13233b3feb743eeb243fcd52ea62b81b82b50c27646ed5762f\"");
check(() => (crypto.createHash('shake128', { outputLength: 0 }).digest('hex')), "\"\"");
check(() => (crypto.createHash('shake128', { outputLength: 0 }).digest()), "<Buffer >");
check(() => (crypto.createHash('shake128', { outputLength: 5 }).update('abc').digest('hex')), "\"5881092dd8\"");
check(() => (crypto.createHash('shake256', { outputLength: 100 }).update('abc').digest('hex')), "\"483366601360a8771c6863080cc4114d8db44530f8f1e1ee4f94ea37e78b5739d5a15bef186a5386c75744c0527e1faa9f8726e462a12a4feb06bd8801e751e41385141204f329979fd3047a13c5657724ada64d2470157b3cdc288620944d78dbcddbd9\"");
check(() => (crypto.createHash('sha256', { outputLength: 32 }).update('abc').digest('hex')), "\"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad\"");
check(() => (crypto.createHash('sha256', { outputLength: 31 })), "!Error ERR_OSSL_EVP_NOT_XOF_OR_INVALID_LENGTH error:030000B2:digital envelope routines::not XOF or invalid length");
check(() => (crypto.createHash('sha256', { outputLength: 0 })), "!Error ERR_OSSL_EVP_NOT_XOF_OR_INVALID_LENGTH error:030000B2:digital envelope routines::not XOF or invalid length");
check(() => (crypto.createHash('shake128', { outputLength: -1 })), "!RangeError ERR_OUT_OF_RANGE The value of \"options.outputLength\" is out of range. It must be >= 0 && <= 4294967295. Received -1");
check(() => (crypto.createHash('shake128', { outputLength: 1.5 })), "!RangeError ERR_OUT_OF_RANGE The value of \"options.outputLength\" is out of range. It must be an integer. Received 1.5");
check(() => (crypto.createHash('shake128', { outputLength: '1' })), "!TypeError ERR_INVALID_ARG_TYPE The \"options.outputLength\" property must be of type number. Received type string ('1')");
check(() => (crypto.createHash('shake128', { outputLength: 2 ** 32 })), "!RangeError ERR_OUT_OF_RANGE The value of \"options.outputLength\" is out of range. It must be >= 0 && <= 4294967295. Received 4294967296");
check(() => (crypto.createHash('shake128', { outputLength: NaN })), "!RangeError ERR_OUT_OF_RANGE The value of \"options.outputLength\" is out of range. It must be an integer. Received NaN");
check(() => (crypto.createHash('shake128', { outputLength: null })), "!TypeError ERR_INVALID_ARG_TYPE The \"options.outputLength\" property must be of type number. Received null");
check(() => (crypto.createHash('shake128', { outputLength: undefined }).digest('hex')), "\"7f9c2ba4e88f827d616045507605853e\"");
check(() => (crypto.createHash('shake128', null).digest('hex')), "\"7f9c2ba4e88f827d616045507605853e\"");
check(() => (crypto.createHash('shake128', 5).digest('hex')), "\"7f9c2ba4e88f827d616045507605853e\"");
check(() => (crypto.createHash('shake128', 'x').digest('hex')), "\"7f9c2ba4e88f827d616045507605853e\"");
check(() => ((() => { const h = crypto.createHash('sha256'); h.digest(); return h.update('x'); })()), "!Error ERR_CRYPTO_HASH_FINALIZED Digest already called");
check(() => ((() => { const h = crypto.createHash('sha256'); h.digest(); return h.digest(); })()), "!Error ERR_CRYPTO_HASH_FINALIZED Digest already called");
check(() => ((() => { const h = crypto.createHash('sha256'); h.digest(); return h.digest('hex'); })()), "!Error ERR_CRYPTO_HASH_FINALIZED Digest already called");
check(() => ((() => { const h = crypto.createHash('sha256'); h.digest(); return h.copy(); })()), "!Error ERR_CRYPTO_HASH_FINALIZED Digest already called");
check(() => ((() => { const h = crypto.createHash('sha256').update('ab'); const c = h.copy(); h.update('c'); c.update('x'); return [h.digest('hex'), c.digest('hex')]; })()), "[\"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad\", \"b2bdab4230154046ad0b7dfa830a9260caa5bd6ae230e582a2244ab4bf0b4ca5\"]");
check(() => ((() => { const h = crypto.createHash('sha256').update('ab'); const c = h.copy(); return [c.digest('hex'), h.digest('hex'), h.copy === c.copy]; })()), "[\"fb8e20fc2e4c3f248c60c39bd652f3c1347298bb977b8b4d5903b85055620603\", \"fb8e20fc2e4c3f248c60c39bd652f3c1347298bb977b8b4d5903b85055620603\", true]");
check(() => (crypto.createHash('shake128', { outputLength: 4 }).copy().digest('hex')), "\"7f9c2ba4e88f827d616045507605853e\"");
check(() => (crypto.createHash('shake128', { outputLength: 4 }).copy({ outputLength: 8 }).digest('hex')), "\"7f9c2ba4e88f827d\"");
check(() => (crypto.createHash('sha256').copy({ outputLength: 8 })), "!Error ERR_OSSL_EVP_NOT_XOF_OR_INVALID_LENGTH error:030000B2:digital envelope routines::not XOF or invalid length");
check(() => (crypto.createHash('sha256').copy({ outputLength: 32 }).digest('hex')), "\"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855\"");
check(() => (crypto.createHash('sha256').copy({ outputLength: 'x' })), "!TypeError ERR_INVALID_ARG_TYPE The \"options.outputLength\" property must be of type number. Received type string ('x')");
check(() => (crypto.createHash('sha256').copy(5).digest('hex')), "\"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855\"");
check(() => (crypto.createHash('sha256').copy(null).digest('hex')), "\"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855\"");
check(() => (crypto.hash('sha1', 'abc')), "\"a9993e364706816aba3e25717850c26c9cd0d89d\"");
check(() => (crypto.hash('sha1', 'abc', 'hex')), "\"a9993e364706816aba3e25717850c26c9cd0d89d\"");
check(() => (crypto.hash('sha1', 'abc', 'HEX')), "\"a9993e364706816aba3e25717850c26c9cd0d89d\"");
check(() => (crypto.hash('sha1', 'abc', 'base64')), "\"qZk+NkcGgWq6PiVxeFDCbJzQ2J0=\"");
check(() => (crypto.hash('sha1', 'abc', 'base64url')), "\"qZk-NkcGgWq6PiVxeFDCbJzQ2J0\"");
check(() => (crypto.hash('sha1', 'abc', 'latin1')), "\"©>6G\\u0006jº>%qxPÂlÐØ\"");
check(() => (crypto.hash('sha1', 'abc', 'buffer')), "<Buffer a9993e364706816aba3e25717850c26c9cd0d89d>");
check(() => (crypto.hash('sha1', 'abc', 'BUFFER')), "<Buffer a9993e364706816aba3e25717850c26c9cd0d89d>");
// An empty output encoding means utf8 here (but a Buffer for digest()).
assert.strictEqual(crypto.hash('sha1', 'abc', ''), crypto.hash('sha1', 'abc', 'buffer').toString('utf8'));
check(() => (crypto.hash('sha1', 'abc', undefined)), "\"a9993e364706816aba3e25717850c26c9cd0d89d\"");
check(() => (crypto.hash('sha1', 'abc', 'bogus')), "!TypeError ERR_INVALID_ARG_VALUE The argument 'outputEncoding' is invalid. Received 'bogus'");
check(() => (crypto.hash('sha1', 'abc', null)), "!TypeError ERR_INVALID_ARG_TYPE The \"outputEncoding\" argument must be of type string. Received null");
check(() => (crypto.hash('sha1', 'abc', 1)), "!TypeError ERR_INVALID_ARG_TYPE The \"outputEncoding\" argument must be of type string. Received type number (1)");
check(() => (crypto.hash('sha1', Buffer.from('abc'))), "\"a9993e364706816aba3e25717850c26c9cd0d89d\"");
check(() => (crypto.hash('sha1', new Uint16Array([0x6261, 0x63]))), "\"686483805ac47ca14e03514f7481a7973b401762\"");
check(() => (crypto.hash('sha1', new DataView(new ArrayBuffer(1)))), "\"5ba93c9db0cff93f52b521d7420e43f6eda2784f\"");
check(() => (crypto.hash('sha1', '\u00e9\ud800')), "\"06c99b7602ce748735f101a17363e07b92c94be7\"");
check(() => (crypto.hash('sha1', 'x'.repeat(1000))), "\"c3efa690fa3fdd2e2526853eed670538ea127638\"");
check(() => (crypto.hash('SHA1', 'abc')), "\"a9993e364706816aba3e25717850c26c9cd0d89d\"");
check(() => (crypto.hash('RSA-SHA1', 'abc')), "\"a9993e364706816aba3e25717850c26c9cd0d89d\"");
check(() => (crypto.hash('shake256', 'abc')), "\"483366601360a8771c6863080cc4114d8db44530f8f1e1ee4f94ea37e78b5739\"");
check(() => (crypto.hash('sha1', 1)), "!TypeError ERR_INVALID_ARG_TYPE The \"input\" argument must be of type string or an instance of Buffer, TypedArray, or DataView. Received type number (1)");
check(() => (crypto.hash('sha1')), "!TypeError ERR_INVALID_ARG_TYPE The \"input\" argument must be of type string or an instance of Buffer, TypedArray, or DataView. Received undefined");
check(() => (crypto.hash('sha1', new ArrayBuffer(2))), "!TypeError ERR_INVALID_ARG_TYPE The \"input\" argument must be of type string or an instance of Buffer, TypedArray, or DataView. Received an instance of ArrayBuffer");
check(() => (crypto.hash(1, 'abc')), "!TypeError ERR_INVALID_ARG_TYPE The \"algorithm\" argument must be of type string. Received type number (1)");
check(() => (crypto.hash('nope', 'abc')), "!Error undefined Digest method nope is not supported");
check(() => (crypto.hash('md4', 'abc')), "!Error ERR_OSSL_EVP_UNSUPPORTED error:0308010C:digital envelope routines::unsupported");
check(() => (crypto.getHashes().includes('sha256') && crypto.getHashes().includes('RSA-SHA256') && crypto.getHashes().includes('sha3-512') && crypto.getHashes().includes('shake256') && crypto.getHashes().includes('ripemd160')), "true");
check(() => (crypto.getHashes().includes('md4') || crypto.getHashes().includes('whirlpool')), "false");
check(() => (crypto.getHashes() === crypto.getHashes()), "false");
check(() => (crypto.getHashes().slice(0, 5)), "[\"RSA-MD5\", \"RSA-RIPEMD160\", \"RSA-SHA1\", \"RSA-SHA1-2\", \"RSA-SHA224\"]");
check(() => ((() => { const h = crypto.getHashes(); h.length = 0; return crypto.getHashes().length > 0; })()), "true");
check(() => ([crypto.Hash.length, crypto.Hash.name, crypto.Hash.prototype.update.length, crypto.Hash.prototype.digest.length, crypto.Hash.prototype.copy.length, crypto.createHash.length, crypto.hash.length]), "[2, \"Hash\", 2, 1, 1, 2, 2]");
check(() => (Object.getOwnPropertyNames(crypto.Hash.prototype)), "[\"constructor\", \"copy\", \"_transform\", \"_flush\", \"update\", \"digest\"]");
check(() => (Object.keys(crypto.createHash('sha1'))), "[\"_options\"]");
check(() => (crypto.Hash('sha1') instanceof crypto.Hash), "true");
check(() => (new crypto.Hash('sha1', { outputLength: 20 }).update('abc').digest('hex')), "\"a9993e364706816aba3e25717850c26c9cd0d89d\"");
check(() => (crypto.createHash('sha1').update('a') instanceof crypto.Hash), "true");
check(() => (crypto.createHash('sha1') instanceof Transform), "true");

// ---- streaming ----
Readable.from(['a', 'b', Buffer.from('c')]).pipe(crypto.createHash('sha256')).setEncoding('hex')
  .on('data', mustCall((d) => assert.strictEqual(d, hex('sha256', 'abc'))));
{
  const h = crypto.createHash('sha1');
  h.update('a');
  h.write('b');
  h.end('c', mustCall());
  h.on('finish', mustCall());
  h.on('data', mustCall((d) => assert.strictEqual(d.toString('hex'), hex('sha1', 'abc'))));
  h.on('end', mustCall());
}
pipeline(Readable.from([Buffer.from('x'), 'y']), crypto.createHash('md5'),
  new Transform({ transform(chunk, enc, cb) { cb(null, chunk.toString('hex')); } }),
  mustCall((err) => assert.ifError(err)));
{
  // Writes after digest() are dropped without an error, as in Node.
  const h = crypto.createHash('md5');
  h.digest();
  h.on('error', () => assert.fail('no error expected'));
  h.write('x', mustCall((err) => assert.ifError(err)));
}
{
  // Stream state is made on first use; plain update/digest never needs it.
  const h = crypto.createHash('sha256');
  assert.strictEqual(h.readable, true);
  assert.strictEqual(h.writable, true);
  assert.strictEqual(h.destroyed, false);
  h.destroy();
  assert.strictEqual(h.destroyed, true);
}

// ---- bad input never crashes ----
{
  // A detached buffer hashes as empty.
  const ab = new ArrayBuffer(8);
  const u = new Uint8Array(ab);
  structuredClone(ab, { transfer: [ab] });
  assert.strictEqual(hex('sha256', u), hex('sha256', ''));
  assert.strictEqual(crypto.hash('sha256', u), hex('sha256', ''));
  assert.strictEqual(crypto.timingSafeEqual(u, new Uint8Array(0)), true);
}
for (const v of [undefined, null, 0, 1.5, true, Symbol('s'), {}, [], () => {}, new ArrayBuffer(1), 10n]) {
  assert.throws(() => crypto.createHash('sha1').update(v), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => crypto.createHash(v), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => crypto.hash('sha1', v), { code: 'ERR_INVALID_ARG_TYPE' });
}
// A large XOF output.
assert.strictEqual(crypto.createHash('shake256', { outputLength: 1 << 20 }).digest().length, 1 << 20);
assert.strictEqual(crypto.createHash('shake256', { outputLength: 1 << 20 }).digest('hex').length, 2 << 20);
// Many hashes dropped without digest(): their contexts are freed by the collector.
for (let i = 0; i < 20000; i++) crypto.createHash('sha512').update('x');

// One-shot digests (crypto.hash, and a Hash updated once) of MD5, SHA-1 and
// SHA-2 take lode's low-level path; several updates take OpenSSL's EVP one:
// the two agree on random inputs, strings included, and on known values.
{
  const assert = require('assert');
  const crypto = require('crypto');
  assert.strictEqual(crypto.hash('md5', 'abc'), '900150983cd24fb0d6963f7d28e17f72');
  assert.strictEqual(crypto.hash('sha1', 'abc'), 'a9993e364706816aba3e25717850c26c9cd0d89d');
  assert.strictEqual(crypto.hash('sha384', ''), '38b060a751ac96384cd9327eb1b1e36a21fdb71114be07434c0cc7bf63f6e1da274edebfe76f65fbd51ad2f14898b95b');
  let seed = 5;
  const rnd = (n) => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return (seed >>> 8) % n; };
  for (const alg of ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512']) {
    for (let round = 0; round < 40; round++) {
      const bytes = Buffer.alloc(rnd(3) === 0 ? rnd(5000) : rnd(200));
      for (let i = 0; i < bytes.length; i++) bytes[i] = rnd(256);
      const text = bytes.toString('latin1') + '\u20ac';
      for (const input of [bytes, text]) {
        const streamed = crypto.createHash(alg);
        const whole = Buffer.from(input);
        const cut = rnd(whole.length + 1);
        streamed.update(whole.subarray(0, cut));
        streamed.update(whole.subarray(cut));
        const expected = streamed.digest('hex');
        assert.strictEqual(crypto.hash(alg, input), expected, `${alg} ${round}`);
        assert.strictEqual(crypto.createHash(alg).update(input).digest('hex'), expected);
      }
    }
  }
}
