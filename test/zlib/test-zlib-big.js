'use strict';
// 100 MB through createGzip() and createGunzip() in one pipeline, 64 KB
// chunks, with CRC-32s of what goes in and what comes out: the data
// survives and memory stays bounded (the stream never holds much of it).
const assert = require('assert');
const zlib = require('zlib');
const { Readable, Writable, pipeline } = require('stream');
const { mustCall } = require('../common');

const TOTAL = 100 << 20;
const CHUNK = 64 << 10;
// 1 MB of words; each chunk is cut from it at a moving offset so the
// stream does not repeat with a short period.
const words = ['zlib', 'lode', 'node', 'stream', 'chunk', 'gzip', 'the', 'of', '\n', 'data'];
let seed = 1;
let text = '';
while (text.length < (1 << 20) + CHUNK) {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  text += words[seed % words.length] + ' ';
}
const block = Buffer.from(text);

let sent = 0;
let crcIn = 0;
const source = new Readable({
  read() {
    if (sent >= TOTAL) {
      this.push(null);
      return;
    }
    const at = (sent * 7) % (1 << 20);
    const chunk = block.subarray(at, at + CHUNK);
    crcIn = zlib.crc32(chunk, crcIn);
    sent += CHUNK;
    this.push(chunk);
  },
});
let received = 0;
let crcOut = 0;
const rss0 = process.memoryUsage().rss;
let rssMax = rss0;
const sink = new Writable({
  write(chunk, encoding, cb) {
    received += chunk.length;
    crcOut = zlib.crc32(chunk, crcOut);
    if ((received & ((8 << 20) - 1)) < chunk.length) rssMax = Math.max(rssMax, process.memoryUsage().rss);
    cb();
  },
});
const gzip = zlib.createGzip({ level: 1 });
pipeline(source, gzip, zlib.createGunzip(), sink, mustCall((err) => {
  assert.ifError(err);
  assert.strictEqual(received, TOTAL);
  assert.strictEqual(crcOut, crcIn);
  assert.strictEqual(gzip.bytesWritten, TOTAL);
  // Holding the data would take well over 100 MB. (AddressSanitizer keeps
  // freed memory in quarantine: no bound under it.)
  if (!process.env.ASAN_OPTIONS) {
    assert.ok(rssMax - rss0 < 80 << 20, `rss grew by ${(rssMax - rss0) >> 20} MB`);
  }
}));
