'use strict';
// node:crypto ciphers in use: encrypt → decrypt round trips of random data
// of many sizes (0 bytes included) and update splits, ciphers as Transform
// streams (pipeline, GCM tags, failures as 'error'), tampered ciphertext and
// tags, and interop with the system `openssl enc` both ways.
const assert = require('assert');
const crypto = require('crypto');
const { execFileSync } = require('child_process');
const { Readable, Writable, pipeline } = require('stream');
const { mustCall } = require('../common');

const sizes = [0, 1, 7, 15, 16, 17, 31, 32, 33, 100, 1000, 4096, 65535, 65536, 65537, 300001];
const aead = (name) => /-(gcm|ccm|ocb)$/.test(name) || name === 'chacha20-poly1305';

function params(name) {
  const info = crypto.getCipherInfo(name);
  return {
    key: crypto.randomBytes(info.keyLength),
    iv: info.ivLength ? crypto.randomBytes(info.ivLength) : null,
    options: info.mode === 'ccm' || info.mode === 'ocb' ? { authTagLength: 16 } : undefined,
    ccm: info.mode === 'ccm',
  };
}

// Feeds data in pieces of the given sizes, cycling through them.
function feed(c, data, pieces) {
  const out = [];
  for (let i = 0, k = 0; i < data.length || (i === 0 && k === 0); k++) {
    const n = pieces[k % pieces.length];
    out.push(c.update(data.subarray(i, i + n)));
    i += n;
    if (data.length === 0) break;
  }
  out.push(c.final());
  return Buffer.concat(out);
}

// ---- round trips ----
for (const name of ['aes-128-cbc', 'aes-192-cbc', 'aes-256-cbc', 'aes-128-ecb', 'aes-256-ctr', 'aes-128-ofb',
  'aes-256-cfb', 'aes-128-cfb8', 'aes-128-cfb1', 'aes-128-gcm', 'aes-256-gcm', 'aes-128-ccm', 'aes-256-ocb',
  'chacha20-poly1305', 'chacha20', 'des-ede3-cbc']) {
  for (const size of sizes) {
    if (name === 'aes-128-cfb1' && size > 4096) continue; // bit by bit: slow
    const { key, iv, options, ccm } = params(name);
    // An empty CCM message: Node's result depends on whether the empty
    // buffer has memory behind it (see test-crypto-cipher-errors.js).
    if (ccm && size === 0) continue;
    const plain = crypto.randomBytes(size);
    const aad = crypto.randomBytes(size % 40);
    const pieces = ccm ? [Infinity] : [size % 7 + 1, 13, 4096, 1];
    const c = crypto.createCipheriv(name, key, iv, options);
    if (aead(name)) c.setAAD(aad, { plaintextLength: size });
    const ct = feed(c, plain, pieces);
    const tag = aead(name) ? c.getAuthTag() : null;
    if (/-(ctr|ofb|cfb|cfb8|cfb1|gcm|ccm|ocb)$/.test(name) || name.startsWith('chacha')) {
      assert.strictEqual(ct.length, size, `${name} ${size}`);
    } else {
      const block = name.startsWith('des') ? 8 : 16;
      assert.strictEqual(ct.length, (Math.floor(size / block) + 1) * block, `${name} ${size}`);
    }
    const d = crypto.createDecipheriv(name, key, iv, options);
    if (tag) d.setAuthTag(tag);
    if (aead(name)) d.setAAD(aad, { plaintextLength: size });
    assert.deepStrictEqual(feed(d, ct, ccm ? [Infinity] : [3, 1000, size % 11 + 1]), plain, `${name} ${size}`);

    // Tampering with the ciphertext, the tag or the AAD fails authentication.
    if (tag && size > 0) {
      for (const what of ['ct', 'tag', 'aad']) {
        const bad = { ct: Buffer.from(ct), tag: Buffer.from(tag), aad: Buffer.from(aad) };
        if (what === 'aad' && aad.length === 0) continue;
        bad[what][bad[what].length >> 1] ^= 1;
        const d2 = crypto.createDecipheriv(name, key, iv, options);
        d2.setAuthTag(bad.tag);
        d2.setAAD(bad.aad, { plaintextLength: size });
        d2.update(bad.ct);
        assert.throws(() => d2.final(), {
          name: 'Error', message: 'Unsupported state or unable to authenticate data',
        }, `${name} ${size} ${what}`);
      }
    }
  }
}

// A wrong key with CBC: OpenSSL's padding check (almost always) fails.
{
  const key = crypto.randomBytes(16);
  const iv = crypto.randomBytes(16);
  const c = crypto.createCipheriv('aes-128-cbc', key, iv);
  const ct = Buffer.concat([c.update(Buffer.alloc(100, 'a')), c.final()]);
  const d = crypto.createDecipheriv('aes-128-cbc', Buffer.alloc(16, 0x55), iv);
  d.update(ct);
  let failed = 0;
  try { d.final(); } catch (err) { failed++; assert.strictEqual(err.code, 'ERR_OSSL_BAD_DECRYPT'); }
  assert.ok(failed <= 1);
}

// ---- streams ----
function source(data, chunk) {
  let at = 0;
  return new Readable({
    read() {
      if (at >= data.length) { this.push(null); return; }
      this.push(data.subarray(at, at + chunk));
      at += chunk;
    },
  });
}
function sink(done) {
  const parts = [];
  return new Writable({
    write(c, enc, cb) { parts.push(c); cb(); },
    final(cb) { done(Buffer.concat(parts)); cb(); },
  });
}

{
  // 16 MB through aes-256-gcm and back, in uneven chunks.
  const key = crypto.randomBytes(32);
  const iv = crypto.randomBytes(12);
  const plain = crypto.randomBytes(16 << 20);
  const cipher = crypto.createCipheriv('aes-256-gcm', key, iv);
  pipeline(source(plain, 65536 + 7), cipher, sink(mustCall((ct) => {
    assert.strictEqual(ct.length, plain.length);
    const tag = cipher.getAuthTag();
    const decipher = crypto.createDecipheriv('aes-256-gcm', key, iv).setAuthTag(tag);
    pipeline(source(ct, 100000), decipher, sink(mustCall((back) => {
      assert.ok(back.equals(plain));
    })), mustCall((err) => assert.ifError(err)));
    // The same with a wrong tag: the stream fails at its end.
    const bad = Buffer.from(tag);
    bad[0] ^= 0x80;
    const wrong = crypto.createDecipheriv('aes-256-gcm', key, iv).setAuthTag(bad);
    pipeline(source(ct, 1 << 20), wrong, new Writable({ write(c, e, cb) { cb(); } }), mustCall((err) => {
      assert.strictEqual(err.message, 'Unsupported state or unable to authenticate data');
    }));
  })), mustCall((err) => assert.ifError(err)));
}

{
  // pipe() of CBC, and write()/end() with a readable encoding.
  const key = crypto.randomBytes(16);
  const iv = crypto.randomBytes(16);
  const plain = crypto.randomBytes(100003);
  const c = crypto.createCipheriv('aes-128-cbc', key, iv);
  const d = crypto.createDecipheriv('aes-128-cbc', key, iv);
  source(plain, 1000).pipe(c).pipe(d).pipe(sink(mustCall((back) => assert.ok(back.equals(plain)))));

  const hex = crypto.createCipheriv('aes-128-cbc', key, iv, { encoding: 'hex' });
  let text = '';
  hex.on('data', (s) => { assert.strictEqual(typeof s, 'string'); text += s; });
  hex.on('end', mustCall(() => {
    const ref = crypto.createCipheriv('aes-128-cbc', key, iv);
    assert.strictEqual(text, ref.update('stream me', 'utf8', 'hex') + ref.final('hex'));
  }));
  hex.write('stream ');
  hex.end('me');
}

// ---- interop with `openssl enc` ----
{
  const openssl = (args, input) => execFileSync('openssl', args, { input, maxBuffer: 64 << 20 });
  const data = crypto.randomBytes(100000 + 3);
  for (const [name, ossl] of [['aes-128-cbc'], ['aes-256-cbc'], ['aes-192-ctr'], ['aes-256-ofb'],
    ['aes-128-cfb'], ['aes-256-cfb8'], ['aes-128-ecb'], ['des-ede3-cbc'], ['chacha20'],
    ['id-aes256-GCM', null]]) {
    if (ossl === null) continue; // `openssl enc` does not do AEAD modes
    const { key, iv } = params(name);
    const args = ['enc', `-${name}`, '-K', key.toString('hex'), ...(iv ? ['-iv', iv.toString('hex')] : [])];
    // openssl encrypts, we decrypt.
    const ct = openssl(args, data);
    const d = crypto.createDecipheriv(name, key, iv);
    assert.ok(Buffer.concat([d.update(ct), d.final()]).equals(data), `${name} from openssl`);
    // We encrypt, openssl decrypts.
    const c = crypto.createCipheriv(name, key, iv);
    const ours = Buffer.concat([c.update(data), c.final()]);
    assert.ok(ours.equals(ct), `${name} same bytes as openssl`);
    assert.ok(openssl([...args, '-d'], ours).equals(data), `${name} to openssl`);
  }
  // Without padding on both sides.
  const key = crypto.randomBytes(16);
  const iv = crypto.randomBytes(16);
  const whole = crypto.randomBytes(4096);
  const c = crypto.createCipheriv('aes-128-cbc', key, iv).setAutoPadding(false);
  const ct = Buffer.concat([c.update(whole), c.final()]);
  assert.strictEqual(ct.length, 4096);
  assert.ok(openssl(['enc', '-d', '-aes-128-cbc', '-nopad', '-K', key.toString('hex'), '-iv', iv.toString('hex')], ct)
    .equals(whole));
}
