'use strict';
// node:zlib over internalBinding('zlib') (src/zlib.c: the system zlib and
// brotli). Every class is a Transform stream; the one-shot functions
// (deflate, gunzipSync, ...) run one stream over one buffer.
//
// A stream turns input into output one write at a time: a write fills the
// stream's current output buffer (chunkSize bytes) from the current input
// chunk until either is used up. A full output buffer is pushed and a new
// one taken, and the write goes on with the rest of the input; a write that
// leaves room in the output has consumed its chunk. Asynchronous writes run
// on the libuv thread pool; the *Sync forms and _processChunk without a
// callback loop in place.

const binding = internalBinding('zlib');
const { Buffer } = require('buffer');
const { FastBuffer, kMaxLength } = require('internal/buffer');
const { Transform } = require('internal/streams/transform');
const finished = require('internal/streams/end-of-stream');
const { isArrayBufferView, isAnyArrayBuffer } = require('internal/util/types');
const {
  codes: {
    ERR_BROTLI_INVALID_PARAM, ERR_BUFFER_TOO_LARGE, ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE,
    ERR_ZLIB_INITIALIZATION_FAILED,
  },
} = require('internal/errors');
const { validateFunction, validateNumber, validateUint32 } = require('internal/validators');

// ---- constants and codes ----

// Node's shape: a null-prototype object of read-only, non-configurable
// properties (still extensible, so not frozen).
const constants = Object.create(null);
for (const key of Object.keys(binding.constants)) {
  Object.defineProperty(constants, key, {
    value: binding.constants[key], writable: false, enumerable: true, configurable: false,
  });
}

const {
  Z_NO_FLUSH, Z_PARTIAL_FLUSH, Z_SYNC_FLUSH, Z_FULL_FLUSH, Z_FINISH, Z_BLOCK,
  Z_MIN_CHUNK, Z_DEFAULT_CHUNK, Z_MIN_WINDOWBITS, Z_MAX_WINDOWBITS, Z_DEFAULT_WINDOWBITS,
  Z_MIN_LEVEL, Z_MAX_LEVEL, Z_DEFAULT_COMPRESSION, Z_MIN_MEMLEVEL, Z_MAX_MEMLEVEL,
  Z_DEFAULT_MEMLEVEL, Z_DEFAULT_STRATEGY, Z_FIXED,
  DEFLATE, INFLATE, GZIP, GUNZIP, DEFLATERAW, INFLATERAW, UNZIP, BROTLI_DECODE, BROTLI_ENCODE,
  BROTLI_OPERATION_PROCESS, BROTLI_OPERATION_FLUSH, BROTLI_OPERATION_FINISH,
  BROTLI_OPERATION_EMIT_METADATA,
} = constants;

const codes = {};
for (const name of ['Z_OK', 'Z_STREAM_END', 'Z_NEED_DICT', 'Z_ERRNO', 'Z_STREAM_ERROR',
  'Z_DATA_ERROR', 'Z_MEM_ERROR', 'Z_BUF_ERROR', 'Z_VERSION_ERROR']) {
  codes[name] = constants[name];
  codes[constants[name]] = name;
}
Object.freeze(codes);

// ---- option checks, with Node's messages ----

// false for undefined and NaN (use the default); throws for other non-numbers
// and for infinities.
function isFiniteOption(value, name) {
  if (value === undefined || Number.isNaN(value)) return false;
  if (Number.isFinite(value)) return true;
  validateNumber(value, name);
  throw new ERR_OUT_OF_RANGE(name, 'a finite number', value);
}

function rangeOption(value, name, lower, upper, dflt) {
  if (!isFiniteOption(value, name)) return dflt;
  if (value < lower || value > upper) {
    throw new ERR_OUT_OF_RANGE(name, `>= ${lower} and <= ${upper}`, value);
  }
  return value;
}

// Input as bytes C can read: strings are UTF-8, ArrayBuffers and other views
// are looked at through a Uint8Array.
function inputBytes(buffer, name, allowArrayBuffer) {
  if (typeof buffer === 'string') return Buffer.from(buffer);
  if (isArrayBufferView(buffer)) return asBytes(buffer);
  if (allowArrayBuffer && isAnyArrayBuffer(buffer)) return new FastBuffer(buffer);
  const types = ['string', 'Buffer', 'TypedArray', 'DataView'];
  if (allowArrayBuffer) types.push('ArrayBuffer');
  throw new ERR_INVALID_ARG_TYPE(name, types, buffer);
}

function asBytes(view) {
  if (view instanceof Uint8Array) return view;
  return new FastBuffer(view.buffer, view.byteOffset, view.byteLength);
}

function zlibError(message, errno, code) {
  const err = new Error(message);
  err.errno = errno;
  err.code = code;
  return err;
}

// ---- the write loop ----

const io = binding.io; // [flush, inOff, inLen, outOff, outLen, availOut, availIn]
const kOwner = Symbol('kOwner'); // handle → its stream
const kWrite = Symbol('kWrite'); // the chunk being written
const kError = Symbol('kError');

function issueWrite(self, w, sync) {
  io[0] = w.flush;
  io[1] = w.inOff;
  io[2] = w.inLeft;
  io[3] = self._outOffset;
  io[4] = w.outLeft;
  if (sync) return binding.writeSync(self._handle, w.chunk, self._outBuffer);
  binding.write(self._handle, w.chunk, self._outBuffer);
  return undefined;
}

// What a write left: the bytes it produced (a view of the output buffer, or
// undefined), and whether to go on with the same chunk.
function takeOutput(self, w) {
  const availOut = io[5];
  const availIn = io[6];
  const used = w.inLeft - availIn;
  const produced = w.outLeft - availOut;
  let out;
  if (produced > 0) {
    const buf = self._outBuffer;
    out = new FastBuffer(buf.buffer, buf.byteOffset + self._outOffset, produced);
    self._outOffset += produced;
  }
  if (availOut === 0 || self._outOffset >= self._chunkSize) {
    self._outBuffer = Buffer.allocUnsafe(self._chunkSize);
    self._outOffset = 0;
    w.outLeft = self._chunkSize;
  }
  w.inOff += used;
  w.inLeft = availIn;
  w.used = used;
  w.more = availOut === 0;
  return out;
}

// Every asynchronous write ends here, with `this` the handle.
binding.setCallback(function afterWrite(message, errno, code) {
  const self = this[kOwner];
  if (message !== undefined) {
    const err = zlibError(message, errno, code);
    self.destroy(err);
    self[kError] = err;
    return;
  }
  const w = self[kWrite];
  if (self.destroyed) {
    done(w);
    return;
  }
  const out = takeOutput(self, w);
  self.bytesWritten += w.used;
  const full = out !== undefined && !self.push(out);
  if (self.destroyed) {
    done(w);
    return;
  }
  if (w.more) {
    if (!full) {
      issueWrite(self, w, false);
      return;
    }
    // The reader is full: go on when it asks for more.
    const read = self._read;
    self._read = function resumeWrite(n) {
      self._read = read;
      if (self._handle === null) done(w);
      else issueWrite(self, w, false);
      self._read(n);
    };
    return;
  }
  // Room left but input too: the stream ended before its input did.
  if (w.inLeft > 0) self.push(null);
  done(w);
});

function done(w) {
  const cb = w.cb;
  w.chunk = null;
  w.cb = null;
  cb();
}

function processChunk(self, chunk, flush, cb) {
  if (self._handle === null) {
    process.nextTick(cb);
    return;
  }
  const w = self[kWrite];
  w.chunk = asBytes(chunk);
  w.cb = cb;
  w.flush = flush;
  w.inOff = 0;
  w.inLeft = w.chunk.byteLength;
  w.outLeft = self._chunkSize - self._outOffset;
  issueWrite(self, w, false);
}

function processChunkSync(self, chunk, flush) {
  if (self._handle === null) throw new TypeError("Cannot read properties of null (reading 'writeSync')");
  const w = self[kWrite];
  w.chunk = asBytes(chunk);
  w.flush = flush;
  w.inOff = 0;
  w.inLeft = w.chunk.byteLength;
  w.outLeft = self._chunkSize - self._outOffset;
  const buffers = [];
  let total = 0;
  let read = 0;
  for (;;) {
    const failed = issueWrite(self, w, true);
    if (failed !== undefined) {
      const err = zlibError(failed[0], failed[1], failed[2]);
      w.chunk = null;
      self[kError] = err;
      self.on('error', ignoreError); // thrown here, not emitted
      self.destroy(err);
      throw err;
    }
    const out = takeOutput(self, w);
    read += w.used;
    if (out !== undefined) {
      buffers.push(out);
      total += out.byteLength;
      if (total > self._maxOutputLength) {
        w.chunk = null;
        closeHandle(self);
        throw new ERR_BUFFER_TOO_LARGE(self._maxOutputLength);
      }
    }
    if (!w.more) break;
  }
  w.chunk = null;
  self.bytesWritten = read;
  closeHandle(self);
  if (total === 0) return Buffer.alloc(0);
  return buffers.length === 1 ? buffers[0] : Buffer.concat(buffers, total);
}

function ignoreError() {}

// Through the handle's own close(), as in node: packages that drive
// _processChunk() themselves (minizlib, under npm's tar) swap it for a
// no-op to keep the handle open between calls, then put _handle back.
function closeHandle(self) {
  const handle = self._handle;
  if (handle === null) return;
  handle.close();
  self._handle = null;
}

function closeNativeHandle() {
  binding.close(this);
}

// ---- ZlibBase: what zlib and brotli streams share ----

// Empty chunks that carry a flush kind through the writable queue.
const kFlushKind = Symbol('kFlushKind');
const flushChunks = [];
for (let kind = Z_NO_FLUSH; kind <= Z_BLOCK; kind++) {
  flushChunks[kind] = Buffer.alloc(0);
  flushChunks[kind][kFlushKind] = kind;
}

// How much each zlib flush kind flushes, least first.
const flushRank = [];
[Z_NO_FLUSH, Z_BLOCK, Z_PARTIAL_FLUSH, Z_SYNC_FLUSH, Z_FULL_FLUSH, Z_FINISH]
  .forEach((kind, i) => { flushRank[kind] = i; });
function strongerFlush(a, b) {
  return flushRank[a] > flushRank[b] ? a : b;
}

function ZlibBase(opts, handle, flushKinds) {
  let chunkSize = Z_DEFAULT_CHUNK;
  let maxOutputLength = kMaxLength;
  let { flush, finishFlush } = flushKinds;
  const maxFlush = flushKinds.max;
  if (opts) {
    if (isFiniteOption(opts.chunkSize, 'options.chunkSize')) {
      chunkSize = opts.chunkSize;
      if (chunkSize < Z_MIN_CHUNK) throw new ERR_OUT_OF_RANGE('options.chunkSize', `>= ${Z_MIN_CHUNK}`, chunkSize);
    }
    flush = rangeOption(opts.flush, 'options.flush', 0, maxFlush, flush);
    finishFlush = rangeOption(opts.finishFlush, 'options.finishFlush', 0, maxFlush, finishFlush);
    maxOutputLength = rangeOption(opts.maxOutputLength, 'options.maxOutputLength', 1, kMaxLength, kMaxLength);
    // Output is always bytes.
    if (opts.encoding || opts.objectMode || opts.writableObjectMode) {
      opts = { ...opts, encoding: null, objectMode: false, writableObjectMode: false };
    }
  }
  Transform.call(this, { autoDestroy: true, ...opts });
  this.bytesWritten = 0;
  this._handle = handle;
  handle[kOwner] = this;
  handle.close = closeNativeHandle;
  this._outBuffer = Buffer.allocUnsafe(chunkSize);
  this._outOffset = 0;
  this._chunkSize = chunkSize;
  this._defaultFlushFlag = flush;
  this._finishFlushFlag = finishFlush;
  this._defaultFullFlushFlag = flushKinds.full;
  this._info = opts && opts.info;
  this._maxOutputLength = maxOutputLength;
  Object.defineProperty(this, kWrite, {
    value: { chunk: null, cb: null, flush: 0, inOff: 0, inLeft: 0, outLeft: 0, used: 0, more: false },
  });
}
Object.setPrototypeOf(ZlibBase.prototype, Transform.prototype);
Object.setPrototypeOf(ZlibBase, Transform);

Object.defineProperty(ZlibBase.prototype, '_closed', {
  configurable: true,
  enumerable: true,
  get() { return this._handle === null; },
});

let warnedBytesRead = false;
function warnBytesRead() {
  if (warnedBytesRead) return;
  warnedBytesRead = true;
  process.emitWarning('zlib.bytesRead is deprecated and will change its meaning in the future. ' +
    'Use zlib.bytesWritten instead.', 'DeprecationWarning', 'DEP0108');
}
Object.defineProperty(ZlibBase.prototype, 'bytesRead', {
  configurable: true,
  enumerable: true,
  get() {
    warnBytesRead();
    return this.bytesWritten;
  },
  set(value) {
    warnBytesRead();
    this.bytesWritten = value;
  },
});

ZlibBase.prototype.reset = function reset() {
  if (this._handle === null) throw new Error('zlib binding closed');
  const failed = binding.reset(this._handle);
  if (failed !== undefined) {
    const err = zlibError(failed[0], failed[1], failed[2]);
    this.destroy(err);
    this[kError] = err;
  }
};

ZlibBase.prototype._flush = function _flush(callback) {
  this._transform(Buffer.alloc(0), '', callback);
};

ZlibBase.prototype._final = function _final(callback) {
  callback();
};

ZlibBase.prototype.flush = function flush(kind, callback) {
  if (typeof kind === 'function' || (kind === undefined && !callback)) {
    callback = kind;
    kind = this._defaultFullFlushFlag;
  }
  if (this.writableFinished) {
    if (callback) process.nextTick(callback);
  } else if (this.writableEnded) {
    if (callback) this.once('end', callback);
  } else {
    this.write(flushChunks[kind], '', callback);
  }
};

ZlibBase.prototype.close = function close(callback) {
  if (callback) finished(this, callback);
  this.destroy();
};

ZlibBase.prototype._destroy = function _destroy(err, callback) {
  closeHandle(this);
  callback(err);
};

ZlibBase.prototype._transform = function _transform(chunk, encoding, cb) {
  let flush = this._defaultFlushFlag;
  if (typeof chunk[kFlushKind] === 'number') flush = chunk[kFlushKind];
  // The last chunk also finishes the stream.
  if (this.writableEnded && this.writableLength === chunk.byteLength) {
    flush = strongerFlush(flush, this._finishFlushFlag);
  }
  processChunk(this, chunk, flush, cb);
};

ZlibBase.prototype._processChunk = function _processChunk(chunk, flush, cb) {
  if (typeof cb === 'function') {
    processChunk(this, chunk, flush, cb);
    return undefined;
  }
  return processChunkSync(this, chunk, flush);
};

// ---- Zlib: the deflate/inflate family ----

const zlibFlushKinds = { flush: Z_NO_FLUSH, finishFlush: Z_FINISH, full: Z_FULL_FLUSH, max: Z_BLOCK };

function Zlib(opts, mode) {
  let windowBits = Z_DEFAULT_WINDOWBITS;
  let level = Z_DEFAULT_COMPRESSION;
  let memLevel = Z_DEFAULT_MEMLEVEL;
  let strategy = Z_DEFAULT_STRATEGY;
  let dictionary;
  if (opts) {
    // For decompression 0 means "the window size the header names".
    if ((opts.windowBits == null || opts.windowBits === 0) &&
        (mode === INFLATE || mode === GUNZIP || mode === UNZIP)) {
      windowBits = 0;
    } else {
      // zlib cannot write a gzip stream with a 256-byte window.
      const min = mode === GZIP ? Z_MIN_WINDOWBITS + 1 : Z_MIN_WINDOWBITS;
      windowBits = rangeOption(opts.windowBits, 'options.windowBits', min, Z_MAX_WINDOWBITS, Z_DEFAULT_WINDOWBITS);
    }
    level = rangeOption(opts.level, 'options.level', Z_MIN_LEVEL, Z_MAX_LEVEL, Z_DEFAULT_COMPRESSION);
    memLevel = rangeOption(opts.memLevel, 'options.memLevel', Z_MIN_MEMLEVEL, Z_MAX_MEMLEVEL, Z_DEFAULT_MEMLEVEL);
    strategy = rangeOption(opts.strategy, 'options.strategy', Z_DEFAULT_STRATEGY, Z_FIXED, Z_DEFAULT_STRATEGY);
    dictionary = opts.dictionary;
    if (dictionary !== undefined) {
      if (isArrayBufferView(dictionary)) {
        dictionary = asBytes(dictionary);
      } else if (isAnyArrayBuffer(dictionary)) {
        dictionary = new FastBuffer(dictionary);
      } else {
        throw new ERR_INVALID_ARG_TYPE('options.dictionary',
          ['Buffer', 'TypedArray', 'DataView', 'ArrayBuffer'], dictionary);
      }
    }
  }
  const handle = binding.create(mode);
  if (binding.init(handle, windowBits, level, memLevel, strategy, dictionary, inOneShotSync) !== 0) {
    throw new ERR_ZLIB_INITIALIZATION_FAILED();
  }
  ZlibBase.call(this, opts, handle, zlibFlushKinds);
  this._level = level;
  this._strategy = strategy;
}
Object.setPrototypeOf(Zlib.prototype, ZlibBase.prototype);
Object.setPrototypeOf(Zlib, ZlibBase);

Zlib.prototype.params = function params(level, strategy, callback) {
  rangeOption(level, 'level', Z_MIN_LEVEL, Z_MAX_LEVEL);
  rangeOption(strategy, 'strategy', Z_DEFAULT_STRATEGY, Z_FIXED);
  if (this._level === level && this._strategy === strategy) {
    process.nextTick(callback);
    return;
  }
  // Flush what was written at the old settings first.
  this.flush(Z_SYNC_FLUSH, () => {
    if (this._handle === null) throw new Error('zlib binding closed');
    const failed = binding.params(this._handle, level, strategy);
    if (failed !== undefined) {
      const err = zlibError(failed[0], failed[1], failed[2]);
      this.destroy(err);
      this[kError] = err;
    }
    if (this.destroyed) return;
    this._level = level;
    this._strategy = strategy;
    if (callback) callback();
  });
};

function makeZlibClass(name, mode) {
  const holder = {
    [name]: function(opts) {
      if (!new.target) return new holder[name](opts);
      Zlib.call(this, opts, mode);
    },
  };
  const cls = holder[name];
  Object.setPrototypeOf(cls.prototype, Zlib.prototype);
  Object.setPrototypeOf(cls, Zlib);
  return cls;
}

const Deflate = makeZlibClass('Deflate', DEFLATE);
const Inflate = makeZlibClass('Inflate', INFLATE);
const Gzip = makeZlibClass('Gzip', GZIP);
const Gunzip = makeZlibClass('Gunzip', GUNZIP);
const DeflateRaw = makeZlibClass('DeflateRaw', DEFLATERAW);
const InflateRaw = makeZlibClass('InflateRaw', INFLATERAW);
const Unzip = makeZlibClass('Unzip', UNZIP);

// ---- Brotli ----

const brotliFlushKinds = {
  flush: BROTLI_OPERATION_PROCESS, finishFlush: BROTLI_OPERATION_FINISH,
  full: BROTLI_OPERATION_FLUSH, max: BROTLI_OPERATION_EMIT_METADATA,
};
const kUnset = 0xFFFFFFFF;

function Brotli(opts, mode) {
  const params = new Uint32Array(binding.brotliParams).fill(kUnset);
  if (opts && opts.params) {
    for (const key of Object.keys(opts.params)) {
      const id = Number(key);
      if (!Number.isInteger(id) || id < 0 || id >= params.length || params[id] !== kUnset) {
        throw new ERR_BROTLI_INVALID_PARAM(key);
      }
      const value = opts.params[key];
      if (typeof value !== 'number' && typeof value !== 'boolean') {
        throw new ERR_INVALID_ARG_TYPE('options.params[key]', 'number', value);
      }
      params[id] = value;
    }
  }
  const handle = binding.create(mode);
  if (!binding.initBrotli(handle, params, inOneShotSync)) throw new ERR_ZLIB_INITIALIZATION_FAILED();
  ZlibBase.call(this, opts, handle, brotliFlushKinds);
}
// As in Node, brotli streams sit under Zlib (params() is there, and does nothing).
Object.setPrototypeOf(Brotli.prototype, Zlib.prototype);
Object.setPrototypeOf(Brotli, Zlib);

function BrotliCompress(opts) {
  if (!new.target) return new BrotliCompress(opts);
  Brotli.call(this, opts, BROTLI_ENCODE);
}
Object.setPrototypeOf(BrotliCompress.prototype, Brotli.prototype);
Object.setPrototypeOf(BrotliCompress, Brotli);

function BrotliDecompress(opts) {
  if (!new.target) return new BrotliDecompress(opts);
  Brotli.call(this, opts, BROTLI_DECODE);
}
Object.setPrototypeOf(BrotliDecompress.prototype, Brotli.prototype);
Object.setPrototypeOf(BrotliDecompress, Brotli);

// ---- one-shot forms ----

function collectChunk(chunk) {
  this.buffers.push(chunk);
  this.nread += chunk.byteLength;
  if (this.nread > this._maxOutputLength) {
    this.close();
    this.removeAllListeners('end');
    this.cb(new ERR_BUFFER_TOO_LARGE(this._maxOutputLength));
  }
}

function collectEnd() {
  const buf = this.nread === 0 ? Buffer.alloc(0) :
    this.buffers.length === 1 ? this.buffers[0] : Buffer.concat(this.buffers, this.nread);
  this.buffers = null;
  this.close();
  if (this._info) this.cb(null, { buffer: buf, engine: this });
  else this.cb(null, buf);
}

function collectError(err) {
  this.removeAllListeners('end');
  this.cb(err);
}

function oneShot(Cls) {
  return function(buffer, opts, callback) {
    if (typeof opts === 'function') {
      callback = opts;
      opts = {};
    }
    const engine = new Cls(opts);
    validateFunction(callback, 'callback');
    // Strings and other chunk types are the writable side's to check.
    if (isArrayBufferView(buffer)) buffer = asBytes(buffer);
    else if (isAnyArrayBuffer(buffer)) buffer = new FastBuffer(buffer);
    engine.buffers = [];
    engine.nread = 0;
    engine.cb = callback;
    engine.on('data', collectChunk);
    engine.on('error', collectError);
    engine.on('end', collectEnd);
    engine.end(buffer);
  };
}

// True while a one-shot sync call (gzipSync & co.) makes its stream: that
// stream is closed before the call returns, so its native buffers are not
// reported to the collector (JSC forgets reported memory only in a full
// collection: reporting ~300 KB per call made every dozen calls cost one).
let inOneShotSync = false;

function oneShotSync(Cls) {
  return function(buffer, opts) {
    let engine;
    inOneShotSync = true;
    try {
      engine = new Cls(opts);
    } finally {
      inOneShotSync = false;
    }
    let bytes;
    try {
      bytes = inputBytes(buffer, 'buffer', true);
    } catch (err) {
      closeHandle(engine);
      throw err;
    }
    const out = processChunkSync(engine, bytes, engine._finishFlushFlag);
    return engine._info ? { buffer: out, engine } : out;
  };
}

function named(name, fn) {
  Object.defineProperty(fn, 'name', { value: name });
  return fn;
}

// ---- crc32 ----

function crc32(data, value = 0) {
  if (typeof data !== 'string' && !isArrayBufferView(data)) {
    throw new ERR_INVALID_ARG_TYPE('data', ['Buffer', 'TypedArray', 'DataView', 'string'], data);
  }
  validateUint32(value, 'value');
  return binding.crc32(typeof data === 'string' ? Buffer.from(data) : asBytes(data), value);
}

// ---- exports ----

const classes = { Deflate, Inflate, Gzip, Gunzip, DeflateRaw, InflateRaw, Unzip, BrotliCompress, BrotliDecompress };

module.exports = {
  crc32,
  ...classes,
  deflate: named('deflate', oneShot(Deflate)),
  deflateSync: named('deflateSync', oneShotSync(Deflate)),
  gzip: named('gzip', oneShot(Gzip)),
  gzipSync: named('gzipSync', oneShotSync(Gzip)),
  deflateRaw: named('deflateRaw', oneShot(DeflateRaw)),
  deflateRawSync: named('deflateRawSync', oneShotSync(DeflateRaw)),
  unzip: named('unzip', oneShot(Unzip)),
  unzipSync: named('unzipSync', oneShotSync(Unzip)),
  inflate: named('inflate', oneShot(Inflate)),
  inflateSync: named('inflateSync', oneShotSync(Inflate)),
  gunzip: named('gunzip', oneShot(Gunzip)),
  gunzipSync: named('gunzipSync', oneShotSync(Gunzip)),
  inflateRaw: named('inflateRaw', oneShot(InflateRaw)),
  inflateRawSync: named('inflateRawSync', oneShotSync(InflateRaw)),
  brotliCompress: named('brotliCompress', oneShot(BrotliCompress)),
  brotliCompressSync: named('brotliCompressSync', oneShotSync(BrotliCompress)),
  brotliDecompress: named('brotliDecompress', oneShot(BrotliDecompress)),
  brotliDecompressSync: named('brotliDecompressSync', oneShotSync(BrotliDecompress)),
};

for (const name of ['Deflate', 'Inflate', 'DeflateRaw', 'InflateRaw', 'Gzip', 'Gunzip', 'Unzip',
  'BrotliCompress', 'BrotliDecompress']) {
  const Cls = classes[name];
  module.exports[`create${name}`] = named(`create${name}`, (options) => new Cls(options));
}

Object.defineProperties(module.exports, {
  constants: { value: constants, writable: false, enumerable: true, configurable: false },
  codes: { value: codes, writable: false, enumerable: true, configurable: false },
});

// The zlib constants, also on the module itself (hidden, as in Node).
for (const key of Object.keys(constants)) {
  if (key.startsWith('BROTLI')) continue;
  Object.defineProperty(module.exports, key, {
    value: constants[key], writable: false, enumerable: false, configurable: false,
  });
}
