'use strict';
// node:timers/promises

const timers = require('internal/timers');
const { AbortError, codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
const { validateObject, validateBoolean, validateAbortSignal } = require('internal/validators');

function checkOptions(options) {
  validateObject(options, 'options');
  const { signal, ref = true } = options;
  validateAbortSignal(signal, 'options.signal');
  validateBoolean(ref, 'options.ref');
  return { signal, ref };
}

function abortError(signal) {
  return new AbortError(undefined, { cause: signal.reason });
}

function schedule(make, clear, value, options) {
  let opts;
  try {
    opts = checkOptions(options);
  } catch (err) {
    return Promise.reject(err);
  }
  const { signal, ref } = opts;
  if (signal && signal.aborted) return Promise.reject(abortError(signal));
  return new Promise((resolve, reject) => {
    let onAbort;
    const handle = make(() => {
      if (signal) signal.removeEventListener('abort', onAbort);
      resolve(value);
    });
    if (!ref) handle.unref();
    if (signal) {
      onAbort = () => {
        clear(handle);
        reject(abortError(signal));
      };
      signal.addEventListener('abort', onAbort, { once: true });
    }
  });
}

function setTimeout(after, value, options = {}) {
  return schedule((cb) => timers.setTimeout(cb, after), timers.clearTimeout, value, options);
}

function setImmediate(value, options = {}) {
  return schedule((cb) => timers.setImmediate(cb), timers.clearImmediate, value, options);
}

async function* setInterval(after, value, options = {}) {
  const { signal, ref } = checkOptions(options);
  if (signal && signal.aborted) throw abortError(signal);
  let pending = 0;
  let wake = null;
  const interval = timers.setInterval(() => {
    pending++;
    if (wake !== null) {
      const w = wake;
      wake = null;
      w();
    }
  }, after);
  if (!ref) interval.unref();
  let onAbort;
  if (signal) {
    onAbort = () => {
      if (wake !== null) {
        const w = wake;
        wake = null;
        w();
      }
    };
    signal.addEventListener('abort', onAbort, { once: true });
  }
  try {
    for (;;) {
      if (signal && signal.aborted) throw abortError(signal);
      if (pending === 0) await new Promise((resolve) => { wake = resolve; });
      if (signal && signal.aborted) throw abortError(signal);
      for (; pending > 0; pending--) yield value;
    }
  } finally {
    timers.clearInterval(interval);
    if (signal) signal.removeEventListener('abort', onAbort);
  }
}

const scheduler = {
  wait(delay, options) { return setTimeout(delay, undefined, options); },
  yield() { return setImmediate(); },
};
Object.setPrototypeOf(scheduler, Object.create(Object.prototype, {
  constructor: { value: class Scheduler {}, configurable: true, writable: true },
}));

void ERR_INVALID_ARG_TYPE;
module.exports = { setTimeout, setImmediate, setInterval, scheduler };
