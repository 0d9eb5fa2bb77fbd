'use strict';
// Stream predicates shared by node:stream, compose, Duplex.from and pipeline:
// state checks (isDisturbed, isErrored, ...) and web-stream detection. Web
// streams are recognised by shape and the webstreams modules are required
// only on demand, so this file loads without them.

const eos = require('internal/streams/end-of-stream');
const { isNodeStream, isReadableNodeStream, isWritableNodeStream } = eos;

function isReadableStream(obj) {
  return !!(obj && typeof obj === 'object' && !isNodeStream(obj) &&
    typeof obj.getReader === 'function' && typeof obj.pipeTo === 'function' &&
    typeof obj.tee === 'function');
}

function isWritableStream(obj) {
  return !!(obj && typeof obj === 'object' && !isNodeStream(obj) &&
    typeof obj.getWriter === 'function' && typeof obj.abort === 'function');
}

function isTransformStream(obj) {
  return !!(obj && typeof obj === 'object' && !isNodeStream(obj) &&
    isReadableStream(obj.readable) && isWritableStream(obj.writable));
}

function isWebStream(obj) {
  return isReadableStream(obj) || isWritableStream(obj) || isTransformStream(obj);
}

// The converters of lib/internal/webstreams/adapters.js, loaded on first use.
let adapters;
function webAdapter(name) {
  adapters ??= require('internal/webstreams/adapters');
  return adapters[name];
}

// A web stream as the Node stream that pipeline/compose connect: chunks pass
// through untouched (object mode), as Node's pipeline pumps them.
function fromWebForPipeline(obj) {
  if (isReadableStream(obj)) {
    return webAdapter('newStreamReadableFromReadableStream')(obj, { objectMode: true });
  }
  if (isWritableStream(obj)) {
    return webAdapter('newStreamWritableFromWritableStream')(obj, { objectMode: true });
  }
  return webAdapter('newStreamDuplexFromReadableWritablePair')(obj, { objectMode: true });
}

// The internal records of lode's web streams ({ state, disturbed,
// controller, ... }), undefined for anything else.
let webModules;
function webRecord(obj, kind) {
  if (obj === null || typeof obj !== 'object') return undefined;
  if (webModules === undefined) {
    try {
      webModules = {
        readable: require('internal/webstreams/readablestream'),
        writable: require('internal/webstreams/writablestream'),
        bytes: require('internal/webstreams/bytestream'),
      };
    } catch (err) {
      if (!err || err.code !== 'MODULE_NOT_FOUND') throw err;
      webModules = null;
    }
  }
  const get = webModules !== null && (kind === 'readable' ?
    webModules.readable.readableStreamRecord : webModules.writable.writableStreamRecord);
  return typeof get === 'function' ? get(obj) : undefined;
}

// Errors a web ReadableStream or WritableStream from outside, as its
// controller's error() would (addAbortSignal), with the functions the
// webstreams files export to each other.
function errorWebStream(stream, err) {
  const r = webRecord(stream, 'readable');
  if (r !== undefined) {
    if (r.controller && r.controller.byte) webModules.bytes.byteControllerError(r.controller, err);
    else if (r.controller) webModules.readable.defaultControllerError(r.controller, err);
    return;
  }
  const w = webRecord(stream, 'writable');
  if (w !== undefined && w.controller) webModules.writable.controllerErrorIfNeeded(w.controller, err);
}

function isDestroyed(stream) {
  if (!isNodeStream(stream)) return null;
  const state = stream._writableState || stream._readableState;
  return !!(stream.destroyed || (state && state.destroyed));
}

// Whether data was read from the stream or it was aborted.
function isDisturbed(stream) {
  if (!stream) return false;
  const web = webRecord(stream, 'readable');
  if (web !== undefined) return !!web.disturbed;
  return !!(stream.readableDidRead || stream.readableAborted);
}

// Errored once the 'error' event went out (Node reads errorEmitted first).
function isErrored(stream) {
  if (!stream) return false;
  const web = webRecord(stream, 'readable') || webRecord(stream, 'writable');
  if (web !== undefined) return web.state === 'errored';
  const r = stream._readableState;
  const w = stream._writableState;
  if (r && typeof r.errorEmitted === 'boolean') return r.errorEmitted;
  if (w && typeof w.errorEmitted === 'boolean') return w.errorEmitted;
  return !!((r && r.errored) || (w && w.errored));
}

function isReadable(stream) {
  const web = webRecord(stream, 'readable');
  if (web !== undefined) return web.state === 'readable';
  if (!stream || typeof stream.readable !== 'boolean') return null;
  if (isDestroyed(stream)) return false;
  const r = stream._readableState;
  return isReadableNodeStream(stream) && stream.readable && !(r && !r.errored && r.endEmitted);
}

function isWritable(stream) {
  if (!stream || typeof stream.writable !== 'boolean') return null;
  if (isDestroyed(stream)) return false;
  const w = stream._writableState;
  const ended = stream.writableEnded === true || !!(w && !w.errored && w.ended);
  return isWritableNodeStream(stream) && stream.writable && !ended;
}

// Neither side can still make progress.
function isFinished(stream) {
  if (!isNodeStream(stream)) return null;
  if (isDestroyed(stream)) return true;
  return !isReadable(stream) && !isWritable(stream);
}

function isRequest(stream) {
  return !!(stream && stream.setHeader && typeof stream.abort === 'function');
}

// stream.destroy(stream[, err]): a stream stopped before its end gets an
// AbortError; client requests are aborted.
function destroyer(stream, err) {
  if (!err && !isFinished(stream)) {
    const { AbortError } = require('internal/errors');
    err = new AbortError();
  }
  if (isRequest(stream)) stream.abort();
  else if (isRequest(stream && stream.req)) stream.req.abort();
  else if (stream && typeof stream.destroy === 'function') stream.destroy(err);
  else if (stream && typeof stream.close === 'function') stream.close();
  else if (stream && typeof stream.emit === 'function') {
    if (err) process.nextTick(() => stream.emit('error', err));
    else process.nextTick(() => stream.emit('close'));
  }
}

module.exports = {
  isFinished,
  destroyer,
  isNodeStream,
  isReadableNodeStream,
  isWritableNodeStream,
  isReadableStream,
  isWritableStream,
  isTransformStream,
  isWebStream,
  webAdapter,
  fromWebForPipeline,
  errorWebStream,
  isDestroyed,
  isDisturbed,
  isErrored,
  isReadable,
  isWritable,
};
