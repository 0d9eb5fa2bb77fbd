'use strict';
// stream.compose(...streams): one Duplex that writes into the first stream
// and reads from the last, with the stages connected by pipeline().

const {
  AbortError,
  codes: { ERR_INVALID_ARG_VALUE, ERR_MISSING_ARGS },
} = require('internal/errors');
const Duplex = require('internal/streams/duplex');
const { pipeline } = require('internal/streams/pipeline');
const {
  isNodeStream, isReadableNodeStream, isWritableNodeStream,
  isReadableStream, isWritableStream, isTransformStream, isWebStream, fromWebForPipeline,
} = require('internal/streams/utils');

function compose(...streams) {
  if (streams.length === 0) throw new ERR_MISSING_ARGS('streams');
  if (streams.length === 1) return Duplex.from(streams[0]);

  const given = [...streams];
  const last = streams.length - 1;
  // Functions at either end become Duplexes; in between, pipeline runs them.
  if (typeof streams[0] === 'function') streams[0] = Duplex.from(streams[0]);
  if (typeof streams[last] === 'function') streams[last] = Duplex.from(streams[last]);

  // Web streams count as byte mode at the ends, as in Node.
  const headIsWeb = isWebStream(streams[0]);
  const tailIsWeb = isWebStream(streams[last]);

  // Streams must connect; anything else is pipeline's to convert.
  for (let n = 0; n < streams.length; n++) {
    const s = streams[n];
    if (isWebStream(s)) {
      if (n < last && !isReadableStream(s) && !isTransformStream(s)) {
        throw new ERR_INVALID_ARG_VALUE(`streams[${n}]`, given[n], 'must be readable');
      }
      if (n > 0 && !isWritableStream(s) && !isTransformStream(s)) {
        throw new ERR_INVALID_ARG_VALUE(`streams[${n}]`, given[n], 'must be writable');
      }
      streams[n] = fromWebForPipeline(s);
    } else if (isNodeStream(s)) {
      if (n < last && !isReadableNodeStream(s)) {
        throw new ERR_INVALID_ARG_VALUE(`streams[${n}]`, given[n], 'must be readable');
      }
      if (n > 0 && !isWritableNodeStream(s)) {
        throw new ERR_INVALID_ARG_VALUE(`streams[${n}]`, given[n], 'must be writable');
      }
    }
  }

  const head = streams[0];
  let onDrain = null;
  let onFinal = null;
  let onReadable = null;
  let onClose = null;
  let pipelineDone = false;
  let tailEnded = false;
  let d;

  function callFinal() {
    const cb = onFinal;
    onFinal = null;
    if (cb) cb();
  }

  function onFinished(err) {
    pipelineDone = true;
    const cb = onClose;
    onClose = null;
    if (cb) cb(err);
    else if (err) d.destroy(err);
    else if (!readable && !writable) d.destroy();
    else if (!readable) callFinal();
  }

  const tail = pipeline(streams, onFinished);
  const writable = isWritableNodeStream(head);
  const readable = isReadableNodeStream(tail);

  d = new Duplex({
    writableObjectMode: !headIsWeb && !!(head && head.writableObjectMode),
    readableObjectMode: !tailIsWeb && !!(tail && tail.readableObjectMode),
    writable,
    readable,
  });

  if (writable) {
    d._write = function(chunk, encoding, cb) {
      if (head.write(chunk, encoding)) cb();
      else onDrain = cb;
    };
    d._final = function(cb) {
      head.end();
      onFinal = cb;
      // A readable composite finishes when its last stage ended, a
      // writable-only one when the pipeline completed.
      if ((readable && tailEnded) || (!readable && pipelineDone)) callFinal();
    };
    head.on('drain', () => {
      const cb = onDrain;
      onDrain = null;
      if (cb) cb();
    });
  }

  if (readable) {
    d._read = function() {
      for (;;) {
        const chunk = tail.read();
        if (chunk === null) {
          onReadable = d._read;
          return;
        }
        if (!d.push(chunk)) return;
      }
    };
    tail.on('readable', () => {
      const fn = onReadable;
      onReadable = null;
      if (fn) fn.call(d);
    });
    tail.on('end', () => {
      tailEnded = true;
      d.push(null);
      if (onFinal) process.nextTick(callFinal);
    });
  }

  d._destroy = function(err, cb) {
    // Destroying it while its stages still run aborts them.
    if (!err && !pipelineDone) err = new AbortError();
    onDrain = onFinal = onReadable = null;
    if (pipelineDone) {
      cb(err);
    } else {
      onClose = cb;
      if (typeof tail.destroy === 'function') tail.destroy(err);
    }
  };
  return d;
}

module.exports = compose;
