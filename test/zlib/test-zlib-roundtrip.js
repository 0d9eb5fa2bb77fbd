'use strict';
// Round trips through every format: the *Sync forms, the callback forms,
// util.promisify, and streams fed in random-sized chunks, for data of many
// sizes (0 bytes, around chunkSize, 1 MB), compressible and random, at
// several levels and chunk sizes.
const assert = require('assert');
const zlib = require('zlib');
const util = require('util');
const crypto = require('crypto');
const { mustCall } = require('../common');

// Buffer equality without a deep comparison per byte.
function same(actual, expected, msg) {
  assert.ok(Buffer.isBuffer(actual), msg);
  assert.ok(actual.equals(expected), msg);
}

const pairs = [
  ['deflate', 'inflate', zlib.Deflate, zlib.Inflate],
  ['gzip', 'gunzip', zlib.Gzip, zlib.Gunzip],
  ['deflateRaw', 'inflateRaw', zlib.DeflateRaw, zlib.InflateRaw],
  ['gzip', 'unzip', zlib.Gzip, zlib.Unzip],
  ['deflate', 'unzip', zlib.Deflate, zlib.Unzip],
  ['brotliCompress', 'brotliDecompress', zlib.BrotliCompress, zlib.BrotliDecompress],
];

// Deterministic pseudo-random bytes (the same data under node and lode).
function prng(seed) {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13; x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5; x >>>= 0;
    return x;
  };
}
function textData(n, seed) {
  const next = prng(seed);
  const words = ['alpha', 'beta', 'gamma', 'delta', 'zlib', 'lode', 'node', ' ', '\n', 'stream'];
  let s = '';
  while (s.length < n) s += words[next() % words.length];
  return Buffer.from(s.slice(0, n));
}

const sizes = [0, 1, 2, 63, 64, 1000, 16383, 16384, 16385, 65536 + 7, 1 << 20];
const inputs = [];
for (const n of sizes) {
  inputs.push(textData(n, n + 1));
  if (n <= 65543) inputs.push(crypto.randomBytes(n));
}

// ---- synchronous forms ----
for (const [c, d] of pairs) {
  for (const data of inputs) {
    const packed = zlib[`${c}Sync`](data);
    assert.ok(Buffer.isBuffer(packed));
    same(zlib[`${d}Sync`](packed), data, `${c}/${d} ${data.length}`);
  }
}
// Levels, strategies, memLevel and windowBits change the bytes, never the data.
{
  const data = textData(50000, 7);
  for (let level = -1; level <= 9; level++) {
    same(zlib.inflateSync(zlib.deflateSync(data, { level })), data);
  }
  for (let strategy = 0; strategy <= 4; strategy++) {
    same(zlib.gunzipSync(zlib.gzipSync(data, { strategy })), data);
  }
  for (const memLevel of [1, 5, 9]) {
    same(zlib.inflateRawSync(zlib.deflateRawSync(data, { memLevel })), data);
  }
  for (const windowBits of [8, 9, 12, 15]) {
    const raw = zlib.deflateRawSync(data, { windowBits });
    same(zlib.inflateRawSync(raw, { windowBits: Math.max(windowBits, 9) }), data);
    same(zlib.inflateSync(zlib.deflateSync(data, { windowBits })), data);
  }
  // Level 0 stores: the output is larger than the input.
  assert.ok(zlib.deflateSync(data, { level: 0 }).length > data.length);
  assert.ok(zlib.deflateSync(data, { level: 9 }).length < data.length / 2);
  // Small chunk sizes give the same result.
  for (const chunkSize of [64, 100, 1024]) {
    const packed = zlib.gzipSync(data, { chunkSize });
    same(zlib.gunzipSync(packed, { chunkSize }), data);
  }
  // Brotli parameters.
  const { BROTLI_PARAM_QUALITY, BROTLI_PARAM_LGWIN, BROTLI_PARAM_MODE, BROTLI_MODE_TEXT,
    BROTLI_PARAM_SIZE_HINT } = zlib.constants;
  for (const quality of [0, 1, 5, 11]) {
    const packed = zlib.brotliCompressSync(data, {
      params: { [BROTLI_PARAM_QUALITY]: quality, [BROTLI_PARAM_LGWIN]: 16,
        [BROTLI_PARAM_MODE]: BROTLI_MODE_TEXT, [BROTLI_PARAM_SIZE_HINT]: data.length },
    });
    same(zlib.brotliDecompressSync(packed), data);
  }
  assert.ok(zlib.brotliCompressSync(data, { params: { [BROTLI_PARAM_QUALITY]: 0 } }).length >
    zlib.brotliCompressSync(data, { params: { [BROTLI_PARAM_QUALITY]: 11 } }).length);
}
// Input types: strings (UTF-8), every view, ArrayBuffers.
{
  const text = 'héllo wörld ✓ '.repeat(20);
  const bytes = Buffer.from(text);
  assert.strictEqual(zlib.inflateSync(zlib.deflateSync(text)).toString(), text);
  const u16 = new Uint16Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + (bytes.length & ~1)));
  same(zlib.inflateSync(zlib.deflateSync(u16)), Buffer.from(u16.buffer));
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.length);
  same(zlib.gunzipSync(zlib.gzipSync(dv)), bytes);
  const ab = new Uint8Array(bytes).buffer;
  same(zlib.brotliDecompressSync(zlib.brotliCompressSync(ab)), bytes);
  same(zlib.inflateSync(new Uint8Array(zlib.deflateSync(bytes))), bytes);
  // A view into the middle of a larger buffer.
  const big = Buffer.concat([Buffer.from('xxxx'), zlib.deflateSync(bytes), Buffer.from('yyyy')]);
  same(zlib.inflateSync(big.subarray(4, big.length - 4)), bytes);
}

// ---- callback and promise forms ----
for (const [c, d] of pairs) {
  for (const data of [inputs[0], inputs[4], inputs[inputs.length - 1]]) {
    zlib[c](data, mustCall((err, packed) => {
      assert.ifError(err);
      zlib[d](packed, mustCall((err2, back) => {
        assert.ifError(err2);
        same(back, data);
      }));
    }));
  }
  const pc = util.promisify(zlib[c]);
  const pd = util.promisify(zlib[d]);
  pc('promised', {}).then((packed) => pd(packed)).then(mustCall((back) => {
    assert.strictEqual(back.toString(), 'promised');
  }));
}

// ---- streams, random chunking both ways ----
const rand = prng(99);
function streamThrough(stream, data, next) {
  const out = [];
  stream.on('data', (chunk) => out.push(chunk));
  stream.on('end', mustCall(() => next(Buffer.concat(out))));
  let at = 0;
  (function feed() {
    if (at >= data.length) {
      stream.end();
      return;
    }
    const n = 1 + (rand() % 40000);
    const ok = stream.write(data.subarray(at, at + n));
    at += n;
    if (ok) setImmediate(feed);
    else stream.once('drain', feed);
  })();
}
for (const [, , C, D] of pairs) {
  for (const data of [inputs[0], inputs[2], inputs[10], inputs[inputs.length - 1]]) {
    streamThrough(new C(), data, (packed) => {
      streamThrough(new D({ chunkSize: 1024 }), packed, mustCall((back) => {
        same(back, data);
      }));
    });
  }
}
