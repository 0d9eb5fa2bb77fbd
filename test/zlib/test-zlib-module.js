'use strict';
// The module's shape as in Node v20: exports and their order, the hidden
// Z_* constants, zlib.constants (every Z_*/BROTLI_* name and value, read
// from node), zlib.codes, the classes' prototype chain and the stream
// fields, create* factories, crc32 (known answers from node), and
// CompressionStream/DecompressionStream, which are built on node:zlib.
const assert = require('assert');
const zlib = require('zlib');
const { Transform } = require('stream');
const { mustCall } = require('../common');

assert.strictEqual(require('node:zlib'), zlib);
assert.deepStrictEqual(Object.keys(zlib), [
  'crc32', 'Deflate', 'Inflate', 'Gzip', 'Gunzip', 'DeflateRaw', 'InflateRaw', 'Unzip',
  'BrotliCompress', 'BrotliDecompress', 'deflate', 'deflateSync', 'gzip', 'gzipSync',
  'deflateRaw', 'deflateRawSync', 'unzip', 'unzipSync', 'inflate', 'inflateSync', 'gunzip',
  'gunzipSync', 'inflateRaw', 'inflateRawSync', 'brotliCompress', 'brotliCompressSync',
  'brotliDecompress', 'brotliDecompressSync', 'createDeflate', 'createInflate',
  'createDeflateRaw', 'createInflateRaw', 'createGzip', 'createGunzip', 'createUnzip',
  'createBrotliCompress', 'createBrotliDecompress', 'constants', 'codes',
]);

// ---- constants ----
const expectedConstants = [["Z_NO_FLUSH",0],["Z_PARTIAL_FLUSH",1],["Z_SYNC_FLUSH",2],["Z_FULL_FLUSH",3],["Z_FINISH",4],["Z_BLOCK",5],["Z_OK",0],["Z_STREAM_END",1],["Z_NEED_DICT",2],["Z_ERRNO",-1],["Z_STREAM_ERROR",-2],["Z_DATA_ERROR",-3],["Z_MEM_ERROR",-4],["Z_BUF_ERROR",-5],["Z_VERSION_ERROR",-6],["Z_NO_COMPRESSION",0],["Z_BEST_SPEED",1],["Z_BEST_COMPRESSION",9],["Z_DEFAULT_COMPRESSION",-1],["Z_FILTERED",1],["Z_HUFFMAN_ONLY",2],["Z_RLE",3],["Z_FIXED",4],["Z_DEFAULT_STRATEGY",0],["ZLIB_VERNUM","vernum"],["DEFLATE",1],["INFLATE",2],["GZIP",3],["GUNZIP",4],["DEFLATERAW",5],["INFLATERAW",6],["UNZIP",7],["BROTLI_DECODE",8],["BROTLI_ENCODE",9],["Z_MIN_WINDOWBITS",8],["Z_MAX_WINDOWBITS",15],["Z_DEFAULT_WINDOWBITS",15],["Z_MIN_CHUNK",64],["Z_MAX_CHUNK","Infinity"],["Z_DEFAULT_CHUNK",16384],["Z_MIN_MEMLEVEL",1],["Z_MAX_MEMLEVEL",9],["Z_DEFAULT_MEMLEVEL",8],["Z_MIN_LEVEL",-1],["Z_MAX_LEVEL",9],["Z_DEFAULT_LEVEL",-1],["BROTLI_OPERATION_PROCESS",0],["BROTLI_OPERATION_FLUSH",1],["BROTLI_OPERATION_FINISH",2],["BROTLI_OPERATION_EMIT_METADATA",3],["BROTLI_PARAM_MODE",0],["BROTLI_MODE_GENERIC",0],["BROTLI_MODE_TEXT",1],["BROTLI_MODE_FONT",2],["BROTLI_DEFAULT_MODE",0],["BROTLI_PARAM_QUALITY",1],["BROTLI_MIN_QUALITY",0],["BROTLI_MAX_QUALITY",11],["BROTLI_DEFAULT_QUALITY",11],["BROTLI_PARAM_LGWIN",2],["BROTLI_MIN_WINDOW_BITS",10],["BROTLI_MAX_WINDOW_BITS",24],["BROTLI_LARGE_MAX_WINDOW_BITS",30],["BROTLI_DEFAULT_WINDOW",22],["BROTLI_PARAM_LGBLOCK",3],["BROTLI_MIN_INPUT_BLOCK_BITS",16],["BROTLI_MAX_INPUT_BLOCK_BITS",24],["BROTLI_PARAM_DISABLE_LITERAL_CONTEXT_MODELING",4],["BROTLI_PARAM_SIZE_HINT",5],["BROTLI_PARAM_LARGE_WINDOW",6],["BROTLI_PARAM_NPOSTFIX",7],["BROTLI_PARAM_NDIRECT",8],["BROTLI_DECODER_RESULT_ERROR",0],["BROTLI_DECODER_RESULT_SUCCESS",1],["BROTLI_DECODER_RESULT_NEEDS_MORE_INPUT",2],["BROTLI_DECODER_RESULT_NEEDS_MORE_OUTPUT",3],["BROTLI_DECODER_PARAM_DISABLE_RING_BUFFER_REALLOCATION",0],["BROTLI_DECODER_PARAM_LARGE_WINDOW",1],["BROTLI_DECODER_NO_ERROR",0],["BROTLI_DECODER_SUCCESS",1],["BROTLI_DECODER_NEEDS_MORE_INPUT",2],["BROTLI_DECODER_NEEDS_MORE_OUTPUT",3],["BROTLI_DECODER_ERROR_FORMAT_EXUBERANT_NIBBLE",-1],["BROTLI_DECODER_ERROR_FORMAT_RESERVED",-2],["BROTLI_DECODER_ERROR_FORMAT_EXUBERANT_META_NIBBLE",-3],["BROTLI_DECODER_ERROR_FORMAT_SIMPLE_HUFFMAN_ALPHABET",-4],["BROTLI_DECODER_ERROR_FORMAT_SIMPLE_HUFFMAN_SAME",-5],["BROTLI_DECODER_ERROR_FORMAT_CL_SPACE",-6],["BROTLI_DECODER_ERROR_FORMAT_HUFFMAN_SPACE",-7],["BROTLI_DECODER_ERROR_FORMAT_CONTEXT_MAP_REPEAT",-8],["BROTLI_DECODER_ERROR_FORMAT_BLOCK_LENGTH_1",-9],["BROTLI_DECODER_ERROR_FORMAT_BLOCK_LENGTH_2",-10],["BROTLI_DECODER_ERROR_FORMAT_TRANSFORM",-11],["BROTLI_DECODER_ERROR_FORMAT_DICTIONARY",-12],["BROTLI_DECODER_ERROR_FORMAT_WINDOW_BITS",-13],["BROTLI_DECODER_ERROR_FORMAT_PADDING_1",-14],["BROTLI_DECODER_ERROR_FORMAT_PADDING_2",-15],["BROTLI_DECODER_ERROR_FORMAT_DISTANCE",-16],["BROTLI_DECODER_ERROR_DICTIONARY_NOT_SET",-19],["BROTLI_DECODER_ERROR_INVALID_ARGUMENTS",-20],["BROTLI_DECODER_ERROR_ALLOC_CONTEXT_MODES",-21],["BROTLI_DECODER_ERROR_ALLOC_TREE_GROUPS",-22],["BROTLI_DECODER_ERROR_ALLOC_CONTEXT_MAP",-25],["BROTLI_DECODER_ERROR_ALLOC_RING_BUFFER_1",-26],["BROTLI_DECODER_ERROR_ALLOC_RING_BUFFER_2",-27],["BROTLI_DECODER_ERROR_ALLOC_BLOCK_TYPE_TREES",-30],["BROTLI_DECODER_ERROR_UNREACHABLE",-31]];
assert.deepStrictEqual(Object.keys(zlib.constants), expectedConstants.map(([k]) => k));
for (const [k, v] of expectedConstants) {
  if (v === 'vernum') assert.strictEqual(typeof zlib.constants[k], 'number');
  else assert.strictEqual(zlib.constants[k], v === 'Infinity' ? Infinity : v, k);
}
assert.strictEqual(Object.getPrototypeOf(zlib.constants), null);
assert.deepStrictEqual(Object.getOwnPropertyDescriptor(zlib.constants, 'Z_OK'),
  { value: 0, writable: false, enumerable: true, configurable: false });
assert.deepStrictEqual(Object.getOwnPropertyDescriptor(zlib, 'constants'),
  { value: zlib.constants, writable: false, enumerable: true, configurable: false });
// The zlib (not brotli) constants also sit on the module, hidden.
const hidden = Object.getOwnPropertyNames(zlib).filter((k) => !Object.keys(zlib).includes(k));
assert.deepStrictEqual(hidden, expectedConstants.map(([k]) => k).filter((k) => !k.startsWith('BROTLI')));
assert.deepStrictEqual(Object.getOwnPropertyDescriptor(zlib, 'Z_SYNC_FLUSH'),
  { value: 2, writable: false, enumerable: false, configurable: false });

// ---- codes ----
assert.ok(Object.isFrozen(zlib.codes));
assert.deepStrictEqual({ ...zlib.codes }, {
  Z_OK: 0, Z_STREAM_END: 1, Z_NEED_DICT: 2, Z_ERRNO: -1, Z_STREAM_ERROR: -2, Z_DATA_ERROR: -3,
  Z_MEM_ERROR: -4, Z_BUF_ERROR: -5, Z_VERSION_ERROR: -6,
  0: 'Z_OK', 1: 'Z_STREAM_END', 2: 'Z_NEED_DICT', '-1': 'Z_ERRNO', '-2': 'Z_STREAM_ERROR',
  '-3': 'Z_DATA_ERROR', '-4': 'Z_MEM_ERROR', '-5': 'Z_BUF_ERROR', '-6': 'Z_VERSION_ERROR',
});

// ---- classes ----
const names = ['Deflate', 'Inflate', 'Gzip', 'Gunzip', 'DeflateRaw', 'InflateRaw', 'Unzip',
  'BrotliCompress', 'BrotliDecompress'];
for (const name of names) {
  const Cls = zlib[name];
  assert.strictEqual(Cls.name, name);
  assert.strictEqual(Cls.length, 1);
  const viaNew = new Cls();
  const viaCall = Cls(); // callable without new
  const viaCreate = zlib[`create${name}`]();
  for (const s of [viaNew, viaCall, viaCreate]) {
    assert.ok(s instanceof Cls);
    assert.ok(s instanceof Transform);
    assert.strictEqual(s.bytesWritten, 0);
    assert.strictEqual(s._closed, false);
    assert.strictEqual(typeof s.params, 'function');
    assert.strictEqual(s._chunkSize, 16384);
    assert.strictEqual(s._maxOutputLength, 2 ** 32);
    s.close();
    assert.strictEqual(s._closed, true);
  }
  // Zlib → ZlibBase → Transform (brotli: Brotli → Zlib → ZlibBase).
  const chain = [];
  for (let p = Object.getPrototypeOf(Cls.prototype); p !== Transform.prototype; p = Object.getPrototypeOf(p)) {
    chain.push(Object.getOwnPropertyNames(p).sort().join(','));
  }
  const zlibBase = '_closed,_destroy,_final,_flush,_processChunk,_transform,bytesRead,close,constructor,flush,reset';
  if (name.startsWith('Brotli')) assert.deepStrictEqual(chain, ['constructor', 'constructor,params', zlibBase]);
  else assert.deepStrictEqual(chain, ['constructor,params', zlibBase]);
}
{
  const d = zlib.createDeflate({ level: 3, strategy: 1, chunkSize: 1000 });
  assert.strictEqual(d._level, 3);
  assert.strictEqual(d._strategy, 1);
  assert.strictEqual(d._chunkSize, 1000);
  assert.strictEqual(d._defaultFlushFlag, zlib.constants.Z_NO_FLUSH);
  assert.strictEqual(d._finishFlushFlag, zlib.constants.Z_FINISH);
  assert.strictEqual(d._defaultFullFlushFlag, zlib.constants.Z_FULL_FLUSH);
  const b = zlib.createBrotliCompress({ flush: 1 });
  assert.strictEqual(b._defaultFlushFlag, zlib.constants.BROTLI_OPERATION_FLUSH);
  assert.strictEqual(b._finishFlushFlag, zlib.constants.BROTLI_OPERATION_FINISH);
  assert.strictEqual(b._defaultFullFlushFlag, zlib.constants.BROTLI_OPERATION_FLUSH);
  // Readable side always gives Buffers.
  const g = zlib.createGzip({ encoding: 'hex', objectMode: true, highWaterMark: 5 });
  assert.strictEqual(g.readableHighWaterMark, 5);
  g.on('data', mustCall((chunk) => assert.ok(Buffer.isBuffer(chunk)), 2));
  g.end('abc');
}
assert.strictEqual(zlib.deflate.length, 3);
assert.strictEqual(zlib.deflateSync.length, 2);
assert.strictEqual(zlib.createDeflate.length, 1);

// ---- crc32 ----
assert.deepStrictEqual([
  zlib.crc32(''), zlib.crc32('hello'), zlib.crc32('hello', 123), zlib.crc32(Buffer.alloc(1000, 7)),
  zlib.crc32('héllo ✓'), zlib.crc32(new Uint16Array([1, 2, 3])), zlib.crc32(new Float64Array([1.5])),
  zlib.crc32(new DataView(new ArrayBuffer(5))), zlib.crc32(Buffer.from('world'), zlib.crc32('hello ')),
], [0, 907060870, 3088217944, 1167601884, 2199276268, 4223330638, 253860321, 3324180253, 222957957]);
assert.strictEqual(zlib.crc32(Buffer.from('xhellox').subarray(1, 6)), 907060870);

// ---- web compression streams ----
(async () => {
  for (const format of ['gzip', 'deflate', 'deflate-raw']) {
    const text = `compress me ${format} `.repeat(100);
    const parts = [];
    for await (const chunk of new Blob([text]).stream().pipeThrough(new CompressionStream(format))) parts.push(chunk);
    const bytes = Buffer.concat(parts);
    const unpack = { gzip: zlib.gunzipSync, deflate: zlib.inflateSync, 'deflate-raw': zlib.inflateRawSync }[format];
    assert.strictEqual(unpack(bytes).toString(), text);
  }
})().then(mustCall());
