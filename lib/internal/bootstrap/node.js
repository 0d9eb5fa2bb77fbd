'use strict';
// Sets up the Node environment: V8-format errors, `process`, the globals
// (lazily), and the entry points the runtime calls. Runs once at start-up,
// so it loads as little as it can.

module.exports = function setupNode(native, loader) {
  const { installErrorWrappers } = require('internal/stack');
  installErrorWrappers(globalThis);

  const process = require('internal/process/object').createProcess(native, loader);
  Object.defineProperty(globalThis, 'process', {
    value: process, writable: true, configurable: true, enumerable: false,
  });

  const taskQueues = require('internal/process/task_queues');
  const promises = require('internal/process/promises');
  const { onUncaught } = require('internal/process/execution');
  const tickInfo = native.tickInfo;
  taskQueues.setup(tickInfo, onUncaught, promises.processRejections);
  promises.setup(tickInfo, onUncaught, process._unhandledRejectionsMode);

  require('internal/bootstrap/globals').setupGlobals(loader);
  // --env-file: before the environment decides anything (IPC, cluster, user code).
  if (process._lodeOptions.envFiles.length > 0) require('internal/dotenv').loadEnvFiles(process._lodeOptions.envFiles);
  // Forked with an IPC channel (child_process.fork): `process` gets it
  // before user code runs.
  if (process.env.NODE_CHANNEL_FD !== undefined) require('internal/child_process/ipc').setupChildChannel();
  // Forked by cluster.fork(): set up as a worker before user code, as Node.
  if (process.env.NODE_UNIQUE_ID !== undefined && typeof process.send === 'function' &&
      require('internal/cluster/id').takeWorkerId()) {
    require('cluster');
  }

  const { runTicks } = taskQueues;
  function door(fn, self, argc, a, b, c) {
    let r;
    try {
      switch (argc) {
        case 0: r = fn.call(self); break;
        case 1: r = fn.call(self, a); break;
        case 2: r = fn.call(self, a, b); break;
        default: r = fn.call(self, a, b, c);
      }
    } catch (err) {
      onUncaught(err);
    }
    if (tickInfo[0] !== 0) runTicks();
    return r;
  }

  return {
    door,
    runTicks,
    onUnhandledRejection: promises.onUnhandledRejection,
    runMain() {
      require('internal/main').runMain(native, loader);
    },
    emitBeforeExit() {
      if (process._exiting) return;
      process.emit('beforeExit', process.exitCode === undefined ? 0 : process.exitCode);
    },
    emitExit() {
      if (!process._exiting) {
        process._exiting = true;
        process.emit('exit', process.exitCode === undefined ? 0 : process.exitCode);
      }
      return process.exitCode === undefined ? 0 : process.exitCode | 0;
    },
    onSignal(signum) {
      require('internal/process/signals').onSignal(signum);
    },
  };
};
