'use strict';
// cluster in the primary: forks workers, and serves their listen() calls.
// A worker's server.listen() becomes a 'queryServer' message; the primary
// then either listens itself and hands each accepted connection to the next
// worker (SCHED_RR, the default on Linux) or gives every worker the same
// bound socket to listen on (SCHED_NONE: the kernel balances).
// Messages between the two are internal: { cmd: 'NODE_CLUSTER', act, ... }.

const EventEmitter = require('events');
const net = require('net');
const { streamWrap } = require('internal/net');
const { fork } = require('child_process');
const Worker = require('internal/cluster/worker_class');
const { codes: { ERR_INVALID_ARG_VALUE } } = require('internal/errors');
const { validateObject } = require('internal/validators');

const SCHED_NONE = 1;
const SCHED_RR = 2;

const cluster = new EventEmitter();
cluster.isWorker = false;
cluster.isMaster = true;
cluster.isPrimary = true;
cluster.Worker = Worker;
cluster.workers = {};
cluster.settings = {};
cluster.SCHED_NONE = SCHED_NONE;
cluster.SCHED_RR = SCHED_RR;

const envPolicy = process.env.NODE_CLUSTER_SCHED_POLICY;
cluster.schedulingPolicy = envPolicy === 'none' ? SCHED_NONE : SCHED_RR;
if (envPolicy !== undefined && envPolicy !== 'none' && envPolicy !== 'rr') {
  throw new ERR_INVALID_ARG_VALUE('NODE_CLUSTER_SCHED_POLICY', envPolicy);
}

let ids = 0;
let initialized = false;
const handles = new Map(); // key -> RoundRobinHandle | SharedHandle

function setupPrimary(options) {
  const settings = {
    args: process.argv.slice(2),
    exec: process.argv[1],
    execArgv: process.execArgv,
    silent: false,
    ...cluster.settings,
    ...options,
  };
  cluster.settings = settings;
  if (!initialized) {
    initialized = true;
    // The policy is fixed once the first worker is set up, as in Node.
    if (cluster.schedulingPolicy !== SCHED_NONE && cluster.schedulingPolicy !== SCHED_RR) {
      throw new ERR_INVALID_ARG_VALUE('cluster.schedulingPolicy', cluster.schedulingPolicy);
    }
    Object.defineProperty(cluster, 'schedulingPolicy', {
      configurable: true, enumerable: true, writable: false, value: cluster.schedulingPolicy,
    });
  }
  process.nextTick(() => cluster.emit('setup', settings));
}
cluster.setupPrimary = setupPrimary;
cluster.setupMaster = setupPrimary;

function send(worker, message, handle, cb) {
  if (!worker.process.connected) return false;
  return worker.process.send({ cmd: 'NODE_CLUSTER', ...message }, handle, cb);
}

cluster.fork = function(env) {
  setupPrimary();
  if (env !== undefined) validateObject(env, 'env');
  const id = ++ids;
  const s = cluster.settings;
  const child = fork(s.exec, s.args, {
    cwd: s.cwd,
    env: { ...process.env, ...env, NODE_UNIQUE_ID: `${id}` },
    execArgv: s.execArgv,
    silent: s.silent,
    stdio: s.stdio,
    serialization: s.serialization,
    uid: s.uid,
    gid: s.gid,
    windowsHide: s.windowsHide,
  });
  const worker = new Worker({ id, process: child });
  worker.on('message', function(message, handle) {
    cluster.emit('message', this, message, handle);
  });
  child.once('exit', (exitCode, signalCode) => {
    worker.state = 'dead';
    if (worker.exitedAfterDisconnect === undefined) worker.exitedAfterDisconnect = false;
    removeHandlesOf(worker);
    delete cluster.workers[id];
    worker.emit('exit', exitCode, signalCode);
    cluster.emit('exit', worker, exitCode, signalCode);
  });
  child.once('disconnect', () => {
    worker.state = 'disconnected';
    if (worker.exitedAfterDisconnect === undefined) worker.exitedAfterDisconnect = false;
    removeHandlesOf(worker);
    worker.emit('disconnect');
    cluster.emit('disconnect', worker);
  });
  child.on('internalMessage', (message, handle) => {
    if (message && message.cmd === 'NODE_CLUSTER') onMessage(worker, message, handle);
  });
  cluster.workers[id] = worker;
  process.nextTick(() => cluster.emit('fork', worker));
  return worker;
};

cluster.disconnect = function(cb) {
  const workers = Object.values(cluster.workers);
  let left = workers.length;
  if (typeof cb === 'function') {
    if (left === 0) process.nextTick(cb);
    for (const w of workers) {
      if (!w.isConnected()) {
        if (--left === 0) process.nextTick(cb);
        continue;
      }
      w.once('disconnect', () => { if (--left === 0) cb(); });
    }
  }
  for (const w of workers) if (w.isConnected()) w.disconnect();
};

Worker.prototype.disconnect = function() {
  this.exitedAfterDisconnect = true;
  if (this.process.connected) send(this, { act: 'disconnect' });
  // The worker closes its servers, then its end of the channel.
  removeHandlesOf(this);
  return this;
};

Worker.prototype.destroy = function(signal = 'SIGTERM') {
  const proc = this.process;
  if (this.isConnected()) {
    this.once('disconnect', () => proc.kill(signal));
    this.disconnect();
    return;
  }
  proc.kill(signal);
};

function onMessage(worker, message, handle) {
  switch (message.act) {
    case 'online':
      worker.state = 'online';
      worker.emit('online');
      cluster.emit('online', worker);
      break;
    case 'queryServer':
      queryServer(worker, message);
      break;
    case 'listening': {
      const address = {
        addressType: message.addressType,
        address: message.address,
        port: message.port,
        fd: message.fd,
      };
      worker.state = 'listening';
      worker.emit('listening', address);
      cluster.emit('listening', worker, address);
      break;
    }
    case 'close': {
      const h = handles.get(message.key);
      if (h) h.remove(worker);
      break;
    }
    case 'exitedAfterDisconnect':
      worker.exitedAfterDisconnect = true;
      break;
    default:
      void handle;
  }
}

function keyOf(m) {
  return `${m.address}:${m.port}:${m.addressType}:${m.fd}`;
}

function queryServer(worker, message) {
  if (worker.exitedAfterDisconnect) return; // disconnecting: no new servers
  const key = keyOf(message);
  let h = handles.get(key);
  if (h === undefined) {
    // Port 0 for one address means one port for all workers: the first
    // query picks it, later ones share its handle (same key).
    h = cluster.schedulingPolicy === SCHED_RR ? new RoundRobinHandle(key, message) : new SharedHandle(key, message);
    handles.set(key, h);
  }
  h.add(worker, (errno, reply, handle) => {
    send(worker, { ack: message.seq, key, errno, ...reply }, handle);
  });
}

function removeHandlesOf(worker) {
  for (const h of [...handles.values()]) h.remove(worker);
}

// The primary listens; connections go to the workers in turn.
class RoundRobinHandle {
  constructor(key, m) {
    this.key = key;
    this.workers = [];
    this.next = 0;
    this.pending = [];
    this.errno = 0;
    this.sockname = null;
    this.server = net.createServer({ pauseOnConnect: true });
    this.server.on('connection', (socket) => this.distribute(socket));
    this.server.once('listening', () => {
      this.sockname = this.server.address();
      for (const cb of this.pending.splice(0)) cb(0, { sockname: this.sockname });
    });
    this.server.once('error', (err) => {
      this.errno = err.errno || -1;
      for (const cb of this.pending.splice(0)) cb(this.errno, { code: err.code, syscall: err.syscall });
      handles.delete(this.key);
    });
    // addressType -1: a pipe at the path `address` (flags: readableAll 1, writableAll 2).
    const options = m.addressType === -1 ?
      { path: m.address, exclusive: true, readableAll: !!(m.flags & 1), writableAll: !!(m.flags & 2) } :
      { port: m.port, exclusive: true };
    if (m.address && m.addressType !== -1) options.host = m.address;
    if (m.backlog) options.backlog = m.backlog;
    this.server.listen(options);
  }

  add(worker, cb) {
    if (!this.workers.includes(worker)) this.workers.push(worker);
    if (this.errno) cb(this.errno, {});
    else if (this.sockname) cb(0, { sockname: this.sockname });
    else this.pending.push(cb);
  }

  remove(worker) {
    const i = this.workers.indexOf(worker);
    if (i === -1) return;
    this.workers.splice(i, 1);
    if (this.workers.length === 0) {
      this.server.close();
      handles.delete(this.key);
    }
  }

  distribute(socket) {
    for (let tries = 0; tries < this.workers.length; tries++) {
      const worker = this.workers[this.next++ % this.workers.length];
      if (worker.isConnected() && worker.state !== 'disconnected') {
        send(worker, { act: 'newconn', key: this.key }, socket);
        return;
      }
    }
    socket.destroy();
  }
}

// Every worker listens on the same socket, made here.
class SharedHandle {
  constructor(key, m) {
    this.key = key;
    this.workers = [];
    this.server = null;
    this.errno = 0;
    this.code = undefined;
    const result = net._createServerHandle(m.address, m.port, m.addressType, m.fd, m.flags);
    if (typeof result === 'number') {
      this.errno = result;
    } else {
      this.handle = result;
    }
  }

  add(worker, cb) {
    if (!this.workers.includes(worker)) this.workers.push(worker);
    if (this.errno) cb(this.errno, {});
    else cb(0, {}, this.handle);
  }

  remove(worker) {
    const i = this.workers.indexOf(worker);
    if (i === -1) return;
    this.workers.splice(i, 1);
    if (this.workers.length === 0) {
      if (this.handle) streamWrap.close(this.handle);
      this.handle = null;
      handles.delete(this.key);
    }
  }
}

module.exports = cluster;
