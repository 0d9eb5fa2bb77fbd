'use strict';
// node:stream exports, legacy Stream, default high water marks.
const assert = require('assert');
const EventEmitter = require('events');
const stream = require('stream');

assert.strictEqual(require('node:stream'), stream);
assert.strictEqual(stream.Stream, stream);
assert.strictEqual(typeof stream, 'function');
for (const name of ['Readable', 'Writable', 'Duplex', 'Transform', 'PassThrough', 'finished',
  'pipeline', 'addAbortSignal', 'getDefaultHighWaterMark', 'setDefaultHighWaterMark']) {
  assert.strictEqual(typeof stream[name], 'function', name);
}
assert.strictEqual(typeof stream.promises, 'object');
assert.ok(new stream() instanceof EventEmitter);
assert.ok(new stream.Readable() instanceof stream);

assert.strictEqual(stream.getDefaultHighWaterMark(false), 16384);
assert.strictEqual(stream.getDefaultHighWaterMark(true), 16);
stream.setDefaultHighWaterMark(false, 100);
assert.strictEqual(new stream.Readable().readableHighWaterMark, 100);
assert.strictEqual(new stream.Writable().writableHighWaterMark, 100);
stream.setDefaultHighWaterMark(false, 16384);
assert.throws(() => stream.setDefaultHighWaterMark(false, -1), { code: 'ERR_OUT_OF_RANGE' });

// Legacy pipe from a plain Stream.
{
  const src = new stream();
  src.readable = true;
  const got = [];
  const dst = new stream.Writable({ write(c, e, cb) { got.push(c.toString()); cb(); } });
  assert.strictEqual(src.pipe(dst), dst);
  src.emit('data', 'a');
  src.emit('data', 'b');
  src.emit('end');
  dst.on('finish', () => {
    assert.deepStrictEqual(got, ['a', 'b']);
    aborts += 0;
  });
}

let aborts = 0;
process.on('exit', () => assert.strictEqual(aborts, 2));

// addAbortSignal destroys with an AbortError.
{
  const ac = new AbortController();
  const r = stream.addAbortSignal(ac.signal, new stream.Readable({ read() {} }));
  r.on('error', (err) => {
    assert.strictEqual(err.name, 'AbortError');
    assert.strictEqual(err.code, 'ABORT_ERR');
    aborts++;
  });
  ac.abort();
}

// The signal option does the same.
{
  const ac = new AbortController();
  const w = new stream.Writable({ signal: ac.signal, write(c, e, cb) { cb(); } });
  w.on('error', (err) => {
    assert.strictEqual(err.name, 'AbortError');
    aborts++;
  });
  ac.abort();
}

// Legacy module aliases.
assert.strictEqual(require('_stream_readable'), stream.Readable);
assert.strictEqual(require('_stream_writable'), stream.Writable);
assert.strictEqual(require('_stream_duplex'), stream.Duplex);
assert.strictEqual(require('_stream_transform'), stream.Transform);
assert.strictEqual(require('_stream_passthrough'), stream.PassThrough);

// A Duplex is an instance of Writable even though it only inherits from Readable.
assert.ok(new stream.Duplex() instanceof stream.Writable);
assert.ok(!(new stream.Readable() instanceof stream.Duplex));
assert.ok(!({} instanceof stream.Writable));
