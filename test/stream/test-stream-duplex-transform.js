'use strict';
// Duplex (allowHalfOpen), Transform (callback forms, _flush), PassThrough.
const assert = require('assert');
const { mustCall } = require('../common');
const { Duplex, Transform, PassThrough, Readable, Writable, Stream } = require('stream');

// Class relationships.
{
  const d = new Duplex({ read() {}, write(c, e, cb) { cb(); } });
  assert.ok(d instanceof Readable);
  assert.ok(d instanceof Writable);
  assert.ok(d instanceof Stream);
  assert.ok(new PassThrough() instanceof Transform);
  assert.ok(!(new Readable() instanceof Writable));
  assert.strictEqual(d.allowHalfOpen, true);
  assert.strictEqual(d.readable, true);
  assert.strictEqual(d.writable, true);
}

// Independent sides.
{
  const written = [];
  const d = new Duplex({
    read() {},
    write(c, e, cb) { written.push(c.toString()); cb(); },
  });
  d.write('in');
  d.push('out');
  assert.deepStrictEqual(written, ['in']);
  assert.strictEqual(d.read().toString(), 'out');
}

// allowHalfOpen: false ends the writable side when the readable side ends.
{
  const log = [];
  const d = new Duplex({
    allowHalfOpen: false,
    read() { this.push(null); },
    write(c, e, cb) { cb(); },
  });
  for (const n of ['end', 'finish', 'close']) d.on(n, () => log.push(n));
  d.resume();
  setImmediate(() => {
    assert.deepStrictEqual(log, ['end', 'finish', 'close']);
    assert.strictEqual(d.writableEnded, true);
  });
}

// readableObjectMode / writableObjectMode.
{
  const d = new Duplex({ readableObjectMode: true, read() {}, write(c, e, cb) { cb(); } });
  assert.strictEqual(d.readableObjectMode, true);
  assert.strictEqual(d.writableObjectMode, false);
  assert.strictEqual(d.readableHighWaterMark, 16);
  assert.strictEqual(d.writableHighWaterMark, 16384);
}

// Transform: both callback forms, push inside, _flush.
{
  const t = new Transform({
    transform(chunk, enc, cb) {
      const s = chunk.toString();
      if (s === 'twice') {
        this.push(s);
        this.push(s);
        cb();
      } else {
        cb(null, s.toUpperCase());
      }
    },
    flush(cb) { cb(null, 'END'); },
  });
  const out = [];
  const log = [];
  t.on('data', (c) => out.push(c.toString()));
  for (const n of ['prefinish', 'finish', 'end', 'close']) t.on(n, () => log.push(n));
  t.write('a');
  t.write('twice');
  t.end('b');
  t.on('close', mustCall(() => {
    assert.deepStrictEqual(out, ['A', 'twice', 'twice', 'B', 'END']);
    assert.deepStrictEqual(log, ['prefinish', 'end', 'finish', 'close']);
  }));
}

// Transform errors.
{
  const t = new Transform({ transform(c, e, cb) { cb(new Error('tx')); } });
  const log = [];
  t.on('error', (err) => log.push(`error:${err.message}`));
  t.on('close', mustCall(() => {
    log.push('close');
    assert.deepStrictEqual(log, ['error:tx', 'close']);
  }));
  t.write('x');
}
{
  const t = new Transform();
  assert.throws(() => t.write('x'), {
    code: 'ERR_METHOD_NOT_IMPLEMENTED',
    message: 'The _transform() method is not implemented',
  });
}

// Transform backpressure: writes wait until the readable side is consumed.
{
  let transformed = 0;
  const t = new Transform({
    highWaterMark: 2,
    transform(c, e, cb) { transformed++; cb(null, c); },
  });
  for (let i = 0; i < 10; i++) t.write('ab');
  setImmediate(() => {
    assert.ok(transformed < 10, `transformed ${transformed}`);
    t.resume();
    t.on('end', mustCall(() => assert.strictEqual(transformed, 10)));
    t.end();
  });
}

// PassThrough in object mode.
{
  const p = new PassThrough({ objectMode: true });
  p.write({ x: 1 });
  p.end(7);
  const got = [];
  p.on('data', (c) => got.push(c));
  p.on('end', mustCall(() => assert.deepStrictEqual(got, [{ x: 1 }, 7])));
}
