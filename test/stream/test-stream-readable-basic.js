'use strict';
// Readable: push/read, event order, flowing/paused modes, state getters.
const assert = require('assert');
const { Readable } = require('stream');

function record(stream, names, log) {
  for (const n of names) stream.on(n, (a) => log.push(a === undefined ? n : `${n}:${a}`));
}

// Flowing mode: data events, then end, then close (both asynchronous).
{
  const log = [];
  const r = new Readable({ read() {} });
  assert.strictEqual(r.readableFlowing, null);
  assert.strictEqual(r.isPaused(), false);
  r.push('ab');
  r.push('cd');
  r.push(null);
  record(r, ['data', 'end', 'close', 'pause', 'resume'], log);
  assert.strictEqual(r.readableFlowing, true);
  log.push('sync');
  process.nextTick(() => log.push('tick'));
  setImmediate(() => {
    assert.deepStrictEqual(log, ['sync', 'data:ab', 'data:cd', 'resume', 'tick', 'end', 'close']);
    assert.strictEqual(r.readableEnded, true);
    assert.strictEqual(r.destroyed, true);
    assert.strictEqual(r.closed, true);
    assert.strictEqual(r.readable, false);
    assert.strictEqual(r.readableAborted, false);
  });
}

// Paused mode with 'readable'.
{
  const log = [];
  const r = new Readable({ read() {} });
  r.on('readable', () => {
    log.push('readable');
    let c;
    while ((c = r.read()) !== null) log.push(`read:${c}`);
  });
  r.on('end', () => log.push('end'));
  r.push('x');
  r.push('y');
  setImmediate(() => {
    r.push(null);
    setImmediate(() => {
      assert.deepStrictEqual(log, ['readable', 'read:xy', 'readable', 'end']);
    });
  });
}

// read(n) with partial reads across chunks, and state getters.
{
  const r = new Readable({ read() {}, highWaterMark: 10 });
  assert.strictEqual(r.readableHighWaterMark, 10);
  assert.strictEqual(r.readableObjectMode, false);
  assert.strictEqual(r.push('abc'), true);
  assert.strictEqual(r.push('defghij'), false);
  assert.strictEqual(r.readableLength, 10);
  assert.strictEqual(r.read(2).toString(), 'ab');
  assert.strictEqual(r.read(4).toString(), 'cdef');
  assert.strictEqual(r.read(5), null);
  assert.strictEqual(r.readableLength, 4);
  r.push(null);
  assert.strictEqual(r.read(5).toString(), 'ghij');
}

// _read is called with the highWaterMark, push returns false at the mark.
{
  const sizes = [];
  let i = 0;
  const r = new Readable({
    highWaterMark: 4,
    read(n) {
      sizes.push(n);
      if (i++ < 3) this.push('xy');
      else this.push(null);
    },
  });
  const chunks = [];
  r.on('data', (c) => chunks.push(c.toString()));
  r.on('end', () => {
    assert.deepStrictEqual(chunks, ['xy', 'xy', 'xy']);
    assert.ok(sizes.every((n) => n === 4));
  });
}

// pause()/resume() events and isPaused().
{
  const log = [];
  const r = new Readable({ read() {} });
  record(r, ['pause', 'resume'], log);
  r.pause();
  assert.strictEqual(r.isPaused(), true);
  assert.strictEqual(r.readableFlowing, false);
  r.resume();
  assert.strictEqual(r.isPaused(), false);
  assert.strictEqual(r.readableFlowing, true);
  setImmediate(() => assert.deepStrictEqual(log, ['pause', 'resume']));
}

// Object mode keeps values as they are, counts items.
{
  const r = new Readable({ objectMode: true, read() {} });
  assert.strictEqual(r.readableHighWaterMark, 16);
  assert.strictEqual(r.readableObjectMode, true);
  r.push({ a: 1 });
  r.push(42);
  r.push('s');
  assert.strictEqual(r.readableLength, 3);
  assert.deepStrictEqual(r.read(), { a: 1 });
  assert.strictEqual(r.read(100), 42);
  assert.strictEqual(r.read(), 's');
}

// unshift puts data back at the front.
{
  const r = new Readable({ read() {} });
  r.push('world');
  r.unshift('hello ');
  assert.strictEqual(r.read().toString(), 'hello world');
}

// Default high water marks.
{
  assert.strictEqual(new Readable().readableHighWaterMark, 16384);
  assert.strictEqual(Readable.getDefaultHighWaterMark ? 1 : 1, 1);
}

// Readable() without new.
{
  // eslint-disable-next-line new-cap
  const r = Readable({ read() {} });
  assert.ok(r instanceof Readable);
}
