'use strict';
// http.ClientRequest: an OutgoingMessage whose socket comes from an Agent
// (or options.createConnection), with a response parser per request
// (internal/http/parser). The response is an IncomingMessage; when it ends
// on a keep-alive connection the socket goes back to the agent ('free').

const net = require('net');
const { OutgoingMessage, kOutHeaders, kNeedDrain } = require('internal/http/outgoing');
const { IncomingMessage } = require('internal/http/incoming');
const { checkIsHttpToken } = require('internal/http/common');
const { createResponseParser } = require('internal/http/parser');
const agentModule = require('internal/http/agent');
const { URL, isURL, urlToHttpOptions } = require('internal/url');
const {
  codes: {
    ERR_INVALID_ARG_TYPE, ERR_INVALID_HTTP_TOKEN, ERR_INVALID_PROTOCOL, ERR_UNESCAPED_CHARACTERS,
    ERR_HTTP_HEADERS_SENT, ERR_OUT_OF_RANGE,
  },
} = require('internal/errors');
const { validateInteger, validateBoolean, validateNumber } = require('internal/validators');

const { Agent } = agentModule;

// Bytes a request target may hold as is (Node refuses the rest).
const invalidPathChars = /[^\u0021-\u00ff]/;
// Methods whose requests have no body unless one is written.
const noBodyMethods = new Set(['GET', 'HEAD', 'DELETE', 'OPTIONS', 'TRACE', 'CONNECT']);

// Node's built-in diagnostics channels for the client.
const dc = require('diagnostics_channel');
const onClientRequestStartChannel = dc.channel('http.client.request.start');
const onClientRequestErrorChannel = dc.channel('http.client.request.error');
const onClientResponseFinishChannel = dc.channel('http.client.response.finish');

const kDestroyError = Symbol('kDestroyError');
const kFreed = Symbol('kFreed');

function connResetException(msg) {
  const err = new Error(msg);
  err.code = 'ECONNRESET';
  return err;
}

function validateHost(host, name) {
  if (host != null && typeof host !== 'string') {
    throw new ERR_INVALID_ARG_TYPE(`options.${name}`, ['string', 'undefined', 'null'], host);
  }
  return host;
}

function timerDuration(msecs, name) {
  validateNumber(msecs, name);
  if (msecs < 0 || !Number.isFinite(msecs)) {
    throw new ERR_OUT_OF_RANGE(name, 'a non-negative finite number', msecs);
  }
  return msecs;
}

function ClientRequest(input, options, cb) {
  OutgoingMessage.call(this);
  // (url | URL | options)[, options][, cb]
  if (typeof input === 'string') {
    input = urlToHttpOptions(new URL(input));
  } else if (isURL(input)) {
    input = urlToHttpOptions(input);
  } else {
    cb = options;
    options = input;
    input = null;
  }
  if (typeof options === 'function') {
    cb = options;
    options = input || {};
  } else {
    options = Object.assign(input || {}, options);
  }

  if (options.path) {
    const path = String(options.path);
    if (invalidPathChars.test(path)) throw new ERR_UNESCAPED_CHARACTERS('Request path');
  }

  let agent = options.agent;
  const defaultAgent = options._defaultAgent || agentModule.globalAgent;
  if (agent === false) {
    agent = new defaultAgent.constructor();
  } else if (agent == null) {
    if (typeof options.createConnection !== 'function') agent = defaultAgent;
  } else if (typeof agent.addRequest !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('options.agent', ['Agent-like Object', 'undefined', 'false'], agent);
  }
  this.agent = agent;

  const protocol = options.protocol || defaultAgent.protocol;
  const expectedProtocol = agent?.protocol || defaultAgent.protocol;
  if (protocol !== expectedProtocol) throw new ERR_INVALID_PROTOCOL(protocol, expectedProtocol);

  const defaultPort = options.defaultPort || agent?.defaultPort;
  const port = options.port = options.port || defaultPort || 80;
  const host = options.host = validateHost(options.hostname, 'hostname') || validateHost(options.host, 'host') ||
    'localhost';
  const setHost = options.setHost === undefined || Boolean(options.setHost);
  this.socketPath = options.socketPath;
  if (options.timeout !== undefined) this.timeout = timerDuration(options.timeout, 'timeout');

  const signal = options.signal;
  if (signal) require('internal/streams/add-abort-signal')(signal, this);

  let method = options.method;
  if (method != null && typeof method !== 'string') {
    throw new ERR_INVALID_ARG_TYPE('options.method', 'string', method);
  }
  method = this.method = (method || 'GET').toUpperCase();
  if (!checkIsHttpToken(method)) throw new ERR_INVALID_HTTP_TOKEN('Method', method);

  if (options.maxHeaderSize !== undefined) validateInteger(options.maxHeaderSize, 'maxHeaderSize', 0);
  this.maxHeaderSize = options.maxHeaderSize;
  if (options.insecureHTTPParser !== undefined) {
    validateBoolean(options.insecureHTTPParser, 'options.insecureHTTPParser');
  }
  this.insecureHTTPParser = options.insecureHTTPParser;
  if (options.joinDuplicateHeaders !== undefined) {
    validateBoolean(options.joinDuplicateHeaders, 'options.joinDuplicateHeaders');
  }
  this.joinDuplicateHeaders = options.joinDuplicateHeaders;

  this.path = options.path || '/';
  if (cb) this.once('response', cb);
  this.useChunkedEncodingByDefault = !noBodyMethods.has(method);
  this._ended = false;
  this.res = null;
  this.aborted = false;
  this.timeoutCb = null;
  this.upgradeOrConnect = false;
  this.parser = null;
  this.maxHeadersCount = null;
  this.reusedSocket = false;
  this.host = host;
  this.protocol = protocol;

  // A pooling agent keeps the connection; a plain one closes it.
  if (agent) {
    if (!agent.keepAlive && !Number.isFinite(agent.maxSockets)) {
      this._last = true;
      this.shouldKeepAlive = false;
    } else {
      this._last = false;
      this.shouldKeepAlive = true;
    }
  }

  const headers = options.headers;
  const firstLine = `${method} ${this.path} HTTP/1.1\r\n`;
  if (!Array.isArray(headers)) {
    if (headers) {
      for (const key of Object.keys(headers)) this.setHeader(key, headers[key]);
    }
    if (host && !this.getHeader('host') && setHost) {
      let hostHeader = host;
      // An IPv6 address goes in brackets.
      const colon = hostHeader.indexOf(':');
      if (colon !== -1 && hostHeader.includes(':', colon + 1) && hostHeader[0] !== '[') {
        hostHeader = `[${hostHeader}]`;
      }
      if (port && +port !== defaultPort) hostHeader += `:${port}`;
      this.setHeader('Host', hostHeader);
    }
    if (options.auth && !this.getHeader('Authorization')) {
      this.setHeader('Authorization', `Basic ${Buffer.from(options.auth).toString('base64')}`);
    }
    // The head goes out now: the body waits for 'continue'.
    if (this.getHeader('expect')) {
      if (this._header) throw new ERR_HTTP_HEADERS_SENT('render');
      this._storeHeader(firstLine, this[kOutHeaders]);
    }
  } else {
    this._storeHeader(firstLine, headers);
  }

  const connectOptions = { __proto__: null, ...options };
  delete connectOptions.signal;
  if (agent) {
    agent.addRequest(this, connectOptions);
  } else {
    this._last = true;
    this.shouldKeepAlive = false;
    if (connectOptions.socketPath) connectOptions.path = connectOptions.socketPath;
    if (typeof options.createConnection === 'function') {
      let called = false;
      const oncreate = (err, socket) => {
        if (called) return;
        called = true;
        if (err) process.nextTick(emitRequestError, this, err);
        else this.onSocket(socket);
      };
      try {
        const socket = options.createConnection(connectOptions, oncreate);
        if (socket) oncreate(null, socket);
      } catch (err) {
        oncreate(err);
      }
    } else {
      this.onSocket(net.createConnection(connectOptions));
    }
  }
  if (onClientRequestStartChannel.hasSubscribers) onClientRequestStartChannel.publish({ request: this });
}
Object.setPrototypeOf(ClientRequest.prototype, OutgoingMessage.prototype);
Object.setPrototypeOf(ClientRequest, OutgoingMessage);

ClientRequest.prototype._finish = function() {
  OutgoingMessage.prototype._finish.call(this);
};

ClientRequest.prototype._implicitHeader = function() {
  if (this._header) throw new ERR_HTTP_HEADERS_SENT('render');
  this._storeHeader(`${this.method} ${this.path} HTTP/1.1\r\n`, this[kOutHeaders]);
};

// Writes what was queued before the socket came.
ClientRequest.prototype._flush = function() {
  const socket = this.socket;
  if (socket && socket.writable) {
    const ret = this._flushOutput(socket);
    if (this.finished) this._finish();
    else if (ret && this.writableNeedDrain) this.emit('drain');
  }
};

ClientRequest.prototype.abort = function() {
  if (this.aborted) return;
  this.aborted = true;
  process.nextTick(() => this.emit('abort'));
  this.destroy();
};

ClientRequest.prototype.destroy = function(err) {
  if (this.destroyed) return this;
  this.destroyed = true;
  // Nobody wants the rest of the response.
  if (this.res) this.res._dump();
  this[kDestroyError] = err;
  if (this.socket) this.socket.destroy(err);
  return this;
};

ClientRequest.prototype.onSocket = function(socket, err) {
  process.nextTick(onSocketTick, this, socket, err);
};

function onSocketTick(req, socket, err) {
  if (!req.destroyed && !err) {
    attachSocket(req, socket);
    req._flush();
    return;
  }
  // Destroyed (or failed) before it had its socket.
  req.destroyed = true;
  if (socket) {
    if (!err && req.agent && !socket.destroyed) {
      socket.emit('free');
    } else {
      socket.destroy(err || req[kDestroyError]);
      const done = () => destroyedBeforeSocket(req, err || req[kDestroyError]);
      if (socket.closed) process.nextTick(done);
      else socket.once('close', done);
      return;
    }
  }
  destroyedBeforeSocket(req, err || req[kDestroyError]);
}

function emitRequestError(req, error) {
  if (onClientRequestErrorChannel.hasSubscribers) onClientRequestErrorChannel.publish({ request: req, error });
  req.emit('error', error);
}

function destroyedBeforeSocket(req, err) {
  if (!req.aborted && !err) err = connResetException('socket hang up');
  if (err) emitRequestError(req, err);
  req._closed = true;
  req.emit('close');
}

function attachSocket(req, socket) {
  const parser = createResponseParser({
    maxHeaderSize: req.maxHeaderSize,
    maxHeadersCount: typeof req.maxHeadersCount === 'number' ? req.maxHeadersCount << 0 : 0,
    lenient: req.insecureHTTPParser,
    onResponse: (message) => onResponse(req, socket, parser, message),
    onBody: (chunk) => {
      const res = parser.incoming;
      if (res && !res._dumped && !res.push(chunk)) {
        res._pausedSocket = true;
        socket.pause();
      }
    },
    onComplete: (trailers) => {
      const res = parser.incoming;
      if (!res) return;
      parser.incoming = null;
      if (trailers && trailers.length) res.rawTrailers = trailers;
      res.complete = true;
      res.push(null);
    },
  });
  parser.incoming = null;
  parser.gotResponse = false;
  req.socket = socket;
  req.parser = parser;
  socket.parser = parser;
  socket._httpMessage = req;
  socket.on('error', onSocketError);
  socket.on('data', onSocketData);
  socket.on('end', onSocketEnd);
  socket.on('close', onSocketClose);
  socket.on('drain', onSocketDrain);
  if (req.timeout !== undefined || req.agent?.options?.timeout) watchSocketTimeout(req);
  req.emit('socket', socket);
}

function dropParser(socket) {
  const parser = socket.parser;
  if (!parser) return;
  socket.parser = null;
  const req = socket._httpMessage;
  if (req && req.parser === parser) req.parser = null;
  parser.incoming = null;
  parser.close();
}

function onSocketDrain() {
  const msg = this._httpMessage;
  if (msg && !msg.finished && msg.writableNeedDrain) {
    msg[kNeedDrain] = false;
    msg.emit('drain');
  }
}

function onSocketError(err) {
  const req = this._httpMessage;
  if (req) {
    this._hadError = true;
    emitRequestError(req, err);
  }
  if (this.parser) {
    this.parser.finish();
    dropParser(this);
  }
  this.removeListener('data', onSocketData);
  this.removeListener('end', onSocketEnd);
  this.destroy();
}

function onSocketEnd() {
  const req = this._httpMessage;
  if (req && !req.res && !this._hadError) {
    // The server closed before it answered.
    this._hadError = true;
    emitRequestError(req, connResetException('socket hang up'));
  }
  if (this.parser) {
    // A body that runs until the connection ends, ends here.
    this.parser.finish();
    dropParser(this);
  }
  this.destroy();
}

function onSocketClose() {
  const req = this._httpMessage;
  this.removeListener('data', onSocketData);
  this.removeListener('end', onSocketEnd);
  if (!req) return;
  req.destroyed = true;
  const res = req.res;
  if (res) {
    if (!res.complete) res.destroy(connResetException('aborted'));
    req._closed = true;
    req.emit('close');
  } else {
    if (!this._hadError) {
      this._hadError = true;
      emitRequestError(req, connResetException('socket hang up'));
    }
    req._closed = true;
    req.emit('close');
  }
  if (this.parser) {
    this.parser.finish();
    dropParser(this);
  }
}

function onSocketData(d) {
  const socket = this;
  const req = socket._httpMessage;
  const parser = socket.parser;
  if (!parser) return;
  const err = parser.execute(d);
  if (err) {
    dropParser(socket);
    socket.removeListener('data', onSocketData);
    socket.removeListener('end', onSocketEnd);
    socket.destroy();
    socket._hadError = true;
    emitRequestError(req, err);
    return;
  }
  const res = req.res;
  if (parser.upgradeHead !== null && res && res.upgrade) {
    onUpgrade(req, socket, parser);
  } else if (parser.gotResponse && parser.incoming === null) {
    // The response is complete: the connection carries nothing more for
    // this request (what follows is dropped, as Node does).
    socket.removeListener('data', onSocketData);
    socket.removeListener('end', onSocketEnd);
    socket.removeListener('drain', onSocketDrain);
    dropParser(socket);
  }
}

function onUpgrade(req, socket, parser) {
  const head = parser.upgradeHead;
  socket.removeListener('data', onSocketData);
  socket.removeListener('end', onSocketEnd);
  socket.removeListener('drain', onSocketDrain);
  dropParser(socket);
  const event = req.method === 'CONNECT' ? 'connect' : 'upgrade';
  if (req.listenerCount(event) === 0) {
    // Nobody takes the connection over.
    socket.destroy();
    return;
  }
  req.upgradeOrConnect = true;
  socket.emit('agentRemove');
  socket.removeListener('close', onSocketClose);
  socket.removeListener('error', onSocketError);
  socket.removeListener('timeout', onRequestTimeout);
  socket.removeListener('timeout', onResponseTimeout);
  socket._httpMessage = null;
  socket.readableFlowing = null;
  req.emit(event, req.res, socket, head);
  req.destroyed = true;
  req._closed = true;
  req.emit('close');
}

// 1xx other than 101 (which is an upgrade, or a response without a body).
function isInformational(status) {
  return status >= 100 && status < 200 && status !== 101;
}

function onResponse(req, socket, parser, message) {
  if (parser.gotResponse) {
    // A second response to one request: the server is confused. Its
    // bytes are parsed and dropped.
    socket.destroy();
    return 0;
  }
  const res = new IncomingMessage(socket);
  res.statusCode = message.statusCode;
  res.statusMessage = message.statusMessage;
  res._fromHead(message, req.joinDuplicateHeaders);
  res.req = req;

  if (res.upgrade) {
    parser.gotResponse = true;
    req.res = res;
    return 2;
  }
  if (req.method === 'CONNECT') {
    parser.gotResponse = true;
    res.upgrade = true;
    req.res = res;
    return 2;
  }
  if (isInformational(res.statusCode)) {
    if (res.statusCode === 100) req.emit('continue');
    req.emit('information', {
      statusCode: res.statusCode,
      statusMessage: res.statusMessage,
      httpVersion: res.httpVersion,
      httpVersionMajor: res.httpVersionMajor,
      httpVersionMinor: res.httpVersionMinor,
      headers: res.headers,
      rawHeaders: res.rawHeaders,
    });
    return 1;
  }
  parser.gotResponse = true;
  parser.incoming = res;
  // The server may close the connection whatever we asked.
  if (req.shouldKeepAlive && !message.keepAlive && !req.upgradeOrConnect) req.shouldKeepAlive = false;
  req.res = res;
  // Ours first, so that the socket is dealt with before user code sees 'end'.
  res.on('end', onResponseEnd);
  req.on('finish', onRequestFinish);
  socket.on('timeout', onResponseTimeout);
  // Without a 'response' listener nobody reads the body: drop it.
  if (onClientResponseFinishChannel.hasSubscribers) {
    onClientResponseFinishChannel.publish({ request: req, response: res });
  }
  if (req.aborted || !req.emit('response', res)) res._dump();
  return req.method === 'HEAD' ? 1 : 0;
}

function onResponseTimeout() {
  const res = this._httpMessage?.res;
  if (res) res.emit('timeout');
}

function onResponseEnd() {
  const req = this.req;
  const socket = req.socket;
  if (socket) {
    if (req.timeoutCb) socket.removeListener('timeout', onRequestTimeout);
    socket.removeListener('timeout', onResponseTimeout);
  }
  req._ended = true;
  if (!req.shouldKeepAlive) {
    if (socket && socket.writable) {
      if (typeof socket.destroySoon === 'function') socket.destroySoon();
      else socket.end();
    }
  } else if (req.writableFinished && !this.aborted) {
    releaseSocket(req);
  }
}

function onRequestFinish() {
  if (this.shouldKeepAlive && this._ended) releaseSocket(this);
}

// The exchange is over and the connection stays open: hand it back.
function releaseSocket(req) {
  const socket = req.socket;
  // (Closed already: the response was read after the server hung up.)
  if (req[kFreed] || req._closed || !socket) return;
  req[kFreed] = true;
  if (req.timeoutCb) {
    socket.setTimeout(0, req.timeoutCb);
    req.timeoutCb = null;
  }
  socket.removeListener('close', onSocketClose);
  socket.removeListener('error', onSocketError);
  socket.removeListener('data', onSocketData);
  socket.removeListener('end', onSocketEnd);
  socket.removeListener('drain', onSocketDrain);
  socket.removeListener('timeout', onResponseTimeout);
  dropParser(socket);
  // Paused for the response's backpressure (at its last body chunk, say):
  // reading must go on for the next request, and an idle socket still
  // has to see the server's close.
  if (socket.isPaused()) socket.resume();
  req.destroyed = true;
  // The response must not destroy a socket that serves other requests.
  if (req.res) req.res.socket = null;
  process.nextTick(() => {
    req._closed = true;
    req.emit('close');
    if (req.socket) req.socket.emit('free');
  });
}

function onRequestTimeout() {
  const req = this._httpMessage;
  if (req) req.emit('timeout');
}

function watchSocketTimeout(req) {
  if (req.timeoutCb) return;
  req.timeoutCb = onRequestTimeout;
  if (req.socket) req.socket.once('timeout', onRequestTimeout);
  else req.on('socket', (socket) => socket.once('timeout', onRequestTimeout));
}

function setSocketTimeout(socket, msecs) {
  if (socket.connecting) socket.once('connect', () => socket.setTimeout(msecs));
  else socket.setTimeout(msecs);
}

ClientRequest.prototype.setTimeout = function(msecs, callback) {
  if (this._ended) return this;
  watchSocketTimeout(this);
  msecs = timerDuration(msecs, 'msecs');
  if (callback) this.once('timeout', callback);
  if (this.socket) setSocketTimeout(this.socket, msecs);
  else this.once('socket', (socket) => setSocketTimeout(socket, msecs));
  return this;
};

ClientRequest.prototype.clearTimeout = function(callback) {
  this.setTimeout(0, callback);
};

// Runs socket[method](...args) once the socket is connected.
ClientRequest.prototype._deferToConnect = function(method, args) {
  const call = () => {
    if (method) this.socket[method](...args);
  };
  const onSocket = () => {
    if (this.socket.connecting) this.socket.once('connect', call);
    else call();
  };
  if (!this.socket) this.once('socket', onSocket);
  else onSocket();
};

ClientRequest.prototype.setNoDelay = function(noDelay) {
  this._deferToConnect('setNoDelay', [noDelay]);
};

ClientRequest.prototype.setSocketKeepAlive = function(enable, initialDelay) {
  this._deferToConnect('setKeepAlive', [enable, initialDelay]);
};

function request(url, options, cb) {
  return new ClientRequest(url, options, cb);
}

function get(url, options, cb) {
  const req = request(url, options, cb);
  req.end();
  return req;
}

module.exports = { Agent, ClientRequest, request, get };
