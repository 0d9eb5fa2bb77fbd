'use strict';
// Shared pieces of the WHATWG streams implementation: promise helpers, the
// queue-with-sizes that controllers keep, strategy extraction, and byte
// helpers that read typed arrays through the intrinsic getters (so a view
// with overridden accessors cannot lie about its buffer).

const {
  codes: { ERR_INVALID_ARG_VALUE, ERR_INVALID_ARG_TYPE },
} = require('internal/errors');

const kInspect = Symbol.for('nodejs.util.inspect.custom');
// Passed as the first constructor argument to build an object around an
// existing internal record instead of running the public constructor.
const kCreate = Symbol('kCreate');

function noop() {}

// A promise with its settle functions and a `settled` flag: the spec asks
// "is this promise still pending?" in several places.
class Deferred {
  constructor() {
    const { promise, resolve, reject } = Promise.withResolvers();
    this.promise = promise;
    this.res = resolve;
    this.rej = reject;
    this.settled = false;
  }

  resolve(v) {
    this.settled = true;
    this.res(v);
  }

  reject(e) {
    this.settled = true;
    this.rej(e);
  }
}

function createDeferred() {
  return new Deferred();
}

function resolvedDeferred(value) {
  return { promise: Promise.resolve(value), resolve: noop, reject: noop, settled: true };
}

function rejectedDeferred(reason) {
  const promise = Promise.reject(reason);
  promise.then(undefined, noop);
  return { promise, resolve: noop, reject: noop, settled: true };
}

// [[PromiseIsHandled]] = true: nobody is told about this rejection.
function markHandled(promise) {
  promise.then(undefined, noop);
}

// WebIDL "a promise resolved with x": always a new promise, so a promise
// returned by user code takes the two extra jobs of adopting it (Node's
// timing depends on it).
function promiseResolvedWith(x) {
  return new Promise((resolve) => resolve(x));
}

// Calls an underlying source/sink method; what it returns or throws becomes
// a promise (WebIDL "promise resolved with the result of invoking").
// (Fixed arities: this runs for every chunk.)
function promiseCall(fn, thisArg, a, b) {
  try {
    const n = arguments.length;
    const result = n === 2 ? fn.call(thisArg) : n === 3 ? fn.call(thisArg, a) : fn.call(thisArg, a, b);
    return promiseResolvedWith(result);
  } catch (err) {
    return Promise.reject(err);
  }
}

// The method of `obj` named `name`, validated as a function or undefined.
function getMethod(obj, name, label) {
  const fn = obj[name];
  if (fn === undefined) return undefined;
  if (typeof fn !== 'function') throw new ERR_INVALID_ARG_TYPE(`${label}.${name}`, 'Function', fn);
  return fn;
}

// ---------------------------------------------------------------------------
// A FIFO with O(1) shift, used for queues and request lists.

class Queue {
  constructor() {
    this.items = [];
    this.head = 0;
  }

  get length() { return this.items.length - this.head; }

  push(v) { this.items.push(v); }

  peek() { return this.items[this.head]; }

  shift() {
    const items = this.items;
    const v = items[this.head];
    items[this.head++] = undefined;
    if (this.head === items.length) {
      this.items = [];
      this.head = 0;
    } else if (this.head > 1024 && this.head * 2 > items.length) {
      this.items = items.slice(this.head);
      this.head = 0;
    }
    return v;
  }

  // Empties the queue and returns what it held, in order.
  drain() {
    const out = this.head === 0 ? this.items : this.items.slice(this.head);
    this.items = [];
    this.head = 0;
    return out;
  }
}

// Queue-with-sizes on a controller record: c.queue (entries {value, size})
// and c.queueTotalSize.
function resetQueue(c) {
  c.queue = new Queue();
  c.queueTotalSize = 0;
}

function enqueueValueWithSize(c, value, size) {
  if (typeof size !== 'number' || !(size >= 0) || size === Infinity) {
    throw new ERR_INVALID_ARG_VALUE.RangeError('size', size);
  }
  c.queue.push({ value, size });
  c.queueTotalSize += size;
}

function dequeueValue(c) {
  const pair = c.queue.shift();
  c.queueTotalSize -= pair.size;
  // Rounding can leave a tiny negative total.
  if (c.queueTotalSize < 0) c.queueTotalSize = 0;
  return pair.value;
}

function peekQueueValue(c) {
  return c.queue.peek().value;
}

// ---------------------------------------------------------------------------
// Queuing strategies.

function extractHighWaterMark(strategy, defaultHWM) {
  const hwm = strategy?.highWaterMark;
  if (hwm === undefined) return defaultHWM;
  const n = +hwm;
  if (Number.isNaN(n) || n < 0) throw new ERR_INVALID_ARG_VALUE.RangeError('strategy.highWaterMark', n);
  return n;
}

function countSize() { return 1; }

function extractSizeAlgorithm(strategy) {
  const size = strategy?.size;
  if (size === undefined) return countSize;
  if (typeof size !== 'function') throw new ERR_INVALID_ARG_TYPE('strategy.size', 'Function', size);
  return (chunk) => size(chunk);
}

// ---------------------------------------------------------------------------
// Bytes.

const TypedArrayPrototype = Object.getPrototypeOf(Uint8Array.prototype);
const getter = (proto, key) => Object.getOwnPropertyDescriptor(proto, key).get;
const taBuffer = getter(TypedArrayPrototype, 'buffer');
const taByteOffset = getter(TypedArrayPrototype, 'byteOffset');
const taByteLength = getter(TypedArrayPrototype, 'byteLength');
const taLength = getter(TypedArrayPrototype, 'length');
const taTag = getter(TypedArrayPrototype, Symbol.toStringTag);
const dvBuffer = getter(DataView.prototype, 'buffer');
const dvByteOffset = getter(DataView.prototype, 'byteOffset');
const dvByteLength = getter(DataView.prototype, 'byteLength');
const abByteLength = getter(ArrayBuffer.prototype, 'byteLength');
const abDetached = Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, 'detached')?.get;
const abTransfer = ArrayBuffer.prototype.transfer;
const abSlice = ArrayBuffer.prototype.slice;

const isTypedArray = (v) => taTag.call(v) !== undefined;
const isArrayBufferView = ArrayBuffer.isView;

function viewBuffer(v) { return isTypedArray(v) ? taBuffer.call(v) : dvBuffer.call(v); }
function viewByteOffset(v) { return isTypedArray(v) ? taByteOffset.call(v) : dvByteOffset.call(v); }
function viewByteLength(v) { return isTypedArray(v) ? taByteLength.call(v) : dvByteLength.call(v); }
function viewLength(v) { return taLength.call(v); }
function bufferByteLength(b) { return abByteLength.call(b); }

function isDetached(buffer) {
  if (abDetached !== undefined) {
    try {
      return abDetached.call(buffer);
    } catch {
      return false; // SharedArrayBuffer: never detached
    }
  }
  return false;
}

// Moves the bytes to a new ArrayBuffer and detaches the old one.
function transferArrayBuffer(buffer) {
  if (abTransfer !== undefined) return abTransfer.call(buffer);
  return abSlice.call(buffer, 0);
}

// The intrinsic constructors, captured before user code can replace them.
const typedArrayCtors = new Map();
for (const name of ['Int8Array', 'Uint8Array', 'Uint8ClampedArray', 'Int16Array', 'Uint16Array',
  'Int32Array', 'Uint32Array', 'Float16Array', 'Float32Array', 'Float64Array', 'BigInt64Array',
  'BigUint64Array']) {
  if (typeof globalThis[name] === 'function') typedArrayCtors.set(name, globalThis[name]);
}

// [constructor, element size] of a view.
function viewKind(v) {
  const name = taTag.call(v);
  if (name === undefined) return [DataView, 1];
  const ctor = typedArrayCtors.get(name);
  return [ctor, ctor.BYTES_PER_ELEMENT];
}

function copyBytes(dest, destOffset, src, srcOffset, n) {
  new Uint8Array(dest, destOffset, n).set(new Uint8Array(src, srcOffset, n));
}

// CloneAsUint8Array: a new buffer holding the view's bytes.
function cloneAsUint8Array(view) {
  const buffer = viewBuffer(view);
  const off = viewByteOffset(view);
  const len = viewByteLength(view);
  return new Uint8Array(abSlice.call(buffer, off, off + len));
}

module.exports = {
  kInspect,
  kCreate,
  noop,
  createDeferred,
  resolvedDeferred,
  rejectedDeferred,
  markHandled,
  promiseResolvedWith,
  promiseCall,
  getMethod,
  Queue,
  resetQueue,
  enqueueValueWithSize,
  dequeueValue,
  peekQueueValue,
  extractHighWaterMark,
  extractSizeAlgorithm,
  isTypedArray,
  isArrayBufferView,
  viewBuffer,
  viewByteOffset,
  viewByteLength,
  viewLength,
  bufferByteLength,
  isDetached,
  transferArrayBuffer,
  viewKind,
  copyBytes,
  cloneAsUint8Array,
};
