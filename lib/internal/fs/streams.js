'use strict';
// fs.ReadStream and fs.WriteStream over node:stream and the fs callback API.

const { Readable, Writable } = require('stream');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_OUT_OF_RANGE, ERR_STREAM_DESTROYED },
} = require('internal/errors');

function lazyFs() { return require('fs'); }

function validateStart(start, end) {
  if (start !== undefined) {
    if (typeof start !== 'number') throw new ERR_INVALID_ARG_TYPE('start', 'number', start);
    if (!Number.isSafeInteger(start) || start < 0) throw new ERR_OUT_OF_RANGE('start', '>= 0 && <= 9007199254740991', start);
  }
  if (end !== undefined && end !== Infinity) {
    if (typeof end !== 'number') throw new ERR_INVALID_ARG_TYPE('end', 'number', end);
    if (!Number.isSafeInteger(end) || end < 0) throw new ERR_OUT_OF_RANGE('end', '>= 0 && <= 9007199254740991', end);
  }
  if (start !== undefined && end !== undefined && start > end) {
    throw new ERR_OUT_OF_RANGE('start', `<= "end" (here: ${end})`, start);
  }
}

function streamOptions(options) {
  if (typeof options === 'string') options = { encoding: options };
  if (options == null) return {};
  if (typeof options !== 'object') throw new ERR_INVALID_ARG_TYPE('options', ['string', 'Object'], options);
  const { encoding } = options;
  if (encoding && encoding !== 'buffer' && !Buffer.isEncoding(encoding)) {
    throw new ERR_INVALID_ARG_VALUE('encoding', encoding, 'is invalid encoding');
  }
  return options;
}

// Opens the file (when no fd was given) before the first read or write.
function openFile(stream, cb) {
  lazyFs().open(stream.path, stream.flags, stream.mode, (err, fd) => {
    if (err) return cb(err);
    stream.fd = fd;
    cb();
    stream.emit('open', fd);
    stream.emit('ready');
  });
}

// Set by FileHandle streams: closes the handle instead of the bare fd.
const kCloseFd = Symbol('kCloseFd');
// A read or write is running on the thread pool; destroying waits for it so
// the descriptor is never closed (and reused) under it.
const kIO = Symbol('kIO');
const kIODone = Symbol('kIODone');

function ioDone(stream, err) {
  stream[kIO] = false;
  const after = stream[kIODone];
  if (after !== undefined) {
    stream[kIODone] = undefined;
    after(err);
  }
}

// destroy() closes the descriptor even with autoClose: false, as Node does;
// autoClose only decides whether end/finish/error destroy the stream.
function closeFile(stream, err, cb) {
  if (stream[kIO]) {
    stream[kIODone] = (ioErr) => closeFile(stream, err || ioErr, cb);
    return;
  }
  if (stream.fd === null) return cb(err);
  const fd = stream.fd;
  stream.fd = null;
  const close = stream[kCloseFd] || ((f, done) => lazyFs().close(f, done));
  close(fd, (closeErr) => cb(err || closeErr));
}

// Plain constructor functions, as Node's: graceful-fs (and so npm) calls
// them with .apply(this, arguments) on objects of its own.
function ReadStream(path, options) {
  if (!(this instanceof ReadStream)) return new ReadStream(path, options);
  options = streamOptions(options);
  const { start, end = Infinity, highWaterMark = 64 * 1024 } = options;
  validateStart(start, end);
  Readable.call(this, { ...options, highWaterMark, emitClose: options.emitClose !== false, autoDestroy: options.autoClose !== false });
  this.fd = options.fd === undefined ? null : options.fd;
  this.path = this.fd === null ? pathArg(path) : undefined;
  this.flags = options.flags === undefined ? 'r' : options.flags;
  this.mode = options.mode === undefined ? 0o666 : options.mode;
  this.start = start;
  this.end = end;
  this.pos = start;
  this.bytesRead = 0;
  this.autoClose = options.autoClose !== false;
  this[kIO] = false;
  this[kIODone] = undefined;
}
Object.setPrototypeOf(ReadStream.prototype, Readable.prototype);
Object.setPrototypeOf(ReadStream, Readable);

Object.defineProperty(ReadStream.prototype, 'pending', {
  configurable: true,
  get() { return this.fd === null; },
});

ReadStream.prototype._construct = function(cb) {
  if (this.fd !== null) return cb();
  openFile(this, cb);
};

ReadStream.prototype._read = function(n) {
  if (this.end !== Infinity) {
    const left = this.end - (this.pos === undefined ? this.bytesRead : this.pos) + 1;
    n = Math.min(n, left);
    if (n <= 0) {
      this.push(null);
      return;
    }
  }
  const buf = Buffer.allocUnsafeSlow(n);
  const pos = this.pos === undefined ? null : this.pos;
  this[kIO] = true;
  lazyFs().read(this.fd, buf, 0, n, pos, (err, bytes) => {
    ioDone(this, err);
    if (this.destroyed) return;
    if (err) return this.destroy(err);
    if (bytes === 0) return this.push(null);
    this.bytesRead += bytes;
    if (this.pos !== undefined) this.pos += bytes;
    this.push(bytes === n ? buf : buf.subarray(0, bytes));
  });
};

ReadStream.prototype._destroy = function(err, cb) { closeFile(this, err, cb); };

ReadStream.prototype.close = function(cb) {
  if (typeof cb === 'function') this.once('close', cb);
  this.destroy();
};

function WriteStream(path, options) {
  if (!(this instanceof WriteStream)) return new WriteStream(path, options);
  options = streamOptions(options);
  const { start } = options;
  validateStart(start, undefined);
  Writable.call(this, {
    ...options, decodeStrings: true, emitClose: options.emitClose !== false, autoDestroy: options.autoClose !== false,
  });
  this.fd = options.fd === undefined ? null : options.fd;
  this.path = this.fd === null ? pathArg(path) : undefined;
  this.flags = options.flags === undefined ? 'w' : options.flags;
  this.mode = options.mode === undefined ? 0o666 : options.mode;
  this.start = start;
  this.pos = start;
  this.bytesWritten = 0;
  this.autoClose = options.autoClose !== false;
  this[kIO] = false;
  this[kIODone] = undefined;
}
Object.setPrototypeOf(WriteStream.prototype, Writable.prototype);
Object.setPrototypeOf(WriteStream, Writable);

Object.defineProperty(WriteStream.prototype, 'pending', {
  configurable: true,
  get() { return this.fd === null; },
});

WriteStream.prototype._construct = ReadStream.prototype._construct;

WriteStream.prototype._write = function(chunk, encoding, cb) {
  const pos = this.pos === undefined ? null : this.pos;
  const writeRest = (off) => {
    this[kIO] = true;
    lazyFs().write(this.fd, chunk, off, chunk.byteLength - off, pos === null ? null : pos + off, (err, n) => {
      // A write that ends after destroy() fails, and so does the destroy.
      const ioErr = err || (this.destroyed ? new ERR_STREAM_DESTROYED('write') : null);
      ioDone(this, ioErr);
      if (ioErr) return cb(ioErr);
      this.bytesWritten += n;
      if (off + n < chunk.byteLength) return writeRest(off + n);
      if (this.pos !== undefined) this.pos += chunk.byteLength;
      cb();
    });
  };
  writeRest(0);
};

WriteStream.prototype._destroy = ReadStream.prototype._destroy;

WriteStream.prototype.close = function(cb) {
  if (typeof cb === 'function') {
    if (this.closed) {
      process.nextTick(cb);
      return;
    }
    this.on('close', cb);
  }
  if (!this.writableEnded) this.end();
  else if (!this.destroyed) this.destroy();
};

WriteStream.prototype.destroySoon = function() { this.end(); };

function pathArg(path) {
  if (typeof path === 'string' || path instanceof Uint8Array) return path;
  if (path !== null && typeof path === 'object' && typeof path.href === 'string') {
    return require('url').fileURLToPath(path);
  }
  throw new ERR_INVALID_ARG_TYPE('path', ['string', 'Buffer', 'URL'], path);
}

module.exports = { ReadStream, WriteStream, kCloseFd };
