'use strict';
// tls.TLSSocket, tls.Server and tls.connect. A TLSSocket is a net.Socket
// whose stream handle is read and written by a TLS connection in C
// (src/tls_wrap.c): JS sees cleartext only, one call per read as with a
// plain socket. Over a JS Duplex with no handle, the encrypted bytes travel
// through JS instead (receive() / onencrypted).

const net = require('net');
const { FastBuffer } = require('internal/buffer');
const { installCallbacks: installNetCallbacks } = require('internal/net');
const {
  errnoException,
  codes: {
    ERR_INVALID_ARG_TYPE, ERR_MULTIPLE_CALLBACK, ERR_SOCKET_CLOSED, ERR_TLS_HANDSHAKE_TIMEOUT,
    ERR_TLS_INVALID_CONTEXT, ERR_TLS_REQUIRED_SERVER_NAME, ERR_TLS_SNI_FROM_SERVER, ERR_TLS_INVALID_STATE,
    ERR_MISSING_ARGS, ERR_TLS_ALPN_CALLBACK_INVALID_RESULT, ERR_TLS_ALPN_CALLBACK_WITH_PROTOCOLS,
  },
} = require('internal/errors');
const {
  validateFunction, validateNumber, validateObject, validateString, validateInt32,
} = require('internal/validators');
const { SecureContext, createSecureContext, translatePeerCertificate } = require('internal/tls/secure_context');

const tw = internalBinding('tls_wrap');
const UV_EOF = -4095;

const kConnectOptions = Symbol('connect-options');
const kSNICallback = Symbol('snicallback');
const kEnableTrace = Symbol('enable-trace');
const kALPNCallback = Symbol('alpn-callback');
const kHandshakeTimeout = Symbol('handshake-timeout');
const kPendingWrite = Symbol('pending-write');
const kRenegotiateCb = Symbol('renegotiate-cb');
const kParent = Symbol('parent');
const kErrorEmitted = Symbol('error-emitted');
const kBytesRead = Symbol('bytes-read');
const kBytesWritten = Symbol('bytes-written');

let tlsModule;
const tls = () => (tlsModule ??= require('tls'));

let callbacksInstalled = false;
function installCallbacks() {
  if (callbacksInstalled) return;
  callbacksInstalled = true;
  installNetCallbacks();
  const to = (name) => function(a, b) {
    const owner = this.owner;
    if (owner !== undefined) owner[name](a, b);
  };
  tw.setCallbacks({
    onread: to('_onTlsRead'),
    onhandshake: to('_onTlsHandshake'),
    onerror: to('_onTlsError'),
    onhello: to('_onTlsHello'),
    onsession: to('_onTlsSession'),
    onencrypted: to('_onTlsEncrypted'),
    onkeylog: to('_onTlsKeylog'),
    onwrite(req, status) { req.oncomplete(status); },
    onshutdown(req, status) { req.oncomplete(status); },
  });
}

function validateBufferLike(v, name) {
  if (!ArrayBuffer.isView(v)) throw new ERR_INVALID_ARG_TYPE(name, ['Buffer', 'TypedArray', 'DataView'], v);
}

// ---- TLSSocket ----

function TLSSocket(socket, opts) {
  if (!(this instanceof TLSSocket)) return new TLSSocket(socket, opts);
  const tlsOptions = { ...opts };
  if (tlsOptions.ALPNProtocols) {
    tls().convertALPNProtocols(tlsOptions.ALPNProtocols, tlsOptions);
    if (!ArrayBuffer.isView(tlsOptions.ALPNProtocols)) throw new TypeError('Must give a Buffer as first argument');
  }
  const context = tlsOptions.secureContext;
  if (context !== undefined && context !== null && !context?.context?._handle) {
    throw new ERR_TLS_INVALID_CONTEXT('context');
  }
  this._tlsOptions = tlsOptions;
  this._secureEstablished = false;
  this.secureConnecting = true;
  this._SNICallback = null;
  this.servername = null;
  this.alpnProtocol = null;
  this.authorized = false;
  this.authorizationError = null;
  this.encrypted = true;
  this._tls = null;
  this._tlsPaused = false;
  this[kPendingWrite] = null;
  this[kRenegotiateCb] = null;
  this[kParent] = null;
  this[kErrorEmitted] = false;
  this[kHandshakeTimeout] = null;
  this[kBytesRead] = 0;
  this[kBytesWritten] = 0;

  // A connected net.Socket gives its handle to the TLS layer; another
  // stream carries the records through JS.
  let handle = null;
  let jsStream = null;
  let waitConnect = null;
  if (socket instanceof net.Socket && socket._handle && !socket.connecting) {
    handle = socket._handle;
    socket._handle = null;
    handle.owner = undefined;
    this[kParent] = socket;
  } else if (socket instanceof net.Socket && socket.connecting) {
    waitConnect = socket;
    this[kParent] = socket;
  } else if (socket) {
    jsStream = socket;
    this[kParent] = socket;
  }
  net.Socket.call(this, {
    handle,
    allowHalfOpen: socket ? socket.allowHalfOpen : tlsOptions.allowHalfOpen,
    manualStart: true,
    highWaterMark: tlsOptions.highWaterMark,
    readableHighWaterMark: socket?.readableHighWaterMark,
    writableHighWaterMark: socket?.writableHighWaterMark,
  });
  if (this[kParent]) linkParent(this, this[kParent]);
  if (handle) {
    this._handle.kind ??= 'tcp';
    this._attach(handle);
    // Bytes the socket had read but nobody consumed are the peer's first records.
    if (socket.readableLength > 0) {
      let chunk;
      while ((chunk = socket.read()) !== null) {
        if (this._tls) tw.receive(this._tls, typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
      }
    }
  } else if (jsStream) {
    this._attach(null);
    pipeFromStream(this, jsStream);
  } else if (waitConnect) {
    // Its handle is taken once it has connected (the connect request is its).
    waitConnect.once('connect', () => {
      if (this.destroyed || !waitConnect._handle) return;
      const h = waitConnect._handle;
      waitConnect._handle = null;
      h.owner = undefined;
      this._handle = h;
      this._initHandle();
      this._attach(h);
      if (this._tlsStartWanted) this._start();
    });
  }
  this.on('close', onSocketCloseBeforeSecure);
  // Reading begins with the handshake; JS flow control follows it.
  this.read(0);
}
Object.setPrototypeOf(TLSSocket.prototype, net.Socket.prototype);
Object.setPrototypeOf(TLSSocket, net.Socket);

// The wrapped socket goes when the TLS socket goes, and the other way round.
function linkParent(tlsSocket, parent) {
  const parentDestroy = parent._destroy;
  parent._destroy = function(err, cb) {
    if (!tlsSocket.destroyed) tlsSocket.destroy(err);
    parentDestroy.call(this, err, cb);
  };
}

function pipeFromStream(tlsSocket, stream) {
  stream.on('data', (chunk) => {
    if (tlsSocket._tls) {
      if (typeof chunk === 'string') chunk = Buffer.from(chunk);
      tw.receive(tlsSocket._tls, chunk);
    }
  });
  stream.on('end', () => {
    if (tlsSocket._tls) tw.receiveEnd(tlsSocket._tls);
  });
  stream.on('error', (err) => tlsSocket.destroy(err));
  stream.on('close', () => {
    if (!tlsSocket.destroyed) tlsSocket.destroy();
  });
}

// Creates the TLS connection on `handle` (a stream handle, or null for a
// JS-fed one) with this socket's options; the handshake starts in _start().
TLSSocket.prototype._attach = function(handle) {
  installCallbacks();
  const options = this._tlsOptions;
  let context = options.secureContext;
  if (!context) {
    context = createSecureContext(options);
    options.secureContext = context;
  }
  const wrap = tw.create(context.context._handle, !!options.isServer, handle);
  wrap.owner = this;
  this._tls = wrap;
  const config = { sessionEvents: !options.isServer };
  if (options.isServer) {
    config.keylog = options.server ? options.server.listenerCount('keylog') > 0 : false;
    config.requestCert = !!options.requestCert;
    config.rejectUnauthorized = options.rejectUnauthorized !== false;
    const server = options.server;
    this._SNICallback = options.SNICallback || (server && server._contexts.length ? server._defaultSNI : null);
    this._ALPNCallback = typeof options.ALPNCallback === 'function' ? options.ALPNCallback : null;
    config.helloPause = typeof this._SNICallback === 'function' || this._ALPNCallback !== null;
    if (options.ALPNProtocols) config.alpn = options.ALPNProtocols;
    if (options.handshakeTimeout > 0) {
      this[kHandshakeTimeout] = setTimeout(() => {
        this[kHandshakeTimeout] = null;
        // As in Node, only reported: the listener decides (https destroys).
        this._emitTLSError(new ERR_TLS_HANDSHAKE_TIMEOUT(), false);
      }, options.handshakeTimeout);
      this[kHandshakeTimeout].unref();
    }
  } else if (options.ALPNProtocols) {
    config.alpn = options.ALPNProtocols;
  }
  tw.configure(wrap, config);
  if (options.enableTrace) tw.enableTrace(wrap);
  if (options.isServer) this._start();
};

TLSSocket.prototype._start = function() {
  if (!this._tls) {
    this._tlsStartWanted = true;
    return;
  }
  if (this._started || this.destroyed) return;
  this._started = true;
  if (!this._tlsOptions.isServer && this.listenerCount('keylog') > 0) tw.configure(this._tls, { keylog: true });
  tw.start(this._tls);
};

TLSSocket.prototype._read = function(n) {
  if (this._tls && this._tlsPaused) {
    this._tlsPaused = false;
    tw.readStart(this._tls);
    if (!this._handle && this[kParent] && typeof this[kParent].resume === 'function') this[kParent].resume();
  }
  void n;
};

TLSSocket.prototype._onTlsRead = function(data) {
  if (typeof data !== 'number') {
    this._unrefTimer();
    this[kBytesRead] += data.byteLength;
    if (!this.push(new FastBuffer(data)) && this._tls) {
      this._tlsPaused = true;
      tw.readStop(this._tls);
      if (!this._handle && this[kParent] && typeof this[kParent].pause === 'function') this[kParent].pause();
    }
    return;
  }
  if (data === UV_EOF) {
    if (!this._secureEstablished) {
      this._emitTLSError(disconnectedError(this));
      return;
    }
    this.push(null);
    this.read(0);
    return;
  }
  this._emitTLSError(errnoException(data, 'read'));
};

function disconnectedError(socket) {
  if (socket._tlsOptions.isServer) return connReset('socket hang up');
  const err = connReset('Client network socket disconnected before secure TLS connection was established');
  const opts = socket[kConnectOptions] || {};
  err.path = opts.path;
  err.host = opts.host;
  err.port = opts.port;
  err.localAddress = opts.localAddress;
  return err;
}

function connReset(msg) {
  const err = new Error(msg);
  err.code = 'ECONNRESET';
  return err;
}

TLSSocket.prototype._onTlsError = function(err) {
  if (typeof err === 'number') err = errnoException(err, 'write');
  this._emitTLSError(err);
};

// Before the handshake is done a server's errors go to 'tlsClientError'.
TLSSocket.prototype._emitTLSError = function(err, destroy = true) {
  if (this._tlsOptions.isServer && !this._secureEstablished) {
    if (this[kErrorEmitted]) return;
    this[kErrorEmitted] = true;
    const server = this._tlsOptions.server;
    if (destroy) this.destroy();
    if (server) server.emit('tlsClientError', err, this);
    return;
  }
  this.destroy(err);
};

function onSocketCloseBeforeSecure() {
  if (this._tlsOptions.isServer && !this._secureEstablished && !this[kErrorEmitted]) {
    this[kErrorEmitted] = true;
    const server = this._tlsOptions.server;
    if (server) server.emit('tlsClientError', connReset('socket hang up'), this);
  }
}

TLSSocket.prototype._onTlsHandshake = function() {
  if (this._secureEstablished) {
    // A renegotiation finished.
    const cb = this[kRenegotiateCb];
    this[kRenegotiateCb] = null;
    if (cb) cb(null);
    return;
  }
  this._secureEstablished = true;
  this.secureConnecting = false;
  if (this[kHandshakeTimeout]) {
    clearTimeout(this[kHandshakeTimeout]);
    this[kHandshakeTimeout] = null;
  }
  this.alpnProtocol = tw.getALPN(this._tls);
  this.servername = tw.getServername(this._tls);
  // Our handler runs first, as the first 'secure' listener does in Node.
  if (this._tlsOptions.isServer) onServerSecure(this);
  else onClientSecure(this);
  this.emit('secure');
  // Writes that waited for the handshake.
  const pending = this[kPendingWrite];
  this[kPendingWrite] = null;
  if (pending && !this.destroyed) pending();
};

function onServerSecure(socket) {
  const options = socket._tlsOptions;
  if (options.requestCert) {
    const err = verifyError(socket);
    if (err) {
      socket.authorizationError = err.code;
      if (options.rejectUnauthorized !== false) {
        // As in Node, the server hears of it as a hang-up ('tlsClientError').
        socket._secureEstablished = false;
        socket.destroy();
        return;
      }
    } else {
      socket.authorized = true;
    }
  }
  if (!socket.destroyed && options.server) options.server.emit('secureConnection', socket);
}

function onClientSecure(socket) {
  const options = socket[kConnectOptions] || socket._tlsOptions;
  let err = verifyError(socket);
  if (!err && !socket.isSessionReused()) {
    const host = options.servername || options.host || socket[kParent]?._host || 'localhost';
    const check = options.checkServerIdentity || tls().checkServerIdentity;
    err = check(host, socket.getPeerCertificate(true));
  }
  if (err) {
    socket.authorized = false;
    socket.authorizationError = err.code || err.message;
    if (options.rejectUnauthorized !== false) {
      socket.destroy(err);
      return;
    }
  } else {
    socket.authorized = true;
  }
  socket.emit('secureConnect');
}

function verifyError(socket) {
  const r = socket._tls ? tw.verifyError(socket._tls) : null;
  if (!r) return null;
  const err = new Error(r[1]);
  if (r[0] !== undefined) err.code = r[0];
  return err;
}

TLSSocket.prototype._onTlsSession = function(ab) {
  this.emit('session', new FastBuffer(ab));
};

// 'keylog' on the server (line, socket) or on a client socket (line).
TLSSocket.prototype._onTlsKeylog = function(ab) {
  const line = new FastBuffer(ab);
  const server = this._tlsOptions.server;
  if (this._tlsOptions.isServer && server) server.emit('keylog', line, this);
  else this.emit('keylog', line);
};

TLSSocket.prototype._onTlsEncrypted = function(ab) {
  const parent = this[kParent];
  if (parent && !parent.destroyed && parent.writable) parent.write(new FastBuffer(ab));
};

// The names of an ALPN list in the wire format.
function decodeALPN(wire) {
  const bytes = new Uint8Array(wire);
  const names = [];
  for (let i = 0; i < bytes.length; i += 1 + bytes[i]) {
    names.push(Buffer.from(bytes.subarray(i + 1, i + 1 + bytes[i])).toString('latin1'));
  }
  return names;
}

// SNICallback, then ALPNCallback: the handshake waits at the ClientHello
// until they have answered.
TLSSocket.prototype._onTlsHello = function(servername, alpnWire) {
  const proceed = (contextHandle) => {
    let alpn;
    const alpnCallback = this._ALPNCallback;
    if (alpnCallback && alpnWire) {
      const protocols = decodeALPN(alpnWire);
      let chosen;
      try {
        chosen = alpnCallback({ servername: servername || undefined, protocols });
      } catch (err) {
        this._emitTLSError(err);
        return;
      }
      if (chosen === undefined) {
        alpn = false; // no protocol: the handshake fails with no_application_protocol
      } else if (!protocols.includes(chosen)) {
        this._emitTLSError(new ERR_TLS_ALPN_CALLBACK_INVALID_RESULT(chosen, protocols));
        return;
      } else {
        alpn = chosen;
      }
    }
    tw.resumeHello(this._tls, contextHandle, alpn);
  };
  const cb = this._SNICallback;
  if (!servername || typeof cb !== 'function') {
    proceed(null);
    return;
  }
  let called = false;
  cb(servername, (err, context) => {
    if (called) {
      this._emitTLSError(new ERR_MULTIPLE_CALLBACK());
      return;
    }
    called = true;
    if (err) {
      this._emitTLSError(err);
      return;
    }
    if (this.destroyed || !this._tls) return;
    let handle = null;
    if (context) {
      handle = context.context?._handle;
      if (!handle) {
        this._emitTLSError(new Error('Invalid SNI context'));
        return;
      }
    }
    // On the next tick, as in Node: a second call of the callback still
    // finds the handshake waiting.
    process.nextTick(() => {
      if (!this.destroyed && this._tls) proceed(handle);
    });
  });
};

// ---- writing ----

function afterTlsWrite(status) {
  const socket = this.socket;
  if (socket.destroyed) return;
  if (status < 0) {
    const ex = errnoException(status, 'write');
    if (typeof this.callback === 'function') this.callback(ex);
    else socket.destroy(ex);
    return;
  }
  socket._unrefTimer();
  socket[kBytesWritten] += this.bytes;
  if (typeof this.callback === 'function') this.callback(null);
}

TLSSocket.prototype._writeGeneric = function(writev, data, encoding, cb) {
  if (!this._secureEstablished) {
    // Held until the handshake is done (Writable passes one write at a time).
    this[kPendingWrite] = () => this._writeGeneric(writev, data, encoding, cb);
    return;
  }
  if (!this._tls) {
    cb(new ERR_SOCKET_CLOSED());
    return;
  }
  this._unrefTimer();
  const req = { oncomplete: afterTlsWrite, socket: this, callback: cb, bytes: 0 };
  let r;
  if (writev) {
    const chunks = new Array(data.length);
    let bytes = 0;
    for (let i = 0; i < data.length; i++) {
      const c = data[i].chunk;
      chunks[i] = typeof c === 'string' ? Buffer.from(c, data[i].encoding) : c;
      bytes += chunks[i].byteLength;
    }
    req.bytes = bytes;
    r = tw.writev(this._tls, req, chunks);
  } else if (typeof data === 'string' && (encoding === 'utf8' || encoding === 'utf-8' || !encoding)) {
    // Encoded in C; the answer is bytes * 2 + (queued ? 1 : 0), or an errno.
    r = tw.writeUtf8String(this._tls, req, data);
    if (r >= 0) {
      req.bytes = Math.floor(r / 2);
      r %= 2;
    }
  } else {
    if (typeof data === 'string') data = Buffer.from(data, encoding);
    req.bytes = data.byteLength;
    r = tw.writeBuffer(this._tls, req, data);
  }
  if (r < 0) {
    if (!this.destroyed) this.destroy(errnoException(r, 'write'), cb);
    return;
  }
  if (r === 0) {
    this[kBytesWritten] += req.bytes;
    cb(null);
  }
};

TLSSocket.prototype._writev = function(chunks, cb) { this._writeGeneric(true, chunks, '', cb); };
TLSSocket.prototype._write = function(data, encoding, cb) { this._writeGeneric(false, data, encoding, cb); };

TLSSocket.prototype._final = function(cb) {
  if (!this._secureEstablished && !this.destroyed) {
    const prev = this[kPendingWrite];
    this[kPendingWrite] = () => {
      if (prev) prev();
      this._final(cb);
    };
    return;
  }
  if (!this._tls) return cb();
  const r = tw.shutdown(this._tls, { oncomplete: () => cb() });
  if (r === 1) {
    // JS-fed: close_notify went through onencrypted; end the carrier.
    const parent = this[kParent];
    if (parent && typeof parent.end === 'function' && parent.writable) parent.end();
    cb();
  } else if (r !== 0) {
    cb();
  }
};

TLSSocket.prototype._destroy = function(exception, cb) {
  if (this[kHandshakeTimeout]) {
    clearTimeout(this[kHandshakeTimeout]);
    this[kHandshakeTimeout] = null;
  }
  if (this._tls) {
    tw.destroy(this._tls);
    this._tls.owner = undefined;
    this._tlsClosed = this._tls;
    this._tls = null;
  }
  const parent = this[kParent];
  net.Socket.prototype._destroy.call(this, exception, cb);
  if (parent && !parent.destroyed) parent.destroy();
  const renegotiated = this[kRenegotiateCb];
  this[kRenegotiateCb] = null;
  if (renegotiated) renegotiated(new ERR_SOCKET_CLOSED());
};

// ---- queries ----

// The TLS connection even after destroy() (for getters such as getSession).
function conn(socket) { return socket._tls || socket._tlsClosed || null; }

TLSSocket.prototype.getPeerCertificate = function(detailed) {
  const c = conn(this);
  if (!c || this.destroyed) return null;
  return translatePeerCertificate(tw.getPeerCertificate(c, !!detailed)) || {};
};

TLSSocket.prototype.getCertificate = function() {
  const c = conn(this);
  if (!c || this.destroyed) return null;
  return translatePeerCertificate(tw.getCertificate(c)) || {};
};

function x509(raw) {
  const { X509Certificate } = require('crypto');
  return raw && typeof X509Certificate === 'function' ? new X509Certificate(raw) : undefined;
}

TLSSocket.prototype.getPeerX509Certificate = function() {
  const c = conn(this);
  const cert = c ? tw.getPeerCertificate(c, false) : null;
  return cert ? x509(new FastBuffer(cert.raw)) : undefined;
};

TLSSocket.prototype.getX509Certificate = function() {
  const c = conn(this);
  const cert = c ? tw.getCertificate(c) : null;
  return cert ? x509(new FastBuffer(cert.raw)) : undefined;
};

TLSSocket.prototype.getCipher = function() {
  const c = conn(this);
  return c ? tw.getCipher(c) : null;
};

TLSSocket.prototype.getProtocol = function() {
  const c = conn(this);
  return c ? tw.getProtocol(c) : null;
};

TLSSocket.prototype.getEphemeralKeyInfo = function() {
  const c = conn(this);
  if (!c || this._tlsOptions.isServer) return null;
  return tw.getEphemeralKeyInfo(c);
};

TLSSocket.prototype.getSession = function() {
  const c = conn(this);
  const s = c ? tw.getSession(c) : undefined;
  return s ? new FastBuffer(s) : undefined;
};

TLSSocket.prototype.getTLSTicket = function() {
  const c = conn(this);
  const t = c ? tw.getTLSTicket(c) : undefined;
  return t ? new FastBuffer(t) : undefined;
};

TLSSocket.prototype.isSessionReused = function() {
  const c = conn(this);
  return c ? tw.isSessionReused(c) : false;
};

TLSSocket.prototype.getFinished = function() {
  const c = conn(this);
  const f = c ? tw.getFinished(c, false) : undefined;
  return f ? new FastBuffer(f) : undefined;
};

TLSSocket.prototype.getPeerFinished = function() {
  const c = conn(this);
  const f = c ? tw.getFinished(c, true) : undefined;
  return f ? new FastBuffer(f) : undefined;
};

TLSSocket.prototype.getSharedSigalgs = function() {
  const c = conn(this);
  if (!c) throw new ERR_SOCKET_CLOSED();
  return tw.getSharedSigalgs(c);
};

TLSSocket.prototype.exportKeyingMaterial = function(length, label, context) {
  validateNumber(length, 'length');
  validateString(label, 'label');
  if (context !== undefined) validateBufferLike(context, 'context');
  if (!this._secureEstablished) throw new ERR_TLS_INVALID_STATE();
  return new FastBuffer(tw.exportKeyingMaterial(this._tls, length, label, context));
};

TLSSocket.prototype.setSession = function(session) {
  if (typeof session === 'string') session = Buffer.from(session, 'latin1');
  if (!ArrayBuffer.isView(session)) {
    const err = new TypeError('Session must be a buffer');
    err.code = 'ERR_INVALID_ARG_TYPE';
    throw err;
  }
  if (this._tls) tw.configure(this._tls, { session });
  else this._pendingSession = session;
};

TLSSocket.prototype.setServername = function(name) {
  validateString(name, 'name');
  if (this._tlsOptions.isServer) throw new ERR_TLS_SNI_FROM_SERVER();
  if (this._tls) tw.configure(this._tls, { servername: name });
  else this._pendingServername = name;
};

TLSSocket.prototype.setMaxSendFragment = function(size) {
  validateInt32(size, 'size');
  return this._tls ? tw.setMaxSendFragment(this._tls, size) : false;
};

TLSSocket.prototype.disableRenegotiation = function() {
  if (this._tls) tw.disableRenegotiation(this._tls);
};

TLSSocket.prototype.renegotiate = function(options, callback) {
  validateObject(options, 'options');
  if (callback !== undefined) validateFunction(callback, 'callback');
  if (this.destroyed || !this._tls) return false;
  try {
    tw.renegotiate(this._tls);
  } catch (err) {
    if (callback) process.nextTick(callback, err);
    return false;
  }
  this[kRenegotiateCb] = callback || null;
  return true;
};

TLSSocket.prototype.enableTrace = function() {
  if (this._tls) tw.enableTrace(this._tls);
  else this._tlsOptions.enableTrace = true;
};

TLSSocket.prototype.setKeyCert = function(context) {
  const secure = context instanceof SecureContext ? context : createSecureContext(context);
  if (this._tls) tw.setKeyCert(this._tls, secure.context._handle);
};

Object.defineProperties(TLSSocket.prototype, {
  _connecting: { configurable: true, get() { return this.connecting; } },
  // Cleartext bytes, as in Node.
  bytesRead: { configurable: true, get() { return this[kBytesRead]; } },
  bytesWritten: { configurable: true, get() { return this[kBytesWritten]; } },
});

// ---- tls.Server ----

function Server(options, listener) {
  if (!(this instanceof Server)) return new Server(options, listener);
  if (typeof options === 'function') {
    listener = options;
    options = {};
  } else if (options == null || typeof options === 'object') {
    options = options ?? {};
  } else {
    throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
  }
  this._contexts = [];
  this.requestCert = options.requestCert === true;
  this.rejectUnauthorized = options.rejectUnauthorized !== false;
  if (options.ALPNProtocols) tls().convertALPNProtocols(options.ALPNProtocols, this);
  if (options.SNICallback !== undefined && options.SNICallback !== null) {
    validateFunction(options.SNICallback, 'options.SNICallback');
  }
  this[kSNICallback] = options.SNICallback;
  this[kALPNCallback] = options.ALPNCallback;
  if (typeof options.ALPNCallback === 'function' && options.ALPNProtocols) {
    throw new ERR_TLS_ALPN_CALLBACK_WITH_PROTOCOLS();
  }
  this[kEnableTrace] = options.enableTrace === true;
  const timeout = options.handshakeTimeout ?? 120000;
  validateNumber(timeout, 'options.handshakeTimeout');
  this[kHandshakeTimeout] = timeout;
  if (options.sessionTimeout !== undefined) validateNumber(options.sessionTimeout, 'options.sessionTimeout');
  this._defaultSNI = (servername, cb) => {
    const found = this._contexts.find(([re]) => re.test(servername));
    cb(null, found ? found[1] : null);
  };
  this.setSecureContext(options);
  net.Server.call(this, options, tlsConnectionListener);
  if (listener) this.on('secureConnection', listener);
}
Object.setPrototypeOf(Server.prototype, net.Server.prototype);
Object.setPrototypeOf(Server, net.Server);

// A session id context from the command line, so that every process of
// one program (cluster workers) can resume each other's sessions.
function defaultSessionIdContext() {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  const s = process.argv.join(' ');
  for (let i = 0; i < s.length; i++) {
    h1 = Math.imul(h1 ^ s.charCodeAt(i), 16777619) >>> 0;
    h2 = Math.imul(h2 + s.charCodeAt(i), 2246822519) >>> 0;
  }
  return (h1.toString(16).padStart(8, '0') + h2.toString(16).padStart(8, '0')).repeat(2);
}

Server.prototype.setSecureContext = function(options) {
  validateObject(options, 'options');
  this.key = options.key;
  this.cert = options.cert;
  this.ca = options.ca;
  this.passphrase = options.passphrase;
  this.pfx = options.pfx;
  this.crl = options.crl;
  this.ciphers = options.ciphers;
  this.ecdhCurve = options.ecdhCurve;
  this.dhparam = options.dhparam;
  this.sigalgs = options.sigalgs;
  this.honorCipherOrder = options.honorCipherOrder === undefined ? true : !!options.honorCipherOrder;
  this.minVersion = options.minVersion;
  this.maxVersion = options.maxVersion;
  this.secureProtocol = options.secureProtocol;
  this.secureOptions = options.secureOptions;
  this.sessionIdContext = options.sessionIdContext ?? defaultSessionIdContext();
  this.sessionTimeout = options.sessionTimeout;
  this.ticketKeys = options.ticketKeys;
  this._sharedCreds = createSecureContext({
    key: this.key, cert: this.cert, ca: this.ca, passphrase: this.passphrase, pfx: this.pfx, crl: this.crl,
    ciphers: this.ciphers, ecdhCurve: this.ecdhCurve, dhparam: this.dhparam, sigalgs: this.sigalgs,
    honorCipherOrder: this.honorCipherOrder, minVersion: this.minVersion, maxVersion: this.maxVersion,
    secureProtocol: this.secureProtocol, secureOptions: this.secureOptions,
    sessionIdContext: this.sessionIdContext, sessionTimeout: this.sessionTimeout, ticketKeys: this.ticketKeys,
  });
};

Server.prototype.addContext = function(servername, context) {
  if (!servername) throw new ERR_TLS_REQUIRED_SERVER_NAME();
  // Wildcards: "*" stands for one label.
  const re = new RegExp(`^${servername.replace(/([.^$+?\-\\[\]{}])/g, '\\$1').replace(/\*/g, '[^.]*')}$`, 'i');
  const secure = context instanceof SecureContext ? context : createSecureContext(context);
  this._contexts.push([re, secure]);
};

Server.prototype.getTicketKeys = function() { return this._sharedCreds.context.getTicketKeys(); };

Server.prototype.setTicketKeys = function(keys) {
  validateBufferLike(keys, 'buffer');
  if (keys.byteLength !== 48) {
    const { codes: { ERR_INVALID_ARG_VALUE } } = require('internal/errors');
    throw new ERR_INVALID_ARG_VALUE('buffer', keys.byteLength, 'must be exactly 48 bytes');
  }
  this._sharedCreds.context.setTicketKeys(keys);
};

function tlsConnectionListener(rawSocket) {
  const socket = new TLSSocket(rawSocket, {
    secureContext: this._sharedCreds,
    isServer: true,
    server: this,
    requestCert: this.requestCert,
    rejectUnauthorized: this.rejectUnauthorized,
    handshakeTimeout: this[kHandshakeTimeout],
    ALPNProtocols: this.ALPNProtocols,
    SNICallback: this[kSNICallback],
    ALPNCallback: this[kALPNCallback],
    enableTrace: this[kEnableTrace],
  });
  socket.server = this;
}

// ---- tls.connect ----

// (port[, host][, options][, cb]) | (path[, options][, cb]) | (options[, cb])
function normalizeConnectArgs(args) {
  const [options, cb] = net._normalizeArgs(args);
  const extra = typeof args[1] === 'object' && args[1] !== null ? args[1] :
    (typeof args[2] === 'object' && args[2] !== null ? args[2] : null);
  const merged = extra && typeof args[0] !== 'object' ? { ...extra, ...options } : options;
  return [merged, cb];
}

let warnedInsecure = false;

function connect(...args) {
  if (args.length === 0 || (args.length === 1 && typeof args[0] === 'function')) {
    throw new ERR_MISSING_ARGS(['options', 'port', 'path']);
  }
  let [options, cb] = normalizeConnectArgs(args);
  const allowUnauthorized = process.env.NODE_TLS_REJECT_UNAUTHORIZED === '0';
  if (allowUnauthorized && !warnedInsecure) {
    warnedInsecure = true;
    process.emitWarning("Setting the NODE_TLS_REJECT_UNAUTHORIZED environment variable to '0' makes TLS " +
      'connections and HTTPS requests insecure by disabling certificate verification.');
  }
  options = {
    rejectUnauthorized: !allowUnauthorized,
    ciphers: tls().DEFAULT_CIPHERS,
    checkServerIdentity: tls().checkServerIdentity,
    minDHSize: 1024,
    ...options,
  };
  if (!options.keepAlive) options.singleUse = true;
  validateFunction(options.checkServerIdentity, 'options.checkServerIdentity');
  validateNumber(options.minDHSize, 'options.minDHSize', 1);
  if (options.servername !== undefined && options.servername !== null) {
    validateString(options.servername, 'name');
  }
  if (options.session !== undefined && options.session !== null && !ArrayBuffer.isView(options.session)) {
    const err = new TypeError('Session must be a buffer');
    err.code = 'ERR_INVALID_ARG_TYPE';
    throw err;
  }
  const context = options.secureContext || createSecureContext(options);
  const socket = new TLSSocket(options.socket, {
    allowHalfOpen: options.allowHalfOpen,
    secureContext: context,
    isServer: false,
    requestCert: true,
    rejectUnauthorized: options.rejectUnauthorized !== false,
    session: options.session,
    ALPNProtocols: options.ALPNProtocols,
    highWaterMark: options.highWaterMark,
    enableTrace: options.enableTrace,
  });
  socket[kConnectOptions] = options;
  if (cb) socket.once('secureConnect', cb);
  const configure = () => {
    if (!socket._tls) return;
    const config = {};
    const session = options.session || socket._pendingSession;
    if (session) config.session = session;
    const servername = options.servername ?? socket._pendingServername;
    if (servername && !net.isIP(servername)) config.servername = servername;
    tw.configure(socket._tls, config);
  };
  if (!options.socket) {
    if (options.timeout) socket.setTimeout(options.timeout);
    socket.connect(options, () => {
      socket._attach(socket._handle);
      configure();
      socket._start();
    });
  } else {
    const start = () => {
      configure();
      socket._start();
    };
    if (socket._tls) start();
    else options.socket.once('connect', () => process.nextTick(start));
  }
  return socket;
}

module.exports = { TLSSocket, Server, connect, kConnectOptions };
