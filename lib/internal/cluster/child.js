'use strict';
// cluster in a worker. server.listen() on a TCP port asks the primary
// (net.js calls cluster._getServer): with round-robin the server gets a
// stand-in handle and its connections arrive from the primary as 'newconn'
// messages carrying the accepted socket; with SCHED_NONE the primary sends
// the bound socket itself, which the server then listens on.

const EventEmitter = require('events');
const Worker = require('internal/cluster/worker_class');
const { workerId } = require('internal/cluster/id');

const cluster = new EventEmitter();
cluster.isWorker = true;
cluster.isMaster = false;
cluster.isPrimary = false;
cluster.Worker = Worker;
cluster.SCHED_NONE = 1;
cluster.SCHED_RR = 2;

const worker = new Worker({ id: workerId(), process, state: 'online' });
cluster.worker = worker;

let seq = 0;
const callbacks = new Map(); // seq -> reply callback
const rrHandles = new Map(); // key -> stand-in handle
const servers = new Set(); // servers listening through the primary

function send(message, handle, cb) {
  return process.send({ cmd: 'NODE_CLUSTER', ...message }, handle, cb);
}

function request(message, cb) {
  const id = ++seq;
  callbacks.set(id, cb);
  send({ ...message, seq: id });
}

process.on('internalMessage', (message, handle) => {
  if (!message || message.cmd !== 'NODE_CLUSTER') return;
  if (message.ack !== undefined) {
    const cb = callbacks.get(message.ack);
    callbacks.delete(message.ack);
    if (cb) cb(message, handle);
    return;
  }
  if (message.act === 'newconn') onNewConnection(message, handle);
  else if (message.act === 'disconnect') disconnect();
});

process.once('disconnect', () => {
  worker.emit('disconnect');
  // The primary went away without asking: nothing left to serve.
  if (!worker.exitedAfterDisconnect) process.exit(0);
});

// A stand-in for a listening handle whose socket lives in the primary.
class RoundRobinStandIn {
  constructor(key, sockname, kind) {
    this.key = key;
    this.sockname = sockname; // an address object, or a pipe's path
    this.kind = kind;
    this.cluster = true;
    this.owner = undefined;
  }

  getsockname(out) {
    Object.assign(out, this.sockname);
    return 0;
  }

  close() {
    if (!rrHandles.has(this.key)) return;
    rrHandles.delete(this.key);
    send({ act: 'close', key: this.key });
  }

  setRef() {}
}

// Called by net.Server.listen in a worker: cb(errno, handle).
cluster._getServer = function(server, options, cb) {
  const message = {
    act: 'queryServer',
    address: options.address,
    port: options.port,
    addressType: options.addressType,
    fd: options.fd,
    flags: options.flags,
    backlog: options.backlog,
  };
  request(message, (reply, handle) => {
    if (reply.errno) {
      cb(reply.errno, null);
      return;
    }
    servers.add(server);
    server.once('close', () => servers.delete(server));
    if (handle) {
      // SCHED_NONE: the primary's bound socket, to listen on here. The
      // primary keeps its copy until every worker has closed theirs.
      server.once('close', () => { if (process.connected) send({ act: 'close', key: reply.key }); });
      cb(0, handle);
    } else {
      const standIn = new RoundRobinStandIn(reply.key, reply.sockname, options.addressType === -1 ? 'pipe' : 'tcp');
      rrHandles.set(reply.key, standIn);
      cb(0, standIn);
    }
    const sock = server.address();
    send({
      act: 'listening',
      address: sock && typeof sock === 'object' ? sock.address : options.address,
      port: sock && typeof sock === 'object' ? sock.port : options.port,
      addressType: options.addressType,
      fd: options.fd === -1 ? undefined : options.fd, // as node: no fd unless listen() was given one
    });
  });
};

function onNewConnection(message, socket) {
  const standIn = rrHandles.get(message.key);
  const server = standIn && standIn.owner;
  if (!server || !socket) {
    if (socket) socket.destroy();
    return;
  }
  server._onClusterConnection(socket);
}

// Closes this worker's servers, then its channel to the primary.
function disconnect() {
  worker.exitedAfterDisconnect = true;
  let left = servers.size;
  const done = () => { if (process.connected) process.disconnect(); };
  if (left === 0) return done();
  for (const server of [...servers]) server.close(() => { if (--left === 0) done(); });
}

Worker.prototype.disconnect = function() {
  if (this.state !== 'disconnecting' && this.state !== 'destroying') {
    this.state = 'disconnecting';
    disconnect();
  }
  return this;
};

Worker.prototype.destroy = function() {
  if (this.state === 'destroying') return;
  this.exitedAfterDisconnect = true;
  this.state = 'destroying';
  if (!process.connected) {
    process.exit(0);
    return;
  }
  send({ act: 'exitedAfterDisconnect' }, undefined, () => process.disconnect());
  process.once('disconnect', () => process.exit(0));
};

// Started: tell the primary (before user code, as in Node).
send({ act: 'online' });

module.exports = cluster;
