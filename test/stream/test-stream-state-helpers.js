'use strict';
// isDisturbed/isErrored/isReadable/isWritable/isDestroyed, stream.destroy(),
// stream.promises and the export list of node:stream.
const common = require('../common');
const assert = require('assert');
const stream = require('stream');
const { Readable, Writable, PassThrough, isDisturbed, isErrored, isReadable, isWritable, isDestroyed } = stream;

assert.deepStrictEqual(Object.keys(stream), ['isDestroyed', 'isDisturbed', 'isErrored', 'isReadable',
  'isWritable', 'Readable', 'Writable', 'Duplex', 'Transform', 'PassThrough', 'duplexPair', 'pipeline',
  'addAbortSignal', 'finished', 'destroy', 'compose', 'setDefaultHighWaterMark', 'getDefaultHighWaterMark',
  'promises', 'Stream', '_isArrayBufferView', '_isUint8Array', '_uint8ArrayToBuffer']);
for (const C of [Readable, Writable, stream.Duplex]) {
  assert.strictEqual(typeof C.fromWeb, 'function');
  assert.strictEqual(typeof C.toWeb, 'function');
}
assert.strictEqual(Readable.isDisturbed, isDisturbed);
assert.strictEqual(stream.promises, require('stream/promises'));
assert.deepStrictEqual(Object.keys(stream.promises), ['finished', 'pipeline']);
assert.strictEqual(require('util').promisify(stream.pipeline), stream.promises.pipeline);

// addAbortSignal wants a signal and any Node stream, legacy ones included.
assert.throws(() => stream.addAbortSignal(undefined, new PassThrough()), {
  code: 'ERR_INVALID_ARG_TYPE', message: 'The "signal" argument must be an instance of AbortSignal. Received undefined',
});
assert.throws(() => stream.addAbortSignal(new AbortController().signal, {}), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "stream" argument must be an instance of ReadableStream, WritableStream, or Stream. ' +
    'Received an instance of Object',
});
{
  const legacy = new stream.Stream();
  assert.strictEqual(stream.addAbortSignal(new AbortController().signal, legacy), legacy);
}

// [isDisturbed, isErrored, isReadable, isWritable, isDestroyed]
const state = (s) => [isDisturbed(s), isErrored(s), isReadable(s), isWritable(s), isDestroyed(s)];
const turn = () => new Promise((resolve) => setImmediate(resolve));

(async () => {
  assert.deepStrictEqual(state(new Readable({ read() {} })), [false, false, true, null, false]);
  assert.deepStrictEqual(state(new Writable({ write(c, e, cb) { cb(); } })), [false, false, null, true, false]);
  assert.deepStrictEqual(state(new PassThrough()), [false, false, true, true, false]);
  for (const v of [null, undefined, {}]) assert.deepStrictEqual(state(v), [false, false, null, null, null]);

  // Reading disturbs; ending without a read does not.
  {
    const r = new Readable({ read() {} });
    r.push('a');
    r.read();
    assert.deepStrictEqual(state(r), [true, false, true, null, false]);
  }
  {
    const r = new Readable({ read() {} });
    r.push(null);
    assert.deepStrictEqual(state(r), [false, false, true, null, false]);
    r.read();
    await turn();
    assert.deepStrictEqual(state(r), [false, false, false, null, true]);
  }
  {
    const r = Readable.from([]);
    r.resume();
    await new Promise((resolve) => r.on('end', resolve));
    assert.deepStrictEqual(state(r), [false, false, false, null, true]);
  }

  // Errored once the 'error' event was emitted.
  {
    const r = new Readable({ read() {} });
    r.on('error', () => {});
    r.destroy(new Error('x'));
    assert.deepStrictEqual(state(r), [true, false, false, null, true]);
    await turn();
    assert.deepStrictEqual(state(r), [true, true, false, null, true]);
  }
  {
    const w = new Writable({ write(c, e, cb) { cb(new Error('w')); } });
    w.on('error', () => {});
    w.write('x');
    assert.strictEqual(isErrored(w), false);
    await turn();
    assert.strictEqual(isErrored(w), true);
  }
  {
    const r = new Readable({ read() {} });
    r.destroy();
    assert.deepStrictEqual(state(r), [true, false, false, null, true]);
  }
  {
    const w = new Writable({ write(c, e, cb) { cb(); } });
    w.end();
    assert.deepStrictEqual(state(w), [false, false, null, false, false]);
  }
  // A legacy Stream has no readable flag until it sets one.
  {
    const legacy = new stream.Stream();
    assert.deepStrictEqual(state(legacy), [false, false, null, null, false]);
    legacy.readable = true;
    assert.deepStrictEqual(state(legacy), [false, false, true, null, false]);
  }

  // stream.destroy(): an unfinished stream gets an AbortError.
  {
    const r = new Readable({ read() {} });
    r.on('error', common.mustCall((err) => assert.strictEqual(err.name, 'AbortError')));
    stream.destroy(r);
    await new Promise((resolve) => r.on('close', resolve));
  }
  {
    const w = new Writable({ write(c, e, cb) { cb(); } });
    w.on('error', common.mustCall((err) => assert.strictEqual(err.message, 'given')));
    stream.destroy(w, new Error('given'));
    await new Promise((resolve) => w.on('close', resolve));
  }
  {
    // Finished: a plain close.
    const r = Readable.from([]);
    r.on('error', common.mustNotCall());
    r.resume();
    await new Promise((resolve) => r.on('end', resolve));
    stream.destroy(r);
    await new Promise((resolve) => r.on('close', resolve));
    assert.strictEqual(r.errored, null);
  }
  {
    const plain = { destroy: common.mustCall((err) => assert.strictEqual(err.name, 'AbortError')) };
    stream.destroy(plain);
    stream.destroy({ close: common.mustCall() });
    const req = { setHeader() {}, abort: common.mustCall(), destroy: common.mustNotCall() };
    stream.destroy(req);
    stream.destroy(null);
  }
})().then(common.mustCall());
