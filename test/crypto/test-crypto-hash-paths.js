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
