'use strict';
// node:https: HTTP over TLS. The server is a tls.Server whose secure
// connections get node:http's request handling; the client is http's
// ClientRequest with an Agent whose connections are tls.connect()s (and
// which keeps TLS sessions to resume, per destination).

const tls = require('tls');
const net = require('net');
const {
  Server: HttpServer, ServerResponse, kIncomingMessage, kServerResponse,
  connectionListener, storeServerOptions, startConnectionsCheck,
} = require('internal/http/server');
const { IncomingMessage } = require('internal/http/incoming');
const { Agent: HttpAgent, ClientRequest } = require('internal/http/client');
const { URL, isURL, urlToHttpOptions } = require('internal/url');
const { validateObject } = require('internal/validators');

// ---- Server ----

function Server(options, requestListener) {
  if (!(this instanceof Server)) return new Server(options, requestListener);
  if (typeof options === 'function') {
    requestListener = options;
    options = {};
  } else if (options == null) {
    options = {};
  } else {
    validateObject(options, 'options');
  }
  this[kIncomingMessage] = options.IncomingMessage || IncomingMessage;
  this[kServerResponse] = options.ServerResponse || ServerResponse;
  storeServerOptions(this, options);
  tls.Server.call(this, {
    noDelay: true,
    ALPNProtocols: ['http/1.1'],
    ...options,
    allowHalfOpen: true,
  }, connectionListener);
  this.httpAllowHalfOpen = false;
  if (requestListener) this.on('request', requestListener);
  // A failed handshake is a client error, as for a bad request.
  this.on('tlsClientError', function onTlsClientError(err, socket) {
    if (!this.emit('clientError', err, socket)) socket.destroy(err);
  });
  this.timeout = 0;
  this.maxHeadersCount = null;
  this.maxRequestsPerSocket = 0;
  this.on('listening', startConnectionsCheck);
}
Object.setPrototypeOf(Server.prototype, tls.Server.prototype);
Object.setPrototypeOf(Server, tls.Server);

for (const name of ['setTimeout', 'close', 'closeAllConnections', 'closeIdleConnections']) {
  Server.prototype[name] = HttpServer.prototype[name];
}

function createServer(options, requestListener) {
  return new Server(options, requestListener);
}

// ---- Agent ----

function Agent(options) {
  if (!(this instanceof Agent)) return new Agent(options);
  HttpAgent.call(this, options);
  this.defaultPort = 443;
  this.protocol = 'https:';
  this.maxCachedSessions = this.options.maxCachedSessions ?? 100;
  this._sessionCache = { map: Object.create(null), list: [] };
}
Object.setPrototypeOf(Agent.prototype, HttpAgent.prototype);
Object.setPrototypeOf(Agent, HttpAgent);

// The name SNI should carry: the host without port or brackets; none for
// an IP address.
function serverName(options) {
  let host = options.host || 'localhost';
  if (host.startsWith('[')) host = host.slice(1, host.indexOf(']'));
  else if (host.indexOf(':') === host.lastIndexOf(':')) host = host.split(':')[0];
  return net.isIP(host) ? '' : host;
}

// (options) | (port, host, options)
Agent.prototype.createConnection = function(port, host, options) {
  if (port !== null && typeof port === 'object') {
    options = port;
  } else if (host !== null && typeof host === 'object') {
    options = { ...host, port };
  } else {
    options = { ...options, port, host };
  }
  options = { ...options };
  if (!options.servername && options.servername !== '') options.servername = serverName(options);
  const key = options._agentKey;
  if (key !== undefined && options.session === undefined) {
    const session = this._getSession(key);
    if (session) options.session = session;
  }
  const socket = tls.connect(options);
  if (key !== undefined && this.maxCachedSessions !== 0) {
    socket.on('session', (session) => this._cacheSession(key, session));
    // A session that failed to resume is not tried again.
    socket.once('close', (hadError) => {
      if (hadError) this._evictSession(key);
    });
  }
  return socket;
};

const tlsKeyOptions = ['ca', 'cert', 'clientCertEngine', 'ciphers', 'key', 'pfx', 'rejectUnauthorized',
  'servername', 'minVersion', 'maxVersion', 'secureProtocol', 'crl', 'honorCipherOrder', 'ecdhCurve',
  'dhparam', 'secureOptions', 'sessionIdContext', 'sigalgs', 'privateKeyIdentifier', 'privateKeyEngine'];

// The text of an option in a pool name; a Buffer (a `ca` given as one) is
// decoded once, not for every request.
const optionText = new WeakMap();
function asText(v) {
  if (typeof v !== 'object') return v;
  let text = optionText.get(v);
  if (text === undefined) {
    text = `${v}`;
    optionText.set(v, text);
  }
  return text;
}

// Connections are shared only between requests with the same TLS options.
Agent.prototype.getName = function(options = {}) {
  let name = HttpAgent.prototype.getName.call(this, options);
  for (const key of tlsKeyOptions) {
    name += ':';
    const v = options[key];
    if (v === undefined || v === null) continue;
    if (key === 'servername' && v === options.host) continue;
    name += asText(v);
  }
  return name;
};

Agent.prototype._getSession = function(key) {
  return this._sessionCache.map[key];
};

Agent.prototype._cacheSession = function(key, session) {
  if (this.maxCachedSessions === 0) return;
  const cache = this._sessionCache;
  if (cache.map[key]) {
    cache.map[key] = session;
    return;
  }
  if (cache.list.length >= this.maxCachedSessions) {
    const oldest = cache.list.shift();
    delete cache.map[oldest];
  }
  cache.list.push(key);
  cache.map[key] = session;
};

Agent.prototype._evictSession = function(key) {
  const cache = this._sessionCache;
  const i = cache.list.indexOf(key);
  if (i === -1) return;
  cache.list.splice(i, 1);
  delete cache.map[key];
};

const state = { globalAgent: new Agent({ keepAlive: true, scheduling: 'lifo', timeout: 5000 }) };

// ---- requests ----

// (url | URL | options)[, options][, cb] with https' agent as the default.
function request(...args) {
  let options = {};
  if (typeof args[0] === 'string') options = urlToHttpOptions(new URL(args.shift()));
  else if (isURL(args[0])) options = urlToHttpOptions(args.shift());
  if (args[0] && typeof args[0] !== 'function') Object.assign(options, args.shift());
  options._defaultAgent = state.globalAgent;
  return new ClientRequest(options, args[0]);
}

function get(...args) {
  const req = request(...args);
  req.end();
  return req;
}

module.exports = {
  Agent,
  globalAgent: undefined,
  Server,
  createServer,
  get,
  request,
};

// Replaceable, as in Node.
Object.defineProperty(module.exports, 'globalAgent', {
  configurable: true,
  enumerable: true,
  get() { return state.globalAgent; },
  set(v) { state.globalAgent = v; },
});
