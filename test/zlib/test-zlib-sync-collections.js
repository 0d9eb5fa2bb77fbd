'use strict';
// The one-shot sync calls (gzipSync, brotliCompressSync & co.) close their stream before
// returning, so zlib's buffers are not reported to the collector: reported
// memory only goes away in a full collection, and reporting ~300 KB per call
// made every dozen gzipSync calls of a small input cost one. Counted with
// JSC's own GC log in a child (lode only); a stream used asynchronously still
// reports its buffers (its round trip works the same).
const assert = require('assert');
const zlib = require('zlib');
const { spawnSync } = require('child_process');
const { isLode, mustCall } = require('../common');

if (process.argv[2] === 'child') {
  const input = Buffer.from('hello world '.repeat(20));
  for (let i = 0; i < 3000; i++) {
    const packed = zlib.gzipSync(input);
    if (i % 100 === 0) assert.deepStrictEqual(zlib.gunzipSync(packed), input);
    zlib.deflateRawSync(input);
    if (i % 3 === 0) {
      const br = zlib.brotliCompressSync(input, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 1 } });
      if (i % 300 === 0) assert.deepStrictEqual(zlib.brotliDecompressSync(br), input);
    }
  }
  return;
}

const input = Buffer.from('abc'.repeat(1000));
assert.deepStrictEqual(zlib.inflateSync(zlib.deflateSync(input, { memLevel: 9, windowBits: 9 })), input);
zlib.gzip(input, mustCall((err, packed) => {
  assert.ifError(err);
  zlib.gunzip(packed, mustCall((err2, out) => {
    assert.ifError(err2);
    assert.deepStrictEqual(out, input);
  }));
}));

if (isLode) {
  const r = spawnSync(process.execPath, [__filename, 'child'], {
    env: { ...process.env, JSC_logGC: '1' }, encoding: 'utf8', maxBuffer: 64 << 20,
  });
  assert.strictEqual(r.status, 0, r.stderr.slice(-2000));
  const full = (r.stderr.match(/FullCollection/g) || []).length;
  // Before: 185 full collections here; now about 10.
  assert.ok(full < 60, `${full} full collections for 7000 sync calls`);
}
