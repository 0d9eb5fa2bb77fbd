'use strict';
// node:stream

const { Stream } = require('internal/streams/legacy');
const Readable = require('internal/streams/readable');
const Writable = require('internal/streams/writable');
const Duplex = require('internal/streams/duplex');
const { Transform, PassThrough } = require('internal/streams/transform');
const eos = require('internal/streams/end-of-stream');
const { pipeline, pipelinePromise } = require('internal/streams/pipeline');
const addAbortSignal = require('internal/streams/add-abort-signal');
const { getDefaultHighWaterMark, setDefaultHighWaterMark } = require('internal/streams/state');

const promises = {
  finished: eos.finished,
  pipeline: pipelinePromise,
};

Stream.isDisturbed = function isDisturbed(stream) {
  const r = stream && stream._readableState;
  return !!(r && (r.dataEmitted || r.endEmitted || r.errored || r.destroyed));
};
Stream.isErrored = function isErrored(stream) {
  const r = stream && stream._readableState;
  const w = stream && stream._writableState;
  return !!((r && r.errored) || (w && w.errored));
};
Stream.isReadable = function isReadable(stream) {
  if (!eos.isReadableNodeStream(stream)) return null;
  const r = stream._readableState;
  return !!(r && !r.destroyed && !r.endEmitted && !r.errored && r.readable !== false);
};
Stream.isDestroyed = function isDestroyed(stream) {
  if (!eos.isNodeStream(stream)) return null;
  const w = stream._writableState;
  const r = stream._readableState;
  return !!(stream.destroyed || (w || r) && (w || r).destroyed);
};
Stream.isWritable = function isWritable(stream) {
  if (!eos.isWritableNodeStream(stream)) return null;
  const w = stream._writableState;
  return !!(w && !w.destroyed && !w.ending && !w.errored && w.writable !== false);
};
Stream._isArrayBufferView = ArrayBuffer.isView;
Stream.Readable = Readable;
Stream.Writable = Writable;
Stream.Duplex = Duplex;
Stream.Transform = Transform;
Stream.PassThrough = PassThrough;
Stream.pipeline = pipeline;
Stream.addAbortSignal = addAbortSignal;
Stream.finished = eos;
Stream.destroy = function(stream, err) {
  if (stream && typeof stream.destroy === 'function') stream.destroy(err);
};
Stream.getDefaultHighWaterMark = getDefaultHighWaterMark;
Stream.setDefaultHighWaterMark = setDefaultHighWaterMark;
Object.defineProperty(Stream, 'promises', {
  configurable: true,
  enumerable: true,
  get() { return promises; },
});
Object.defineProperty(pipeline, Symbol.for('nodejs.util.promisify.custom'), {
  enumerable: true,
  get() { return promises.pipeline; },
});
Object.defineProperty(eos, Symbol.for('nodejs.util.promisify.custom'), {
  enumerable: true,
  get() { return promises.finished; },
});
Stream.Stream = Stream;
Stream._isUint8Array = (v) => v instanceof Uint8Array;
Stream._uint8ArrayToBuffer = (c) => require('buffer').Buffer.from(c.buffer, c.byteOffset, c.byteLength);

module.exports = Stream;
