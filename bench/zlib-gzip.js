'use strict';
// A generated 100 MB text (a 1 MB block of pseudo-random words, repeated)
// through zlib.createGzip() and zlib.createGunzip() in one stream.pipeline,
// 64 KB chunks in, bytes counted at the end. Prints the elapsed ms.
// bench/zlib-brotli.js runs the same with brotli (exports run()).
const zlib = require('zlib');
const { Readable, Writable, pipeline } = require('stream');
const CHUNK = 64 * 1024;

function textBlock(size) {
  const words = ['lorem', 'ipsum', 'dolor', 'sit', 'amet', 'node', 'lode', 'stream', 'zlib',
    'deflate', 'buffer', 'event', 'loop', 'callback', 'promise', 'the', 'a', 'of', 'and', 'to'];
  let seed = 12345;
  let s = '';
  while (s.length < size) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    s += words[seed % words.length] + ((seed >> 8) % 11 === 0 ? '.\n' : ' ');
  }
  return Buffer.from(s.slice(0, size));
}

function run(MB, compress, decompress) {
  const block = textBlock(1 << 20);
  const total = MB << 20;
  let offset = 0;
  const source = new Readable({
    read() {
      if (offset >= total) {
        this.push(null);
        return;
      }
      const at = offset % block.length;
      this.push(block.subarray(at, at + CHUNK));
      offset += CHUNK;
    },
  });
  let bytes = 0;
  const sink = new Writable({ write(chunk, encoding, cb) { bytes += chunk.length; cb(); } });
  const t0 = process.hrtime.bigint();
  pipeline(source, compress, decompress, sink, (err) => {
    if (err) throw err;
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    if (bytes !== total) throw new Error(`got ${bytes} bytes`);
    console.log(ms);
  });
}

if (require.main === module) run(Number(process.argv[2]) || 100, zlib.createGzip(), zlib.createGunzip());
module.exports = { run };
