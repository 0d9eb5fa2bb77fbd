'use strict';
// http.Agent: connections pooled per destination. A request gets a free
// socket of its destination if there is one, else a new one while under
// maxSockets / maxTotalSockets, else it waits in `requests`. When a response
// ends on a keep-alive connection the socket emits 'free': a waiting request
// takes it, or (keepAlive) it rests in `freeSockets`, unref'd, until reused,
// timed out or closed.

const EventEmitter = require('events');
const net = require('net');
const { validateNumber, validateOneOf } = require('internal/validators');

const kConnectOptions = Symbol('kConnectOptions');

function Agent(options) {
  if (!(this instanceof Agent)) return new Agent(options);
  EventEmitter.call(this);
  this.defaultPort = 80;
  this.protocol = 'http:';
  this.options = { __proto__: null, ...options };
  if (this.options.noDelay === undefined) this.options.noDelay = true;
  // A request's socketPath becomes its own `path`; never the agent's.
  this.options.path = null;
  this.requests = Object.create(null);
  this.sockets = Object.create(null);
  this.freeSockets = Object.create(null);
  this.keepAliveMsecs = this.options.keepAliveMsecs || 1000;
  this.keepAlive = this.options.keepAlive || false;
  this.maxSockets = this.options.maxSockets || Agent.defaultMaxSockets;
  this.maxFreeSockets = this.options.maxFreeSockets || 256;
  this.scheduling = this.options.scheduling || 'lifo';
  this.maxTotalSockets = this.options.maxTotalSockets;
  this.totalSocketCount = 0;
  validateOneOf(this.scheduling, 'scheduling', ['fifo', 'lifo']);
  if (this.maxTotalSockets !== undefined) validateNumber(this.maxTotalSockets, 'maxTotalSockets', 1);
  else this.maxTotalSockets = Infinity;
  this.on('free', onFree);
}
Object.setPrototypeOf(Agent.prototype, EventEmitter.prototype);
Object.setPrototypeOf(Agent, EventEmitter);

Agent.defaultMaxSockets = Infinity;

Agent.prototype.createConnection = net.createConnection;

// The pool key: host:port:localAddress[:family][:socketPath].
Agent.prototype.getName = function(options = {}) {
  let name = `${options.host || 'localhost'}:`;
  if (options.port) name += options.port;
  name += ':';
  if (options.localAddress) name += options.localAddress;
  if (options.family === 4 || options.family === 6) name += `:${options.family}`;
  if (options.socketPath) name += `:${options.socketPath}`;
  return name;
};

function connectOptions(agent, options) {
  const opts = { __proto__: null, ...options, ...agent.options };
  if (opts.socketPath) opts.path = opts.socketPath;
  return opts;
}

function hasRoom(agent, name) {
  const inUse = agent.sockets[name] ? agent.sockets[name].length : 0;
  return inUse < agent.maxSockets && agent.totalSocketCount < agent.maxTotalSockets;
}

// A free socket of `name` (destroyed ones are dropped), by the scheduling.
function takeFreeSocket(agent, name) {
  const list = agent.freeSockets[name];
  if (!list) return undefined;
  let socket;
  while (list.length && !socket) {
    const s = agent.scheduling === 'fifo' ? list.shift() : list.pop();
    if (!s.destroyed) socket = s;
  }
  if (!list.length) delete agent.freeSockets[name];
  return socket;
}

Agent.prototype.addRequest = function(req, options, port, localAddress) {
  // The legacy (req, host, port, localAddress) form.
  if (typeof options === 'string') options = { __proto__: null, host: options, port, localAddress };
  const opts = connectOptions(this, options);
  const name = this.getName(opts);
  this.sockets[name] ??= [];
  const socket = takeFreeSocket(this, name);
  if (socket) {
    this.reuseSocket(socket, req);
    this.sockets[name].push(socket);
    giveSocket(this, req, socket);
  } else if (hasRoom(this, name)) {
    this.createSocket(req, opts, (err, s) => {
      if (err) req.onSocket(s, err);
      else giveSocket(this, req, s);
    });
  } else {
    req[kConnectOptions] = opts;
    (this.requests[name] ??= []).push(req);
  }
};

Agent.prototype.createSocket = function(req, options, cb) {
  const opts = connectOptions(this, options);
  const name = this.getName(opts);
  opts._agentKey = name;
  opts.encoding = null;
  this.totalSocketCount++;
  let called = false;
  const oncreate = (err, s) => {
    if (called) return;
    called = true;
    if (err) {
      this.totalSocketCount--;
      cb(err);
      return;
    }
    (this.sockets[name] ??= []).push(s);
    watchPooledSocket(this, s, opts);
    cb(null, s);
  };
  // createConnection answers with the socket, or later through oncreate
  // (net's ignores it: there it is a 'connect' listener, called without
  // arguments once oncreate already ran).
  let s;
  try {
    s = this.createConnection(opts, oncreate);
  } catch (err) {
    // As net.connect's own option errors, they reach the caller.
    this.totalSocketCount--;
    called = true;
    throw err;
  }
  if (s) oncreate(null, s);
};

function giveSocket(agent, req, socket) {
  req.onSocket(socket);
  const agentTimeout = agent.options.timeout || 0;
  if (req.timeout !== undefined && req.timeout !== agentTimeout) socket.setTimeout(req.timeout);
}

function watchPooledSocket(agent, s, options) {
  function onSocketFree() { agent.emit('free', s, options); }
  function onSocketClose() { agent.removeSocket(s, options); }
  // An idle pooled socket that times out is closed; a busy one is the
  // request's business.
  function onSocketTimeout() {
    if (agent.freeSockets[agent.getName(options)]?.includes(s)) s.destroy();
  }
  function onSocketRemove() {
    agent.removeSocket(s, options);
    s.removeListener('free', onSocketFree);
    s.removeListener('close', onSocketClose);
    s.removeListener('timeout', onSocketTimeout);
    s.removeListener('agentRemove', onSocketRemove);
  }
  s.on('free', onSocketFree);
  s.on('close', onSocketClose);
  s.on('timeout', onSocketTimeout);
  s.on('agentRemove', onSocketRemove);
}

function removeFrom(lists, name, s) {
  const list = lists[name];
  if (!list) return false;
  const i = list.indexOf(s);
  if (i === -1) return false;
  list.splice(i, 1);
  if (!list.length) delete lists[name];
  return true;
}

Agent.prototype.removeSocket = function(s, options) {
  const name = this.getName(options);
  if (removeFrom(this.sockets, name, s) || removeFrom(this.freeSockets, name, s)) this.totalSocketCount--;
  serveWaiting(this, name, 0);
};

// A socket went away (or, with slack 1, went idle into the pool): a waiting
// request of its destination, else of one that has no connection at all,
// gets a new socket. (So, as in Node, an idle pooled socket does not hold
// back another destination's request under maxTotalSockets.)
function serveWaiting(agent, name, slack) {
  let key = agent.requests[name]?.length ? name : undefined;
  if (key === undefined) {
    for (const k of Object.keys(agent.requests)) {
      if (!agent.sockets[k]?.length) key = k;
      break;
    }
  }
  if (key === undefined) return;
  const inUse = agent.sockets[key] ? agent.sockets[key].length : 0;
  if (inUse >= agent.maxSockets || agent.totalSocketCount - slack >= agent.maxTotalSockets) return;
  const req = agent.requests[key][0];
  const opts = req[kConnectOptions];
  agent.createSocket(req, opts, (err, socket) => {
    if (err) {
      removeFrom(agent.requests, key, req);
      req.onSocket(socket, err);
    } else {
      socket.emit('free');
    }
  });
}

function onFree(socket, options) {
  const name = this.getName(options);
  const queue = this.requests[name];
  if (socket.writable && queue?.length) {
    const req = queue.shift();
    if (!queue.length) delete this.requests[name];
    req[kConnectOptions] = undefined;
    giveSocket(this, req, socket);
    return;
  }
  const req = socket._httpMessage;
  if (!req || !req.shouldKeepAlive || !this.keepAlive || !socket.writable) {
    socket.destroy();
    return;
  }
  const free = this.freeSockets[name] ?? [];
  const count = free.length + (this.sockets[name] ? this.sockets[name].length : 0);
  if (this.totalSocketCount > this.maxTotalSockets || count > this.maxSockets ||
      free.length >= this.maxFreeSockets || !this.keepSocketAlive(socket)) {
    socket.destroy();
    return;
  }
  removeFrom(this.sockets, name, socket);
  this.freeSockets[name] = free;
  free.push(socket);
  socket._httpMessage = null;
  socket.once('error', onFreeSocketError);
  serveWaiting(this, name, 1);
}

// A pooled socket's error (the server reset it) only takes it out.
function onFreeSocketError() {
  this.destroy();
  this.emit('agentRemove');
}

Agent.prototype.keepSocketAlive = function(socket) {
  socket.setKeepAlive(true, this.keepAliveMsecs);
  socket.unref();
  let timeout = this.options.timeout || 0;
  // The server's `Keep-Alive: timeout=N`: leave a second early, to not
  // reuse a connection the server is closing.
  const hint = socket._httpMessage?.res?.headers['keep-alive'];
  const m = hint ? /^timeout=(\d+)/.exec(hint) : null;
  if (m) {
    const serverTimeout = Number(m[1]) * 1000 - 1000;
    if (serverTimeout <= 0) return false;
    if (serverTimeout < timeout) timeout = serverTimeout;
  }
  if (socket.timeout !== timeout) socket.setTimeout(timeout);
  return true;
};

Agent.prototype.reuseSocket = function(socket, req) {
  socket.removeListener('error', onFreeSocketError);
  req.reusedSocket = true;
  socket.ref();
};

Agent.prototype.destroy = function() {
  for (const lists of [this.freeSockets, this.sockets]) {
    for (const name of Object.keys(lists)) {
      for (const s of lists[name].slice()) s.destroy();
    }
  }
};

const state = { globalAgent: new Agent({ keepAlive: true, scheduling: 'lifo', timeout: 5000 }) };

module.exports = {
  Agent,
  get globalAgent() { return state.globalAgent; },
  set globalAgent(v) { state.globalAgent = v; },
};
