'use strict';
// Known answers: compressed blobs made once with node v20 (its own zlib and
// brotli) decompress to the text they were made from, in one piece and in
// a stream fed byte by byte. Then cross-decompression with the system node
// when there is one (under lode): node decompresses what this runtime
// compressed, and this runtime decompresses what node compresses now.
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const { spawnSync } = require('child_process');
const { mustCall } = require('../common');

const text = 'The quick brown fox jumps over the lazy dog. '.repeat(3) + 'lode!';
const dict = Buffer.from('quick brown fox lazy dog');
const vectors = {
  deflate: ['inflate', '789c0bc94855282ccd4cce56482aca2fcf5348cbaf50c82acd2d2856c82f4b2d5228c94855c849acaa5448c94fd75308a199e29cfc94544500f188323b'],
  deflate9: ['inflate', '78da0bc94855282ccd4cce56482aca2fcf5348cbaf50c82acd2d2856c82f4b2d5228c94855c849acaa5448c94fd75308a199e29cfc94544500f188323b'],
  huffman: ['inflate', '780105c1810145201486d155beb740d35880ba44f11321d3bf73ba681c75f689a1e8d918f5b2d4753fd16d852b1ab9ff1a4193a38bc651679f188a9e8d512f4b5df713dd56b8a291fbaf113439ba681c75f689a1e8d918f5b2d4753fd16d852b1ab9ff1a4193232bd8ef0ff188323b'],
  gzip: ['gunzip', '1f8b08000000000000030bc94855282ccd4cce56482aca2fcf5348cbaf50c82acd2d2856c82f4b2d5228c94855c849acaa5448c94fd75308a199e29cfc94544500346c43fc8c000000'],
  raw: ['inflateRaw', '0bc94855282ccd4cce56482aca2fcf5348cbaf50c82acd2d2856c82f4b2d5228c94855c849acaa5448c94fd75308a199e29cfc94544500'],
  dict: ['inflate', '78bb72a5090d0bc94855284493cb2acd2d2856c82f4b2d5228c948852bd553a09de29cfc94544500f188323b', { dictionary: dict }],
  br: ['brotliDecompress', '1b8b00888cd4467773288d50e9f91646053238245d20295dc892030e3960fd9640fe90a4caacf204c2ad725c4e6458860ee0ccfe0f934a06990b'],
  br4: ['brotliDecompress', '1b8b0000c4de1b9fea09454b42611e669f33f66f5354810a4079a12b260972f02ddce06908bcc8abf6096e190f8c438bfd0f9e510358e84501'],
};
const empties = { gunzip: '1f8b080000000000000303000000000000000000', inflate: '789c030000000001', brotliDecompress: '3b' };

for (const [name, [fn, hex, opts]] of Object.entries(vectors)) {
  const blob = Buffer.from(hex, 'hex');
  assert.strictEqual(zlib[`${fn}Sync`](blob, opts).toString(), text, name);
  // Unzip takes both zlib and gzip streams.
  if (fn === 'inflate' || fn === 'gunzip') assert.strictEqual(zlib.unzipSync(blob, opts).toString(), text, name);
  zlib[fn](blob, opts || {}, mustCall((err, out) => {
    assert.ifError(err);
    assert.strictEqual(out.toString(), text, name);
  }));
  // One byte per write.
  const create = `create${fn[0].toUpperCase()}${fn.slice(1)}`;
  const stream = zlib[create](opts);
  const parts = [];
  stream.on('data', (c) => parts.push(c));
  stream.on('end', mustCall(() => assert.strictEqual(Buffer.concat(parts).toString(), text, name)));
  for (const b of blob) stream.write(Buffer.from([b]));
  stream.end();
}
for (const [fn, hex] of Object.entries(empties)) {
  assert.strictEqual(zlib[`${fn}Sync`](Buffer.from(hex, 'hex')).length, 0);
}
// The checksums inside the vectors are what crc32/adler32 give.
assert.strictEqual(Buffer.from(vectors.gzip[1], 'hex').readUInt32LE(vectors.gzip[1].length / 2 - 8), zlib.crc32(text));

// ---- cross-decompression with the system node ----
function findNode() {
  if (!process.versions.lode) return process.execPath;
  for (const dir of (process.env.PATH || '').split(path.delimiter)) {
    const p = path.join(dir || '.', 'node');
    try {
      fs.accessSync(p, fs.constants.X_OK);
      return p;
    } catch {}
  }
  return null;
}
const node = findNode();
if (node !== null) {
  const samples = [
    '', 'x', text, 'abc'.repeat(10000),
    Array.from({ length: 3000 }, (_, i) => (i * 7919 % 1000).toString(36)).join(','),
  ];
  const kinds = [
    ['deflateSync', 'inflateSync', {}], ['deflateSync', 'inflateSync', { level: 1 }],
    ['gzipSync', 'gunzipSync', { level: 9 }], ['deflateRawSync', 'inflateRawSync', { strategy: 2 }],
    ['deflateSync', 'inflateSync', { dictionary: 'dict' }],
    ['brotliCompressSync', 'brotliDecompressSync', {}],
    ['brotliCompressSync', 'brotliDecompressSync', { params: { 1: 3 } }],
  ];
  const withDict = (o) => (o.dictionary ? { ...o, dictionary: Buffer.from(o.dictionary) } : o);
  // Ours, for node to decompress.
  const ours = [];
  for (const [c, d, o] of kinds) {
    for (const s of samples) ours.push([d, o, zlib[c](s, withDict(o)).toString('hex')]);
  }
  const script = `
    const zlib = require('zlib');
    const withDict = (o) => (o.dictionary ? { ...o, dictionary: Buffer.from(o.dictionary) } : o);
    const { ours, kinds, samples } = JSON.parse(require('fs').readFileSync(0, 'utf8'));
    const back = ours.map(([d, o, hex]) => zlib[d](Buffer.from(hex, 'hex'), withDict(o)).toString());
    const theirs = [];
    for (const [c, d, o] of kinds) for (const s of samples) theirs.push([d, o, zlib[c](s, withDict(o)).toString('hex')]);
    process.stdout.write(JSON.stringify({ back, theirs }));`;
  const r = spawnSync(node, ['-e', script], {
    input: JSON.stringify({ ours, kinds, samples }), encoding: 'utf8', maxBuffer: 64 << 20,
  });
  assert.strictEqual(r.status, 0, r.stderr);
  const { back, theirs } = JSON.parse(r.stdout);
  let i = 0;
  for (const [, , o] of kinds) {
    for (const s of samples) {
      assert.strictEqual(back[i], s, `node decompressing ours: ${JSON.stringify(o)}`);
      const [d, , hex] = theirs[i];
      assert.strictEqual(zlib[d](Buffer.from(hex, 'hex'), withDict(o)).toString(), s, `ours decompressing node's: ${d}`);
      i++;
    }
  }
}
