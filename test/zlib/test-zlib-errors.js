'use strict';
// Failures as Node reports them: corrupt, truncated and trailing input
// (message, code, errno), dictionaries, bad options (the table below was
// produced by running node v20), every truncation of compressed data, and
// random corruption fed to every decoder synchronously, by callback and as
// a stream in small chunks: an error or output, never a crash or a hang.
const assert = require('assert');
const z = require('zlib');
const { run } = require('../common/expect');
const { mustCall } = require('../common');

const good = z.gzipSync('hello hello hello');
const badCrc = Buffer.from(good); badCrc[badCrc.length - 6] ^= 1;
const badLen = Buffer.from(good); badLen[badLen.length - 2] ^= 1;
const dfl = z.deflateSync('hello hello hello');
const badAdler = Buffer.from(dfl); badAdler[badAdler.length - 1] ^= 1;

const expected = [
  ["z.gunzipSync(Buffer.from('hello'))", "!Error Z_DATA_ERROR incorrect header check"],
  ["z.inflateSync(Buffer.from('hello'))", "!Error Z_DATA_ERROR incorrect header check"],
  ["z.unzipSync(Buffer.from('hello'))", "!Error Z_DATA_ERROR incorrect header check"],
  ["z.inflateRawSync(Buffer.from([0xff, 0xff, 0xff]))", "!Error Z_DATA_ERROR invalid block type"],
  ["z.gunzipSync(badCrc)", "!Error Z_DATA_ERROR incorrect data check"],
  ["z.gunzipSync(badLen)", "!Error Z_DATA_ERROR incorrect length check"],
  ["z.inflateSync(badAdler)", "!Error Z_DATA_ERROR incorrect data check"],
  ["z.unzipSync(Buffer.from([0x1f, 0x00, 1, 2, 3]))", "!Error Z_DATA_ERROR unknown compression method"],
  ["z.unzipSync(z.deflateRawSync('abc'))", "!Error Z_DATA_ERROR incorrect header check"],
  ["z.inflateSync(z.deflateRawSync('abc'))", "!Error Z_DATA_ERROR incorrect header check"],
  ["z.gunzipSync(Buffer.concat([good, Buffer.from('garbage')]))", "!Error Z_DATA_ERROR incorrect header check"],
  ["z.gunzipSync(Buffer.concat([good, Buffer.from([0, 0, 0])]))", "<Buffer 68656c6c6f2068656c6c6f2068656c6c6f>"],
  ["z.inflateSync(Buffer.concat([dfl, Buffer.from('garbage')]))", "<Buffer 68656c6c6f2068656c6c6f2068656c6c6f>"],
  ["z.inflateSync(z.deflateSync('x', { dictionary: Buffer.from('abc') }))", "!Error Z_NEED_DICT Missing dictionary"],
  ["z.inflateSync(z.deflateSync('x', { dictionary: Buffer.from('abc') }), { dictionary: Buffer.from('abd') })", "!Error Z_NEED_DICT Bad dictionary"],
  ["z.inflateRawSync(z.deflateRawSync('abcabc', { dictionary: Buffer.from('abc') }))", "!Error Z_DATA_ERROR invalid distance too far back"],
  ["z.brotliDecompressSync(Buffer.from('hello world garbage'))", "!Error ERR__ERROR_FORMAT_CL_SPACE Decompression failed"],
  ["z.brotliDecompressSync(Buffer.from([0xff, 0xff, 0xff, 0xff]))", "!Error ERR__ERROR_FORMAT_PADDING_2 Decompression failed"],
  ["z.brotliDecompressSync(Buffer.concat([z.brotliCompressSync('abc'), Buffer.from('zzz')]))", "<Buffer 616263>"],
  ["z.gunzipSync(Buffer.alloc(0))", "!Error Z_BUF_ERROR unexpected end of file"],
  ["z.inflateSync(Buffer.alloc(0))", "!Error Z_BUF_ERROR unexpected end of file"],
  ["z.inflateRawSync(Buffer.alloc(0))", "!Error Z_BUF_ERROR unexpected end of file"],
  ["z.unzipSync(Buffer.from([0x1f]))", "!Error Z_BUF_ERROR unexpected end of file"],
  ["z.brotliDecompressSync(Buffer.alloc(0))", "!Error Z_BUF_ERROR unexpected end of file"],
  ["z.inflateSync(z.deflateSync('hello'), { finishFlush: z.constants.Z_SYNC_FLUSH })", "<Buffer 68656c6c6f>"],
  ["z.inflateSync(z.deflateSync('hello').subarray(0, 6), { finishFlush: z.constants.Z_SYNC_FLUSH })", "<Buffer 68656c>"],
  ["z.brotliDecompressSync(z.brotliCompressSync('hello').subarray(0, 4), { finishFlush: z.constants.BROTLI_OPERATION_FLUSH })", "<Buffer 68>"],
  ["z.deflateSync('x', { level: 10 })", "!RangeError ERR_OUT_OF_RANGE The value of \"options.level\" is out of range. It must be >= -1 and <= 9. Received 10"],
  ["z.deflateSync('x', { level: '1' })", "!TypeError ERR_INVALID_ARG_TYPE The \"options.level\" property must be of type number. Received type string ('1')"],
  ["z.deflateSync('x', { level: Infinity })", "!RangeError ERR_OUT_OF_RANGE The value of \"options.level\" is out of range. It must be a finite number. Received Infinity"],
  ["z.deflateSync('x', { level: NaN }).length > 0", "true"],
  ["z.deflateSync('x', { chunkSize: 10 })", "!RangeError ERR_OUT_OF_RANGE The value of \"options.chunkSize\" is out of range. It must be >= 64. Received 10"],
  ["z.deflateSync('x', { chunkSize: 'a' })", "!TypeError ERR_INVALID_ARG_TYPE The \"options.chunkSize\" property must be of type number. Received type string ('a')"],
  ["z.deflateSync('x', { windowBits: 7 })", "!RangeError ERR_OUT_OF_RANGE The value of \"options.windowBits\" is out of range. It must be >= 8 and <= 15. Received 7"],
  ["z.deflateSync('x', { windowBits: 0 })", "!RangeError ERR_OUT_OF_RANGE The value of \"options.windowBits\" is out of range. It must be >= 8 and <= 15. Received 0"],
  ["z.gzipSync('x', { windowBits: 8 })", "!RangeError ERR_OUT_OF_RANGE The value of \"options.windowBits\" is out of range. It must be >= 9 and <= 15. Received 8"],
  ["z.deflateSync('x', { memLevel: 0 })", "!RangeError ERR_OUT_OF_RANGE The value of \"options.memLevel\" is out of range. It must be >= 1 and <= 9. Received 0"],
  ["z.deflateSync('x', { strategy: 5 })", "!RangeError ERR_OUT_OF_RANGE The value of \"options.strategy\" is out of range. It must be >= 0 and <= 4. Received 5"],
  ["z.deflateSync('x', { flush: 6 })", "!RangeError ERR_OUT_OF_RANGE The value of \"options.flush\" is out of range. It must be >= 0 and <= 5. Received 6"],
  ["z.deflateSync('x', { finishFlush: -1 })", "!RangeError ERR_OUT_OF_RANGE The value of \"options.finishFlush\" is out of range. It must be >= 0 and <= 5. Received -1"],
  ["z.deflateSync('x', { dictionary: 'abc' })", "!TypeError ERR_INVALID_ARG_TYPE The \"options.dictionary\" property must be an instance of Buffer, TypedArray, DataView, or ArrayBuffer. Received type string ('abc')"],
  ["z.deflateSync('x', { maxOutputLength: 0 })", "!RangeError ERR_OUT_OF_RANGE The value of \"options.maxOutputLength\" is out of range. It must be >= 1 and <= 4294967296. Received 0"],
  ["z.deflateSync('x', { maxOutputLength: 2 ** 53 })", "!RangeError ERR_OUT_OF_RANGE The value of \"options.maxOutputLength\" is out of range. It must be >= 1 and <= 4294967296. Received 9_007_199_254_740_992"],
  ["z.inflateSync(z.deflateSync('x'.repeat(1000)), { maxOutputLength: 100 })", "!RangeError ERR_BUFFER_TOO_LARGE Cannot create a Buffer larger than 100 bytes"],
  ["z.deflateSync(123)", "!TypeError ERR_INVALID_ARG_TYPE The \"buffer\" argument must be of type string or an instance of Buffer, TypedArray, DataView, or ArrayBuffer. Received type number (123)"],
  ["z.deflateSync(null)", "!TypeError ERR_INVALID_ARG_TYPE The \"buffer\" argument must be of type string or an instance of Buffer, TypedArray, DataView, or ArrayBuffer. Received null"],
  ["z.deflateSync(123, { level: 99 })", "!RangeError ERR_OUT_OF_RANGE The value of \"options.level\" is out of range. It must be >= -1 and <= 9. Received 99"],
  ["z.deflate('x')", "!TypeError ERR_INVALID_ARG_TYPE The \"callback\" argument must be of type function. Received undefined"],
  ["z.deflate(123, () => {})", "!TypeError ERR_INVALID_ARG_TYPE The \"chunk\" argument must be of type string or an instance of Buffer, TypedArray, or DataView. Received type number (123)"],
  ["z.brotliCompressSync('x', { params: { 99: 1 } })", "!RangeError ERR_BROTLI_INVALID_PARAM 99 is not a valid Brotli parameter"],
  ["z.brotliCompressSync('x', { params: { abc: 1 } })", "!RangeError ERR_BROTLI_INVALID_PARAM abc is not a valid Brotli parameter"],
  ["z.brotliCompressSync('x', { params: { '1.5': 1 } })", "!RangeError ERR_BROTLI_INVALID_PARAM 1.5 is not a valid Brotli parameter"],
  ["z.brotliCompressSync('x', { params: { 9: 1 } })", "!RangeError ERR_BROTLI_INVALID_PARAM 9 is not a valid Brotli parameter"],
  ["z.brotliCompressSync('x', { params: { 1: 'x' } })", "!TypeError ERR_INVALID_ARG_TYPE The \"options.params[key]\" property must be of type number. Received type string ('x')"],
  ["z.brotliCompressSync('x', { flush: 4 })", "!RangeError ERR_OUT_OF_RANGE The value of \"options.flush\" is out of range. It must be >= 0 and <= 3. Received 4"],
  ["z.brotliDecompressSync(z.brotliCompressSync('x'), { params: { 5: 1 } })", "!Error ERR_ZLIB_INITIALIZATION_FAILED Initialization failed"],
  ["z.createDeflate().params(99, 0)", "!RangeError ERR_OUT_OF_RANGE The value of \"level\" is out of range. It must be >= -1 and <= 9. Received 99"],
  ["z.createDeflate().params(1, 9)", "!RangeError ERR_OUT_OF_RANGE The value of \"strategy\" is out of range. It must be >= 0 and <= 4. Received 9"],
  ["z.createDeflate().params('1', 0)", "!TypeError ERR_INVALID_ARG_TYPE The \"level\" argument must be of type number. Received type string ('1')"],
  ["z.createDeflate().flush(99)", "!TypeError ERR_INVALID_ARG_TYPE The \"chunk\" argument must be of type string or an instance of Buffer, TypedArray, or DataView. Received undefined"],
  ["z.crc32(1)", "!TypeError ERR_INVALID_ARG_TYPE The \"data\" argument must be of type string or an instance of Buffer, TypedArray, or DataView. Received type number (1)"],
  ["z.crc32('a', -1)", "!RangeError ERR_OUT_OF_RANGE The value of \"value\" is out of range. It must be >= 0 && <= 4294967295. Received -1"],
  ["z.crc32('a', 2 ** 32)", "!RangeError ERR_OUT_OF_RANGE The value of \"value\" is out of range. It must be >= 0 && <= 4294967295. Received 4294967296"],
  ["z.crc32('a', 1.5)", "!RangeError ERR_OUT_OF_RANGE The value of \"value\" is out of range. It must be an integer. Received 1.5"],
  ["z.crc32('a', '1')", "!TypeError ERR_INVALID_ARG_TYPE The \"value\" argument must be of type number. Received type string ('1')"],
];
for (const [code, want] of expected) {
  assert.strictEqual(run(() => eval(code)), want, code);
}

// errno and the error's own properties.
{
  let err;
  try { z.gunzipSync(Buffer.from('not gzip')); } catch (e) { err = e; }
  assert.ok(err instanceof Error);
  assert.strictEqual(err.errno, z.constants.Z_DATA_ERROR);
  assert.strictEqual(err.code, 'Z_DATA_ERROR');
  assert.deepStrictEqual(Object.keys(err), ['errno', 'code']);
  try { z.inflateSync(Buffer.alloc(0)); } catch (e) { err = e; }
  assert.strictEqual(err.errno, z.constants.Z_BUF_ERROR);
  try { z.brotliDecompressSync(Buffer.from('hello world garbage')); } catch (e) { err = e; }
  assert.strictEqual(err.errno, z.constants.BROTLI_DECODER_ERROR_FORMAT_CL_SPACE);
}

// The callback forms and streams report the same errors.
z.gunzip(Buffer.from('not gzip'), mustCall((err, out) => {
  assert.strictEqual(err.code, 'Z_DATA_ERROR');
  assert.strictEqual(err.message, 'incorrect header check');
  assert.strictEqual(out, undefined);
}));
z.inflate(dfl.subarray(0, 5), mustCall((err) => {
  assert.strictEqual(err.code, 'Z_BUF_ERROR');
  assert.strictEqual(err.message, 'unexpected end of file');
}));
z.brotliDecompress(Buffer.from([0xff, 0xff, 0xff, 0xff]), mustCall((err) => {
  assert.strictEqual(err.code, 'ERR__ERROR_FORMAT_PADDING_2');
  assert.strictEqual(err.errno, -15);
}));
z.inflate(z.deflateSync('x'.repeat(1000)), { maxOutputLength: 100 }, mustCall((err) => {
  assert.strictEqual(err.code, 'ERR_BUFFER_TOO_LARGE');
  assert.strictEqual(err.message, 'Cannot create a Buffer larger than 100 bytes');
}));
{
  const s = z.createGunzip();
  s.on('error', mustCall((err) => {
    assert.strictEqual(err.code, 'Z_DATA_ERROR');
    assert.strictEqual(s.destroyed, true);
    assert.strictEqual(s._handle, null);
  }));
  s.on('close', mustCall());
  s.end(Buffer.from('definitely not gzip'));
}
{
  // A sync failure on a stream destroys it without an unhandled 'error'.
  const s = z.createInflate();
  assert.throws(() => s._processChunk(Buffer.from('bad'), z.constants.Z_FINISH), { code: 'Z_DATA_ERROR' });
  assert.strictEqual(s.destroyed, true);
  assert.strictEqual(s._handle, null);
}

// Every truncation: "unexpected end of file", for every format.
{
  const text = 'The quick brown fox jumps over the lazy dog. '.repeat(50) +
    Buffer.from(Array.from({ length: 500 }, (_, i) => (i * 37) & 255)).toString('hex');
  for (const [c, d] of [['deflateSync', 'inflateSync'], ['gzipSync', 'gunzipSync'],
    ['deflateRawSync', 'inflateRawSync'], ['brotliCompressSync', 'brotliDecompressSync'],
    ['gzipSync', 'unzipSync']]) {
    const blob = z[c](text);
    for (let n = 0; n < blob.length; n++) {
      assert.throws(() => z[d](blob.subarray(0, n)),
        { code: 'Z_BUF_ERROR', message: 'unexpected end of file', errno: -5 }, `${d} of ${n} bytes`);
    }
    assert.strictEqual(z[d](blob).toString(), text);
  }
}

// Random corruption: flipped, replaced and inserted bytes.
function prng(seed) {
  let x = seed;
  return () => {
    x ^= x << 13; x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5; x >>>= 0;
    return x;
  };
}
const rand = prng(2024);
const known = /^(Z_DATA_ERROR|Z_BUF_ERROR|Z_NEED_DICT|ERR__ERROR_\w+|ERR_BUFFER_TOO_LARGE)$/;
const formats = [['deflate', 'inflate'], ['gzip', 'gunzip'], ['deflateRaw', 'inflateRaw'],
  ['gzip', 'unzip'], ['brotliCompress', 'brotliDecompress']];
const plain = Buffer.from('Lorem ipsum dolor sit amet, '.repeat(400) + 'x'.repeat(3000));
const corrupt = [];
for (const [c, d] of formats) {
  const blob = z[`${c}Sync`](plain);
  for (let i = 0; i < 60; i++) {
    const bad = Buffer.from(blob);
    const edits = 1 + (rand() % 4);
    for (let e = 0; e < edits; e++) {
      const at = rand() % bad.length;
      if (rand() & 1) bad[at] ^= 1 << (rand() % 8);
      else bad[at] = rand() & 255;
    }
    corrupt.push([d, i % 3 === 0 ? Buffer.concat([bad, Buffer.from([rand() & 255])]) : bad]);
  }
}
for (const [d, bad] of corrupt) {
  try {
    const out = z[`${d}Sync`](bad, { maxOutputLength: 1 << 20 });
    assert.ok(Buffer.isBuffer(out));
  } catch (err) {
    assert.match(String(err.code), known, `${d}: ${err.stack}`);
  }
}
let pending = corrupt.length;
const allDone = mustCall();
for (const [d, bad] of corrupt) {
  z[d](bad, { maxOutputLength: 1 << 20 }, (err, out) => {
    if (err) assert.match(String(err.code), known, err.stack);
    else assert.ok(Buffer.isBuffer(out));
    if (--pending === 0) allDone();
  });
}
// As streams, in chunks of 1 to 64 bytes.
let streamsLeft = 0;
const streamsDone = mustCall();
for (const [d, bad] of corrupt.filter((_, i) => i % 4 === 0)) {
  streamsLeft++;
  const name = `create${d[0].toUpperCase()}${d.slice(1)}`;
  const s = z[name]({ chunkSize: 64 });
  let settled = false;
  const settle = () => {
    if (settled) return;
    settled = true;
    if (--streamsLeft === 0) streamsDone();
  };
  s.on('error', (err) => {
    assert.match(String(err.code), known, err.stack);
    settle();
  });
  s.on('data', () => {});
  s.on('end', settle);
  s.on('close', settle);
  for (let at = 0; at < bad.length;) {
    const n = 1 + (rand() % 64);
    s.write(bad.subarray(at, at + n));
    at += n;
  }
  s.end();
}
