'use strict';
// MessageChannel, MessagePort, MessageEvent and BroadcastChannel, within
// this thread (lode has no worker threads yet). A message is a structured
// clone made when it is posted and delivered later, from the event loop;
// a port delivers once started (start(), onmessage, or a 'message'
// listener) and, while it has 'message' listeners and is not unref()'d,
// keeps the process alive, as node's do. Ports take node's EventEmitter
// style too (on/once/off...), whose 'message' listeners get the data.

const { EventTarget, Event, defineEventHandler } = require('internal/event_target');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_MISSING_ARGS },
} = require('internal/errors');

const kPeer = Symbol('peer');
const kQueue = Symbol('queue');
const kEnqueue = Symbol('enqueue');
const kStarted = Symbol('started');
const kClosed = Symbol('closed');
const kRefed = Symbol('refed');
const kKeepAlive = Symbol('keepAlive');
const kScheduled = Symbol('scheduled');
const kNodeListeners = Symbol('nodeListeners');
const kConstruct = Symbol('construct');

class MessageEvent extends Event {
  #data;
  #origin;
  #lastEventId;
  #source;
  #ports;

  constructor(type, init = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    super(type, init);
    this.#data = init?.data ?? null;
    this.#origin = `${init?.origin ?? ''}`;
    this.#lastEventId = `${init?.lastEventId ?? ''}`;
    this.#source = init?.source ?? null;
    this.#ports = init?.ports ? [...init.ports] : [];
  }

  get data() { return this.#data; }
  get origin() { return this.#origin; }
  get lastEventId() { return this.#lastEventId; }
  get source() { return this.#source; }
  get ports() { return this.#ports; }
}

function clone(value, transfer) {
  if (transfer === undefined || transfer === null) return structuredClone(value);
  if (Array.isArray(transfer)) return structuredClone(value, { transfer });
  if (typeof transfer === 'object' && transfer.transfer !== undefined) return structuredClone(value, transfer);
  throw new ERR_INVALID_ARG_TYPE('transferList', 'Array', transfer);
}

// A long timer stands for "a port is listening" while the loop must wait:
// the timer to keep, given the one there is (or null) and whether one is wanted.
function keepAlive(timer, want) {
  if (want && timer === null) return setInterval(() => {}, 2 ** 30);
  if (!want && timer !== null) {
    clearInterval(timer);
    return null;
  }
  return timer;
}

function updateKeepAlive(port) {
  const want = port[kStarted] && !port[kClosed] && port[kRefed] && port.listenerCount('message') > 0;
  port[kKeepAlive] = keepAlive(port[kKeepAlive], want);
}

function scheduleDelivery(port) {
  if (port[kScheduled] || !port[kStarted] || port[kQueue].length === 0) return;
  port[kScheduled] = true;
  setImmediate(deliver, port);
}

function deliver(port) {
  port[kScheduled] = false;
  while (port[kStarted] && !port[kClosed] && port[kQueue].length > 0) {
    const data = port[kQueue].shift();
    port.dispatchEvent(new MessageEvent('message', { data }));
  }
}

// Events as EventEmitter listeners see them: the data of a message.
function nodeStyle(type, listener) {
  return type === 'message' || type === 'messageerror' ? (event) => listener(event.data) : () => listener();
}

class MessagePort extends EventTarget {
  constructor(key = undefined) {
    if (key !== kConstruct) throw new TypeError('Illegal constructor');
    super();
    this[kPeer] = null;
    this[kQueue] = [];
    this[kStarted] = false;
    this[kClosed] = false;
    this[kRefed] = true;
    this[kKeepAlive] = null;
    this[kScheduled] = false;
    this[kNodeListeners] = new Map();
  }

  postMessage(value, transfer = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('message');
    const copy = clone(value, transfer);
    const peer = this[kPeer];
    if (this[kClosed] || peer === null || peer[kClosed]) return;
    peer[kEnqueue](copy);
  }

  [kEnqueue](data) {
    this[kQueue].push(data);
    scheduleDelivery(this);
  }

  start() {
    if (this[kClosed]) return;
    this[kStarted] = true;
    scheduleDelivery(this);
    updateKeepAlive(this);
  }

  close() {
    const peer = this[kPeer];
    for (const port of peer === null ? [this] : [this, peer]) {
      if (port[kClosed]) continue;
      // What was already posted is still delivered, then 'close'.
      setImmediate(() => {
        deliver(port);
        port[kClosed] = true;
        updateKeepAlive(port);
        port.dispatchEvent(new Event('close'));
      });
    }
    if (peer !== null) peer[kPeer] = null;
    this[kPeer] = null;
  }

  ref() {
    this[kRefed] = true;
    updateKeepAlive(this);
    return this;
  }

  unref() {
    this[kRefed] = false;
    updateKeepAlive(this);
    return this;
  }

  hasRef() {
    return this[kKeepAlive] !== null;
  }

  addEventListener(type, listener, options) {
    super.addEventListener(type, listener, options);
    if (`${type}` === 'message') {
      this.start();
      updateKeepAlive(this);
    }
  }

  removeEventListener(type, listener, options) {
    super.removeEventListener(type, listener, options);
    if (`${type}` === 'message') updateKeepAlive(this);
  }

  // EventEmitter style.
  on(type, listener) {
    const wrapped = nodeStyle(`${type}`, listener);
    this[kNodeListeners].set(listener, wrapped);
    this.addEventListener(type, wrapped);
    return this;
  }

  addListener(type, listener) { return this.on(type, listener); }

  once(type, listener) {
    const wrapped = nodeStyle(`${type}`, (...args) => {
      this.off(type, listener);
      listener(...args);
    });
    this[kNodeListeners].set(listener, wrapped);
    this.addEventListener(type, wrapped);
    return this;
  }

  off(type, listener) {
    const wrapped = this[kNodeListeners].get(listener);
    if (wrapped !== undefined) {
      this[kNodeListeners].delete(listener);
      this.removeEventListener(type, wrapped);
    }
    return this;
  }

  removeListener(type, listener) { return this.off(type, listener); }

  removeAllListeners(type = undefined) {
    for (const [listener, wrapped] of this[kNodeListeners]) {
      this.removeEventListener(type ?? 'message', wrapped);
      if (type === undefined) for (const t of ['close', 'messageerror']) this.removeEventListener(t, wrapped);
      this[kNodeListeners].delete(listener);
    }
    return this;
  }

  emit(type, arg) {
    const event = type === 'message' ? new MessageEvent('message', { data: arg }) : new Event(type);
    return this.dispatchEvent(event);
  }

  listenerCount(type) {
    return require('internal/event_target').getEventTargetListeners(this, `${type}`).length;
  }
}
defineEventHandler(MessagePort.prototype, 'close');
defineEventHandler(MessagePort.prototype, 'messageerror');
// An onmessage property that also does `onSet` (start a port, keep the
// process alive) when assigned.
function defineMessageHandler(proto, onSet) {
  const plain = Object.create(EventTarget.prototype);
  defineEventHandler(plain, 'message');
  const { get, set } = Object.getOwnPropertyDescriptor(plain, 'onmessage');
  Object.defineProperty(proto, 'onmessage', {
    get,
    set(value) {
      set.call(this, value);
      onSet(this, value);
    },
    enumerable: true,
    configurable: true,
  });
}

// Setting onmessage starts the port, as in browsers and node.
defineMessageHandler(MessagePort.prototype, (port, value) => {
  if (typeof value === 'function') port.start();
  updateKeepAlive(port);
});

class MessageChannel {
  constructor() {
    const port1 = new MessagePort(kConstruct);
    const port2 = new MessagePort(kConstruct);
    port1[kPeer] = port2;
    port2[kPeer] = port1;
    Object.defineProperty(this, 'port1', { value: port1, enumerable: true });
    Object.defineProperty(this, 'port2', { value: port2, enumerable: true });
  }
}

function receiveMessageOnPort(port) {
  if (!(port instanceof MessagePort)) throw new ERR_INVALID_ARG_TYPE('port', 'MessagePort', port);
  if (port[kQueue].length === 0) return undefined;
  return { message: port[kQueue].shift() };
}

// BroadcastChannel: every other open channel of the same name in this
// thread gets a copy.
const channels = new Map();

class BroadcastChannel extends EventTarget {
  #name;
  #closed = false;
  #refed = true;
  #keepAlive = null;

  constructor(name) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    super();
    this.#name = `${name}`;
    let set = channels.get(this.#name);
    if (set === undefined) channels.set(this.#name, set = new Set());
    set.add(this);
  }

  get name() { return this.#name; }

  postMessage(message) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('message');
    if (this.#closed) throw new DOMException('BroadcastChannel is closed.', 'InvalidStateError');
    for (const other of channels.get(this.#name) ?? []) {
      if (other === this) continue;
      const data = structuredClone(message);
      setImmediate(() => {
        if (!other.#closed) other.dispatchEvent(new MessageEvent('message', { data }));
      });
    }
  }

  close() {
    if (this.#closed) return;
    this.#closed = true;
    const set = channels.get(this.#name);
    set?.delete(this);
    if (set?.size === 0) channels.delete(this.#name);
    this.#update();
  }

  ref() {
    this.#refed = true;
    this.#update();
    return this;
  }

  unref() {
    this.#refed = false;
    this.#update();
    return this;
  }

  #update() {
    this.#keepAlive = keepAlive(this.#keepAlive, !this.#closed && this.#refed && this.onmessage !== null);
  }

  static {
    defineMessageHandler(BroadcastChannel.prototype, (channel) => channel.#update());
  }
}
defineEventHandler(BroadcastChannel.prototype, 'messageerror');

module.exports = { MessageChannel, MessagePort, MessageEvent, BroadcastChannel, receiveMessageOnPort };
