'use strict';
// node:async_hooks: AsyncResource. lode does not track async contexts
// (no hooks into the engine's promise jobs), so createHook,
// AsyncLocalStorage and the execution ids are not provided: using them
// throws ERR_NOT_IMPLEMENTED. AsyncResource needs no tracking: it is an
// id and a scope to run callbacks in, which is what libraries (express's
// on-finished, for one) use it for.

const {
  codes: { ERR_INVALID_ASYNC_ID, ERR_NOT_IMPLEMENTED },
} = require('internal/errors');
const { validateFunction, validateString } = require('internal/validators');

let lastAsyncId = 1; // 1 is the top level's id in Node
const kType = Symbol('type');
const kAsyncId = Symbol('asyncId');
const kTriggerId = Symbol('triggerAsyncId');
let warnedAsyncResource = false;

class AsyncResource {
  constructor(type, opts = {}) {
    validateString(type, 'type');
    let triggerAsyncId = opts;
    if (typeof opts !== 'number') {
      triggerAsyncId = opts == null || opts.triggerAsyncId === undefined ? 1 : opts.triggerAsyncId;
    }
    if (!Number.isSafeInteger(triggerAsyncId) || triggerAsyncId < -1) {
      throw new ERR_INVALID_ASYNC_ID('triggerAsyncId', triggerAsyncId);
    }
    this[kType] = type;
    this[kAsyncId] = ++lastAsyncId;
    this[kTriggerId] = triggerAsyncId;
  }

  runInAsyncScope(fn, thisArg, ...args) {
    return Reflect.apply(fn, thisArg, args);
  }

  emitDestroy() {
    return this;
  }

  asyncId() {
    return this[kAsyncId];
  }

  triggerAsyncId() {
    return this[kTriggerId];
  }

  bind(fn, thisArg) {
    validateFunction(fn, 'fn');
    const resource = this;
    const bound = thisArg === undefined
      ? function(...args) { return resource.runInAsyncScope(fn, this, ...args); }
      : function(...args) { return resource.runInAsyncScope(fn, thisArg, ...args); };
    Object.defineProperties(bound, {
      length: { configurable: true, enumerable: false, value: fn.length, writable: false },
      asyncResource: {
        configurable: true,
        enumerable: true,
        get() {
          if (!warnedAsyncResource) {
            warnedAsyncResource = true;
            process.emitWarning('The asyncResource property on bound functions is deprecated',
              'DeprecationWarning', 'DEP0172');
          }
          return resource;
        },
      },
    });
    return bound;
  }

  static bind(fn, type, thisArg) {
    type = type || fn.name || 'bound-anonymous-fn';
    return new AsyncResource(type).bind(fn, thisArg);
  }
}

function notProvided(name) {
  return function() {
    throw new ERR_NOT_IMPLEMENTED(`node:async_hooks ${name}() (lode does not track async contexts)`);
  };
}

module.exports = {
  AsyncResource,
  AsyncLocalStorage: notProvided('AsyncLocalStorage'),
  createHook: notProvided('createHook'),
  executionAsyncId: notProvided('executionAsyncId'),
  triggerAsyncId: notProvided('triggerAsyncId'),
  executionAsyncResource: notProvided('executionAsyncResource'),
  asyncWrapProviders: Object.freeze(Object.create(null)),
};
