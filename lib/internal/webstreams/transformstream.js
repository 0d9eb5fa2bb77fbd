'use strict';
// TransformStream and TransformStreamDefaultController (WHATWG Streams).
// A transform record is { pub, readable, writable, backpressure,
// backpressureChange, controller }, where readable and writable are the
// records of its two streams.

const {
  codes: { ERR_INVALID_ARG_VALUE, ERR_INVALID_STATE, ERR_INVALID_THIS, ERR_ILLEGAL_CONSTRUCTOR },
} = require('internal/errors');
const { validateObject } = require('internal/validators');
const {
  kInspect, kCreate, createDeferred, promiseCall, getMethod, extractHighWaterMark, extractSizeAlgorithm,
} = require('internal/webstreams/util');
const rs = require('internal/webstreams/readablestream');
const ws = require('internal/webstreams/writablestream');

const resolvedUndefined = Promise.resolve();

let transformRecordOf;

class TransformStream {
  #t;

  static {
    transformRecordOf = (v) => (v !== null && typeof v === 'object' && #t in v ? v.#t : undefined);
  }

  constructor(transformer = undefined, writableStrategy = undefined, readableStrategy = undefined) {
    if (transformer === kCreate) {
      this.#t = writableStrategy;
      writableStrategy.pub = this;
      return;
    }
    if (transformer === undefined) transformer = {};
    validateObject(transformer, 'transformer', { allowFunction: true, allowArray: true });
    if (writableStrategy == null) writableStrategy = {};
    validateObject(writableStrategy, 'writableStrategy', { allowFunction: true, allowArray: true });
    if (readableStrategy == null) readableStrategy = {};
    validateObject(readableStrategy, 'readableStrategy', { allowFunction: true, allowArray: true });
    if (transformer.readableType !== undefined) {
      throw new ERR_INVALID_ARG_VALUE.RangeError('transformer.readableType', transformer.readableType);
    }
    if (transformer.writableType !== undefined) {
      throw new ERR_INVALID_ARG_VALUE.RangeError('transformer.writableType', transformer.writableType);
    }
    const readableHWM = extractHighWaterMark(readableStrategy, 0);
    const readableSize = extractSizeAlgorithm(readableStrategy);
    const writableHWM = extractHighWaterMark(writableStrategy, 1);
    const writableSize = extractSizeAlgorithm(writableStrategy);
    const start = getMethod(transformer, 'start', 'transformer');
    const transform = getMethod(transformer, 'transform', 'transformer');
    const flush = getMethod(transformer, 'flush', 'transformer');
    const cancel = getMethod(transformer, 'cancel', 'transformer');
    const startPromise = createDeferred();
    const t = this.#t = { pub: this };
    initializeTransformStream(t, startPromise.promise, writableHWM, writableSize, readableHWM, readableSize);
    const c = newControllerRecord();
    new TransformStreamDefaultController(kCreate, c);
    const transformAlgorithm = transform ?
      (chunk) => promiseCall(transform, transformer, chunk, c.pub) :
      (chunk) => {
        try {
          controllerEnqueue(c, chunk);
          return resolvedUndefined;
        } catch (err) {
          return Promise.reject(err);
        }
      };
    const flushAlgorithm = flush ? () => promiseCall(flush, transformer, c.pub) : () => resolvedUndefined;
    const cancelAlgorithm = cancel ? (reason) => promiseCall(cancel, transformer, reason) : () => resolvedUndefined;
    setUpController(t, c, transformAlgorithm, flushAlgorithm, cancelAlgorithm);
    if (start) startPromise.resolve(Reflect.apply(start, transformer, [c.pub]));
    else startPromise.resolve(undefined);
  }

  get readable() {
    return thisTransform(this).readable.pub;
  }

  get writable() {
    return thisTransform(this).writable.pub;
  }

  [kInspect](depth, options, inspect) {
    const t = transformRecordOf(this);
    if (t === undefined) return this;
    return rs.inspectStream(this, 'TransformStream', {
      readable: t.readable.pub,
      writable: t.writable.pub,
      backpressure: t.backpressure,
    }, depth, options, inspect);
  }
}

function thisTransform(v) {
  const t = transformRecordOf(v);
  if (t === undefined) throw new ERR_INVALID_THIS('TransformStream');
  return t;
}

function initializeTransformStream(t, startPromise, writableHWM, writableSize, readableHWM, readableSize) {
  const startAlgorithm = () => startPromise;
  t.writable = ws.createWritableStream(startAlgorithm, (chunk) => sinkWriteAlgorithm(t, chunk),
    () => sinkCloseAlgorithm(t), (reason) => sinkAbortAlgorithm(t, reason), writableHWM, writableSize);
  t.readable = rs.createReadableStream(startAlgorithm, () => sourcePullAlgorithm(t),
    (reason) => sourceCancelAlgorithm(t, reason), readableHWM, readableSize);
  t.backpressure = undefined;
  t.backpressureChange = undefined;
  setBackpressure(t, true);
  t.controller = undefined;
}

function transformStreamError(t, e) {
  rs.defaultControllerError(t.readable.controller, e);
  errorWritableAndUnblockWrite(t, e);
}

function errorWritableAndUnblockWrite(t, e) {
  controllerClearAlgorithms(t.controller);
  ws.controllerErrorIfNeeded(t.writable.controller, e);
  unblockWrite(t);
}

function unblockWrite(t) {
  if (t.backpressure) setBackpressure(t, false);
}

function setBackpressure(t, backpressure) {
  if (t.backpressureChange !== undefined) t.backpressureChange.resolve(undefined);
  t.backpressureChange = createDeferred();
  t.backpressure = backpressure;
}

// ---------------------------------------------------------------------------
// TransformStreamDefaultController: a record { pub, stream, transformAlgorithm,
// flushAlgorithm, cancelAlgorithm, finishPromise }.

function newControllerRecord() {
  return {
    pub: undefined, stream: undefined, transformAlgorithm: undefined, flushAlgorithm: undefined,
    cancelAlgorithm: undefined, finishPromise: undefined,
  };
}

let controllerRecordOf;

class TransformStreamDefaultController {
  #c;

  static {
    controllerRecordOf = (v) => (v !== null && typeof v === 'object' && #c in v ? v.#c : undefined);
  }

  constructor(token = undefined, record = undefined) {
    if (token !== kCreate) throw new ERR_ILLEGAL_CONSTRUCTOR();
    this.#c = record;
    record.pub = this;
  }

  get desiredSize() {
    const c = thisController(this);
    return rs.defaultControllerGetDesiredSize(c.stream.readable.controller);
  }

  enqueue(chunk = undefined) {
    controllerEnqueue(thisController(this), chunk);
  }

  error(reason = undefined) {
    transformStreamError(thisController(this).stream, reason);
  }

  terminate() {
    controllerTerminate(thisController(this));
  }

  [kInspect](depth, options, inspect) {
    const c = controllerRecordOf(this);
    if (c === undefined) return this;
    return rs.inspectStream(this, 'TransformStreamDefaultController', { stream: c.stream.pub },
      depth, options, inspect);
  }
}

function thisController(v) {
  const c = controllerRecordOf(v);
  if (c === undefined) throw new ERR_INVALID_THIS('TransformStreamDefaultController');
  return c;
}

function setUpController(t, c, transformAlgorithm, flushAlgorithm, cancelAlgorithm) {
  c.stream = t;
  t.controller = c;
  c.transformAlgorithm = transformAlgorithm;
  c.flushAlgorithm = flushAlgorithm;
  c.cancelAlgorithm = cancelAlgorithm;
}

function controllerClearAlgorithms(c) {
  c.transformAlgorithm = undefined;
  c.flushAlgorithm = undefined;
  c.cancelAlgorithm = undefined;
}

function controllerEnqueue(c, chunk) {
  const t = c.stream;
  const rc = t.readable.controller;
  if (!rs.defaultControllerCanCloseOrEnqueue(rc)) throw new ERR_INVALID_STATE.TypeError('Unable to enqueue');
  try {
    rs.defaultControllerEnqueue(rc, chunk);
  } catch (e) {
    errorWritableAndUnblockWrite(t, e);
    throw t.readable.storedError;
  }
  const backpressure = rs.defaultControllerHasBackpressure(rc);
  if (backpressure !== t.backpressure) setBackpressure(t, true);
}

function controllerPerformTransform(c, chunk) {
  return c.transformAlgorithm(chunk).then(undefined, (r) => {
    transformStreamError(c.stream, r);
    throw r;
  });
}

function controllerTerminate(c) {
  const t = c.stream;
  rs.defaultControllerClose(t.readable.controller);
  errorWritableAndUnblockWrite(t, new ERR_INVALID_STATE.TypeError('TransformStream has been terminated'));
}

// ---------------------------------------------------------------------------
// The algorithms behind the two sides.

function sinkWriteAlgorithm(t, chunk) {
  const c = t.controller;
  if (t.backpressure) {
    return t.backpressureChange.promise.then(() => {
      const writable = t.writable;
      if (writable.state === 'erroring') throw writable.storedError;
      return controllerPerformTransform(c, chunk);
    });
  }
  return controllerPerformTransform(c, chunk);
}

function sinkAbortAlgorithm(t, reason) {
  const c = t.controller;
  if (c.finishPromise !== undefined) return c.finishPromise.promise;
  const readable = t.readable;
  const finish = c.finishPromise = createDeferred();
  const cancelPromise = c.cancelAlgorithm(reason);
  controllerClearAlgorithms(c);
  cancelPromise.then(() => {
    if (readable.state === 'errored') {
      finish.reject(readable.storedError);
    } else {
      rs.defaultControllerError(readable.controller, reason);
      finish.resolve(undefined);
    }
  }, (r) => {
    rs.defaultControllerError(readable.controller, r);
    finish.reject(r);
  });
  return finish.promise;
}

function sinkCloseAlgorithm(t) {
  const c = t.controller;
  if (c.finishPromise !== undefined) return c.finishPromise.promise;
  const readable = t.readable;
  const finish = c.finishPromise = createDeferred();
  const flushPromise = c.flushAlgorithm();
  controllerClearAlgorithms(c);
  flushPromise.then(() => {
    if (readable.state === 'errored') {
      finish.reject(readable.storedError);
    } else {
      rs.defaultControllerClose(readable.controller);
      finish.resolve(undefined);
    }
  }, (r) => {
    rs.defaultControllerError(readable.controller, r);
    finish.reject(r);
  });
  return finish.promise;
}

function sourceCancelAlgorithm(t, reason) {
  const c = t.controller;
  if (c.finishPromise !== undefined) return c.finishPromise.promise;
  const writable = t.writable;
  const finish = c.finishPromise = createDeferred();
  const cancelPromise = c.cancelAlgorithm(reason);
  controllerClearAlgorithms(c);
  cancelPromise.then(() => {
    if (writable.state === 'errored') {
      finish.reject(writable.storedError);
    } else {
      ws.controllerErrorIfNeeded(writable.controller, reason);
      unblockWrite(t);
      finish.resolve(undefined);
    }
  }, (r) => {
    ws.controllerErrorIfNeeded(writable.controller, r);
    unblockWrite(t);
    finish.reject(r);
  });
  return finish.promise;
}

function sourcePullAlgorithm(t) {
  setBackpressure(t, false);
  return t.backpressureChange.promise;
}

for (const cls of [TransformStream, TransformStreamDefaultController]) {
  rs.makeWebIDL(cls);
  Object.defineProperty(cls.prototype, kInspect, { enumerable: false });
}

// Builds a TransformStream from algorithms (for the text and compression
// streams): transform(chunk, enqueue) and flush(enqueue) may throw.
function createTransformStream(transform, flush, writableHWM = 1, readableHWM = 0) {
  const t = { pub: undefined };
  new TransformStream(kCreate, t);
  const startPromise = Promise.resolve();
  initializeTransformStream(t, startPromise, writableHWM, () => 1, readableHWM, () => 1);
  const c = newControllerRecord();
  new TransformStreamDefaultController(kCreate, c);
  const enqueue = (chunk) => controllerEnqueue(c, chunk);
  const wrap = (fn) => (...args) => {
    try {
      fn(...args, enqueue);
      return resolvedUndefined;
    } catch (err) {
      return Promise.reject(err);
    }
  };
  setUpController(t, c, wrap(transform), flush ? wrap(flush) : () => resolvedUndefined, () => resolvedUndefined);
  return t.pub;
}

module.exports = {
  TransformStream,
  TransformStreamDefaultController,
  createTransformStream,
};
