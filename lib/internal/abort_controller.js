'use strict';
// AbortController and AbortSignal (WHATWG DOM), built on lode's EventTarget.

const {
  codes: {
    ERR_ILLEGAL_CONSTRUCTOR,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_THIS,
  },
} = require('internal/errors');
const { validateUint32 } = require('internal/validators');
const {
  EventTarget,
  Event,
  defineEventHandler,
  kTrustEvent,
  kResistStopPropagation,
} = require('internal/event_target');
const { DOMException } = require('internal/dom_exception');

const kInspect = Symbol.for('nodejs.util.inspect.custom');
// Only this module may construct signals.
const kCreate = Symbol('kCreate');

let isAbortSignal;
let setAborted;

function defaultReason() {
  return new DOMException('This operation was aborted', 'AbortError');
}

function checkSignal(self) {
  if (!isAbortSignal(self)) throw new ERR_INVALID_THIS('AbortSignal');
}

function nested(options, inspect, value) {
  const depth = options.depth == null ? null : options.depth - 1;
  return inspect(value, { ...options, depth });
}

class AbortSignal extends EventTarget {
  #aborted = false;
  #reason = undefined;

  constructor() {
    // `arguments` keeps AbortSignal.length at 0, as in Node.
    if (arguments[0] !== kCreate) throw new ERR_ILLEGAL_CONSTRUCTOR();
    super();
  }

  static {
    isAbortSignal = (value) => value !== null && typeof value === 'object' && #aborted in value;
    // Returns false when the signal was already aborted.
    setAborted = (signal, reason) => {
      if (signal.#aborted) return false;
      signal.#aborted = true;
      signal.#reason = reason;
      return true;
    };
  }

  get aborted() {
    checkSignal(this);
    return this.#aborted;
  }

  get reason() {
    checkSignal(this);
    return this.#reason;
  }

  throwIfAborted() {
    checkSignal(this);
    if (this.#aborted) throw this.#reason;
  }

  static abort(reason = defaultReason()) {
    const signal = new AbortSignal(kCreate);
    setAborted(signal, reason);
    return signal;
  }

  static timeout(delay) {
    validateUint32(delay, 'delay', false);
    const signal = new AbortSignal(kCreate);
    const timer = setTimeout(() => {
      abortSignal(signal, new DOMException('The operation was aborted due to timeout', 'TimeoutError'));
    }, delay);
    // A pending timeout signal must never keep the process alive.
    if (typeof timer?.unref === 'function') timer.unref();
    return signal;
  }

  static any(signals) {
    if (!Array.isArray(signals)) throw new ERR_INVALID_ARG_TYPE('signals', 'Array', signals);
    for (let i = 0; i < signals.length; i++) {
      if (!isAbortSignal(signals[i])) {
        throw new ERR_INVALID_ARG_TYPE(`signals[${i}]`, 'AbortSignal', signals[i]);
      }
    }
    const result = new AbortSignal(kCreate);
    for (const source of signals) {
      if (source.aborted) {
        setAborted(result, source.reason);
        return result;
      }
    }
    const sources = signals.slice();
    const onSourceAbort = function onSourceAbort() {
      // `this` is the source signal that fired.
      for (const source of sources) source.removeEventListener('abort', onSourceAbort);
      abortSignal(result, this.reason);
    };
    for (const source of sources) {
      source.addEventListener('abort', onSourceAbort, { [kResistStopPropagation]: true });
    }
    return result;
  }

  [kInspect](depth, options, inspect) {
    if (depth < 0) return '[AbortSignal]';
    if (typeof inspect !== 'function') return `AbortSignal { aborted: ${this.#aborted} }`;
    return `AbortSignal ${nested(options, inspect, { aborted: this.#aborted })}`;
  }
}

Object.defineProperty(AbortSignal.prototype, kInspect, { enumerable: false });
for (const name of ['aborted']) {
  const desc = Object.getOwnPropertyDescriptor(AbortSignal.prototype, name);
  desc.enumerable = true;
  Object.defineProperty(AbortSignal.prototype, name, desc);
}
defineEventHandler(AbortSignal.prototype, 'abort');
Object.defineProperty(AbortSignal.prototype, Symbol.toStringTag, {
  value: 'AbortSignal', writable: false, enumerable: false, configurable: true,
});

const dispatch = EventTarget.prototype.dispatchEvent;

// Aborts `signal` with `reason` and fires its trusted 'abort' event.
function abortSignal(signal, reason) {
  if (!setAborted(signal, reason)) return;
  dispatch.call(signal, new Event('abort', { [kTrustEvent]: true }));
}

let isAbortController;

class AbortController {
  #signal = new AbortSignal(kCreate);

  static {
    isAbortController = (value) => value !== null && typeof value === 'object' && #signal in value;
  }

  get signal() {
    if (!isAbortController(this)) throw new ERR_INVALID_THIS('AbortController');
    return this.#signal;
  }

  abort(reason = defaultReason()) {
    if (!isAbortController(this)) throw new ERR_INVALID_THIS('AbortController');
    abortSignal(this.#signal, reason);
  }

  [kInspect](depth, options, inspect) {
    if (depth < 0) return '[AbortController]';
    if (typeof inspect !== 'function') return 'AbortController { signal: [AbortSignal] }';
    return `AbortController ${nested(options, inspect, { signal: this.#signal })}`;
  }
}

Object.defineProperty(AbortController.prototype, kInspect, { enumerable: false });
for (const name of ['signal', 'abort']) {
  const desc = Object.getOwnPropertyDescriptor(AbortController.prototype, name);
  desc.enumerable = true;
  Object.defineProperty(AbortController.prototype, name, desc);
}
Object.defineProperty(AbortController.prototype, Symbol.toStringTag, {
  value: 'AbortController', writable: false, enumerable: false, configurable: true,
});

module.exports = {
  AbortController,
  AbortSignal,
  abortSignal,
  isAbortSignal,
};
