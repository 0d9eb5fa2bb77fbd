'use strict';
// ReadableStream, ReadableStreamDefaultReader and
// ReadableStreamDefaultController (WHATWG Streams), plus the stream-level
// abstract operations that the byte-stream, pipe and tee code share.
//
// Every public object keeps its state in an internal record held in a
// private field; the algorithms work on records. A stream record is
// { pub, state, reader, storedError, disturbed, controller }.

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_STATE, ERR_INVALID_THIS, ERR_ILLEGAL_CONSTRUCTOR,
    ERR_ARG_NOT_ITERABLE },
} = require('internal/errors');
const { validateObject } = require('internal/validators');
const {
  kInspect, kCreate, noop, createDeferred, resolvedDeferred, rejectedDeferred, markHandled, promiseResolvedWith,
  promiseCall, getMethod, Queue, resetQueue, enqueueValueWithSize, dequeueValue, extractHighWaterMark,
  extractSizeAlgorithm,
} = require('internal/webstreams/util');

// The functions other stream files call. Assigned before those files are
// required: they require this one back, and function declarations are
// already defined here (hoisted), so the cycle resolves in either order.
module.exports = {
  readableStreamRecord,
  readableStreamSettled,
  readerRecord,
  createReadableStream,
  createReadableByteStream,
  acquireDefaultReader,
  isReadableStreamLocked,
  readableStreamCancel,
  readableStreamClose,
  readableStreamError,
  readableStreamAddReadRequest,
  readableStreamFulfillReadRequest,
  readableStreamGetNumReadRequests,
  readableStreamHasDefaultReader,
  readerGenericInitialize,
  readerGenericRelease,
  defaultReaderRead,
  defaultReaderRelease,
  defaultControllerClose,
  defaultControllerEnqueue,
  defaultControllerError,
  defaultControllerGetDesiredSize,
  defaultControllerHasBackpressure,
  defaultControllerCanCloseOrEnqueue,
  inspectStream,
  makeWebIDL,
};

const bytes = require('internal/webstreams/bytestream');

const resolvedUndefined = Promise.resolve();
const AsyncIteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf(async function* () {}).prototype);

// Methods and accessors of WebIDL interfaces are enumerable, and objects
// print as [object Name].
function makeWebIDL(cls) {
  for (const name of Object.getOwnPropertyNames(cls.prototype)) {
    if (name === 'constructor') continue;
    Object.defineProperty(cls.prototype, name, { enumerable: true });
  }
  Object.defineProperty(cls.prototype, Symbol.toStringTag, {
    value: cls.name, writable: false, enumerable: false, configurable: true,
  });
}

function inspectStream(self, name, fields, depth, options, inspect) {
  if (depth < 0) return self;
  const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
  return `${name} ${inspect(fields, opts)}`;
}

// ---------------------------------------------------------------------------
// ReadableStream

let readableStreamRecordOf;

class ReadableStream {
  #s;

  static {
    readableStreamRecordOf = (v) => (v !== null && typeof v === 'object' && #s in v ? v.#s : undefined);
  }

  constructor(source = undefined, strategy = undefined) {
    if (source === kCreate) {
      this.#s = strategy;
      strategy.pub = this;
      return;
    }
    if (source === undefined) source = {};
    validateObject(source, 'source', { allowFunction: true, allowArray: true });
    if (strategy == null) strategy = {};
    validateObject(strategy, 'strategy', { allowFunction: true, allowArray: true });
    const stream = this.#s = newStreamRecord(this);
    const type = source.type;
    if (type !== undefined && `${type}` === 'bytes') {
      if (strategy.size !== undefined) throw new ERR_INVALID_ARG_VALUE.RangeError('strategy.size', strategy.size);
      const hwm = extractHighWaterMark(strategy, 0);
      bytes.setUpByteControllerFromSource(stream, source, hwm);
    } else if (type !== undefined) {
      throw new ERR_INVALID_ARG_VALUE('source.type', type);
    } else {
      const size = extractSizeAlgorithm(strategy);
      const hwm = extractHighWaterMark(strategy, 1);
      setUpDefaultControllerFromSource(stream, source, hwm, size);
    }
  }

  get locked() {
    return isReadableStreamLocked(thisStream(this));
  }

  cancel(reason = undefined) {
    const stream = readableStreamRecordOf(this);
    if (stream === undefined) return Promise.reject(new ERR_INVALID_THIS('ReadableStream'));
    if (isReadableStreamLocked(stream)) {
      return Promise.reject(new ERR_INVALID_STATE.TypeError('ReadableStream is locked'));
    }
    return readableStreamCancel(stream, reason);
  }

  getReader(options = undefined) {
    const stream = thisStream(this);
    if (options === undefined) options = {};
    validateObject(options, 'options', { allowFunction: true, allowArray: true });
    const mode = options.mode;
    if (mode === undefined) return acquireDefaultReader(stream).pub;
    if (`${mode}` !== 'byob') throw new ERR_INVALID_ARG_VALUE('options.mode', mode);
    return bytes.acquireBYOBReader(stream).pub;
  }

  pipeThrough(transform, options = undefined) {
    const stream = thisStream(this);
    const readable = transform?.readable;
    if (readableStreamRecordOf(readable) === undefined) {
      throw new ERR_INVALID_ARG_TYPE('transform.readable', 'ReadableStream', readable);
    }
    const writable = transform.writable;
    const pipe = lazyPipe();
    const dest = pipe.writableStreamRecordOf(writable);
    if (dest === undefined) throw new ERR_INVALID_ARG_TYPE('transform.writable', 'WritableStream', writable);
    const opts = pipe.pipeOptions(options);
    if (isReadableStreamLocked(stream)) throw new ERR_INVALID_STATE.TypeError('The ReadableStream is locked');
    if (pipe.isWritableStreamLocked(dest)) throw new ERR_INVALID_STATE.TypeError('The WritableStream is locked');
    markHandled(pipe.readableStreamPipeTo(stream, dest, opts));
    return readable;
  }

  pipeTo(destination, options = undefined) {
    const stream = readableStreamRecordOf(this);
    if (stream === undefined) return Promise.reject(new ERR_INVALID_THIS('ReadableStream'));
    const pipe = lazyPipe();
    const dest = pipe.writableStreamRecordOf(destination);
    if (dest === undefined) {
      return Promise.reject(new ERR_INVALID_ARG_TYPE('transform.writable', 'WritableStream', destination));
    }
    let opts;
    try {
      opts = pipe.pipeOptions(options);
    } catch (err) {
      return Promise.reject(err);
    }
    if (isReadableStreamLocked(stream)) {
      return Promise.reject(new ERR_INVALID_STATE.TypeError('The ReadableStream is locked'));
    }
    if (pipe.isWritableStreamLocked(dest)) {
      return Promise.reject(new ERR_INVALID_STATE.TypeError('The WritableStream is locked'));
    }
    return pipe.readableStreamPipeTo(stream, dest, opts);
  }

  tee() {
    const stream = thisStream(this);
    if (isReadableStreamLocked(stream)) throw new ERR_INVALID_STATE.TypeError('ReadableStream is locked');
    const pipe = lazyPipe();
    const branches = stream.controller.byte ?
      pipe.readableByteStreamTee(stream) : pipe.readableStreamDefaultTee(stream);
    return [branches[0].pub, branches[1].pub];
  }

  values(options = undefined) {
    const stream = thisStream(this);
    if (options === undefined) options = {};
    validateObject(options, 'options', { allowFunction: true, allowArray: true });
    const preventCancel = Boolean(options.preventCancel);
    const reader = acquireDefaultReader(stream);
    return createAsyncIterator(reader, preventCancel);
  }

  static from(asyncIterable) {
    return readableStreamFromIterable(asyncIterable).pub;
  }

  [kInspect](depth, options, inspect) {
    const stream = readableStreamRecordOf(this);
    if (stream === undefined) return this;
    return inspectStream(this, 'ReadableStream', {
      locked: isReadableStreamLocked(stream),
      state: stream.state,
      supportsBYOB: stream.controller.byte,
    }, depth, options, inspect);
  }
}

function thisStream(v) {
  const stream = readableStreamRecordOf(v);
  if (stream === undefined) throw new ERR_INVALID_THIS('ReadableStream');
  return stream;
}

Object.defineProperty(ReadableStream.prototype, Symbol.asyncIterator, {
  value: ReadableStream.prototype.values, writable: true, enumerable: false, configurable: true,
});

function readableStreamRecord(v) {
  return readableStreamRecordOf(v);
}

let pipeModule;
function lazyPipe() {
  pipeModule ??= require('internal/webstreams/pipe');
  return pipeModule;
}

function newStreamRecord(pub) {
  return {
    pub, state: 'readable', reader: undefined, storedError: undefined, disturbed: false, controller: undefined,
    settleWaiters: undefined,
  };
}

// CreateReadableStream: a stream whose default controller runs the given
// algorithms. Returns the stream record.
function createReadableStream(startAlgorithm, pullAlgorithm, cancelAlgorithm, hwm = 1, size = () => 1) {
  const stream = newStreamRecord(undefined);
  new ReadableStream(kCreate, stream);
  setUpDefaultController(stream, newDefaultControllerRecord(), startAlgorithm, pullAlgorithm, cancelAlgorithm,
    hwm, size);
  return stream;
}

function createReadableByteStream(startAlgorithm, pullAlgorithm, cancelAlgorithm) {
  const stream = newStreamRecord(undefined);
  new ReadableStream(kCreate, stream);
  bytes.setUpByteController(stream, startAlgorithm, pullAlgorithm, cancelAlgorithm, 0, undefined);
  return stream;
}

function isReadableStreamLocked(stream) {
  return stream.reader !== undefined;
}

function readableStreamCancel(stream, reason) {
  stream.disturbed = true;
  if (stream.state === 'closed') return Promise.resolve();
  if (stream.state === 'errored') return Promise.reject(stream.storedError);
  readableStreamClose(stream);
  const reader = stream.reader;
  if (reader !== undefined && reader.byob) {
    for (const req of reader.requests.drain()) req.close(undefined);
  }
  const c = stream.controller;
  const sourceCancelPromise = c.byte ?
    bytes.byteControllerCancelSteps(c, reason) : defaultControllerCancelSteps(c, reason);
  return sourceCancelPromise.then(noop);
}

// A promise of the stream's end, for stream.finished(): fulfilled when it
// closes, rejected with its error when it errors.
function readableStreamSettled(stream) {
  if (stream.state === 'closed') return Promise.resolve();
  if (stream.state === 'errored') return Promise.reject(stream.storedError);
  return new Promise((resolve, reject) => (stream.settleWaiters ??= []).push({ resolve, reject }));
}

function readableStreamClose(stream) {
  stream.state = 'closed';
  if (stream.settleWaiters !== undefined) for (const w of stream.settleWaiters.splice(0)) w.resolve();
  const reader = stream.reader;
  if (reader === undefined) return;
  reader.closed.resolve(undefined);
  if (!reader.byob) {
    for (const req of reader.requests.drain()) req.close();
  }
}

function readableStreamError(stream, e) {
  stream.state = 'errored';
  stream.storedError = e;
  if (stream.settleWaiters !== undefined) for (const w of stream.settleWaiters.splice(0)) w.reject(e);
  const reader = stream.reader;
  if (reader === undefined) return;
  reader.closed.reject(e);
  markHandled(reader.closed.promise);
  for (const req of reader.requests.drain()) req.error(e);
}

function readableStreamAddReadRequest(stream, readRequest) {
  stream.reader.requests.push(readRequest);
}

function readableStreamFulfillReadRequest(stream, chunk, done) {
  const req = stream.reader.requests.shift();
  if (done) req.close();
  else req.chunk(chunk);
}

function readableStreamGetNumReadRequests(stream) {
  return stream.reader.requests.length;
}

function readableStreamHasDefaultReader(stream) {
  return stream.reader !== undefined && !stream.reader.byob;
}

// ---------------------------------------------------------------------------
// Readers (the parts shared by default and BYOB readers live here too).
// A reader record is { pub, byob, stream, closed: deferred, requests }.

function readerGenericInitialize(reader, stream) {
  reader.stream = stream;
  stream.reader = reader;
  if (stream.state === 'readable') reader.closed = createDeferred();
  else if (stream.state === 'closed') reader.closed = resolvedDeferred(undefined);
  else reader.closed = rejectedDeferred(stream.storedError);
}

function readerGenericRelease(reader) {
  const stream = reader.stream;
  const err = new ERR_INVALID_STATE.TypeError('Reader released');
  if (stream.state === 'readable' && !reader.closed.settled) reader.closed.reject(err);
  else reader.closed = rejectedDeferred(err);
  markHandled(reader.closed.promise);
  const c = stream.controller;
  if (c.byte) bytes.byteControllerReleaseSteps(c);
  stream.reader = undefined;
  reader.stream = undefined;
}

function newReaderRecord(pub, byob) {
  return { pub, byob, stream: undefined, closed: undefined, requests: new Queue() };
}

function acquireDefaultReader(stream) {
  const reader = newReaderRecord(undefined, false);
  new ReadableStreamDefaultReader(kCreate, reader);
  setUpDefaultReader(reader, stream);
  return reader;
}

function setUpDefaultReader(reader, stream) {
  if (isReadableStreamLocked(stream)) throw new ERR_INVALID_STATE.TypeError('ReadableStream is locked');
  readerGenericInitialize(reader, stream);
}

function defaultReaderRead(reader, readRequest) {
  const stream = reader.stream;
  stream.disturbed = true;
  if (stream.state === 'closed') readRequest.close();
  else if (stream.state === 'errored') readRequest.error(stream.storedError);
  else if (stream.controller.byte) bytes.byteControllerPullSteps(stream.controller, readRequest);
  else defaultControllerPullSteps(stream.controller, readRequest);
}

function defaultReaderRelease(reader) {
  readerGenericRelease(reader);
  const err = new ERR_INVALID_STATE.TypeError('Releasing reader');
  for (const req of reader.requests.drain()) req.error(err);
}

// The read request behind reader.read(): settles one promise.
class PromiseReadRequest {
  constructor() {
    this.d = createDeferred();
  }

  chunk(value) { this.d.resolve({ value, done: false }); }
  close() { this.d.resolve({ value: undefined, done: true }); }
  error(e) { this.d.reject(e); }
}

let readerRecordOf;

class ReadableStreamDefaultReader {
  #r;

  static {
    readerRecordOf = (v) => (v !== null && typeof v === 'object' && #r in v ? v.#r : undefined);
  }

  constructor(stream) {
    if (stream === kCreate) {
      this.#r = arguments[1];
      this.#r.pub = this;
      return;
    }
    const s = readableStreamRecordOf(stream);
    if (s === undefined) throw new ERR_INVALID_ARG_TYPE('stream', 'ReadableStream', stream);
    const reader = this.#r = newReaderRecord(this, false);
    setUpDefaultReader(reader, s);
  }

  read() {
    const reader = readerRecordOf(this);
    if (reader === undefined) return Promise.reject(new ERR_INVALID_THIS('ReadableStreamDefaultReader'));
    if (reader.stream === undefined) {
      return Promise.reject(new ERR_INVALID_STATE.TypeError('The reader is not attached to a stream'));
    }
    const req = new PromiseReadRequest();
    defaultReaderRead(reader, req);
    return req.d.promise;
  }

  releaseLock() {
    const reader = readerRecordOf(this);
    if (reader === undefined) throw new ERR_INVALID_THIS('ReadableStreamDefaultReader');
    if (reader.stream === undefined) return;
    defaultReaderRelease(reader);
  }

  get closed() {
    const reader = readerRecordOf(this);
    if (reader === undefined) return Promise.reject(new ERR_INVALID_THIS('ReadableStreamDefaultReader'));
    return reader.closed.promise;
  }

  cancel(reason = undefined) {
    const reader = readerRecordOf(this);
    if (reader === undefined) return Promise.reject(new ERR_INVALID_THIS('ReadableStreamDefaultReader'));
    if (reader.stream === undefined) {
      return Promise.reject(new ERR_INVALID_STATE.TypeError('The reader is not attached to a stream'));
    }
    return readableStreamCancel(reader.stream, reason);
  }

  [kInspect](depth, options, inspect) {
    const reader = readerRecordOf(this);
    if (reader === undefined) return this;
    return inspectStream(this, 'ReadableStreamDefaultReader', {
      stream: reader.stream?.pub,
      readRequests: reader.requests.length,
      close: reader.closed.promise,
    }, depth, options, inspect);
  }
}

function readerRecord(v) {
  return readerRecordOf(v);
}

// ---------------------------------------------------------------------------
// ReadableStreamDefaultController

function newDefaultControllerRecord() {
  return {
    pub: undefined, byte: false, stream: undefined, queue: undefined, queueTotalSize: 0, started: false,
    closeRequested: false, pullAgain: false, pulling: false, size: undefined, hwm: 0,
    pullAlgorithm: undefined, cancelAlgorithm: undefined,
  };
}

let defaultControllerRecordOf;

class ReadableStreamDefaultController {
  #c;

  static {
    defaultControllerRecordOf = (v) => (v !== null && typeof v === 'object' && #c in v ? v.#c : undefined);
  }

  constructor(token = undefined, record = undefined) {
    if (token !== kCreate) throw new ERR_ILLEGAL_CONSTRUCTOR();
    this.#c = record;
    record.pub = this;
  }

  get desiredSize() {
    return defaultControllerGetDesiredSize(thisDefaultController(this));
  }

  close() {
    const c = thisDefaultController(this);
    if (!defaultControllerCanCloseOrEnqueue(c)) throw new ERR_INVALID_STATE.TypeError('Controller is already closed');
    defaultControllerClose(c);
  }

  enqueue(chunk = undefined) {
    const c = thisDefaultController(this);
    if (!defaultControllerCanCloseOrEnqueue(c)) throw new ERR_INVALID_STATE.TypeError('Controller is already closed');
    defaultControllerEnqueue(c, chunk);
  }

  error(e = undefined) {
    defaultControllerError(thisDefaultController(this), e);
  }

  [kInspect](depth, options, inspect) {
    return inspectStream(this, 'ReadableStreamDefaultController', {}, depth, options, inspect);
  }
}

function thisDefaultController(v) {
  const c = defaultControllerRecordOf(v);
  if (c === undefined) throw new ERR_INVALID_THIS('ReadableStreamDefaultController');
  return c;
}

function defaultControllerCallPullIfNeeded(c) {
  if (!defaultControllerShouldCallPull(c)) return;
  if (c.pulling) {
    c.pullAgain = true;
    return;
  }
  c.pulling = true;
  c.pullAlgorithm().then(() => {
    c.pulling = false;
    if (c.pullAgain) {
      c.pullAgain = false;
      defaultControllerCallPullIfNeeded(c);
    }
  }, (e) => defaultControllerError(c, e));
}

function defaultControllerShouldCallPull(c) {
  if (!defaultControllerCanCloseOrEnqueue(c) || !c.started) return false;
  const stream = c.stream;
  if (isReadableStreamLocked(stream) && readableStreamGetNumReadRequests(stream) > 0) return true;
  return defaultControllerGetDesiredSize(c) > 0;
}

function defaultControllerClearAlgorithms(c) {
  c.pullAlgorithm = undefined;
  c.cancelAlgorithm = undefined;
  c.size = undefined;
}

function defaultControllerClose(c) {
  if (!defaultControllerCanCloseOrEnqueue(c)) return;
  c.closeRequested = true;
  if (c.queue.length === 0) {
    defaultControllerClearAlgorithms(c);
    readableStreamClose(c.stream);
  }
}

function defaultControllerEnqueue(c, chunk) {
  if (!defaultControllerCanCloseOrEnqueue(c)) return;
  const stream = c.stream;
  if (isReadableStreamLocked(stream) && readableStreamGetNumReadRequests(stream) > 0) {
    readableStreamFulfillReadRequest(stream, chunk, false);
  } else {
    let size;
    try {
      size = c.size(chunk);
      enqueueValueWithSize(c, chunk, size);
    } catch (err) {
      defaultControllerError(c, err);
      throw err;
    }
  }
  defaultControllerCallPullIfNeeded(c);
}

function defaultControllerError(c, e) {
  const stream = c.stream;
  if (stream.state !== 'readable') return;
  resetQueue(c);
  defaultControllerClearAlgorithms(c);
  readableStreamError(stream, e);
}

function defaultControllerGetDesiredSize(c) {
  const state = c.stream.state;
  if (state === 'errored') return null;
  if (state === 'closed') return 0;
  return c.hwm - c.queueTotalSize;
}

function defaultControllerHasBackpressure(c) {
  return !defaultControllerShouldCallPull(c);
}

function defaultControllerCanCloseOrEnqueue(c) {
  return !c.closeRequested && c.stream.state === 'readable';
}

function defaultControllerCancelSteps(c, reason) {
  resetQueue(c);
  const result = c.cancelAlgorithm(reason);
  defaultControllerClearAlgorithms(c);
  return result;
}

function defaultControllerPullSteps(c, readRequest) {
  const stream = c.stream;
  if (c.queue.length > 0) {
    const chunk = dequeueValue(c);
    if (c.closeRequested && c.queue.length === 0) {
      defaultControllerClearAlgorithms(c);
      readableStreamClose(stream);
    } else {
      defaultControllerCallPullIfNeeded(c);
    }
    readRequest.chunk(chunk);
  } else {
    readableStreamAddReadRequest(stream, readRequest);
    defaultControllerCallPullIfNeeded(c);
  }
}

function setUpDefaultController(stream, c, startAlgorithm, pullAlgorithm, cancelAlgorithm, hwm, size) {
  c.stream = stream;
  resetQueue(c);
  c.started = c.closeRequested = c.pullAgain = c.pulling = false;
  c.size = size;
  c.hwm = hwm;
  c.pullAlgorithm = pullAlgorithm;
  c.cancelAlgorithm = cancelAlgorithm;
  stream.controller = c;
  if (c.pub === undefined) new ReadableStreamDefaultController(kCreate, c);
  const startResult = startAlgorithm();
  promiseResolvedWith(startResult).then(() => {
    c.started = true;
    defaultControllerCallPullIfNeeded(c);
  }, (r) => defaultControllerError(c, r));
}

function setUpDefaultControllerFromSource(stream, source, hwm, size) {
  const c = newDefaultControllerRecord();
  new ReadableStreamDefaultController(kCreate, c);
  const start = getMethod(source, 'start', 'source');
  const pull = getMethod(source, 'pull', 'source');
  const cancel = getMethod(source, 'cancel', 'source');
  const startAlgorithm = start ? () => Reflect.apply(start, source, [c.pub]) : noop;
  const pullAlgorithm = pull ? () => promiseCall(pull, source, c.pub) : () => resolvedUndefined;
  const cancelAlgorithm = cancel ? (reason) => promiseCall(cancel, source, reason) : () => resolvedUndefined;
  setUpDefaultController(stream, c, startAlgorithm, pullAlgorithm, cancelAlgorithm, hwm, size);
}

// ---------------------------------------------------------------------------
// Async iteration

// The iterator's prototype holds only next() and return(), over
// %AsyncIteratorPrototype%.
//
// Timing follows what Node does (measured): the first next() runs one job
// late, a next() issued while an earlier step is still the latest one waits
// for it, and a step that delivered a chunk lets the following next() read
// at once. Results that end iteration are { done, value } objects.
let iteratorStateOf;

class ReadableStreamAsyncIterator {
  #it;

  static {
    iteratorStateOf = (v) => (v !== null && typeof v === 'object' && #it in v ? v.#it : undefined);
  }

  constructor(reader, preventCancel) {
    this.#it = { reader, preventCancel, latest: undefined, started: false, finished: false };
  }

  next() {
    const it = iteratorStateOf(this);
    if (it === undefined) return Promise.reject(new ERR_INVALID_THIS('ReadableStreamAsyncIterator'));
    if (!it.started) {
      it.started = true;
      it.latest = resolvedUndefined;
    }
    if (it.latest === undefined) {
      it.latest = iteratorNextSteps(it);
    } else {
      const steps = () => iteratorNextSteps(it);
      it.latest = it.latest.then(steps, steps);
    }
    return it.latest;
  }

  return(value = undefined) {
    const it = iteratorStateOf(this);
    if (it === undefined) return Promise.reject(new ERR_INVALID_THIS('ReadableStreamAsyncIterator'));
    if (it.latest === undefined) return iteratorReturnSteps(it, value);
    const steps = () => iteratorReturnSteps(it, value);
    return it.latest.then(steps, steps);
  }
}
delete ReadableStreamAsyncIterator.prototype.constructor;
Object.setPrototypeOf(ReadableStreamAsyncIterator.prototype, AsyncIteratorPrototype);
for (const name of ['next', 'return']) {
  Object.defineProperty(ReadableStreamAsyncIterator.prototype, name, { enumerable: true });
}

function createAsyncIterator(reader, preventCancel) {
  return new ReadableStreamAsyncIterator(reader, preventCancel);
}

class IteratorReadRequest {
  constructor(it) {
    this.it = it;
    this.d = createDeferred();
  }

  chunk(value) {
    this.it.latest = undefined;
    this.d.resolve({ value, done: false });
  }

  close() {
    const it = this.it;
    it.latest = undefined;
    it.finished = true;
    defaultReaderRelease(it.reader);
    this.d.resolve({ done: true, value: undefined });
  }

  error(e) {
    const it = this.it;
    it.latest = undefined;
    it.finished = true;
    defaultReaderRelease(it.reader);
    this.d.reject(e);
  }
}

function iteratorNextSteps(it) {
  if (it.finished) return Promise.resolve({ done: true, value: undefined });
  const reader = it.reader;
  if (reader.stream === undefined) {
    return Promise.reject(new ERR_INVALID_STATE.TypeError('The reader is not attached to a stream'));
  }
  const req = new IteratorReadRequest(it);
  defaultReaderRead(reader, req);
  return req.d.promise;
}

async function iteratorReturnSteps(it, value) {
  if (it.finished) return { done: true, value };
  it.finished = true;
  const reader = it.reader;
  if (reader.stream === undefined) {
    throw new ERR_INVALID_STATE.TypeError('The reader is not attached to a stream');
  }
  if (!it.preventCancel) {
    const result = readableStreamCancel(reader.stream, value);
    defaultReaderRelease(reader);
    await result;
  } else {
    defaultReaderRelease(reader);
  }
  return { done: true, value };
}

// ---------------------------------------------------------------------------
// ReadableStream.from

function getAsyncIterator(obj) {
  if (obj == null) throw new ERR_ARG_NOT_ITERABLE(String(obj));
  const method = obj[Symbol.asyncIterator];
  if (method != null) {
    if (typeof method !== 'function') throw new ERR_ARG_NOT_ITERABLE(obj);
    const iterator = Reflect.apply(method, obj, []);
    if (iterator === null || (typeof iterator !== 'object' && typeof iterator !== 'function')) {
      throw new ERR_INVALID_STATE.TypeError('The iterator method must return an object');
    }
    return { iterator, next: iterator.next };
  }
  const syncMethod = obj[Symbol.iterator];
  if (typeof syncMethod !== 'function') throw new ERR_ARG_NOT_ITERABLE(obj);
  const syncIterator = Reflect.apply(syncMethod, obj, []);
  if (syncIterator === null || (typeof syncIterator !== 'object' && typeof syncIterator !== 'function')) {
    throw new ERR_INVALID_STATE.TypeError('The iterator method must return an object');
  }
  return asyncFromSyncIterator(syncIterator, syncIterator.next);
}

// Like CreateAsyncFromSyncIterator: awaits each value the sync iterator
// yields. Results settle one job (the end two jobs) later than that would,
// as with the async generator Node wraps sync iterables in.
function asyncFromSyncIterator(syncIterator, syncNext) {
  const continuation = (result) => {
    const done = Boolean(result.done);
    const p = Promise.resolve(result.value).then((value) => ({ value, done })).then((r) => r);
    return done ? p.then((r) => r) : p;
  };
  const iterator = {
    next() {
      try {
        const result = Reflect.apply(syncNext, syncIterator, []);
        if (result === null || typeof result !== 'object') throw new TypeError('Iterator result is not an object');
        return continuation(result);
      } catch (err) {
        return Promise.reject(err);
      }
    },
    return(value) {
      try {
        const ret = syncIterator.return;
        if (ret == null) return Promise.resolve({ value, done: true });
        const result = Reflect.apply(ret, syncIterator, [value]);
        if (result === null || typeof result !== 'object') throw new TypeError('Iterator result is not an object');
        return continuation(result);
      } catch (err) {
        return Promise.reject(err);
      }
    },
  };
  return { iterator, next: iterator.next };
}

function readableStreamFromIterable(asyncIterable) {
  const record = getAsyncIterator(asyncIterable);
  let stream;
  const pullAlgorithm = () => {
    let nextResult;
    try {
      nextResult = Reflect.apply(record.next, record.iterator, []);
    } catch (err) {
      return Promise.reject(err);
    }
    // Adopted by a new promise, as Node's pull (an async function called as
    // an underlying source method) is: the next pull starts a job later.
    return promiseResolvedWith(Promise.resolve(nextResult).then((iterResult) => {
      if (iterResult === null || typeof iterResult !== 'object') {
        throw new ERR_INVALID_STATE.TypeError('The iterator.next() method must return an object');
      }
      const c = stream.controller;
      if (iterResult.done) defaultControllerClose(c);
      else defaultControllerEnqueue(c, iterResult.value);
    }));
  };
  const cancelAlgorithm = (reason) => {
    const iterator = record.iterator;
    let returnResult;
    try {
      const returnMethod = iterator.return;
      if (returnMethod == null) return promiseResolvedWith(resolvedUndefined);
      returnResult = Reflect.apply(returnMethod, iterator, [reason]);
    } catch (err) {
      return Promise.reject(err);
    }
    return promiseResolvedWith(returnResult).then((iterResult) => {
      if (iterResult === null || typeof iterResult !== 'object') {
        throw new ERR_INVALID_STATE.TypeError('The iterator.return() method must return an object');
      }
    });
  };
  stream = createReadableStream(noop, pullAlgorithm, cancelAlgorithm, 0);
  return stream;
}

for (const cls of [ReadableStream, ReadableStreamDefaultReader, ReadableStreamDefaultController]) {
  makeWebIDL(cls);
  Object.defineProperty(cls.prototype, kInspect, { enumerable: false });
}

module.exports.ReadableStream = ReadableStream;
module.exports.ReadableStreamDefaultReader = ReadableStreamDefaultReader;
module.exports.ReadableStreamDefaultController = ReadableStreamDefaultController;
