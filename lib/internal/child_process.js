'use strict';
// ChildProcess: one child started through internalBinding('process_wrap')
// (src/process_wrap.c), its stdio pipes as net.Sockets over pipe_wrap
// handles, and the stdio option checks that spawn and spawnSync share.

const EventEmitter = require('events');
const {
  errnoException,
  codes: {
    ERR_INVALID_ARG_VALUE, ERR_INVALID_SYNC_FORK_INPUT, ERR_IPC_ONE_PIPE, ERR_IPC_SYNC_FORK,
    ERR_UNKNOWN_SIGNAL,
  },
} = require('internal/errors');
const { validateArray, validateObject, validateOneOf, validateString } = require('internal/validators');
const { isArrayBufferView } = require('internal/util/types');
const signals = require('internal/process/signals');

// libuv's codes on Linux (negated errno).
const UV_EACCES = -13;
const UV_EAGAIN = -11;
const UV_EINVAL = -22;
const UV_EMFILE = -24;
const UV_ENFILE = -23;
const UV_ENOENT = -2;
const UV_ENOSYS = -38;
const UV_ESRCH = -3;

// Marks a stream passed as another child's stdio.
const kGivenToChild = Symbol('kGivenToChild');

let processWrap;
let pipeWrap;
let streamWrap;
let net;
function lazyNet() {
  if (net === undefined) {
    net = require('net');
    pipeWrap = internalBinding('pipe_wrap');
    streamWrap = internalBinding('stream_wrap');
  }
  return net;
}

// A signal name or number as the number kill(2) takes; ERR_UNKNOWN_SIGNAL
// for anything else. Names are matched case-insensitively, as in Node.
function toSignal(signal) {
  if (typeof signal === 'number' && signals.nameOf(signal) !== undefined) return signal;
  if (typeof signal === 'string') {
    const n = signals.numberOf(signal.toUpperCase());
    if (n !== undefined) return n;
  }
  throw new ERR_UNKNOWN_SIGNAL(signal);
}

// ---- stdio ----

function stdioFromString(stdio, extra) {
  let slots;
  if (stdio === 'ignore' || stdio === 'pipe' || stdio === 'overlapped') slots = [stdio, stdio, stdio];
  else if (stdio === 'inherit') slots = [0, 1, 2];
  else throw new ERR_INVALID_ARG_VALUE('stdio', stdio);
  if (extra !== undefined) slots.push(extra);
  return slots;
}

// The live stream handle a value stands for (a handle, or a net.Socket
// and the like holding one), or undefined.
function streamHandleOf(value) {
  lazyNet();
  if (streamWrap.isHandle(value)) return value;
  if (value !== null && typeof value === 'object') {
    if (streamWrap.isHandle(value.handle)) return value.handle;
    if (streamWrap.isHandle(value._handle)) return value._handle;
  }
  return undefined;
}

// Checks the stdio option and describes each slot; no handle is made yet
// (openStdio does that), so that a bad option leaves nothing behind.
function getValidStdio(stdio, sync) {
  if (typeof stdio === 'string') stdio = stdioFromString(stdio);
  else if (!Array.isArray(stdio)) throw new ERR_INVALID_ARG_VALUE('stdio', stdio);
  const slots = [];
  let ipcFd;
  const n = Math.max(stdio.length, 3);
  for (let i = 0; i < n; i++) {
    let s = stdio[i];
    if (s == null) s = i < 3 ? 'pipe' : 'ignore';
    if (s === 'ignore') {
      slots.push({ type: 'ignore' });
    } else if (s === 'pipe' || s === 'overlapped') {
      slots.push({ type: s, readable: i === 0, writable: i !== 0 });
    } else if (s === 'ipc') {
      if (sync) throw new ERR_IPC_SYNC_FORK();
      if (ipcFd !== undefined) throw new ERR_IPC_ONE_PIPE();
      ipcFd = i;
      slots.push({ type: 'pipe', ipc: true, readable: true, writable: true });
    } else if (s === 'inherit') {
      slots.push({ type: 'inherit', fd: i });
    } else if (typeof s === 'number' || typeof s.fd === 'number') {
      slots.push({ type: 'fd', fd: typeof s === 'number' ? s : s.fd });
    } else if (streamHandleOf(s) !== undefined) {
      slots.push({ type: 'wrap', handle: streamHandleOf(s), stream: s });
    } else if (isArrayBufferView(s) || typeof s === 'string') {
      if (!sync) throw new ERR_INVALID_SYNC_FORK_INPUT(require('internal/util/inspect').inspect(s));
      slots.push({ type: 'pipe', readable: i === 0, writable: i !== 0, input: s });
    } else {
      throw new ERR_INVALID_ARG_VALUE('stdio', s);
    }
  }
  return { stdio: slots, ipcFd };
}

// Makes the Pipe handle of every 'pipe' slot. On failure the ones made so
// far are closed and the error is thrown.
function openStdio(slots) {
  lazyNet();
  for (let i = 0; i < slots.length; i++) {
    const slot = slots[i];
    if (slot.type !== 'pipe' && slot.type !== 'overlapped') continue;
    const h = pipeWrap.create(slot.ipc === true);
    if (typeof h === 'number') {
      closeStdio(slots);
      throw errnoException(h, 'socket');
    }
    h.kind = 'pipe';
    slot.handle = h;
  }
}

function closeStdio(slots) {
  for (const slot of slots) {
    if ((slot.type === 'pipe' || slot.type === 'overlapped') && slot.handle !== undefined) {
      streamWrap.close(slot.handle);
      slot.handle = undefined;
    }
  }
}

// ---- ChildProcess ----

function ChildProcess() {
  EventEmitter.call(this);
  this._closesNeeded = 1;
  this._closesGot = 0;
  this.connected = false;
  this.signalCode = null;
  this.exitCode = null;
  this.killed = false;
  this.spawnfile = null;
  if (processWrap === undefined) processWrap = internalBinding('process_wrap');
  this._handle = new processWrap.Process();
  this._handle.onexit = (status, termSignal) => onExit(this, status, termSignal);
}
Object.setPrototypeOf(ChildProcess.prototype, EventEmitter.prototype);
Object.setPrototypeOf(ChildProcess, EventEmitter);

function onExit(child, status, termSignal) {
  const signalName = termSignal ? signals.nameOf(termSignal) : undefined;
  if (signalName !== undefined) child.signalCode = signalName;
  else child.exitCode = status;
  if (child.stdin) child.stdin.destroy();
  if (child._handle) {
    child._handle.close();
    child._handle = null;
  }
  if (status < 0) {
    const file = child.spawnfile;
    const err = errnoException(status, file ? `spawn ${file}` : 'spawn');
    if (file) err.path = file;
    err.spawnargs = child.spawnargs.slice(1);
    child.emit('error', err);
  } else {
    child.emit('exit', child.exitCode, child.signalCode);
  }
  process.nextTick(flushStdio, child);
  maybeClose(child);
}

// After exit: readable stdio nobody reads is drained so that it closes and
// 'close' can follow; streams of a child that never started just end.
function flushStdio(child) {
  const stdio = child.stdio;
  if (stdio == null) return;
  for (const stream of stdio) {
    if (!stream || !stream.readable || stream[kGivenToChild]) continue;
    if (!stream._handle && !stream.readableEnded) {
      // Nothing will ever connect it: end it, then let it close.
      stream.once('end', () => stream.destroy());
      stream.push(null);
    }
    if (!stream._readableState.readableListening) stream.resume();
  }
}

function maybeClose(child) {
  child._closesGot++;
  if (child._closesGot === child._closesNeeded) {
    child.emit('close', child.exitCode, child.signalCode);
  }
}

function onSpawned(child) {
  child.emit('spawn');
}

// Errors that a child's start can meet at run time: reported through
// 'error' like an exit; any other is a programming error and thrown.
function isRunTimeSpawnError(err) {
  return err === UV_EACCES || err === UV_EAGAIN || err === UV_EMFILE ||
    err === UV_ENFILE || err === UV_ENOENT;
}

ChildProcess.prototype.spawn = function spawn(options) {
  validateObject(options, 'options');
  const { stdio, ipcFd } = getValidStdio(options.stdio || 'pipe', false);
  options.stdio = stdio;
  validateOneOf(options.serialization, 'options.serialization', [undefined, 'json', 'advanced']);
  const serialization = options.serialization || 'json';
  let envPairs = options.envPairs;
  if (ipcFd !== undefined) {
    if (envPairs === undefined) envPairs = [];
    else validateArray(envPairs, 'options.envPairs');
    envPairs.push(`NODE_CHANNEL_FD=${ipcFd}`, `NODE_CHANNEL_SERIALIZATION_MODE=${serialization}`);
  }
  validateString(options.file, 'options.file');
  this.spawnfile = options.file;
  if (options.args === undefined) {
    this.spawnargs = [];
  } else {
    validateArray(options.args, 'options.args');
    this.spawnargs = options.args;
  }
  // What C reads is plain data made here (strings converted now, so that
  // a bad value throws before any handle exists).
  const request = {
    file: options.file,
    args: this.spawnargs.map((a) => `${a}`),
    envPairs: envPairs === undefined ? undefined : envPairs.map((e) => `${e}`),
    cwd: typeof options.cwd === 'string' ? options.cwd : undefined,
    uid: options.uid,
    gid: options.gid,
    detached: !!options.detached,
    stdio: undefined,
  };
  if (!this._handle) throw errnoException(UV_EINVAL, 'spawn');
  openStdio(stdio);
  request.stdio = stdio.map((s) => ({ type: s.type, fd: s.fd, handle: s.handle }));

  const err = this._handle.spawn(request);
  if (isRunTimeSpawnError(err)) {
    process.nextTick(onExit, this, err, 0);
    if (err === UV_EMFILE || err === UV_ENFILE) {
      // No descriptors left for stdio either.
      closeStdio(stdio);
      return err;
    }
  } else if (err) {
    closeStdio(stdio);
    this._handle.close();
    this._handle = null;
    throw errnoException(err, 'spawn');
  } else {
    process.nextTick(onSpawned, this);
  }
  this.pid = this._handle.pid;
  const started = err === 0;

  let ipcHandle;
  for (let i = 0; i < stdio.length; i++) {
    const slot = stdio[i];
    if (slot.type === 'wrap' && started) stopReading(slot);
    if (slot.handle === undefined || (slot.type !== 'pipe' && slot.type !== 'overlapped')) continue;
    if (slot.ipc) {
      // A child that never started still gets its channel, as in Node: sends
      // fail with EPIPE and 'disconnect' follows 'close'.
      ipcHandle = slot.handle;
      if (started) this._closesNeeded++;
      continue;
    }
    if (started) {
      slot.socket = new net.Socket({ handle: slot.handle, readable: i > 0 });
    } else {
      // A child that never started: streams without a handle, which end
      // once the error has been reported.
      streamWrap.close(slot.handle);
      slot.socket = new net.Socket({ readable: i > 0 });
    }
    slot.handle = undefined;
    if (i > 0) {
      this._closesNeeded++;
      slot.socket.on('close', () => maybeClose(this));
    }
  }

  this.stdin = stdio.length >= 1 && stdio[0].socket !== undefined ? stdio[0].socket : null;
  this.stdout = stdio.length >= 2 && stdio[1].socket !== undefined ? stdio[1].socket : null;
  this.stderr = stdio.length >= 3 && stdio[2].socket !== undefined ? stdio[2].socket : null;
  this.stdio = stdio.map((s) => (s.socket === undefined ? null : s.socket));

  if (ipcHandle !== undefined) {
    // The channel protocol (send, 'message', disconnect) lives in
    // internal/child_process/ipc.js; it reports the channel's end with
    // 'disconnect', after which 'close' may follow: counted a tick later,
    // so that every 'disconnect' listener has run before 'close'.
    if (started) this.once('disconnect', () => process.nextTick(maybeClose, this));
    require('internal/child_process/ipc').setupChannel(this, ipcHandle, serialization);
  }
  return err;
};

// A stream handed to the child: the parent stops reading from it so the
// data goes to the child.
function stopReading(slot) {
  const h = slot.handle;
  if (h.reading) {
    h.reading = false;
    streamWrap.readStop(h);
  }
  const s = slot.stream;
  if (s !== h && s !== null && typeof s === 'object' && typeof s.pause === 'function') {
    s.pause();
    if (s._readableState) s._readableState.reading = false;
    // Nor is it drained when its own child exits.
    s[kGivenToChild] = true;
  }
}

ChildProcess.prototype.kill = function kill(sig) {
  const signal = sig === 0 ? sig : toSignal(sig === undefined ? 'SIGTERM' : sig);
  if (this._handle) {
    const err = this._handle.kill(signal);
    if (err === 0) {
      this.killed = true;
      return true;
    }
    if (err === UV_EINVAL || err === UV_ENOSYS) throw errnoException(err, 'kill');
    // ESRCH: it is already gone, and 'exit' is on its way.
    if (err !== UV_ESRCH) this.emit('error', errnoException(err, 'kill'));
  }
  return false;
};

if (typeof Symbol.dispose === 'symbol') {
  ChildProcess.prototype[Symbol.dispose] = function() {
    if (!this.killed) this.kill();
  };
}

ChildProcess.prototype.ref = function ref() {
  if (this._handle) this._handle.ref();
};

ChildProcess.prototype.unref = function unref() {
  if (this._handle) this._handle.unref();
};

module.exports = { ChildProcess, getValidStdio, stdioFromString, toSignal, streamHandleOf };
