'use strict';
// _processChunk(chunk, flush) without a callback, as packages drive it
// (minizlib, under npm's tar): it compresses synchronously and then closes
// the native handle through the handle's own close(), so that a caller who
// swaps that close() for a no-op and puts _handle back can go on using the
// stream.
const assert = require('assert');
const zlib = require('zlib');

const input = Buffer.from('hello zlib '.repeat(5000));

// As is: the handle is closed after one call.
const once = new zlib.Gzip();
assert.strictEqual(typeof once._handle.close, 'function');
const whole = once._processChunk(input, zlib.constants.Z_FINISH);
assert.strictEqual(once._handle, null);
assert.deepStrictEqual(zlib.gunzipSync(whole), input);

// minizlib's way: chunk by chunk on one handle kept open.
function processKeepingHandle(stream, chunk, flush) {
  const handle = stream._handle;
  const close = handle.close;
  handle.close = () => {};
  try {
    return stream._processChunk(chunk, flush);
  } finally {
    stream._handle = handle;
    handle.close = close;
  }
}
const gz = new zlib.Gzip();
const parts = [];
for (let i = 0; i < input.length; i += 4096) {
  parts.push(Buffer.from(processKeepingHandle(gz, input.subarray(i, i + 4096), zlib.constants.Z_NO_FLUSH)));
}
parts.push(Buffer.from(processKeepingHandle(gz, Buffer.alloc(0), zlib.constants.Z_FINISH)));
assert.notStrictEqual(gz._handle, null);
assert.deepStrictEqual(zlib.gunzipSync(Buffer.concat(parts)), input);
gz.close();
assert.strictEqual(gz._handle, null);

// Inflating the same way.
const gunzip = new zlib.Gunzip();
const out = [];
const packed = zlib.gzipSync(input);
for (let i = 0; i < packed.length; i += 100) {
  out.push(Buffer.from(processKeepingHandle(gunzip, packed.subarray(i, i + 100), zlib.constants.Z_SYNC_FLUSH)));
}
assert.deepStrictEqual(Buffer.concat(out), input);
gunzip.close();
