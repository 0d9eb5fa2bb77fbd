'use strict';
// stream.pipeline copies a 32 MB file of non-repeating-looking content from
// fs.createReadStream to fs.createWriteStream exactly, in the callback form
// and the promise form; the copies are compared 1 MB at a time.
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const stream = require('stream');
const streamPromises = require('stream/promises');
const { mustCall } = require('../common');

const SIZE = 32 * 1024 * 1024 + 12345; // not a multiple of any read size
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lode-plcopy-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const src = path.join(dir, 'src.bin');

// The source, written 1 MB at a time from a xorshift generator.
{
  const fd = fs.openSync(src, 'w');
  const buf = Buffer.allocUnsafe(1 << 20);
  let x = 0x2545f491;
  for (let done = 0; done < SIZE;) {
    const n = Math.min(buf.length, SIZE - done);
    for (let i = 0; i < n; i += 4) {
      x ^= x << 13; x ^= x >>> 17; x ^= x << 5;
      buf.writeInt32LE(x, i);
    }
    fs.writeSync(fd, buf, 0, n);
    done += n;
  }
  fs.closeSync(fd);
}
assert.strictEqual(fs.statSync(src).size, SIZE);

function assertSameFile(a, b) {
  assert.strictEqual(fs.statSync(b).size, fs.statSync(a).size);
  const fa = fs.openSync(a, 'r');
  const fb = fs.openSync(b, 'r');
  const ba = Buffer.allocUnsafe(1 << 20);
  const bb = Buffer.allocUnsafe(1 << 20);
  try {
    for (let at = 0; ;) {
      const na = fs.readSync(fa, ba, 0, ba.length, at);
      const nb = fs.readSync(fb, bb, 0, bb.length, at);
      assert.strictEqual(nb, na);
      if (na === 0) break;
      if (!ba.subarray(0, na).equals(bb.subarray(0, nb))) assert.fail(`${b} differs near offset ${at}`);
      at += na;
    }
  } finally {
    fs.closeSync(fa);
    fs.closeSync(fb);
  }
}

function callbackForm(next) {
  const copy = path.join(dir, 'copy-cb.bin');
  const rs = fs.createReadStream(src);
  const ws = fs.createWriteStream(copy);
  const ret = stream.pipeline(rs, ws, mustCall((err) => {
    assert.ifError(err);
    assert.strictEqual(rs.bytesRead, SIZE);
    assert.strictEqual(ws.bytesWritten, SIZE);
    assert.strictEqual(rs.destroyed, true);
    assertSameFile(src, copy);
    next();
  }));
  assert.strictEqual(ret, ws); // pipeline returns the last stream
}

async function promiseForm() {
  const copy = path.join(dir, 'copy-promise.bin');
  const rs = fs.createReadStream(src, { highWaterMark: 100000 });
  const ws = fs.createWriteStream(copy);
  const p = streamPromises.pipeline(rs, ws);
  assert.ok(p instanceof Promise);
  assert.strictEqual(await p, undefined);
  assert.strictEqual(ws.bytesWritten, SIZE);
  assertSameFile(src, copy);
  // The promisified callback form is the same function in effect.
  const copy2 = path.join(dir, 'copy-promisified.bin');
  await require('util').promisify(stream.pipeline)(fs.createReadStream(src), fs.createWriteStream(copy2));
  assertSameFile(src, copy2);
}

callbackForm(mustCall(() => {
  promiseForm().then(mustCall());
}));
