'use strict';
// addAbortSignal(signal, stream): destroy the stream with an AbortError on abort.

const { AbortError, codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
const { validateAbortSignal } = require('internal/validators');

function addAbortSignal(signal, stream) {
  validateAbortSignal(signal, 'signal');
  if (!stream || typeof stream.destroy !== 'function' ||
      (!stream._readableState && !stream._writableState)) {
    throw new ERR_INVALID_ARG_TYPE('stream', ['ReadableStream', 'WritableStream', 'Stream'], stream);
  }
  const onAbort = () => {
    stream.destroy(new AbortError(undefined, { cause: signal.reason }));
  };
  if (signal.aborted) {
    onAbort();
  } else {
    signal.addEventListener('abort', onAbort, { once: true });
    require('internal/streams/end-of-stream')(stream, () => signal.removeEventListener('abort', onAbort));
  }
  return stream;
}

module.exports = addAbortSignal;
