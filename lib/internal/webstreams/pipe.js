'use strict';
// The operations that connect streams: ReadableStream pipeTo (and so
// pipeThrough) and tee, for default and byte streams.

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_STATE },
} = require('internal/errors');
const { validateObject } = require('internal/validators');
const { noop, createDeferred, markHandled, cloneAsUint8Array } = require('internal/webstreams/util');
const rs = require('internal/webstreams/readablestream');
const bytes = require('internal/webstreams/bytestream');
const ws = require('internal/webstreams/writablestream');
const { queueMicrotask } = require('internal/process/task_queues');

const resolvedUndefined = Promise.resolve();

let isAbortSignal;

function pipeOptions(options) {
  if (options === undefined) options = {};
  validateObject(options, 'options', { allowFunction: true, allowArray: true });
  const signal = options.signal;
  if (signal !== undefined) {
    isAbortSignal ??= require('internal/abort_controller').isAbortSignal;
    if (!isAbortSignal(signal)) throw new ERR_INVALID_ARG_TYPE('options.signal', 'AbortSignal', signal);
  }
  return {
    preventAbort: Boolean(options.preventAbort),
    preventCancel: Boolean(options.preventCancel),
    preventClose: Boolean(options.preventClose),
    signal,
  };
}

// ---------------------------------------------------------------------------
// pipeTo

function readableStreamPipeTo(source, dest, { preventClose, preventAbort, preventCancel, signal }) {
  const reader = rs.acquireDefaultReader(source);
  const writer = ws.acquireDefaultWriter(dest);
  source.disturbed = true;
  let shuttingDown = false;
  // The last write started.
  let currentWrite = resolvedUndefined;
  const done = createDeferred();
  let abortAlgorithm;

  // Every chunk read is written before the pipe finishes.
  function waitForWrites() {
    const last = currentWrite;
    const check = () => (last !== currentWrite ? waitForWrites() : undefined);
    return last.then(check, check);
  }

  function finalize(isError, error) {
    ws.writerRelease(writer);
    rs.defaultReaderRelease(reader);
    if (signal !== undefined) signal.removeEventListener('abort', abortAlgorithm);
    if (isError) done.reject(error);
    else done.resolve(undefined);
  }

  function shutdownWithAnAction(action, originalIsError, originalError) {
    if (shuttingDown) return;
    shuttingDown = true;
    const run = () => {
      let p;
      try {
        p = action();
      } catch (err) {
        p = Promise.reject(err);
      }
      p.then(() => finalize(originalIsError, originalError), (newError) => finalize(true, newError));
    };
    if (dest.state === 'writable' && !ws.writableStreamCloseQueuedOrInFlight(dest)) waitForWrites().then(run);
    else run();
  }

  function shutdown(isError, error) {
    if (shuttingDown) return;
    shuttingDown = true;
    if (dest.state === 'writable' && !ws.writableStreamCloseQueuedOrInFlight(dest)) {
      waitForWrites().then(() => finalize(isError, error));
    } else {
      finalize(isError, error);
    }
  }

  if (signal !== undefined) {
    abortAlgorithm = () => {
      const error = signal.reason;
      const actions = [];
      if (!preventAbort) {
        actions.push(() => (dest.state === 'writable' ? ws.writableStreamAbort(dest, error) : resolvedUndefined));
      }
      if (!preventCancel) {
        actions.push(() => (source.state === 'readable' ? rs.readableStreamCancel(source, error) : resolvedUndefined));
      }
      shutdownWithAnAction(() => Promise.all(actions.map((a) => a())), true, error);
    };
    if (signal.aborted) {
      abortAlgorithm();
      return done.promise;
    }
    signal.addEventListener('abort', abortAlgorithm, { once: true });
  }

  // The four conditions, in the order the spec checks them.
  function onSourceErrored(storedError) {
    if (!preventAbort) shutdownWithAnAction(() => ws.writableStreamAbort(dest, storedError), true, storedError);
    else shutdown(true, storedError);
  }
  function onDestErrored(storedError) {
    if (!preventCancel) shutdownWithAnAction(() => rs.readableStreamCancel(source, storedError), true, storedError);
    else shutdown(true, storedError);
  }
  function onSourceClosed() {
    if (!preventClose) shutdownWithAnAction(() => ws.writerCloseWithErrorPropagation(writer));
    else shutdown();
  }
  function onDestClosing() {
    const destClosed = new ERR_INVALID_STATE.TypeError('Destination WritableStream is closed');
    if (!preventCancel) shutdownWithAnAction(() => rs.readableStreamCancel(source, destClosed), true, destClosed);
    else shutdown(true, destClosed);
  }

  function checkStates() {
    if (source.state === 'errored') onSourceErrored(source.storedError);
    else if (dest.state === 'errored') onDestErrored(dest.storedError);
    else if (source.state === 'closed') onSourceClosed();
    else if (ws.writableStreamCloseQueuedOrInFlight(dest) || dest.state === 'closed') onDestClosing();
  }

  // One step: wait until the destination has room, read one chunk and start
  // writing it. Resolves with true when the source has no more chunks.
  function pipeStep() {
    if (shuttingDown) return Promise.resolve(true);
    return writer.ready.promise.then(() => new Promise((resolveRead, rejectRead) => {
      rs.defaultReaderRead(reader, {
        chunk(chunk) {
          currentWrite = ws.writerWrite(writer, chunk);
          markHandled(currentWrite);
          resolveRead(false);
        },
        close() { resolveRead(true); },
        error: rejectRead,
      });
    }));
  }

  function loop() {
    const next = (finished) => {
      if (!finished) pipeStep().then(next, noop);
    };
    next(false);
  }

  // Later changes of state arrive through the closed promises.
  reader.closed.promise.then(onSourceClosed, onSourceErrored);
  writer.closed.promise.then(noop, onDestErrored);
  checkStates();
  loop();
  return done.promise;
}

// ---------------------------------------------------------------------------
// tee

function readableStreamDefaultTee(stream) {
  const reader = rs.acquireDefaultReader(stream);
  let reading = false;
  let readAgain = false;
  let canceled1 = false;
  let canceled2 = false;
  let reason1;
  let reason2;
  let branch1;
  let branch2;
  const cancelPromise = createDeferred();

  const readRequest = {
    chunk(chunk) {
      queueMicrotask(() => {
        readAgain = false;
        if (!canceled1) rs.defaultControllerEnqueue(branch1.controller, chunk);
        if (!canceled2) rs.defaultControllerEnqueue(branch2.controller, chunk);
        reading = false;
        if (readAgain) pullAlgorithm();
      });
    },
    close() {
      // Node closes the branches on the next tick, after the microtasks
      // already queued (observable as a later end of reading).
      process.nextTick(() => {
        reading = false;
        if (!canceled1) rs.defaultControllerClose(branch1.controller);
        if (!canceled2) rs.defaultControllerClose(branch2.controller);
        if (!canceled1 || !canceled2) cancelPromise.resolve(undefined);
      });
    },
    error() {
      reading = false;
    },
  };

  function pullAlgorithm() {
    if (reading) {
      readAgain = true;
      return resolvedUndefined;
    }
    reading = true;
    rs.defaultReaderRead(reader, readRequest);
    return resolvedUndefined;
  }

  function cancel1Algorithm(reason) {
    canceled1 = true;
    reason1 = reason;
    if (canceled2) cancelPromise.resolve(rs.readableStreamCancel(stream, [reason1, reason2]));
    return cancelPromise.promise;
  }

  function cancel2Algorithm(reason) {
    canceled2 = true;
    reason2 = reason;
    if (canceled1) cancelPromise.resolve(rs.readableStreamCancel(stream, [reason1, reason2]));
    return cancelPromise.promise;
  }

  branch1 = rs.createReadableStream(noop, pullAlgorithm, cancel1Algorithm);
  branch2 = rs.createReadableStream(noop, pullAlgorithm, cancel2Algorithm);
  reader.closed.promise.then(undefined, (r) => {
    rs.defaultControllerError(branch1.controller, r);
    rs.defaultControllerError(branch2.controller, r);
    if (!canceled1 || !canceled2) cancelPromise.resolve(undefined);
  });
  return [branch1, branch2];
}

function readableByteStreamTee(stream) {
  let reader = rs.acquireDefaultReader(stream);
  let reading = false;
  let readAgainForBranch1 = false;
  let readAgainForBranch2 = false;
  let canceled1 = false;
  let canceled2 = false;
  let reason1;
  let reason2;
  let branch1;
  let branch2;
  const cancelPromise = createDeferred();

  function forwardReaderError(thisReader) {
    thisReader.closed.promise.then(undefined, (r) => {
      if (thisReader !== reader) return;
      bytes.byteControllerError(branch1.controller, r);
      bytes.byteControllerError(branch2.controller, r);
      if (!canceled1 || !canceled2) cancelPromise.resolve(undefined);
    });
  }

  function cloneFailed(e) {
    bytes.byteControllerError(branch1.controller, e);
    bytes.byteControllerError(branch2.controller, e);
    cancelPromise.resolve(rs.readableStreamCancel(stream, e));
  }

  function readAgain() {
    if (readAgainForBranch1) pull1Algorithm();
    else if (readAgainForBranch2) pull2Algorithm();
  }

  function pullWithDefaultReader() {
    if (reader.byob) {
      bytes.byobReaderRelease(reader);
      reader = rs.acquireDefaultReader(stream);
      forwardReaderError(reader);
    }
    rs.defaultReaderRead(reader, {
      chunk(chunk) {
        queueMicrotask(() => {
          readAgainForBranch1 = false;
          readAgainForBranch2 = false;
          let chunk2 = chunk;
          if (!canceled1 && !canceled2) {
            try {
              chunk2 = cloneAsUint8Array(chunk);
            } catch (e) {
              cloneFailed(e);
              return;
            }
          }
          if (!canceled1) bytes.byteControllerEnqueue(branch1.controller, chunk);
          if (!canceled2) bytes.byteControllerEnqueue(branch2.controller, chunk2);
          reading = false;
          readAgain();
        });
      },
      close() {
        reading = false;
        if (!canceled1) bytes.byteControllerClose(branch1.controller);
        if (!canceled2) bytes.byteControllerClose(branch2.controller);
        if (branch1.controller.pendingPullIntos.length > 0) bytes.byteControllerRespond(branch1.controller, 0);
        if (branch2.controller.pendingPullIntos.length > 0) bytes.byteControllerRespond(branch2.controller, 0);
        if (!canceled1 || !canceled2) cancelPromise.resolve(undefined);
      },
      error() {
        reading = false;
      },
    });
  }

  function pullWithBYOBReader(view, forBranch2) {
    if (!reader.byob) {
      rs.defaultReaderRelease(reader);
      reader = bytes.acquireBYOBReader(stream);
      forwardReaderError(reader);
    }
    const byobBranch = forBranch2 ? branch2 : branch1;
    const otherBranch = forBranch2 ? branch1 : branch2;
    bytes.byobReaderRead(reader, view, 1, {
      chunk(chunk) {
        queueMicrotask(() => {
          readAgainForBranch1 = false;
          readAgainForBranch2 = false;
          const byobCanceled = forBranch2 ? canceled2 : canceled1;
          const otherCanceled = forBranch2 ? canceled1 : canceled2;
          if (!otherCanceled) {
            let cloned;
            try {
              cloned = cloneAsUint8Array(chunk);
            } catch (e) {
              cloneFailed(e);
              return;
            }
            if (!byobCanceled) bytes.byteControllerRespondWithNewView(byobBranch.controller, chunk);
            bytes.byteControllerEnqueue(otherBranch.controller, cloned);
          } else if (!byobCanceled) {
            bytes.byteControllerRespondWithNewView(byobBranch.controller, chunk);
          }
          reading = false;
          readAgain();
        });
      },
      close(chunk) {
        reading = false;
        const byobCanceled = forBranch2 ? canceled2 : canceled1;
        const otherCanceled = forBranch2 ? canceled1 : canceled2;
        if (!byobCanceled) bytes.byteControllerClose(byobBranch.controller);
        if (!otherCanceled) bytes.byteControllerClose(otherBranch.controller);
        if (chunk !== undefined) {
          if (!byobCanceled) bytes.byteControllerRespondWithNewView(byobBranch.controller, chunk);
          if (!otherCanceled && otherBranch.controller.pendingPullIntos.length > 0) {
            bytes.byteControllerRespond(otherBranch.controller, 0);
          }
        }
        if (!byobCanceled || !otherCanceled) cancelPromise.resolve(undefined);
      },
      error() {
        reading = false;
      },
    });
  }

  function pull1Algorithm() {
    if (reading) {
      readAgainForBranch1 = true;
      return resolvedUndefined;
    }
    reading = true;
    const q = bytes.byteControllerGetBYOBRequest(branch1.controller);
    if (q === null) pullWithDefaultReader();
    else pullWithBYOBReader(q.view, false);
    return resolvedUndefined;
  }

  function pull2Algorithm() {
    if (reading) {
      readAgainForBranch2 = true;
      return resolvedUndefined;
    }
    reading = true;
    const q = bytes.byteControllerGetBYOBRequest(branch2.controller);
    if (q === null) pullWithDefaultReader();
    else pullWithBYOBReader(q.view, true);
    return resolvedUndefined;
  }

  function cancel1Algorithm(reason) {
    canceled1 = true;
    reason1 = reason;
    if (canceled2) cancelPromise.resolve(rs.readableStreamCancel(stream, [reason1, reason2]));
    return cancelPromise.promise;
  }

  function cancel2Algorithm(reason) {
    canceled2 = true;
    reason2 = reason;
    if (canceled1) cancelPromise.resolve(rs.readableStreamCancel(stream, [reason1, reason2]));
    return cancelPromise.promise;
  }

  branch1 = rs.createReadableByteStream(noop, pull1Algorithm, cancel1Algorithm);
  branch2 = rs.createReadableByteStream(noop, pull2Algorithm, cancel2Algorithm);
  forwardReaderError(reader);
  return [branch1, branch2];
}

module.exports = {
  pipeOptions,
  readableStreamPipeTo,
  readableStreamDefaultTee,
  readableByteStreamTee,
  writableStreamRecordOf: ws.writableStreamRecord,
  isWritableStreamLocked: ws.isWritableStreamLocked,
};
