'use strict';
// EventTarget, Event and CustomEvent as Node exposes them: a single target,
// no tree, so dispatch only ever visits the target itself (AT_TARGET).

const {
  codes: {
    ERR_EVENT_RECURSION,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_THIS,
    ERR_MISSING_ARGS,
  },
} = require('internal/errors');
const { validateAbortSignal } = require('internal/validators');
const {
  kMaxEventTargetListeners,
  kMaxEventTargetListenersWarned,
} = require('events');

const kIsEventTarget = Symbol.for('nodejs.event_target');
// Option keys only lode's own modules can pass.
const kTrustEvent = Symbol('kTrustEvent');
const kResistStopPropagation = Symbol('kResistStopPropagation');
const kInspect = Symbol.for('nodejs.util.inspect.custom');

const NONE = 0;
const AT_TARGET = 2;

let perfNow;
function now() {
  if (perfNow === undefined) {
    const perf = globalThis.performance;
    if (perf && typeof perf.now === 'function') {
      perfNow = () => perf.now();
    } else {
      const origin = Date.now();
      perfNow = () => Date.now() - origin;
    }
  }
  return perfNow();
}

function reportError(err) {
  // Like Node: a throwing listener does not stop dispatch; the error surfaces
  // later as an uncaught exception.
  process.nextTick(() => { throw err; });
}

function reportRejection(result) {
  let then;
  try { then = result.then; } catch { return; }
  if (typeof then === 'function') {
    then.call(result, undefined, reportError);
  }
}

function enumerable(target, names) {
  for (const name of names) {
    const desc = Object.getOwnPropertyDescriptor(target, name);
    desc.enumerable = true;
    Object.defineProperty(target, name, desc);
  }
}

function toStringTag(ctor, tag) {
  Object.defineProperty(ctor.prototype, Symbol.toStringTag, {
    value: tag, writable: false, enumerable: false, configurable: true,
  });
}

function eventType(type) {
  if (typeof type === 'symbol') throw new ERR_INVALID_ARG_VALUE('value', type);
  return `${type}`;
}

function checkOptionsObject(options) {
  if (options !== null && options !== undefined && typeof options !== 'object' &&
      typeof options !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('options', 'object', options);
  }
}

// Set by Event's static block: access to its private state for dispatch.
let isEvent;
let beginDispatch;
let endDispatch;
let immediateStopped;
let isDispatching;

// Private brand checks, so accessors reject objects that merely look like
// events or targets.
function checkEvent(self) {
  if (!isEvent(self)) throw new ERR_INVALID_THIS('Event');
}

function checkTarget(self) {
  if (!hasListeners(self)) throw new ERR_INVALID_THIS('EventTarget');
}

class Event {
  #type;
  #bubbles;
  #cancelable;
  #composed;
  #defaultPrevented = false;
  #timeStamp;
  #trusted;
  #propagationStopped = false;
  #immediateStopped = false;
  #target = null;
  #dispatching = false;

  constructor(type, options = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    checkOptionsObject(options);
    this.#type = `${type}`;
    this.#bubbles = !!options?.bubbles;
    this.#cancelable = !!options?.cancelable;
    this.#composed = !!options?.composed;
    this.#trusted = options?.[kTrustEvent] === true;
    this.#timeStamp = now();
  }

  static {
    isEvent = (value) => value !== null && typeof value === 'object' && #type in value;
    beginDispatch = (event, target) => {
      event.#target = target;
      event.#dispatching = true;
    };
    endDispatch = (event) => {
      event.#dispatching = false;
      event.#propagationStopped = false;
      event.#immediateStopped = false;
    };
    immediateStopped = (event) => event.#immediateStopped;
    isDispatching = (event) => event.#dispatching;
  }

  initEvent(type, bubbles = false, cancelable = false) {
    checkEvent(this);
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    if (this.#dispatching) return;
    this.#type = `${type}`;
    this.#bubbles = !!bubbles;
    this.#cancelable = !!cancelable;
  }

  stopImmediatePropagation() {
    checkEvent(this);
    this.#propagationStopped = true;
    this.#immediateStopped = true;
  }

  preventDefault() {
    checkEvent(this);
    // Node does not enforce `passive`; neither do we.
    this.#defaultPrevented = true;
  }

  get target() {
    checkEvent(this);
    return this.#target;
  }

  get currentTarget() {
    checkEvent(this);
    return this.#dispatching ? this.#target : null;
  }

  get srcElement() {
    checkEvent(this);
    return this.#target;
  }

  get type() {
    checkEvent(this);
    return this.#type;
  }

  get cancelable() {
    checkEvent(this);
    return this.#cancelable;
  }

  get defaultPrevented() {
    checkEvent(this);
    return this.#cancelable && this.#defaultPrevented;
  }

  get timeStamp() {
    checkEvent(this);
    return this.#timeStamp;
  }

  composedPath() {
    checkEvent(this);
    return this.#dispatching ? [this.#target] : [];
  }

  get returnValue() {
    checkEvent(this);
    return !(this.#cancelable && this.#defaultPrevented);
  }

  get bubbles() {
    checkEvent(this);
    return this.#bubbles;
  }

  get composed() {
    checkEvent(this);
    return this.#composed;
  }

  get eventPhase() {
    checkEvent(this);
    return this.#dispatching ? AT_TARGET : NONE;
  }

  get cancelBubble() {
    checkEvent(this);
    return this.#propagationStopped;
  }

  set cancelBubble(value) {
    checkEvent(this);
    if (value) this.#propagationStopped = true;
  }

  stopPropagation() {
    checkEvent(this);
    this.#propagationStopped = true;
  }

  get isTrusted() {
    checkEvent(this);
    return this.#trusted;
  }

  [kInspect](depth, options, inspect) {
    const name = this.constructor.name;
    if (depth < 0) return name;
    const shown = {
      type: this.#type,
      defaultPrevented: this.defaultPrevented,
      cancelable: this.#cancelable,
      timeStamp: this.#timeStamp,
    };
    if (typeof inspect !== 'function') return name;
    return `${name} ${inspect(shown, { ...options, depth: options.depth == null ? null : options.depth - 1 })}`;
  }
}

enumerable(Event.prototype, [
  'initEvent', 'stopImmediatePropagation', 'preventDefault', 'target',
  'currentTarget', 'srcElement', 'type', 'cancelable', 'defaultPrevented',
  'timeStamp', 'composedPath', 'returnValue', 'bubbles', 'composed',
  'eventPhase', 'cancelBubble', 'stopPropagation', 'isTrusted',
]);
Object.defineProperty(Event.prototype, kInspect, { enumerable: false });
toStringTag(Event, 'Event');
for (const [name, value] of [['NONE', 0], ['CAPTURING_PHASE', 1], ['AT_TARGET', 2], ['BUBBLING_PHASE', 3]]) {
  Object.defineProperty(Event, name, { value, writable: false, enumerable: true, configurable: false });
}

class CustomEvent extends Event {
  #detail;

  constructor(type, options = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    super(type, options);
    this.#detail = options?.detail ?? null;
  }

  get detail() {
    if (this === null || typeof this !== 'object' || !(#detail in this)) {
      throw new ERR_INVALID_THIS('CustomEvent');
    }
    return this.#detail;
  }
}

enumerable(CustomEvent.prototype, ['detail']);
toStringTag(CustomEvent, 'CustomEvent');

// One registered listener. The listeners of one type form a doubly linked
// list. Dispatch reads a node's `next` before calling it, and a removed node
// keeps its `next`: this reproduces exactly which listeners Node calls when
// the list changes during a dispatch.
class Listener {
  constructor(callback, capture, once, passive, resist) {
    this.callback = callback;
    this.capture = capture;
    this.once = once;
    this.passive = passive;
    this.resist = resist;
    this.removed = false;
    this.prev = undefined;
    this.next = undefined;
    this.signal = undefined;
    this.onAbort = undefined;
  }
}

class ListenerList {
  constructor() {
    this.head = undefined;
    this.tail = undefined;
    this.size = 0;
  }
}

function callListener(target, callback, event) {
  try {
    let result;
    if (typeof callback === 'function') {
      result = callback.call(target, event);
    } else {
      const handleEvent = callback.handleEvent;
      if (handleEvent !== undefined && handleEvent !== null) {
        if (typeof handleEvent !== 'function') {
          throw new TypeError('The "handleEvent" property of an EventListener must be a function');
        }
        result = handleEvent.call(callback, event);
      }
    }
    if (result !== undefined && result !== null) reportRejection(result);
  } catch (err) {
    reportError(err);
  }
}

function validateListener(listener, method) {
  if (typeof listener === 'function' || (typeof listener === 'object' && listener !== null)) {
    return true;
  }
  if (listener === null || listener === undefined) {
    if (method === 'add') {
      process.emitWarning(`addEventListener called with ${listener} which has no effect.`,
        'AddEventListenerArgumentTypeWarning');
    }
    return false;
  }
  throw new ERR_INVALID_ARG_TYPE('listener', 'EventListener', listener);
}

let defaultMax;
function defaultMaxListeners() {
  if (defaultMax === undefined) defaultMax = require('events');
  return defaultMax.defaultMaxListeners;
}

function describeTarget(target) {
  try {
    return require('internal/util/inspect').inspect(target, { depth: -1 });
  } catch {
    return target?.constructor?.name ?? 'EventTarget';
  }
}

let listenersOf;
let hasListeners;

class EventTarget {
  // type -> ListenerList
  #listeners = new Map();

  constructor() {
    this[kMaxEventTargetListeners] = defaultMaxListeners();
    this[kMaxEventTargetListenersWarned] = false;
  }

  static {
    hasListeners = (value) => value !== null && typeof value === 'object' && #listeners in value;
    listenersOf = (target, type) => {
      const list = target.#listeners.get(type);
      const out = [];
      if (list !== undefined) {
        for (let l = list.head; l !== undefined; l = l.next) out.push(l.callback);
      }
      return out;
    };
  }

  addEventListener(type, listener, options = undefined) {
    checkTarget(this);
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('type', 'listener');
    let once = false;
    let capture = false;
    let passive = false;
    let resist = false;
    let signal;
    if (typeof options === 'boolean') {
      capture = options;
    } else if (options !== undefined && options !== null) {
      if (typeof options !== 'object' && typeof options !== 'function') {
        throw new ERR_INVALID_ARG_TYPE('options', 'object', options);
      }
      once = !!options.once;
      capture = !!options.capture;
      passive = !!options.passive;
      resist = options[kResistStopPropagation] === true;
      signal = options.signal;
      validateAbortSignal(signal, 'options.signal');
    }
    if (!validateListener(listener, 'add')) return;
    type = eventType(type);
    if (signal?.aborted) return;

    let list = this.#listeners.get(type);
    if (list === undefined) {
      list = new ListenerList();
      this.#listeners.set(type, list);
    } else {
      for (let l = list.head; l !== undefined; l = l.next) {
        if (l.callback === listener && l.capture === capture) return;
      }
    }
    const record = new Listener(listener, capture, once, passive, resist);
    if (list.tail === undefined) {
      list.head = record;
    } else {
      list.tail.next = record;
      record.prev = list.tail;
    }
    list.tail = record;
    list.size++;

    if (signal !== undefined) {
      record.signal = signal;
      record.onAbort = () => this.#unlink(type, list, record);
      signal.addEventListener('abort', record.onAbort, { once: true, [kResistStopPropagation]: true });
    }

    const max = this[kMaxEventTargetListeners];
    if (max > 0 && list.size > max && !this[kMaxEventTargetListenersWarned]) {
      this[kMaxEventTargetListenersWarned] = true;
      const warning = new Error(`Possible EventTarget memory leak detected. ${list.size} ${type} ` +
        `listeners added to ${describeTarget(this)}. MaxListeners is ${max}. ` +
        'Use events.setMaxListeners() to increase limit');
      warning.name = 'MaxListenersExceededWarning';
      warning.target = this;
      warning.type = type;
      warning.count = list.size;
      process.emitWarning(warning);
    }
  }

  removeEventListener(type, listener, options = undefined) {
    checkTarget(this);
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('type', 'listener');
    if (!validateListener(listener, 'remove')) return;
    type = eventType(type);
    // As in Node, only `{ capture: true }` selects the capture listener here;
    // a bare `true` or a merely truthy `capture` does not.
    const capture = options?.capture === true;
    const list = this.#listeners.get(type);
    if (list === undefined) return;
    for (let l = list.head; l !== undefined; l = l.next) {
      if (l.callback === listener && l.capture === capture) {
        this.#unlink(type, list, l);
        return;
      }
    }
  }

  #unlink(type, list, record) {
    if (record.removed) return;
    record.removed = true;
    // `record.next` is left alone on purpose (see Listener).
    if (record.prev === undefined) list.head = record.next;
    else record.prev.next = record.next;
    if (record.next === undefined) list.tail = record.prev;
    else record.next.prev = record.prev;
    list.size--;
    if (list.size === 0 && this.#listeners.get(type) === list) this.#listeners.delete(type);
    if (record.signal !== undefined) {
      record.signal.removeEventListener('abort', record.onAbort);
      record.signal = undefined;
    }
  }

  dispatchEvent(event) {
    checkTarget(this);
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('event');
    if (!isEvent(event)) throw new ERR_INVALID_ARG_TYPE('event', 'Event', event);
    const type = event.type;
    if (isDispatching(event)) throw new ERR_EVENT_RECURSION(type);

    beginDispatch(event, this);
    try {
      const list = this.#listeners.get(type);
      let record = list === undefined ? undefined : list.head;
      while (record !== undefined) {
        const next = record.next;
        if (!record.removed && (record.resist || !immediateStopped(event))) {
          if (record.once) this.#unlink(type, list, record);
          callListener(this, record.callback, event);
        }
        record = next;
      }
    } finally {
      endDispatch(event);
    }
    return !event.defaultPrevented;
  }

  [kInspect](depth, options, inspect) {
    const name = this.constructor.name;
    if (depth < 0) return name;
    if (typeof inspect !== 'function') return `${name} {}`;
    return `${name} ${inspect({}, options)}`;
  }
}

Object.defineProperty(EventTarget.prototype, kIsEventTarget, {
  value: true, writable: false, enumerable: false, configurable: false,
});
Object.defineProperty(EventTarget.prototype, kInspect, { enumerable: false });
enumerable(EventTarget.prototype, ['addEventListener', 'removeEventListener', 'dispatchEvent']);
toStringTag(EventTarget, 'EventTarget');

function isEventTarget(value) {
  return value !== null && typeof value === 'object' && value[kIsEventTarget] === true;
}

function getEventTargetListeners(target, type) {
  return listenersOf(target, `${type}`);
}

// Event handler attributes (`onabort` and the like): one listener is added
// the first time a handler is set and keeps its place from then on, as in
// Node, even while the handler is null.
const handlerState = new WeakMap();

function defineEventHandler(proto, type, name = `on${type}`) {
  function get() {
    if (!hasListeners(this)) throw new ERR_INVALID_ARG_TYPE('this', 'EventTarget', this);
    const state = handlerState.get(this)?.get(type);
    return state === undefined ? null : state.handler;
  }
  function set(value) {
    if (!hasListeners(this)) throw new ERR_INVALID_ARG_TYPE('this', 'EventTarget', this);
    let handlers = handlerState.get(this);
    if (handlers === undefined) {
      handlers = new Map();
      handlerState.set(this, handlers);
    }
    const state = handlers.get(type);
    if (value === undefined) value = null;
    if (state !== undefined) {
      state.handler = value;
      state.eventHandler.handler = value;
      return;
    }
    if (value === null) return;
    const entry = { handler: value, eventHandler: undefined };
    const eventHandler = function eventHandler(event) {
      const handler = entry.handler;
      if (typeof handler === 'function') return handler.call(this, event);
    };
    eventHandler.handler = value;
    entry.eventHandler = eventHandler;
    handlers.set(type, entry);
    this.addEventListener(type, eventHandler);
  }
  Object.defineProperty(get, 'name', { value: `get ${name}` });
  Object.defineProperty(set, 'name', { value: `set ${name}` });
  Object.defineProperty(proto, name, { get, set, enumerable: true, configurable: true });
}

module.exports = {
  EventTarget,
  Event,
  CustomEvent,
  isEventTarget,
  isEvent,
  getEventTargetListeners,
  defineEventHandler,
  kIsEventTarget,
  kTrustEvent,
  kResistStopPropagation,
};
