'use strict';
// http.OutgoingMessage: the headers and body framing shared by responses
// (ServerResponse) and requests (ClientRequest). The head is written with
// the first body bytes in one socket write; bodies of unknown length are
// chunked on HTTP/1.1, else the connection ends them.

const { Stream } = require('stream');
const { validateHeaderName, validateHeaderValue } = require('internal/http/common');
const {
  codes: {
    ERR_HTTP_HEADERS_SENT, ERR_INVALID_ARG_TYPE, ERR_STREAM_WRITE_AFTER_END, ERR_STREAM_NULL_VALUES,
    ERR_STREAM_DESTROYED, ERR_METHOD_NOT_IMPLEMENTED, ERR_STREAM_ALREADY_FINISHED, ERR_STREAM_CANNOT_PIPE,
    ERR_HTTP_BODY_NOT_ALLOWED,
  },
} = require('internal/errors');

const kOutHeaders = Symbol('kOutHeaders');
const kRejectNonStandardBodyWrites = Symbol('kRejectNonStandardBodyWrites');
const kCorked = Symbol('corked');
const kChunkedBuffer = Symbol('kChunkedBuffer');

// The Date header, recomputed at most once a second.
let dateCache = '';
let dateCacheSecond = 0;
function utcDate() {
  const now = Date.now();
  const second = Math.floor(now / 1000);
  if (second !== dateCacheSecond) {
    dateCacheSecond = second;
    dateCache = new Date(now).toUTCString();
  }
  return dateCache;
}

function OutgoingMessage(options) {
  Stream.call(this);
  this.outputData = [];
  this.outputSize = 0;
  this.writable = true;
  this.destroyed = false;
  this._last = false;
  this.chunkedEncoding = false;
  this.shouldKeepAlive = true;
  this.maxRequestsOnConnectionReached = false;
  this._defaultKeepAlive = true;
  this.useChunkedEncodingByDefault = true;
  this.sendDate = false;
  this._removedConnection = false;
  this._removedContLen = false;
  this._removedTE = false;
  this.strictContentLength = false;
  this._contentLength = null;
  this._hasBody = true;
  this._trailer = '';
  this.finished = false;
  this._headerSent = false;
  this[kCorked] = 0;
  this[kChunkedBuffer] = [];
  this.socket = null;
  this._header = null;
  this[kOutHeaders] = null;
  this._keepAliveTimeout = 0;
  this._maxRequestsPerSocket = 0;
  this._onPendingData = () => {};
  this._highWaterMark = options?.highWaterMark ?? 16384;
}
Object.setPrototypeOf(OutgoingMessage.prototype, Stream.prototype);
Object.setPrototypeOf(OutgoingMessage, Stream);

Object.defineProperties(OutgoingMessage.prototype, {
  writableFinished: {
    configurable: true,
    get() { return this.finished && this.outputSize === 0 && (!this.socket || this.socket.writableLength === 0); },
  },
  writableObjectMode: { configurable: true, get() { return false; } },
  writableLength: {
    configurable: true,
    get() { return this.outputSize + (this.socket ? this.socket.writableLength : 0); },
  },
  writableHighWaterMark: {
    configurable: true,
    get() { return this.socket ? this.socket.writableHighWaterMark : this._highWaterMark; },
  },
  writableCorked: { configurable: true, get() { return this[kCorked]; } },
  writableEnded: { configurable: true, get() { return this.finished; } },
  writableNeedDrain: {
    configurable: true,
    get() { return !this.destroyed && !this.finished && this[kNeedDrain]; },
  },
  connection: {
    configurable: true,
    get() { return this.socket; },
    set(v) { this.socket = v; },
  },
  headersSent: { configurable: true, enumerable: true, get() { return !!this._header; } },
});
const kNeedDrain = Symbol('kNeedDrain');

OutgoingMessage.prototype.cork = function() {
  if (this.socket) this.socket.cork();
  else this[kCorked]++;
};

OutgoingMessage.prototype.uncork = function() {
  if (this.socket) this.socket.uncork();
  else if (this[kCorked]) this[kCorked]--;
};

OutgoingMessage.prototype.setTimeout = function(msecs, callback) {
  if (callback) this.on('timeout', callback);
  if (!this.socket) {
    this.once('socket', (socket) => socket.setTimeout(msecs));
  } else {
    this.socket.setTimeout(msecs);
  }
  return this;
};

OutgoingMessage.prototype.destroy = function(error) {
  if (this.destroyed) return this;
  this.destroyed = true;
  if (this.socket) this.socket.destroy(error);
  else this.once('socket', (socket) => socket.destroy(error));
  return this;
};

// ---- headers ----

OutgoingMessage.prototype.setHeader = function(name, value) {
  if (this._header) throw new ERR_HTTP_HEADERS_SENT('set');
  validateHeaderName(name);
  validateHeaderValue(name, value);
  let headers = this[kOutHeaders];
  if (headers === null) this[kOutHeaders] = headers = Object.create(null);
  headers[name.toLowerCase()] = [name, value];
  return this;
};

OutgoingMessage.prototype.setHeaders = function(headers) {
  if (this._header) throw new ERR_HTTP_HEADERS_SENT('set');
  if (!headers || Array.isArray(headers) || typeof headers.keys !== 'function' || typeof headers.get !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('headers', ['Headers', 'Map'], headers);
  }
  for (const key of headers.keys()) this.setHeader(key, headers.get(key));
  return this;
};

OutgoingMessage.prototype.appendHeader = function(name, value) {
  if (this._header) throw new ERR_HTTP_HEADERS_SENT('append');
  validateHeaderName(name);
  validateHeaderValue(name, value);
  const field = name.toLowerCase();
  const headers = this[kOutHeaders] ??= Object.create(null);
  if (headers[field] === undefined) {
    headers[field] = [name, value];
    return this;
  }
  const existing = headers[field][1];
  const list = Array.isArray(existing) ? existing : [existing];
  headers[field][1] = list.concat(value);
  return this;
};

function validateName(name) {
  if (typeof name !== 'string') throw new ERR_INVALID_ARG_TYPE('name', 'string', name);
}

OutgoingMessage.prototype.getHeader = function(name) {
  validateName(name);
  const headers = this[kOutHeaders];
  if (headers === null) return undefined;
  const entry = headers[name.toLowerCase()];
  return entry && entry[1];
};

OutgoingMessage.prototype.getHeaderNames = function() {
  return this[kOutHeaders] !== null ? Object.keys(this[kOutHeaders]) : [];
};

OutgoingMessage.prototype.getRawHeaderNames = function() {
  const headers = this[kOutHeaders];
  if (headers === null) return [];
  return Object.values(headers).map((e) => e[0]);
};

OutgoingMessage.prototype.getHeaders = function() {
  const headers = this[kOutHeaders];
  const ret = Object.create(null);
  if (headers) {
    for (const key of Object.keys(headers)) ret[key] = headers[key][1];
  }
  return ret;
};

OutgoingMessage.prototype.hasHeader = function(name) {
  validateName(name);
  return this[kOutHeaders] !== null && !!this[kOutHeaders][name.toLowerCase()];
};

OutgoingMessage.prototype.removeHeader = function(name) {
  validateName(name);
  if (this._header) throw new ERR_HTTP_HEADERS_SENT('remove');
  const key = name.toLowerCase();
  switch (key) {
    case 'connection': this._removedConnection = true; break;
    case 'content-length': this._removedContLen = true; break;
    case 'transfer-encoding': this._removedTE = true; break;
    case 'date': this.sendDate = false; break;
    default: break;
  }
  if (this[kOutHeaders] !== null) delete this[kOutHeaders][key];
};

OutgoingMessage.prototype._implicitHeader = function() {
  throw new ERR_METHOD_NOT_IMPLEMENTED('_implicitHeader()');
};

// Builds the head from the first line and the headers (an object of
// [name, value] pairs, a flat array, or null), deciding the framing.
OutgoingMessage.prototype._storeHeader = function(firstLine, headers) {
  let head = firstLine;
  const state = { connection: false, contLen: false, te: false, date: false, expect: false, trailer: false };
  const add = (name, value) => {
    if (Array.isArray(value)) {
      for (const v of value) add(name, v);
      return;
    }
    validateHeaderValue(name, value);
    head += `${name}: ${value}\r\n`;
    switch (name.length) {
      case 4: if (name.toLowerCase() === 'date') state.date = true; break;
      case 6: if (name.toLowerCase() === 'expect') state.expect = true; break;
      case 7: if (name.toLowerCase() === 'trailer') state.trailer = true; break;
      case 10:
        if (name.toLowerCase() === 'connection') {
          state.connection = true;
          this._removedConnection = false;
          if (/(?:^|\W)close(?:$|\W)/i.test(value)) this._last = true;
          else this.shouldKeepAlive = true;
        } else if (name.toLowerCase() === 'keep-alive') {
          this._defaultKeepAlive = false; // the user's Keep-Alive replaces ours
        }
        break;
      case 14:
        if (name.toLowerCase() === 'content-length') {
          state.contLen = true;
          this._contentLength = +value;
          this._removedContLen = false;
        }
        break;
      case 17:
        if (name.toLowerCase() === 'transfer-encoding') {
          state.te = true;
          this._removedTE = false;
          if (/(?:^|\W)chunked(?:$|\W)/i.test(value)) this.chunkedEncoding = true;
        }
        break;
      default: break;
    }
  };
  if (headers) {
    if (Array.isArray(headers)) {
      if (headers.length && Array.isArray(headers[0])) {
        for (const [k, v] of headers) add(k, v);
      } else {
        if (headers.length % 2 !== 0) {
          throw new (require('internal/errors').codes.ERR_INVALID_ARG_VALUE)('headers', headers);
        }
        for (let i = 0; i + 1 < headers.length; i += 2) add(headers[i], headers[i + 1]);
      }
    } else {
      for (const key of Object.keys(headers)) {
        const entry = headers[key];
        if (Array.isArray(entry) && entry.length === 2 && typeof entry[0] === 'string' && this[kOutHeaders] === headers) {
          add(entry[0], entry[1]);
        } else {
          add(key, entry);
        }
      }
    }
  }
  if (this.sendDate && !state.date) head += `Date: ${utcDate()}\r\n`;

  // Keep-alive unless the peer or the user wants the connection closed.
  if (this.chunkedEncoding && (this.statusCode === 204 || this.statusCode === 304)) {
    this.chunkedEncoding = false;
    this._hasBody = false;
  }
  if (!state.connection && !this._removedConnection) {
    const keepAlive = this.shouldKeepAlive && (state.contLen || this.useChunkedEncodingByDefault || this.agent);
    if (keepAlive && this.maxRequestsOnConnectionReached) {
      // Node announces the close but keeps the connection (later requests get 503).
      head += 'Connection: close\r\n';
    } else if (keepAlive) {
      head += 'Connection: keep-alive\r\n';
      if (this._keepAliveTimeout && this._defaultKeepAlive) {
        head += `Keep-Alive: timeout=${Math.floor(this._keepAliveTimeout / 1000)}`;
        head += this._maxRequestsPerSocket ? `, max=${this._maxRequestsPerSocket}\r\n` : '\r\n';
      }
    } else {
      this._last = true;
      head += 'Connection: close\r\n';
    }
  }
  if (!state.contLen && !state.te) {
    if (!this._hasBody) {
      this.chunkedEncoding = false;
    } else if (!this.useChunkedEncodingByDefault) {
      this._last = true;
    } else if (!state.trailer && !this._removedContLen && typeof this._contentLength === 'number') {
      head += `Content-Length: ${this._contentLength}\r\n`;
    } else if (!this._removedTE) {
      head += 'Transfer-Encoding: chunked\r\n';
      this.chunkedEncoding = true;
    } else {
      this._last = true;
    }
  }
  this._header = head + '\r\n';
  this._headerSent = false;
};

// ---- body ----

function byteLength(chunk, encoding) {
  return typeof chunk === 'string' ? Buffer.byteLength(chunk, encoding) : chunk.byteLength;
}

// Writes to the socket, the head first (once); queues while no socket.
OutgoingMessage.prototype._send = function(data, encoding, callback) {
  if (!this._headerSent && this._header !== null) {
    const header = this._header;
    if (typeof data === 'string' && (encoding === 'utf8' || encoding === 'latin1' || !encoding)) {
      data = header + data;
    } else {
      this.outputData.unshift({ data: header, encoding: 'latin1', callback: null });
      this.outputSize += header.length;
      this._onPendingData(header.length);
    }
    this._headerSent = true;
  }
  return this._writeRaw(data, encoding, callback);
};

OutgoingMessage.prototype._writeRaw = function(data, encoding, callback) {
  const conn = this.socket;
  if (conn && conn.destroyed) return false;
  if (typeof encoding === 'function') {
    callback = encoding;
    encoding = null;
  }
  if (conn && conn._httpMessage === this && conn.writable) {
    if (this.outputData.length) this._flushOutput(conn);
    return conn.write(data, encoding, callback);
  }
  this.outputData.push({ data, encoding, callback });
  this.outputSize += data.length;
  this._onPendingData(data.length);
  return this.outputSize < this.writableHighWaterMark;
};

OutgoingMessage.prototype._flushOutput = function(socket) {
  const data = this.outputData;
  if (!data.length) return undefined;
  socket.cork();
  let ret;
  for (const { data: d, encoding, callback } of data) ret = socket.write(d, encoding, callback);
  socket.uncork();
  this.outputData = [];
  this._onPendingData(-this.outputSize);
  this.outputSize = 0;
  return ret;
};

OutgoingMessage.prototype.write = function(chunk, encoding, callback) {
  if (typeof encoding === 'function') {
    callback = encoding;
    encoding = null;
  }
  const ret = writeImpl(this, chunk, encoding, callback, false);
  if (!ret) this[kNeedDrain] = true;
  return ret;
};

function onError(msg, err, callback) {
  if (msg.socket && !msg.socket.destroyed) msg.socket.destroy(err);
  process.nextTick(() => {
    if (typeof callback === 'function') callback(err);
    msg.emit('error', err);
  });
}

function writeImpl(msg, chunk, encoding, callback, fromEnd) {
  if (typeof callback !== 'function') callback = undefined;
  if (chunk === null) throw new ERR_STREAM_NULL_VALUES();
  if (typeof chunk !== 'string' && !(chunk instanceof Uint8Array)) {
    throw new ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'Uint8Array'], chunk);
  }
  let err;
  if (msg.finished) err = new ERR_STREAM_WRITE_AFTER_END();
  else if (msg.destroyed) err = new ERR_STREAM_DESTROYED('write');
  if (err) {
    if (!msg.destroyed) onError(msg, err, callback);
    else process.nextTick(() => callback?.(err));
    return false;
  }
  if (!msg._header) {
    if (fromEnd) msg._contentLength = byteLength(chunk, encoding);
    msg._implicitHeader();
  }
  if (!msg._hasBody) {
    if (msg[kRejectNonStandardBodyWrites]) {
      if (fromEnd && msg.socket) msg.socket.uncork(); // end() corked it
      throw new ERR_HTTP_BODY_NOT_ALLOWED();
    }
    // HEAD, 204, 304: the body is dropped, as Node does by default.
    process.nextTick(() => callback?.());
    return true;
  }
  // The byte count frames chunks; otherwise only emptiness matters (a
  // non-empty string that encodes to no bytes writes nothing either way).
  const len = msg.chunkedEncoding ? byteLength(chunk, encoding)
    : typeof chunk === 'string' ? chunk.length : chunk.byteLength;
  if (!fromEnd && msg.socket && !msg.socket.writableCorked) {
    msg.socket.cork();
    process.nextTick(() => msg.socket?.uncork());
  }
  if (msg.chunkedEncoding && len > 0) {
    msg._send(`${len.toString(16)}\r\n`, 'latin1', null);
    msg._send(chunk, encoding, null);
    return msg._send('\r\n', 'latin1', callback);
  }
  if (len === 0 && !msg.chunkedEncoding) {
    // Nothing to frame: still flush the head.
    return msg._send('', 'latin1', callback);
  }
  return msg._send(chunk, encoding, callback);
}

OutgoingMessage.prototype.addTrailers = function(headers) {
  this._trailer = '';
  const keys = Object.keys(headers);
  const isArray = Array.isArray(headers);
  for (let i = 0; i < keys.length; i++) {
    let field;
    let value;
    if (isArray) {
      [field, value] = headers[keys[i]];
    } else {
      field = keys[i];
      value = headers[field];
    }
    validateHeaderName(field, 'Trailer name');
    validateHeaderValue(field, value);
    this._trailer += `${field}: ${value}\r\n`;
  }
};

OutgoingMessage.prototype.end = function(chunk, encoding, callback) {
  if (typeof chunk === 'function') {
    callback = chunk;
    chunk = null;
    encoding = null;
  } else if (typeof encoding === 'function') {
    callback = encoding;
    encoding = null;
  }
  const socket = this.socket;
  // The common case, end(body) with nothing written yet (the head maybe
  // built by writeHead, not sent): head and body go out in one socket
  // write, no corking, no empty terminator write.
  if (chunk && !this.finished && (typeof chunk === 'string' || chunk instanceof Uint8Array) &&
      (!this._header || (!this._headerSent && this.outputData.length === 0))) {
    if (!this._header) {
      this._contentLength = byteLength(chunk, encoding);
      this._implicitHeader();
    }
    if (!this.chunkedEncoding && this._hasBody && socket && socket._httpMessage === this &&
        !socket.writableCorked && this.outputData.length === 0) {
      if (typeof callback === 'function') this.once('finish', callback);
      writeImpl(this, chunk, encoding, () => this._onFinishWrite(), true);
      this.finished = true;
      if (this.outputData.length === 0 && socket._httpMessage === this) this._finish();
      return this;
    }
  }
  // Head, body and terminator leave in one socket write.
  if (socket) socket.cork();
  if (chunk) {
    if (this.finished) {
      if (socket) socket.uncork();
      onError(this, new ERR_STREAM_WRITE_AFTER_END(), typeof callback === 'function' ? callback : undefined);
      return this;
    }
    writeImpl(this, chunk, encoding, null, true);
  } else if (this.finished) {
    if (socket) socket.uncork();
    if (typeof callback === 'function') {
      if (!this.writableFinished) this.on('finish', callback);
      else callback(new ERR_STREAM_ALREADY_FINISHED('end'));
    }
    return this;
  } else if (!this._header) {
    this._contentLength = 0;
    this._implicitHeader();
  }
  if (typeof callback === 'function') this.once('finish', callback);
  const finish = () => this._onFinishWrite();
  if (this._hasBody && this.chunkedEncoding) {
    this._send(`0\r\n${this._trailer}\r\n`, 'latin1', finish);
  } else if (!this._headerSent || chunk) {
    this._send('', 'latin1', finish);
  } else {
    process.nextTick(finish);
  }
  if (socket) socket.uncork();
  this.finished = true;
  if (this.outputData.length === 0 && socket && socket._httpMessage === this) this._finish();
  return this;
};
OutgoingMessage.prototype._onFinishWrite = function() {
  if (this.destroyed && !this.socket) return;
  // A write that failed with its socket (the connection was refused) is no finish.
  if (this.socket && this.socket._hadError) return;
  this.emit('finish');
};

OutgoingMessage.prototype._finish = function() {
  this.emit('prefinish');
};

OutgoingMessage.prototype.flushHeaders = function() {
  if (!this._header) this._implicitHeader();
  this._send('');
};

OutgoingMessage.prototype.pipe = function() {
  this.emit('error', new ERR_STREAM_CANNOT_PIPE());
};

module.exports = { OutgoingMessage, kOutHeaders, kNeedDrain, kRejectNonStandardBodyWrites };
