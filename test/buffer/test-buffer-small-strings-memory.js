'use strict';
// Short strings made in C (the hex text of small buffers, header values,
// small decodes, digests) are counted toward the collector's next run:
// JSC itself counts a string's characters only from 256 bytes up, and
// without lode's count a million 98-character strings grew the process by
// ~90 MB before the young generation was collected (now ~13 MB; node ~7),
// and a million 104-character decodes by ~34 MB (now ~7).
const assert = require('assert');

function growth(make) {
  const start = process.memoryUsage.rss();
  let peak = start;
  let chars = 0;
  for (let i = 0; i < 1000000; i++) {
    chars += make().length;
    if (i % 50000 === 0) peak = Math.max(peak, process.memoryUsage.rss());
  }
  return { chars, mb: (peak - start) / 1048576 };
}

const buf = Buffer.from('hello world, this is a buffer of moderate length!');
let r = growth(() => buf.toString('hex'));
assert.strictEqual(r.chars, 98 * 1000000);
assert.ok(r.mb < 45, `hex strings: RSS grew by ${r.mb.toFixed(1)} MB`);

// 16-bit strings (non-ASCII text) go through the same count.
const text = Buffer.from('h\u00e9llo w\u00f6rld, '.repeat(8));
const decoder = new TextDecoder();
r = growth(() => decoder.decode(text));
assert.strictEqual(r.chars, 104 * 1000000);
assert.ok(r.mb < 20, `decoded strings: RSS grew by ${r.mb.toFixed(1)} MB`);
