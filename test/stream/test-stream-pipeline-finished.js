'use strict';
// stream.finished, stream.pipeline (callback form) and node:stream/promises.
const assert = require('assert');
const { mustCall } = require('../common');
const stream = require('stream');
const { Readable, Writable, PassThrough, Transform, finished, pipeline } = stream;
const promises = require('stream/promises');

assert.strictEqual(require('node:stream/promises').pipeline, promises.pipeline);
assert.strictEqual(stream.promises.finished, promises.finished);
// Names and lengths as node's (these load their modules on first call).
for (const [fn, name, length] of [[pipeline, 'pipeline', 0], [promises.pipeline, 'pipeline', 0],
  [stream.compose, 'compose', 0], [stream.addAbortSignal, 'addAbortSignal', 2], [stream.duplexPair, 'duplexPair', 1]]) {
  assert.strictEqual(fn.name, name);
  assert.strictEqual(fn.length, length, name);
}
assert.strictEqual(require('util').promisify(pipeline), promises.pipeline);

function sink(out) {
  return new Writable({ write(c, e, cb) { out.push(c.toString()); cb(); } });
}

// finished on a Readable that ends.
{
  const r = Readable.from(['a']);
  finished(r, mustCall(function(err) {
    assert.strictEqual(err, undefined);
    assert.strictEqual(this, r);
  }));
  r.resume();
}

// finished reports a premature close.
{
  const r = new Readable({ read() {} });
  finished(r, mustCall((err) => {
    assert.strictEqual(err.code, 'ERR_STREAM_PREMATURE_CLOSE');
    assert.strictEqual(err.message, 'Premature close');
  }));
  r.destroy();
}

// finished reports errors; the cleanup function detaches listeners.
{
  const w = new Writable({ write(c, e, cb) { cb(new Error('wfail')); } });
  w.on('error', () => {});
  finished(w, mustCall((err) => assert.strictEqual(err.message, 'wfail')));
  w.write('x');
  const w2 = new Writable({ write(c, e, cb) { cb(); } });
  const before = w2.listenerCount('finish');
  const cleanup = finished(w2, () => assert.fail('cleaned up'));
  assert.strictEqual(w2.listenerCount('finish'), before + 1);
  cleanup();
  assert.strictEqual(w2.listenerCount('finish'), before);
  w2.end();
}

// finished on a stream that already finished.
{
  const w = new Writable({ write(c, e, cb) { cb(); } });
  w.end();
  w.on('close', () => finished(w, mustCall((err) => assert.strictEqual(err, undefined))));
}

assert.throws(() => finished({}, () => {}), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => finished(new PassThrough()), { code: 'ERR_INVALID_ARG_TYPE' });

// pipeline: data flows through every stage and the callback gets no error.
{
  const out = [];
  const upper = new Transform({ transform(c, e, cb) { cb(null, c.toString().toUpperCase()); } });
  const ret = pipeline(Readable.from(['a', 'b', 'c']), upper, new PassThrough(), sink(out), mustCall((err) => {
    assert.strictEqual(err, undefined);
    assert.deepStrictEqual(out, ['A', 'B', 'C']);
  }));
  assert.ok(ret instanceof Writable);
}

// pipeline: an error destroys every stream.
{
  const src = new Readable({ read() {} });
  const mid = new PassThrough();
  const dst = new Writable({ write(c, e, cb) { cb(new Error('sink failed')); } });
  pipeline(src, mid, dst, mustCall((err) => {
    assert.strictEqual(err.message, 'sink failed');
    setImmediate(() => {
      assert.strictEqual(src.destroyed, true);
      assert.strictEqual(mid.destroyed, true);
      assert.strictEqual(dst.destroyed, true);
    });
  }));
  src.push('x');
}

// pipeline: destroying the source early is a premature close.
{
  const src = new Readable({ read() {} });
  const dst = new PassThrough();
  pipeline(src, dst, mustCall((err) => {
    assert.strictEqual(err.code, 'ERR_STREAM_PREMATURE_CLOSE');
    assert.strictEqual(dst.destroyed, true);
  }));
  setImmediate(() => src.destroy());
}

assert.throws(() => pipeline(new PassThrough(), () => {}), { code: 'ERR_MISSING_ARGS' });
assert.throws(() => pipeline(new PassThrough(), new PassThrough()), { code: 'ERR_INVALID_ARG_TYPE' });

// Promise forms.
let done = false;
process.on('exit', () => assert.strictEqual(done, true));
(async () => {
  const out = [];
  await promises.pipeline(Readable.from(['1', '2']), new PassThrough(), sink(out));
  assert.deepStrictEqual(out, ['1', '2']);

  const bad = new Readable({ read() { this.destroy(new Error('src')); } });
  await assert.rejects(promises.pipeline(bad, new PassThrough()), { message: 'src' });

  const r = Readable.from(['z']);
  r.resume();
  await promises.finished(r);
  assert.strictEqual(r.readableEnded, true);

  const util = require('util');
  assert.strictEqual(util.promisify(stream.pipeline), promises.pipeline);
  assert.strictEqual(util.promisify(stream.finished), promises.finished);
  done = true;
})().then(() => {}, (err) => {
  process.exitCode = 1;
  console.error(err);
});
