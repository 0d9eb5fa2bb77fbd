'use strict';
// node:stream

const { Stream } = require('internal/streams/legacy');
const Readable = require('internal/streams/readable');
const Writable = require('internal/streams/writable');
const Duplex = require('internal/streams/duplex');
const { Transform, PassThrough } = require('internal/streams/transform');
const eos = require('internal/streams/end-of-stream');
// pipeline, compose, addAbortSignal and duplexPair load on their first
// call: most users of streams (stdio, sockets, files) never call them, and
// loading them was about a third of require('stream').
let pipelineModule;
const lazyPipeline = () => (pipelineModule ??= require('internal/streams/pipeline'));
function pipeline(...streams) {
  return lazyPipeline().pipeline(...streams);
}
const pipelinePromise = {
  pipeline(...streams) {
    return lazyPipeline().pipelinePromise(...streams);
  },
}.pipeline;
function addAbortSignal(signal, stream) {
  return require('internal/streams/add-abort-signal')(signal, stream);
}
function compose(...streams) {
  return require('internal/streams/compose')(...streams);
}
function duplexPair(options) {
  return require('internal/streams/duplexpair')(options);
}
const { getDefaultHighWaterMark, setDefaultHighWaterMark } = require('internal/streams/state');
const utils = require('internal/streams/utils');

// Also what node:stream/promises exports: the same object.
const promises = {
  finished: eos.finished,
  pipeline: pipelinePromise,
};

Stream.isDestroyed = utils.isDestroyed;
Stream.isDisturbed = utils.isDisturbed;
Stream.isErrored = utils.isErrored;
Stream.isReadable = utils.isReadable;
Stream.isWritable = utils.isWritable;
Stream.Readable = Readable;
Stream.Writable = Writable;
Stream.Duplex = Duplex;
Stream.Transform = Transform;
Stream.PassThrough = PassThrough;
Stream.duplexPair = duplexPair;
Stream.pipeline = pipeline;
Stream.addAbortSignal = addAbortSignal;
Stream.finished = eos;
Stream.destroy = utils.destroyer;
Stream.compose = compose;
Stream.setDefaultHighWaterMark = setDefaultHighWaterMark;
Stream.getDefaultHighWaterMark = getDefaultHighWaterMark;
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
Stream._isArrayBufferView = ArrayBuffer.isView;
Stream._isUint8Array = (v) => v instanceof Uint8Array;
Stream._uint8ArrayToBuffer = (c) => require('buffer').Buffer.from(c.buffer, c.byteOffset, c.byteLength);

module.exports = Stream;
