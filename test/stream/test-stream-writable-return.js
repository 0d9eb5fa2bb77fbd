'use strict';
// write()'s return value is taken after _write ran, as in Node 20: a chunk
// consumed synchronously leaves room and brings no 'drain'.
const common = require('../common');
const assert = require('assert');
const { Writable } = require('stream');

{
  const w = new Writable({ write(c, e, cb) { cb(); } });
  w.on('drain', common.mustNotCall());
  assert.strictEqual(w.write(Buffer.alloc(40000)), true);
  assert.strictEqual(w.writableLength, 0);
  assert.strictEqual(w.writableNeedDrain, false);
}
{
  const w = new Writable({ write(c, e, cb) { setImmediate(cb); } });
  w.on('drain', common.mustCall());
  assert.strictEqual(w.write(Buffer.alloc(40000)), false);
  assert.strictEqual(w.writableLength, 40000);
  assert.strictEqual(w.writableNeedDrain, true);
}
{
  // Corked: nothing was written, the chunk counts.
  const w = new Writable({ write(c, e, cb) { process.nextTick(cb); } });
  w.cork();
  assert.strictEqual(w.write(Buffer.alloc(40000)), false);
  w.uncork();
}
{
  const w = new Writable({ objectMode: true, highWaterMark: 1, write(c, e, cb) { cb(); } });
  assert.deepStrictEqual([w.write(1), w.write(2), w.write(3)], [true, true, true]);
}
