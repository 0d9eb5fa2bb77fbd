'use strict';
// node:worker_threads as seen from the main thread: lode has no worker
// threads yet (new Worker throws ERR_NOT_IMPLEMENTED), but code that asks
// where it runs gets the main thread's answers, and the message channel
// classes work within this thread (internal/worker/io).

const { MessageChannel, MessagePort, BroadcastChannel, receiveMessageOnPort } = require('internal/worker/io');
const { codes: { ERR_NOT_IMPLEMENTED } } = require('internal/errors');

const environmentData = new Map();
const untransferable = new WeakSet();

class Worker {
  constructor() {
    throw new ERR_NOT_IMPLEMENTED('worker_threads.Worker');
  }
}

module.exports = {
  isMainThread: true,
  MessagePort,
  MessageChannel,
  markAsUntransferable(object) {
    if ((typeof object === 'object' && object !== null) || typeof object === 'function') untransferable.add(object);
  },
  isMarkedAsUntransferable(object) {
    return untransferable.has(object);
  },
  moveMessagePortToContext() {
    throw new ERR_NOT_IMPLEMENTED('worker_threads.moveMessagePortToContext()');
  },
  receiveMessageOnPort,
  resourceLimits: {},
  postMessageToThread() {
    throw new ERR_NOT_IMPLEMENTED('worker_threads.postMessageToThread()');
  },
  threadId: 0,
  SHARE_ENV: Symbol.for('nodejs.worker_threads.SHARE_ENV'),
  Worker,
  parentPort: null,
  workerData: null,
  BroadcastChannel,
  setEnvironmentData(key, value) {
    if (value === undefined) environmentData.delete(key);
    else environmentData.set(key, value);
  },
  getEnvironmentData(key) {
    return environmentData.get(key);
  },
};
