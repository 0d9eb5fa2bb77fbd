'use strict';
// The IPC channel of child_process: a Unix socket between a parent and the
// child it forked (stdio 'ipc'), the same code on both sides. setupChannel()
// gives its target (the ChildProcess in the parent, `process` in the child)
// send(), 'message', connected, disconnect() and 'disconnect', as Node does.
//
// Wire formats are Node's, so that a lode parent and a Node child (or the
// reverse) talk: 'json' writes JSON.stringify(message) + '\n' per message;
// 'advanced' a 4-byte big-endian length and V8's value serialization, which
// internal/child_process/serialization writes and reads.
//
// Messages whose `cmd` starts with 'NODE_' are internal: they go to
// 'internalMessage', never to 'message'. Handles travel as Node sends them:
// the descriptor rides on a {cmd: 'NODE_HANDLE', type, msg[, key]} message
// (SCM_RIGHTS, stream_wrap.writeWithFd); the receiver answers
// NODE_HANDLE_ACK (or NODE_HANDLE_NACK when no descriptor came) and the
// sender holds back every later message until that answer.

const EventEmitter = require('events');
const { Buffer } = require('buffer'); // also completes FastBuffer.prototype
const { FastBuffer } = require('internal/buffer');
const { installCallbacks, streamWrap: sw } = require('internal/net');
const {
  errnoException,
  codes: {
    ERR_INVALID_ARG_TYPE, ERR_INVALID_HANDLE_TYPE, ERR_IPC_CHANNEL_CLOSED,
    ERR_IPC_DISCONNECTED, ERR_MISSING_ARGS, ERR_CHILD_CLOSED_BEFORE_REPLY,
  },
} = require('internal/errors');
const { validateObject } = require('internal/validators');

// send() reports back-pressure past this many queued bytes, as Node does.
const kMaxQueuedBytes = 65536 * 2;
// A handle the receiver did not get (NACK) is sent again this many times.
const kMaxRetransmissions = 3;
const UV_EPIPE = -32;
const UV_ECONNRESET = -104;

const kChannelHandle = Symbol('kChannelHandle');
const kDefaultOptions = Object.freeze({ swallowErrors: false });

let net;
const lazyNet = () => (net ??= require('net'));

// ---- the control object: target.channel ----

// Counted references come from 'message'/'disconnect' listeners in a child;
// an explicit ref()/unref() overrides them from then on, as in Node.
class Control extends EventEmitter {
  #handle;
  #refs = 0;
  #explicit = false;

  constructor(handle) {
    super();
    this.#handle = handle;
  }

  refCounted() {
    if (++this.#refs === 1 && !this.#explicit) sw.setRef(this.#handle, true);
  }

  unrefCounted() {
    if (this.#refs === 0) return;
    if (--this.#refs === 0 && !this.#explicit) sw.setRef(this.#handle, false);
  }

  ref() {
    this.#explicit = true;
    sw.setRef(this.#handle, true);
  }

  unref() {
    this.#explicit = true;
    sw.setRef(this.#handle, false);
  }

  get fd() {
    const fd = sw.fd(this.#handle);
    return fd >= 0 ? fd : undefined;
  }
}

// ---- codecs ----

// 'json': one JSON text per line. '\n' never occurs inside a UTF-8 sequence
// or inside JSON.stringify's output, so lines are split on the bytes and
// each chunk's complete lines are decoded to text in one call.
class JSONCodec {
  constructor() {
    this.parts = null; // the bytes of an unfinished line
  }

  encode(message) {
    return `${JSON.stringify(message)}\n`;
  }

  decode(buf, out) {
    const last = buf.lastIndexOf(10);
    if (last === -1) {
      if (buf.length > 0) (this.parts ??= []).push(buf);
      return;
    }
    let text;
    if (this.parts !== null) {
      this.parts.push(buf.subarray(0, last));
      text = Buffer.concat(this.parts).utf8Slice();
      this.parts = null;
    } else {
      text = buf.utf8Slice(0, last);
    }
    if (last + 1 < buf.length) this.parts = [buf.subarray(last + 1)];
    let start = 0;
    for (;;) {
      const nl = text.indexOf('\n', start);
      if (nl === -1) {
        out.push(JSON.parse(start === 0 ? text : text.slice(start)));
        return;
      }
      out.push(JSON.parse(text.slice(start, nl)));
      start = nl + 1;
    }
  }
}

function createCodec(serialization) {
  if (serialization === 'advanced') {
    const { AdvancedCodec } = require('internal/child_process/serialization');
    return new AdvancedCodec();
  }
  return new JSONCodec();
}

// ---- what a handle becomes on the wire, and back ----

const dgramIPC = () => require('dgram')[Symbol.for('lode.dgram.ipc')];

function isDgramSocket(h) {
  // Only load dgram when the value looks like one of its sockets.
  return (h.type === 'udp4' || h.type === 'udp6') && h instanceof require('dgram').Socket;
}

// What send(message, handle) puts on the wire for `handle`: { type, fd,
// raw } (raw: the C handle that holds fd), or null when the object has no
// live handle (the message then goes alone, as in Node).
function handleToSend(handle) {
  const { Server, Socket } = lazyNet();
  if (handle instanceof Socket) {
    const raw = handle._handle;
    return raw && sw.isHandle(raw) ? { type: 'net.Socket', raw, fd: sw.fd(raw) } : null;
  }
  if (handle instanceof Server) {
    const raw = handle._handle;
    return raw && sw.isHandle(raw) ? { type: 'net.Server', raw, fd: sw.fd(raw) } : null;
  }
  if (handle !== null && typeof handle === 'object') {
    if (sw.isHandle(handle) && handle.kind !== 'tty') {
      return { type: 'net.Native', raw: handle, fd: sw.fd(handle) };
    }
    if (isDgramSocket(handle)) {
      const raw = dgramIPC().getHandle(handle);
      const fd = raw ? internalBinding('udp_wrap').fd(raw) : -1;
      return fd >= 0 ? { type: 'dgram.Socket', raw, fd, dgramType: handle.type } : null;
    }
    // A bound UDP handle (udp_wrap answers -1 for anything else).
    const fd = internalBinding('udp_wrap').fd(handle);
    if (fd >= 0) return { type: 'dgram.Native', raw: handle, fd };
  }
  throw new ERR_INVALID_HANDLE_TYPE();
}

function closeRaw(raw) {
  if (raw === null || raw === undefined) return;
  if (sw.isHandle(raw)) sw.close(raw);
  else internalBinding('udp_wrap').close(raw);
}

// The object a received handle becomes, which 'message' gets; undefined
// (and the handle closed) when type and descriptor do not agree.
function handleReceived(state, message, raw) {
  switch (message.type) {
    case 'net.Native':
      if (!sw.isHandle(raw)) break;
      return raw;
    case 'net.Server': {
      if (!sw.isHandle(raw)) break;
      const server = new (lazyNet().Server)();
      server.listen(raw);
      return server;
    }
    case 'net.Socket': {
      if (!sw.isHandle(raw)) break;
      const socket = new (lazyNet().Socket)({ handle: raw, readable: true, writable: true });
      if (typeof message.key === 'string') receivedSocketList(state, message.key).add(socket);
      return socket;
    }
    case 'dgram.Native':
      if (sw.isHandle(raw)) break;
      return raw;
    case 'dgram.Socket': {
      if (sw.isHandle(raw)) break;
      return dgramIPC().fromHandle(message.dgramType === 'udp6' ? 'udp6' : 'udp4', raw);
    }
  }
  // A type we do not know, or a descriptor of the wrong kind.
  closeRaw(raw);
  return undefined;
}

// ---- connection counts of sockets sent away (server.getConnections/close) ----

// In the receiver: the sockets that came with one server key.
class ReceivedSockets {
  constructor(state, key) {
    this.state = state;
    this.key = key;
    this.sockets = new Set();
    this.notifyClose = false;
  }

  add(socket) {
    this.sockets.add(socket);
    socket.once('close', () => {
      this.sockets.delete(socket);
      this.maybeAllClosed();
    });
  }

  maybeAllClosed() {
    if (!this.notifyClose || this.sockets.size > 0) return;
    this.notifyClose = false;
    this.state.sendInternal({ cmd: 'NODE_SOCKET_ALL_CLOSED', key: this.key });
    this.state.socketLists.delete(this.key);
  }
}

function receivedSocketList(state, key) {
  let list = state.socketLists.get(key);
  if (list === undefined) {
    list = new ReceivedSockets(state, key);
    state.socketLists.set(key, list);
  }
  return list;
}

// In the sender: the peer that now holds some of a server's connections.
// net.Server asks it for its count and tells it when the server closes.
class SentSockets extends EventEmitter {
  constructor(state, key) {
    super();
    this.state = state;
    this.key = key;
  }

  request(message, replyCmd, cb) {
    const target = this.state.target;
    if (!target.connected) {
      process.nextTick(cb, null, 0);
      return;
    }
    const onReply = (msg) => {
      if (msg.cmd !== replyCmd || msg.key !== this.key) return;
      target.removeListener('internalMessage', onReply);
      target.removeListener('disconnect', onGone);
      cb(null, msg.count);
    };
    const onGone = () => {
      target.removeListener('internalMessage', onReply);
      cb(new ERR_CHILD_CLOSED_BEFORE_REPLY());
    };
    target.on('internalMessage', onReply);
    target.once('disconnect', onGone);
    this.state.sendInternal(message);
  }

  getConnections(cb) {
    this.request({ cmd: 'NODE_SOCKET_GET_COUNT', key: this.key }, 'NODE_SOCKET_COUNT', cb);
  }

  close(cb) {
    this.request({ cmd: 'NODE_SOCKET_NOTIFY_CLOSE', key: this.key }, 'NODE_SOCKET_ALL_CLOSED', cb);
  }
}

// The key a server's sockets are known by on the other side.
function connectionKey(server) {
  if (typeof server._connectionKey === 'string') return server._connectionKey;
  const a = server.address();
  if (a === null || typeof a !== 'object') return `-1:${a}:-1`;
  return `${a.family === 'IPv6' ? 6 : 4}:${a.address}:${a.port}`;
}

function serverOf(socket) {
  const server = socket._server || socket.server;
  return server && typeof server.address === 'function' ? server : null;
}

// The connection is the peer's now; its server counts it through the peer.
function trackSentSocket(state, socket, key) {
  const server = serverOf(socket);
  if (server === null) return;
  if (socket._server) {
    socket._server = null;
    server._connections--;
  }
  if (!Array.isArray(server._workers)) server._workers = [];
  const known = server._workers.some((w) => w.state === state && w.key === key);
  if (!known) {
    const sent = new SentSockets(state, key);
    server._workers.push(sent);
    server._usingWorkers = true;
    state.target.once('disconnect', () => {
      const i = server._workers.indexOf(sent);
      if (i !== -1) server._workers.splice(i, 1);
      if (server._workers.length === 0) server._usingWorkers = false;
    });
  }
}

// server.getConnections(cb) with connections held by other processes: its
// own count plus theirs.
function countServerConnections(server, cb) {
  const workers = server._workers.slice();
  let total = server._connections;
  let left = workers.length;
  let failed = false;
  const done = (err, n) => {
    if (failed) return;
    if (err) {
      failed = true;
      cb(err);
      return;
    }
    total += n;
    if (--left === 0) cb(null, total);
  };
  if (left === 0) process.nextTick(cb, null, total);
  for (const w of workers) w.getConnections(done);
}

// server.close() with connections held by other processes: 'close' waits
// until each of them reports all of its sockets closed.
function closeServerWorkers(server) {
  const workers = server._workers.slice();
  if (workers.length === 0) return;
  // A connection of our own holds 'close' back meanwhile.
  server._connections++;
  let left = workers.length;
  const done = () => {
    if (--left !== 0) return;
    server._connections--;
    server._emitCloseIfDrained();
  };
  for (const w of workers) w.close(done);
}

// ---- the channel ----

function isInternal(message) {
  return message !== null && typeof message === 'object' && typeof message.cmd === 'string' &&
    message.cmd.length > 5 && message.cmd.startsWith('NODE_');
}

class ChannelState {
  constructor(target, handle, serialization) {
    this.target = target;
    this.handle = handle;
    this.codec = createCodec(serialization);
    this.received = []; // descriptors that came, waiting for their NODE_HANDLE message
    this.pending = null; // the handle message waiting for its ACK
    this.socketLists = new Map();
    this.closed = false;
  }

  // stream_wrap's read callback (the handle's owner is this state).
  _onHandleRead(handle, data, handles) {
    if (handles !== undefined) {
      for (let i = 0; i < handles.length; i++) this.received.push(handles[i]);
    }
    if (typeof data === 'number') {
      // EOF or a read error: the other side is gone.
      this.target._disconnect();
      return;
    }
    const batch = [];
    try {
      this.codec.decode(new FastBuffer(data), batch);
    } finally {
      // Messages decoded before a malformed one are still delivered.
      if (batch.length > 0) process.nextTick(deliver, this, batch, 0);
    }
  }

  // Writes one encoded message (with a descriptor when fd >= 0): 0 written,
  // 1 queued (req.oncomplete follows), or an errno.
  write(data, fd, req) {
    const h = this.handle;
    if (fd >= 0) return sw.writeWithFd(h, req, data, fd);
    if (typeof data === 'string') {
      const r = sw.writeUtf8String(h, req, data); // bytes * 2 + (0 | 1), or an errno
      return r < 0 ? r : r % 2;
    }
    return sw.writeBuffer(h, req, data);
  }

  // Internal replies (ACK, NACK, socket counts) go out at once, ahead of
  // anything held back for an ACK.
  sendInternal(message) {
    // A failure means the peer is gone: 'disconnect' follows from the read side.
    if (!this.closed) this.write(this.codec.encode(message), -1, { oncomplete() {} });
  }

  // The NODE_HANDLE message that carries entry's handle, encoded.
  encodeHandleMessage(entry) {
    const wire = { cmd: 'NODE_HANDLE', type: entry.info.type, msg: entry.message };
    if (entry.key !== undefined) wire.key = entry.key;
    if (entry.info.dgramType !== undefined) wire.dgramType = entry.info.dgramType;
    return this.codec.encode(wire);
  }

  // Sends a NODE_HANDLE message. Later messages wait for its ACK.
  sendHandle(entry, data) {
    const t = this.target;
    t._handleQueue = t._handleQueue || [];
    this.pending = entry;
    t._pendingMessage = entry;
    return this.writeMessage(data, entry.info.fd, entry.callback, entry.options);
  }

  writeMessage(data, fd, callback, options) {
    const t = this.target;
    const req = { oncomplete: afterWrite, callback };
    const r = this.write(data, fd, req);
    if (r < 0 && fd >= 0 && (r === UV_EPIPE || r === UV_ECONNRESET)) {
      // The peer is gone (it may not have been reaped yet). As in Node, a
      // message carrying a handle then fails quietly: the read side sees
      // EOF and 'disconnect' follows, which closes the handle held back.
      if (typeof callback === 'function') process.nextTick(callback, null);
      return true;
    }
    if (r < 0) {
      if (!options || !options.swallowErrors) {
        const ex = errnoException(r, 'write');
        if (typeof callback === 'function') process.nextTick(callback, ex);
        else process.nextTick(() => t.emit('error', ex));
      }
      return false;
    }
    if (r === 0) {
      if (typeof callback === 'function') process.nextTick(callback, null);
      return true;
    }
    return sw.writeQueueSize(this.handle) < kMaxQueuedBytes;
  }

  onAck() {
    const t = this.target;
    const entry = this.pending;
    this.pending = null;
    t._pendingMessage = null;
    if (entry !== null && entry.closeAfter) closeRaw(entry.info.raw);
    const queue = t._handleQueue;
    t._handleQueue = null;
    if (queue !== null) {
      for (let i = 0; i < queue.length; i++) {
        const q = queue[i];
        if (this.closed) {
          if (typeof q.callback === 'function') process.nextTick(q.callback, new ERR_IPC_CHANNEL_CLOSED());
          continue;
        }
        sendNow(this, q.message, q.handle, q.options, q.callback);
      }
    }
    // A disconnect() asked for while messages were held back happens now.
    if (!t.connected && !this.closed && t._handleQueue === null) t._disconnect();
  }

  onNack() {
    const entry = this.pending;
    if (entry === null) return this.onAck();
    if (entry.retransmissions++ >= kMaxRetransmissions) {
      this.onAck();
      this.target.emit('error', new Error('Handle did not reach the receiving process correctly'));
      return;
    }
    this.sendHandle(entry, this.encodeHandleMessage(entry));
  }

  // A NODE_HANDLE message: its descriptor came first (this.received).
  onHandleMessage(message) {
    const t = this.target;
    const raw = this.received.length > 0 ? this.received.shift() : null;
    if (raw === null || raw === undefined) {
      this.sendInternal({ cmd: 'NODE_HANDLE_NACK' });
      t.emit('internalMessage', message, null);
      return;
    }
    this.sendInternal({ cmd: 'NODE_HANDLE_ACK' });
    t.emit('internalMessage', message, raw);
    const obj = handleReceived(this, message, raw);
    const inner = message.msg;
    t.emit(isInternal(inner) ? 'internalMessage' : 'message', inner, obj);
  }

  dispatch(message) {
    const t = this.target;
    if (!isInternal(message)) {
      t.emit('message', message, undefined);
      return;
    }
    switch (message.cmd) {
      case 'NODE_HANDLE':
        this.onHandleMessage(message);
        return;
      case 'NODE_HANDLE_ACK':
        this.onAck();
        break;
      case 'NODE_HANDLE_NACK':
        this.onNack();
        break;
      case 'NODE_SOCKET_GET_COUNT': {
        const list = this.socketLists.get(message.key);
        this.sendInternal({ cmd: 'NODE_SOCKET_COUNT', key: message.key, count: list ? list.sockets.size : 0 });
        break;
      }
      case 'NODE_SOCKET_NOTIFY_CLOSE': {
        const list = receivedSocketList(this, message.key);
        list.notifyClose = true;
        list.maybeAllClosed();
        break;
      }
    }
    t.emit('internalMessage', message, undefined);
  }

  // The channel is gone: close it and what it still holds.
  close() {
    if (this.closed) return;
    this.closed = true;
    this.handle.owner = undefined;
    sw.close(this.handle);
    for (const raw of this.received) closeRaw(raw);
    this.received = [];
    const entry = this.pending;
    this.pending = null;
    if (entry !== null && entry.closeAfter) closeRaw(entry.info.raw);
  }
}

function afterWrite() {
  // As in Node, the callback of a write that ends with the channel is not
  // given an error.
  if (typeof this.callback === 'function') this.callback(null);
}

// Emits the messages of one read in order, on one tick; if a listener
// throws, the rest follow on the next tick.
function deliver(state, batch, from) {
  let i = from;
  try {
    for (; i < batch.length; i++) state.dispatch(batch[i]);
  } finally {
    if (i < batch.length - 1) process.nextTick(deliver, state, batch, i + 1);
  }
}

// Encodes and writes a validated message (or holds it back until an ACK).
function sendNow(state, message, handle, options, callback) {
  const t = state.target;
  let info = null;
  if (handle !== undefined && handle !== null) info = handleToSend(handle);
  if (t._handleQueue !== null &&
      !(isInternal(message) && (message.cmd === 'NODE_HANDLE_ACK' || message.cmd === 'NODE_HANDLE_NACK'))) {
    t._handleQueue.push({ callback, handle, options, message });
    return t._handleQueue.length === 1;
  }
  if (info === null) return state.writeMessage(state.codec.encode(message), -1, callback, options);
  const entry = { message, info, options, callback, key: undefined, retransmissions: 0, closeAfter: false };
  const moves = info.type === 'net.Socket' && !options.keepOpen;
  if (moves && serverOf(handle) !== null) entry.key = connectionKey(serverOf(handle));
  const data = state.encodeHandleMessage(entry); // may throw: nothing changed yet
  if (moves) {
    // The socket lives on in the peer: it gives up its handle here, which
    // is closed once the peer has it.
    const socket = handle;
    if (entry.key !== undefined) trackSentSocket(state, socket, entry.key);
    socket._handle = null;
    info.raw.owner = undefined;
    if (info.raw.reading) {
      info.raw.reading = false;
      sw.readStop(info.raw);
    }
    entry.closeAfter = true;
  }
  return state.sendHandle(entry, data);
}

function validateMessage(message) {
  if (message === undefined) throw new ERR_MISSING_ARGS('message');
  const type = typeof message;
  if (type !== 'string' && type !== 'object' && type !== 'number' && type !== 'boolean') {
    throw new ERR_INVALID_ARG_TYPE('message', ['string', 'object', 'number', 'boolean'], message);
  }
}

// Gives `target` the IPC API over `handle` (a Pipe handle opened with
// ipc = true). Returns target.channel.
function setupChannel(target, handle, serialization) {
  const state = new ChannelState(target, handle, serialization);
  const control = new Control(handle);
  handle.kind = 'pipe';
  target.channel = control;
  target[kChannelHandle] = handle;
  let warned = false;
  Object.defineProperty(target, '_channel', {
    configurable: true,
    enumerable: false,
    get() {
      if (!warned) {
        warned = true;
        process.emitWarning('_channel is deprecated. Use ChildProcess.channel instead.',
          'DeprecationWarning', 'DEP0129');
      }
      return this.channel;
    },
    set(value) { this.channel = value; },
  });
  target._handleQueue = null;
  target._pendingMessage = null;

  target.send = function send(message, handle, options, callback) {
    if (typeof handle === 'function') {
      callback = handle;
      handle = undefined;
      options = undefined;
    } else if (typeof options === 'function') {
      callback = options;
      options = undefined;
    } else if (options !== undefined) {
      validateObject(options, 'options');
    }
    options = options === undefined ? kDefaultOptions : { swallowErrors: false, ...options };
    if (this.connected) return this._send(message, handle, options, callback);
    const ex = new ERR_IPC_CHANNEL_CLOSED();
    if (typeof callback === 'function') process.nextTick(callback, ex);
    else process.nextTick(() => this.emit('error', ex));
    return false;
  };

  target._send = function _send(message, handle, options, callback) {
    validateMessage(message);
    if (options === undefined || options === null) options = kDefaultOptions;
    return sendNow(state, message, handle, options, callback);
  };

  target.connected = true;

  target.disconnect = function disconnect() {
    if (!this.connected) {
      this.emit('error', new ERR_IPC_DISCONNECTED());
      return;
    }
    this.connected = false;
    // Messages held back for an ACK go first; the ACK then disconnects.
    if (this._handleQueue === null) this._disconnect();
  };

  target._disconnect = function _disconnect() {
    this.connected = false;
    if (state.closed) return;
    state.close();
    this.channel = null;
    this[kChannelHandle] = null;
    const queue = this._handleQueue;
    this._handleQueue = null;
    this._pendingMessage = null;
    if (queue !== null) {
      for (const q of queue) {
        if (typeof q.callback === 'function') process.nextTick(q.callback, new ERR_IPC_CHANNEL_CLOSED());
      }
    }
    process.nextTick(() => this.emit('disconnect'));
  };

  installCallbacks();
  handle.owner = state;
  const err = sw.readStart(handle);
  if (err) process.nextTick(() => target._disconnect());
  return control;
}

// At start-up of a process forked with an IPC channel (NODE_CHANNEL_FD):
// `process` gets the channel, which holds the process open only while it
// has 'message' or 'disconnect' listeners, as in Node.
function setupChildChannel() {
  const env = process.env;
  const fd = Number.parseInt(env.NODE_CHANNEL_FD, 10);
  const serialization = env.NODE_CHANNEL_SERIALIZATION_MODE || 'json';
  delete env.NODE_CHANNEL_FD;
  delete env.NODE_CHANNEL_SERIALIZATION_MODE;
  if (!(fd >= 0)) return;
  const pipe = internalBinding('pipe_wrap');
  const handle = pipe.create(true);
  if (typeof handle === 'number') return;
  if (pipe.open(handle, fd) !== 0) {
    sw.close(handle);
    return;
  }
  const control = setupChannel(process, handle, serialization);
  sw.setRef(handle, false);
  process.on('newListener', function onNewListener(name) {
    if ((name === 'message' || name === 'disconnect') && process.channel) process.channel.refCounted();
  });
  process.on('removeListener', function onRemoveListener(name) {
    if ((name === 'message' || name === 'disconnect') && process.channel) process.channel.unrefCounted();
  });
  void control;
}

module.exports = {
  setupChannel, setupChildChannel, kChannelHandle, countServerConnections, closeServerWorkers,
};
