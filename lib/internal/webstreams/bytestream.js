'use strict';
// Readable byte streams: ReadableByteStreamController,
// ReadableStreamBYOBRequest and ReadableStreamBYOBReader, with their
// abstract operations (WHATWG Streams). Bytes handed to the stream are
// transferred: the caller's ArrayBuffer is detached, as the spec says.

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_STATE, ERR_INVALID_THIS, ERR_ILLEGAL_CONSTRUCTOR,
    ERR_OUT_OF_RANGE },
} = require('internal/errors');
const { validateObject } = require('internal/validators');
const {
  kInspect, kCreate, noop, createDeferred, promiseResolvedWith, promiseCall, getMethod, Queue, resetQueue, isTypedArray,
  isArrayBufferView, viewBuffer, viewByteOffset, viewByteLength, viewLength, bufferByteLength, isDetached,
  transferArrayBuffer, viewKind, copyBytes,
} = require('internal/webstreams/util');

// See the note in readablestream.js: exports first, then the cycle.
module.exports = {
  setUpByteControllerFromSource,
  setUpByteController,
  acquireBYOBReader,
  byteControllerCancelSteps,
  byteControllerPullSteps,
  byteControllerReleaseSteps,
  byteControllerClose,
  byteControllerEnqueue,
  byteControllerError,
  byteControllerRespond,
  byteControllerRespondWithNewView,
  byteControllerGetBYOBRequest,
  byobReaderRead,
  byobReaderRelease,
};

const rs = require('internal/webstreams/readablestream');

const resolvedUndefined = Promise.resolve();

function closedError() { return new ERR_INVALID_STATE.TypeError('Controller is already closed'); }
function streamClosedError() { return new ERR_INVALID_STATE.TypeError('ReadableStream is already closed'); }

// ---------------------------------------------------------------------------
// ReadableStreamBYOBRequest: a record { pub, controller, view }.

let requestRecordOf;

class ReadableStreamBYOBRequest {
  #q;

  static {
    requestRecordOf = (v) => (v !== null && typeof v === 'object' && #q in v ? v.#q : undefined);
  }

  constructor(token = undefined, record = undefined) {
    if (token !== kCreate) throw new ERR_ILLEGAL_CONSTRUCTOR();
    this.#q = record;
    record.pub = this;
  }

  get view() {
    return thisRequest(this).view;
  }

  respond(bytesWritten) {
    const q = thisRequest(this);
    if (q.controller === undefined) {
      throw new ERR_INVALID_STATE.TypeError('This BYOB request has been invalidated');
    }
    if (isDetached(viewBuffer(q.view))) {
      throw new ERR_INVALID_STATE.TypeError('Viewed ArrayBuffer is detached');
    }
    const n = +bytesWritten;
    if (!Number.isInteger(n) || n < 0) throw new ERR_INVALID_ARG_VALUE('bytesWritten', bytesWritten);
    byteControllerRespond(q.controller, n, bytesWritten);
  }

  respondWithNewView(view) {
    const q = thisRequest(this);
    if (q.controller === undefined) {
      throw new ERR_INVALID_STATE.TypeError('This BYOB request has been invalidated');
    }
    if (!isArrayBufferView(view)) {
      throw new ERR_INVALID_ARG_TYPE('view', ['Buffer', 'TypedArray', 'DataView'], view);
    }
    if (isDetached(viewBuffer(view))) throw new ERR_INVALID_STATE.TypeError('Viewed ArrayBuffer is detached');
    byteControllerRespondWithNewView(q.controller, view);
  }

  [kInspect](depth, options, inspect) {
    const q = requestRecordOf(this);
    if (q === undefined) return this;
    return rs.inspectStream(this, 'ReadableStreamBYOBRequest', {
      view: q.view,
      controller: q.controller?.pub,
    }, depth, options, inspect);
  }
}

function thisRequest(v) {
  const q = requestRecordOf(v);
  if (q === undefined) throw new ERR_INVALID_THIS('ReadableStreamBYOBRequest');
  return q;
}

// ---------------------------------------------------------------------------
// ReadableByteStreamController

let byteControllerRecordOf;

class ReadableByteStreamController {
  #c;

  static {
    byteControllerRecordOf = (v) => (v !== null && typeof v === 'object' && #c in v ? v.#c : undefined);
  }

  constructor(token = undefined, record = undefined) {
    if (token !== kCreate) throw new ERR_ILLEGAL_CONSTRUCTOR();
    this.#c = record;
    record.pub = this;
  }

  get byobRequest() {
    const q = byteControllerGetBYOBRequest(thisController(this));
    return q === null ? null : q.pub;
  }

  get desiredSize() {
    return byteControllerGetDesiredSize(thisController(this));
  }

  close() {
    const c = thisController(this);
    if (c.closeRequested) throw closedError();
    if (c.stream.state !== 'readable') throw streamClosedError();
    byteControllerClose(c);
  }

  enqueue(chunk) {
    const c = thisController(this);
    if (!isArrayBufferView(chunk)) {
      throw new ERR_INVALID_ARG_TYPE('buffer', ['Buffer', 'TypedArray', 'DataView'], chunk);
    }
    const buffer = viewBuffer(chunk);
    if (viewByteLength(chunk) === 0 || bufferByteLength(buffer) === 0) {
      throw new ERR_INVALID_STATE.TypeError('chunk ArrayBuffer is zero-length or detached');
    }
    if (c.closeRequested) throw closedError();
    if (c.stream.state !== 'readable') throw streamClosedError();
    byteControllerEnqueue(c, chunk);
  }

  error(e = undefined) {
    byteControllerError(thisController(this), e);
  }

  [kInspect](depth, options, inspect) {
    return rs.inspectStream(this, 'ReadableByteStreamController', {}, depth, options, inspect);
  }
}

function thisController(v) {
  const c = byteControllerRecordOf(v);
  if (c === undefined) throw new ERR_INVALID_THIS('ReadableByteStreamController');
  return c;
}

function newByteControllerRecord() {
  return {
    pub: undefined, byte: true, stream: undefined, queue: undefined, queueTotalSize: 0, started: false,
    closeRequested: false, pullAgain: false, pulling: false, hwm: 0, pullAlgorithm: undefined,
    cancelAlgorithm: undefined, autoAllocateChunkSize: undefined, pendingPullIntos: new Queue(),
    byobRequest: null,
  };
}

function setUpByteController(stream, startAlgorithm, pullAlgorithm, cancelAlgorithm, hwm, autoAllocateChunkSize,
  c = newByteControllerRecord()) {
  c.stream = stream;
  c.pullAgain = c.pulling = false;
  c.byobRequest = null;
  resetQueue(c);
  c.closeRequested = c.started = false;
  c.hwm = hwm;
  c.pullAlgorithm = pullAlgorithm;
  c.cancelAlgorithm = cancelAlgorithm;
  c.autoAllocateChunkSize = autoAllocateChunkSize;
  c.pendingPullIntos = new Queue();
  stream.controller = c;
  if (c.pub === undefined) new ReadableByteStreamController(kCreate, c);
  const startResult = startAlgorithm();
  promiseResolvedWith(startResult).then(() => {
    c.started = true;
    byteControllerCallPullIfNeeded(c);
  }, (r) => byteControllerError(c, r));
}

function setUpByteControllerFromSource(stream, source, hwm) {
  const c = newByteControllerRecord();
  new ReadableByteStreamController(kCreate, c);
  const start = getMethod(source, 'start', 'source');
  const pull = getMethod(source, 'pull', 'source');
  const cancel = getMethod(source, 'cancel', 'source');
  let autoAllocateChunkSize = source.autoAllocateChunkSize;
  if (autoAllocateChunkSize !== undefined) {
    const n = +autoAllocateChunkSize;
    if (!Number.isInteger(n) || n <= 0) {
      throw new ERR_INVALID_ARG_VALUE('source.autoAllocateChunkSize', autoAllocateChunkSize);
    }
    autoAllocateChunkSize = n;
  }
  const startAlgorithm = start ? () => Reflect.apply(start, source, [c.pub]) : noop;
  const pullAlgorithm = pull ? () => promiseCall(pull, source, c.pub) : () => resolvedUndefined;
  const cancelAlgorithm = cancel ? (reason) => promiseCall(cancel, source, reason) : () => resolvedUndefined;
  setUpByteController(stream, startAlgorithm, pullAlgorithm, cancelAlgorithm, hwm, autoAllocateChunkSize, c);
}

function byteControllerCallPullIfNeeded(c) {
  if (!byteControllerShouldCallPull(c)) return;
  if (c.pulling) {
    c.pullAgain = true;
    return;
  }
  c.pulling = true;
  c.pullAlgorithm().then(() => {
    c.pulling = false;
    if (c.pullAgain) {
      c.pullAgain = false;
      byteControllerCallPullIfNeeded(c);
    }
  }, (e) => byteControllerError(c, e));
}

function byteControllerShouldCallPull(c) {
  const stream = c.stream;
  if (stream.state !== 'readable' || c.closeRequested || !c.started) return false;
  if (rs.readableStreamHasDefaultReader(stream) && rs.readableStreamGetNumReadRequests(stream) > 0) return true;
  if (hasBYOBReader(stream) && stream.reader.requests.length > 0) return true;
  return byteControllerGetDesiredSize(c) > 0;
}

function byteControllerClearAlgorithms(c) {
  c.pullAlgorithm = undefined;
  c.cancelAlgorithm = undefined;
}

function byteControllerClearPendingPullIntos(c) {
  byteControllerInvalidateBYOBRequest(c);
  c.pendingPullIntos = new Queue();
}

function byteControllerClose(c) {
  const stream = c.stream;
  if (c.closeRequested || stream.state !== 'readable') return;
  if (c.queueTotalSize > 0) {
    c.closeRequested = true;
    return;
  }
  if (c.pendingPullIntos.length > 0) {
    const first = c.pendingPullIntos.peek();
    if (first.bytesFilled % first.elementSize !== 0) {
      const e = new ERR_INVALID_STATE.TypeError('Partial read');
      byteControllerError(c, e);
      throw e;
    }
  }
  byteControllerClearAlgorithms(c);
  rs.readableStreamClose(stream);
}

function commitPullIntoDescriptor(stream, pid) {
  let done = false;
  if (stream.state === 'closed') done = true;
  const filledView = convertPullIntoDescriptor(pid);
  if (pid.readerType === 'default') {
    rs.readableStreamFulfillReadRequest(stream, filledView, done);
  } else {
    const req = stream.reader.requests.shift();
    if (done) req.close(filledView);
    else req.chunk(filledView);
  }
}

function convertPullIntoDescriptor(pid) {
  const buffer = transferArrayBuffer(pid.buffer);
  return new pid.viewConstructor(buffer, pid.byteOffset, pid.bytesFilled / pid.elementSize);
}

function byteControllerEnqueue(c, chunk) {
  const stream = c.stream;
  if (c.closeRequested || stream.state !== 'readable') return;
  const buffer = viewBuffer(chunk);
  const byteOffset = viewByteOffset(chunk);
  const byteLength = viewByteLength(chunk);
  if (isDetached(buffer)) throw new ERR_INVALID_STATE.TypeError('chunk ArrayBuffer is zero-length or detached');
  const transferred = transferArrayBuffer(buffer);
  if (c.pendingPullIntos.length > 0) {
    const first = c.pendingPullIntos.peek();
    if (isDetached(first.buffer)) {
      throw new ERR_INVALID_STATE.TypeError('The BYOB request\'s buffer has been detached');
    }
    byteControllerInvalidateBYOBRequest(c);
    first.buffer = transferArrayBuffer(first.buffer);
    if (first.readerType === 'none') enqueueDetachedPullIntoToQueue(c, first);
  }
  if (rs.readableStreamHasDefaultReader(stream)) {
    processReadRequestsUsingQueue(c);
    if (rs.readableStreamGetNumReadRequests(stream) === 0) {
      enqueueChunkToQueue(c, transferred, byteOffset, byteLength);
    } else {
      if (c.pendingPullIntos.length > 0) shiftPendingPullInto(c);
      rs.readableStreamFulfillReadRequest(stream, new Uint8Array(transferred, byteOffset, byteLength), false);
    }
  } else if (hasBYOBReader(stream)) {
    enqueueChunkToQueue(c, transferred, byteOffset, byteLength);
    const filled = processPullIntoDescriptorsUsingQueue(c);
    for (const pid of filled) commitPullIntoDescriptor(stream, pid);
  } else {
    enqueueChunkToQueue(c, transferred, byteOffset, byteLength);
  }
  byteControllerCallPullIfNeeded(c);
}

function enqueueChunkToQueue(c, buffer, byteOffset, byteLength) {
  c.queue.push({ buffer, byteOffset, byteLength });
  c.queueTotalSize += byteLength;
}

function enqueueClonedChunkToQueue(c, buffer, byteOffset, byteLength) {
  let clone;
  try {
    clone = buffer.slice(byteOffset, byteOffset + byteLength);
  } catch (e) {
    byteControllerError(c, e);
    throw e;
  }
  enqueueChunkToQueue(c, clone, 0, byteLength);
}

function enqueueDetachedPullIntoToQueue(c, pid) {
  if (pid.bytesFilled > 0) enqueueClonedChunkToQueue(c, pid.buffer, pid.byteOffset, pid.bytesFilled);
  shiftPendingPullInto(c);
}

function byteControllerError(c, e) {
  const stream = c.stream;
  if (stream.state !== 'readable') return;
  byteControllerClearPendingPullIntos(c);
  resetQueue(c);
  byteControllerClearAlgorithms(c);
  rs.readableStreamError(stream, e);
}

// Copies queued bytes into the descriptor; true when it reached its minimum.
function fillPullIntoDescriptorFromQueue(c, pid) {
  const maxBytesToCopy = Math.min(c.queueTotalSize, pid.byteLength - pid.bytesFilled);
  const maxBytesFilled = pid.bytesFilled + maxBytesToCopy;
  let totalBytesToCopyRemaining = maxBytesToCopy;
  let ready = false;
  const maxAlignedBytes = maxBytesFilled - (maxBytesFilled % pid.elementSize);
  if (maxAlignedBytes >= pid.minimumFill) {
    totalBytesToCopyRemaining = maxAlignedBytes - pid.bytesFilled;
    ready = true;
  }
  const queue = c.queue;
  while (totalBytesToCopyRemaining > 0) {
    const head = queue.peek();
    const bytesToCopy = Math.min(totalBytesToCopyRemaining, head.byteLength);
    const destStart = pid.byteOffset + pid.bytesFilled;
    copyBytes(pid.buffer, destStart, head.buffer, head.byteOffset, bytesToCopy);
    if (head.byteLength === bytesToCopy) {
      queue.shift();
    } else {
      head.byteOffset += bytesToCopy;
      head.byteLength -= bytesToCopy;
    }
    c.queueTotalSize -= bytesToCopy;
    pid.bytesFilled += bytesToCopy;
    totalBytesToCopyRemaining -= bytesToCopy;
  }
  return ready;
}

function fillReadRequestFromQueue(c, readRequest) {
  const entry = c.queue.shift();
  c.queueTotalSize -= entry.byteLength;
  handleQueueDrain(c);
  readRequest.chunk(new Uint8Array(entry.buffer, entry.byteOffset, entry.byteLength));
}

function byteControllerGetBYOBRequest(c) {
  if (c.byobRequest === null && c.pendingPullIntos.length > 0) {
    const first = c.pendingPullIntos.peek();
    const view = new Uint8Array(first.buffer, first.byteOffset + first.bytesFilled,
      first.byteLength - first.bytesFilled);
    const q = { pub: undefined, controller: c, view };
    new ReadableStreamBYOBRequest(kCreate, q);
    c.byobRequest = q;
  }
  return c.byobRequest;
}

function byteControllerGetDesiredSize(c) {
  const state = c.stream.state;
  if (state === 'errored') return null;
  if (state === 'closed') return 0;
  return c.hwm - c.queueTotalSize;
}

function handleQueueDrain(c) {
  if (c.queueTotalSize === 0 && c.closeRequested) {
    byteControllerClearAlgorithms(c);
    rs.readableStreamClose(c.stream);
  } else {
    byteControllerCallPullIfNeeded(c);
  }
}

function byteControllerInvalidateBYOBRequest(c) {
  const q = c.byobRequest;
  if (q === null) return;
  q.controller = undefined;
  q.view = null;
  c.byobRequest = null;
}

function processPullIntoDescriptorsUsingQueue(c) {
  const filled = [];
  while (c.pendingPullIntos.length > 0) {
    if (c.queueTotalSize === 0) break;
    const pid = c.pendingPullIntos.peek();
    if (fillPullIntoDescriptorFromQueue(c, pid)) {
      shiftPendingPullInto(c);
      filled.push(pid);
    }
  }
  return filled;
}

function processReadRequestsUsingQueue(c) {
  const requests = c.stream.reader.requests;
  while (requests.length > 0) {
    if (c.queueTotalSize === 0) return;
    fillReadRequestFromQueue(c, requests.shift());
  }
}

function byteControllerPullInto(c, view, min, readIntoRequest) {
  const stream = c.stream;
  const [ctor, elementSize] = viewKind(view);
  const byteOffset = viewByteOffset(view);
  const byteLength = viewByteLength(view);
  let buffer;
  try {
    buffer = transferArrayBuffer(viewBuffer(view));
  } catch (e) {
    readIntoRequest.error(e);
    return;
  }
  const pid = {
    buffer, bufferByteLength: bufferByteLength(buffer), byteOffset, byteLength, bytesFilled: 0,
    minimumFill: min * elementSize, elementSize, viewConstructor: ctor, readerType: 'byob',
  };
  if (c.pendingPullIntos.length > 0) {
    c.pendingPullIntos.push(pid);
    stream.reader.requests.push(readIntoRequest);
    return;
  }
  if (stream.state === 'closed') {
    readIntoRequest.close(new ctor(pid.buffer, pid.byteOffset, 0));
    return;
  }
  if (c.queueTotalSize > 0) {
    if (fillPullIntoDescriptorFromQueue(c, pid)) {
      const filledView = convertPullIntoDescriptor(pid);
      handleQueueDrain(c);
      readIntoRequest.chunk(filledView);
      return;
    }
    if (c.closeRequested) {
      const e = new ERR_INVALID_STATE.TypeError('ReadableStream closed');
      byteControllerError(c, e);
      readIntoRequest.error(e);
      return;
    }
  }
  c.pendingPullIntos.push(pid);
  stream.reader.requests.push(readIntoRequest);
  byteControllerCallPullIfNeeded(c);
}

// `original` is what the caller passed, for the error message.
function byteControllerRespond(c, bytesWritten, original = bytesWritten) {
  const first = c.pendingPullIntos.peek();
  if (c.stream.state === 'closed') {
    if (bytesWritten !== 0) throw new ERR_INVALID_ARG_VALUE('bytesWritten', original);
  } else {
    if (bytesWritten === 0) throw new ERR_INVALID_ARG_VALUE('bytesWritten', original);
    if (first.bytesFilled + bytesWritten > first.byteLength) {
      throw new ERR_INVALID_ARG_VALUE.RangeError('bytesWritten', original);
    }
  }
  first.buffer = transferArrayBuffer(first.buffer);
  byteControllerRespondInternal(c, bytesWritten);
}

function respondInClosedState(c, first) {
  if (first.readerType === 'none') shiftPendingPullInto(c);
  const stream = c.stream;
  if (hasBYOBReader(stream)) {
    const filled = [];
    while (filled.length < stream.reader.requests.length) filled.push(shiftPendingPullInto(c));
    for (const pid of filled) commitPullIntoDescriptor(stream, pid);
  }
}

function respondInReadableState(c, bytesWritten, pid) {
  pid.bytesFilled += bytesWritten;
  if (pid.readerType === 'none') {
    enqueueDetachedPullIntoToQueue(c, pid);
    for (const filled of processPullIntoDescriptorsUsingQueue(c)) commitPullIntoDescriptor(c.stream, filled);
    return;
  }
  if (pid.bytesFilled < pid.minimumFill) return;
  shiftPendingPullInto(c);
  const remainderSize = pid.bytesFilled % pid.elementSize;
  if (remainderSize > 0) {
    const end = pid.byteOffset + pid.bytesFilled;
    enqueueClonedChunkToQueue(c, pid.buffer, end - remainderSize, remainderSize);
  }
  pid.bytesFilled -= remainderSize;
  const filled = processPullIntoDescriptorsUsingQueue(c);
  commitPullIntoDescriptor(c.stream, pid);
  for (const other of filled) commitPullIntoDescriptor(c.stream, other);
}

function byteControllerRespondInternal(c, bytesWritten) {
  const first = c.pendingPullIntos.peek();
  byteControllerInvalidateBYOBRequest(c);
  if (c.stream.state === 'closed') respondInClosedState(c, first);
  else respondInReadableState(c, bytesWritten, first);
  byteControllerCallPullIfNeeded(c);
}

function byteControllerRespondWithNewView(c, view) {
  const first = c.pendingPullIntos.peek();
  const byteLength = viewByteLength(view);
  if (c.stream.state === 'closed') {
    if (byteLength !== 0) throw new ERR_INVALID_STATE.TypeError('View is not zero-length');
  } else if (byteLength === 0) {
    throw new ERR_INVALID_STATE.TypeError('View is zero-length');
  }
  const buffer = viewBuffer(view);
  if (first.byteOffset + first.bytesFilled !== viewByteOffset(view) ||
      first.bufferByteLength !== bufferByteLength(buffer) ||
      first.bytesFilled + byteLength > first.byteLength) {
    throw new ERR_INVALID_ARG_VALUE.RangeError('view', view);
  }
  first.buffer = transferArrayBuffer(buffer);
  byteControllerRespondInternal(c, byteLength);
}

function shiftPendingPullInto(c) {
  return c.pendingPullIntos.shift();
}

function byteControllerCancelSteps(c, reason) {
  byteControllerClearPendingPullIntos(c);
  resetQueue(c);
  const result = c.cancelAlgorithm(reason);
  byteControllerClearAlgorithms(c);
  return result;
}

function byteControllerPullSteps(c, readRequest) {
  const stream = c.stream;
  if (c.queueTotalSize > 0) {
    fillReadRequestFromQueue(c, readRequest);
    return;
  }
  const size = c.autoAllocateChunkSize;
  if (size !== undefined) {
    let buffer;
    try {
      buffer = new ArrayBuffer(size);
    } catch (e) {
      readRequest.error(e);
      return;
    }
    c.pendingPullIntos.push({
      buffer, bufferByteLength: size, byteOffset: 0, byteLength: size, bytesFilled: 0, minimumFill: 1,
      elementSize: 1, viewConstructor: Uint8Array, readerType: 'default',
    });
  }
  rs.readableStreamAddReadRequest(stream, readRequest);
  byteControllerCallPullIfNeeded(c);
}

function byteControllerReleaseSteps(c) {
  if (c.pendingPullIntos.length > 0) {
    const first = c.pendingPullIntos.peek();
    first.readerType = 'none';
    c.pendingPullIntos = new Queue();
    c.pendingPullIntos.push(first);
  }
}

// ---------------------------------------------------------------------------
// ReadableStreamBYOBReader

function hasBYOBReader(stream) {
  return stream.reader !== undefined && stream.reader.byob;
}

function acquireBYOBReader(stream) {
  const reader = { pub: undefined, byob: true, stream: undefined, closed: undefined, requests: new Queue() };
  new ReadableStreamBYOBReader(kCreate, reader);
  setUpBYOBReader(reader, stream);
  return reader;
}

function setUpBYOBReader(reader, stream) {
  if (rs.isReadableStreamLocked(stream)) throw new ERR_INVALID_STATE.TypeError('ReadableStream is locked');
  if (!stream.controller.byte) throw new ERR_INVALID_ARG_VALUE('stream', stream.pub, 'must be a byte stream');
  rs.readerGenericInitialize(reader, stream);
}

function byobReaderRead(reader, view, min, readIntoRequest) {
  const stream = reader.stream;
  stream.disturbed = true;
  if (stream.state === 'errored') readIntoRequest.error(stream.storedError);
  else byteControllerPullInto(stream.controller, view, min, readIntoRequest);
}

function byobReaderRelease(reader) {
  rs.readerGenericRelease(reader);
  const err = new ERR_INVALID_STATE.TypeError('Releasing reader');
  for (const req of reader.requests.drain()) req.error(err);
}

class PromiseReadIntoRequest {
  constructor() {
    this.d = createDeferred();
  }

  chunk(value) { this.d.resolve({ value, done: false }); }
  close(value) { this.d.resolve({ value, done: true }); }
  error(e) { this.d.reject(e); }
}

let byobReaderRecordOf;

class ReadableStreamBYOBReader {
  #r;

  static {
    byobReaderRecordOf = (v) => (v !== null && typeof v === 'object' && #r in v ? v.#r : undefined);
  }

  constructor(stream) {
    if (stream === kCreate) {
      this.#r = arguments[1];
      this.#r.pub = this;
      return;
    }
    const s = rs.readableStreamRecord(stream);
    if (s === undefined) throw new ERR_INVALID_ARG_TYPE('stream', 'ReadableStream', stream);
    const reader = this.#r = { pub: this, byob: true, stream: undefined, closed: undefined, requests: new Queue() };
    setUpBYOBReader(reader, s);
  }

  // An async function in Node too: the result adopts the read's promise,
  // which costs two jobs that user code can observe.
  async read(view = undefined, options = undefined) {
    const reader = byobReaderRecordOf(this);
    if (reader === undefined) throw new ERR_INVALID_THIS('ReadableStreamBYOBReader');
    if (!isArrayBufferView(view)) {
      throw new ERR_INVALID_ARG_TYPE('view', ['Buffer', 'TypedArray', 'DataView'], view);
    }
    const buffer = viewBuffer(view);
    if (viewByteLength(view) === 0 || bufferByteLength(buffer) === 0 || isDetached(buffer)) {
      throw new ERR_INVALID_STATE.TypeError('View or Viewed ArrayBuffer is zero-length or detached');
    }
    if (options === undefined) options = {};
    validateObject(options, 'options', { allowFunction: true, allowArray: true });
    let min = 1;
    if (options.min !== undefined) min = +options.min;
    if (!(min > 0) || !Number.isInteger(min)) {
      throw new ERR_INVALID_ARG_VALUE('options.min', options.min, 'must be greater than 0');
    }
    if (isTypedArray(view)) {
      if (min > viewLength(view)) throw new ERR_OUT_OF_RANGE('options.min', '<= view.length', min);
    } else if (min > viewByteLength(view)) {
      throw new ERR_OUT_OF_RANGE('options.min', '<= view.byteLength', min);
    }
    if (reader.stream === undefined) {
      throw new ERR_INVALID_STATE.TypeError('The reader is not attached to a stream');
    }
    const req = new PromiseReadIntoRequest();
    byobReaderRead(reader, view, min, req);
    return req.d.promise;
  }

  releaseLock() {
    const reader = byobReaderRecordOf(this);
    if (reader === undefined) throw new ERR_INVALID_THIS('ReadableStreamBYOBReader');
    if (reader.stream === undefined) return;
    byobReaderRelease(reader);
  }

  get closed() {
    const reader = byobReaderRecordOf(this);
    if (reader === undefined) return Promise.reject(new ERR_INVALID_THIS('ReadableStreamBYOBReader'));
    return reader.closed.promise;
  }

  cancel(reason = undefined) {
    const reader = byobReaderRecordOf(this);
    if (reader === undefined) return Promise.reject(new ERR_INVALID_THIS('ReadableStreamBYOBReader'));
    if (reader.stream === undefined) {
      return Promise.reject(new ERR_INVALID_STATE.TypeError('The reader is not attached to a stream'));
    }
    return rs.readableStreamCancel(reader.stream, reason);
  }

  [kInspect](depth, options, inspect) {
    const reader = byobReaderRecordOf(this);
    if (reader === undefined) return this;
    return rs.inspectStream(this, 'ReadableStreamBYOBReader', {
      stream: reader.stream?.pub,
      readIntoRequests: reader.requests.length,
      close: reader.closed.promise,
    }, depth, options, inspect);
  }
}

for (const cls of [ReadableStreamBYOBRequest, ReadableByteStreamController, ReadableStreamBYOBReader]) {
  rs.makeWebIDL(cls);
  Object.defineProperty(cls.prototype, kInspect, { enumerable: false });
}

module.exports.ReadableStreamBYOBRequest = ReadableStreamBYOBRequest;
module.exports.ReadableByteStreamController = ReadableByteStreamController;
module.exports.ReadableStreamBYOBReader = ReadableStreamBYOBReader;
