'use strict';
// pbkdf2Sync and pbkdf2 with every digest getHashes() lists (lode derives
// SHA-1 and SHA-2 keys on a path of its own, the rest through OpenSSL),
// against RFC 8018's definition computed here with createHmac: passwords
// shorter and longer than a block, empty ones, outputs of several blocks.
const assert = require('assert');
const crypto = require('crypto');
const { mustCall } = require('../common');

function reference(pass, salt, iterations, keylen, digest) {
  const blocks = [];
  for (let i = 1, got = 0; got < keylen; i++) {
    const be = Buffer.alloc(4);
    be.writeUInt32BE(i);
    let u = crypto.createHmac(digest, pass).update(Buffer.concat([salt, be])).digest();
    const t = Buffer.from(u);
    for (let r = 1; r < iterations; r++) {
      u = crypto.createHmac(digest, pass).update(u).digest();
      for (let k = 0; k < t.length; k++) t[k] ^= u[k];
    }
    blocks.push(t);
    got += t.length;
  }
  return Buffer.concat(blocks).subarray(0, keylen);
}

const passwords = [Buffer.alloc(0), Buffer.from('password'), Buffer.alloc(64, 'p'), Buffer.alloc(65, 'q'),
  Buffer.alloc(129, 'r'), crypto.randomBytes(200)];
for (const digest of crypto.getHashes()) {
  if (/shake/i.test(digest)) continue; // no HMAC of an extendable output
  for (const [i, pass] of passwords.entries()) {
    const salt = crypto.randomBytes(i * 7);
    const keylen = [1, 20, 32, 65, 100, 150][i];
    const iterations = [1, 2, 3, 17, 5, 1][i];
    const want = reference(pass, salt, iterations, keylen, digest);
    assert.deepStrictEqual(crypto.pbkdf2Sync(pass, salt, iterations, keylen, digest), want, `${digest} ${i}`);
  }
}

// 4096 rounds and a multi-block output (the RFC 6070 and RFC 7914 vectors
// are in test-crypto-kdf.js); the asynchronous form agrees.
for (const digest of ['sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha512-256', 'sha3-256']) {
  const key = crypto.pbkdf2Sync('passwd', 'salt', 4096, 70, digest);
  assert.deepStrictEqual(key, reference(Buffer.from('passwd'), Buffer.from('salt'), 4096, 70, digest), digest);
  crypto.pbkdf2('passwd', 'salt', 4096, 70, digest, mustCall((err, k) => {
    assert.ifError(err);
    assert.deepStrictEqual(k, key);
  }));
}
