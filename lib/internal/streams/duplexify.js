'use strict';
// Duplex.from(body): a Duplex over a stream, a web stream, an (async)
// iterable, a generator or async function, a promise, a Blob or a
// { readable, writable } pair.

const {
  AbortError,
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_RETURN_VALUE },
} = require('internal/errors');
const Duplex = require('internal/streams/duplex');
const eos = require('internal/streams/end-of-stream');
const from = require('internal/streams/from');
const {
  isNodeStream, isReadableNodeStream, isWritableNodeStream,
  isReadableStream, isWritableStream, webAdapter,
} = require('internal/streams/utils');

let Readable;
let Blob;

// The class Node names its Duplex.from results after.
class Duplexify extends Duplex {}

function isIterable(obj) {
  return obj != null && (typeof obj[Symbol.asyncIterator] === 'function' ||
    typeof obj[Symbol.iterator] === 'function');
}

function destroyer(stream, err) {
  if (!stream || stream.destroyed) return;
  if (typeof stream.destroy === 'function') stream.destroy(err);
  else if (typeof stream.close === 'function') stream.close();
}

function duplexify(body, name) {
  if (isReadableNodeStream(body) && isWritableNodeStream(body)) return body;
  if (isReadableNodeStream(body)) return fromPair({ readable: body });
  if (isWritableNodeStream(body)) return fromPair({ writable: body });
  if (isNodeStream(body)) return fromPair({});

  if (isReadableStream(body)) {
    return fromPair({ readable: webAdapter('newStreamReadableFromReadableStream')(body) });
  }
  if (isWritableStream(body)) {
    return fromPair({ writable: webAdapter('newStreamWritableFromWritableStream')(body) });
  }

  if (typeof body === 'function') return fromFunction(body, name);

  Blob ??= require('internal/buffer_blob').Blob;
  if (body instanceof Blob) return duplexify(body.arrayBuffer(), name);

  if (isIterable(body)) return from(Duplexify, body, { objectMode: true, writable: false });

  if (body && isReadableStream(body.readable) && isWritableStream(body.writable)) {
    return webAdapter('newStreamDuplexFromReadableWritablePair')(body);
  }

  if (body && (typeof body.readable === 'object' || typeof body.writable === 'object')) {
    const r = body.readable;
    const w = body.writable;
    return fromPair({
      readable: r ? (isReadableNodeStream(r) ? r : duplexify(r, name)) : undefined,
      writable: w ? (isWritableNodeStream(w) ? w : duplexify(w, name)) : undefined,
    });
  }

  if (body && typeof body.then === 'function') return fromPromise(body);

  throw new ERR_INVALID_ARG_TYPE(name, ['Blob', 'ReadableStream', 'WritableStream', 'Stream',
    'Iterable', 'AsyncIterable', 'Function', '{ readable, writable } pair', 'Promise'], body);
}

// A resolved value becomes the only chunk; null/undefined none.
function fromPromise(promise) {
  const d = new Duplexify({ objectMode: true, writable: false, read() {} });
  promise.then((value) => {
    if (value != null) d.push(value);
    d.push(null);
  }, (err) => destroyer(d, err));
  return d;
}

// fn(source, { signal }): source is an async iterable of what is written to
// the Duplex. A write completes once the function has taken its chunk.
function fromFunction(fn, name) {
  const ac = new AbortController();
  let pending = null; // a write (or the end) the function has not taken yet
  let waiting = null; // { resolve, reject } while the function waits for one

  function deliver(item) {
    if (waiting !== null) {
      const w = waiting;
      waiting = null;
      w.resolve(item);
    } else {
      pending = item;
    }
  }

  async function* source() {
    for (;;) {
      if (pending === null && ac.signal.aborted) {
        throw new AbortError(undefined, { cause: ac.signal.reason });
      }
      // Always a turn of the microtask queue, as in Node: the write
      // callback then runs after the chunk went downstream.
      const item = await (pending ?? new Promise((resolve, reject) => { waiting = { resolve, reject }; }));
      pending = null;
      process.nextTick(item.cb);
      if (item.done) return;
      if (ac.signal.aborted) throw new AbortError(undefined, { cause: ac.signal.reason });
      yield item.chunk;
    }
  }

  function write(chunk, encoding, cb) {
    deliver({ chunk, done: false, cb });
  }
  function abort(err) {
    ac.abort();
    if (waiting !== null) {
      const w = waiting;
      waiting = null;
      w.reject(new AbortError(undefined, { cause: err || ac.signal.reason }));
    }
  }
  function destroy(err, cb) {
    abort(err);
    cb(err);
  }

  const value = fn(source(), { signal: ac.signal });

  if (isIterable(value)) {
    // Unlike Node, a destroy before the end also wakes a generator waiting
    // for input (Node leaves it, and 'close', pending forever).
    const d = from(Duplexify, value, {
      objectMode: true, write, final(cb) { deliver({ done: true, cb }); },
    }, (err) => {
      if (err || !d._readableState.endEmitted || !d._writableState.finished) abort(err);
    });
    return d;
  }

  if (value && typeof value.then === 'function') {
    // An async function: writable only, finished once it has returned.
    let outcome = null;
    const result = Promise.resolve(value).then((v) => {
      outcome = v == null ? { ok: true } : { err: new ERR_INVALID_RETURN_VALUE('nully', name, v) };
    }, (err) => {
      outcome = { err };
      destroyer(d, err);
    });
    const d = new Duplexify({
      objectMode: true,
      readable: false,
      write,
      final(cb) {
        deliver({
          done: true,
          cb() {
            result.then(() => process.nextTick(cb, outcome.err || null));
          },
        });
      },
      destroy,
    });
    return d;
  }

  throw new ERR_INVALID_RETURN_VALUE('Iterable, AsyncIterable or AsyncFunction', name, value);
}

// A Duplex that writes to `writable` and reads from `readable`.
function fromPair({ readable, writable }) {
  let r = readable;
  const w = writable;
  if (r && typeof r.read !== 'function') {
    Readable ??= require('internal/streams/readable');
    r = Readable.wrap(r); // a legacy Stream
  }
  const d = new Duplexify({
    readableObjectMode: !!(r && r.readableObjectMode),
    writableObjectMode: !!(w && w.writableObjectMode),
    readable: !!r,
    writable: !!w,
  });

  let onDrain = null;
  let onFinal = null;
  let onReadable = null;
  let onClose = null; // d's destroy callback, once the inner streams are gone
  let closeError = null;
  let rDone = !r; // 'end' seen
  let wDone = !w; // 'finish' seen
  let rSettled = !r; // end-of-stream seen
  let wSettled = !w;

  function maybeClosed() {
    if (onClose !== null && rSettled && wSettled) {
      const cb = onClose;
      onClose = null;
      cb(closeError);
    }
  }

  if (w) {
    d._write = function(chunk, encoding, cb) {
      if (w.write(chunk, encoding)) cb();
      else onDrain = cb;
    };
    d._final = function(cb) {
      if (wDone) {
        cb();
        return;
      }
      w.end();
      onFinal = cb;
    };
    w.on('drain', () => {
      const cb = onDrain;
      onDrain = null;
      if (cb) cb();
    });
    w.on('finish', () => {
      wDone = true;
      const cb = onFinal;
      onFinal = null;
      if (cb) cb();
    });
    eos(w, { readable: false, writable: true }, (err) => {
      wSettled = true;
      if (err) destroyer(d, err);
      maybeClosed();
    });
  }

  if (r) {
    d._read = function() {
      for (;;) {
        const chunk = r.read();
        if (chunk === null) {
          onReadable = d._read;
          return;
        }
        if (!d.push(chunk)) return;
      }
    };
    r.on('readable', () => {
      const fn = onReadable;
      onReadable = null;
      if (fn) fn.call(d);
    });
    r.on('end', () => {
      rDone = true;
      d.push(null);
    });
    eos(r, { readable: true, writable: false }, (err) => {
      rSettled = true;
      if (err) destroyer(d, err);
      maybeClosed();
    });
  }

  d._destroy = function(err, cb) {
    if (!err && !(rDone && wDone)) err = new AbortError();
    onDrain = onFinal = onReadable = null;
    // Wait only for the sides still running; finished ones close by themselves.
    if (!wDone) destroyer(w, err);
    else wSettled = true;
    if (!rDone) destroyer(r, err);
    else rSettled = true;
    closeError = err;
    onClose = cb;
    maybeClosed();
  };
  return d;
}

module.exports = { duplexify, Duplexify };
