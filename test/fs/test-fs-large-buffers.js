'use strict';
// Buffers that lode fills in C as soon as it allocates them (a file read
// whole, Buffer.from of a string, a cipher's output, async randomBytes)
// have their pages made present in one call from 256 KB up: every size
// around that threshold, with odd lengths and contents that show any lost
// or shifted byte, must come out exactly as written.
const assert = require('assert');
const crypto = require('crypto');
const fs = require('fs');
const os = require('os');
const path = require('path');

const K = 1024;
const sizes = [256 * K - 1, 256 * K, 256 * K + 1, 260 * K + 7, 1024 * K + 3, 3 * 1024 * K + 4095];
// Bytes that depend on their position (not a short period that a shifted
// page would still match).
const pattern = (n) => {
  const b = Buffer.allocUnsafe(n);
  let x = n;
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    b[i] = x >>> 24;
  }
  return b;
};

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lode-large-'));
const pending = [];
try {
  for (const n of sizes) {
    const data = pattern(n);
    const file = path.join(dir, `f${n}`);
    fs.writeFileSync(file, data);
    assert.ok(fs.readFileSync(file).equals(data), `readFileSync ${n}`);
    const ascii = Buffer.from(data.map((c) => 32 + (c % 95)));
    fs.writeFileSync(file + '.txt', ascii);
    assert.strictEqual(fs.readFileSync(file + '.txt', 'utf8'), ascii.toString('latin1'));
    pending.push(new Promise((resolve, reject) => {
      fs.readFile(file, (err, got) => {
        if (err) return reject(err);
        try {
          assert.ok(got.equals(data), `readFile ${n}`);
          resolve();
        } catch (e) {
          reject(e);
        }
      });
    }));
    pending.push(fs.promises.readFile(file).then((got) => assert.ok(got.equals(data), `promises ${n}`)));

    // Strings to bytes: latin1 and UTF-8 (two-byte characters).
    const latin1 = data.toString('latin1');
    assert.ok(Buffer.from(latin1, 'latin1').equals(data), `latin1 ${n}`);
    const utf8 = Buffer.from(latin1, 'utf8');
    assert.strictEqual(utf8.length, n + data.filter((c) => c >= 0x80).length);
    assert.strictEqual(utf8.toString('utf8'), latin1, `utf8 ${n}`);

    // A cipher's output for one large update: decrypting gives the input
    // back, and it matches the same stream fed in small pieces.
    const key = Buffer.alloc(32, 7);
    const iv = Buffer.alloc(16, 9);
    const whole = crypto.createCipheriv('aes-256-ctr', key, iv).update(data);
    const pieces = crypto.createCipheriv('aes-256-ctr', key, iv);
    const parts = [];
    for (let at = 0; at < n; at += 1000) parts.push(pieces.update(data.subarray(at, at + 1000)));
    assert.ok(whole.equals(Buffer.concat(parts)), `cipher ${n}`);
    assert.ok(crypto.createDecipheriv('aes-256-ctr', key, iv).update(whole).equals(data));

    pending.push(new Promise((resolve, reject) => {
      crypto.randomBytes(n, (err, buf) => {
        if (err) return reject(err);
        try {
          assert.strictEqual(buf.length, n);
          // Random bytes: a zero page would show as 4096 zeros in a row.
          for (let at = 0; at + 4096 <= n; at += 4096) {
            assert.ok(buf.subarray(at, at + 4096).some((c) => c !== 0), `randomBytes ${n} page at ${at}`);
          }
          resolve();
        } catch (e) {
          reject(e);
        }
      });
    }));
  }
} finally {
  Promise.allSettled(pending).then((results) => {
    fs.rmSync(dir, { recursive: true, force: true });
    for (const r of results) if (r.status === 'rejected') throw r.reason;
  });
}
