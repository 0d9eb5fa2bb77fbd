'use strict';
// Readable iterator helpers: map, filter, flatMap, forEach, some, every and
// find call fn on up to `concurrency` chunks at once and keep the output in
// source order; toArray, reduce, take, drop, asIndexedPairs and compose.

const {
  AbortError,
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_MISSING_ARGS, ERR_OUT_OF_RANGE },
} = require('internal/errors');
const { validateObject, validateInteger, validateAbortSignal } = require('internal/validators');

// What a stage returns for a chunk that produces no output (filter, forEach).
const kEmpty = Symbol('kEmpty');
const kEof = Symbol('kEof');

function checkFn(fn, name = 'fn') {
  if (typeof fn !== 'function') throw new ERR_INVALID_ARG_TYPE(name, ['Function', 'AsyncFunction'], fn);
}

function checkOptions(options) {
  if (options != null) validateObject(options, 'options');
  if (options != null && options.signal != null) validateAbortSignal(options.signal, 'options.signal');
}

// options.concurrency and options.highWaterMark (how many results, beyond
// those being computed, may wait for the consumer), truncated as Node does.
function limitsOf(options) {
  let concurrency = 1;
  if (options != null && options.concurrency != null) concurrency = Math.floor(options.concurrency);
  let highWaterMark = concurrency - 1;
  if (options != null && options.highWaterMark != null) highWaterMark = Math.floor(options.highWaterMark);
  validateInteger(concurrency, 'options.concurrency', 1);
  validateInteger(highWaterMark, 'options.highWaterMark', 0);
  return { concurrency, queueLimit: highWaterMark + concurrency };
}

function aborted(options) {
  return !!(options && options.signal && options.signal.aborted);
}

function toCount(n) {
  n = Number(n);
  if (Number.isNaN(n)) return 0;
  if (n < 0) throw new ERR_OUT_OF_RANGE('number', '>= 0', n);
  return n;
}

// The engine of map and its relatives: an async generator of fn's results.
// A producer reads the source and starts calls while fewer than
// `concurrency` are pending and fewer than `queueLimit` results wait; the
// consumer (this generator) hands the results out in source order.
async function* mapResults(stream, fn, options, { concurrency, queueLimit }) {
  const ac = new AbortController();
  const outer = options && options.signal;
  const onOuterAbort = () => ac.abort();
  if (outer) {
    if (outer.aborted) ac.abort();
    else outer.addEventListener('abort', onOuterAbort, { once: true });
  }
  const fnOptions = { signal: ac.signal };
  const queue = []; // results (values or promises), then kEof or a failure
  let pending = 0; // calls whose promise has not settled
  let stopped = false; // no more calls: the consumer left or a call failed
  let wakeProducer = null;
  let wakeConsumer = null;

  function resumeProducer() {
    const w = wakeProducer;
    wakeProducer = null;
    if (w) w();
  }
  function resumeConsumer() {
    const w = wakeConsumer;
    wakeConsumer = null;
    if (w) w();
  }
  function onSettled() {
    pending--;
    resumeProducer();
  }
  function onFailed() {
    stopped = true;
    onSettled();
  }

  async function produce() {
    try {
      for await (const chunk of stream) {
        if (stopped) return;
        if (ac.signal.aborted) throw new AbortError();
        let result;
        try {
          result = fn(chunk, fnOptions);
        } catch (err) {
          result = Promise.reject(err);
        }
        if (result !== null && (typeof result === 'object' || typeof result === 'function') &&
            typeof result.then === 'function') {
          pending++;
          result.then(onSettled, onFailed);
        }
        queue.push(result);
        resumeConsumer();
        while (!stopped && (queue.length >= queueLimit || pending >= concurrency)) {
          await new Promise((resolve) => { wakeProducer = resolve; });
        }
        if (stopped) return;
      }
      queue.push(kEof);
    } catch (err) {
      const failure = Promise.reject(err);
      failure.catch(() => {});
      queue.push(failure);
    } finally {
      resumeConsumer();
    }
  }

  produce();
  try {
    for (;;) {
      while (queue.length > 0) {
        const head = queue[0];
        if (head === kEof) return;
        const value = await head;
        if (ac.signal.aborted) throw new AbortError();
        if (value !== kEmpty) yield value;
        queue.shift();
        resumeProducer();
      }
      await new Promise((resolve) => { wakeConsumer = resolve; });
    }
  } finally {
    stopped = true;
    resumeProducer();
    if (outer) outer.removeEventListener('abort', onOuterAbort);
  }
}

function filterResults(stream, fn, options, limits) {
  async function keep(chunk, opts) {
    return (await fn(chunk, opts)) ? chunk : kEmpty;
  }
  return mapResults(stream, keep, options, limits);
}

// ---- stream-returning operators (the Readable wraps them with Readable.from) ----

function map(fn, options) {
  checkFn(fn);
  checkOptions(options);
  return mapResults(this, fn, options, limitsOf(options));
}

function filter(fn, options) {
  checkFn(fn);
  checkOptions(options);
  return filterResults(this, fn, options, limitsOf(options));
}

function flatMap(fn, options) {
  checkFn(fn);
  checkOptions(options);
  const results = mapResults(this, fn, options, limitsOf(options));
  return (async function* flat() {
    for await (const value of results) yield* value;
  })();
}

function take(number, options = undefined) {
  checkOptions(options);
  const n = toCount(number);
  const stream = this;
  return (async function* taken() {
    if (aborted(options)) throw new AbortError();
    if (n <= 0) return;
    let count = 0;
    for await (const chunk of stream) {
      if (aborted(options)) throw new AbortError();
      yield chunk;
      if (++count >= n) return;
    }
  })();
}

function drop(number, options = undefined) {
  checkOptions(options);
  const n = toCount(number);
  const stream = this;
  return (async function* dropped() {
    if (aborted(options)) throw new AbortError();
    let count = 0;
    for await (const chunk of stream) {
      if (aborted(options)) throw new AbortError();
      if (count >= n) yield chunk;
      else count++;
    }
  })();
}

let warnedIndexedPairs = false;
function asIndexedPairs(options = undefined) {
  if (!warnedIndexedPairs) {
    warnedIndexedPairs = true;
    process.emitWarning('readable.asIndexedPairs will be removed in a future version.',
      'DeprecationWarning');
  }
  checkOptions(options);
  const stream = this;
  return (async function* indexed() {
    let i = 0;
    for await (const chunk of stream) {
      if (aborted(options)) throw new AbortError();
      yield [i++, chunk];
    }
  })();
}

let composeStreams;
let isNodeStream;
let isWritableNodeStream;
let addAbortSignal;
function compose(stream, options) {
  checkOptions(options);
  ({ isNodeStream, isWritableNodeStream } = require('internal/streams/utils'));
  if (isNodeStream(stream) && !isWritableNodeStream(stream)) {
    throw new ERR_INVALID_ARG_VALUE('stream', stream, 'must be writable');
  }
  composeStreams ??= require('internal/streams/compose');
  const composed = composeStreams(this, stream);
  if (options && options.signal) {
    addAbortSignal ??= require('internal/streams/add-abort-signal');
    addAbortSignal(options.signal, composed);
  }
  return composed;
}

// ---- promise-returning operators ----

async function forEach(fn, options) {
  checkFn(fn);
  checkOptions(options);
  async function run(chunk, opts) {
    await fn(chunk, opts);
    return kEmpty;
  }
  for await (const unused of mapResults(this, run, options, limitsOf(options)));
}

async function toArray(options) {
  checkOptions(options);
  const out = [];
  for await (const chunk of this) {
    if (aborted(options)) throw new AbortError(undefined, { cause: options.signal.reason });
    out.push(chunk);
  }
  return out;
}

async function some(fn, options = undefined) {
  checkFn(fn);
  checkOptions(options);
  for await (const unused of filterResults(this, fn, options, limitsOf(options))) return true;
  return false;
}

async function every(fn, options = undefined) {
  checkFn(fn);
  checkOptions(options);
  const failing = async (chunk, opts) => !(await fn(chunk, opts));
  for await (const unused of filterResults(this, failing, options, limitsOf(options))) return false;
  return true;
}

async function find(fn, options) {
  checkFn(fn);
  checkOptions(options);
  for await (const found of filterResults(this, fn, options, limitsOf(options))) return found;
  return undefined;
}

async function reduce(reducer, initial, options) {
  checkFn(reducer, 'reducer');
  checkOptions(options);
  let hasAcc = arguments.length > 1;
  let acc = initial;
  const outer = options && options.signal;
  if (aborted(options)) {
    const err = new AbortError(undefined, { cause: outer.reason });
    this.once('error', () => {});
    this.destroy(err);
    throw err;
  }
  const ac = new AbortController();
  const onOuterAbort = () => ac.abort();
  if (outer) outer.addEventListener('abort', onOuterAbort, { once: true });
  try {
    for await (const chunk of this) {
      if (aborted(options)) throw new AbortError(undefined, { cause: outer.reason });
      if (!hasAcc) {
        acc = chunk;
        hasAcc = true;
      } else {
        acc = await reducer(acc, chunk, { signal: ac.signal });
      }
    }
  } finally {
    if (outer) outer.removeEventListener('abort', onOuterAbort);
    ac.abort();
  }
  if (!hasAcc) {
    const err = new ERR_MISSING_ARGS('reduce');
    err.message = 'Reduce of an empty stream requires an initial value';
    throw err;
  }
  return acc;
}

module.exports = {
  streamReturning: { asIndexedPairs, drop, filter, flatMap, map, take, compose },
  promiseReturning: { every, forEach, reduce, toArray, some, find },
};
