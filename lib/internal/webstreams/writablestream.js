'use strict';
// WritableStream, WritableStreamDefaultWriter and
// WritableStreamDefaultController (WHATWG Streams). A stream record is
// { pub, state, storedError, writer, controller, inFlightWriteRequest,
//   closeRequest, inFlightCloseRequest, pendingAbortRequest, writeRequests,
//   backpressure }; requests are deferreds from util.createDeferred.

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_STATE, ERR_INVALID_THIS, ERR_ILLEGAL_CONSTRUCTOR },
} = require('internal/errors');
const { validateObject } = require('internal/validators');
const {
  kInspect, kCreate, noop, createDeferred, resolvedDeferred, rejectedDeferred, markHandled, promiseResolvedWith,
  promiseCall,
  getMethod, Queue, resetQueue, enqueueValueWithSize, dequeueValue, peekQueueValue, extractHighWaterMark,
  extractSizeAlgorithm,
} = require('internal/webstreams/util');

// See the note in readablestream.js: exports first, then the cycle.
module.exports = {
  writableStreamRecord,
  writableStreamSettled,
  createWritableStream,
  isWritableStreamLocked,
  acquireDefaultWriter,
  writableStreamAbort,
  writableStreamCloseQueuedOrInFlight,
  writerWrite,
  writerRelease,
  writerCloseWithErrorPropagation,
  writerGetDesiredSize,
  controllerErrorIfNeeded,
  controllerError,
};

const { inspectStream, makeWebIDL } = require('internal/webstreams/readablestream');

const resolvedUndefined = Promise.resolve();
const kCloseSentinel = Symbol('kCloseSentinel');

let lazyAbortController;
function newAbortController() {
  lazyAbortController ??= require('internal/abort_controller').AbortController;
  return new lazyAbortController();
}

// ---------------------------------------------------------------------------
// WritableStream

let writableStreamRecordOf;

class WritableStream {
  #s;

  static {
    writableStreamRecordOf = (v) => (v !== null && typeof v === 'object' && #s in v ? v.#s : undefined);
  }

  constructor(sink = undefined, strategy = undefined) {
    if (sink === kCreate) {
      this.#s = strategy;
      strategy.pub = this;
      return;
    }
    if (sink === undefined) sink = {};
    validateObject(sink, 'sink', { allowFunction: true, allowArray: true });
    if (strategy == null) strategy = {};
    validateObject(strategy, 'strategy', { allowFunction: true, allowArray: true });
    const type = sink.type;
    if (type !== undefined) throw new ERR_INVALID_ARG_VALUE.RangeError('type', type);
    const stream = this.#s = newStreamRecord(this);
    const size = extractSizeAlgorithm(strategy);
    const hwm = extractHighWaterMark(strategy, 1);
    setUpControllerFromSink(stream, sink, hwm, size);
  }

  get locked() {
    return isWritableStreamLocked(thisStream(this));
  }

  abort(reason = undefined) {
    const stream = writableStreamRecordOf(this);
    if (stream === undefined) return Promise.reject(new ERR_INVALID_THIS('WritableStream'));
    if (isWritableStreamLocked(stream)) {
      return Promise.reject(new ERR_INVALID_STATE.TypeError('WritableStream is locked'));
    }
    return writableStreamAbort(stream, reason);
  }

  close() {
    const stream = writableStreamRecordOf(this);
    if (stream === undefined) return Promise.reject(new ERR_INVALID_THIS('WritableStream'));
    if (isWritableStreamLocked(stream)) {
      return Promise.reject(new ERR_INVALID_STATE.TypeError('WritableStream is locked'));
    }
    if (writableStreamCloseQueuedOrInFlight(stream)) {
      return Promise.reject(new ERR_INVALID_STATE.TypeError('Failure closing WritableStream'));
    }
    return writableStreamClose(stream);
  }

  getWriter() {
    return acquireDefaultWriter(thisStream(this)).pub;
  }

  [kInspect](depth, options, inspect) {
    const stream = writableStreamRecordOf(this);
    if (stream === undefined) return this;
    return inspectStream(this, 'WritableStream', {
      locked: isWritableStreamLocked(stream),
      state: stream.state,
    }, depth, options, inspect);
  }
}

function thisStream(v) {
  const stream = writableStreamRecordOf(v);
  if (stream === undefined) throw new ERR_INVALID_THIS('WritableStream');
  return stream;
}

function writableStreamRecord(v) {
  return writableStreamRecordOf(v);
}

function newStreamRecord(pub) {
  return {
    pub, state: 'writable', storedError: undefined, writer: undefined, controller: undefined,
    inFlightWriteRequest: undefined, closeRequest: undefined, inFlightCloseRequest: undefined,
    pendingAbortRequest: undefined, writeRequests: new Queue(), backpressure: false, settleWaiters: undefined,
  };
}

function createWritableStream(startAlgorithm, writeAlgorithm, closeAlgorithm, abortAlgorithm, hwm = 1,
  size = () => 1) {
  const stream = newStreamRecord(undefined);
  new WritableStream(kCreate, stream);
  setUpController(stream, newControllerRecord(), startAlgorithm, writeAlgorithm, closeAlgorithm, abortAlgorithm,
    hwm, size);
  return stream;
}

function isWritableStreamLocked(stream) {
  return stream.writer !== undefined;
}

function writableStreamAbort(stream, reason) {
  if (stream.state === 'closed' || stream.state === 'errored') return resolvedUndefined;
  // Tell the sink first: its write() may be waiting on this signal.
  stream.controller.abortController.abort(reason);
  const state = stream.state;
  if (state === 'closed' || state === 'errored') return resolvedUndefined;
  if (stream.pendingAbortRequest !== undefined) return stream.pendingAbortRequest.d.promise;
  let wasAlreadyErroring = false;
  if (state === 'erroring') {
    wasAlreadyErroring = true;
    reason = undefined;
  }
  const d = createDeferred();
  stream.pendingAbortRequest = { d, reason, wasAlreadyErroring };
  if (!wasAlreadyErroring) writableStreamStartErroring(stream, reason);
  return d.promise;
}

function writableStreamClose(stream) {
  const state = stream.state;
  if (state === 'closed' || state === 'errored') {
    return Promise.reject(new ERR_INVALID_STATE.TypeError('WritableStream is closed'));
  }
  const d = createDeferred();
  stream.closeRequest = d;
  const writer = stream.writer;
  if (writer !== undefined && stream.backpressure && state === 'writable') writer.ready.resolve(undefined);
  controllerClose(stream.controller);
  return d.promise;
}

function writableStreamAddWriteRequest(stream) {
  const d = createDeferred();
  stream.writeRequests.push(d);
  return d.promise;
}

function writableStreamCloseQueuedOrInFlight(stream) {
  return stream.closeRequest !== undefined || stream.inFlightCloseRequest !== undefined;
}

function writableStreamDealWithRejection(stream, error) {
  if (stream.state === 'writable') {
    writableStreamStartErroring(stream, error);
    return;
  }
  writableStreamFinishErroring(stream);
}

// A promise of the stream's end, for stream.finished(): fulfilled when it
// closes, rejected with its error when it errors.
function writableStreamSettled(stream) {
  if (stream.state === 'closed') return Promise.resolve();
  if (stream.state === 'errored') return Promise.reject(stream.storedError);
  return new Promise((resolve, reject) => (stream.settleWaiters ??= []).push({ resolve, reject }));
}

function writableStreamFinishErroring(stream) {
  stream.state = 'errored';
  if (stream.settleWaiters !== undefined) {
    for (const w of stream.settleWaiters.splice(0)) w.reject(stream.storedError);
  }
  resetQueue(stream.controller);
  const storedError = stream.storedError;
  for (const req of stream.writeRequests.drain()) req.reject(storedError);
  const abortRequest = stream.pendingAbortRequest;
  if (abortRequest === undefined) {
    rejectCloseAndClosedPromiseIfNeeded(stream);
    return;
  }
  stream.pendingAbortRequest = undefined;
  if (abortRequest.wasAlreadyErroring) {
    abortRequest.d.reject(storedError);
    rejectCloseAndClosedPromiseIfNeeded(stream);
    return;
  }
  const c = stream.controller;
  const promise = c.abortAlgorithm(abortRequest.reason);
  controllerClearAlgorithms(c);
  promise.then(() => {
    abortRequest.d.resolve(undefined);
    rejectCloseAndClosedPromiseIfNeeded(stream);
  }, (reason) => {
    abortRequest.d.reject(reason);
    rejectCloseAndClosedPromiseIfNeeded(stream);
  });
}

function writableStreamFinishInFlightClose(stream) {
  stream.inFlightCloseRequest.resolve(undefined);
  stream.inFlightCloseRequest = undefined;
  if (stream.state === 'erroring') {
    stream.storedError = undefined;
    if (stream.pendingAbortRequest !== undefined) {
      stream.pendingAbortRequest.d.resolve(undefined);
      stream.pendingAbortRequest = undefined;
    }
  }
  stream.state = 'closed';
  if (stream.settleWaiters !== undefined) for (const w of stream.settleWaiters.splice(0)) w.resolve();
  const writer = stream.writer;
  if (writer !== undefined) writer.closed.resolve(undefined);
}

function writableStreamFinishInFlightCloseWithError(stream, error) {
  stream.inFlightCloseRequest.reject(error);
  stream.inFlightCloseRequest = undefined;
  if (stream.pendingAbortRequest !== undefined) {
    stream.pendingAbortRequest.d.reject(error);
    stream.pendingAbortRequest = undefined;
  }
  writableStreamDealWithRejection(stream, error);
}

function writableStreamFinishInFlightWrite(stream) {
  stream.inFlightWriteRequest.resolve(undefined);
  stream.inFlightWriteRequest = undefined;
}

function writableStreamFinishInFlightWriteWithError(stream, error) {
  stream.inFlightWriteRequest.reject(error);
  stream.inFlightWriteRequest = undefined;
  writableStreamDealWithRejection(stream, error);
}

function writableStreamHasOperationMarkedInFlight(stream) {
  return stream.inFlightWriteRequest !== undefined || stream.inFlightCloseRequest !== undefined;
}

function rejectCloseAndClosedPromiseIfNeeded(stream) {
  if (stream.closeRequest !== undefined) {
    stream.closeRequest.reject(stream.storedError);
    stream.closeRequest = undefined;
  }
  const writer = stream.writer;
  if (writer !== undefined) {
    writer.closed.reject(stream.storedError);
    markHandled(writer.closed.promise);
  }
}

function writableStreamStartErroring(stream, reason) {
  const c = stream.controller;
  stream.state = 'erroring';
  stream.storedError = reason;
  const writer = stream.writer;
  if (writer !== undefined) writerEnsureReadyPromiseRejected(writer, reason);
  if (!writableStreamHasOperationMarkedInFlight(stream) && c.started) writableStreamFinishErroring(stream);
}

function writableStreamUpdateBackpressure(stream, backpressure) {
  const writer = stream.writer;
  if (writer !== undefined && backpressure !== stream.backpressure) {
    if (backpressure) writer.ready = createDeferred();
    else writer.ready.resolve(undefined);
  }
  stream.backpressure = backpressure;
}

// ---------------------------------------------------------------------------
// WritableStreamDefaultWriter: a record { pub, stream, ready, closed }.

function acquireDefaultWriter(stream) {
  const writer = { pub: undefined, stream: undefined, ready: undefined, closed: undefined };
  new WritableStreamDefaultWriter(kCreate, writer);
  setUpDefaultWriter(writer, stream);
  return writer;
}

function setUpDefaultWriter(writer, stream) {
  if (isWritableStreamLocked(stream)) throw new ERR_INVALID_STATE.TypeError('WritableStream is locked');
  writer.stream = stream;
  stream.writer = writer;
  const state = stream.state;
  if (state === 'writable') {
    if (!writableStreamCloseQueuedOrInFlight(stream) && stream.backpressure) writer.ready = createDeferred();
    else writer.ready = resolvedDeferred(undefined);
    writer.closed = createDeferred();
  } else if (state === 'erroring') {
    writer.ready = rejectedDeferred(stream.storedError);
    writer.closed = createDeferred();
  } else if (state === 'closed') {
    writer.ready = resolvedDeferred(undefined);
    writer.closed = resolvedDeferred(undefined);
  } else {
    writer.ready = rejectedDeferred(stream.storedError);
    writer.closed = rejectedDeferred(stream.storedError);
  }
}

function writerCloseWithErrorPropagation(writer) {
  const stream = writer.stream;
  const state = stream.state;
  if (writableStreamCloseQueuedOrInFlight(stream) || state === 'closed') return resolvedUndefined;
  if (state === 'errored') return Promise.reject(stream.storedError);
  return writableStreamClose(stream);
}

function writerEnsureClosedPromiseRejected(writer, error) {
  if (!writer.closed.settled) writer.closed.reject(error);
  else writer.closed = rejectedDeferred(error);
  markHandled(writer.closed.promise);
}

function writerEnsureReadyPromiseRejected(writer, error) {
  if (!writer.ready.settled) writer.ready.reject(error);
  else writer.ready = rejectedDeferred(error);
  markHandled(writer.ready.promise);
}

function writerGetDesiredSize(writer) {
  const stream = writer.stream;
  const state = stream.state;
  if (state === 'errored' || state === 'erroring') return null;
  if (state === 'closed') return 0;
  return controllerGetDesiredSize(stream.controller);
}

function writerRelease(writer) {
  const stream = writer.stream;
  const releasedError = new ERR_INVALID_STATE.TypeError('Writer has been released');
  writerEnsureReadyPromiseRejected(writer, releasedError);
  writerEnsureClosedPromiseRejected(writer, releasedError);
  stream.writer = undefined;
  writer.stream = undefined;
}

function writerWrite(writer, chunk) {
  const stream = writer.stream;
  const c = stream.controller;
  const chunkSize = controllerGetChunkSize(c, chunk);
  if (stream !== writer.stream) {
    return Promise.reject(new ERR_INVALID_STATE.TypeError('Writer is not bound to a WritableStream'));
  }
  const state = stream.state;
  if (state === 'errored') return Promise.reject(stream.storedError);
  if (writableStreamCloseQueuedOrInFlight(stream) || state === 'closed') {
    return Promise.reject(new ERR_INVALID_STATE.TypeError('WritableStream is closed'));
  }
  if (state === 'erroring') return Promise.reject(stream.storedError);
  const promise = writableStreamAddWriteRequest(stream);
  controllerWrite(c, chunk, chunkSize);
  return promise;
}

function unboundError() {
  return new ERR_INVALID_STATE.TypeError('Writer is not bound to a WritableStream');
}

let writerRecordOf;

class WritableStreamDefaultWriter {
  #w;

  static {
    writerRecordOf = (v) => (v !== null && typeof v === 'object' && #w in v ? v.#w : undefined);
  }

  constructor(stream) {
    if (stream === kCreate) {
      this.#w = arguments[1];
      this.#w.pub = this;
      return;
    }
    const s = writableStreamRecordOf(stream);
    if (s === undefined) throw new ERR_INVALID_ARG_TYPE('stream', 'WritableStream', stream);
    const writer = this.#w = { pub: this, stream: undefined, ready: undefined, closed: undefined };
    setUpDefaultWriter(writer, s);
  }

  get closed() {
    const writer = writerRecordOf(this);
    if (writer === undefined) return Promise.reject(new ERR_INVALID_THIS('WritableStreamDefaultWriter'));
    return writer.closed.promise;
  }

  get desiredSize() {
    const writer = writerRecordOf(this);
    if (writer === undefined) throw new ERR_INVALID_THIS('WritableStreamDefaultWriter');
    if (writer.stream === undefined) throw unboundError();
    return writerGetDesiredSize(writer);
  }

  get ready() {
    const writer = writerRecordOf(this);
    if (writer === undefined) return Promise.reject(new ERR_INVALID_THIS('WritableStreamDefaultWriter'));
    return writer.ready.promise;
  }

  abort(reason = undefined) {
    const writer = writerRecordOf(this);
    if (writer === undefined) return Promise.reject(new ERR_INVALID_THIS('WritableStreamDefaultWriter'));
    if (writer.stream === undefined) return Promise.reject(unboundError());
    return writableStreamAbort(writer.stream, reason);
  }

  close() {
    const writer = writerRecordOf(this);
    if (writer === undefined) return Promise.reject(new ERR_INVALID_THIS('WritableStreamDefaultWriter'));
    const stream = writer.stream;
    if (stream === undefined) return Promise.reject(unboundError());
    if (writableStreamCloseQueuedOrInFlight(stream)) {
      return Promise.reject(new ERR_INVALID_STATE.TypeError('Failure to close WritableStream'));
    }
    return writableStreamClose(stream);
  }

  releaseLock() {
    const writer = writerRecordOf(this);
    if (writer === undefined) throw new ERR_INVALID_THIS('WritableStreamDefaultWriter');
    if (writer.stream === undefined) return;
    writerRelease(writer);
  }

  write(chunk = undefined) {
    const writer = writerRecordOf(this);
    if (writer === undefined) return Promise.reject(new ERR_INVALID_THIS('WritableStreamDefaultWriter'));
    if (writer.stream === undefined) return Promise.reject(unboundError());
    return writerWrite(writer, chunk);
  }

  [kInspect](depth, options, inspect) {
    const writer = writerRecordOf(this);
    if (writer === undefined) return this;
    return inspectStream(this, 'WritableStreamDefaultWriter', {
      stream: writer.stream?.pub,
      close: writer.closed.promise,
      ready: writer.ready.promise,
      desiredSize: writer.stream === undefined ? undefined : writerGetDesiredSize(writer),
    }, depth, options, inspect);
  }
}

// ---------------------------------------------------------------------------
// WritableStreamDefaultController

function newControllerRecord() {
  return {
    pub: undefined, stream: undefined, queue: undefined, queueTotalSize: 0, abortController: undefined,
    started: false, size: undefined, hwm: 1, writeAlgorithm: undefined, closeAlgorithm: undefined,
    abortAlgorithm: undefined,
  };
}

let controllerRecordOf;

class WritableStreamDefaultController {
  #c;

  static {
    controllerRecordOf = (v) => (v !== null && typeof v === 'object' && #c in v ? v.#c : undefined);
  }

  constructor(token = undefined, record = undefined) {
    if (token !== kCreate) throw new ERR_ILLEGAL_CONSTRUCTOR();
    this.#c = record;
    record.pub = this;
  }

  get signal() {
    return thisController(this).abortController.signal;
  }

  error(e = undefined) {
    const c = thisController(this);
    if (c.stream.state !== 'writable') return;
    controllerError(c, e);
  }

  [kInspect](depth, options, inspect) {
    const c = controllerRecordOf(this);
    if (c === undefined) return this;
    return inspectStream(this, 'WritableStreamDefaultController', { stream: c.stream.pub }, depth, options, inspect);
  }
}

function thisController(v) {
  const c = controllerRecordOf(v);
  if (c === undefined) throw new ERR_INVALID_THIS('WritableStreamDefaultController');
  return c;
}

function setUpController(stream, c, startAlgorithm, writeAlgorithm, closeAlgorithm, abortAlgorithm, hwm, size) {
  c.stream = stream;
  stream.controller = c;
  if (c.pub === undefined) new WritableStreamDefaultController(kCreate, c);
  resetQueue(c);
  c.abortController = newAbortController();
  c.started = false;
  c.size = size;
  c.hwm = hwm;
  c.writeAlgorithm = writeAlgorithm;
  c.closeAlgorithm = closeAlgorithm;
  c.abortAlgorithm = abortAlgorithm;
  writableStreamUpdateBackpressure(stream, controllerGetBackpressure(c));
  const startResult = startAlgorithm();
  promiseResolvedWith(startResult).then(() => {
    c.started = true;
    controllerAdvanceQueueIfNeeded(c);
  }, (r) => {
    c.started = true;
    writableStreamDealWithRejection(stream, r);
  });
}

function setUpControllerFromSink(stream, sink, hwm, size) {
  const c = newControllerRecord();
  new WritableStreamDefaultController(kCreate, c);
  const start = getMethod(sink, 'start', 'sink');
  const write = getMethod(sink, 'write', 'sink');
  const close = getMethod(sink, 'close', 'sink');
  const abort = getMethod(sink, 'abort', 'sink');
  const startAlgorithm = start ? () => Reflect.apply(start, sink, [c.pub]) : noop;
  const writeAlgorithm = write ? (chunk) => promiseCall(write, sink, chunk, c.pub) : () => resolvedUndefined;
  const closeAlgorithm = close ? () => promiseCall(close, sink) : () => resolvedUndefined;
  const abortAlgorithm = abort ? (reason) => promiseCall(abort, sink, reason) : () => resolvedUndefined;
  setUpController(stream, c, startAlgorithm, writeAlgorithm, closeAlgorithm, abortAlgorithm, hwm, size);
}

function controllerAdvanceQueueIfNeeded(c) {
  const stream = c.stream;
  if (!c.started || stream.inFlightWriteRequest !== undefined) return;
  if (stream.state === 'erroring') {
    writableStreamFinishErroring(stream);
    return;
  }
  if (c.queue.length === 0) return;
  const value = peekQueueValue(c);
  if (value === kCloseSentinel) controllerProcessClose(c);
  else controllerProcessWrite(c, value);
}

function controllerClearAlgorithms(c) {
  c.writeAlgorithm = undefined;
  c.closeAlgorithm = undefined;
  c.abortAlgorithm = undefined;
  c.size = undefined;
}

function controllerClose(c) {
  enqueueValueWithSize(c, kCloseSentinel, 0);
  controllerAdvanceQueueIfNeeded(c);
}

function controllerError(c, error) {
  controllerClearAlgorithms(c);
  writableStreamStartErroring(c.stream, error);
}

function controllerErrorIfNeeded(c, error) {
  if (c.stream.state === 'writable') controllerError(c, error);
}

function controllerGetBackpressure(c) {
  return controllerGetDesiredSize(c) <= 0;
}

function controllerGetChunkSize(c, chunk) {
  if (c.size === undefined) return 1;
  try {
    return c.size(chunk);
  } catch (e) {
    controllerErrorIfNeeded(c, e);
    return 1;
  }
}

function controllerGetDesiredSize(c) {
  return c.hwm - c.queueTotalSize;
}

function controllerProcessClose(c) {
  const stream = c.stream;
  stream.inFlightCloseRequest = stream.closeRequest;
  stream.closeRequest = undefined;
  dequeueValue(c);
  const sinkClosePromise = c.closeAlgorithm();
  controllerClearAlgorithms(c);
  sinkClosePromise.then(() => writableStreamFinishInFlightClose(stream),
    (reason) => writableStreamFinishInFlightCloseWithError(stream, reason));
}

function controllerProcessWrite(c, chunk) {
  const stream = c.stream;
  stream.inFlightWriteRequest = stream.writeRequests.shift();
  c.writeAlgorithm(chunk).then(() => {
    writableStreamFinishInFlightWrite(stream);
    const state = stream.state;
    dequeueValue(c);
    if (!writableStreamCloseQueuedOrInFlight(stream) && state === 'writable') {
      writableStreamUpdateBackpressure(stream, controllerGetBackpressure(c));
    }
    controllerAdvanceQueueIfNeeded(c);
  }, (reason) => {
    if (stream.state === 'writable') controllerClearAlgorithms(c);
    writableStreamFinishInFlightWriteWithError(stream, reason);
  });
}

function controllerWrite(c, chunk, chunkSize) {
  try {
    enqueueValueWithSize(c, chunk, chunkSize);
  } catch (e) {
    controllerErrorIfNeeded(c, e);
    return;
  }
  const stream = c.stream;
  if (!writableStreamCloseQueuedOrInFlight(stream) && stream.state === 'writable') {
    writableStreamUpdateBackpressure(stream, controllerGetBackpressure(c));
  }
  controllerAdvanceQueueIfNeeded(c);
}

for (const cls of [WritableStream, WritableStreamDefaultWriter, WritableStreamDefaultController]) {
  makeWebIDL(cls);
  Object.defineProperty(cls.prototype, kInspect, { enumerable: false });
}

module.exports.WritableStream = WritableStream;
module.exports.WritableStreamDefaultWriter = WritableStreamDefaultWriter;
module.exports.WritableStreamDefaultController = WritableStreamDefaultController;
