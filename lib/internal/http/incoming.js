'use strict';
// http.IncomingMessage: a request on the server, a response on the client.
// A Readable fed by the parser; reading pauses and resumes the socket.

const { Readable } = require('stream');

const kHeaders = Symbol('kHeaders');
const kHeadersDistinct = Symbol('kHeadersDistinct');
const kTrailers = Symbol('kTrailers');
const kTrailersDistinct = Symbol('kTrailersDistinct');

function IncomingMessage(socket) {
  Readable.call(this, socket ? { highWaterMark: socket.readableHighWaterMark } : undefined);
  this._readableState.readingMore = true;
  this.socket = socket;
  this.httpVersionMajor = null;
  this.httpVersionMinor = null;
  this.httpVersion = null;
  this.complete = false;
  this.rawHeaders = [];
  this.rawTrailers = [];
  this.joinDuplicateHeaders = false;
  this.aborted = false;
  this.upgrade = null;
  this.url = '';
  this.method = null;
  this.statusCode = null;
  this.statusMessage = null;
  this.client = socket;
  this[kHeaders] = null;
  this[kHeadersDistinct] = null;
  this[kTrailers] = null;
  this[kTrailersDistinct] = null;
  this._consuming = false;
  this._dumped = false;
}
Object.setPrototypeOf(IncomingMessage.prototype, Readable.prototype);
Object.setPrototypeOf(IncomingMessage, Readable);

// Takes what the parser read from a message's head (internal/http/parser).
IncomingMessage.prototype._fromHead = function(head, joinDuplicateHeaders) {
  this.httpVersionMajor = head.versionMajor;
  this.httpVersionMinor = head.versionMinor;
  this.httpVersion = `${head.versionMajor}.${head.versionMinor}`;
  this.rawHeaders = head.headers;
  this.joinDuplicateHeaders = !!joinDuplicateHeaders;
  this.upgrade = head.upgrade;
};

// Headers whose duplicates are dropped (the first one wins), as Node does.
const dropDuplicates = new Set([
  'content-type', 'content-length', 'user-agent', 'referer', 'host', 'authorization',
  'proxy-authorization', 'if-modified-since', 'if-unmodified-since', 'from', 'location',
  'max-forwards', 'retry-after', 'etag', 'last-modified', 'server', 'age', 'expires',
]);

function addHeaderLine(dest, field, value, joinDuplicates) {
  const key = field.toLowerCase();
  const existing = dest[key];
  if (existing === undefined) {
    dest[key] = key === 'set-cookie' ? [value] : value;
  } else if (key === 'set-cookie') {
    existing.push(value);
  } else if (joinDuplicates || !dropDuplicates.has(key)) {
    dest[key] = `${existing}${key === 'cookie' ? '; ' : ', '}${value}`;
  }
}

function headersFromRaw(raw, join) {
  const out = {};
  for (let i = 0; i + 1 < raw.length; i += 2) addHeaderLine(out, raw[i], raw[i + 1], join);
  return out;
}

function distinctFromRaw(raw) {
  const out = {};
  for (let i = 0; i + 1 < raw.length; i += 2) {
    const key = raw[i].toLowerCase();
    (out[key] ??= []).push(raw[i + 1]);
  }
  return out;
}

Object.defineProperties(IncomingMessage.prototype, {
  connection: {
    configurable: true,
    get() { return this.socket; },
    set(v) { this.socket = v; },
  },
  headers: {
    configurable: true,
    enumerable: true,
    get() { return (this[kHeaders] ??= headersFromRaw(this.rawHeaders, this.joinDuplicateHeaders)); },
    set(v) { this[kHeaders] = v; },
  },
  headersDistinct: {
    configurable: true,
    enumerable: true,
    get() { return (this[kHeadersDistinct] ??= distinctFromRaw(this.rawHeaders)); },
    set(v) { this[kHeadersDistinct] = v; },
  },
  trailers: {
    configurable: true,
    enumerable: true,
    get() { return (this[kTrailers] ??= headersFromRaw(this.rawTrailers, this.joinDuplicateHeaders)); },
    set(v) { this[kTrailers] = v; },
  },
  trailersDistinct: {
    configurable: true,
    enumerable: true,
    get() { return (this[kTrailersDistinct] ??= distinctFromRaw(this.rawTrailers)); },
    set(v) { this[kTrailersDistinct] = v; },
  },
});

IncomingMessage.prototype.setTimeout = function(msecs, callback) {
  if (callback) this.on('timeout', callback);
  this.socket.setTimeout(msecs);
  return this;
};

IncomingMessage.prototype._read = function() {
  if (!this._consuming) {
    this._readableState.readingMore = false;
    this._consuming = true;
  }
  // The parser paused the socket when the body outran the reader.
  if (this.socket && this.socket.readable && this.socket.isPaused() && this._pausedSocket) {
    this._pausedSocket = false;
    this.socket.resume();
  }
};

IncomingMessage.prototype._destroy = function(err, cb) {
  if (!this.readableEnded || !this.complete) {
    this.aborted = true;
    this.emit('aborted');
  }
  // As in Node, the error is emitted only if someone listens for it.
  const done = () => cb(this.listenerCount('error') > 0 ? err : undefined);
  if (this.socket && !this.socket.destroyed && this.aborted) {
    this.socket.destroy(err);
    if (this.socket.destroyed) process.nextTick(done);
    else this.socket.once('close', done);
  } else {
    done();
  }
};

// Reads and discards the rest of the body (a response nobody read).
IncomingMessage.prototype._dump = function() {
  if (!this._dumped) {
    this._dumped = true;
    this.removeAllListeners('data');
    this.resume();
  }
};

module.exports = { IncomingMessage };
