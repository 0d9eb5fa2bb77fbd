'use strict';
// Readable.prototype.pipe: data flow, backpressure with 'drain', unpipe, end option.
const assert = require('assert');
const { mustCall } = require('../common');
const { Readable, Writable, PassThrough } = require('stream');

// Backpressure: the source pauses while the destination is full.
{
  let n = 0;
  const src = new Readable({
    highWaterMark: 2,
    read() {
      n++;
      this.push(n <= 20 ? String(n % 10) : null);
    },
  });
  const got = [];
  let maxLength = 0;
  let drains = 0;
  const dst = new Writable({
    highWaterMark: 3,
    write(c, e, cb) {
      got.push(c.toString());
      maxLength = Math.max(maxLength, this.writableLength);
      setImmediate(cb);
    },
  });
  dst.on('drain', () => drains++);
  const pipes = [];
  dst.on('pipe', (s) => pipes.push(s === src));
  assert.strictEqual(src.pipe(dst), dst);
  assert.deepStrictEqual(pipes, [true]);
  dst.on('finish', mustCall(() => {
    assert.strictEqual(got.join(''), '12345678901234567890');
    assert.ok(maxLength <= 4, `writableLength ${maxLength}`);
    assert.ok(drains > 0);
  }));
}

// unpipe stops the flow and emits 'unpipe'.
{
  const src = new Readable({ read() {} });
  const dst = new PassThrough();
  const log = [];
  dst.on('unpipe', (s) => log.push(['unpipe', s === src]));
  src.pipe(dst);
  src.push('a');
  setImmediate(() => {
    src.unpipe(dst);
    assert.strictEqual(src.readableFlowing, false);
    src.push('b');
    setImmediate(() => {
      assert.deepStrictEqual(log, [['unpipe', true]]);
      assert.strictEqual(dst.read().toString(), 'a');
      assert.strictEqual(src.read().toString(), 'b');
    });
  });
}

// { end: false } leaves the destination open.
{
  const src = Readable.from(['x', 'y']);
  const chunks = [];
  const dst = new Writable({ objectMode: true, write(c, e, cb) { chunks.push(c); cb(); } });
  src.pipe(dst, { end: false });
  src.on('end', mustCall(() => setImmediate(() => {
    assert.deepStrictEqual(chunks, ['x', 'y']);
    assert.strictEqual(dst.writableEnded, false);
    dst.end();
  })));
}

// Piping to several destinations.
{
  const src = new Readable({ read() {} });
  const a = new PassThrough();
  const b = new PassThrough();
  src.pipe(a);
  src.pipe(b);
  src.push('hi');
  src.push(null);
  let ends = 0;
  for (const d of [a, b]) {
    let s = '';
    d.on('data', (c) => { s += c; });
    d.on('end', () => { assert.strictEqual(s, 'hi'); ends++; });
  }
  process.on('exit', () => assert.strictEqual(ends, 2));
}

// A destination error unpipes it; the source stays alive and paused.
{
  const src = new Readable({ read() {} });
  const log = [];
  const dst = new Writable({ write(c, e, cb) { cb(new Error('dst failed')); } });
  dst.on('unpipe', () => log.push('unpipe'));
  dst.on('error', (err) => log.push(`error:${err.message}`));
  src.on('pause', () => log.push('pause'));
  src.pipe(dst);
  src.push('x');
  setTimeout(() => {
    assert.deepStrictEqual(log, ['pause', 'unpipe', 'error:dst failed']);
    assert.strictEqual(src.destroyed, false);
    assert.strictEqual(src.readableFlowing, false);
  }, 10);
}
