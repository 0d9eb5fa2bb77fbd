'use strict';
// http.Server and ServerResponse. Each connection gets a parser (src/
// http_parser.c through internal/http/parser); responses go out in request
// order (pipelining), each head written with its body in one socket write.

const net = require('net');
const { OutgoingMessage, kOutHeaders, kNeedDrain, kRejectNonStandardBodyWrites } = require('internal/http/outgoing');
const { IncomingMessage } = require('internal/http/incoming');
const { STATUS_CODES } = require('internal/http/common');
const { createRequestParser } = require('internal/http/parser');
const {
  codes: {
    ERR_HTTP_INVALID_STATUS_CODE, ERR_HTTP_HEADERS_SENT, ERR_HTTP_SOCKET_ASSIGNED, ERR_INVALID_ARG_TYPE,
    ERR_OUT_OF_RANGE, ERR_HTTP_REQUEST_TIMEOUT,
  },
} = require('internal/errors');
const { validateInteger, validateBoolean } = require('internal/validators');

// Node's built-in diagnostics channels for the server.
const dc = require('diagnostics_channel');
const onRequestStartChannel = dc.channel('http.server.request.start');
const onResponseFinishChannel = dc.channel('http.server.response.finish');

const chunkExpression = /(?:^|\W)chunked(?:$|\W)/i;

// ---- ServerResponse ----

function ServerResponse(req, options) {
  OutgoingMessage.call(this, options);
  if (req.method === 'HEAD') this._hasBody = false;
  this.req = req;
  this.sendDate = true;
  this._sent100 = false;
  this._expect_continue = false;
  this.statusCode = 200;
  this.statusMessage = undefined;
  if (req.httpVersionMajor < 1 || req.httpVersionMinor < 1) {
    this.useChunkedEncodingByDefault = chunkExpression.test(req.headers.te);
    this.shouldKeepAlive = false;
  }
}
Object.setPrototypeOf(ServerResponse.prototype, OutgoingMessage.prototype);
Object.setPrototypeOf(ServerResponse, OutgoingMessage);

ServerResponse.prototype._finish = function() {
  OutgoingMessage.prototype._finish.call(this);
};

function onServerResponseClose() {
  const res = this._httpMessage;
  if (res) {
    res.destroyed = true;
    res._closed = true;
    res.emit('close');
  }
}

ServerResponse.prototype.assignSocket = function(socket) {
  if (socket._httpMessage) throw new ERR_HTTP_SOCKET_ASSIGNED();
  socket._httpMessage = this;
  socket.on('close', onServerResponseClose);
  this.socket = socket;
  this.emit('socket', socket);
  this._flush();
};

ServerResponse.prototype.detachSocket = function(socket) {
  socket.removeListener('close', onServerResponseClose);
  socket._httpMessage = null;
  this.socket = null;
};

ServerResponse.prototype._flush = function() {
  const socket = this.socket;
  if (socket && socket.writable) {
    const ret = this._flushOutput(socket);
    if (this.finished) this._finish();
    else if (ret && this.writableNeedDrain) this.emit('drain');
  }
};

ServerResponse.prototype.writeContinue = function(cb) {
  this._writeRaw('HTTP/1.1 100 Continue\r\n\r\n', 'latin1', cb);
  this._sent100 = true;
};

ServerResponse.prototype.writeProcessing = function(cb) {
  this._writeRaw('HTTP/1.1 102 Processing\r\n\r\n', 'latin1', cb);
};

ServerResponse.prototype.writeEarlyHints = function(hints, cb) {
  let head = 'HTTP/1.1 103 Early Hints\r\n';
  for (const key of Object.keys(hints)) {
    const v = hints[key];
    for (const one of Array.isArray(v) ? v : [v]) head += `${key}: ${one}\r\n`;
  }
  this._writeRaw(`${head}\r\n`, 'latin1', cb);
};

ServerResponse.prototype._implicitHeader = function() {
  this.writeHead(this.statusCode);
};

ServerResponse.prototype.writeHead = function(statusCode, reason, obj) {
  if (this._header) throw new ERR_HTTP_HEADERS_SENT('write');
  const original = statusCode;
  statusCode |= 0;
  if (statusCode < 100 || statusCode > 999) throw new ERR_HTTP_INVALID_STATUS_CODE(original);
  if (typeof reason === 'string') {
    this.statusMessage = reason;
  } else {
    this.statusMessage ||= STATUS_CODES[statusCode] || 'unknown';
    obj ??= reason;
  }
  this.statusCode = statusCode;
  let headers;
  if (this[kOutHeaders]) {
    if (obj !== undefined && obj !== null) {
      if (Array.isArray(obj)) {
        if (obj.length && Array.isArray(obj[0])) {
          for (const [k, v] of obj) this.appendHeader(k, v);
        } else {
          for (let i = 0; i + 1 < obj.length; i += 2) this.appendHeader(obj[i], obj[i + 1]);
        }
      } else {
        for (const k of Object.keys(obj)) if (k) this.setHeader(k, obj[k]);
      }
    }
    headers = this[kOutHeaders];
  } else {
    headers = obj;
  }
  if (/[\r\n]/.test(this.statusMessage)) {
    throw new (require('internal/errors').codes.ERR_INVALID_CHAR)('statusMessage');
  }
  const statusLine = `HTTP/1.1 ${statusCode} ${this.statusMessage}\r\n`;
  if (statusCode === 204 || statusCode === 304 || (statusCode >= 100 && statusCode <= 199)) {
    this._hasBody = false;
  }
  if (this._expect_continue && !this._sent100) this.shouldKeepAlive = false;
  this._storeHeader(statusLine, headers);
  return this;
};

ServerResponse.prototype.writeHeader = ServerResponse.prototype.writeHead;

// ---- Server ----

function Server(options, requestListener) {
  if (!(this instanceof Server)) return new Server(options, requestListener);
  if (typeof options === 'function') {
    requestListener = options;
    options = {};
  } else if (options == null) {
    options = {};
  } else if (typeof options !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('options', 'object', options);
  }
  this[kIncomingMessage] = options.IncomingMessage || IncomingMessage;
  this[kServerResponse] = options.ServerResponse || ServerResponse;
  storeServerOptions(this, options);
  net.Server.call(this, {
    allowHalfOpen: true,
    noDelay: options.noDelay ?? true,
    keepAlive: options.keepAlive,
    keepAliveInitialDelay: options.keepAliveInitialDelay,
    highWaterMark: options.highWaterMark,
  });
  if (requestListener) this.on('request', requestListener);
  this.httpAllowHalfOpen = false;
  this.on('connection', connectionListener);
  this.timeout = 0;
  this.maxHeadersCount = null;
  this.maxRequestsPerSocket = 0;
  this.on('listening', startConnectionsCheck);
}
Object.setPrototypeOf(Server.prototype, net.Server.prototype);
Object.setPrototypeOf(Server, net.Server);
const kIncomingMessage = Symbol('IncomingMessage');
const kServerResponse = Symbol('ServerResponse');
const kCheckTimer = Symbol('connectionsCheckingInterval');
const kConnState = Symbol('connectionState');

// The options, validated (and the properties created) in Node's order.
function storeServerOptions(server, options) {
  const opt = (name, fallback) => (options[name] === undefined ? fallback : options[name]);
  if (options.maxHeaderSize !== undefined) validateInteger(options.maxHeaderSize, 'maxHeaderSize', 0);
  server.maxHeaderSize = options.maxHeaderSize;
  if (options.insecureHTTPParser !== undefined) {
    validateBoolean(options.insecureHTTPParser, 'options.insecureHTTPParser');
  }
  server.insecureHTTPParser = options.insecureHTTPParser;
  const requestTimeout = opt('requestTimeout', 300000);
  validateInteger(requestTimeout, 'requestTimeout', 0);
  const headersTimeout = opt('headersTimeout', Math.min(60000, requestTimeout));
  validateInteger(headersTimeout, 'headersTimeout', 0);
  if (requestTimeout > 0 && headersTimeout > 0 && headersTimeout > requestTimeout) {
    throw new ERR_OUT_OF_RANGE('headersTimeout', '<= requestTimeout', headersTimeout);
  }
  server.requestTimeout = requestTimeout;
  server.headersTimeout = headersTimeout;
  server.keepAliveTimeout = opt('keepAliveTimeout', 5000);
  validateInteger(server.keepAliveTimeout, 'keepAliveTimeout', 0);
  server.connectionsCheckingInterval = opt('connectionsCheckingInterval', 30000);
  validateInteger(server.connectionsCheckingInterval, 'connectionsCheckingInterval', 0);
  if (options.requireHostHeader !== undefined) validateBoolean(options.requireHostHeader, 'options.requireHostHeader');
  server.requireHostHeader = opt('requireHostHeader', true);
  if (options.joinDuplicateHeaders !== undefined) {
    validateBoolean(options.joinDuplicateHeaders, 'options.joinDuplicateHeaders');
  }
  server.joinDuplicateHeaders = options.joinDuplicateHeaders;
  if (options.rejectNonStandardBodyWrites !== undefined) {
    validateBoolean(options.rejectNonStandardBodyWrites, 'options.rejectNonStandardBodyWrites');
  }
  server.rejectNonStandardBodyWrites = opt('rejectNonStandardBodyWrites', false);
}

// headersTimeout / requestTimeout: every connectionsCheckingInterval, a
// connection whose current request began (its first byte; for a new
// connection, the accept) too long ago gets ERR_HTTP_REQUEST_TIMEOUT, which
// answers 408 unless 'clientError' is listened for.
function startConnectionsCheck() {
  if (this[kCheckTimer]) return;
  this[kCheckTimer] = setInterval(checkConnections, this.connectionsCheckingInterval, this);
  this[kCheckTimer].unref();
}

function stopConnectionsCheck(server) {
  if (server[kCheckTimer]) {
    clearInterval(server[kCheckTimer]);
    server[kCheckTimer] = undefined;
  }
}

function checkConnections(server) {
  const connections = server[kConnections];
  const headersTimeout = server.headersTimeout;
  const requestTimeout = server.requestTimeout;
  if (!connections || !connections.size || (!(headersTimeout > 0) && !(requestTimeout > 0))) return;
  const now = Date.now();
  for (const socket of connections) {
    const state = socket[kConnState];
    if (!state || state.msgStart === 0) continue;
    const elapsed = now - state.msgStart;
    if ((!state.headersDone && headersTimeout > 0 && elapsed > headersTimeout) ||
        (requestTimeout > 0 && elapsed > requestTimeout)) {
      state.msgStart = 0;
      socketOnError(server, socket, new ERR_HTTP_REQUEST_TIMEOUT());
    }
  }
}

Server.prototype.setTimeout = function(msecs, callback) {
  this.timeout = msecs;
  if (callback) this.on('timeout', callback);
  return this;
};

Server.prototype.closeAllConnections = function() {
  for (const socket of this[kConnections] ?? []) socket.destroy();
};

// Idle: between requests (none begun, none being answered). A new
// connection that has sent nothing yet is not idle, as in Node.
Server.prototype.closeIdleConnections = function() {
  for (const socket of this[kConnections] ?? []) {
    const state = socket[kConnState];
    if (state.msgStart === 0 && !socket._httpMessage && state.outgoing.length === 0) socket.destroy();
  }
};

Server.prototype.close = function(cb) {
  stopConnectionsCheck(this);
  this.closeIdleConnections();
  return net.Server.prototype.close.call(this, cb);
};
const kConnections = Symbol('connections');

function connectionListener(socket) {
  const server = this;
  (server[kConnections] ??= new Set()).add(socket);
  socket.on('close', () => server[kConnections].delete(socket));
  if (server.timeout && typeof socket.setTimeout === 'function') socket.setTimeout(server.timeout);
  socket.on('timeout', () => {
    const req = state.incoming[state.incoming.length - 1];
    const reqTimeout = req && !req.complete && req.emit('timeout', socket);
    const res = socket._httpMessage;
    const resTimeout = res && res.emit('timeout', socket);
    const serverTimeout = server.emit('timeout', socket);
    if (!reqTimeout && !resTimeout && !serverTimeout) socket.destroy();
  });

  // msgStart: when the request being received began (0: between requests).
  const state = {
    outgoing: [], incoming: [], keepAliveTimeoutSet: false, requests: 0, msgStart: Date.now(), headersDone: false,
  };
  socket[kConnState] = state;
  const parser = createRequestParser({
    maxHeaderSize: server.maxHeaderSize,
    maxHeadersCount: server.maxHeadersCount,
    lenient: server.insecureHTTPParser,
    wantsUpgrade: () => server.listenerCount('upgrade') > 0,
    onRequest: (info) => onRequest(server, socket, state, info),
    onBody: (chunk) => {
      const req = state.incoming[state.incoming.length - 1];
      if (req && !req._dumped && !req.push(chunk)) {
        req._pausedSocket = true;
        socket.pause();
      }
    },
    onComplete: (trailers) => {
      state.msgStart = 0;
      state.headersDone = false;
      const req = state.incoming[state.incoming.length - 1];
      if (!req) return;
      if (trailers && trailers.length) req.rawTrailers = trailers;
      req.complete = true;
      req.push(null);
    },
  });
  socket.parser = parser;
  socket.on('data', (d) => {
    if (state.keepAliveTimeoutSet) {
      socket.setTimeout(server.timeout || 0);
      state.keepAliveTimeoutSet = false;
    }
    // A new request begins.
    if (state.msgStart === 0) state.msgStart = Date.now();
    const err = parser.execute(d);
    // The chunk may end between requests (nothing to time: stray CRLFs) or
    // inside one that began after the last one completed.
    if (!parser.inMessage) state.msgStart = 0;
    else if (state.msgStart === 0) state.msgStart = Date.now();
    if (err) socketOnError(server, socket, err);
    else if (parser.upgradeHead) onUpgrade(server, socket, state, parser);
  });
  socket.on('end', () => {
    const err = parser.finish();
    if (err) {
      socketOnError(server, socket, err);
      return;
    }
    if (!server.httpAllowHalfOpen) {
      // Unfinished requests are aborted at 'close', as in Node.
      if (socket.writable) socket.end();
    } else if (state.outgoing.length) {
      state.outgoing[state.outgoing.length - 1]._last = true;
    } else if (socket._httpMessage) {
      socket._httpMessage._last = true;
    } else if (socket.writable) {
      socket.end();
    }
  });
  socket.on('error', (e) => socketOnError(server, socket, e));
  socket.on('close', () => {
    abortIncoming(state);
    parser.close();
  });
  socket.on('drain', () => {
    const msg = socket._httpMessage;
    if (msg && !msg.finished && msg.writableNeedDrain) {
      msg[kNeedDrain] = false;
      msg.emit('drain');
    }
  });
}

function abortIncoming(state) {
  while (state.incoming.length) {
    const req = state.incoming.shift();
    // Node aborts a request until its body has been read to the end.
    if (!req.readableEnded) req.destroy(connResetException('aborted'));
  }
}

function connResetException(msg) {
  const err = new Error(msg);
  err.code = 'ECONNRESET';
  return err;
}

function socketOnError(server, socket, e) {
  socket.removeAllListeners('data');
  if (!server.emit('clientError', e, socket)) {
    if (socket.writable && (!socket._httpMessage || !socket._httpMessage._headerSent)) {
      let response;
      switch (e.code) {
        case 'HPE_HEADER_OVERFLOW':
          response = 'HTTP/1.1 431 Request Header Fields Too Large\r\nConnection: close\r\n\r\n';
          break;
        case 'HPE_CHUNK_EXTENSIONS_OVERFLOW':
          response = 'HTTP/1.1 413 Payload Too Large\r\nConnection: close\r\n\r\n';
          break;
        case 'ERR_HTTP_REQUEST_TIMEOUT':
          response = 'HTTP/1.1 408 Request Timeout\r\nConnection: close\r\n\r\n';
          break;
        default:
          response = 'HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n';
      }
      socket.write(response);
    }
    socket.destroy(e);
  }
}

function onUpgrade(server, socket, state, parser) {
  const req = state.incoming[state.incoming.length - 1];
  const head = parser.upgradeHead;
  parser.upgradeHead = null;
  const event = req.method === 'CONNECT' ? 'connect' : 'upgrade';
  state.incoming.pop();
  // The connection is no longer HTTP: no timeouts, not closed by close*Connections().
  state.msgStart = 0;
  server[kConnections].delete(socket);
  socket.removeAllListeners('data');
  socket.removeAllListeners('end');
  socket.removeAllListeners('timeout');
  if (server.listenerCount(event) > 0) {
    server.emit(event, req, socket, head);
  } else {
    socket.destroy();
  }
}

function onRequest(server, socket, state, info) {
  const req = new server[kIncomingMessage](socket);
  req.method = info.method;
  req.url = info.url;
  req._fromHead(info, server.joinDuplicateHeaders);
  state.incoming.push(req);
  state.headersDone = true;
  if (state.msgStart === 0) state.msgStart = Date.now(); // began in the chunk that ended the last one
  if (info.upgrade) return; // handled after execute() by onUpgrade

  const res = new server[kServerResponse](req, { highWaterMark: socket.writableHighWaterMark });
  res._keepAliveTimeout = server.keepAliveTimeout;
  res.shouldKeepAlive = info.keepAlive;
  // maxRequestsPerSocket counts (and limits) HTTP/1.1 requests only, as Node.
  const maxRequests = info.versionMinor === 1 && info.versionMajor === 1 ? server.maxRequestsPerSocket : 0;
  if (maxRequests > 0) {
    res._maxRequestsPerSocket = maxRequests;
    if (++state.requests >= maxRequests) res.maxRequestsOnConnectionReached = true;
  }
  if (server.rejectNonStandardBodyWrites) res[kRejectNonStandardBodyWrites] = true;
  if (socket._httpMessage) state.outgoing.push(res);
  else res.assignSocket(socket);

  res.on('finish', () => resOnFinish(req, res, socket, state, server));
  if (onRequestStartChannel.hasSubscribers) onRequestStartChannel.publish({ request: req, response: res, socket, server });

  if (server.requireHostHeader && info.versionMajor === 1 && info.versionMinor === 1 && !hasHost(info.headers)) {
    // As Node: 400 and close, without 'request' or 'clientError'.
    res.writeHead(400, ['Connection', 'close']);
    res.end();
  } else if (maxRequests > 0 && state.requests > maxRequests) {
    // Past maxRequestsPerSocket: 503, the connection left open as in Node.
    server.emit('dropRequest', req, socket);
    res.writeHead(503);
    res.end();
  } else if (info.expectContinue) {
    res._expect_continue = true;
    if (server.listenerCount('checkContinue') > 0) {
      server.emit('checkContinue', req, res);
    } else {
      res.writeContinue();
      server.emit('request', req, res);
    }
  } else if (info.expect) {
    if (server.listenerCount('checkExpectation') > 0) {
      server.emit('checkExpectation', req, res);
    } else {
      res.writeHead(417);
      res.end();
    }
  } else {
    server.emit('request', req, res);
  }
}

function hasHost(rawHeaders) {
  for (let i = 0; i < rawHeaders.length; i += 2) {
    const name = rawHeaders[i];
    if (name.length === 4 && name.toLowerCase() === 'host') return true;
  }
  return false;
}

function resOnFinish(req, res, socket, state, server) {
  if (onResponseFinishChannel.hasSubscribers) onResponseFinishChannel.publish({ request: req, response: res, socket, server });
  const idx = state.incoming.indexOf(req);
  if (idx !== -1) state.incoming.splice(idx, 1);
  // A body nobody read is discarded, so the next request can be parsed.
  if (!req._consuming && !req._readableState.resumeScheduled) req._dump();
  res.detachSocket(socket);
  process.nextTick(() => {
    if (!res._closed) {
      res._closed = true;
      res.destroyed = true;
      res.emit('close');
    }
  });
  if (res._last) {
    if (typeof socket.destroySoon === 'function') socket.destroySoon();
    else socket.end();
  } else if (state.outgoing.length === 0) {
    if (server.keepAliveTimeout && typeof socket.setTimeout === 'function') {
      // Node waits a second longer than it advertises (Keep-Alive: timeout=).
      socket.setTimeout(server.keepAliveTimeout + 1000);
      state.keepAliveTimeoutSet = true;
    }
  } else {
    state.outgoing.shift().assignSocket(socket);
  }
}

module.exports = {
  Server, ServerResponse, kIncomingMessage, kServerResponse,
  // For https.Server, which is a tls.Server with the same HTTP handling.
  connectionListener, storeServerOptions, startConnectionsCheck,
};
