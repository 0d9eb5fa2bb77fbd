'use strict';
// node:events. Listeners for one event name live in `this._events[name]`: a
// lone listener is stored as the function itself, two or more as an array.
// Arrays are edited in place; emit() works on a snapshot so that listeners
// added or removed during an emit only take effect from the next one.
//
// Removing the last listener of a name sets `_events[name]` to undefined
// instead of deleting the key: in JavaScriptCore `delete` turns the table into
// a slow dictionary (measured: add/remove several times slower, and every
// later emit too). So that emitters seeing many one-off event names do not
// keep their dead keys forever, every 256th such removal (over all emitters)
// checks the emitter at hand and rebuilds its table if it is mostly holes; an
// emitter leaking names does most of the removals, so it gets checked often.

const kCapture = Symbol('kCapture');
const kShapeMode = Symbol('shapeMode');
const kErrorMonitor = Symbol('events.errorMonitor');
const kRejection = Symbol.for('nodejs.rejection');
const kMaxEventTargetListeners = Symbol('events.maxEventTargetListeners');
const kMaxEventTargetListenersWarned = Symbol('events.maxEventTargetListenersWarned');
const kWatermarkData = Symbol.for('nodejs.watermarkData');
const kDispose = Symbol.dispose || Symbol.for('nodejs.dispose');

let defaultMaxListeners = 10;

function EventEmitter(opts) {
  EventEmitter.init.call(this, opts);
}

// Set before anything below can require this module back (event_target does).
module.exports = EventEmitter;

const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_THIS,
    ERR_UNHANDLED_ERROR,
  },
  AbortError,
} = require('internal/errors');
const {
  validateAbortSignal,
  validateBoolean,
  validateFunction,
  validateInteger,
  validateNumber,
  validateString,
} = require('internal/validators');

// Loaded on first use: these modules require this one.
let eventTargetModule;
function lazyEventTarget() {
  if (eventTargetModule === undefined) eventTargetModule = require('internal/event_target');
  return eventTargetModule;
}

function isEventTarget(value) {
  return value !== null && typeof value === 'object' &&
    value[Symbol.for('nodejs.event_target')] === true;
}

function lazyInspect(value, options) {
  try {
    return require('internal/util/inspect').inspect(value, options);
  } catch {
    return undefined;
  }
}

EventEmitter.prototype._events = undefined;
EventEmitter.prototype._eventsCount = 0;
EventEmitter.prototype._maxListeners = undefined;
EventEmitter.prototype[kCapture] = false;

function init(opts) {
  if (this._events === undefined || this._events === Object.getPrototypeOf(this)._events) {
    this._events = Object.create(null);
    this._eventsCount = 0;
  }
  this._maxListeners = this._maxListeners || undefined;
  this[kShapeMode] = false;
  if (opts?.captureRejections) {
    validateBoolean(opts.captureRejections, 'options.captureRejections');
    this[kCapture] = Boolean(opts.captureRejections);
  } else {
    // The class-wide default, read when the emitter is made.
    this[kCapture] = EventEmitter.prototype[kCapture];
  }
}

function resetEvents(target) {
  target._events = Object.create(null);
}

let removalsSinceCheck = 0;

// Empties `events[type]` (see the top of this file).
function clearEntry(target, events, type) {
  events[type] = undefined;
  if (++removalsSinceCheck < 256) return;
  removalsSinceCheck = 0;
  const keys = Reflect.ownKeys(events);
  const live = target._eventsCount;
  if (keys.length - live > 32 && keys.length > 3 * live) {
    const fresh = Object.create(null);
    for (const key of keys) {
      if (events[key] !== undefined) fresh[key] = events[key];
    }
    target._events = fresh;
  }
}

function checkListener(listener) {
  validateFunction(listener, 'listener');
}

function getMax(that) {
  return that._maxListeners === undefined ? defaultMaxListeners : that._maxListeners;
}

EventEmitter.prototype.setMaxListeners = function setMaxListeners(n) {
  validateNumber(n, 'setMaxListeners', 0);
  this._maxListeners = n;
  return this;
};

EventEmitter.prototype.getMaxListeners = function getMaxListeners() {
  return getMax(this);
};

// captureRejections: a listener's rejected promise becomes an 'error' event
// (or a call to the emitter's Symbol.for('nodejs.rejection') method).
function addCatch(that, promise, type, args) {
  try {
    const then = promise.then;
    if (typeof then === 'function') {
      then.call(promise, undefined, (err) => {
        process.nextTick(() => emitUnhandledRejectionOrErr(that, err, type, args));
      });
    }
  } catch (err) {
    that.emit('error', err);
  }
}

function emitUnhandledRejectionOrErr(ee, err, type, args) {
  if (typeof ee[kRejection] === 'function') {
    ee[kRejection](err, type, ...args);
  } else {
    // Turn capture off while emitting, so a rejecting 'error' listener does
    // not loop forever.
    const prev = ee[kCapture];
    try {
      ee[kCapture] = false;
      ee.emit('error', err);
    } finally {
      ee[kCapture] = prev;
    }
  }
}

function argsOf(argumentsObject) {
  const args = new Array(argumentsObject.length - 1);
  for (let i = 1; i < argumentsObject.length; i++) args[i - 1] = argumentsObject[i];
  return args;
}

function throwUnhandledError(er) {
  if (er instanceof Error) throw er;
  const err = new ERR_UNHANDLED_ERROR(er);
  err.context = er;
  throw err;
}

// Calls one listener with the arguments of the current emit(). Spelled out
// for up to three arguments so the common cases allocate nothing; `rest`
// holds all the arguments only when there are more.
function callListener(that, fn, argc, a1, a2, a3, rest) {
  switch (argc) {
    case 1: return fn.call(that);
    case 2: return fn.call(that, a1);
    case 3: return fn.call(that, a1, a2);
    case 4: return fn.call(that, a1, a2, a3);
    default: return fn.apply(that, rest);
  }
}

function listArgs(argc, a1, a2, a3, rest) {
  switch (argc) {
    case 1: return [];
    case 2: return [a1];
    case 3: return [a1, a2];
    case 4: return [a1, a2, a3];
    default: return rest;
  }
}

EventEmitter.prototype.emit = function emit(type) {
  const events = this._events;
  const argc = arguments.length;
  const a1 = arguments[1];
  const a2 = arguments[2];
  const a3 = arguments[3];
  const rest = argc > 4 ? argsOf(arguments) : undefined;
  let handler;
  if (events !== undefined) {
    if (type === 'error' && events[kErrorMonitor] !== undefined) {
      this.emit(kErrorMonitor, ...listArgs(argc, a1, a2, a3, rest));
    }
    handler = events[type];
  }
  if (handler === undefined) {
    if (type === 'error') throwUnhandledError(a1);
    return false;
  }

  if (typeof handler === 'function') {
    const result = callListener(this, handler, argc, a1, a2, a3, rest);
    if (result !== undefined && result !== null && this[kCapture]) {
      addCatch(this, result, type, listArgs(argc, a1, a2, a3, rest));
    }
    return true;
  }

  const len = handler.length;
  if (len === 2) {
    // Two listeners need no snapshot array: keep them in locals.
    const l1 = handler[1];
    const r0 = callListener(this, handler[0], argc, a1, a2, a3, rest);
    if (r0 !== undefined && r0 !== null && this[kCapture]) {
      addCatch(this, r0, type, listArgs(argc, a1, a2, a3, rest));
    }
    const r1 = callListener(this, l1, argc, a1, a2, a3, rest);
    if (r1 !== undefined && r1 !== null && this[kCapture]) {
      addCatch(this, r1, type, listArgs(argc, a1, a2, a3, rest));
    }
    return true;
  }
  const listeners = handler.slice();
  for (let i = 0; i < len; i++) {
    const result = callListener(this, listeners[i], argc, a1, a2, a3, rest);
    if (result !== undefined && result !== null && this[kCapture]) {
      addCatch(this, result, type, listArgs(argc, a1, a2, a3, rest));
    }
  }
  return true;
};

function warnMaxListeners(target, type, count, max) {
  let where = lazyInspect(target, { depth: -1 });
  if (where === undefined) where = `[${target?.constructor?.name ?? 'EventEmitter'}]`;
  const warning = new Error(`Possible EventEmitter memory leak detected. ${count} ${String(type)} ` +
    `listeners added to ${where}. MaxListeners is ${max}. Use emitter.setMaxListeners() to increase limit`);
  warning.name = 'MaxListenersExceededWarning';
  warning.emitter = target;
  warning.type = type;
  warning.count = count;
  process.emitWarning(warning);
}

function addListenerImpl(target, type, listener, prepend) {
  checkListener(listener);
  let events = target._events;
  if (events === undefined) {
    events = target._events = Object.create(null);
    target._eventsCount = 0;
  } else if (events.newListener !== undefined) {
    target.emit('newListener', type, listener.listener ?? listener);
    // A 'newListener' listener may have replaced the table.
    events = target._events;
  }
  const existing = events[type];
  if (existing === undefined) {
    events[type] = listener;
    ++target._eventsCount;
    return target;
  }
  let list;
  if (typeof existing === 'function') {
    list = events[type] = prepend ? [listener, existing] : [existing, listener];
  } else {
    list = existing;
    if (prepend) list.unshift(listener);
    else list.push(listener);
  }
  const max = getMax(target);
  if (max > 0 && list.length > max && !list.warned) {
    list.warned = true;
    warnMaxListeners(target, type, list.length, max);
  }
  return target;
}

EventEmitter.prototype.addListener = function addListener(type, listener) {
  return addListenerImpl(this, type, listener, false);
};

EventEmitter.prototype.on = EventEmitter.prototype.addListener;

EventEmitter.prototype.prependListener = function prependListener(type, listener) {
  return addListenerImpl(this, type, listener, true);
};

function onceWrapper() {
  if (!this.fired) {
    this.target.removeListener(this.type, this.wrapFn);
    this.fired = true;
    if (arguments.length === 0) return this.listener.call(this.target);
    return this.listener.apply(this.target, arguments);
  }
}

function onceWrap(target, type, listener) {
  const state = { fired: false, wrapFn: undefined, target, type, listener };
  const wrapped = onceWrapper.bind(state);
  wrapped.listener = listener;
  state.wrapFn = wrapped;
  return wrapped;
}

EventEmitter.prototype.once = function once(type, listener) {
  checkListener(listener);
  this.on(type, onceWrap(this, type, listener));
  return this;
};

EventEmitter.prototype.prependOnceListener = function prependOnceListener(type, listener) {
  checkListener(listener);
  this.prependListener(type, onceWrap(this, type, listener));
  return this;
};

EventEmitter.prototype.removeListener = function removeListener(type, listener) {
  checkListener(listener);
  const events = this._events;
  if (events === undefined) return this;
  const list = events[type];
  if (list === undefined) return this;

  if (list === listener || list.listener === listener) {
    this._eventsCount -= 1;
    if (this._eventsCount === 0) resetEvents(this);
    else clearEntry(this, events, type);
    if (events.removeListener !== undefined) {
      this.emit('removeListener', type, list.listener || listener);
    }
  } else if (typeof list !== 'function') {
    let position = -1;
    for (let i = list.length - 1; i >= 0; i--) {
      if (list[i] === listener || list[i].listener === listener) {
        position = i;
        break;
      }
    }
    if (position < 0) return this;
    if (position === 0) list.shift();
    else list.splice(position, 1);
    if (list.length === 1) events[type] = list[0];
    if (events.removeListener !== undefined) {
      this.emit('removeListener', type, listener);
    }
  }
  return this;
};

EventEmitter.prototype.off = EventEmitter.prototype.removeListener;

EventEmitter.prototype.removeAllListeners = function removeAllListeners(type) {
  const events = this._events;
  if (events === undefined) return this;

  // Nobody listens for removals: drop the entries directly.
  if (events.removeListener === undefined) {
    if (arguments.length === 0) {
      resetEvents(this);
      this._eventsCount = 0;
    } else if (events[type] !== undefined) {
      if (--this._eventsCount === 0) resetEvents(this);
      else clearEntry(this, events, type);
    }
    return this;
  }

  if (arguments.length === 0) {
    for (const key of Reflect.ownKeys(events)) {
      if (key === 'removeListener' || events[key] === undefined) continue;
      this.removeAllListeners(key);
    }
    this.removeAllListeners('removeListener');
    resetEvents(this);
    this._eventsCount = 0;
    return this;
  }

  const listeners = events[type];
  if (typeof listeners === 'function') {
    this.removeListener(type, listeners);
  } else if (listeners !== undefined) {
    // Last in, first out.
    for (let i = listeners.length - 1; i >= 0; i--) {
      this.removeListener(type, listeners[i]);
    }
  }
  return this;
};

function listenersOf(target, type, unwrap) {
  const events = target._events;
  if (events === undefined) return [];
  const found = events[type];
  if (found === undefined) return [];
  if (typeof found === 'function') return unwrap ? [found.listener || found] : [found];
  if (!unwrap) return found.slice();
  const out = new Array(found.length);
  for (let i = 0; i < found.length; i++) out[i] = found[i].listener || found[i];
  return out;
}

EventEmitter.prototype.listeners = function listeners(type) {
  return listenersOf(this, type, true);
};

EventEmitter.prototype.rawListeners = function rawListeners(type) {
  return listenersOf(this, type, false);
};

function listenerCount(type, listener) {
  const events = this._events;
  if (events !== undefined) {
    const found = events[type];
    if (typeof found === 'function') {
      if (listener != null) return (listener === found || listener === found.listener) ? 1 : 0;
      return 1;
    }
    if (found !== undefined) {
      if (listener == null) return found.length;
      let count = 0;
      for (let i = 0; i < found.length; i++) {
        if (found[i] === listener || found[i].listener === listener) count++;
      }
      return count;
    }
  }
  return 0;
}

EventEmitter.prototype.listenerCount = listenerCount;

EventEmitter.prototype.eventNames = function eventNames() {
  if (!(this._eventsCount > 0)) return [];
  const events = this._events;
  const keys = Reflect.ownKeys(events);
  const names = [];
  for (let i = 0; i < keys.length; i++) {
    if (events[keys[i]] !== undefined) names.push(keys[i]);
  }
  return names;
};

// ---- Module-level helpers -------------------------------------------------

function addAbortListener(signal, listener) {
  if (signal === undefined) throw new ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
  validateAbortSignal(signal, 'signal');
  validateFunction(listener, 'listener');
  let remove;
  if (signal.aborted) {
    queueMicrotask(() => listener());
  } else {
    const { kResistStopPropagation } = lazyEventTarget();
    signal.addEventListener('abort', listener, { once: true, [kResistStopPropagation]: true });
    remove = () => signal.removeEventListener('abort', listener);
  }
  return {
    __proto__: null,
    [kDispose]() {
      remove?.();
    },
  };
}

function addListenerAgnostic(emitter, name, listener, once) {
  if (typeof emitter.on === 'function') {
    if (once) emitter.once(name, listener);
    else emitter.on(name, listener);
  } else if (typeof emitter.addEventListener === 'function') {
    emitter.addEventListener(name, listener, { once });
  } else {
    throw new ERR_INVALID_ARG_TYPE('emitter', 'EventEmitter', emitter);
  }
}

function removeListenerAgnostic(emitter, name, listener) {
  if (typeof emitter.removeListener === 'function') {
    emitter.removeListener(name, listener);
  } else if (typeof emitter.removeEventListener === 'function') {
    emitter.removeEventListener(name, listener);
  } else {
    throw new ERR_INVALID_ARG_TYPE('emitter', 'EventEmitter', emitter);
  }
}

function abortListenerOptions() {
  return { once: true, [lazyEventTarget().kResistStopPropagation]: true };
}

async function once(emitter, name, options = {}) {
  const signal = options?.signal;
  validateAbortSignal(signal, 'options.signal');
  if (signal?.aborted) throw new AbortError(undefined, { cause: signal.reason });
  return new Promise((resolve, reject) => {
    const errorListener = (err) => {
      emitter.removeListener(name, resolver);
      if (signal !== undefined) signal.removeEventListener('abort', abortListener);
      reject(err);
    };
    const resolver = (...args) => {
      if (typeof emitter.removeListener === 'function') {
        emitter.removeListener('error', errorListener);
      }
      if (signal !== undefined) signal.removeEventListener('abort', abortListener);
      resolve(args);
    };
    function abortListener() {
      removeListenerAgnostic(emitter, name, resolver);
      if (typeof emitter.removeListener === 'function') {
        emitter.removeListener('error', errorListener);
      }
      reject(new AbortError(undefined, { cause: signal?.reason }));
    }
    addListenerAgnostic(emitter, name, resolver, true);
    if (name !== 'error' && typeof emitter.once === 'function') {
      // An 'error' while waiting rejects, unless 'error' is what we wait for.
      emitter.once('error', errorListener);
    }
    if (signal !== undefined) signal.addEventListener('abort', abortListener, abortListenerOptions());
  });
}

const AsyncIteratorPrototype =
  Object.getPrototypeOf(Object.getPrototypeOf(async function* () {}).prototype);

// A FIFO that does not shift the whole array on every take.
class Queue {
  constructor() {
    this.items = [];
    this.head = 0;
  }

  get length() { return this.items.length - this.head; }

  push(item) { this.items.push(item); }

  shift() {
    const item = this.items[this.head];
    this.items[this.head++] = undefined;
    if (this.head === this.items.length) {
      this.items.length = 0;
      this.head = 0;
    } else if (this.head > 1024 && this.head * 2 > this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    return item;
  }
}

function iterResult(value, done) {
  return { value, done };
}

function on(emitter, event, options = {}) {
  const signal = options?.signal;
  validateAbortSignal(signal, 'options.signal');
  if (signal?.aborted) throw new AbortError(undefined, { cause: signal.reason });
  const highWatermark = options?.highWaterMark ?? options?.highWatermark ?? Number.MAX_SAFE_INTEGER;
  validateInteger(highWatermark, 'options.highWaterMark', 1);
  const lowWatermark = options?.lowWaterMark ?? options?.lowWatermark ?? 1;
  validateInteger(lowWatermark, 'options.lowWaterMark', 1);

  const unconsumedEvents = new Queue();
  const unconsumedPromises = new Queue();
  let paused = false;
  let error = null;
  let finished = false;
  let size = 0;
  const closeEvents = options?.close;
  const closeNames = [];

  const iterator = Object.setPrototypeOf({
    next() {
      // Events that already arrived are delivered first, even after return().
      if (size > 0) {
        const value = unconsumedEvents.shift();
        size--;
        if (paused && size < lowWatermark) {
          paused = false;
          emitter.resume?.();
        }
        return Promise.resolve(iterResult(value, false));
      }
      if (error) {
        const p = Promise.reject(error);
        error = null;
        return p;
      }
      if (finished) return closeHandler();
      return new Promise((resolve, reject) => {
        unconsumedPromises.push({ resolve, reject });
      });
    },

    return() {
      return closeHandler();
    },

    throw(err) {
      if (!err || !(err instanceof Error)) {
        throw new ERR_INVALID_ARG_TYPE('EventEmitter.AsyncIterator', 'Error', err);
      }
      errorHandler(err);
    },

    [Symbol.asyncIterator]() {
      return this;
    },

    [kWatermarkData]: {
      get size() { return size; },
      get low() { return lowWatermark; },
      get high() { return highWatermark; },
      get isPaused() { return paused; },
    },
  }, AsyncIteratorPrototype);

  addListenerAgnostic(emitter, event, eventHandler, false);
  if (event !== 'error' && typeof emitter.on === 'function') {
    emitter.on('error', errorHandler);
  }
  if (closeEvents?.length) {
    for (const name of closeEvents) {
      closeNames.push(name);
      addListenerAgnostic(emitter, name, closeHandler, false);
    }
  }
  if (signal !== undefined) signal.addEventListener('abort', abortListener, abortListenerOptions());

  return iterator;

  function abortListener() {
    errorHandler(new AbortError(undefined, { cause: signal?.reason }));
  }

  function eventHandler(...args) {
    if (unconsumedPromises.length > 0) {
      unconsumedPromises.shift().resolve(iterResult(args, false));
      return;
    }
    size++;
    unconsumedEvents.push(args);
    if (!paused && size > highWatermark && typeof emitter.pause === 'function') {
      paused = true;
      emitter.pause();
    }
  }

  function errorHandler(err) {
    if (unconsumedPromises.length > 0) unconsumedPromises.shift().reject(err);
    else error = err;
    closeHandler();
  }

  function closeHandler() {
    if (!finished) {
      finished = true;
      removeListenerAgnostic(emitter, event, eventHandler);
      if (event !== 'error' && typeof emitter.removeListener === 'function') {
        emitter.removeListener('error', errorHandler);
      }
      for (const name of closeNames) removeListenerAgnostic(emitter, name, closeHandler);
      if (signal !== undefined) signal.removeEventListener('abort', abortListener);
    }
    const done = iterResult(undefined, true);
    while (unconsumedPromises.length > 0) unconsumedPromises.shift().resolve(done);
    return Promise.resolve(done);
  }
}

function getEventListeners(emitterOrTarget, type) {
  if (isEventTarget(emitterOrTarget)) {
    return lazyEventTarget().getEventTargetListeners(emitterOrTarget, type);
  }
  if (typeof emitterOrTarget?.listeners === 'function') return emitterOrTarget.listeners(type);
  throw new ERR_INVALID_ARG_TYPE('emitter', ['EventEmitter', 'EventTarget'], emitterOrTarget);
}

function getMaxListeners(emitterOrTarget) {
  if (typeof emitterOrTarget?.getMaxListeners === 'function') return getMax(emitterOrTarget);
  if (isEventTarget(emitterOrTarget)) return emitterOrTarget[kMaxEventTargetListeners];
  throw new ERR_INVALID_ARG_TYPE('emitter', ['EventEmitter', 'EventTarget'], emitterOrTarget);
}

// An EventEmitter whose listeners run in an AsyncResource's scope. (lode
// tracks no async contexts, so the scope is only the resource's ids.)
const kAsyncResource = Symbol('kAsyncResource');
let ReferencingAsyncResource;
function asyncResourceOf(emitter) {
  const resource = emitter?.[kAsyncResource];
  if (resource === undefined) throw new ERR_INVALID_THIS('EventEmitterAsyncResource');
  return resource;
}

class EventEmitterAsyncResource extends EventEmitter {
  constructor(options = undefined) {
    let name;
    if (typeof options === 'string') {
      name = options;
      options = undefined;
    } else {
      // Subclasses are named after themselves; the class itself needs a name.
      if (new.target === EventEmitterAsyncResource) validateString(options?.name, 'options.name');
      name = options?.name || new.target.name;
    }
    super(options);
    if (ReferencingAsyncResource === undefined) {
      const { AsyncResource } = require('async_hooks');
      ReferencingAsyncResource = class EventEmitterReferencingAsyncResource extends AsyncResource {
        #emitter;
        constructor(emitter, type, opts) {
          super(type, opts);
          this.#emitter = emitter;
        }

        get eventEmitter() { return this.#emitter; }
      };
    }
    this[kAsyncResource] = new ReferencingAsyncResource(this, name, options);
  }

  emit(event, ...args) {
    return asyncResourceOf(this).runInAsyncScope(super.emit, this, event, ...args);
  }

  emitDestroy() { asyncResourceOf(this).emitDestroy(); }
  get asyncId() { return asyncResourceOf(this).asyncId(); }
  get triggerAsyncId() { return asyncResourceOf(this).triggerAsyncId(); }
  get asyncResource() { return asyncResourceOf(this); }
}

// ---- Statics, in Node's order ---------------------------------------------

EventEmitter.addAbortListener = addAbortListener;
EventEmitter.once = once;
EventEmitter.on = on;
EventEmitter.getEventListeners = getEventListeners;
EventEmitter.getMaxListeners = getMaxListeners;
EventEmitter.EventEmitter = EventEmitter;
EventEmitter.usingDomains = false;
EventEmitter.captureRejectionSymbol = kRejection;
Object.defineProperty(EventEmitter, 'captureRejections', {
  get() {
    return EventEmitter.prototype[kCapture];
  },
  set(value) {
    validateBoolean(value, 'EventEmitter.captureRejections');
    EventEmitter.prototype[kCapture] = value;
  },
  enumerable: true,
  configurable: false,
});
Object.defineProperty(EventEmitter, 'EventEmitterAsyncResource', {
  get() {
    return EventEmitterAsyncResource;
  },
  enumerable: true,
  configurable: true,
});
EventEmitter.errorMonitor = kErrorMonitor;
Object.defineProperty(EventEmitter, 'defaultMaxListeners', {
  get() {
    return defaultMaxListeners;
  },
  set(value) {
    validateNumber(value, 'defaultMaxListeners', 0);
    defaultMaxListeners = value;
  },
  enumerable: true,
  configurable: false,
});
Object.defineProperties(EventEmitter, {
  kMaxEventTargetListeners: {
    value: kMaxEventTargetListeners, enumerable: false, configurable: false, writable: false,
  },
  kMaxEventTargetListenersWarned: {
    value: kMaxEventTargetListenersWarned, enumerable: false, configurable: false, writable: false,
  },
});

EventEmitter.setMaxListeners = function (n = defaultMaxListeners, ...eventTargets) {
  validateNumber(n, 'setMaxListeners', 0);
  if (eventTargets.length === 0) {
    defaultMaxListeners = n;
    return;
  }
  for (const target of eventTargets) {
    if (isEventTarget(target)) {
      target[kMaxEventTargetListeners] = n;
      target[kMaxEventTargetListenersWarned] = false;
    } else if (typeof target?.setMaxListeners === 'function') {
      target.setMaxListeners(n);
    } else {
      throw new ERR_INVALID_ARG_TYPE('eventTargets', ['EventEmitter', 'EventTarget'], target);
    }
  }
};

EventEmitter.init = function (opts) {
  init.call(this, opts);
};

EventEmitter.listenerCount = function (emitter, type) {
  if (typeof emitter.listenerCount === 'function') return emitter.listenerCount(type);
  return listenerCount.call(emitter, type);
};
