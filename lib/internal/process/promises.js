'use strict';
// Unhandled promise rejections, as reported by JSC after each microtask
// drain, handled in Node's modes (--unhandled-rejections).

let tickInfo;
let onUncaught;
let mode = 'throw';
const pending = [];
// Promises reported unhandled and not handled since: for 'rejectionHandled'.
const reported = new WeakMap();
let reportedCount = 0;
let lastId = 0;

function setup(info, uncaughtHandler, execArgvMode) {
  tickInfo = info;
  onUncaught = uncaughtHandler;
  if (execArgvMode) mode = execArgvMode;
}

// JSC has no hook for a handler added after a rejection was reported; `then`
// (which catch and finally call) is where that happens. The wrapper costs
// about 2x on `.then` chains, so it is installed only once a rejection has
// been reported and the process lived on.
let thenWrapped = false;
function wrapThen() {
  if (thenWrapped) return;
  thenWrapped = true;
  const origThen = Promise.prototype.then;
  Object.defineProperty(Promise.prototype, 'then', {
    value: function then(onFulfilled, onRejected) {
      if (reportedCount > 0 && reported.has(this)) {
        reported.delete(this);
        reportedCount--;
        const promise = this;
        process.nextTick(() => process.emit('rejectionHandled', promise));
      }
      return origThen.call(this, onFulfilled, onRejected);
    },
    writable: true,
    configurable: true,
    enumerable: false,
  });
}

// Called by JSC (through the runtime) once per rejection still unhandled
// after the microtask queue drained.
function onUnhandledRejection(promise, reason) {
  pending.push(promise, reason);
  tickInfo[1] = 1;
}

class UnhandledPromiseRejection extends Error {
  constructor(message) {
    super(message);
    this.code = 'ERR_UNHANDLED_REJECTION';
  }
}
Object.defineProperty(UnhandledPromiseRejection.prototype, 'name', {
  value: 'UnhandledPromiseRejection', writable: true, configurable: true,
});

function unhandledRejectionError(reason) {
  let shown;
  try {
    shown = require('internal/util/inspect').inspect(reason);
  } catch {
    shown = String(reason);
  }
  return new UnhandledPromiseRejection('This error originated either by throwing inside of an ' +
    'async function without a catch block, or by rejecting a promise which was not handled ' +
    `with .catch(). The promise rejected with the reason "${shown}".`);
}

function isErrorLike(v) {
  return v !== null && typeof v === 'object' && typeof v.stack === 'string';
}

function warn(reason, id) {
  const { formatStack } = require('internal/stack');
  const shown = isErrorLike(reason) ? formatStack(reason) : String(reason);
  process.emitWarning(shown, 'UnhandledPromiseRejectionWarning');
  process.emitWarning('Unhandled promise rejection. This error originated either by throwing ' +
    'inside of an async function without a catch block, or by rejecting a promise which was ' +
    'not handled with .catch(). To terminate the node process on unhandled promise rejection, ' +
    'use the CLI flag `--unhandled-rejections=strict` (see ' +
    `https://nodejs.org/api/cli.html#cli_unhandled_rejections_mode). (rejection id: ${id})`,
  'UnhandledPromiseRejectionWarning');
}

function processRejections() {
  tickInfo[1] = 0;
  while (pending.length > 0) {
    const promise = pending.shift();
    const reason = pending.shift();
    const id = ++lastId;
    reported.set(promise, id);
    reportedCount++;
    wrapThen();
    const asError = () => (isErrorLike(reason) ? reason : unhandledRejectionError(reason));
    switch (mode) {
      case 'strict': {
        onUncaught(asError(), 'unhandledRejection');
        process.emit('unhandledRejection', reason, promise);
        break;
      }
      case 'warn': {
        if (!process.emit('unhandledRejection', reason, promise)) warn(reason, id);
        break;
      }
      case 'warn-with-error-code': {
        if (!process.emit('unhandledRejection', reason, promise)) {
          warn(reason, id);
          process.exitCode = 1;
        }
        break;
      }
      case 'none': {
        process.emit('unhandledRejection', reason, promise);
        break;
      }
      default: {
        // throw: an unhandled rejection becomes an uncaught exception.
        let handled = false;
        try {
          handled = process.emit('unhandledRejection', reason, promise);
        } catch (err) {
          onUncaught(err);
          handled = true;
        }
        if (!handled) onUncaught(asError(), 'unhandledRejection');
      }
    }
  }
}

module.exports = { setup, onUnhandledRejection, processRejections };
