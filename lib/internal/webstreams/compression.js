'use strict';
// CompressionStream and DecompressionStream over node:zlib: the formats
// are validated as in Node; a build without lib/zlib.js throws
// ERR_NOT_IMPLEMENTED.

const {
  codes: { ERR_INVALID_ARG_VALUE, ERR_INVALID_THIS, ERR_NOT_IMPLEMENTED },
} = require('internal/errors');
const { kInspect } = require('internal/webstreams/util');
const { inspectStream, makeWebIDL } = require('internal/webstreams/readablestream');

const formats = ['deflate', 'deflate-raw', 'gzip'];

function zlibPair(format, compress, name) {
  if (!formats.includes(format)) throw new ERR_INVALID_ARG_VALUE('format', format);
  if (!internalBinding('builtins').hasBuiltin('zlib')) throw new ERR_NOT_IMPLEMENTED(name);
  const zlib = require('zlib');
  let handle;
  if (format === 'gzip') handle = compress ? zlib.createGzip() : zlib.createGunzip();
  else if (format === 'deflate') handle = compress ? zlib.createDeflate() : zlib.createInflate();
  else handle = compress ? zlib.createDeflateRaw() : zlib.createInflateRaw();
  return require('internal/webstreams/adapters').newReadableWritablePairFromDuplex(handle);
}

let isCompression;

class CompressionStream {
  #pair;

  static {
    isCompression = (v) => v !== null && typeof v === 'object' && #pair in v;
  }

  constructor(format) {
    this.#pair = zlibPair(format, true, 'CompressionStream');
  }

  get readable() {
    if (!isCompression(this)) throw new ERR_INVALID_THIS('CompressionStream');
    return this.#pair.readable;
  }

  get writable() {
    if (!isCompression(this)) throw new ERR_INVALID_THIS('CompressionStream');
    return this.#pair.writable;
  }

  [kInspect](depth, options, inspect) {
    if (!isCompression(this)) return this;
    return inspectStream(this, 'CompressionStream', this.#pair, depth, options, inspect);
  }
}

let isDecompression;

class DecompressionStream {
  #pair;

  static {
    isDecompression = (v) => v !== null && typeof v === 'object' && #pair in v;
  }

  constructor(format) {
    this.#pair = zlibPair(format, false, 'DecompressionStream');
  }

  get readable() {
    if (!isDecompression(this)) throw new ERR_INVALID_THIS('DecompressionStream');
    return this.#pair.readable;
  }

  get writable() {
    if (!isDecompression(this)) throw new ERR_INVALID_THIS('DecompressionStream');
    return this.#pair.writable;
  }

  [kInspect](depth, options, inspect) {
    if (!isDecompression(this)) return this;
    return inspectStream(this, 'DecompressionStream', this.#pair, depth, options, inspect);
  }
}

for (const cls of [CompressionStream, DecompressionStream]) {
  makeWebIDL(cls);
  Object.defineProperty(cls.prototype, kInspect, { enumerable: false });
}

module.exports = { CompressionStream, DecompressionStream };
