'use strict';
// AES in crypto.subtle: AES-GCM (the GCM specification's test cases),
// AES-CBC and AES-CTR (NIST SP 800-38A), AES-KW (RFC 3394) through
// wrapKey/unwrapKey, Web Crypto's CTR counter wrap-around, round trips
// checked against node:crypto's ciphers, and bad input: tampered GCM data,
// wrong IVs, tags, counters, key sizes and usages.
const assert = require('assert');
const nodeCrypto = require('crypto');
const { hex, fromHex, utf8, rejects, dom, run } = require('./webcrypto-helpers');

const { subtle } = globalThis.crypto;

const gcmVectors = [
  { key: '00000000000000000000000000000000', iv: '000000000000000000000000', aad: '',
    pt: '00000000000000000000000000000000', ct: '0388dace60b6a392f328c2b971b2fe78',
    tag: 'ab6e47d42cec13bdf53a67b21257bddf' },
  { key: 'feffe9928665731c6d6a8f9467308308', iv: 'cafebabefacedbaddecaf888', aad: '',
    pt: 'd9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a721c3c0c95956809532fcf0e2449a6b525' +
      'b16aedf5aa0de657ba637b391aafd255',
    ct: '42831ec2217774244b7221b784d0d49ce3aa212f2c02a4e035c17e2329aca12e21d514b25466931c7d8f6a5aac84aa05' +
      '1ba30b396a0aac973d58e091473f5985',
    tag: '4d5c2af327cd64a62cf35abd2ba6fab4' },
  { key: 'feffe9928665731c6d6a8f9467308308', iv: 'cafebabefacedbaddecaf888',
    aad: 'feedfacedeadbeeffeedfacedeadbeefabaddad2',
    pt: 'd9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a721c3c0c95956809532fcf0e2449a6b525' +
      'b16aedf5aa0de657ba637b39',
    ct: '42831ec2217774244b7221b784d0d49ce3aa212f2c02a4e035c17e2329aca12e21d514b25466931c7d8f6a5aac84aa05' +
      '1ba30b396a0aac973d58e091',
    tag: '5bc94fbc3221a5db94fae95ae7121a47' },
  { key: 'feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308', iv: 'cafebabefacedbaddecaf888',
    aad: 'feedfacedeadbeeffeedfacedeadbeefabaddad2',
    pt: 'd9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a721c3c0c95956809532fcf0e2449a6b525' +
      'b16aedf5aa0de657ba637b39',
    ct: '522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa8cb08e48590dbb3da7b08b1056828838' +
      'c5f61e6393ba7a0abcc9f662',
    tag: '76fc6ece0f4e1768cddf8853bb2d551b' },
];

// SP 800-38A F.2.1 (CBC-AES128) and F.5.1 (CTR-AES128).
const nistKey = '2b7e151628aed2a6abf7158809cf4f3c';
const nistPlain = '6bc1bee22e409f96e93d7e117393172aae2d8a571e03ac9c9eb76fac45af8e51' +
  '30c81c46a35ce411e5fbc1191a0a52eff69f2445df4f9b17ad2b417be66c3710';
const cbcCipher = '7649abac8119b246cee98e9b12e9197d5086cb9b507219ee95db113a917678b2' +
  '73bed6b8e3c1743b7116e69e222295163ff1caa1681fac09120eca307586e1a7';
const ctrCipher = '874d6191b620e3261bef6864990db6ce9806f66b7970fdff8617187bb9fffdff' +
  '5ae4df3edbd5d35e5b4f09020db03eab1e031dda2fbe03d1792170a0f3009cee';

const aesKey = (bytes, name, usages = ['encrypt', 'decrypt'], extractable = true) =>
  subtle.importKey('raw', typeof bytes === 'string' ? fromHex(bytes) : bytes, name, extractable, usages);

run(async () => {
  // ---- AES-GCM ----
  for (const v of gcmVectors) {
    const key = await aesKey(v.key, 'AES-GCM');
    const params = { name: 'AES-GCM', iv: fromHex(v.iv) };
    if (v.aad) params.additionalData = fromHex(v.aad);
    const out = await subtle.encrypt(params, key, fromHex(v.pt));
    assert.ok(out instanceof ArrayBuffer);
    assert.strictEqual(hex(out), v.ct + v.tag);
    assert.strictEqual(hex(await subtle.decrypt(params, key, out)), v.pt);
    // Shorter tags are the tag's first bytes.
    for (const tagLength of [32, 64, 96, 104, 112, 120]) {
      const short = await subtle.encrypt({ ...params, tagLength }, key, fromHex(v.pt));
      assert.strictEqual(hex(short), v.ct + v.tag.slice(0, tagLength / 4));
      assert.strictEqual(hex(await subtle.decrypt({ ...params, tagLength }, key, short)), v.pt);
    }
    // Tampering with the data, the tag or the AAD fails authentication.
    const tampered = new Uint8Array(out);
    tampered[0] ^= 1;
    await rejects(subtle.decrypt(params, key, tampered),
      dom('OperationError', 'The operation failed for an operation-specific reason'));
    const badTag = new Uint8Array(out);
    badTag[badTag.length - 1] ^= 0x80;
    await rejects(subtle.decrypt(params, key, badTag),
      dom('OperationError', 'The operation failed for an operation-specific reason'));
    await rejects(subtle.decrypt({ ...params, additionalData: utf8('other') }, key, out),
      dom('OperationError', 'The operation failed for an operation-specific reason'));
  }
  const gcm = await aesKey('feffe9928665731c6d6a8f9467308308', 'AES-GCM');
  const iv = new Uint8Array(12);
  assert.strictEqual((await subtle.encrypt({ name: 'AES-GCM', iv }, gcm, new Uint8Array(0))).byteLength, 16);
  for (const tagLength of [0, 33, 127, 136]) {
    await rejects(subtle.encrypt({ name: 'AES-GCM', iv, tagLength }, gcm, new Uint8Array(1)),
      dom('OperationError', `${tagLength} is not a valid AES-GCM tag length`));
  }
  for (const size of [0, 1, 11, 129]) {
    await rejects(subtle.encrypt({ name: 'AES-GCM', iv: new Uint8Array(size) }, gcm, new Uint8Array(1)),
      dom('OperationError', 'The operation failed for an operation-specific reason'));
  }
  await subtle.encrypt({ name: 'AES-GCM', iv: new Uint8Array(128) }, gcm, new Uint8Array(1));
  await rejects(subtle.decrypt({ name: 'AES-GCM', iv }, gcm, new Uint8Array(15)),
    dom('OperationError', 'The provided data is too small.'));
  await rejects(subtle.decrypt({ name: 'AES-GCM', iv, tagLength: 32 }, gcm, new Uint8Array(3)),
    dom('OperationError', 'The provided data is too small.'));

  // ---- AES-CBC (with PKCS #7 padding: one more block) ----
  const cbc = await aesKey(nistKey, 'AES-CBC');
  const cbcIv = fromHex('000102030405060708090a0b0c0d0e0f');
  const cbcOut = await subtle.encrypt({ name: 'AES-CBC', iv: cbcIv }, cbc, fromHex(nistPlain));
  assert.strictEqual(cbcOut.byteLength, 80);
  assert.strictEqual(hex(cbcOut).slice(0, 128), cbcCipher);
  assert.strictEqual(hex(await subtle.decrypt({ name: 'AES-CBC', iv: cbcIv }, cbc, cbcOut)), nistPlain);
  await rejects(subtle.encrypt({ name: 'AES-CBC', iv: new Uint8Array(12) }, cbc, new Uint8Array(1)),
    dom('OperationError', 'algorithm.iv must contain exactly 16 bytes'));
  for (const bad of [new Uint8Array(0), new Uint8Array(15), new Uint8Array(cbcOut).subarray(0, 64)]) {
    await rejects(subtle.decrypt({ name: 'AES-CBC', iv: cbcIv }, cbc, bad),
      dom('OperationError', 'The operation failed for an operation-specific reason'));
  }

  // ---- AES-CTR ----
  const ctr = await aesKey(nistKey, 'AES-CTR');
  const counter = fromHex('f0f1f2f3f4f5f6f7f8f9fafbfcfdfeff');
  for (const length of [128, 64, 32]) {
    const out = await subtle.encrypt({ name: 'AES-CTR', counter, length }, ctr, fromHex(nistPlain));
    assert.strictEqual(hex(out), ctrCipher);
    assert.strictEqual(hex(await subtle.decrypt({ name: 'AES-CTR', counter, length }, ctr, out)), nistPlain);
  }
  // Only the counter's low `length` bits count up, and they wrap around
  // without carrying into the other bits; a counter may not repeat.
  const ecb = nodeCrypto.createCipheriv('aes-128-ecb', Buffer.from(nistKey, 'hex'), null).setAutoPadding(false);
  const blocks = ['ffffffffffffffffffffffffffffffff', 'ffffffffffffffffffffffffffffff00',
    'ffffffffffffffffffffffffffffff01'];
  const keystream = hex(ecb.update(fromHex(blocks.join(''))));
  const wrapped = await subtle.encrypt({ name: 'AES-CTR', counter: fromHex(blocks[0]), length: 8 }, ctr,
    new Uint8Array(48));
  assert.strictEqual(hex(wrapped), keystream);
  assert.strictEqual((await subtle.encrypt({ name: 'AES-CTR', counter: fromHex(blocks[0]), length: 1 }, ctr,
    new Uint8Array(32))).byteLength, 32);
  await rejects(subtle.encrypt({ name: 'AES-CTR', counter: fromHex(blocks[0]), length: 1 }, ctr, new Uint8Array(33)),
    dom('OperationError', 'The operation failed for an operation-specific reason'));
  await rejects(subtle.encrypt({ name: 'AES-CTR', counter: new Uint8Array(12), length: 64 }, ctr, new Uint8Array(1)),
    dom('OperationError', 'algorithm.counter must contain exactly 16 bytes'));
  for (const length of [0, 129]) {
    await rejects(subtle.encrypt({ name: 'AES-CTR', counter, length }, ctr, new Uint8Array(1)),
      dom('OperationError', 'AES-CTR algorithm.length must be between 1 and 128'));
  }

  // ---- round trips, against node:crypto ----
  for (const bits of [128, 192, 256]) {
    const raw = nodeCrypto.randomBytes(bits / 8);
    for (const size of [0, 1, 15, 16, 17, 1000, 65537]) {
      const data = nodeCrypto.randomBytes(size);
      const iv16 = nodeCrypto.randomBytes(16);
      const iv12 = nodeCrypto.randomBytes(12);
      const k = await aesKey(raw, 'AES-CBC');
      const c1 = await subtle.encrypt({ name: 'AES-CBC', iv: iv16 }, k, data);
      const n1 = nodeCrypto.createCipheriv(`aes-${bits}-cbc`, raw, iv16);
      assert.strictEqual(hex(c1), hex(Buffer.concat([n1.update(data), n1.final()])));
      assert.strictEqual(hex(await subtle.decrypt({ name: 'AES-CBC', iv: iv16 }, k, c1)), hex(data));
      const k2 = await aesKey(raw, 'AES-CTR');
      const c2 = await subtle.encrypt({ name: 'AES-CTR', counter: iv16, length: 128 }, k2, data);
      assert.strictEqual(hex(c2), hex(nodeCrypto.createCipheriv(`aes-${bits}-ctr`, raw, iv16).update(data)));
      const k3 = await aesKey(raw, 'AES-GCM');
      const c3 = await subtle.encrypt({ name: 'AES-GCM', iv: iv12, additionalData: iv16 }, k3, data);
      const dec = nodeCrypto.createDecipheriv(`aes-${bits}-gcm`, raw, iv12);
      dec.setAAD(iv16);
      dec.setAuthTag(Buffer.from(c3).subarray(size));
      assert.strictEqual(hex(Buffer.concat([dec.update(Buffer.from(c3).subarray(0, size)), dec.final()])), hex(data));
    }
  }

  // ---- keys ----
  for (const name of ['AES-CTR', 'AES-CBC', 'AES-GCM', 'AES-KW']) {
    const usages = name === 'AES-KW' ? ['wrapKey', 'unwrapKey'] : ['encrypt', 'decrypt', 'wrapKey', 'unwrapKey'];
    for (const length of [128, 192, 256]) {
      const k = await subtle.generateKey({ name, length }, true, usages);
      assert.strictEqual(k.type, 'secret');
      assert.deepStrictEqual(k.algorithm, { name, length });
      assert.deepStrictEqual(k.usages, usages);
      const raw = await subtle.exportKey('raw', k);
      assert.strictEqual(raw.byteLength, length / 8);
      const jwk = await subtle.exportKey('jwk', k);
      assert.deepStrictEqual(jwk, { key_ops: usages, ext: true, kty: 'oct',
        k: Buffer.from(raw).toString('base64url'), alg: `A${length}${name.slice(4)}` });
      const back = await subtle.importKey('jwk', jwk, name, false, usages);
      assert.deepStrictEqual(back.algorithm, { name, length });
      assert.strictEqual(back.extractable, false);
    }
    await rejects(subtle.generateKey({ name, length: 100 }, true, usages),
      dom('OperationError', 'AES key length must be 128, 192, or 256 bits'));
    await rejects(subtle.generateKey({ name, length: 128 }, true, ['sign']),
      dom('SyntaxError', 'Unsupported key usage for an AES key'));
    await rejects(subtle.generateKey({ name, length: 128 }, true, []),
      dom('SyntaxError', 'Usages cannot be empty when creating a key.'));
    await rejects(aesKey(new Uint8Array(15), name, usages), dom('DataError', 'Invalid key length'));
    await rejects(aesKey(new Uint8Array(16), name, []),
      dom('SyntaxError', 'Usages cannot be empty when importing a secret key.'));
    for (const format of ['spki', 'pkcs8']) {
      await rejects(subtle.importKey(format, new Uint8Array(16), name, true, usages),
        dom('NotSupportedError', `Unable to import AES key with format ${format}`));
    }
  }
  await rejects(aesKey(new Uint8Array(16), 'AES-KW', ['encrypt']), dom('SyntaxError', 'Unsupported key usage for an AES key'));
  const j = { kty: 'oct', k: 'AQEBAQEBAQEBAQEBAQEBAQ' };
  await rejects(subtle.importKey('jwk', { ...j, alg: 'A256GCM' }, 'AES-GCM', true, ['encrypt']),
    dom('DataError', 'JWK "alg" does not match the requested algorithm'));
  await rejects(subtle.importKey('jwk', { ...j, alg: 'A128CBC' }, 'AES-GCM', true, ['encrypt']),
    dom('DataError', 'JWK "alg" does not match the requested algorithm'));
  await rejects(subtle.importKey('jwk', { ...j, use: 'sig' }, 'AES-GCM', true, ['encrypt']),
    dom('DataError', 'Invalid JWK "use" Parameter'));
  await rejects(subtle.importKey('jwk', { kty: 'oct', k: 'AQEB' }, 'AES-GCM', true, ['encrypt']),
    dom('DataError', 'Invalid key length'));
  await rejects(subtle.importKey('jwk', new Uint8Array(16), 'AES-GCM', true, ['encrypt']),
    dom('DataError', 'Invalid keyData'));

  // Keys are for their algorithm and usages only.
  const encOnly = await aesKey(new Uint8Array(16), 'AES-GCM', ['encrypt']);
  const notValid = dom('InvalidAccessError', 'The requested operation is not valid for the provided key');
  await rejects(subtle.decrypt({ name: 'AES-GCM', iv }, encOnly, new Uint8Array(32)), notValid);
  await rejects(subtle.encrypt({ name: 'AES-CBC', iv: new Uint8Array(16) }, encOnly, new Uint8Array(1)), notValid);
  await rejects(subtle.encrypt({ name: 'AES-KW' }, encOnly, new Uint8Array(16)),
    dom('NotSupportedError', 'Unrecognized algorithm name'));

  // ---- wrapKey / unwrapKey ----
  // RFC 3394 4.1 and 4.6.
  for (const [kek, data, want] of [
    ['000102030405060708090a0b0c0d0e0f', '00112233445566778899aabbccddeeff',
      '1fa68b0a8112b447aef34bd8fb5a7b829d3e862371d2cfe5'],
    ['000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f',
      '00112233445566778899aabbccddeeff000102030405060708090a0b0c0d0e0f',
      '28c9f404c4b810f4cbccb35cfb87f8263f5786e2d80ed326cbc7f0e71a99f43bfb988b9b7a02dd21'],
  ]) {
    const wrapping = await aesKey(kek, 'AES-KW', ['wrapKey', 'unwrapKey']);
    const key = await aesKey(data, 'AES-CBC');
    const out = await subtle.wrapKey('raw', key, wrapping, 'AES-KW');
    assert.strictEqual(hex(out), want);
    const back = await subtle.unwrapKey('raw', out, wrapping, 'AES-KW', 'AES-CBC', true, ['encrypt']);
    assert.deepStrictEqual(back.algorithm, { name: 'AES-CBC', length: data.length * 4 });
    assert.deepStrictEqual(back.usages, ['encrypt']);
    assert.strictEqual(hex(await subtle.exportKey('raw', back)), data);
    const bad = new Uint8Array(out);
    bad[3] ^= 1;
    await rejects(subtle.unwrapKey('raw', bad, wrapping, 'AES-KW', 'AES-CBC', true, ['encrypt']),
      dom('OperationError', 'The operation failed for an operation-specific reason'));
  }
  const kw = await aesKey('000102030405060708090a0b0c0d0e0f', 'AES-KW', ['wrapKey', 'unwrapKey']);
  // JWK, padded with spaces to whole 64-bit blocks.
  const inner = await aesKey(new Uint8Array(16).fill(3), 'AES-CBC', ['encrypt']);
  const wrappedJwk = await subtle.wrapKey('jwk', inner, kw, 'AES-KW');
  const unkw = nodeCrypto.createDecipheriv('id-aes128-wrap', Buffer.from('000102030405060708090a0b0c0d0e0f', 'hex'),
    Buffer.from('a6a6a6a6a6a6a6a6', 'hex'));
  const text = Buffer.concat([unkw.update(Buffer.from(wrappedJwk)), unkw.final()]).toString();
  assert.strictEqual(text, '{"key_ops":["encrypt"],"ext":true,"kty":"oct","k":"AwMDAwMDAwMDAwMDAwMDAw",' +
    '"alg":"A128CBC"}     ');
  const fromJwk = await subtle.unwrapKey('jwk', wrappedJwk, kw, 'AES-KW', 'AES-CBC', false, ['encrypt']);
  assert.strictEqual(fromJwk.extractable, false);
  // 20 bytes are not whole blocks.
  const hmac = await subtle.importKey('raw', new Uint8Array(20), { name: 'HMAC', hash: 'SHA-1' }, true, ['sign']);
  await rejects(subtle.wrapKey('raw', hmac, kw, 'AES-KW'),
    dom('OperationError', 'The operation failed for an operation-specific reason'));
  // Any cipher wraps: AES-GCM around a PKCS #8 key and a JWK.
  const gcmWrap = await aesKey(new Uint8Array(16).fill(2), 'AES-GCM', ['wrapKey', 'unwrapKey']);
  const ed = await subtle.generateKey('Ed25519', true, ['sign', 'verify']);
  const params = { name: 'AES-GCM', iv: new Uint8Array(12) };
  for (const format of ['pkcs8', 'jwk']) {
    const w = await subtle.wrapKey(format, ed.privateKey, gcmWrap, params);
    const clear = await subtle.decrypt(params, await aesKey(new Uint8Array(16).fill(2), 'AES-GCM', ['decrypt']), w);
    if (format === 'jwk') assert.deepStrictEqual(JSON.parse(Buffer.from(clear)), await subtle.exportKey('jwk', ed.privateKey));
    else assert.strictEqual(hex(clear), hex(await subtle.exportKey('pkcs8', ed.privateKey)));
    const k = await subtle.unwrapKey(format, w, gcmWrap, params, 'Ed25519', true, ['sign']);
    const sig = await subtle.sign('Ed25519', k, utf8('m'));
    assert.strictEqual(await subtle.verify('Ed25519', ed.publicKey, sig, utf8('m')), true);
  }
  const junk = await subtle.encrypt(params, await aesKey(new Uint8Array(16).fill(2), 'AES-GCM', ['encrypt']),
    utf8('{"kty":'));
  await rejects(subtle.unwrapKey('jwk', junk, gcmWrap, params, 'Ed25519', true, ['sign']),
    dom('DataError', 'Invalid wrapped JWK key'));
  // Checks of the keys involved.
  await rejects(subtle.wrapKey('raw', inner, gcm, params), notValid); // no wrapKey usage
  await rejects(subtle.wrapKey('raw', inner, gcmWrap, 'AES-KW'), notValid); // another algorithm
  await rejects(subtle.wrapKey('raw', inner, gcmWrap, 'HMAC'), dom('NotSupportedError', 'Unrecognized algorithm name'));
  const hidden = await aesKey(new Uint8Array(16), 'AES-GCM', ['encrypt'], false);
  await rejects(subtle.wrapKey('raw', hidden, kw, 'AES-KW'), dom('InvalidAccessException', 'key is not extractable'));
  // (Node exports the key before it checks the wrapping key.)
  await rejects(subtle.wrapKey('raw', hidden, hidden, 'AES-KW'), dom('InvalidAccessException', 'key is not extractable'));
  await rejects(subtle.wrapKey('spki', inner, kw, 'AES-KW'),
    dom('InvalidAccessError', 'Unable to export a raw AES-CBC secret key'));
  await rejects(subtle.unwrapKey('raw', new Uint8Array(24), kw, 'AES-KW', 'AES-CBC', true, ['sign']),
    dom('OperationError', 'The operation failed for an operation-specific reason'));
  const wrapOnly = await aesKey('000102030405060708090a0b0c0d0e0f', 'AES-KW', ['wrapKey']);
  await rejects(subtle.unwrapKey('raw', new Uint8Array(24), wrapOnly, 'AES-KW', 'AES-CBC', true, ['encrypt']),
    notValid);
  const w = await subtle.wrapKey('raw', inner, kw, 'AES-KW');
  await rejects(subtle.unwrapKey('raw', w, kw, 'AES-KW', 'AES-CBC', true, ['sign']),
    dom('SyntaxError', 'Unsupported key usage for an AES key'));
});
