'use strict';
// stream.finished(stream[, options], callback).

const { AbortError, codes: { ERR_INVALID_ARG_TYPE, ERR_STREAM_PREMATURE_CLOSE } } = require('internal/errors');
const { validateFunction, validateObject, validateAbortSignal, validateBoolean } = require('internal/validators');

function nop() {}

function isReadableNodeStream(s) {
  return !!(s && typeof s.pipe === 'function' && typeof s.on === 'function' &&
    (!s._writableState || (s._readableState && s._readableState.readable !== false)) &&
    (!s._writableState || s._readableState));
}
function isWritableNodeStream(s) {
  return !!(s && typeof s.write === 'function' && typeof s.on === 'function' &&
    (!s._readableState || (s._writableState && s._writableState.writable !== false)));
}
function isNodeStream(s) {
  return !!(s && (s._readableState || s._writableState ||
    (typeof s.write === 'function' && typeof s.on === 'function') ||
    (typeof s.pipe === 'function' && typeof s.on === 'function')));
}
function isRequest(s) {
  return s && s.setHeader && typeof s.abort === 'function';
}

function willEmitClose(s) {
  const r = s._readableState;
  const w = s._writableState;
  const state = w || r;
  return (!state && s.emitClose === undefined) ||
    !!(state && state.autoDestroy && state.emitClose && state.closed === false);
}

function isReadableFinished(s, strict) {
  const r = s._readableState;
  if (!r || r.errored) return false;
  return !!(r.endEmitted || (strict === false && r.ended === true && r.length === 0));
}
function isWritableFinished(s, strict) {
  const w = s._writableState;
  if (!w || w.errored) return false;
  return !!(w.finished || (strict === false && w.ended === true && w.length === 0));
}

// The promise of a web ReadableStream's or WritableStream's end, or
// undefined for anything else.
function webStreamSettled(stream) {
  const readable = require('internal/webstreams/readablestream');
  const r = readable.readableStreamRecord(stream);
  if (r !== undefined) return readable.readableStreamSettled(r);
  const writable = require('internal/webstreams/writablestream');
  const w = writable.writableStreamRecord(stream);
  return w !== undefined ? writable.writableStreamSettled(w) : undefined;
}

// finished() of a web stream: the callback (on a later tick) when the
// stream closes, or with its error; an AbortError when the signal fires first.
function eosWeb(settled, stream, options, callback) {
  let aborted = false;
  const { signal } = options;
  let onAbort;
  if (signal !== undefined) {
    onAbort = () => {
      aborted = true;
      callback.call(stream, new AbortError(undefined, { cause: signal.reason }));
    };
    if (signal.aborted) process.nextTick(onAbort);
    else signal.addEventListener('abort', onAbort, { once: true });
  }
  const done = (err) => {
    if (onAbort !== undefined) signal.removeEventListener('abort', onAbort);
    if (!aborted) process.nextTick(() => callback.call(stream, err));
  };
  settled.then(() => done(), done);
  return nop;
}

function eos(stream, options, callback) {
  if (arguments.length === 2) {
    callback = options;
    options = {};
  } else if (options == null) {
    options = {};
  } else {
    validateObject(options, 'options');
  }
  validateFunction(callback, 'callback');
  if (options.signal !== undefined) validateAbortSignal(options.signal, 'options.signal');
  if (!isNodeStream(stream)) {
    const settled = webStreamSettled(stream);
    if (settled !== undefined) return eosWeb(settled, stream, options, callback);
    throw new ERR_INVALID_ARG_TYPE('stream', ['ReadableStream', 'WritableStream', 'Stream'], stream);
  }

  let called = false;
  const userCb = callback;
  callback = function(...args) {
    if (called) return;
    called = true;
    userCb.apply(stream, args);
  };

  const readable = options.readable ?? isReadableNodeStream(stream);
  const writable = options.writable ?? isWritableNodeStream(stream);
  const wState = stream._writableState;
  const rState = stream._readableState;
  const emitsClose = willEmitClose(stream) &&
    isReadableNodeStream(stream) === readable && isWritableNodeStream(stream) === writable;

  let writableFinished = isWritableFinished(stream, false);
  let readableFinished = isReadableFinished(stream, false);

  const onlegacyfinish = () => {
    if (!stream.writable) onfinish();
  };
  const onfinish = () => {
    writableFinished = true;
    if (emitsClose && (!stream.readable || readable)) return;
    if (!readable || readableFinished) callback.call(stream);
  };
  const onend = () => {
    readableFinished = true;
    if (emitsClose && (!stream.writable || writable)) return;
    if (!writable || writableFinished) callback.call(stream);
  };
  const onerror = (err) => {
    callback.call(stream, err);
  };
  let closed = (wState && wState.closed) || (rState && rState.closed);
  const onclose = () => {
    closed = true;
    const errored = (wState && wState.errored) || (rState && rState.errored);
    if (errored && typeof errored !== 'boolean') return callback.call(stream, errored);
    if (readable && !readableFinished && isReadableNodeStream(stream)) {
      if (!isReadableFinished(stream, false)) return callback.call(stream, new ERR_STREAM_PREMATURE_CLOSE());
    }
    if (writable && !writableFinished) {
      if (!isWritableFinished(stream, false)) return callback.call(stream, new ERR_STREAM_PREMATURE_CLOSE());
    }
    callback.call(stream);
  };
  const onrequest = () => stream.req.on('finish', onfinish);

  if (isRequest(stream)) {
    stream.on('complete', onfinish);
    if (!emitsClose) stream.on('abort', onclose);
    if (stream.req) onrequest();
    else stream.on('request', onrequest);
  } else if (writable && !wState) {
    stream.on('end', onlegacyfinish);
    stream.on('close', onlegacyfinish);
  }
  if (!emitsClose && typeof stream.aborted === 'boolean') stream.on('aborted', onclose);

  stream.on('end', onend);
  stream.on('finish', onfinish);
  if (options.error !== false) stream.on('error', onerror);
  stream.on('close', onclose);

  if (closed) {
    process.nextTick(onclose);
  } else if ((wState && wState.errorEmitted) || (rState && rState.errorEmitted)) {
    if (!emitsClose) process.nextTick(onclose);
  } else if (!readable && (!emitsClose || stream.readable) && writableFinished) {
    process.nextTick(onclose);
  } else if (!writable && (!emitsClose || stream.writable) && readableFinished) {
    process.nextTick(onclose);
  } else if (rState && stream.req && stream.aborted) {
    process.nextTick(onclose);
  }

  const cleanup = () => {
    callback = nop;
    stream.removeListener('aborted', onclose);
    stream.removeListener('complete', onfinish);
    stream.removeListener('abort', onclose);
    stream.removeListener('request', onrequest);
    if (stream.req) stream.req.removeListener('finish', onfinish);
    stream.removeListener('end', onlegacyfinish);
    stream.removeListener('close', onlegacyfinish);
    stream.removeListener('finish', onfinish);
    stream.removeListener('end', onend);
    stream.removeListener('error', onerror);
    stream.removeListener('close', onclose);
  };

  if (options.signal && !closed) {
    const abort = () => {
      const endCallback = callback;
      cleanup();
      endCallback.call(stream, new AbortError(undefined, { cause: options.signal.reason }));
    };
    if (options.signal.aborted) {
      process.nextTick(abort);
    } else {
      const originalCallback = callback;
      options.signal.addEventListener('abort', abort, { once: true });
      callback = function(...args) {
        options.signal.removeEventListener('abort', abort);
        originalCallback.apply(stream, args);
      };
    }
  }
  return cleanup;
}

function finishedPromise(stream, opts) {
  let autoCleanup = false;
  if (opts && opts.cleanup) {
    validateBoolean(opts.cleanup, 'cleanup');
    autoCleanup = opts.cleanup;
  }
  return new Promise((resolve, reject) => {
    const cleanup = eos(stream, opts, (err) => {
      if (autoCleanup) cleanup();
      if (err) reject(err);
      else resolve();
    });
  });
}

eos.finished = finishedPromise;
eos.isReadableNodeStream = isReadableNodeStream;
eos.isWritableNodeStream = isWritableNodeStream;
eos.isNodeStream = isNodeStream;

module.exports = eos;
