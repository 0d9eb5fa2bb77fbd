'use strict';
// Buffer.allocUnsafe / allocUnsafeSlow: below 512 KB lode hands out malloc'd,
// uninitialised memory owned by the ArrayBuffer (internalBinding('buffer')
// .allocUninit); the bytes must stay valid and writable for the buffer's life,
// through I/O and garbage collection.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');

common.withInternals(__filename);

const sizes = [1, 4095, 4096, 4097, 65536, 524287, 524288, 1 << 20];

// Own memory for anything not pooled, of exactly the asked size.
for (const n of sizes) {
  for (const fn of ['allocUnsafe', 'allocUnsafeSlow']) {
    const b = Buffer[fn](n);
    assert.ok(b instanceof Buffer);
    assert.strictEqual(b.length, n);
    if (fn === 'allocUnsafeSlow' || n >= Buffer.poolSize >>> 1) {
      assert.strictEqual(b.byteOffset, 0);
      assert.strictEqual(b.buffer.byteLength, n);
    }
    b.fill(0xa5);
    assert.strictEqual(b[0], 0xa5);
    assert.strictEqual(b[n - 1], 0xa5);
  }
}
assert.strictEqual(Buffer.allocUnsafeSlow(0).length, 0);
assert.throws(() => Buffer.allocUnsafeSlow(-1), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => Buffer.allocUnsafe('1'), { code: 'ERR_INVALID_ARG_TYPE' });

// Bytes read into them by the kernel survive many later allocations (and
// the collections those cause).
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lode-alloc-unsafe-'));
const file = path.join(dir, 'data.bin');
const pattern = Buffer.alloc(65536);
for (let i = 0; i < pattern.length; i++) pattern[i] = (i * 7) & 0xff;
fs.writeFileSync(file, pattern);
const kept = [];
const fd = fs.openSync(file, 'r');
for (let i = 0; i < 32; i++) {
  const b = Buffer.allocUnsafe(65536);
  assert.strictEqual(fs.readSync(fd, b, 0, b.length, 0), b.length);
  kept.push(b);
  for (let j = 0; j < 200; j++) Buffer.allocUnsafe(16384 + j);
}
fs.closeSync(fd);
for (const b of kept) assert.ok(b.equals(pattern));

fs.readFile(file, common.mustCall((err, data) => {
  assert.ifError(err);
  assert.ok(data.equals(pattern));
  fs.rmSync(dir, { recursive: true, force: true });
}));

if (common.isLode) {
  const { internalBinding } = require('internal/test/binding');
  const { allocUninit } = internalBinding('buffer');
  const ab = allocUninit(10000);
  assert.ok(ab instanceof ArrayBuffer);
  assert.strictEqual(ab.byteLength, 10000);
  for (const bad of [0, -1, NaN, Infinity]) {
    assert.throws(() => allocUninit(bad), { name: 'RangeError', code: 'ERR_OUT_OF_RANGE' });
  }
}
