'use strict';
// node:crypto ciphers against published known-answer vectors: NIST SP 800-38A
// (AES ECB, CBC, CFB128, CFB8, OFB, CTR), the GCM specification's test cases
// (as used by SP 800-38D), RFC 3610 and SP 800-38C (CCM), RFC 8439
// (ChaCha20, ChaCha20-Poly1305). Each vector is checked in both directions,
// in one update and fed a byte at a time.
const assert = require('assert');
const crypto = require('crypto');

const h = (s) => Buffer.from(s.replace(/\s+/g, ''), 'hex');

// Encrypts then decrypts; `split` feeds the input one byte per update.
function run(name, key, iv, plain, options = {}, split = false) {
  const feed = (c, data) => {
    if (!split) return [c.update(data)];
    return [...data].map((b) => c.update(Buffer.from([b])));
  };
  const c = crypto.createCipheriv(name, key, iv, options.cipher);
  if (options.aad) c.setAAD(options.aad, { plaintextLength: plain.length });
  const ct = Buffer.concat([...(options.ccm ? [c.update(plain)] : feed(c, plain)), c.final()]);
  const tag = options.aad !== undefined || options.tagged ? c.getAuthTag() : undefined;
  const d = crypto.createDecipheriv(name, key, iv, options.cipher);
  if (tag) d.setAuthTag(tag);
  if (options.aad) d.setAAD(options.aad, { plaintextLength: ct.length });
  const pt = Buffer.concat([...(options.ccm ? [d.update(ct)] : feed(d, ct)), d.final()]);
  assert.deepStrictEqual(pt, plain, `${name} round trip`);
  return { ct: ct.toString('hex'), tag: tag && tag.toString('hex') };
}

function kat(name, key, iv, plain, expected, options) {
  for (const split of [false, true]) {
    if (split && options?.ccm) continue; // CCM takes its message in one update
    const got = run(name, key, iv, plain, options, split);
    assert.strictEqual(got.ct, expected.replace(/\s+/g, ''), `${name}${split ? ' (bytewise)' : ''}`);
    if (options?.tag !== undefined) assert.strictEqual(got.tag, options.tag, `${name} tag`);
  }
}

// ---- NIST SP 800-38A, appendix F ----
const P = h(`6bc1bee22e409f96e93d7e117393172a ae2d8a571e03ac9c9eb76fac45af8e51
  30c81c46a35ce411e5fbc1191a0a52ef f69f2445df4f9b17ad2b417be66c3710`);
const K128 = h('2b7e151628aed2a6abf7158809cf4f3c');
const K256 = h('603deb1015ca71be2b73aef0857d77811f352c073b6108d72d9810a30914dff4');
const IV = h('000102030405060708090a0b0c0d0e0f');
const CTR = h('f0f1f2f3f4f5f6f7f8f9fafbfcfdfeff');
const noPad = { cipher: undefined };
{
  // ECB and CBC with padding off (the vectors are whole blocks).
  for (const [name, key, iv, ct] of [
    ['aes-128-ecb', K128, null, `3ad77bb40d7a3660a89ecaf32466ef97 f5d3d58503b9699de785895a96fdbaaf
      43b1cd7f598ece23881b00e3ed030688 7b0c785e27e8ad3f8223207104725dd4`],
    ['aes-256-ecb', K256, null, `f3eed1bdb5d2a03c064b5a7e3db181f8 591ccb10d410ed26dc5ba74a31362870
      b6ed21b99ca6f4f9f153e7b1beafed1d 23304b7a39f9f3ff067d8d8f9e24ecc7`],
    ['aes-128-cbc', K128, IV, `7649abac8119b246cee98e9b12e9197d 5086cb9b507219ee95db113a917678b2
      73bed6b8e3c1743b7116e69e22229516 3ff1caa1681fac09120eca307586e1a7`],
    ['aes-256-cbc', K256, IV, `f58c4c04d6e5f1ba779eabfb5f7bfbd6 9cfc4e967edb808d679f777bc6702c7d
      39f23369a9d9bacfa530e26304231461 b2eb05e2c39be9fcda6c19078c6a9d1b`],
  ]) {
    const c = crypto.createCipheriv(name, key, iv).setAutoPadding(false);
    assert.strictEqual(Buffer.concat([c.update(P), c.final()]).toString('hex'), ct.replace(/\s+/g, ''), name);
    const d = crypto.createDecipheriv(name, key, iv).setAutoPadding(false);
    assert.deepStrictEqual(Buffer.concat([d.update(h(ct)), d.final()]), P, name);
    // With padding, a whole block of 16s follows.
    const padded = crypto.createCipheriv(name, key, iv);
    assert.strictEqual(Buffer.concat([padded.update(P), padded.final()]).length, 80);
  }
  void noPad;
  kat('aes-128-cfb', K128, IV, P, `3b3fd92eb72dad20333449f8e83cfb4a c8a64537a0b3a93fcde3cdad9f1ce58b
    26751f67a3cbb140b1808cf187a4f4df c04b05357c5d1c0eeac4c66f9ff7f2e6`);
  kat('aes-128-ofb', K128, IV, P, `3b3fd92eb72dad20333449f8e83cfb4a 7789508d16918f03f53c52dac54ed825
    9740051e9c5fecf64344f7a82260edcc 304c6528f659c77866a510d9c1d6ae5e`);
  kat('aes-128-ctr', K128, CTR, P, `874d6191b620e3261bef6864990db6ce 9806f66b7970fdff8617187bb9fffdff
    5ae4df3edbd5d35e5b4f09020db03eab 1e031dda2fbe03d1792170a0f3009cee`);
  kat('aes-256-ctr', K256, CTR, P, `601ec313775789a5b7a7f504bbf3d228 f443e3ca4d62b59aca84e990cacaf5c5
    2b0930daa23de94ce87017ba2d84988d dfc9c58db67aada613c2dd08457941a6`);
  kat('aes-128-cfb8', K128, IV, P.subarray(0, 18), '3b79424c9c0dd436bace9e0ed4586a4f32b9');
  // Stream modes need no whole blocks: a prefix encrypts to a prefix.
  kat('aes-128-ctr', K128, CTR, P.subarray(0, 5), '874d6191b6');
}

// ---- GCM (test cases 1-6, 13, 14 of the GCM specification) ----
{
  const K0 = Buffer.alloc(16);
  const N0 = Buffer.alloc(12);
  kat('aes-128-gcm', K0, N0, Buffer.alloc(0), '', { tagged: true, tag: '58e2fccefa7e3061367f1d57a4e7455a' });
  kat('aes-128-gcm', K0, N0, Buffer.alloc(16), '0388dace60b6a392f328c2b971b2fe78',
    { tagged: true, tag: 'ab6e47d42cec13bdf53a67b21257bddf' });
  const K = h('feffe9928665731c6d6a8f9467308308');
  const N = h('cafebabefacedbaddecaf888');
  const P3 = h(`d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a72
    1c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b391aafd255`);
  kat('aes-128-gcm', K, N, P3, `42831ec2217774244b7221b784d0d49ce3aa212f2c02a4e035c17e2329aca12e
    21d514b25466931c7d8f6a5aac84aa051ba30b396a0aac973d58e091473f5985`,
  { tagged: true, tag: '4d5c2af327cd64a62cf35abd2ba6fab4' });
  const A = h('feedfacedeadbeeffeedfacedeadbeefabaddad2');
  const P4 = P3.subarray(0, 60);
  kat('aes-128-gcm', K, N, P4, `42831ec2217774244b7221b784d0d49ce3aa212f2c02a4e035c17e2329aca12e
    21d514b25466931c7d8f6a5aac84aa051ba30b396a0aac973d58e091`,
  { aad: A, tag: '5bc94fbc3221a5db94fae95ae7121a47' });
  // Test case 5: a 64-bit IV; 6: a 480-bit IV (GCM hashes IVs other than 96 bits).
  kat('aes-128-gcm', K, h('cafebabefacedbad'), P4, `61353b4c2806934a777ff51fa22a4755699b2a714fcdc6f83766e5f9
    7b6c742373806900e49f24b22b097544d4896b424989b5e1ebac0f07c23f4598`,
  { aad: A, tag: '3612d2e79e3b0785561be14aaca2fccb' });
  kat('aes-128-gcm', K, h(`9313225df88406e555909c5aff5269aa6a7a9538534f7da1e4c303d2a318a728
    c3c0c95156809539fcf0e2429a6b525416aedbf5a0de6a57a637b39b`), P4,
  `8ce24998625615b603a033aca13fb894be9112a5c3a211a8ba262a3cca7e2ca7
    01e4a9a4fba43c90ccdcb281d48c7c6fd62875d2aca417034c34aee5`,
  { aad: A, tag: '619cc5aefffe0bfa462af43c1699d050' });
  kat('aes-256-gcm', Buffer.alloc(32), N0, Buffer.alloc(0), '', { tagged: true, tag: '530f8afbc74536b9a963b4f1c4cb738b' });
  kat('aes-256-gcm', Buffer.alloc(32), N0, Buffer.alloc(16), 'cea7403d4d606b6e074ec5d3baf39d18',
    { tagged: true, tag: 'd0d1c8a799996bf0265b98b5d48ab919' });

  // A shorter tag is the full tag's prefix, and a decipher accepts it.
  const c = crypto.createCipheriv('aes-128-gcm', K, N, { authTagLength: 8 });
  c.setAAD(A);
  const ct = Buffer.concat([c.update(P4), c.final()]);
  assert.strictEqual(c.getAuthTag().toString('hex'), '5bc94fbc3221a5db');
  const d = crypto.createDecipheriv('aes-128-gcm', K, N);
  d.setAAD(A);
  d.setAuthTag(h('5bc94fbc3221a5db'));
  assert.deepStrictEqual(Buffer.concat([d.update(ct), d.final()]), P4);
}

// ---- CCM ----
{
  // RFC 3610, packet vector #1 (M = 8, L = 2).
  kat('aes-128-ccm', h('c0c1c2c3c4c5c6c7c8c9cacbcccdcecf'), h('00000003020100a0a1a2a3a4a5'),
    h('08090a0b0c0d0e0f101112131415161718191a1b1c1d1e'), '588c979a61c663d2f066d0c2c0f989806d5f6b61dac384',
    { cipher: { authTagLength: 8 }, aad: h('0001020304050607'), tag: '17e8d12cfdf926e0', ccm: true });
  // NIST SP 800-38C, example 1 (a 7-byte nonce, a 4-byte tag).
  kat('aes-128-ccm', h('404142434445464748494a4b4c4d4e4f'), h('10111213141516'), h('20212223'), '7162015b',
    { cipher: { authTagLength: 4 }, aad: h('0001020304050607'), tag: '4dac255d', ccm: true });
}

// ---- RFC 8439 ----
const sunscreen = Buffer.from('Ladies and Gentlemen of the class of \'99: If I could offer you only one tip ' +
  'for the future, sunscreen would be it.');
{
  // 2.4.2: OpenSSL's IV is the 32-bit block counter (little-endian), then the nonce.
  const key = Buffer.from(Array.from({ length: 32 }, (_, i) => i));
  kat('chacha20', key, h('01000000 000000000000004a00000000'), sunscreen,
    `6e2e359a2568f98041ba0728dd0d6981e97e7aec1d4360c20a27afccfd9fae0bf91b65c5524733ab8f593dabcd62b357
     1639d624e65152ab8f530c359f0861d807ca0dbf500d6a6156a38e088a22b65e52bc514d16ccf806818ce91ab7793736
     5af90bbf74a35be6b40b8eedf2785e42874d`);
  // 2.8.2: the AEAD construction.
  const key2 = Buffer.from(Array.from({ length: 32 }, (_, i) => 0x80 + i));
  kat('chacha20-poly1305', key2, h('070000004041424344454647'), sunscreen,
    `d31a8d34648e60db7b86afbc53ef7ec2a4aded51296e08fea9e2b5a736ee62d63dbea45e8ca9671282fafb69da92728b
     1a71de0a9e060b2905d6a5b67ecd3b3692ddbd7f2d778b8c9803aee328091b58fab324e4fad675945585808b4831d7bc
     3ff4def08e4b7a9de576d26586cec64b6116`,
    { aad: h('50515253c0c1c2c3c4c5c6c7'), tag: '1ae10b594f09e26a7e902ecbd0600691' });
}

// ---- Triple DES: encrypting with K1 = K2 = K3 is single DES (FIPS 81's
// example: "Now is the time for all " under 0123456789abcdef, CBC) ----
{
  const key = h('0123456789abcdef'.repeat(3));
  const iv = h('1234567890abcdef');
  const c = crypto.createCipheriv('des-ede3-cbc', key, iv).setAutoPadding(false);
  const ct = Buffer.concat([c.update('Now is the time for all '), c.final()]);
  assert.strictEqual(ct.toString('hex'), 'e5c7cdde872bf27c43e934008c389c0f683788499a7c05f6');
  const d = crypto.createDecipheriv('des3', key, iv).setAutoPadding(false);
  assert.strictEqual(d.update(ct, undefined, 'latin1') + d.final('latin1'), 'Now is the time for all ');
}

// ---- encodings of update() and final() ----
{
  const key = Buffer.alloc(16, 1);
  const iv = Buffer.alloc(16, 2);
  const text = 'héllo wörld, a text of some length to span blocks ✓';
  const ref = (() => {
    const c = crypto.createCipheriv('aes-128-cbc', key, iv);
    return Buffer.concat([c.update(Buffer.from(text)), c.final()]);
  })();
  for (const enc of ['hex', 'base64', 'base64url', 'latin1']) {
    const c = crypto.createCipheriv('aes-128-cbc', key, iv);
    const s = c.update(text, 'utf8', enc) + c.final(enc);
    assert.deepStrictEqual(Buffer.from(s, enc), ref, enc);
    const d = crypto.createDecipheriv('aes-128-cbc', key, iv);
    assert.strictEqual(d.update(s, enc, 'utf8') + d.final('utf8'), text, enc);
  }
  // A character split between updates comes out whole (one StringDecoder).
  const d = crypto.createDecipheriv('aes-128-cbc', key, iv);
  let out = '';
  for (let i = 0; i < ref.length; i += 5) out += d.update(ref.subarray(i, i + 5), undefined, 'utf8');
  assert.strictEqual(out + d.final('utf8'), text);
  // Keys and IVs as strings, ArrayBuffers and other views.
  const c2 = crypto.createCipheriv('aes-128-cbc', key.buffer.slice(key.byteOffset, key.byteOffset + 16),
    new Uint16Array(iv.buffer.slice(iv.byteOffset, iv.byteOffset + 16)));
  assert.deepStrictEqual(Buffer.concat([c2.update(text), c2.final()]), ref);
  const c3 = crypto.createCipheriv('aes-128-cbc', '01'.repeat(16), '\x02'.repeat(16), { encoding: 'hex' });
  assert.deepStrictEqual(Buffer.concat([c3.update(text), c3.final()]), ref);
  // A secret KeyObject works as the key.
  const c4 = crypto.createCipheriv('aes-128-cbc', crypto.createSecretKey(key), iv);
  assert.deepStrictEqual(Buffer.concat([c4.update(text), c4.final()]), ref);
}

// ---- the deprecated password forms: EVP_BytesToKey with MD5, as `openssl enc -md md5 -nosalt` ----
{
  process.on('warning', () => {}); // DEP0106 is expected
  const c = crypto.createCipher('aes-128-cbc', 'pw');
  assert.strictEqual(c.update('hello', 'utf8', 'hex') + c.final('hex'), '03382145c57c8ce4cd023e8fd4ab1df0');
  const d = crypto.createDecipher('aes-128-cbc', Buffer.from('pw'));
  assert.strictEqual(d.update('03382145c57c8ce4cd023e8fd4ab1df0', 'hex', 'utf8') + d.final('utf8'), 'hello');
  assert.ok(c instanceof crypto.Cipher);
  assert.ok(d instanceof crypto.Decipher);
}

// ---- getCiphers and getCipherInfo ----
{
  const list = crypto.getCiphers();
  assert.notStrictEqual(list, crypto.getCiphers());
  for (const name of ['aes-128-cbc', 'aes-192-ctr', 'aes-256-gcm', 'aes-128-ccm', 'aes-256-ecb', 'aes-128-ofb',
    'aes-128-cfb', 'aes-128-cfb8', 'aes-128-cfb1', 'chacha20-poly1305', 'chacha20', 'des-ede3-cbc',
    'id-aes128-GCM', 'aes128']) {
    assert.ok(list.includes(name), name);
  }
  assert.deepStrictEqual(list, [...list].sort());
  assert.ok(!list.includes('AES-128-CBC'));
  // Every listed cipher can be created with the sizes its info gives.
  for (const name of list) {
    const info = crypto.getCipherInfo(name);
    const opts = info.mode === 'ccm' || info.mode === 'ocb' ? { authTagLength: 16 } : undefined;
    const key = Buffer.alloc(info.keyLength).map((_, i) => i + 1);
    assert.ok(crypto.createCipheriv(name, key, info.ivLength ? Buffer.alloc(info.ivLength) : null, opts), name);
  }
  assert.deepStrictEqual(crypto.getCipherInfo('aes-256-gcm'),
    { mode: 'gcm', name: 'id-aes256-gcm', nid: 901, blockSize: 1, ivLength: 12, keyLength: 32 });
  assert.deepStrictEqual(crypto.getCipherInfo('chacha20'),
    { mode: 'stream', name: 'chacha20', nid: 1019, ivLength: 16, keyLength: 32 });
  assert.deepStrictEqual(crypto.getCipherInfo(419), crypto.getCipherInfo('AES-128-CBC'));
  assert.strictEqual(crypto.getCipherInfo('aes-128-ecb').ivLength, undefined);
  assert.strictEqual(crypto.getCipherInfo('aes-128-ccm', { ivLength: 13 }).ivLength, 13);
  assert.strictEqual(crypto.getCipherInfo('aes-128-ccm', { ivLength: 14 }), undefined);
  assert.strictEqual(crypto.getCipherInfo('aes-128-gcm', { ivLength: 0 }), undefined);
  assert.strictEqual(crypto.getCipherInfo('aes-128-cbc', { keyLength: 15 }), undefined);
  assert.strictEqual(crypto.getCipherInfo('nope'), undefined);
}
