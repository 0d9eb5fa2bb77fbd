'use strict';
// node:timers

const t = require('internal/timers');
const { validateNumber } = require('internal/validators');
const { codes: { ERR_OUT_OF_RANGE } } = require('internal/errors');

// The old "enroll an object" API (deprecated in node; some packages still
// call it): item._idleTimeout ms after active(item), item._onTimeout().
const kItemTimer = Symbol('kItemTimer');

function stopItem(item) {
  if (item[kItemTimer] !== undefined) {
    t.clearTimeout(item[kItemTimer]);
    item[kItemTimer] = undefined;
  }
}

function startItem(item, unref) {
  stopItem(item);
  const msecs = item._idleTimeout;
  if (typeof msecs !== 'number' || msecs < 0) return;
  item[kItemTimer] = t.setTimeout(() => {
    item[kItemTimer] = undefined;
    item._onTimeout();
  }, msecs);
  if (unref) item[kItemTimer].unref();
}

function enroll(item, msecs) {
  validateNumber(msecs, 'msecs');
  if (msecs < 0 || !Number.isFinite(msecs)) {
    throw new ERR_OUT_OF_RANGE('msecs', 'a non-negative finite number', msecs);
  }
  stopItem(item);
  item._idleTimeout = msecs > 0x7fffffff ? 0x7fffffff : msecs;
}

function unenroll(item) {
  stopItem(item);
  item._idleTimeout = -1;
}

// Warns once, on first use, as util.deprecate does (util itself is not
// loaded for this).
function deprecate(fn, message, code) {
  let warned = false;
  return function deprecated(...args) {
    if (!warned) {
      warned = true;
      process.emitWarning(message, 'DeprecationWarning', code);
    }
    return fn(...args);
  };
}

module.exports = {
  setTimeout: t.setTimeout,
  clearTimeout: t.clearTimeout,
  setInterval: t.setInterval,
  clearInterval: t.clearInterval,
  setImmediate: t.setImmediate,
  clearImmediate: t.clearImmediate,
  get promises() { return require('timers/promises'); },
  active: deprecate((item) => startItem(item, false),
    'timers.active() is deprecated. Please use timeout.refresh() instead.', 'DEP0126'),
  _unrefActive: deprecate((item) => startItem(item, true),
    'timers._unrefActive() is deprecated. Please use timeout.refresh() instead.', 'DEP0127'),
  enroll: deprecate(enroll, 'timers.enroll() is deprecated. Please use setTimeout instead.', 'DEP0095'),
  unenroll: deprecate(unenroll, 'timers.unenroll() is deprecated. Please use clearTimeout instead.', 'DEP0096'),
};
