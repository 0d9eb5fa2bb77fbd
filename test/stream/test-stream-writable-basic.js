'use strict';
// Writable: write/end ordering, backpressure and 'drain', cork/uncork, _writev, _final.
const assert = require('assert');
const { mustCall } = require('../common');
const { Writable } = require('stream');

// Event order for a synchronous _write and an _final.
{
  const log = [];
  const w = new Writable({
    write(c, e, cb) { log.push(`write:${c}:${e}`); cb(); },
    final(cb) { log.push('final'); cb(); },
  });
  for (const n of ['prefinish', 'finish', 'close', 'drain']) w.on(n, () => log.push(n));
  w.write('a', (...args) => log.push(`wcb:${args.length}:${args[0]}`));
  w.end(() => log.push('endcb'));
  log.push('after end');
  assert.strictEqual(w.writableEnded, true);
  assert.strictEqual(w.writableFinished, false);
  assert.strictEqual(w.writable, false);
  setImmediate(() => {
    assert.deepStrictEqual(log, [
      'write:a:buffer', 'final', 'prefinish', 'after end', 'wcb:1:null', 'endcb', 'finish', 'close',
    ]);
    assert.strictEqual(w.writableFinished, true);
    assert.strictEqual(w.destroyed, true);
    assert.strictEqual(w.closed, true);
  });
}

// Backpressure: write returns false at the highWaterMark, 'drain' follows.
{
  const log = [];
  const pending = [];
  const w = new Writable({
    highWaterMark: 5,
    write(c, e, cb) { log.push(`write:${c}`); pending.push(cb); },
  });
  w.on('drain', () => log.push('drain'));
  assert.strictEqual(w.writableHighWaterMark, 5);
  assert.strictEqual(w.write('abc'), true);
  assert.strictEqual(w.write('de'), false);
  assert.strictEqual(w.writableLength, 5);
  assert.strictEqual(w.writableNeedDrain, true);
  assert.strictEqual(w.writableBuffer.length, 1);
  pending.shift()();
  assert.strictEqual(w.writableLength, 2);
  pending.shift()();
  assert.strictEqual(w.writableLength, 0);
  assert.strictEqual(w.writableNeedDrain, false);
  assert.deepStrictEqual(log, ['write:abc', 'write:de', 'drain']);
}

// Strings kept as strings with decodeStrings: false; defaultEncoding.
{
  const seen = [];
  const w = new Writable({
    decodeStrings: false,
    defaultEncoding: 'hex',
    write(c, e, cb) { seen.push([typeof c, e]); cb(); },
  });
  w.write('ab');
  w.write('ab', 'latin1');
  w.write(Buffer.from('x'));
  w.write(new Uint8Array([1]));
  assert.deepStrictEqual(seen, [['string', 'hex'], ['string', 'latin1'], ['object', 'buffer'], ['object', 'buffer']]);
}
{
  const seen = [];
  const w = new Writable({ write(c, e, cb) { seen.push(c.toString('hex')); cb(); } });
  assert.strictEqual(w.setDefaultEncoding('HEX'), w);
  w.write('ff00');
  w.write('hi', 'utf8');
  assert.deepStrictEqual(seen, ['ff00', '6869']);
  assert.throws(() => w.setDefaultEncoding('nope'), { code: 'ERR_UNKNOWN_ENCODING', message: 'Unknown encoding: nope' });
}

// cork/uncork batches into _writev.
{
  const calls = [];
  const w = new Writable({
    write(c, e, cb) { calls.push(['write', c.toString()]); cb(); },
    writev(chunks, cb) { calls.push(['writev', chunks.map((x) => x.chunk.toString()).join('|')]); cb(); },
  });
  w.cork();
  w.cork();
  assert.strictEqual(w.writableCorked, 2);
  w.write('a');
  w.write('b');
  w.uncork();
  assert.strictEqual(calls.length, 0);
  w.write('c');
  w.uncork();
  assert.strictEqual(w.writableCorked, 0);
  w.write('d');
  assert.deepStrictEqual(calls, [['writev', 'a|b|c'], ['write', 'd']]);
}

// Object mode.
{
  const seen = [];
  const w = new Writable({ objectMode: true, write(c, e, cb) { seen.push(c); cb(); } });
  assert.strictEqual(w.writableHighWaterMark, 16);
  assert.strictEqual(w.writableObjectMode, true);
  w.write({ a: 1 });
  w.write(0);
  w.end(false);
  assert.deepStrictEqual(seen, [{ a: 1 }, 0, false]);
}

// Asynchronous writes are buffered and written in order.
{
  const seen = [];
  const w = new Writable({
    write(c, e, cb) { seen.push(c.toString()); setImmediate(cb); },
  });
  w.write('1');
  w.write('2');
  w.end('3');
  w.on('finish', mustCall(() => assert.deepStrictEqual(seen, ['1', '2', '3'])));
}

// No _write implementation.
{
  const w = new Writable();
  assert.throws(() => w.write('x'), {
    code: 'ERR_METHOD_NOT_IMPLEMENTED',
    message: 'The _write() method is not implemented',
  });
}

// Encoding argument as seen by _write in object mode and byte mode.
{
  const seen = [];
  const w = new Writable({ objectMode: true, write(c, e, cb) { seen.push(e); cb(); } });
  w.write('a');
  w.write('b', () => {});
  w.write('c', 'hex');
  w.write('d', 'not-an-encoding');
  assert.deepStrictEqual(seen, [undefined, null, 'hex', 'not-an-encoding']);
  const bytes = new Writable({ decodeStrings: false, write(c, e, cb) { seen.push(e); cb(); } });
  bytes.write('a', () => {});
  bytes.write('a', null);
  assert.deepStrictEqual(seen.slice(4), ['utf8', 'utf8']);
  assert.throws(() => bytes.write(Buffer.from('a'), 'bogus'), { code: 'ERR_UNKNOWN_ENCODING' });
}
