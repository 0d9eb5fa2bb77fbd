'use strict';
// zlib with http: a server answers with Content-Encoding gzip, deflate or
// br, compressing on the fly (a zlib stream piped into the response, with
// flushes between writes) or sending a buffer compressed beforehand; the
// client pipes the response through the matching decompressor.
const assert = require('assert');
const http = require('http');
const zlib = require('zlib');
const { pipeline, Writable } = require('stream');
const { mustCall } = require('../common');

const lines = [];
for (let i = 0; i < 2000; i++) lines.push(`line ${i}: ${'abcdefghij'.repeat(i % 7)}\n`);
const body = lines.join('');

const encoders = { gzip: zlib.createGzip, deflate: zlib.createDeflate, br: zlib.createBrotliCompress };
const decoders = { gzip: zlib.createGunzip, deflate: zlib.createInflate, br: zlib.createBrotliDecompress };
const oneShot = { gzip: zlib.gzipSync, deflate: zlib.deflateSync, br: zlib.brotliCompressSync };

const server = http.createServer((req, res) => {
  const [, mode, encoding] = req.url.split('/');
  if (mode === 'buffer') {
    const packed = oneShot[encoding](body);
    res.writeHead(200, { 'Content-Encoding': encoding, 'Content-Length': packed.length });
    res.end(packed);
    return;
  }
  res.writeHead(200, { 'Content-Encoding': encoding, 'Content-Type': 'text/plain' });
  const enc = encoders[encoding]();
  enc.pipe(res);
  let i = 0;
  (function more() {
    if (i >= lines.length) {
      enc.end();
      return;
    }
    enc.write(lines.slice(i, i + 250).join(''));
    i += 250;
    enc.flush(() => setImmediate(more));
  })();
});

server.listen(0, '127.0.0.1', mustCall(() => {
  const { port } = server.address();
  const cases = [];
  for (const mode of ['stream', 'buffer']) for (const enc of Object.keys(decoders)) cases.push([mode, enc]);
  let left = cases.length;
  for (const [mode, encoding] of cases) {
    http.get({ port, host: '127.0.0.1', path: `/${mode}/${encoding}` }, mustCall((res) => {
      assert.strictEqual(res.statusCode, 200);
      assert.strictEqual(res.headers['content-encoding'], encoding);
      const parts = [];
      pipeline(res, decoders[encoding](), new Writable({
        write(chunk, e, cb) { parts.push(chunk); cb(); },
      }), mustCall((err) => {
        assert.ifError(err);
        assert.strictEqual(Buffer.concat(parts).toString(), body, `${mode} ${encoding}`);
        if (--left === 0) server.close();
      }));
    }));
  }
}));
