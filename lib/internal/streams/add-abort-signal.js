'use strict';
// addAbortSignal(signal, stream): destroy the stream with an AbortError on abort.

const { AbortError, codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
const { validateAbortSignal } = require('internal/validators');

function addAbortSignal(signal, stream) {
  if (signal === undefined) throw new ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
  validateAbortSignal(signal, 'signal');
  const eos = require('internal/streams/end-of-stream');
  const utils = require('internal/streams/utils');
  const isWeb = utils.isReadableStream(stream) || utils.isWritableStream(stream);
  if (!eos.isNodeStream(stream) && !isWeb) {
    throw new ERR_INVALID_ARG_TYPE('stream', ['ReadableStream', 'WritableStream', 'Stream'], stream);
  }
  const onAbort = () => {
    const err = new AbortError(undefined, { cause: signal.reason });
    if (isWeb) utils.errorWebStream(stream, err);
    else if (typeof stream.destroy === 'function') stream.destroy(err);
  };
  if (signal.aborted) {
    onAbort();
  } else {
    signal.addEventListener('abort', onAbort, { once: true });
    if (!isWeb) eos(stream, () => signal.removeEventListener('abort', onAbort));
  }
  return stream;
}

module.exports = addAbortSignal;
