'use strict';
// A deterministic byte stream for big-transfer tests, checked as it arrives
// without being stored: block k (BLOCK bytes) is a fixed pseudo-random
// template with k stamped into its first 8 bytes, so a lost, repeated or
// reordered block or byte shows as a mismatch at a known offset.

const BLOCK = 64 * 1024;
const template = Buffer.allocUnsafe(BLOCK);
{
  let x = 0x9e3779b9;
  for (let i = 0; i < BLOCK; i++) {
    x ^= x << 13; x ^= x >>> 17; x ^= x << 5; // xorshift32
    template[i] = x & 0xff;
  }
}

function stamp(buf, k) {
  buf.writeUInt32LE(k >>> 0, 0);
  buf.writeUInt32LE((k ^ 0x5a5a5a5a) >>> 0, 4);
}

// A fresh Buffer for block k (a queued write may still hold the last one).
function block(k, length = BLOCK) {
  const buf = Buffer.allocUnsafe(length);
  template.copy(buf, 0, 0, length);
  if (length >= 8) stamp(buf, k);
  return buf;
}

// Compares arriving chunks with the pattern; `offset` counts the bytes.
class Checker {
  constructor() {
    this.offset = 0;
    this.expected = Buffer.from(template);
    this.k = -1;
  }

  update(chunk) {
    let pos = 0;
    while (pos < chunk.length) {
      const k = Math.floor(this.offset / BLOCK);
      const off = this.offset % BLOCK;
      if (k !== this.k) {
        stamp(this.expected, k);
        this.k = k;
      }
      const n = Math.min(chunk.length - pos, BLOCK - off);
      if (!chunk.subarray(pos, pos + n).equals(this.expected.subarray(off, off + n))) {
        throw new Error(`pattern mismatch in bytes ${this.offset}..${this.offset + n}`);
      }
      pos += n;
      this.offset += n;
    }
  }
}

module.exports = { BLOCK, block, Checker };
