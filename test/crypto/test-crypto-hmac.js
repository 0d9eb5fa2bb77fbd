'use strict';
// node:crypto HMACs: RFC 2202 and RFC 4231 vectors, key types and
// encodings, digest() twice, streaming, and bad input. The table of check()
// lines was produced by running Node v20.
const assert = require('assert');
const crypto = require('crypto');
const { Readable } = require('stream');
const { mustCall } = require('../common');
const { check } = require('../common/expect');

const mac = (alg, key, data) => crypto.createHmac(alg, key).update(data).digest('hex');

// RFC 2202 test cases 1, 2 and 6.
assert.strictEqual(mac('md5', Buffer.alloc(16, 0x0b), 'Hi There'), '9294727a3638bb1c13f48ef8158bfc9d');
assert.strictEqual(mac('md5', 'Jefe', 'what do ya want for nothing?'), '750c783e6ab0b503eaa86e310a5db738');
assert.strictEqual(mac('sha1', Buffer.alloc(20, 0x0b), 'Hi There'), 'b617318655057264e28bc0b6fb378c8ef146be00');
assert.strictEqual(mac('sha1', 'Jefe', 'what do ya want for nothing?'), 'effcdf6ae5eb2fa2d27416d5f184df9c259a7c79');
assert.strictEqual(mac('sha1', Buffer.alloc(80, 0xaa), 'Test Using Larger Than Block-Size Key - Hash Key First'),
  'aa4ae5e15272d00e95705637ce8a3b55ed402112');

// RFC 4231 test cases 1, 2, 3 and 6.
const rfc4231 = [
  [Buffer.alloc(20, 0x0b), Buffer.from('Hi There'), {
    sha224: '896fb1128abbdf196832107cd49df33f47b4b1169912ba4f53684b22',
    sha256: 'b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7',
    sha384: 'afd03944d84895626b0825f4ab46907f15f9dadbe4101ec682aa034c7cebc59c' +
      'faea9ea9076ede7f4af152e8b2fa9cb6',
    sha512: '87aa7cdea5ef619d4ff0b4241a1d6cb02379f4e2ce4ec2787ad0b30545e17cde' +
      'daa833b7d6b8a702038b274eaea3f4e4be9d914eeb61f1702e696c203a126854',
  }],
  ['Jefe', 'what do ya want for nothing?', {
    sha224: 'a30e01098bc6dbbf45690f3a7e9e6d0f8bbea2a39e6148008fd05e44',
    sha256: '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843',
  }],
  [Buffer.alloc(20, 0xaa), Buffer.alloc(50, 0xdd), {
    sha256: '773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe',
  }],
  [Buffer.alloc(131, 0xaa), 'Test Using Larger Than Block-Size Key - Hash Key First', {
    sha256: '60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54',
    sha512: '80b24263c7c1a3ebb71493c1dd7be8b49b46d1f41b4aeec1121b013783f8f352' +
      '6b56d037e05f2598bd0fd2215d6a1e5295e64f73f63f0aec8b915a985d786598',
  }],
];
for (const [key, data, answers] of rfc4231) {
  for (const [alg, expected] of Object.entries(answers)) {
    assert.strictEqual(mac(alg, key, data), expected, `${alg} ${key.length}`);
    // The same through every key type.
    const k = Buffer.from(key);
    assert.strictEqual(mac(alg, new Uint8Array(k), data), expected);
    assert.strictEqual(mac(alg, k.buffer.slice(k.byteOffset, k.byteOffset + k.length), data), expected);
    assert.strictEqual(mac(alg, new DataView(k.buffer, k.byteOffset, k.length), data), expected);
    assert.strictEqual(mac(alg, k.toString('hex'), data).length, expected.length);
    assert.strictEqual(crypto.createHmac(alg, k.toString('hex'), { encoding: 'hex' }).update(data).digest('hex'), expected);
  }
}

// Chunked updates equal one update.
{
  const data = Buffer.alloc(70001, 7);
  const whole = mac('sha256', 'k', data);
  const h = crypto.createHmac('sha256', 'k');
  for (let i = 0; i < data.length; i += 333) h.update(data.subarray(i, i + 333));
  assert.strictEqual(h.digest('hex'), whole);
}

// ---- table (values from Node v20) ----
check(() => (crypto.createHmac('sha256', '').digest('hex')), "\"b613679a0814d9ec772f95d778c35fc5ff1697c493715653c6c712144292c5ad\"");
check(() => (crypto.createHmac('sha256', '').update('').digest('hex')), "\"b613679a0814d9ec772f95d778c35fc5ff1697c493715653c6c712144292c5ad\"");
check(() => (crypto.createHmac('sha256', 'key').update('The quick brown fox jumps over the lazy dog').digest('hex')), "\"f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8\"");
check(() => (crypto.createHmac('md5', 'key').update('The quick brown fox jumps over the lazy dog').digest('hex')), "\"80070713463e7749b90c2dc24911e275\"");
check(() => (crypto.createHmac('sha1', 'key').update('The quick brown fox jumps over the lazy dog').digest('base64')), "\"3nybhbi3iqa8ino29wqQcBydtNk=\"");
check(() => (crypto.createHmac('SHA256', 'k').digest('hex')), "\"8bb990c40a7d61cb97597a942125025be50ac8beb74436e3735b98893a7f6620\"");
check(() => (crypto.createHmac('RSA-SHA256', 'k').digest('hex')), "\"8bb990c40a7d61cb97597a942125025be50ac8beb74436e3735b98893a7f6620\"");
check(() => (crypto.createHmac('sha3-256', 'k').update('abc').digest('hex')), "\"c12b7603f94b3e32c61f9e63f656e309cb6d048f0e22bdbb2e6aab58a4b999e7\"");
check(() => (crypto.createHmac('sha512-256', 'k').update('abc').digest('hex')), "\"c11cef8c5a9950f792b70def496a1349d24cdf03616ca383bd9cdd0055e2b1fd\"");
check(() => (crypto.createHmac('ripemd160', 'k').update('abc').digest('hex')), "\"760bba2de2cd21e5a26229f0083e9e68deb4f2ea\"");
check(() => (crypto.createHmac('sha256', '6b6b', { encoding: 'hex' }).digest('hex')), "\"8245ab93dccf41b3bc3ecad32d3a54a6cdffc7fdaaccd10cf6f656b1c79b1ff4\"");
check(() => (crypto.createHmac('sha256', '6b6b', 'hex').digest('hex')), "\"89726115c287d9e4eb42e223aebf99d34ddb520c8d792b855a4e4c124cb0319b\"");
check(() => (crypto.createHmac('sha256', '6', { encoding: 'hex' }).digest('hex')), "\"b613679a0814d9ec772f95d778c35fc5ff1697c493715653c6c712144292c5ad\"");
check(() => (crypto.createHmac('sha256', 'a2s=', { encoding: 'base64' }).digest('hex')), "\"8245ab93dccf41b3bc3ecad32d3a54a6cdffc7fdaaccd10cf6f656b1c79b1ff4\"");
check(() => (crypto.createHmac('sha256', '\u00e9', { encoding: 'latin1' }).digest('hex')), "\"8dfcc820b7c96d9eb289a94bb9bd1762b96bfe8d6aa0ae3133c398b3b0f26c6a\"");
check(() => (crypto.createHmac('sha256', '\u00e9').digest('hex')), "\"388db6266e9a6b783b1afc0b4ea2674b982342775900528ee22e4387e4e03d5b\"");
check(() => (crypto.createHmac('sha256', 'k', { encoding: null }).digest('hex')), "\"8bb990c40a7d61cb97597a942125025be50ac8beb74436e3735b98893a7f6620\"");
check(() => (crypto.createHmac('sha256', 'k', { encoding: 'bogus' })), "!TypeError ERR_UNKNOWN_ENCODING Unknown encoding: bogus");
check(() => (crypto.createHmac('sha256', 'k', { encoding: 5 })), "!TypeError ERR_INVALID_ARG_TYPE The \"options.encoding\" property must be of type string. Received type number (5)");
check(() => (crypto.createHmac('sha256', 'k', 5).digest('hex')), "\"8bb990c40a7d61cb97597a942125025be50ac8beb74436e3735b98893a7f6620\"");
check(() => (crypto.createHmac('sha256', 'k', null).digest('hex')), "\"8bb990c40a7d61cb97597a942125025be50ac8beb74436e3735b98893a7f6620\"");
check(() => (crypto.createHmac('sha256', Buffer.from('k')).digest('hex')), "\"8bb990c40a7d61cb97597a942125025be50ac8beb74436e3735b98893a7f6620\"");
check(() => (crypto.createHmac('sha256', new Uint8Array([107])).digest('hex')), "\"8bb990c40a7d61cb97597a942125025be50ac8beb74436e3735b98893a7f6620\"");
check(() => (crypto.createHmac('sha256', new Uint16Array([0x6b6b])).digest('hex')), "\"8245ab93dccf41b3bc3ecad32d3a54a6cdffc7fdaaccd10cf6f656b1c79b1ff4\"");
check(() => (crypto.createHmac('sha256', new Float64Array([1.5])).digest('hex')), "\"fac1956da5af1c2f9cba16c1960ece6756c8472ca3a5c3994fc87ae604fe7430\"");
check(() => (crypto.createHmac('sha256', new DataView(new Uint8Array([107, 107]).buffer)).digest('hex')), "\"8245ab93dccf41b3bc3ecad32d3a54a6cdffc7fdaaccd10cf6f656b1c79b1ff4\"");
check(() => (crypto.createHmac('sha256', new Uint8Array([107, 107]).buffer).digest('hex')), "\"8245ab93dccf41b3bc3ecad32d3a54a6cdffc7fdaaccd10cf6f656b1c79b1ff4\"");
check(() => (crypto.createHmac('sha256', new ArrayBuffer(0)).digest('hex')), "\"b613679a0814d9ec772f95d778c35fc5ff1697c493715653c6c712144292c5ad\"");
check(() => (crypto.createHmac('sha256', Buffer.from('xkx').subarray(1, 2)).digest('hex')), "\"8bb990c40a7d61cb97597a942125025be50ac8beb74436e3735b98893a7f6620\"");
check(() => (crypto.createHmac('sha256', Buffer.alloc(200, 1)).update('x').digest('hex')), "\"95a99fadca28c035aeeb7b3dac788afd0d000e9456e8b55b58c09c0f178c86e0\"");
check(() => (crypto.createHmac('sha512', Buffer.alloc(200, 1)).update('x').digest('hex')), "\"54e910a06c784c59acf54a5a824cbb7a4c0d8d6dcf512c753c4e4f831792e0f51a5c1d606cb77e8d5e8dc101f7e8666fccb9a29e6dfb7eb8ddfb2539c16a5d25\"");
check(() => (crypto.createHmac('sha256', 'k').update('abc', 'hex')), "!TypeError ERR_INVALID_ARG_VALUE The argument 'encoding' is invalid for data of length 3. Received 'hex'");
check(() => (crypto.createHmac('sha256', 'k').update('6162', 'hex').digest('hex')), "\"7475bb119fe9b74cc0af5014a49d80ab23bd1ac82987e7696cdc242288654436\"");
check(() => (crypto.createHmac('sha256', 'k').update('ab', 'bogus').digest('hex')), "\"7475bb119fe9b74cc0af5014a49d80ab23bd1ac82987e7696cdc242288654436\"");
check(() => (crypto.createHmac('sha256', 'k').update(new DataView(new ArrayBuffer(2))).digest('hex')), "\"99ad3cb3fa7dfdcda499a32604ff31cf49a57a7f9edf7023369ba2277a938e3b\"");
check(() => (crypto.createHmac('sha256', 'k').update('a').update(Buffer.from('b')).digest('base64url')), "\"dHW7EZ_pt0zAr1AUpJ2AqyO9Gsgph-dpbNwkIohlRDY\"");
check(() => (crypto.createHmac('sha256', 'k').digest('latin1')), "\"¹Ä\\n}aËYz!%\\u0002[å\\nÈ¾·D6ãs[:f \"");
check(() => (crypto.createHmac('sha256', 'k').digest('bogus')), "<Buffer 8bb990c40a7d61cb97597a942125025be50ac8beb74436e3735b98893a7f6620>");
check(() => (crypto.createHmac('sha256', 'k').digest('')), "<Buffer 8bb990c40a7d61cb97597a942125025be50ac8beb74436e3735b98893a7f6620>");
check(() => (crypto.createHmac('nope', 'k')), "!TypeError ERR_CRYPTO_INVALID_DIGEST Invalid digest: nope");
check(() => (crypto.createHmac('null', 'k')), "!TypeError ERR_CRYPTO_INVALID_DIGEST Invalid digest: null");
check(() => (crypto.createHmac('', 'k')), "!TypeError ERR_CRYPTO_INVALID_DIGEST Invalid digest: ");
check(() => (crypto.createHmac('md4', 'k')), "!Error ERR_OSSL_EVP_UNSUPPORTED error:0308010C:digital envelope routines::unsupported");
check(() => (crypto.createHmac('shake128', 'k')), "!Error undefined error:00000000:lib(0)::reason(0)");
check(() => (crypto.createHmac(1, 'k')), "!TypeError ERR_INVALID_ARG_TYPE The \"hmac\" argument must be of type string. Received type number (1)");
check(() => (crypto.createHmac()), "!TypeError ERR_INVALID_ARG_TYPE The \"hmac\" argument must be of type string. Received undefined");
check(() => (crypto.createHmac('sha256')), "!TypeError ERR_INVALID_ARG_TYPE The \"key\" argument must be of type string or an instance of ArrayBuffer, Buffer, TypedArray, DataView, KeyObject, or CryptoKey. Received undefined");
check(() => (crypto.createHmac('sha256', 1)), "!TypeError ERR_INVALID_ARG_TYPE The \"key\" argument must be of type string or an instance of ArrayBuffer, Buffer, TypedArray, DataView, KeyObject, or CryptoKey. Received type number (1)");
check(() => (crypto.createHmac('sha256', null)), "!TypeError ERR_INVALID_ARG_TYPE The \"key\" argument must be of type string or an instance of ArrayBuffer, Buffer, TypedArray, DataView, KeyObject, or CryptoKey. Received null");
check(() => (crypto.createHmac('sha256', {})), "!TypeError ERR_INVALID_ARG_TYPE The \"key\" argument must be of type string or an instance of ArrayBuffer, Buffer, TypedArray, DataView, KeyObject, or CryptoKey. Received an instance of Object");
check(() => (crypto.createHmac('sha256', [1])), "!TypeError ERR_INVALID_ARG_TYPE The \"key\" argument must be of type string or an instance of ArrayBuffer, Buffer, TypedArray, DataView, KeyObject, or CryptoKey. Received an instance of Array");
check(() => (crypto.createHmac('nope', 1)), "!TypeError ERR_INVALID_ARG_TYPE The \"key\" argument must be of type string or an instance of ArrayBuffer, Buffer, TypedArray, DataView, KeyObject, or CryptoKey. Received type number (1)");
check(() => (crypto.createHmac('sha256', 'k').update(1)), "!TypeError ERR_INVALID_ARG_TYPE The \"data\" argument must be of type string or an instance of Buffer, TypedArray, or DataView. Received type number (1)");
check(() => (crypto.createHmac('sha256', 'k').update()), "!TypeError ERR_INVALID_ARG_TYPE The \"data\" argument must be of type string or an instance of Buffer, TypedArray, or DataView. Received undefined");
check(() => (crypto.createHmac('sha256', 'k').update(new ArrayBuffer(1))), "!TypeError ERR_INVALID_ARG_TYPE The \"data\" argument must be of type string or an instance of Buffer, TypedArray, or DataView. Received an instance of ArrayBuffer");
check(() => ((() => { const h = crypto.createHmac('sha256', 'k'); h.digest(); return [h.digest('hex'), h.digest(), h.digest('bogus'), h.digest(''), h.digest(null)]; })()), "[\"\", <Buffer >, \"\", <Buffer >, <Buffer >]");
check(() => ((() => { const h = crypto.createHmac('sha256', 'k'); h.digest(); return h.update('x'); })()), "!Error ERR_CRYPTO_HASH_FINALIZED Digest already called");
check(() => ((() => { const h = crypto.createHmac('sha256', 'k'); return h.copy; })()), "undefined");
check(() => ([crypto.Hmac.length, crypto.Hmac.name, crypto.createHmac.length, crypto.Hmac.prototype.update.length, crypto.Hmac.prototype.digest.length]), "[3, \"Hmac\", 3, 2, 1]");
check(() => (Object.getOwnPropertyNames(crypto.Hmac.prototype)), "[\"constructor\", \"update\", \"digest\", \"_flush\", \"_transform\"]");
check(() => (Object.keys(crypto.createHmac('md5', 'k'))), "[\"_options\"]");
check(() => (crypto.Hmac('md5', 'k') instanceof crypto.Hmac), "true");
check(() => (crypto.createHmac('md5', 'k').update('x') instanceof crypto.Hmac), "true");

// ---- streaming ----
Readable.from(['Hi ', Buffer.from('There')]).pipe(crypto.createHmac('sha256', Buffer.alloc(20, 0x0b)))
  .on('data', mustCall((d) => assert.strictEqual(d.toString('hex'),
    'b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7')));
{
  const h = crypto.createHmac('md5', 'Jefe');
  h.setEncoding('hex');
  h.on('data', mustCall((d) => assert.strictEqual(d, '750c783e6ab0b503eaa86e310a5db738')));
  h.end('what do ya want for nothing?');
}

// ---- bad input never crashes ----
{
  const ab = new ArrayBuffer(8);
  const key = new Uint8Array(ab);
  structuredClone(ab, { transfer: [ab] });
  // A detached key is an empty key.
  assert.strictEqual(mac('sha256', key, ''), 'b613679a0814d9ec772f95d778c35fc5ff1697c493715653c6c712144292c5ad');
  assert.strictEqual(mac('sha256', ab, ''), 'b613679a0814d9ec772f95d778c35fc5ff1697c493715653c6c712144292c5ad');
}
for (const v of [undefined, null, 0, true, Symbol('s'), {}, [], 10n]) {
  assert.throws(() => crypto.createHmac('sha256', v), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => crypto.createHmac(v, 'k'), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => crypto.createHmac('sha256', 'k').update(v), { code: 'ERR_INVALID_ARG_TYPE' });
}
// A large key is hashed first; a large message streams through.
assert.strictEqual(mac('sha256', Buffer.alloc(1 << 20, 1), Buffer.alloc(1 << 20, 2)).length, 64);
for (let i = 0; i < 20000; i++) crypto.createHmac('sha256', 'k').update('x');
