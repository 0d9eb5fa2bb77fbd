'use strict';
// stream.pipeline(...streams, callback).

const eos = require('internal/streams/end-of-stream');
const {
  AbortError,
  codes: { ERR_INVALID_RETURN_VALUE, ERR_MISSING_ARGS },
} = require('internal/errors');
const { validateFunction, validateAbortSignal } = require('internal/validators');

let Readable;
let utils;

function isIterable(obj) {
  return obj != null && (typeof obj[Symbol.asyncIterator] === 'function' ||
    typeof obj[Symbol.iterator] === 'function');
}

function destroyer(stream, reading, writing) {
  let finished = false;
  stream.on('close', () => { finished = true; });
  eos(stream, { readable: reading, writable: writing }, (err) => {
    finished = !err;
  });
  return {
    destroy(err) {
      if (finished) return;
      finished = true;
      if (stream.req && typeof stream.abort === 'function') stream.abort();
      else if (typeof stream.destroy === 'function') stream.destroy(err);
      else if (typeof stream.close === 'function') stream.close();
    },
  };
}

function popCallback(streams) {
  const cb = streams.pop();
  validateFunction(cb, 'streams[stream.length - 1]');
  return cb;
}

function pipeline(...streams) {
  const callback = popCallback(streams);
  if (Array.isArray(streams[0]) && streams.length === 1) streams = streams[0];
  return pipelineImpl(streams, callback);
}

function pipelineImpl(streams, callback, opts) {
  if (streams.length < 2) throw new ERR_MISSING_ARGS('streams');
  const signal = opts && opts.signal;
  if (signal !== undefined) validateAbortSignal(signal, 'options.signal');

  const destroys = [];
  let error;
  let finishCount = 0;
  let finalCalled = false;

  function abort() {
    finishImpl(new AbortError(undefined, { cause: signal && signal.reason }));
  }
  if (signal) {
    if (signal.aborted) process.nextTick(abort);
    else signal.addEventListener('abort', abort, { once: true });
  }

  function finish(err) {
    finishImpl(err, --finishCount === 0);
  }

  function finishImpl(err, final) {
    if (err && (!error || error.code === 'ERR_STREAM_PREMATURE_CLOSE')) error = err;
    if (!error && !final) return;
    while (destroys.length) destroys.shift()(error);
    if (signal) signal.removeEventListener('abort', abort);
    if ((final || error) && !finalCalled) {
      finalCalled = true;
      process.nextTick(callback, error, value);
    }
  }

  let value;
  let ret;
  for (let i = 0; i < streams.length; i++) {
    let stream = streams[i];
    const isFn = typeof stream === 'function';
    const reading = i < streams.length - 1;
    const writing = i > 0;
    const end = reading || !opts || opts.end !== false;
    const isLast = i === streams.length - 1;

    if (typeof stream === 'function') {
      if (i === 0) {
        stream = stream({ signal });
        if (!isIterable(stream) && !eos.isNodeStream(stream)) {
          throw new ERR_INVALID_RETURN_VALUE('Iterable, AsyncIterable or Stream', 'source', stream);
        }
      } else {
        // A generator stage: feed it the previous stage as an async iterable.
        Readable ??= require('internal/streams/readable');
        const prev = ret;
        const src = prev && eos.isNodeStream(prev) ? prev : Readable.from(prev);
        const out = stream(src, { signal });
        if (isLast && out && typeof out.then === 'function') {
          finishCount++;
          out.then((v) => { value = v; finish(); }, (err) => finish(err));
          ret = out;
          continue;
        }
        if (!isIterable(out) && !eos.isNodeStream(out)) {
          if (isLast) throw new ERR_INVALID_RETURN_VALUE('AsyncIterable or Promise', 'destination', out);
          throw new ERR_INVALID_RETURN_VALUE('AsyncIterable', `transform[${i - 1}]`, out);
        }
        stream = out;
      }
    }

    if (!eos.isNodeStream(stream)) {
      utils ??= require('internal/streams/utils');
      if (utils.isWebStream(stream)) {
        stream = utils.fromWebForPipeline(stream);
      } else if (isIterable(stream) && (i === 0 || isFn)) {
        Readable ??= require('internal/streams/readable');
        stream = Readable.from(stream);
      } else {
        // Anything else Duplex.from() takes (a promise, a { readable, writable } pair...).
        stream = require('internal/streams/duplex').from(stream);
      }
    }

    if (eos.isNodeStream(stream)) {
      if (end || isLast) {
        destroys.push(destroyer(stream, reading, writing).destroy);
      }
      finishCount++;
      eos(stream, { readable: reading, writable: writing }, (err) => {
        if (err && err.code === 'ERR_STREAM_PREMATURE_CLOSE' &&
            ((reading && isLast) || typeof streams[i + 1] === 'function')) {
          // A function stage stops iterating its source by destroying it.
          err = null;
        }
        finish(err);
      });
      stream.on('error', nopError);
    }

    if (i > 0 && !isFn && ret && eos.isNodeStream(ret)) {
      ret.pipe(stream, { end });
    }
    ret = stream;
  }

  if (signal && signal.aborted) process.nextTick(abort);
  return ret;
}

function nopError() {}

function pipelinePromise(...streams) {
  return new Promise((resolve, reject) => {
    let signal;
    let end;
    const last = streams[streams.length - 1];
    utils ??= require('internal/streams/utils');
    if (last && typeof last === 'object' && !eos.isNodeStream(last) && !isIterable(last) &&
        !utils.isWebStream(last)) {
      const options = streams.pop();
      signal = options.signal;
      end = options.end;
    }
    pipelineImpl(streams, (err, value) => {
      if (err) reject(err);
      else resolve(value);
    }, { signal, end });
  });
}

module.exports = { pipeline, pipelinePromise };
