'use strict';
// node:net. Socket is a Duplex over a C stream handle (TCP or pipe: src/
// stream_wrap.c, tcp_wrap.c, pipe_wrap.c); Server listens on one and wraps
// each accepted handle in a Socket.

const EventEmitter = require('events');
const { Duplex } = require('stream');
const { FastBuffer } = require('internal/buffer');
const { isIP, isIPv4, isIPv6, installCallbacks, streamWrap: sw } = require('internal/net');
const {
  errnoException, exceptionWithHostPort, uvExceptionWithHostPort,
  codes: {
    ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_MISSING_ARGS,
    ERR_SERVER_ALREADY_LISTEN, ERR_SERVER_NOT_RUNNING, ERR_SOCKET_CLOSED,
    ERR_SOCKET_CLOSED_BEFORE_CONNECTION, ERR_INVALID_FD_TYPE, ERR_INVALID_IP_ADDRESS,
    ERR_INVALID_HANDLE_TYPE,
  },
} = require('internal/errors');
const {
  validateNumber, validateFunction, validateInt32, validateAbortSignal, validatePort, validateBoolean,
} = require('internal/validators');
const { getDefaultHighWaterMark } = require('internal/streams/state');

const tcp = internalBinding('tcp_wrap');
const pipe = internalBinding('pipe_wrap');
const UV_EOF = -4095;
const UV_ETIMEDOUT = -110;

let dns;
const lazyDns = () => (dns ??= require('dns'));
// Node's built-in diagnostics channels for sockets and listen().
const dc = require('diagnostics_channel');
const netClientSocketChannel = dc.channel('net.client.socket');
const netServerSocketChannel = dc.channel('net.server.socket');
const netListenChannels = dc.tracingChannel('net.server.listen');

// The cluster module, only in a cluster worker (elsewhere listen() binds).
const clusterWorker = () => (require('internal/cluster/id').workerId() ? require('cluster') : null);

const kLastWriteQueueSize = Symbol('lastWriteQueueSize');
const kTimeout = Symbol('timeout');
const kSetNoDelay = Symbol('kSetNoDelay');
const kSetKeepAlive = Symbol('kSetKeepAlive');
const kSetKeepAliveInitialDelay = Symbol('kSetKeepAliveInitialDelay');
const kBytesRead = Symbol('kBytesRead');
const kBytesWritten = Symbol('kBytesWritten');

function isPipeName(s) { return typeof s === 'string' && toNumber(s) === false; }
function toNumber(x) { return (x = Number(x)) >= 0 ? x : false; }


// A new handle of the kind a descriptor is (for `fd` options and stdio).
function createHandle(fd, isServer) {
  const type = internalBinding('tty').guessHandleType(fd);
  let h;
  if (type === 'PIPE') h = pipe.create(false);
  else if (type === 'TCP') h = tcp.create();
  else throw new ERR_INVALID_FD_TYPE(type);
  if (typeof h === 'number') throw errnoException(h, 'socket');
  void isServer;
  return h;
}

function normalizeArgs(args) {
  let arr;
  if (args.length === 0) {
    arr = [{}, null];
    return arr;
  }
  const arg0 = args[0];
  let options = {};
  if (typeof arg0 === 'object' && arg0 !== null) {
    options = arg0;
  } else if (isPipeName(arg0)) {
    options.path = arg0;
  } else {
    options.port = arg0;
    if (args.length > 1 && typeof args[1] === 'string') options.host = args[1];
  }
  const cb = args[args.length - 1];
  return [options, typeof cb === 'function' ? cb : null];
}

// ---- Socket ----

function Socket(options) {
  if (!(this instanceof Socket)) return new Socket(options);
  if (typeof options === 'number') options = { fd: options };
  else options = { ...options };
  this.connecting = false;
  this._hadError = false;
  this._handle = null;
  this._parent = null;
  this._host = null;
  this[kLastWriteQueueSize] = 0;
  this[kTimeout] = null;
  this[kBytesRead] = 0;
  this[kBytesWritten] = 0;
  this._pendingData = null;
  this._pendingEncoding = '';
  this.server = null;
  this._server = null;

  // Not half-open unless asked; 'close' comes from the handle's close.
  options.allowHalfOpen = Boolean(options.allowHalfOpen);
  options.emitClose = false;
  options.autoDestroy = true;
  options.decodeStrings = false;
  Duplex.call(this, options);

  if (options.handle) {
    this._handle = options.handle;
  } else if (options.fd !== undefined) {
    validateInt32(options.fd, 'fd', 0);
    this._handle = createHandle(options.fd, false);
    const kind = internalBinding('tty').guessHandleType(options.fd);
    const err = (kind === 'PIPE' ? pipe : tcp).open(this._handle, options.fd);
    if (err) throw errnoException(err, 'open');
      if ((options.fd === 1 || options.fd === 2) && kind === 'PIPE') {
      // stdout and stderr pipes are written synchronously, as in Node on Linux.
      sw.setBlocking(this._handle, true);
    }
  }
  if (this._handle) this._initHandle();

  this[kSetNoDelay] = Boolean(options.noDelay);
  this[kSetKeepAlive] = Boolean(options.keepAlive);
  this[kSetKeepAliveInitialDelay] = ~~(options.keepAliveInitialDelay / 1000);

  this.on('end', onReadableStreamEnd);
  if (options.signal) {
    validateAbortSignal(options.signal, 'options.signal');
  }
  if (this._handle && options.readable !== false) {
    if (options.pauseOnCreate) {
      this._handle.reading = false;
      sw.readStop(this._handle);
      this.readableFlowing = false;
    } else if (!options.manualStart) {
      this.read(0);
    }
  }
}
Object.setPrototypeOf(Socket.prototype, Duplex.prototype);
Object.setPrototypeOf(Socket, Duplex);

Socket.prototype._initHandle = function() {
  installCallbacks();
  this._handle.owner = this;
  this._handle.reading = false;
};

function onReadableStreamEnd() {
  if (!this.allowHalfOpen) {
    this.write = writeAfterFIN;
  }
}

function writeAfterFIN(chunk, encoding, cb) {
  if (!this.writableEnded) return Duplex.prototype.write.call(this, chunk, encoding, cb);
  if (typeof encoding === 'function') {
    cb = encoding;
    encoding = null;
  }
  const er = new Error('This socket has been ended by the other party');
  er.code = 'EPIPE';
  if (typeof cb === 'function') process.nextTick(cb, er);
  this.destroy(er);
  return false;
}

Object.defineProperties(Socket.prototype, {
  pending: {
    configurable: true,
    get() { return !this._handle || this.connecting; },
  },
  readyState: {
    configurable: true,
    get() {
      if (this.connecting) return 'opening';
      if (this.readable && this.writable) return 'open';
      if (this.readable && !this.writable) return 'readOnly';
      if (!this.readable && this.writable) return 'writeOnly';
      return 'closed';
    },
  },
  bufferSize: {
    configurable: true,
    get() { return this._handle ? this.writableLength : undefined; },
  },
  bytesRead: {
    configurable: true,
    get() { return this[kBytesRead]; },
  },
  bytesWritten: {
    configurable: true,
    get() {
      let bytes = this[kBytesWritten];
      const state = this._writableState;
      const data = this._pendingData;
      const encoding = this._pendingEncoding;
      if (!state) return undefined;
      for (const el of state.buffered ?? []) {
        if (el.chunk instanceof Uint8Array) bytes += el.chunk.length;
        else bytes += Buffer.byteLength(el.chunk, el.encoding);
      }
      if (Array.isArray(data)) {
        for (const el of data) bytes += el.chunk instanceof Uint8Array ? el.chunk.length : Buffer.byteLength(el.chunk, el.encoding);
      } else if (data) {
        bytes += data instanceof Uint8Array ? data.length : Buffer.byteLength(data, encoding);
      }
      return bytes;
    },
  },
  _connecting: {
    configurable: true,
    get() { return this.connecting; },
  },
  remoteAddress: { configurable: true, get() { return this._getpeername().address; } },
  remoteFamily: { configurable: true, get() { return this._getpeername().family; } },
  remotePort: { configurable: true, get() { return this._getpeername().port; } },
  localAddress: { configurable: true, get() { return this._getsockname().address; } },
  localPort: { configurable: true, get() { return this._getsockname().port; } },
  localFamily: { configurable: true, get() { return this._getsockname().family; } },
  timeout: { configurable: true, get() { return this._timeoutMs ?? 0; } },
});

Socket.prototype._getpeername = function() {
  if (!this._handle || this._handle.kind !== 'tcp') return {};
  if (!this._peername) {
    const out = {};
    if (tcp.getpeername(this._handle, out) !== 0) return {};
    this._peername = out;
  }
  return this._peername;
};

Socket.prototype._getsockname = function() {
  if (!this._handle || this._handle.kind !== 'tcp') return {};
  if (!this._sockname) {
    const out = {};
    if (tcp.getsockname(this._handle, out) !== 0) return {};
    this._sockname = out;
  }
  return this._sockname;
};

Socket.prototype.address = function() { return this._getsockname(); };

// ---- reading ----

Socket.prototype._read = function(n) {
  if (this.connecting || !this._handle) {
    this.once('connect', () => this._read(n));
  } else if (!this._handle.reading) {
    tryReadStart(this);
  }
};

function tryReadStart(socket) {
  socket._handle.reading = true;
  const err = sw.readStart(socket._handle);
  if (err) socket.destroy(errnoException(err, 'read'));
}

Socket.prototype._onHandleRead = function(handle, data) {
  if (handle !== this._handle) return;
  this._unrefTimer();
  if (typeof data !== 'number') {
    const buf = new FastBuffer(data);
    this[kBytesRead] += buf.length;
    if (!this.push(buf)) {
      handle.reading = false;
      const err = sw.readStop(handle);
      if (err) this.destroy(errnoException(err, 'read'));
    }
    return;
  }
  if (data !== UV_EOF) {
    this.destroy(errnoException(data, 'read'));
    return;
  }
  // The other side ended: no more reading from this handle.
  if (this._handle.reading) {
    this._handle.reading = false;
    sw.readStop(this._handle);
  }
  this.push(null);
  this.read(0);
};

// ---- writing ----

function afterWriteReq(status, handle) {
  const self = this.socket;
  if (self.destroyed) return;
  if (status < 0) {
    const ex = errnoException(status, 'write', this.error);
    if (typeof this.callback === 'function') this.callback(ex);
    else self.destroy(ex);
    return;
  }
  self[kBytesWritten] += this.bytes;
  self._unrefTimer();
  void handle;
  if (typeof this.callback === 'function') this.callback(null);
}

function chunkBytes(data, encoding) {
  if (typeof data !== 'string') return data;
  return Buffer.from(data, encoding);
}

Socket.prototype._writeGeneric = function(writev, data, encoding, cb) {
  if (this.connecting) {
    this._pendingData = data;
    this._pendingEncoding = encoding;
    this.once('connect', function connect() {
      this.off('close', onClose);
      this._writeGeneric(writev, data, encoding, cb);
    });
    function onClose() { cb(new ERR_SOCKET_CLOSED_BEFORE_CONNECTION()); }
    this.once('close', onClose);
    return;
  }
  this._pendingData = null;
  this._pendingEncoding = '';
  if (!this._handle) {
    cb(new ERR_SOCKET_CLOSED());
    return false;
  }
  this._unrefTimer();
  const req = { oncomplete: afterWriteReq, socket: this, callback: cb, bytes: 0 };
  let r;
  if (writev) {
    // UTF-8 and latin1 strings go as they are (C encodes them), marked 'l'
    // for latin1; other encodings become Buffers here.
    const chunks = new Array(data.length);
    let kinds = '';
    for (let i = 0; i < data.length; i++) {
      const { chunk, encoding: enc } = data[i];
      let kind = 'b';
      if (typeof chunk !== 'string') chunks[i] = chunk;
      else if (enc === 'latin1' || enc === 'binary' || enc === 'ascii') {
        chunks[i] = chunk;
        kind = 'l';
      } else if (enc === 'utf8' || enc === 'utf-8' || !enc) {
        chunks[i] = chunk;
        kind = 'u';
      } else {
        chunks[i] = chunkBytes(chunk, enc);
      }
      kinds += kind;
    }
    // The answer is bytes * 2 + (queued ? 1 : 0), or an errno.
    r = sw.writev(this._handle, req, chunks, kinds);
    if (r >= 0) {
      req.bytes = Math.floor(r / 2);
      r %= 2;
    }
  } else if (typeof data === 'string' && (encoding === 'utf8' || encoding === 'utf-8' || !encoding)) {
    // Encoded in C; the answer is bytes * 2 + (queued ? 1 : 0), or an errno.
    r = sw.writeUtf8String(this._handle, req, data);
    if (r >= 0) {
      req.bytes = Math.floor(r / 2);
      r %= 2;
    }
  } else if (typeof data === 'string' && (encoding === 'latin1' || encoding === 'binary' || encoding === 'ascii')) {
    r = sw.writev(this._handle, req, [data], 'l');
    if (r >= 0) {
      req.bytes = Math.floor(r / 2);
      r %= 2;
    }
  } else {
    const b = chunkBytes(data, encoding);
    req.bytes = b.length;
    r = sw.writeBuffer(this._handle, req, b);
  }
  if (r < 0) {
    // The write's callback gets the error too, before 'error'.
    this.destroy(errnoException(r, 'write'), cb);
    return;
  }
  if (r === 0) {
    // Written at once: no request is pending.
    this[kBytesWritten] += req.bytes;
    cb(null);
  }
};

Socket.prototype._writev = function(chunks, cb) { this._writeGeneric(true, chunks, '', cb); };
Socket.prototype._write = function(data, encoding, cb) { this._writeGeneric(false, data, encoding, cb); };

Socket.prototype._final = function(cb) {
  if (this.pending) {
    return this.once('connect', () => this._final(cb));
  }
  if (!this._handle) return cb();
  // As in Node, a failed shutdown (ENOTSOCK on a pipe, ENOTCONN) still
  // finishes the writable side.
  const req = { oncomplete: () => cb() };
  const err = sw.shutdown(this._handle, req);
  if (err === -107) return cb(); // ENOTCONN: nothing to shut down
  if (err !== 0) return cb(errnoException(err, 'shutdown'));
};

Socket.prototype.end = function(data, encoding, cb) {
  Duplex.prototype.end.call(this, data, encoding, cb);
  return this;
};

Socket.prototype.destroySoon = function() {
  if (this.writable) this.end();
  if (this.writableFinished) this.destroy();
  else this.once('finish', this.destroy);
};

// ---- destroying ----

Socket.prototype._destroy = function(exception, cb) {
  if (this[kTimeout]) {
    clearTimeout(this[kTimeout]);
    this[kTimeout] = null;
  }
  this.connecting = false;
  const isException = exception ? true : false;
  if (this._handle) {
    const handle = this._handle;
    this._handle = null;
    handle.owner = undefined;
    handle.onclose = () => this.emit('close', isException);
    if (this.resetAndClosing) {
      this.resetAndClosing = false;
      const err = tcp.reset(handle);
      if (err) {
        handle.onclose = undefined;
        sw.close(handle);
        this.emit('error', errnoException(err, 'reset'));
        process.nextTick(() => this.emit('close', isException));
      }
    } else {
      sw.close(handle);
    }
    cb(exception);
  } else {
    cb(exception);
    process.nextTick(() => this.emit('close', isException));
  }
  if (this._server) {
    this._server._connections--;
    if (this._server._emitCloseIfDrained) this._server._emitCloseIfDrained();
  }
};

Socket.prototype.resetAndDestroy = function() {
  if (this._handle) {
    if (this._handle.kind !== 'tcp') throw new ERR_INVALID_HANDLE_TYPE();
    if (this.connecting) {
      this.once('connect', () => this.resetAndDestroy());
    } else {
      this.resetAndClosing = true;
      this.destroy();
    }
  } else {
    this.destroy(new ERR_SOCKET_CLOSED());
  }
  return this;
};

// ---- options ----

Socket.prototype.setNoDelay = function(enable) {
  if (!this._handle) {
    this[kSetNoDelay] = Boolean(enable === undefined ? true : enable);
    return this;
  }
  const on = enable === undefined ? true : Boolean(enable);
  if (this._handle.kind === 'tcp' && this[kSetNoDelay] !== on) {
    this[kSetNoDelay] = on;
    tcp.setNoDelay(this._handle, on);
  }
  return this;
};

Socket.prototype.setKeepAlive = function(enable, initialDelayMsecs) {
  enable = Boolean(enable);
  const initialDelay = ~~(initialDelayMsecs / 1000);
  if (!this._handle) {
    this[kSetKeepAlive] = enable;
    this[kSetKeepAliveInitialDelay] = initialDelay;
    return this;
  }
  if (this._handle.kind === 'tcp') tcp.setKeepAlive(this._handle, enable, initialDelay);
  return this;
};

Socket.prototype.setTimeout = function(msecs, callback) {
  if (this.destroyed) return this;
  validateNumber(msecs, 'msecs', 0);
  if (callback !== undefined) validateFunction(callback, 'callback');
  this._timeoutMs = msecs;
  if (this[kTimeout]) {
    clearTimeout(this[kTimeout]);
    this[kTimeout] = null;
  }
  if (msecs === 0) {
    if (callback !== undefined) this.removeListener('timeout', callback);
  } else {
    this[kTimeout] = setTimeout(() => {
      this[kTimeout] = null;
      this.emit('timeout');
    }, msecs);
    this[kTimeout].unref();
    if (callback !== undefined) this.once('timeout', callback);
  }
  return this;
};

// Activity pushes the idle timeout back.
Socket.prototype._unrefTimer = function() {
  const t = this[kTimeout];
  if (t) t.refresh();
};

Socket.prototype.ref = function() {
  if (!this._handle) {
    this.once('connect', this.ref);
    return this;
  }
  sw.setRef(this._handle, true);
  return this;
};

Socket.prototype.unref = function() {
  if (!this._handle) {
    this.once('connect', this.unref);
    return this;
  }
  sw.setRef(this._handle, false);
  return this;
};

// ---- connecting ----

Socket.prototype.connect = function(...args) {
  let normalized;
  if (Array.isArray(args[0]) && args[0].length === 2 && typeof args[0][0] === 'object') normalized = args[0];
  else normalized = normalizeArgs(args);
  const [options, cb] = normalized;
  if (this.write !== Socket.prototype.write) this.write = Socket.prototype.write;
  if (this.destroyed) {
    this._handle = null;
    this._peername = null;
    this._sockname = null;
    this._undestroy();
  }
  const { path } = options;
  const pipeName = path !== undefined && path !== null;
  if (!this._handle) {
    this._handle = pipeName ? pipe.create(false) : tcp.create();
    if (typeof this._handle === 'number') {
      const err = this._handle;
      this._handle = null;
      throw errnoException(err, 'socket');
    }
    this._handle.kind = pipeName ? 'pipe' : 'tcp';
    this._initHandle();
  }
  if (cb !== null) this.once('connect', cb);
  this._unrefTimer();
  this.connecting = true;
  if (pipeName) {
    if (typeof path !== 'string') throw new ERR_INVALID_ARG_TYPE('options.path', 'string', path);
    internalConnect(this, path);
  } else {
    lookupAndConnect(this, options);
  }
  return this;
};

function lookupAndConnect(self, options) {
  const { localAddress, localPort } = options;
  const host = options.host || 'localhost';
  let { port } = options;
  if (localAddress && !isIP(localAddress)) {
    throw new ERR_INVALID_IP_ADDRESS(localAddress);
  }
  if (localPort) validateNumber(localPort, 'options.localPort');
  if (typeof port !== 'undefined') {
    if (typeof port !== 'number' && typeof port !== 'string') {
      throw new ERR_INVALID_ARG_TYPE('options.port', ['number', 'string'], port);
    }
    port = validatePort(port);
  }
  port |= 0;
  if (options.timeout) self.setTimeout(options.timeout);
  const addressType = isIP(host);
  if (addressType) {
    process.nextTick(() => {
      if (self.connecting) internalConnect(self, host, port, addressType, localAddress, localPort);
    });
    return;
  }
  if (options.lookup != null) validateFunction(options.lookup, 'options.lookup');
  const lookup = options.lookup || lazyDns().lookup;
  // As Node: ADDRCONFIG unless a family or hints are given; every address
  // (all: true) when families may be raced (autoSelectFamily).
  const family = options.family === 'IPv4' ? 4 : options.family === 'IPv6' ? 6 :
    options.family ? +options.family : undefined;
  const dnsopts = { family, hints: options.hints || 0 };
  if (family !== 4 && family !== 6 && dnsopts.hints === 0) dnsopts.hints = lazyDns().ADDRCONFIG;
  let autoSelectFamily = options.autoSelectFamily;
  if (autoSelectFamily === undefined || autoSelectFamily === null) autoSelectFamily = autoSelectFamilyDefault;
  else validateBoolean(autoSelectFamily, 'options.autoSelectFamily');
  let attemptTimeout = options.autoSelectFamilyAttemptTimeout;
  if (attemptTimeout === undefined || attemptTimeout === null) {
    attemptTimeout = autoSelectFamilyAttemptTimeoutDefault;
  } else {
    validateInt32(attemptTimeout, 'options.autoSelectFamilyAttemptTimeout', 1);
    if (attemptTimeout < 10) attemptTimeout = 10;
  }
  if (family !== 4 && family !== 6 && autoSelectFamily) dnsopts.all = true;
  self._host = host;
  lookup(host, dnsopts, function onLookup(err, addresses, family) {
    if (!self.connecting) return;
    if (err) {
      self.emit('lookup', err, undefined, undefined, host);
      process.nextTick(() => self.destroy(err));
      return;
    }
    if (!dnsopts.all) {
      // One address, as dns.lookup answers without `all`.
      if (!isIP(addresses)) {
        err = new ERR_INVALID_IP_ADDRESS(addresses);
        process.nextTick(() => self.destroy(err));
        return;
      }
      self.emit('lookup', null, addresses, family, host);
      internalConnect(self, addresses, port, isIP(addresses), localAddress, localPort);
      return;
    }
    if (!Array.isArray(addresses) || addresses.length === 0) {
      err = new Error(`getaddrinfo ENOTFOUND ${host}`);
      err.code = 'ENOTFOUND';
      self.emit('lookup', err, undefined, undefined, host);
      process.nextTick(() => self.destroy(err));
      return;
    }
    const first = addresses[0];
    self.emit('lookup', null, first.address, first.family, host);
    if (addresses.length === 1) {
      internalConnect(self, first.address, port, isIP(first.address), localAddress, localPort);
      return;
    }
    connectMultiple(self, addresses, port, localAddress, localPort, attemptTimeout);
  });
}

// autoSelectFamily ("happy eyeballs", as Node does it): the addresses are
// tried one at a time, families alternating from the first one's; an
// attempt that has not connected within the attempt timeout is abandoned
// for the next. All failing gives the only error or an AggregateError.
function connectMultiple(self, list, port, localAddress, localPort, timeout) {
  const byFamily = { 4: [], 6: [] };
  for (const a of list) byFamily[isIP(a.address) === 6 ? 6 : 4].push(a);
  const order = [];
  let turn = isIP(list[0].address) === 6 ? 6 : 4;
  while (byFamily[4].length || byFamily[6].length) {
    if (byFamily[turn].length) order.push(byFamily[turn].shift());
    turn = turn === 4 ? 6 : 4;
  }
  self.autoSelectFamilyAttemptedAddresses = [];
  attemptNext({ self, order, next: 0, port, localAddress, localPort, timeout, errors: [], timer: null, req: null });
}

function attemptNext(ctx) {
  const { self, port } = ctx;
  if (!self.connecting || self.destroyed) return;
  if (ctx.next >= ctx.order.length) {
    const errors = ctx.errors;
    let err = errors[0];
    if (errors.length > 1) {
      err = new AggregateError(errors, '');
      err.code = errors[0].code;
    }
    self.destroy(err);
    return;
  }
  const { address } = ctx.order[ctx.next++];
  const family = isIP(address);
  if (ctx.next > 1) freshHandle(self);
  self.autoSelectFamilyAttemptedAddresses.push(`${address}:${port}`);
  self.emit('connectionAttempt', address, port, family);
  let err = 0;
  if (ctx.localAddress || ctx.localPort) {
    err = tcp.bind(self._handle, ctx.localAddress || (family === 6 ? '::' : '0.0.0.0'), ctx.localPort | 0, 0);
    if (err) {
      self.destroy(exceptionWithHostPort(err, 'bind', ctx.localAddress, ctx.localPort));
      return;
    }
  }
  const req = { oncomplete: afterConnectMultiple, socket: self, address, port, family, ctx };
  ctx.req = req;
  err = tcp.connect(self._handle, req, address, port);
  if (err) {
    attemptFailed(ctx, req, exceptionWithHostPort(err, 'connect', address, port));
    return;
  }
  if (ctx.next < ctx.order.length) {
    ctx.timer = setTimeout(attemptTimedOut, ctx.timeout, ctx, req);
    ctx.timer.unref();
  }
}

function attemptFailed(ctx, req, err) {
  ctx.errors.push(err);
  ctx.self.emit('connectionAttemptFailed', req.address, req.port, req.family, err);
  attemptNext(ctx);
}

function attemptTimedOut(ctx, req) {
  if (ctx.req !== req || !ctx.self.connecting) return;
  ctx.timer = null;
  ctx.errors.push(exceptionWithHostPort(UV_ETIMEDOUT, 'connect', req.address, req.port));
  ctx.self.emit('connectionAttemptTimeout', req.address, req.port, req.family);
  attemptNext(ctx);
}

function afterConnectMultiple(status) {
  const ctx = this.ctx;
  const self = this.socket;
  if (ctx.req !== this || self.destroyed || !self._handle) return; // an abandoned attempt
  if (ctx.timer) {
    clearTimeout(ctx.timer);
    ctx.timer = null;
  }
  if (status === 0) {
    afterConnect.call(this, status);
    return;
  }
  attemptFailed(ctx, this, exceptionWithHostPort(status, 'connect', this.address, this.port));
}

// A new TCP handle for the next attempt; the abandoned one is closed.
function freshHandle(self) {
  const old = self._handle;
  old.owner = undefined;
  sw.close(old);
  self._handle = tcp.create();
  self._handle.kind = 'tcp';
  self._initHandle();
  self.connecting = true;
}

function internalConnect(self, address, port, addressType, localAddress, localPort) {
  if (!self._handle) return;
  let err;
  if (localAddress || localPort) {
    err = tcp.bind(self._handle, localAddress || (addressType === 6 ? '::' : '0.0.0.0'), localPort | 0, 0);
    if (err) {
      self.destroy(exceptionWithHostPort(err, 'bind', localAddress, localPort));
      return;
    }
  }
  const req = { oncomplete: afterConnect, socket: self, address, port, family: addressType };
  if (addressType === 6 || addressType === 4) {
    self.emit('connectionAttempt', address, port, addressType);
    err = tcp.connect(self._handle, req, address, port);
  } else {
    err = pipe.connect(self._handle, req, address);
  }
  if (err) {
    const ex = exceptionWithHostPort(err, 'connect', address, port);
    if (addressType === 6 || addressType === 4) self.emit('connectionAttemptFailed', address, port, addressType, ex);
    self.destroy(ex);
  }
}

function afterConnect(status) {
  const self = this.socket;
  if (self.destroyed || !self._handle) return;
  self.connecting = false;
  self._sockname = null;
  if (status === 0) {
    self._unrefTimer();
    if (self[kSetNoDelay] && self._handle.kind === 'tcp') tcp.setNoDelay(self._handle, true);
    if (self[kSetKeepAlive] && self._handle.kind === 'tcp') {
      tcp.setKeepAlive(self._handle, true, self[kSetKeepAliveInitialDelay]);
    }
    self.emit('connect');
    self.emit('ready');
    if (self.readable && !self.isPaused()) self.read(0);
  } else {
    const ex = exceptionWithHostPort(status, 'connect', this.address, this.port);
    if (this.family === 4 || this.family === 6) {
      self.emit('connectionAttemptFailed', this.address, this.port, this.family, ex);
    }
    self.destroy(ex);
  }
}

// ---- Server ----

function Server(options, connectionListener) {
  if (!(this instanceof Server)) return new Server(options, connectionListener);
  EventEmitter.call(this);
  if (typeof options === 'function') {
    connectionListener = options;
    options = {};
  } else if (options == null || typeof options === 'object') {
    options = { ...options };
    if (typeof connectionListener === 'function') this.on('connection', connectionListener);
  } else {
    throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
  }
  if (typeof connectionListener === 'function' && options.constructor === Object &&
      this.listenerCount('connection') === 0) {
    this.on('connection', connectionListener);
  }
  this._connections = 0;
  this._handle = null;
  this._usingWorkers = false;
  this._workers = [];
  this._unref = false;
  this.allowHalfOpen = options.allowHalfOpen || false;
  this.pauseOnConnect = !!options.pauseOnConnect;
  this.noDelay = Boolean(options.noDelay);
  this.keepAlive = Boolean(options.keepAlive);
  if (options.keepAliveInitialDelay !== undefined) {
    validateNumber(options.keepAliveInitialDelay, 'options.keepAliveInitialDelay');
  }
  this.keepAliveInitialDelay = Math.max(0, ~~(options.keepAliveInitialDelay / 1000));
  if (options.highWaterMark !== undefined) validateNumber(options.highWaterMark, 'options.highWaterMark');
  // As Node: a negative highWaterMark means the default.
  this.highWaterMark = options.highWaterMark === undefined || options.highWaterMark < 0 ?
    getDefaultHighWaterMark() : options.highWaterMark;
  this._pipeName = undefined;
}
Object.setPrototypeOf(Server.prototype, EventEmitter.prototype);
Object.setPrototypeOf(Server, EventEmitter);

Object.defineProperty(Server.prototype, 'listening', {
  configurable: true,
  enumerable: true,
  get() { return !!this._handle; },
});

Server.prototype.listen = function(...args) {
  const normalized = normalizeArgs(args);
  let options = normalized[0];
  const cb = normalized[1];
  if (this._handle) throw new ERR_SERVER_ALREADY_LISTEN();
  if (cb !== null) this.once('listening', cb);
  const backlogFromArgs = toNumber(args.length > 1 && args[1]) || toNumber(args.length > 2 && args[2]);
  options = options._handle || options.handle || options;
  if (netListenChannels.asyncStart.hasSubscribers) netListenChannels.asyncStart.publish({ server: this, options });
  const flags = options.ipv6Only ? 1 : 0;

  // An existing server or handle to listen on.
  if (options instanceof Server && options._handle) options = options._handle;
  if (sw.isHandle(options)) {
    this._handle = options;
    startListening(this, options.backlog || backlogFromArgs || 511);
    return this;
  }
  if (typeof options.fd === 'number' && options.fd >= 0) {
    this._handle = createHandle(options.fd, true);
    const kind = internalBinding('tty').guessHandleType(options.fd);
    const err = (kind === 'PIPE' ? pipe : tcp).open(this._handle, options.fd);
    if (err) throw errnoException(err, 'listen');
    this._handle.kind = kind === 'PIPE' ? 'pipe' : 'tcp';
    startListening(this, options.backlog || backlogFromArgs || 511);
    return this;
  }
  // listen(), listen(cb), listen(null) or { port: undefined }: any free port.
  if (args.length === 0 || typeof args[0] === 'function' ||
      (options.port === undefined && 'port' in options) || options.port === null) {
    options.port = 0;
  }
  if (typeof options.port === 'number' || typeof options.port === 'string') {
    const port = validatePort(options.port, 'options.port');
    const backlog = options.backlog || backlogFromArgs || 511;
    const host = options.host;
    if (host) {
      if (isIP(host)) {
        listenTCP(this, host, port, isIP(host), backlog, flags, options);
      } else {
        lazyDns().lookup(host, (err, ip, family) => {
          if (err) {
            listenFailed(this, err);
            return;
          }
          listenTCP(this, ip, port, family, backlog, flags, options);
        });
      }
    } else {
      listenTCP(this, null, port, 4, backlog, flags, options);
    }
    return this;
  }
  if (options.path && isPipeName(options.path)) {
    this._pipeName = options.path;
    listenPipe(this, options.path, options.backlog || backlogFromArgs || 511, options);
    return this;
  }
  if (!('port' in options || 'path' in options)) {
    throw new ERR_INVALID_ARG_VALUE('options', options, 'must have the property "port" or "path"');
  }
  throw new ERR_INVALID_ARG_VALUE('options', options);
};

function listenTCP(server, address, port, addressType, backlog, flags, options) {
  const cluster = options.exclusive ? null : clusterWorker();
  if (cluster) {
    // In a worker the primary listens (or binds the socket the workers share).
    cluster._getServer(server, { address, port, addressType, fd: -1, flags, backlog }, (errno, handle) => {
      if (errno) {
        listenFailed(server, uvExceptionWithHostPort(errno, 'listen', address, port));
        return;
      }
      server._handle = handle;
      if (handle.cluster) {
        finishListen(server, options);
      } else {
        handle.kind = 'tcp';
        startListening(server, backlog);
      }
    });
    return;
  }
  const h = createServerHandle(address, port, addressType, -1, flags);
  const err = typeof h === 'number' ? h : sw.listen(h, backlog);
  if (err) {
    if (typeof h !== 'number') sw.close(h);
    const where = typeof h === 'number' ? address ?? '0.0.0.0' : h.boundAddress;
    process.nextTick(listenFailed, server, uvExceptionWithHostPort(err, 'listen', where, port));
    return;
  }
  server._handle = h;
  finishListen(server, options);
}

function listenPipe(server, path, backlog, options) {
  const mode = (options.readableAll ? 1 : 0) | (options.writableAll ? 2 : 0);
  const cluster = options.exclusive ? null : clusterWorker();
  if (cluster) {
    // In a worker the primary listens on the path, as for TCP.
    cluster._getServer(server, { address: path, port: -1, addressType: -1, fd: -1, flags: mode, backlog },
      (errno, handle) => {
        if (errno) {
          listenFailed(server, uvExceptionWithHostPort(errno, 'listen', path, -1));
          return;
        }
        server._handle = handle;
        if (handle.cluster) {
          finishListen(server, options);
        } else {
          handle.kind = 'pipe';
          startListening(server, backlog);
        }
      });
    return;
  }
  const h = createServerHandle(path, -1, -1, -1, mode);
  const err = typeof h === 'number' ? h : sw.listen(h, backlog);
  if (err) {
    if (typeof h !== 'number') sw.close(h);
    process.nextTick(listenFailed, server, uvExceptionWithHostPort(err, 'listen', path, -1));
    return;
  }
  server._handle = h;
  finishListen(server, options);
}

function startListening(server, backlog) {
  const err = sw.listen(server._handle, backlog);
  if (err) {
    const h = server._handle;
    server._handle = null;
    sw.close(h);
    process.nextTick(listenFailed, server, uvExceptionWithHostPort(err, 'listen', null, -1));
    return;
  }
  finishListen(server, {});
}

function listenFailed(server, error) {
  if (netListenChannels.error.hasSubscribers) netListenChannels.error.publish({ server, error });
  server.emit('error', error);
}

function finishListen(server, options) {
  installCallbacks();
  server._handle.owner = server;
  if (server._unref) setHandleRef(server._handle, false);
  if (options.signal) {
    validateAbortSignal(options.signal, 'options.signal');
    const onAbort = () => server.close();
    if (options.signal.aborted) process.nextTick(onAbort);
    else options.signal.addEventListener('abort', onAbort, { once: true });
  }
  process.nextTick(() => {
    if (!server._handle) return;
    if (netListenChannels.asyncEnd.hasSubscribers) netListenChannels.asyncEnd.publish({ server });
    server.emit('listening');
  });
}

Server.prototype._onHandleConnection = function(handle, status, clientHandle) {
  if (status < 0) {
    this.emit('error', errnoException(status, 'accept'));
    return;
  }
  clientHandle.kind = handle.kind;
  if (this.maxConnections != null && this._connections >= this.maxConnections) {
    sw.close(clientHandle);
    this.emit('drop', { localAddress: undefined });
    return;
  }
  const socket = new Socket({
    handle: clientHandle,
    allowHalfOpen: this.allowHalfOpen,
    pauseOnCreate: this.pauseOnConnect,
    readable: true,
    writable: true,
    readableHighWaterMark: this.highWaterMark,
    writableHighWaterMark: this.highWaterMark,
  });
  if (this.noDelay && handle.kind === 'tcp') {
    socket[kSetNoDelay] = true;
    tcp.setNoDelay(clientHandle, true);
  }
  if (this.keepAlive && handle.kind === 'tcp') tcp.setKeepAlive(clientHandle, true, this.keepAliveInitialDelay);
  this._connections++;
  socket.server = this;
  socket._server = this;
  if (netServerSocketChannel.hasSubscribers) netServerSocketChannel.publish({ socket });
  this.emit('connection', socket);
};

Server.prototype.address = function() {
  if (!this._handle) return null;
  if (this._handle.cluster && typeof this._handle.sockname === 'string') return this._handle.sockname;
  if (this._handle.kind === 'pipe') {
    const name = pipe.getsockname(this._handle);
    return typeof name === 'string' ? name : this._pipeName;
  }
  const out = {};
  const err = this._handle.cluster ? this._handle.getsockname(out) : tcp.getsockname(this._handle, out);
  if (err) throw errnoException(err, 'address');
  return out;
};

// A connection the cluster primary accepted and handed to this worker.
Server.prototype._onClusterConnection = function(socket) {
  if (this.maxConnections != null && this._connections >= this.maxConnections) {
    socket.destroy();
    return;
  }
  if (this.noDelay) socket.setNoDelay(true);
  if (this.keepAlive) socket.setKeepAlive(true, this.keepAliveInitialDelay * 1000);
  this._connections++;
  socket.server = this;
  socket._server = this;
  if (netServerSocketChannel.hasSubscribers) netServerSocketChannel.publish({ socket });
  this.emit('connection', socket);
};

Server.prototype.getConnections = function(cb) {
  // Connections sent to other processes (child_process IPC) count too.
  if (this._usingWorkers && typeof cb === 'function') {
    require('internal/child_process/ipc').countServerConnections(this, cb);
    return this;
  }
  const n = this._connections;
  if (typeof cb === 'function') process.nextTick(cb, null, n);
  return this;
};

Server.prototype.close = function(cb) {
  if (typeof cb === 'function') {
    if (!this._handle) {
      this.once('close', function close() { cb(new ERR_SERVER_NOT_RUNNING()); });
    } else {
      this.once('close', cb);
    }
  }
  if (this._handle) {
    const h = this._handle;
    h.owner = undefined;
    if (h.cluster) h.close();
    else sw.close(h);
    this._handle = null;
  }
  if (this._usingWorkers) require('internal/child_process/ipc').closeServerWorkers(this);
  this._emitCloseIfDrained();
  return this;
};

Server.prototype._emitCloseIfDrained = function() {
  if (this._handle || this._connections) return;
  process.nextTick(() => this.emit('close'));
};

Server.prototype.ref = function() {
  this._unref = false;
  if (this._handle) setHandleRef(this._handle, true);
  return this;
};

Server.prototype.unref = function() {
  this._unref = true;
  if (this._handle) setHandleRef(this._handle, false);
  return this;
};

// A listening handle, or a cluster worker's stand-in for the primary's.
function setHandleRef(h, ref) {
  if (h.cluster) h.setRef(ref);
  else sw.setRef(h, ref);
}

Server.prototype[Symbol.asyncDispose] = function() {
  if (!this._handle) return Promise.resolve();
  return new Promise((resolve, reject) => this.close((err) => (err ? reject(err) : resolve())));
};

Object.defineProperty(Server.prototype, 'connections', {
  configurable: true,
  get() { return this._connections; },
  set(v) { this._connections = v; },
});

// ---- module functions ----

function createServer(options, connectionListener) {
  return new Server(options, connectionListener);
}

function connect(...args) {
  const normalized = normalizeArgs(args);
  const [options] = normalized;
  if (options.port === undefined && options.path === undefined && args.length > 0 &&
      typeof args[0] === 'object' && args[0] !== null) {
    throw new ERR_MISSING_ARGS(['options', 'port', 'path']);
  }
  if (args.length === 0) throw new ERR_MISSING_ARGS(['options', 'port', 'path']);
  const socket = new Socket(options);
  if (options.timeout) socket.setTimeout(options.timeout);
  if (netClientSocketChannel.hasSubscribers) netClientSocketChannel.publish({ socket });
  return socket.connect(normalized);
}

// A bound, not yet listening, TCP handle (the socket a cluster primary
// shares with its workers), or a negative errno.
// Also what listen() binds. boundAddress names the address for errors.
// addressType -1 is a pipe bound to the path `address`; then flags are the
// readableAll (1) / writableAll (2) bits.
function createServerHandle(address, port, addressType, fd, flags) {
  if (addressType === -1) {
    const h = pipe.create(false);
    if (typeof h === 'number') return h;
    h.kind = 'pipe';
    let err = pipe.bind(h, address);
    if (!err && flags) err = pipe.chmod(h, flags);
    if (err) {
      sw.close(h);
      return err;
    }
    return h;
  }
  const h = tcp.create();
  if (typeof h === 'number') return h;
  h.kind = 'tcp';
  let err;
  if (address === null || address === undefined) {
    // Any address: IPv6 (which also takes IPv4) where the machine has it.
    err = tcp.bind(h, '::', port, flags | 0);
    if (err) {
      sw.close(h);
      return createServerHandle('0.0.0.0', port, 4, fd, 0);
    }
    h.boundAddress = '::';
  } else {
    err = tcp.bind(h, address, port, flags | 0);
    h.boundAddress = address;
  }
  if (err) {
    sw.close(h);
    return err;
  }
  return h;
}

let autoSelectFamilyDefault = true;
let autoSelectFamilyAttemptTimeoutDefault = 250;

let simultaneousAcceptsWarned = false;
module.exports = {
  _createServerHandle: createServerHandle,
  _normalizeArgs: normalizeArgs,
  // A no-op (Windows-only in node), deprecated there.
  _setSimultaneousAccepts() {
    if (!simultaneousAcceptsWarned) {
      simultaneousAcceptsWarned = true;
      process.emitWarning('net._setSimultaneousAccepts() is deprecated and will be removed.',
        'DeprecationWarning', 'DEP0121');
    }
  },
  connect,
  createConnection: connect,
  createServer,
  isIP,
  isIPv4,
  isIPv6,
  Server,
  Socket,
  Stream: Socket,
  getDefaultAutoSelectFamily: () => autoSelectFamilyDefault,
  setDefaultAutoSelectFamily(v) {
    validateBoolean(v, 'value');
    autoSelectFamilyDefault = v;
  },
  getDefaultAutoSelectFamilyAttemptTimeout: () => autoSelectFamilyAttemptTimeoutDefault,
  setDefaultAutoSelectFamilyAttemptTimeout(v) {
    validateInt32(v, 'value', 1);
    autoSelectFamilyAttemptTimeoutDefault = v < 10 ? 10 : v;
  },
};

// Loaded on first use, as in Node.
for (const name of ['BlockList', 'SocketAddress']) {
  Object.defineProperty(module.exports, name, {
    configurable: true,
    enumerable: true,
    get() { return require('internal/socketaddress')[name]; },
  });
}
