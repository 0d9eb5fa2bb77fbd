'use strict';
// Readable iterator helpers: map, filter, forEach, toArray, some, every, find,
// reduce, flatMap, take, drop, asIndexedPairs. Stages run one chunk at a time
// (the concurrency option is accepted and validated but not used in parallel).

const { AbortError, codes: { ERR_INVALID_ARG_TYPE, ERR_MISSING_ARGS, ERR_OUT_OF_RANGE } } = require('internal/errors');
const { validateObject, validateInteger, validateAbortSignal } = require('internal/validators');

function checkFn(fn) {
  if (typeof fn !== 'function') throw new ERR_INVALID_ARG_TYPE('fn', ['Function', 'AsyncFunction'], fn);
}

function checkOptions(options) {
  if (options != null) validateObject(options, 'options');
  if (options && options.signal != null) validateAbortSignal(options.signal, 'options.signal');
  if (options && options.concurrency != null) validateInteger(options.concurrency, 'options.concurrency', 1);
}

function throwIfAborted(options) {
  if (options && options.signal && options.signal.aborted) {
    throw new AbortError(undefined, { cause: options.signal.reason });
  }
}

function toNumber(n) {
  n = Number(n);
  if (Number.isNaN(n)) return 0;
  n = Math.trunc(n);
  if (n < 0) throw new ERR_OUT_OF_RANGE('number', '>= 0', n);
  return n;
}

let Readable;
function derive(stream, gen) {
  Readable ??= require('internal/streams/readable');
  return Readable.from(gen(), { objectMode: true });
}

function map(fn, options) {
  checkFn(fn);
  checkOptions(options);
  const stream = this;
  const signal = options && options.signal;
  return derive(this, async function* () {
    for await (const chunk of stream) {
      throwIfAborted(options);
      yield await fn(chunk, { signal });
    }
  });
}

function filter(fn, options) {
  checkFn(fn);
  checkOptions(options);
  const stream = this;
  const signal = options && options.signal;
  return derive(this, async function* () {
    for await (const chunk of stream) {
      throwIfAborted(options);
      if (await fn(chunk, { signal })) yield chunk;
    }
  });
}

function flatMap(fn, options) {
  checkFn(fn);
  checkOptions(options);
  const stream = this;
  const signal = options && options.signal;
  return derive(this, async function* () {
    for await (const chunk of stream) {
      throwIfAborted(options);
      yield* await fn(chunk, { signal });
    }
  });
}

function take(number, options) {
  checkOptions(options);
  number = toNumber(number);
  const stream = this;
  return derive(this, async function* () {
    if (number <= 0) return;
    let n = 0;
    for await (const chunk of stream) {
      throwIfAborted(options);
      yield chunk;
      if (++n >= number) return;
    }
  });
}

function drop(number, options) {
  checkOptions(options);
  number = toNumber(number);
  const stream = this;
  return derive(this, async function* () {
    let n = 0;
    for await (const chunk of stream) {
      throwIfAborted(options);
      if (n++ >= number) yield chunk;
    }
  });
}

function asIndexedPairs(options) {
  checkOptions(options);
  const stream = this;
  return derive(this, async function* () {
    let i = 0;
    for await (const chunk of stream) {
      throwIfAborted(options);
      yield [i++, chunk];
    }
  });
}

async function forEach(fn, options) {
  checkFn(fn);
  checkOptions(options);
  const signal = options && options.signal;
  for await (const chunk of this) {
    throwIfAborted(options);
    await fn(chunk, { signal });
  }
}

async function toArray(options) {
  checkOptions(options);
  const out = [];
  for await (const chunk of this) {
    throwIfAborted(options);
    out.push(chunk);
  }
  return out;
}

// The first chunk for which fn's answer is `want`, or kNone.
const kNone = Symbol('kNone');
async function firstWhere(stream, fn, options, want) {
  checkFn(fn);
  checkOptions(options);
  const signal = options && options.signal;
  for await (const chunk of stream) {
    throwIfAborted(options);
    if (Boolean(await fn(chunk, { signal })) === want) return chunk;
  }
  return kNone;
}

async function some(fn, options) {
  return (await firstWhere(this, fn, options, true)) !== kNone;
}

async function every(fn, options) {
  return (await firstWhere(this, fn, options, false)) === kNone;
}

async function find(fn, options) {
  const found = await firstWhere(this, fn, options, true);
  return found === kNone ? undefined : found;
}

async function reduce(fn, initial, options) {
  checkFn(fn);
  checkOptions(options);
  const signal = options && options.signal;
  let hasAcc = arguments.length > 1;
  let acc = initial;
  for await (const chunk of this) {
    throwIfAborted(options);
    if (!hasAcc) {
      acc = chunk;
      hasAcc = true;
    } else {
      acc = await fn(acc, chunk, { signal });
    }
  }
  if (!hasAcc) {
    const err = new ERR_MISSING_ARGS('reduce');
    err.message = 'Reduce of an empty stream requires an initial value';
    throw err;
  }
  return acc;
}

module.exports = {
  streamReturning: { map, filter, flatMap, take, drop, asIndexedPairs },
  promiseReturning: { forEach, toArray, some, every, find, reduce },
};
