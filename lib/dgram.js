'use strict';
// node:dgram: UDP sockets over the udp_wrap binding (uv_udp_t). Host names
// are resolved with dns.lookup (or options.lookup); sends made before the
// socket is bound wait in a queue until it is.

const EventEmitter = require('events');
const { Buffer } = require('buffer');
const {
  codes: {
    ERR_INVALID_ARG_TYPE, ERR_MISSING_ARGS, ERR_BUFFER_OUT_OF_BOUNDS, ERR_SOCKET_BAD_TYPE,
    ERR_SOCKET_ALREADY_BOUND, ERR_SOCKET_DGRAM_NOT_RUNNING, ERR_SOCKET_DGRAM_IS_CONNECTED,
    ERR_SOCKET_DGRAM_NOT_CONNECTED, ERR_SOCKET_BAD_BUFFER_SIZE, ERR_SOCKET_BUFFER_SIZE,
  },
  errnoException, exceptionWithHostPort,
} = require('internal/errors');
const {
  validateString, validateNumber, validateFunction, validateAbortSignal,
} = require('internal/validators');
const { validatePort } = require('internal/dns/utils');

const udp = internalBinding('udp_wrap');

const UNBOUND = 0;
const BINDING = 1;
const BOUND = 2;
const DISCONNECTED = 0;
const CONNECTING = 1;
const CONNECTED = 2;

const kState = Symbol('kStateSymbol');
const bufferTypes = ['string', 'Buffer', 'TypedArray', 'DataView'];

let dns;
function defaultLookup(address, family, callback) {
  if (dns === undefined) dns = require('dns');
  return dns.lookup(address, family, callback);
}

function isView(v) {
  return ArrayBuffer.isView(v);
}

class Socket extends EventEmitter {
  constructor(type, listener) {
    super();
    let options;
    if (type !== null && typeof type === 'object') {
      options = type;
      type = options.type;
    }
    if (type !== 'udp4' && type !== 'udp6') throw new ERR_SOCKET_BAD_TYPE();
    if (options?.lookup !== undefined) validateFunction(options.lookup, 'options.lookup');
    const handle = udp.create();
    if (typeof handle === 'number') throw errnoException(handle, 'socket');
    this.type = type;
    const family = type === 'udp6' ? 6 : 4;
    const lookup = options?.lookup ?? defaultLookup;
    Object.defineProperty(this, kState, {
      value: {
        handle,
        family,
        lookup: (address, cb) => lookup(address, family, cb),
        bindState: UNBOUND,
        connectState: DISCONNECTED,
        queue: undefined,
        receiving: false,
        reuseAddr: !!options?.reuseAddr,
        ipv6Only: !!options?.ipv6Only,
        recvBufferSize: options?.recvBufferSize,
        sendBufferSize: options?.sendBufferSize,
      },
    });
    handle.onmessage = (nread, ab, rinfo) => {
      if (nread < 0) {
        this.emit('error', errnoException(nread, 'recvmsg'));
        return;
      }
      this.emit('message', Buffer.from(ab), rinfo);
    };
    if (typeof listener === 'function') this.on('message', listener);

    const signal = options?.signal;
    if (signal !== undefined) {
      validateAbortSignal(signal, 'options.signal');
      const onAbort = () => {
        if (this[kState].handle !== null) this.close();
      };
      if (signal.aborted) process.nextTick(onAbort);
      else {
        signal.addEventListener('abort', onAbort, { once: true });
        this.once('close', () => signal.removeEventListener('abort', onAbort));
      }
    }
  }

  bind(port, address /* , callback */) {
    const state = this[kState];
    live(this);
    if (state.bindState !== UNBOUND) throw new ERR_SOCKET_ALREADY_BOUND();
    state.bindState = BINDING;

    const callback = arguments.length > 0 ? arguments[arguments.length - 1] : undefined;
    if (typeof callback === 'function') {
      const onError = () => this.removeListener('listening', onListening);
      const onListening = () => {
        this.removeListener('error', onError);
        callback.call(this);
      };
      this.once('listening', onListening);
      this.once('error', onError);
    }

    let exclusive = false;
    if (port !== null && typeof port === 'object') {
      address = port.address || '';
      exclusive = !!port.exclusive;
      port = port.port;
    } else if (typeof address === 'function') {
      address = '';
    }
    void exclusive; // lode has no cluster: every bind is exclusive
    if (typeof port === 'function') port = 0;
    if (!address) address = state.family === 6 ? '::' : '0.0.0.0';

    state.lookup(address, (err, ip) => {
      if (err) {
        state.bindState = UNBOUND;
        this.emit('error', err);
        return;
      }
      if (state.handle === null) return; // closed meanwhile
      const flags = (state.reuseAddr ? 1 : 0) | (state.ipv6Only ? 2 : 0);
      const p = +port || 0;
      const rc = udp.bind(state.handle, ip, p, flags);
      if (rc !== 0) {
        state.bindState = UNBOUND;
        this.emit('error', exceptionWithHostPort(rc, 'bind', ip, p));
        return;
      }
      startListening(this);
    });
    return this;
  }

  connect(port, address, callback) {
    port = validatePort(port, 'Port', false);
    if (typeof address === 'function') {
      callback = address;
      address = '';
    } else if (address === undefined) {
      address = '';
    }
    validateString(address, 'address');
    const state = this[kState];
    live(this);
    if (state.connectState !== DISCONNECTED) throw new ERR_SOCKET_DGRAM_IS_CONNECTED();
    state.connectState = CONNECTING;
    if (typeof callback === 'function') this.once('connect', callback);
    if (state.bindState === UNBOUND) this.bind({ port: 0, exclusive: true }, null);
    const go = () => doConnect(this, port, address);
    if (state.bindState !== BOUND) enqueue(this, go);
    else go();
  }

  disconnect() {
    const state = this[kState];
    live(this);
    if (state.connectState !== CONNECTED) throw new ERR_SOCKET_DGRAM_NOT_CONNECTED();
    const rc = udp.disconnect(state.handle);
    if (rc !== 0) throw errnoException(rc, 'connect');
    state.connectState = DISCONNECTED;
  }

  // send(msg[, offset, length][, port][, address][, callback])
  send(buffer, offset, length, port, address, callback) {
    const state = this[kState];
    const connected = state.connectState === CONNECTED;
    if (connected) {
      if (typeof length === 'number') {
        buffer = slice(buffer, offset, length);
        if (typeof port === 'function') {
          callback = port;
          port = null;
        }
      } else {
        callback = offset;
      }
      if (port || address) throw new ERR_SOCKET_DGRAM_IS_CONNECTED();
    } else if (address || (port && typeof port !== 'function')) {
      buffer = slice(buffer, offset, length);
    } else {
      // send(msg, port[, address][, callback])
      callback = port;
      port = offset;
      address = length;
    }

    let list;
    if (Array.isArray(buffer)) {
      list = bufferList(buffer);
      if (list === null) throw new ERR_INVALID_ARG_TYPE('buffer list arguments', bufferTypes, buffer);
    } else if (typeof buffer === 'string') {
      list = [Buffer.from(buffer)];
    } else if (isView(buffer)) {
      list = [buffer];
    } else {
      throw new ERR_INVALID_ARG_TYPE('buffer', bufferTypes, buffer);
    }

    if (!connected) port = validatePort(port, 'Port', false);
    if (typeof callback !== 'function') callback = undefined;
    if (typeof address === 'function') {
      callback = address;
      address = undefined;
    } else if (address != null) {
      validateString(address, 'address');
    }

    live(this);
    if (state.bindState === UNBOUND) this.bind({ port: 0, exclusive: true }, null);
    if (list.length === 0) list.push(Buffer.alloc(0));
    if (state.bindState !== BOUND) {
      enqueue(this, () => this.send(list, port, address, callback));
      return;
    }
    if (connected) {
      doSend(this, null, null, list, address, port, callback);
      return;
    }
    if (!address) address = state.family === 6 ? '::1' : '127.0.0.1';
    state.lookup(address, (err, ip) => doSend(this, err, ip, list, address, port, callback));
  }

  close(callback) {
    const state = this[kState];
    if (typeof callback === 'function') this.on('close', callback);
    if (state.queue !== undefined) {
      state.queue.push(() => this.close());
      return this;
    }
    live(this);
    const handle = state.handle;
    state.handle = null;
    state.receiving = false;
    udp.close(handle);
    process.nextTick(() => this.emit('close'));
    return this;
  }

  address() {
    const state = this[kState];
    live(this);
    const r = udp.getsockname(state.handle);
    if (typeof r === 'number') throw errnoException(r, 'getsockname');
    return r;
  }

  remoteAddress() {
    const state = this[kState];
    live(this);
    if (state.connectState !== CONNECTED) throw new ERR_SOCKET_DGRAM_NOT_CONNECTED();
    const r = udp.getpeername(state.handle);
    if (typeof r === 'number') throw errnoException(r, 'getpeername');
    return r;
  }

  setBroadcast(flag) {
    option(this, udp.BROADCAST, flag ? 1 : 0, 'setBroadcast');
  }

  setTTL(ttl) {
    validateNumber(ttl, 'ttl');
    option(this, udp.TTL, ttl, 'setTTL');
    return ttl;
  }

  setMulticastTTL(ttl) {
    validateNumber(ttl, 'ttl');
    option(this, udp.MULTICAST_TTL, ttl, 'setMulticastTTL');
    return ttl;
  }

  setMulticastLoopback(flag) {
    option(this, udp.MULTICAST_LOOP, flag ? 1 : 0, 'setMulticastLoopback');
    return flag;
  }

  setMulticastInterface(interfaceAddress) {
    live(this);
    validateString(interfaceAddress, 'interfaceAddress');
    const rc = udp.setMulticastInterface(this[kState].handle, interfaceAddress);
    if (rc !== 0) throw errnoException(rc, 'setMulticastInterface');
  }

  addMembership(multicastAddress, interfaceAddress) {
    membership(this, multicastAddress, interfaceAddress, true, 'addMembership');
  }

  dropMembership(multicastAddress, interfaceAddress) {
    membership(this, multicastAddress, interfaceAddress, false, 'dropMembership');
  }

  setRecvBufferSize(size) { bufferSize(this, size, true); }
  setSendBufferSize(size) { bufferSize(this, size, false); }
  getRecvBufferSize() { return bufferSize(this, 0, true); }
  getSendBufferSize() { return bufferSize(this, 0, false); }

  getSendQueueSize() { return udp.sendQueue(this[kState].handle)[0]; }
  getSendQueueCount() { return udp.sendQueue(this[kState].handle)[1]; }

  ref() {
    const handle = this[kState].handle;
    if (handle !== null) udp.setRef(handle, true);
    return this;
  }

  unref() {
    const handle = this[kState].handle;
    if (handle !== null) udp.setRef(handle, false);
    return this;
  }

  // `await using`: closes the socket unless it is closed already.
  [Symbol.asyncDispose]() {
    if (this[kState].handle === null) return Promise.resolve();
    return new Promise((resolve) => this.close(resolve));
  }
}

// Throws when the socket has been closed.
function live(socket) {
  if (socket[kState].handle === null) throw new ERR_SOCKET_DGRAM_NOT_RUNNING();
}

function startListening(socket) {
  const state = socket[kState];
  const rc = udp.recvStart(state.handle);
  if (rc !== 0) {
    socket.emit('error', errnoException(rc, 'recvStart'));
    return;
  }
  state.receiving = true;
  state.bindState = BOUND;
  if (state.recvBufferSize) bufferSize(socket, state.recvBufferSize, true);
  if (state.sendBufferSize) bufferSize(socket, state.sendBufferSize, false);
  socket.emit('listening');
}

// Work that must wait until the socket is bound (run on 'listening'; a
// failed bind drops it).
function enqueue(socket, fn) {
  const state = socket[kState];
  if (state.queue === undefined) {
    state.queue = [];
    const onListening = () => {
      socket.removeListener(EventEmitter.errorMonitor, onError);
      const queue = state.queue;
      state.queue = undefined;
      for (const f of queue) f();
    };
    const onError = () => {
      socket.removeListener('listening', onListening);
      state.queue = undefined;
    };
    socket.once('listening', onListening);
    // Watching, not handling: a failed bind still throws without a listener.
    socket.once(EventEmitter.errorMonitor, onError);
  }
  state.queue.push(fn);
}

function doConnect(socket, port, address) {
  const state = socket[kState];
  if (!address) address = state.family === 6 ? '::1' : '127.0.0.1';
  state.lookup(address, (err, ip) => {
    if (state.handle === null) return;
    if (!err) {
      const rc = udp.connect(state.handle, ip, port);
      if (rc !== 0) err = exceptionWithHostPort(rc, 'connect', address, port);
    }
    if (err) {
      state.connectState = DISCONNECTED;
      process.nextTick(() => socket.emit('error', err));
      return;
    }
    state.connectState = CONNECTED;
    process.nextTick(() => socket.emit('connect'));
  });
}

function doSend(socket, err, ip, list, address, port, callback) {
  const state = socket[kState];
  if (err) {
    if (callback !== undefined) process.nextTick(callback, err);
    else process.nextTick(() => socket.emit('error', err));
    return;
  }
  if (state.handle === null) return;
  const req = { oncomplete: undefined };
  let bytes = 0;
  for (const b of list) bytes += b.byteLength;
  if (callback !== undefined) {
    req.oncomplete = (status) => {
      if (status < 0) callback(exceptionWithHostPort(status, 'send', address, port));
      else callback(null, bytes);
    };
  }
  const rc = udp.send(state.handle, req, list, port, ip === null ? undefined : ip);
  if (rc < 0) {
    if (callback !== undefined) process.nextTick(callback, exceptionWithHostPort(rc, 'send', address, port));
  } else if (rc === 0 && callback !== undefined) {
    process.nextTick(callback, null, bytes);
  }
}

// msg with offset/length applied, as a view.
function slice(buffer, offset, length) {
  if (typeof buffer === 'string') buffer = Buffer.from(buffer);
  else if (!isView(buffer)) throw new ERR_INVALID_ARG_TYPE('buffer', bufferTypes, buffer);
  offset >>>= 0;
  length >>>= 0;
  if (offset > buffer.byteLength) throw new ERR_BUFFER_OUT_OF_BOUNDS('offset');
  if (offset + length > buffer.byteLength) throw new ERR_BUFFER_OUT_OF_BOUNDS('length');
  return Buffer.from(buffer.buffer, buffer.byteOffset + offset, length);
}

function bufferList(list) {
  const out = new Array(list.length);
  for (let i = 0; i < list.length; i++) {
    const b = list[i];
    if (typeof b === 'string') out[i] = Buffer.from(b);
    else if (isView(b)) out[i] = b;
    else return null;
  }
  return out;
}

function option(socket, which, value, syscall) {
  live(socket);
  const rc = udp.setOption(socket[kState].handle, which, value);
  if (rc !== 0) throw errnoException(rc, syscall);
}

function membership(socket, group, iface, join, syscall) {
  live(socket);
  if (!group) throw new ERR_MISSING_ARGS('multicastAddress');
  validateString(group, 'multicastAddress');
  if (iface !== undefined) validateString(iface, 'interfaceAddress');
  const rc = udp.membership(socket[kState].handle, group, iface, join);
  if (rc !== 0) throw errnoException(rc, syscall);
}

function bufferSize(socket, size, recv) {
  if (size !== 0 && !(Number.isInteger(size) && size > 0)) throw new ERR_SOCKET_BAD_BUFFER_SIZE();
  const handle = socket[kState].handle;
  const r = handle === null ? -9 /* EBADF */ : udp.bufferSize(handle, size, recv);
  if (r < 0) {
    const uv = internalBinding('uv');
    const syscall = recv ? 'uv_recv_buffer_size' : 'uv_send_buffer_size';
    throw new ERR_SOCKET_BUFFER_SIZE({
      errno: r, code: uv.errname(r), message: uv.strerror(r), syscall,
    });
  }
  return r;
}

function createSocket(type, listener) {
  return new Socket(type, listener);
}

// For child_process IPC (internal/child_process/ipc.js): the UDP handle of
// a socket, and a bound socket over a handle received from another process.
function getHandle(socket) {
  return socket[kState].handle;
}

function fromHandle(type, handle) {
  const socket = new Socket(type);
  const state = socket[kState];
  udp.close(state.handle);
  handle.onmessage = state.handle.onmessage;
  state.handle = handle;
  startListening(socket);
  return socket;
}

module.exports = { createSocket, Socket };
Object.defineProperty(module.exports, Symbol.for('lode.dgram.ipc'), { value: { getHandle, fromHandle } });
