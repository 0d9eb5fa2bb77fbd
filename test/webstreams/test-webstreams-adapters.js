'use strict';
// Readable/Writable/Duplex .toWeb() and .fromWeb(): chunk types, backpressure,
// end, errors and destroy/cancel in both directions.
const common = require('../common');
const assert = require('assert');
const { Readable, Writable, Duplex, PassThrough } = require('stream');
const { ReadableStream, WritableStream, TransformStream } = require('stream/web');

const tests = [];
const test = (name, fn) => tests.push([name, fn]);
const later = (ms = 5) => new Promise((r) => setTimeout(r, ms));

async function readAll(rs) {
  const out = [];
  for await (const v of rs) out.push(v);
  return out;
}

test('Readable.toWeb: bytes become Uint8Arrays, strings and objects pass', async () => {
  const r = new Readable({ read() {} });
  r.push('abc');
  r.push(Buffer.from('de'));
  r.push(null);
  const chunks = await readAll(Readable.toWeb(r));
  assert.ok(chunks.every((c) => c.constructor === Uint8Array));
  assert.strictEqual(Buffer.concat(chunks).toString(), 'abcde');
  const enc = new Readable({ read() {}, encoding: 'utf8' });
  enc.push('xyz');
  enc.push(null);
  assert.deepStrictEqual(await readAll(Readable.toWeb(enc)), ['xyz']);
  assert.deepStrictEqual(await readAll(Readable.toWeb(Readable.from([1, { a: 1 }, 'x']))), [1, { a: 1 }, 'x']);
});

test('Readable.toWeb: backpressure pauses the source', async () => {
  let reads = 0;
  const r = new Readable({
    objectMode: true,
    highWaterMark: 2,
    read() {
      reads++;
      this.push(reads);
      if (reads === 20) this.push(null);
    },
  });
  const rs = Readable.toWeb(r);
  await later();
  // Two in the Readable's buffer, two in the web stream's queue.
  assert.strictEqual(reads, 4);
  assert.strictEqual(r.isPaused(), true);
  assert.strictEqual((await readAll(rs)).length, 20);

  let bigReads = 0;
  const big = new Readable({ highWaterMark: 4, read() { bigReads++; this.push('xxxxxx'); } });
  const bigWeb = Readable.toWeb(big);
  await later();
  // Bytes are counted by length: one 6-byte chunk fills the web queue.
  assert.strictEqual(bigReads, 2);
  await bigWeb.cancel();

  let stratReads = 0;
  const s = new Readable({ objectMode: true, highWaterMark: 2, read() { stratReads++; this.push({}); } });
  const sWeb = Readable.toWeb(s, { strategy: { highWaterMark: 5 } });
  await later();
  assert.strictEqual(stratReads, 7);
  await sWeb.cancel();
});

test('Readable.toWeb: errors, destroy and cancel', async () => {
  const boom = new Error('boom');
  const r = new Readable({ read() {} });
  const reader = Readable.toWeb(r).getReader();
  r.destroy(boom);
  await assert.rejects(reader.read(), boom);

  const r2 = new Readable({ read() {} });
  const rs2 = Readable.toWeb(r2);
  r2.destroy();
  await assert.rejects(rs2.getReader().read(), { name: 'AbortError', code: 'ABORT_ERR' });

  const r3 = new Readable({ read() {} });
  r3.on('error', () => {});
  const closed = new Promise((resolve) => r3.on('close', resolve));
  await Readable.toWeb(r3).cancel('why');
  await closed;
  assert.strictEqual(r3.destroyed, true);
  assert.strictEqual(r3.errored, 'why');

  // An already finished source gives an ended stream.
  const done = new Readable({ read() {} });
  done.destroy();
  await later();
  assert.deepStrictEqual(await Readable.toWeb(done).getReader().read(), { value: undefined, done: true });
});

test('Readable.fromWeb', async () => {
  const rs = new ReadableStream({
    start(c) {
      c.enqueue(new Uint8Array([0x61, 0x62]));
      c.enqueue('cd');
      c.close();
    },
  });
  const r = Readable.fromWeb(rs);
  assert.strictEqual(rs.locked, true);
  assert.strictEqual(r.readableObjectMode, false);
  assert.strictEqual(r.readableHighWaterMark, 16384);
  const chunks = await readAll(r);
  assert.ok(chunks.every((c) => Buffer.isBuffer(c)));
  assert.strictEqual(Buffer.concat(chunks).toString(), 'abcd');

  const r2 = Readable.fromWeb(new ReadableStream({ start(c) { c.enqueue({ x: 1 }); c.close(); } }),
    { objectMode: true, highWaterMark: 3 });
  assert.strictEqual(r2.readableHighWaterMark, 3);
  assert.deepStrictEqual(await readAll(r2), [{ x: 1 }]);
  const r3 = Readable.fromWeb(ReadableStream.from([Buffer.from('hé')]), { encoding: 'utf8' });
  assert.strictEqual(r3.readableEncoding, 'utf8');
  assert.deepStrictEqual(await readAll(r3), ['hé']);
});

test('Readable.fromWeb: errors and destroy', async () => {
  const boom = new Error('src');
  const r = Readable.fromWeb(new ReadableStream({ start(c) { c.error(boom); } }));
  r.resume();
  const [err] = await new Promise((resolve) => r.once('error', (...a) => resolve(a)));
  assert.strictEqual(err, boom);

  const reasons = [];
  const r2 = Readable.fromWeb(new ReadableStream({ pull(c) { c.enqueue('a'); }, cancel(x) { reasons.push(x); } }),
    { objectMode: true });
  r2.destroy();
  const r3 = Readable.fromWeb(new ReadableStream({ pull(c) { c.enqueue('a'); }, cancel(x) { reasons.push(x); } }),
    { objectMode: true });
  r3.on('error', () => {});
  r3.destroy(boom);
  await later();
  assert.deepStrictEqual(reasons, [null, boom]);
});

test('Writable.toWeb', async () => {
  const got = [];
  const w = new Writable({
    highWaterMark: 3,
    write(chunk, encoding, cb) {
      got.push(chunk.toString());
      setTimeout(cb, 1);
    },
    final(cb) {
      got.push('final');
      cb();
    },
  });
  const writer = Writable.toWeb(w).getWriter();
  assert.strictEqual(writer.desiredSize, 3);
  await writer.write('ab');
  await writer.write(new Uint8Array([65]));
  await writer.close();
  assert.deepStrictEqual(got, ['ab', 'A', 'final']);
  assert.strictEqual(w.writableFinished, true);
});

test('Writable.toWeb: writes wait for drain, not for each callback', async () => {
  const log = [];
  const callbacks = [];
  const w = new Writable({ highWaterMark: 4, write(c, e, cb) { log.push(`_write ${c}`); callbacks.push(cb); } });
  const writer = Writable.toWeb(w).getWriter();
  writer.write('ab').then(() => log.push('p1'));
  writer.write('cd').then(() => log.push('p2'));
  await later();
  assert.deepStrictEqual(log, ['_write ab', 'p1']);
  callbacks.shift()();
  await later();
  callbacks.shift()();
  await later();
  assert.deepStrictEqual(log, ['_write ab', 'p1', '_write cd', 'p2']);
});

test('Writable.toWeb: errors and abort', async () => {
  const boom = new Error('wfail');
  const w = new Writable({ write(c, e, cb) { cb(boom); } });
  w.on('error', () => {});
  const writer = Writable.toWeb(w).getWriter();
  await assert.rejects(writer.write('x'), boom);
  await assert.rejects(writer.closed, boom);

  const w2 = new Writable({ write(c, e, cb) { cb(); } });
  w2.on('error', () => {});
  const closed = new Promise((resolve) => w2.on('close', resolve));
  await Writable.toWeb(w2).abort(new Error('ab'));
  await closed;
  assert.strictEqual(w2.errored.message, 'ab');

  const w3 = new Writable({ write(c, e, cb) { cb(); } });
  const ws3 = Writable.toWeb(w3);
  w3.destroy();
  await assert.rejects(ws3.getWriter().write('x'), { name: 'AbortError', code: 'ABORT_ERR' });

  const w4 = new Writable({ write(c, e, cb) { cb(); } });
  await assert.rejects(Writable.toWeb(w4).getWriter().write(5), { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE' });
});

test('Writable.fromWeb', async () => {
  const chunks = [];
  const ws = new WritableStream({
    write(c) { chunks.push(`${c.constructor.name}:${c}`); },
    close() { chunks.push('close'); },
  });
  const w = Writable.fromWeb(ws);
  assert.strictEqual(ws.locked, true);
  assert.strictEqual(w.writableObjectMode, false);
  assert.strictEqual(w.writableHighWaterMark, 16384);
  w.write('hi');
  w.write(Buffer.from('yo'));
  await new Promise((resolve) => w.end(resolve));
  assert.deepStrictEqual(chunks, ['Buffer:hi', 'Buffer:yo', 'close']);

  const raw = [];
  const w2 = Writable.fromWeb(new WritableStream({ write(c) { raw.push(c); } }), { decodeStrings: false, objectMode: true });
  w2.write('s');
  w2.write(7);
  await later();
  assert.deepStrictEqual(raw, ['s', 7]);
});

test('Writable.fromWeb: errors and destroy', async () => {
  const boom = new Error('sink fail');
  const w = Writable.fromWeb(new WritableStream({ write() { throw boom; } }));
  const errored = new Promise((resolve) => w.once('error', resolve));
  w.write('a');
  assert.strictEqual(await errored, boom);

  const log = [];
  const w2 = Writable.fromWeb(new WritableStream({ abort(r) { log.push(`abort ${r.message}`); } }));
  w2.on('error', () => {});
  w2.destroy(new Error('d'));
  const w3 = Writable.fromWeb(new WritableStream({ abort: common.mustNotCall(), close() { log.push('close'); } }));
  w3.destroy();
  await later();
  assert.deepStrictEqual(log, ['abort d', 'close']);
});

test('Duplex.toWeb and Duplex.fromWeb', async () => {
  const { readable, writable } = Duplex.toWeb(new PassThrough());
  assert.ok(readable instanceof ReadableStream);
  assert.ok(writable instanceof WritableStream);
  const writer = writable.getWriter();
  writer.write('hello');
  writer.close();
  assert.strictEqual(Buffer.concat(await readAll(readable)).toString(), 'hello');

  const upper = new TransformStream({ transform(c, ctl) { ctl.enqueue(String(c).toUpperCase()); } });
  const d = Duplex.fromWeb(upper, { encoding: 'utf8' });
  assert.strictEqual(d.allowHalfOpen, false);
  assert.deepStrictEqual([d.readableObjectMode, d.writableObjectMode, d.readableHighWaterMark], [false, false, 16384]);
  d.end('abc');
  assert.deepStrictEqual(await readAll(d), ['ABC']);

  const d2 = Duplex.fromWeb(new TransformStream(), { objectMode: true });
  assert.deepStrictEqual([d2.readableObjectMode, d2.writableObjectMode, d2.readableHighWaterMark], [true, true, 16]);
  d2.end({ a: 1 });
  assert.deepStrictEqual(await readAll(d2), [{ a: 1 }]);

  const boom = new Error('re');
  const d3 = Duplex.fromWeb({ readable: new ReadableStream({ start(c) { c.error(boom); } }), writable: new WritableStream() });
  const [err] = await new Promise((resolve) => d3.once('error', (...a) => resolve(a)));
  assert.strictEqual(err, boom);
});

test('argument errors', () => {
  assert.throws(() => Readable.toWeb(1), {
    name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "streamReadable" argument must be an stream.Readable. Received type number (1)',
  });
  assert.throws(() => Readable.toWeb(new Writable()), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => Readable.fromWeb(1), {
    name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "readableStream" argument must be an instance of ReadableStream. Received type number (1)',
  });
  assert.throws(() => Readable.fromWeb(new ReadableStream(), 1), {
    code: 'ERR_INVALID_ARG_TYPE', message: 'The "options" argument must be of type object. Received type number (1)',
  });
  const locked = new ReadableStream();
  locked.getReader();
  assert.throws(() => Readable.fromWeb(locked), { name: 'TypeError', code: 'ERR_INVALID_STATE' });
  assert.throws(() => Writable.toWeb(new Readable()), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "streamWritable" argument must be an stream.Writable. Received an instance of Readable',
  });
  assert.throws(() => Writable.fromWeb({}), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "writableStream" argument must be an instance of WritableStream. Received an instance of Object',
  });
  assert.throws(() => Duplex.toWeb(1), {
    code: 'ERR_INVALID_ARG_TYPE', message: 'The "duplex" argument must be an stream.Duplex. Received type number (1)',
  });
  assert.throws(() => Duplex.fromWeb(1), {
    code: 'ERR_INVALID_ARG_TYPE', message: 'The "pair" argument must be of type object. Received type number (1)',
  });
  assert.throws(() => Duplex.fromWeb({ readable: new ReadableStream() }), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "pair.writable" property must be an instance of WritableStream. Received undefined',
  });
  assert.deepStrictEqual([Readable.toWeb.length, Readable.fromWeb.length, Writable.toWeb.length,
    Writable.fromWeb.length, Duplex.toWeb.length, Duplex.fromWeb.length], [2, 2, 1, 2, 1, 2]);
});

let current = 'start';
process.on('exit', () => {
  if (current !== undefined) process.stderr.write(`unfinished test: ${current}\n`);
});
(async () => {
  for (const [name, fn] of tests) {
    current = name;
    try {
      await fn();
    } catch (err) {
      err.message = `${name}: ${err.message}`;
      throw err;
    }
  }
  current = undefined;
})().then(common.mustCall());
