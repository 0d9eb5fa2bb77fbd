'use strict';
// process.stdout / process.stderr: synchronous writes (files, pipes and TTYs
// are synchronous on Linux in Node). A minimal stream surface until
// node:stream lands: write, end, events, isTTY, columns/rows.

const EventEmitter = require('events');
const { codes: { ERR_INVALID_ARG_TYPE, ERR_STREAM_DESTROYED } } = require('internal/errors');

class StdioWriteStream extends EventEmitter {
  constructor(fd) {
    super();
    this.fd = fd;
    this._type = internalBinding('tty').guessHandleType(fd).toLowerCase();
    this._isStdio = true;
    this.writable = true;
    this.destroyed = false;
    this.writableEnded = false;
    this.writableFinished = false;
    this.writableHighWaterMark = 16384;
    this.writableLength = 0;
    this.writableObjectMode = false;
    this.writableCorked = 0;
    this.writableNeedDrain = false;
    if (this._type === 'tty') {
      this.isTTY = true;
      const size = internalBinding('tty').getWindowSize(fd);
      this.columns = size ? size[0] : 80;
      this.rows = size ? size[1] : 24;
    }
  }

  write(chunk, encoding, cb) {
    if (typeof encoding === 'function') {
      cb = encoding;
      encoding = undefined;
    }
    if (this.destroyed) {
      const err = new ERR_STREAM_DESTROYED('write');
      if (typeof cb === 'function') process.nextTick(cb, err);
      return false;
    }
    const fs = internalBinding('fs');
    let err;
    if (typeof chunk === 'string') {
      if (encoding && encoding !== 'utf8' && encoding !== 'utf-8' && typeof Buffer === 'function') {
        err = fs.writeBytes(this.fd, Buffer.from(chunk, encoding));
      } else {
        err = fs.writeString(this.fd, chunk);
      }
    } else if (ArrayBuffer.isView(chunk)) {
      err = fs.writeBytes(this.fd, chunk);
    } else {
      throw new ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'TypedArray', 'DataView'], chunk);
    }
    if (err) {
      // EPIPE on stdout: Node emits 'error' on the stream.
      const { errnoException } = require('internal/errors');
      const e = errnoException(err, 'write');
      if (typeof cb === 'function') process.nextTick(cb, e);
      if (this.listenerCount('error') > 0) process.nextTick(() => this.emit('error', e));
      return false;
    }
    if (typeof cb === 'function') process.nextTick(cb, null);
    return true;
  }

  end(chunk, encoding, cb) {
    if (typeof chunk === 'function') {
      cb = chunk;
      chunk = undefined;
    } else if (typeof encoding === 'function') {
      cb = encoding;
      encoding = undefined;
    }
    if (chunk !== undefined && chunk !== null) this.write(chunk, encoding);
    this.writableEnded = true;
    process.nextTick(() => {
      this.writableFinished = true;
      this.emit('finish');
      if (typeof cb === 'function') cb();
    });
    return this;
  }

  destroy(err) {
    this.destroyed = true;
    if (err) process.nextTick(() => this.emit('error', err));
    return this;
  }

  cork() {}
  uncork() {}
  setDefaultEncoding() { return this; }

  getColorDepth(env = process.env) {
    if (env.FORCE_COLOR !== undefined) {
      const f = env.FORCE_COLOR;
      if (f === '' || f === '1' || f === 'true') return 4;
      if (f === '2') return 8;
      if (f === '3') return 24;
      return 1;
    }
    if (env.NODE_DISABLE_COLORS !== undefined || env.NO_COLOR !== undefined || env.TERM === 'dumb') return 1;
    if (!this.isTTY) return 1;
    if (env.COLORTERM === 'truecolor' || env.COLORTERM === '24bit') return 24;
    if (env.TERM && /-256(color)?$/.test(env.TERM)) return 8;
    return 4;
  }

  hasColors(count, env) {
    if (typeof count === 'object' && count !== null) {
      env = count;
      count = 16;
    }
    if (count === undefined) count = 16;
    return count <= 2 ** this.getColorDepth(env);
  }

  getWindowSize() { return [this.columns, this.rows]; }
}

function create(fd) {
  if (fd === 0) return require('internal/stdin').create();
  return new StdioWriteStream(fd);
}

module.exports = { create, StdioWriteStream };
