'use strict';
// Bridges between node:stream and web streams: Readable.toWeb/fromWeb,
// Writable.toWeb/fromWeb, Duplex.toWeb/fromWeb. Also used by stream.compose
// and Duplex.from for web-stream inputs.

const {
  AbortError,
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_STREAM_PREMATURE_CLOSE },
} = require('internal/errors');
const { validateBoolean, validateObject } = require('internal/validators');
const { createDeferred } = require('internal/webstreams/util');
const { ReadableStream, readableStreamRecord } = require('internal/webstreams/readablestream');
const { WritableStream, writableStreamRecord } = require('internal/webstreams/writablestream');
const { CountQueuingStrategy } = require('internal/webstreams/queuingstrategies');
const eos = require('internal/streams/end-of-stream');

// Loaded on use: internal/streams/* require this file lazily and the
// reverse must not run at load time either.
function Readable() { return require('internal/streams/readable'); }
function Writable() { return require('internal/streams/writable'); }
function Duplex() { return require('internal/streams/duplex'); }

function isReadableNodeStream(s) {
  return !!(s && typeof s.pipe === 'function' && typeof s.on === 'function' && s._readableState &&
    (!s._writableState || s._readableState.readable !== false));
}

function isWritableNodeStream(s) {
  return !!(s && typeof s.write === 'function' && typeof s.on === 'function' && s._writableState &&
    (!s._readableState || s._writableState.writable !== false));
}

function isDuplexNodeStream(s) {
  return !!(s && typeof s.pipe === 'function' && typeof s.write === 'function' && typeof s.on === 'function' &&
    s._readableState && s._writableState);
}

function destroyStream(stream, err) {
  if (typeof stream.destroy === 'function') stream.destroy(err);
}

// A close without end/finish becomes an AbortError, as in Node.
function finishedError(error) {
  if (error && error.code === 'ERR_STREAM_PREMATURE_CLOSE') return new AbortError(undefined, { cause: error });
  return error;
}

// Node calls a stream callback outside the promise job that settled it, so
// a throwing callback is an uncaught exception rather than a rejection.
function callLater(fn, ...args) {
  try {
    fn(...args);
  } catch (err) {
    process.nextTick(() => { throw err; });
  }
}

function isEnded(writable) {
  const w = writable._writableState;
  return !!(w && (w.ending || w.ended || w.finished));
}

function isClosedOrDestroyed(stream) {
  return !!(stream.destroyed || stream._readableState?.closed || stream._writableState?.closed);
}

// ---------------------------------------------------------------------------
// node:stream Readable -> ReadableStream

function newReadableStreamFromStreamReadable(streamReadable, options = {}) {
  if (!isReadableNodeStream(streamReadable)) {
    throw new ERR_INVALID_ARG_TYPE('streamReadable', 'stream.Readable', streamReadable);
  }
  validateObject(options, 'options');
  if (isClosedOrDestroyed(streamReadable) || streamReadable._readableState.endEmitted) {
    const readable = new ReadableStream();
    readable.cancel();
    return readable;
  }
  const objectMode = streamReadable.readableObjectMode;
  const highWaterMark = streamReadable.readableHighWaterMark;
  let strategy = options.strategy;
  if (strategy === undefined) {
    strategy = objectMode ? new CountQueuingStrategy({ highWaterMark }) :
      { highWaterMark, size(chunk) { return chunk.length; } };
  }
  let controller;

  function onData(chunk) {
    // Bytes leave as plain Uint8Arrays; strings and objects as they are.
    if (!objectMode && chunk instanceof Uint8Array && chunk.constructor !== Uint8Array) {
      chunk = new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    }
    try {
      controller.enqueue(chunk);
    } catch {
      return; // canceled: the source is being destroyed
    }
    if (controller.desiredSize <= 0) streamReadable.pause();
  }

  const cleanup = eos(streamReadable, (error) => {
    cleanup();
    streamReadable.removeListener('data', onData);
    error = finishedError(error);
    if (error) {
      controller.error(error);
      return;
    }
    try {
      controller.close();
    } catch {
      // already closed or canceled
    }
  });

  const readable = new ReadableStream({
    start(c) { controller = c; },
    pull() { streamReadable.resume(); },
    cancel(reason) { destroyStream(streamReadable, reason); },
  }, strategy);
  streamReadable.pause();
  streamReadable.on('data', onData);
  return readable;
}

// ---------------------------------------------------------------------------
// ReadableStream -> node:stream Readable

function readableOptions(options) {
  validateObject(options, 'options');
  const { highWaterMark, encoding, objectMode = false, signal } = options;
  if (encoding !== undefined && !require('buffer').Buffer.isEncoding(encoding)) {
    throw new ERR_INVALID_ARG_VALUE('options.encoding', encoding);
  }
  validateBoolean(objectMode, 'options.objectMode');
  return { highWaterMark, encoding, objectMode, signal };
}

function newStreamReadableFromReadableStream(readableStream, options = {}) {
  if (readableStreamRecord(readableStream) === undefined) {
    throw new ERR_INVALID_ARG_TYPE('readableStream', 'ReadableStream', readableStream);
  }
  const { highWaterMark, encoding, objectMode, signal } = readableOptions(options);
  const reader = readableStream.getReader();
  let closed = false;

  const readable = new (Readable())({
    objectMode,
    highWaterMark,
    encoding,
    signal,
    read() {
      reader.read().then((chunk) => {
        if (chunk.done) readable.push(null);
        else readable.push(chunk.value);
      }, (error) => destroyStream(readable, error));
    },
    destroy(error, callback) {
      const done = () => callLater(callback, error);
      if (!closed) {
        reader.cancel(error).then(done, done);
        return;
      }
      done();
    },
  });

  reader.closed.then(() => {
    closed = true;
  }, (error) => {
    closed = true;
    destroyStream(readable, error);
  });
  return readable;
}

// ---------------------------------------------------------------------------
// node:stream Writable -> WritableStream

function newWritableStreamFromStreamWritable(streamWritable) {
  if (!isWritableNodeStream(streamWritable)) {
    throw new ERR_INVALID_ARG_TYPE('streamWritable', 'stream.Writable', streamWritable);
  }
  if (isClosedOrDestroyed(streamWritable)) {
    const writable = new WritableStream();
    writable.close();
    return writable;
  }
  const strategy = new CountQueuingStrategy({ highWaterMark: streamWritable.writableHighWaterMark });
  let controller;
  let backpressure; // deferred: settles on 'drain' or when the stream ends
  let closing; // deferred: settles on 'finish' or error

  function onDrain() {
    if (backpressure !== undefined) backpressure.resolve();
    backpressure = undefined;
  }

  const cleanup = eos(streamWritable, (error) => {
    cleanup();
    streamWritable.removeListener('drain', onDrain);
    error = finishedError(error);
    if (error) {
      if (backpressure !== undefined) backpressure.reject(error);
      backpressure = undefined;
      if (closing !== undefined) closing.reject(error);
      closing = undefined;
      controller.error(error);
      return;
    }
    if (closing !== undefined) {
      closing.resolve();
      closing = undefined;
      return;
    }
    controller.error(new AbortError());
  });
  streamWritable.on('drain', onDrain);

  return new WritableStream({
    start(c) { controller = c; },
    write(chunk) {
      if (streamWritable.writableNeedDrain || !streamWritable.write(chunk)) {
        backpressure = createDeferred();
        return backpressure.promise;
      }
    },
    abort(reason) { destroyStream(streamWritable, reason); },
    close() {
      if (closing === undefined && !isEnded(streamWritable)) {
        closing = createDeferred();
        streamWritable.end();
        return closing.promise;
      }
      controller = undefined;
    },
  }, strategy);
}

// ---------------------------------------------------------------------------
// WritableStream -> node:stream Writable

function writableOptions(options) {
  validateObject(options, 'options');
  const { highWaterMark, decodeStrings = true, objectMode = false, signal } = options;
  validateBoolean(objectMode, 'options.objectMode');
  validateBoolean(decodeStrings, 'options.decodeStrings');
  return { highWaterMark, decodeStrings, objectMode, signal };
}

// The write/final halves shared by Writable.fromWeb and Duplex.fromWeb.
function writerMethods(writer, isClosed, getStream) {
  return {
    write(chunk, encoding, callback) {
      const done = (error) => {
        try {
          callback(error);
        } catch (err) {
          destroyStream(getStream(), err);
        }
      };
      writer.ready.then(() => writer.write(chunk).then(() => done(), done), done);
    },
    final(callback) {
      const done = (error) => {
        try {
          callback(error);
        } catch (err) {
          process.nextTick(() => destroyStream(getStream(), err));
        }
      };
      if (!isClosed()) writer.close().then(() => done(), done);
      else done();
    },
  };
}

function newStreamWritableFromWritableStream(writableStream, options = {}) {
  if (writableStreamRecord(writableStream) === undefined) {
    throw new ERR_INVALID_ARG_TYPE('writableStream', 'WritableStream', writableStream);
  }
  const { highWaterMark, decodeStrings, objectMode, signal } = writableOptions(options);
  const writer = writableStream.getWriter();
  let closed = false;
  let writable;
  const { write, final } = writerMethods(writer, () => closed, () => writable);

  writable = new (Writable())({
    highWaterMark,
    objectMode,
    decodeStrings,
    signal,
    write,
    final,
    destroy(error, callback) {
      const done = () => callLater(callback, error);
      if (!closed) {
        if (error != null) writer.abort(error).then(done, done);
        else writer.close().then(done, done);
        return;
      }
      done();
    },
  });

  writer.closed.then(() => {
    closed = true;
    if (!isEnded(writable)) destroyStream(writable, new ERR_STREAM_PREMATURE_CLOSE());
  }, (error) => {
    closed = true;
    destroyStream(writable, error);
  });
  return writable;
}

// ---------------------------------------------------------------------------
// Duplex <-> { readable, writable }

function newReadableWritablePairFromDuplex(duplex) {
  if (!isDuplexNodeStream(duplex)) throw new ERR_INVALID_ARG_TYPE('duplex', 'stream.Duplex', duplex);
  let readable;
  let writable;
  if (duplex._readableState.readable === false) {
    readable = new ReadableStream();
    readable.cancel();
  } else {
    readable = newReadableStreamFromStreamReadable(duplex);
  }
  if (duplex._writableState.writable === false) {
    writable = new WritableStream();
    writable.close();
  } else {
    writable = newWritableStreamFromStreamWritable(duplex);
  }
  return { readable, writable };
}

function newStreamDuplexFromReadableWritablePair(pair = {}, options = {}) {
  validateObject(pair, 'pair', { allowFunction: true });
  const { readable: readableStream, writable: writableStream } = pair;
  if (readableStreamRecord(readableStream) === undefined) {
    throw new ERR_INVALID_ARG_TYPE('pair.readable', 'ReadableStream', readableStream);
  }
  if (writableStreamRecord(writableStream) === undefined) {
    throw new ERR_INVALID_ARG_TYPE('pair.writable', 'WritableStream', writableStream);
  }
  validateObject(options, 'options');
  const { allowHalfOpen = false, objectMode = false, encoding, decodeStrings = true, highWaterMark, signal } = options;
  validateBoolean(objectMode, 'options.objectMode');
  if (encoding !== undefined && !require('buffer').Buffer.isEncoding(encoding)) {
    throw new ERR_INVALID_ARG_VALUE('options.encoding', encoding);
  }
  const writer = writableStream.getWriter();
  const reader = readableStream.getReader();
  let writableClosed = false;
  let readableClosed = false;
  let duplex;
  const { write, final } = writerMethods(writer, () => writableClosed, () => duplex);

  duplex = new (Duplex())({
    allowHalfOpen,
    highWaterMark,
    objectMode,
    encoding,
    decodeStrings,
    signal,
    write,
    final,
    read() {
      reader.read().then((chunk) => {
        if (chunk.done) duplex.push(null);
        else duplex.push(chunk.value);
      }, (error) => destroyStream(duplex, error));
    },
    destroy(error, callback) {
      const done = () => callLater(callback, error);
      const pending = [];
      if (!writableClosed) pending.push(writer.abort(error));
      if (!readableClosed) pending.push(reader.cancel(error));
      if (pending.length > 0) {
        Promise.all(pending).then(done, done);
        return;
      }
      done();
    },
  });

  writer.closed.then(() => {
    writableClosed = true;
    if (!isEnded(duplex)) destroyStream(duplex, new ERR_STREAM_PREMATURE_CLOSE());
  }, (error) => {
    writableClosed = true;
    readableClosed = true;
    destroyStream(duplex, error);
  });
  reader.closed.then(() => {
    readableClosed = true;
  }, (error) => {
    writableClosed = true;
    readableClosed = true;
    destroyStream(duplex, error);
  });
  return duplex;
}

module.exports = {
  newReadableStreamFromStreamReadable,
  newStreamReadableFromReadableStream,
  newWritableStreamFromStreamWritable,
  newStreamWritableFromWritableStream,
  newReadableWritablePairFromDuplex,
  newStreamDuplexFromReadableWritablePair,
};
