'use strict';
// WritableStream, its writer and controller: writes in order, backpressure
// and ready, close, abort and the controller signal, errors.
const common = require('../common');
const assert = require('assert');
const {
  WritableStream, WritableStreamDefaultWriter, WritableStreamDefaultController, CountQueuingStrategy,
} = require('stream/web');

const tests = [];
const test = (name, fn) => tests.push([name, fn]);
const later = () => new Promise((r) => setTimeout(r, 1));

test('writes reach the sink one at a time, in order', async () => {
  const log = [];
  let active = 0;
  const ws = new WritableStream({
    start(c) {
      assert.ok(c instanceof WritableStreamDefaultController);
      log.push('start');
    },
    async write(chunk, c) {
      assert.ok(c instanceof WritableStreamDefaultController);
      assert.strictEqual(active++, 0);
      log.push(`write ${chunk}`);
      await later();
      active--;
    },
    close() { log.push('close'); },
  });
  const writer = ws.getWriter();
  assert.ok(writer instanceof WritableStreamDefaultWriter);
  const writes = [writer.write('a'), writer.write('b'), writer.write('c')];
  const closed = writer.close();
  await Promise.all(writes);
  assert.strictEqual(await closed, undefined);
  assert.strictEqual(await writer.closed, undefined);
  assert.deepStrictEqual(log, ['start', 'write a', 'write b', 'write c', 'close']);
  assert.strictEqual(writer.desiredSize, 0);
});

test('desiredSize and ready follow the queue', async () => {
  const pending = [];
  const ws = new WritableStream({
    write() { return new Promise((r) => pending.push(r)); },
  }, { highWaterMark: 2, size: (chunk) => chunk.length });
  const writer = ws.getWriter();
  await writer.ready;
  assert.strictEqual(writer.desiredSize, 2);
  writer.write('a');
  assert.strictEqual(writer.desiredSize, 1);
  writer.write('bc');
  assert.strictEqual(writer.desiredSize, -1);
  let ready = false;
  writer.ready.then(() => { ready = true; });
  await later();
  assert.strictEqual(ready, false);
  pending.shift()(); // 'a' done: 2 bytes still queued
  await later();
  assert.strictEqual(writer.desiredSize, 0);
  assert.strictEqual(ready, false);
  pending.shift()();
  await later();
  assert.strictEqual(ready, true);
  assert.strictEqual(writer.desiredSize, 2);
});

test('a sink write error errors the stream', async () => {
  const boom = new Error('sink');
  const ws = new WritableStream({ write() { throw boom; } });
  const writer = ws.getWriter();
  await assert.rejects(writer.write(1), boom);
  await assert.rejects(writer.closed, boom);
  await assert.rejects(writer.write(2), boom);
  await assert.rejects(writer.ready, boom);
  assert.strictEqual(writer.desiredSize, null);
  await assert.rejects(writer.close(), {
    name: 'TypeError', code: 'ERR_INVALID_STATE', message: 'Invalid state: WritableStream is closed',
  });
});

test('abort(): signal, sink abort, rejected writes and promises', async () => {
  let controller;
  const reasons = [];
  const ws = new WritableStream({
    start(c) { controller = c; },
    abort(reason) { reasons.push(reason); },
  });
  const signal = controller.signal;
  assert.strictEqual(signal.aborted, false);
  signal.addEventListener('abort', common.mustCall());
  const writer = ws.getWriter();
  await writer.ready;
  const closed = writer.closed;
  assert.strictEqual(await writer.abort('why'), undefined);
  assert.strictEqual(signal.aborted, true);
  assert.strictEqual(signal.reason, 'why');
  assert.deepStrictEqual(reasons, ['why']);
  await assert.rejects(closed, (e) => e === 'why');
  await assert.rejects(writer.write(1), (e) => e === 'why');
  await assert.rejects(writer.ready, (e) => e === 'why');
  // Aborting an errored stream resolves.
  assert.strictEqual(await writer.abort('again'), undefined);
});

test('abort() while a write is in flight waits for it', async () => {
  let finishWrite;
  const log = [];
  let controller;
  const ws = new WritableStream({
    start(c) { controller = c; },
    write() {
      log.push('write');
      return new Promise((r) => { finishWrite = r; });
    },
    abort(r) { log.push(`abort ${r}`); },
  });
  const writer = ws.getWriter();
  const write1 = writer.write(1);
  const write2 = writer.write(2);
  await later();
  controller.signal.addEventListener('abort', () => log.push('signal'));
  const abort = writer.abort('stop');
  await later();
  // The sink sees the signal at once, its abort() only after the write.
  assert.deepStrictEqual(log, ['write', 'signal']);
  finishWrite();
  await write1;
  await assert.rejects(write2, (e) => e === 'stop');
  await abort;
  assert.deepStrictEqual(log, ['write', 'signal', 'abort stop']);
});

test('controller.error() errors the stream', async () => {
  let controller;
  const ws = new WritableStream({ start(c) { controller = c; } });
  const writer = ws.getWriter();
  controller.error('bad');
  await assert.rejects(writer.closed, (e) => e === 'bad');
  await assert.rejects(writer.write(1), (e) => e === 'bad');
  controller.error('ignored');
  await assert.rejects(writer.closed, (e) => e === 'bad');
});

test('start() that rejects errors the stream; start() that throws throws', async () => {
  const boom = new Error('start');
  const ws = new WritableStream({ start() { return Promise.reject(boom); } });
  await assert.rejects(ws.getWriter().closed, boom);
  assert.throws(() => new WritableStream({ start() { throw boom; } }), boom);
});

test('close() errors', async () => {
  const boom = new Error('close');
  const ws = new WritableStream({ close() { throw boom; } });
  const writer = ws.getWriter();
  await assert.rejects(writer.close(), boom);
  await assert.rejects(writer.closed, boom);
  const ws2 = new WritableStream();
  const w2 = ws2.getWriter();
  w2.close();
  // (Checked while the close is still queued: Node asserts on a write after
  // the sink's close has started.)
  const afterClose = w2.write(1);
  await assert.rejects(w2.close(), {
    name: 'TypeError', code: 'ERR_INVALID_STATE', message: 'Invalid state: Failure to close WritableStream',
  });
  await assert.rejects(afterClose, {
    name: 'TypeError', code: 'ERR_INVALID_STATE', message: 'Invalid state: WritableStream is closed',
  });
  w2.releaseLock();
  const ws3 = new WritableStream();
  ws3.close();
  await assert.rejects(ws3.close(), {
    name: 'TypeError', code: 'ERR_INVALID_STATE', message: 'Invalid state: Failure closing WritableStream',
  });
});

test('locks and released writers', async () => {
  const ws = new WritableStream();
  const writer = ws.getWriter();
  assert.strictEqual(ws.locked, true);
  assert.throws(() => ws.getWriter(), {
    name: 'TypeError', code: 'ERR_INVALID_STATE', message: 'Invalid state: WritableStream is locked',
  });
  await assert.rejects(ws.abort(), { code: 'ERR_INVALID_STATE', message: 'Invalid state: WritableStream is locked' });
  await assert.rejects(ws.close(), { code: 'ERR_INVALID_STATE', message: 'Invalid state: WritableStream is locked' });
  const closed = writer.closed;
  writer.releaseLock();
  assert.strictEqual(ws.locked, false);
  await assert.rejects(closed, { code: 'ERR_INVALID_STATE', message: 'Invalid state: Writer has been released' });
  await assert.rejects(writer.ready, { code: 'ERR_INVALID_STATE', message: 'Invalid state: Writer has been released' });
  await assert.rejects(writer.write(1), {
    code: 'ERR_INVALID_STATE', message: 'Invalid state: Writer is not bound to a WritableStream',
  });
  assert.throws(() => writer.desiredSize, {
    code: 'ERR_INVALID_STATE', message: 'Invalid state: Writer is not bound to a WritableStream',
  });
  writer.releaseLock(); // no-op
  const writer2 = new WritableStreamDefaultWriter(ws);
  assert.strictEqual(ws.locked, true);
  await writer2.close();
  // A writer made for a closed stream.
  writer2.releaseLock();
  const writer3 = ws.getWriter();
  assert.strictEqual(await writer3.closed, undefined);
  assert.strictEqual(writer3.desiredSize, 0);
});

test('a size() that throws rejects the write', async () => {
  const boom = new Error('size');
  const ws = new WritableStream({}, { size() { throw boom; } });
  await assert.rejects(ws.getWriter().write('x'), boom);
  const ws2 = new WritableStream({}, { size() { return -1; } });
  await assert.rejects(ws2.getWriter().write('x'), {
    name: 'RangeError', code: 'ERR_INVALID_ARG_VALUE', message: "The argument 'size' is invalid. Received -1",
  });
});

test('the sink methods are called with the sink as this', async () => {
  const sink = {
    start: common.mustCall(function() { assert.strictEqual(this, sink); }),
    write: common.mustCall(function(chunk) { assert.strictEqual(this, sink); assert.strictEqual(chunk, 1); }),
    close: common.mustCall(function() { assert.strictEqual(this, sink); }),
  };
  const writer = new WritableStream(sink, new CountQueuingStrategy({ highWaterMark: 4 })).getWriter();
  assert.strictEqual(writer.desiredSize, 4);
  await writer.write(1);
  await writer.close();
});

test('constructor errors and shape', () => {
  assert.throws(() => new WritableStream(1), { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => new WritableStream({ type: 'x' }), {
    name: 'RangeError', code: 'ERR_INVALID_ARG_VALUE', message: "The argument 'type' is invalid. Received 'x'",
  });
  assert.throws(() => new WritableStream({ write: 1 }), {
    name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "sink.write" property must be of type function. Received type number (1)',
  });
  assert.throws(() => new WritableStreamDefaultWriter(1), {
    name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "stream" argument must be an instance of WritableStream. Received type number (1)',
  });
  assert.throws(() => new WritableStreamDefaultController(), { name: 'TypeError', code: 'ERR_ILLEGAL_CONSTRUCTOR' });
  assert.deepStrictEqual(Object.getOwnPropertyNames(WritableStream.prototype),
    ['constructor', 'locked', 'abort', 'close', 'getWriter']);
  assert.deepStrictEqual(Object.getOwnPropertyNames(WritableStreamDefaultWriter.prototype),
    ['constructor', 'closed', 'desiredSize', 'ready', 'abort', 'close', 'releaseLock', 'write']);
  assert.strictEqual(Object.prototype.toString.call(new WritableStream()), '[object WritableStream]');
  assert.strictEqual(require('util').inspect(new WritableStream()), "WritableStream { locked: false, state: 'writable' }");
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
