'use strict';
// Hash and Hmac take several internal paths in lode (one short update
// computed in one call at digest(), a native context made at the second or
// a long update, keyed HMAC contexts reused for a repeated key): every path
// must give the same digests, and input buffers changed after update() or
// createHmac() must not change the result.
const assert = require('assert');
const crypto = require('crypto');

const ref = (alg, key, parts) => {
  const h = key === undefined ? crypto.createHash(alg) : crypto.createHmac(alg, key);
  h.update(Buffer.concat(parts.map((p) => Buffer.from(p))));
  return h.digest('hex');
};

for (const alg of ['sha256', 'sha1', 'md5', 'sha512', 'sha3-256', 'blake2b512', 'ripemd160']) {
  for (const key of [undefined, 'k', '', 'a longer key, ✓ not ascii', Buffer.alloc(200, 7), 'x'.repeat(300)]) {
    const make = () => (key === undefined ? crypto.createHash(alg) : crypto.createHmac(alg, key));
    const short = 'hello ✓';
    const long = 'y'.repeat(1000);
    for (const parts of [[], [short], [short, short], [long], [short, long], [Buffer.alloc(300, 1)],
      [Buffer.alloc(10, 2), Buffer.alloc(10, 3)], ['']]) {
      const want = ref(alg, key, parts);
      const h = make();
      for (const p of parts) h.update(p);
      assert.strictEqual(h.digest('hex'), want, `${alg} ${key} ${parts.length}`);
      const b = make();
      for (const p of parts) b.update(p);
      assert.strictEqual(b.digest().toString('hex'), want);
      const e = make();
      for (const p of parts) e.update(p);
      assert.strictEqual(e.digest('base64'), Buffer.from(want, 'hex').toString('base64'));
    }
    // Other encodings of a short update, and a second digest.
    const h = make().update('00ff', 'hex');
    assert.strictEqual(h.digest('hex'), ref(alg, key, [Buffer.from([0, 255])]));
    if (key === undefined) assert.throws(() => h.digest(), { code: 'ERR_CRYPTO_HASH_FINALIZED' });
    else assert.strictEqual(h.digest('hex'), '');
    // Bytes changed after update() do not count.
    const data = Buffer.from('mutable data');
    const m = make().update(data);
    data.fill(0);
    assert.strictEqual(m.digest('hex'), ref(alg, key, ['mutable data']));
    // copy() of a Hash with a waiting update.
    if (key === undefined) {
      const c = crypto.createHash(alg).update('abc');
      const c2 = c.copy();
      c2.update('def');
      assert.strictEqual(c.digest('hex'), ref(alg, key, ['abc']));
      assert.strictEqual(c2.digest('hex'), ref(alg, key, ['abcdef']));
    }
  }
}

// An HMAC key buffer changed after createHmac() does not count either.
{
  const key = Buffer.from('secret key');
  const h = crypto.createHmac('sha256', key);
  key.fill(0);
  assert.strictEqual(h.update('m').digest('hex'), crypto.createHmac('sha256', 'secret key').update('m').digest('hex'));
}

// One key many times, then alternating keys, then the first again.
{
  const expect = (key, msg) => {
    const h = crypto.createHmac('sha256', Buffer.from(key));
    h.update(Buffer.from(msg)); // bytes: the same computation by the other path
    h.update('');
    return h.digest('hex');
  };
  const table = [];
  for (let i = 0; i < 50; i++) table.push(['k1', `m${i}`]);
  for (let i = 0; i < 50; i++) table.push([i % 2 ? 'k2' : 'k3', `m${i}`]);
  for (let i = 0; i < 5; i++) table.push(['k1', `m${i}`], ['k1', `m${i}`], ['k4', `m${i}`]);
  for (const [key, msg] of table) {
    assert.strictEqual(crypto.createHmac('sha256', key).update(msg).digest('hex'), expect(key, msg), `${key} ${msg}`);
  }
  // The same key under another digest is another HMAC.
  assert.notStrictEqual(crypto.createHmac('sha384', 'k1').update('m').digest('hex').length,
    crypto.createHmac('sha256', 'k1').update('m').digest('hex').length);
}

// As streams.
{
  const h = crypto.createHash('sha256');
  h.write('ab');
  h.end('c');
  assert.strictEqual(h.read().toString('hex'), crypto.hash('sha256', 'abc'));
  // options.encoding is the key's encoding, and the readable side's.
  const m = crypto.createHmac('sha1', '6b6579', { encoding: 'hex' });
  m.end('abc');
  assert.strictEqual(m.read(), crypto.createHmac('sha1', 'key').update('abc').digest('hex'));
}

// Extendable-output digests keep their lengths.
assert.strictEqual(crypto.createHash('shake256').update('x').digest().length, 32);
assert.strictEqual(crypto.createHash('shake128', { outputLength: 100 }).update('x').digest().length, 100);
assert.strictEqual(crypto.hash('sha512', 'x', 'buffer').length, 64);

// SHA-1 and SHA-2 hashes with a native context run on OpenSSL's low-level
// functions (no provider fetch): published test vectors (FIPS 180 "abc"
// and one million 'a'), fed in pieces of every size, copied midway.
{
  const vectors = {
    sha1: ['a9993e364706816aba3e25717850c26c9cd0d89d', '34aa973cd4c4daa4f61eeb2bdbad27316534016f'],
    sha224: ['23097d223405d8228642a477bda255b32aadbce4bda0b3f7e36c9da7',
      '20794655980c91d8bbb4c1ea97618a4bf03f42581948b2ee4ee7ad67'],
    sha256: ['ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
      'cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0'],
    sha384: ['cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed8086072ba1e7cc2358baeca134c825a7',
      '9d0e1809716474cb086e834e310a4a1ced149e9c00f248527972cec5704c2a5b07b8b3dc38ecc4ebae97ddd87f3d8985'],
    sha512: ['ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f',
      'e718483d0ce769644e2e42c7bc15b4638e1f98b13b2044285632a803afa973ebde0ff244877ea60a4cb0432ce577c31beb009c5c2c49aa2e4eadb217ad8cc09b'],
  };
  const million = Buffer.alloc(1e6, 'a');
  for (const [alg, [abc, millionA]] of Object.entries(vectors)) {
    // 'abc' split at every place, as strings and as bytes; a long first
    // update makes the native context at once.
    for (let i = 0; i <= 3; i++) {
      const h = crypto.createHash(alg).update('x'.repeat(300));
      const parts = ['abc'.slice(0, i), 'abc'.slice(i)];
      const s = crypto.createHash(alg).update(parts[0]).update(parts[1]);
      const b = crypto.createHash(alg).update(Buffer.from(parts[0])).update(Buffer.from(parts[1]));
      assert.strictEqual(s.digest('hex'), abc, `${alg} split at ${i}`);
      assert.strictEqual(b.digest('hex'), abc);
      assert.strictEqual(h.digest('hex'), crypto.hash(alg, 'x'.repeat(300)));
    }
    // One million 'a' in pieces of 1..4999 bytes (a fixed pseudo-random
    // sequence), with a copy taken at every piece boundary past the middle
    // finished on its own.
    let seed = 7;
    const h = crypto.createHash(alg);
    let at = 0;
    let copy;
    while (at < million.length) {
      seed = (seed * 48271) % 2147483647;
      const n = Math.min(1 + (seed % 4999), million.length - at);
      h.update(million.subarray(at, at + n));
      at += n;
      if (copy === undefined && at >= million.length / 2) {
        copy = h.copy();
        copy.update(million.subarray(at));
      }
    }
    assert.strictEqual(copy.digest('hex'), millionA, `${alg} copy`);
    assert.strictEqual(h.digest('hex'), millionA, `${alg} one million a`);
    assert.throws(() => h.copy(), { code: 'ERR_CRYPTO_HASH_FINALIZED' });
    assert.throws(() => h.update('a'), { code: 'ERR_CRYPTO_HASH_FINALIZED' });
    // outputLength: the digest's own length, nothing else (not XOFs).
    const size = abc.length / 2;
    assert.strictEqual(crypto.createHash(alg, { outputLength: size }).update('abc').digest('hex'), abc);
    assert.throws(() => crypto.createHash(alg, { outputLength: size - 1 }),
      { code: 'ERR_OSSL_EVP_NOT_XOF_OR_INVALID_LENGTH' });
    const part = crypto.createHash(alg).update('x'.repeat(300));
    assert.throws(() => part.copy({ outputLength: size + 1 }), { code: 'ERR_OSSL_EVP_NOT_XOF_OR_INVALID_LENGTH' });
    assert.strictEqual(part.copy({ outputLength: size }).digest('hex'), crypto.hash(alg, 'x'.repeat(300)));
  }
}
