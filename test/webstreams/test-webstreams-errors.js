'use strict';
// Misuse of the web stream classes: Node's error classes, codes and messages,
// thrown or as rejections.
const common = require('../common');
const assert = require('assert');
const { check } = require('../common/expect');
const W = require('stream/web');
const { ReadableStream, WritableStream, TransformStream, ReadableStreamDefaultReader } = W;

// ---- thrown
check(() => new ReadableStream(1),
  '!TypeError ERR_INVALID_ARG_TYPE The "source" argument must be of type object. Received type number (1)');
check(() => new ReadableStream(null),
  '!TypeError ERR_INVALID_ARG_TYPE The "source" argument must be of type object. Received null');
check(() => new ReadableStream({ type: 'x' }),
  "!TypeError ERR_INVALID_ARG_VALUE The property 'source.type' is invalid. Received 'x'");
check(() => new ReadableStream({ pull: 1 }),
  '!TypeError ERR_INVALID_ARG_TYPE The "source.pull" property must be of type function. Received type number (1)');
check(() => new ReadableStream({ cancel: 1 }),
  '!TypeError ERR_INVALID_ARG_TYPE The "source.cancel" property must be of type function. Received type number (1)');
check(() => new ReadableStream({}, 1),
  '!TypeError ERR_INVALID_ARG_TYPE The "strategy" argument must be of type object. Received type number (1)');
check(() => new ReadableStream({}, { highWaterMark: -1 }),
  "!RangeError ERR_INVALID_ARG_VALUE The property 'strategy.highWaterMark' is invalid. Received -1");
check(() => new ReadableStream({}, { highWaterMark: 'a' }),
  "!RangeError ERR_INVALID_ARG_VALUE The property 'strategy.highWaterMark' is invalid. Received NaN");
check(() => new ReadableStream({}, { size: 1 }),
  '!TypeError ERR_INVALID_ARG_TYPE The "strategy.size" property must be of type function. Received type number (1)');
check(() => new ReadableStream({ type: 'bytes', autoAllocateChunkSize: 0 }),
  "!TypeError ERR_INVALID_ARG_VALUE The property 'source.autoAllocateChunkSize' is invalid. Received 0");
check(() => new ReadableStreamDefaultReader(),
  '!TypeError ERR_INVALID_ARG_TYPE The "stream" argument must be an instance of ReadableStream. Received undefined');
check(() => new ReadableStream().getReader({ mode: 'x' }),
  "!TypeError ERR_INVALID_ARG_VALUE The property 'options.mode' is invalid. Received 'x'");
check(() => new ReadableStream().getReader(1),
  '!TypeError ERR_INVALID_ARG_TYPE The "options" argument must be of type object. Received type number (1)');
check(() => new ReadableStream().values(1),
  '!TypeError ERR_INVALID_ARG_TYPE The "options" argument must be of type object. Received type number (1)');
{
  const rs = new ReadableStream();
  rs.getReader();
  check(() => rs.getReader(), '!TypeError ERR_INVALID_STATE Invalid state: ReadableStream is locked');
  check(() => rs.getReader({ mode: 'byob' }), '!TypeError ERR_INVALID_STATE Invalid state: ReadableStream is locked');
  check(() => rs.tee(), '!TypeError ERR_INVALID_STATE Invalid state: ReadableStream is locked');
  check(() => rs.values(), '!TypeError ERR_INVALID_STATE Invalid state: ReadableStream is locked');
}
{
  let c;
  new ReadableStream({ start(x) { c = x; } });
  c.close();
  check(() => c.enqueue(1), '!TypeError ERR_INVALID_STATE Invalid state: Controller is already closed');
  check(() => c.close(), '!TypeError ERR_INVALID_STATE Invalid state: Controller is already closed');
  check(() => c.error(), 'undefined');
}
{
  let c;
  new ReadableStream({ start(x) { c = x; } }, { size() { return -1; } });
  check(() => c.enqueue(1), "!RangeError ERR_INVALID_ARG_VALUE The argument 'size' is invalid. Received -1");
}
{
  let c;
  new ReadableStream({ type: 'bytes', start(x) { c = x; } });
  check(() => c.enqueue(1), '!TypeError ERR_INVALID_ARG_TYPE The "buffer" argument must be an instance of ' +
    'Buffer, TypedArray, or DataView. Received type number (1)');
  check(() => c.enqueue(new Uint8Array(0)),
    '!TypeError ERR_INVALID_STATE Invalid state: chunk ArrayBuffer is zero-length or detached');
  c.enqueue(new Uint8Array(1));
  c.close();
  check(() => c.close(), '!TypeError ERR_INVALID_STATE Invalid state: Controller is already closed');
  check(() => c.enqueue(new Uint8Array(1)), '!TypeError ERR_INVALID_STATE Invalid state: Controller is already closed');
}
check(() => new WritableStream(1),
  '!TypeError ERR_INVALID_ARG_TYPE The "sink" argument must be of type object. Received type number (1)');
check(() => new WritableStream({ abort: 1 }),
  '!TypeError ERR_INVALID_ARG_TYPE The "sink.abort" property must be of type function. Received type number (1)');
check(() => new WritableStream({}, 1),
  '!TypeError ERR_INVALID_ARG_TYPE The "strategy" argument must be of type object. Received type number (1)');
check(() => new TransformStream(1),
  '!TypeError ERR_INVALID_ARG_TYPE The "transformer" argument must be of type object. Received type number (1)');
check(() => new TransformStream({}, {}, 1),
  '!TypeError ERR_INVALID_ARG_TYPE The "readableStrategy" argument must be of type object. Received type number (1)');
check(() => new TransformStream({ flush: 1 }),
  '!TypeError ERR_INVALID_ARG_TYPE The "transformer.flush" property must be of type function. Received type number (1)');
{
  let c;
  new TransformStream({ start(x) { c = x; } });
  check(() => c.desiredSize, '0');
  c.terminate();
  check(() => c.enqueue(1), '!TypeError ERR_INVALID_STATE Invalid state: Unable to enqueue');
}
check(() => new ReadableStream().pipeThrough(1), '!TypeError ERR_INVALID_ARG_TYPE The "transform.readable" property ' +
  'must be an instance of ReadableStream. Received undefined');

// Classes that only the streams make.
for (const name of ['ReadableStreamDefaultController', 'ReadableByteStreamController', 'ReadableStreamBYOBRequest',
  'WritableStreamDefaultController', 'TransformStreamDefaultController']) {
  check(() => new W[name](), '!TypeError ERR_ILLEGAL_CONSTRUCTOR Illegal constructor');
}

// Methods and getters on the wrong receiver. (Node does not check the
// receiver of ReadableStreamDefaultController members; lode does.)
for (const [cls, members] of [
  ['ReadableStream', ['locked', 'getReader', 'tee', 'values']],
  ['ReadableStreamDefaultReader', ['releaseLock']],
  ['ReadableStreamBYOBReader', ['releaseLock']],
  ['ReadableByteStreamController', ['byobRequest', 'desiredSize', 'close', 'enqueue', 'error']],
  ['ReadableStreamBYOBRequest', ['view', 'respond', 'respondWithNewView']],
  ['WritableStream', ['locked', 'getWriter']],
  ['WritableStreamDefaultWriter', ['desiredSize', 'releaseLock']],
  ['WritableStreamDefaultController', ['signal', 'error']],
  ['TransformStream', ['readable', 'writable']],
  ['TransformStreamDefaultController', ['desiredSize', 'enqueue', 'error', 'terminate']],
  ['TextEncoderStream', ['encoding', 'readable', 'writable']],
  ['TextDecoderStream', ['encoding', 'fatal', 'ignoreBOM', 'readable', 'writable']],
]) {
  for (const m of members) {
    const d = Object.getOwnPropertyDescriptor(W[cls].prototype, m);
    const fn = d.get || d.value;
    check(() => fn.call({}), `!TypeError ERR_INVALID_THIS Value of "this" must be of type ${cls}`);
  }
}

// ---- rejected
const rejects = [
  [() => ReadableStream.prototype.cancel.call({}),
    '!TypeError ERR_INVALID_THIS Value of "this" must be of type ReadableStream'],
  [() => ReadableStreamDefaultReader.prototype.read.call({}),
    '!TypeError ERR_INVALID_THIS Value of "this" must be of type ReadableStreamDefaultReader'],
  [() => WritableStream.prototype.abort.call({}),
    '!TypeError ERR_INVALID_THIS Value of "this" must be of type WritableStream'],
  [() => W.WritableStreamDefaultWriter.prototype.write.call({}),
    '!TypeError ERR_INVALID_THIS Value of "this" must be of type WritableStreamDefaultWriter'],
  [() => {
    const rs = new ReadableStream();
    rs.getReader();
    return rs.cancel();
  }, '!TypeError ERR_INVALID_STATE Invalid state: ReadableStream is locked'],
  [() => {
    const r = new ReadableStream().getReader();
    r.releaseLock();
    return r.read();
  }, '!TypeError ERR_INVALID_STATE Invalid state: The reader is not attached to a stream'],
  [() => {
    const r = new ReadableStream().getReader();
    r.releaseLock();
    return r.cancel();
  }, '!TypeError ERR_INVALID_STATE Invalid state: The reader is not attached to a stream'],
  [() => {
    const r = new ReadableStream().getReader();
    r.releaseLock();
    return r.closed;
  }, '!TypeError ERR_INVALID_STATE Invalid state: Reader released'],
  [() => {
    const w = new WritableStream().getWriter();
    w.releaseLock();
    return w.close();
  }, '!TypeError ERR_INVALID_STATE Invalid state: Writer is not bound to a WritableStream'],
  [() => {
    const w = new WritableStream().getWriter();
    w.releaseLock();
    return w.abort();
  }, '!TypeError ERR_INVALID_STATE Invalid state: Writer is not bound to a WritableStream'],
  [() => new ReadableStream({ type: 'bytes' }).getReader({ mode: 'byob' }).read(1),
    '!TypeError ERR_INVALID_ARG_TYPE The "view" argument must be an instance of Buffer, TypedArray, or DataView. ' +
    'Received type number (1)'],
];

(async () => {
  for (const [fn, expected] of rejects) {
    let got;
    try {
      await fn();
      got = 'resolved';
    } catch (e) {
      got = `!${e.name} ${e.code} ${e.message}`;
    }
    assert.strictEqual(got, expected, fn.toString());
  }
})().then(common.mustCall());
