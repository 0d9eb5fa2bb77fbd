'use strict';
// Errors and destroy() for Readable and Writable.
const assert = require('assert');
const { mustCall } = require('../common');
const { Readable, Writable } = require('stream');

const TYPE_MSG = 'The "chunk" argument must be of type string or an instance of Buffer, TypedArray, or DataView.';

// write after end.
{
  const log = [];
  const w = new Writable({ write(c, e, cb) { cb(); } });
  w.on('error', (err) => log.push(`error:${err.code}`));
  w.on('close', () => log.push('close'));
  w.end();
  assert.strictEqual(w.write('x', (err) => log.push(`cb:${err.code}`)), false);
  setImmediate(() => {
    assert.deepStrictEqual(log, ['cb:ERR_STREAM_WRITE_AFTER_END', 'error:ERR_STREAM_WRITE_AFTER_END', 'close']);
  });
}

// Bad chunks throw synchronously.
{
  const w = new Writable({ write(c, e, cb) { cb(); } });
  assert.throws(() => w.write(null), {
    code: 'ERR_STREAM_NULL_VALUES', name: 'TypeError', message: 'May not write null values to stream',
  });
  assert.throws(() => w.write(1), {
    code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError', message: `${TYPE_MSG} Received type number (1)`,
  });
  assert.throws(() => w.write({}), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => w.write('x', 'bogus'), { code: 'ERR_UNKNOWN_ENCODING' });
}

// Calling the write callback twice.
{
  const w = new Writable({ write(c, e, cb) { cb(); cb(); } });
  w.on('error', mustCall((err) => {
    assert.strictEqual(err.code, 'ERR_MULTIPLE_CALLBACK');
    assert.strictEqual(err.message, 'Callback called multiple times');
  }));
  w.write('x');
}

// Error from _write goes to the callback, then 'error', then 'close'.
{
  const log = [];
  const w = new Writable({ write(c, e, cb) { cb(new Error('boom')); } });
  w.on('error', (err) => log.push(`error:${err.message}`));
  w.on('close', () => log.push('close'));
  w.on('finish', () => log.push('finish'));
  w.write('x', (err) => log.push(`cb:${err.message}`));
  setImmediate(() => {
    assert.deepStrictEqual(log, ['cb:boom', 'error:boom', 'close']);
    assert.strictEqual(w.errored.message, 'boom');
    assert.strictEqual(w.writableAborted, true);
    assert.strictEqual(w.destroyed, true);
  });
}

// Writable destroy(err) with a custom _destroy.
{
  const log = [];
  const w = new Writable({
    write(c, e, cb) { cb(); },
    destroy(err, cb) { log.push(`_destroy:${err && err.message}`); cb(err); },
  });
  w.on('error', (err) => log.push(`error:${err.message}`));
  w.on('close', () => log.push('close'));
  w.destroy(new Error('kaput'));
  w.destroy(new Error('again'));
  assert.strictEqual(w.destroyed, true);
  assert.strictEqual(w.writable, false);
  w.write('late', (err) => log.push(`cb:${err.code}`));
  setImmediate(() => {
    assert.deepStrictEqual(log, ['_destroy:kaput', 'error:kaput', 'close', 'cb:ERR_STREAM_DESTROYED']);
  });
}

// push after EOF.
{
  const r = new Readable({ read() {} });
  r.push(null);
  r.on('error', mustCall((err) => {
    assert.strictEqual(err.code, 'ERR_STREAM_PUSH_AFTER_EOF');
    assert.strictEqual(err.message, 'stream.push() after EOF');
  }));
  r.push('x');
}

// Readable bad chunk type is emitted as an error.
{
  const r = new Readable({ read() {} });
  r.on('error', mustCall((err) => {
    assert.strictEqual(err.code, 'ERR_INVALID_ARG_TYPE');
    assert.strictEqual(err.message, `${TYPE_MSG} Received type number (5)`);
  }));
  r.push(5);
}

// Readable destroy before end: no 'end', readableAborted.
{
  const log = [];
  const r = new Readable({ read() {} });
  r.on('end', () => log.push('end'));
  r.on('close', () => log.push('close'));
  r.push('x');
  r.destroy();
  assert.strictEqual(r.destroyed, true);
  assert.strictEqual(r.readableAborted, true);
  assert.strictEqual(r.push('y'), false);
  setImmediate(() => assert.deepStrictEqual(log, ['close']));
}

// Readable destroy(err): 'error' then 'close', errored getter.
{
  const log = [];
  const r = new Readable({ read() {} });
  r.on('error', (err) => log.push(`error:${err.message}`));
  r.on('close', () => log.push('close'));
  r.destroy(new Error('bad'), (err) => log.push(`cb:${err.message}`));
  assert.strictEqual(r.errored.message, 'bad');
  setImmediate(() => assert.deepStrictEqual(log, ['cb:bad', 'error:bad', 'close']));
}

// emitClose: false suppresses 'close'; autoDestroy: false keeps the stream alive.
{
  const log = [];
  const r = new Readable({ read() {}, emitClose: false, autoDestroy: false });
  r.on('end', () => log.push('end'));
  r.on('close', () => log.push('close'));
  r.resume();
  r.push(null);
  setImmediate(() => {
    assert.deepStrictEqual(log, ['end']);
    assert.strictEqual(r.destroyed, false);
  });
}

// _read throwing destroys the stream.
{
  const r = new Readable({ read() { throw new Error('in read'); } });
  r.on('error', mustCall((err) => assert.strictEqual(err.message, 'in read')));
  r.resume();
}

// Invalid highWaterMark.
assert.throws(() => new Readable({ highWaterMark: -1 }), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The property 'options.highWaterMark' is invalid. Received -1",
});
assert.throws(() => new Writable({ highWaterMark: 'x' }), { code: 'ERR_INVALID_ARG_VALUE' });
