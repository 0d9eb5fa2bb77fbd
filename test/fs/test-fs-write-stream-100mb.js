'use strict';
// 100 MB through fs.createWriteStream, honouring backpressure (write() false,
// then 'drain'), read back with fs.createReadStream and compared as it
// arrives against the same deterministic generator (never two 100 MB buffers).
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { mustCall } = require('../common');

const TOTAL = 100 * 1024 * 1024;
const CHUNK = 64 * 1024;
// The pattern repeats every BLOCK bytes, a prime so it never lines up with
// chunk boundaries; each block is stamped with its index.
const BLOCK = 65521;
const base = Buffer.alloc(BLOCK);
for (let i = 0, x = 0x9e3779b9; i < BLOCK; i++) {
  x ^= x << 13; x ^= x >>> 17; x ^= x << 5;
  base[i] = x & 0xff;
}

// Fills out[0, len) with the bytes the file holds at [pos, pos + len).
function expected(pos, len, out) {
  for (let o = 0; o < len;) {
    const block = Math.floor((pos + o) / BLOCK);
    const off = (pos + o) % BLOCK;
    const n = Math.min(len - o, BLOCK - off);
    base.copy(out, o, off, off + n);
    for (let i = off; i < 4 && i < off + n; i++) out[o + i - off] ^= (block >>> (8 * i)) & 0xff;
    o += n;
  }
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lode-ws100-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const file = path.join(dir, 'big.bin');

const ws = fs.createWriteStream(file);
const hwm = ws.writableHighWaterMark;
assert.strictEqual(hwm, 16 * 1024);
let pos = 0;
let falses = 0;
let drains = 0;
ws.on('drain', () => { drains++; });

function writeSome() {
  while (pos < TOTAL) {
    const n = Math.min(CHUNK, TOTAL - pos);
    const chunk = Buffer.allocUnsafe(n);
    expected(pos, n, chunk);
    pos += n;
    const ok = ws.write(chunk);
    // Never more than one chunk queued beyond the high-water mark.
    assert.ok(ws.writableLength <= hwm + CHUNK, `writableLength ${ws.writableLength}`);
    if (!ok) {
      falses++;
      assert.strictEqual(ws.writableNeedDrain, true);
      ws.once('drain', writeSome);
      return;
    }
  }
  ws.end();
}
writeSome();

ws.on('finish', mustCall(() => {
  assert.strictEqual(ws.bytesWritten, TOTAL);
}));
ws.on('close', mustCall(() => {
  // Every 64 KB chunk is above the 16 KB mark: each write said "wait".
  assert.strictEqual(falses, TOTAL / CHUNK);
  assert.strictEqual(drains, falses);
  assert.strictEqual(ws.fd, null);
  assert.strictEqual(fs.statSync(file).size, TOTAL);
  readBack();
}));

function readBack() {
  const rs = fs.createReadStream(file);
  const exp = Buffer.allocUnsafe(rs.readableHighWaterMark);
  let at = 0;
  let chunks = 0;
  rs.on('data', (d) => {
    assert.ok(d.length <= exp.length);
    expected(at, d.length, exp);
    if (!d.equals(exp.subarray(0, d.length))) {
      assert.fail(`content differs in the ${d.length} bytes at offset ${at}`);
    }
    at += d.length;
    chunks++;
  });
  rs.on('end', mustCall(() => {
    assert.strictEqual(at, TOTAL);
    assert.strictEqual(rs.bytesRead, TOTAL);
    assert.ok(chunks >= TOTAL / (64 * 1024));
  }));
  rs.on('close', mustCall(() => assert.strictEqual(rs.destroyed, true)));
}
