'use strict';
// Readable byte streams: ReadableByteStreamController, BYOB readers and
// requests, transfers of the caller's buffers, and the byte-stream tee.
const common = require('../common');
const assert = require('assert');
const {
  ReadableStream, ReadableStreamBYOBReader, ReadableStreamBYOBRequest, ReadableByteStreamController,
} = require('stream/web');

const tests = [];
const test = (name, fn) => tests.push([name, fn]);
const bytes = (...b) => new Uint8Array(b);

test('default reader on a byte stream gets Uint8Arrays', async () => {
  const rs = new ReadableStream({
    type: 'bytes',
    start(c) {
      assert.ok(c instanceof ReadableByteStreamController);
      assert.strictEqual(c.desiredSize, 0);
      assert.strictEqual(c.byobRequest, null);
      c.enqueue(bytes(1, 2, 3));
      c.enqueue(new DataView(new ArrayBuffer(2)));
      c.close();
    },
  });
  const reader = rs.getReader();
  const a = await reader.read();
  assert.ok(a.value instanceof Uint8Array);
  assert.deepStrictEqual([...a.value], [1, 2, 3]);
  const b = await reader.read();
  assert.ok(b.value instanceof Uint8Array);
  assert.strictEqual(b.value.length, 2);
  assert.deepStrictEqual(await reader.read(), { value: undefined, done: true });
});

test('enqueue transfers the chunk buffer', () => {
  let controller;
  new ReadableStream({ type: 'bytes', start(c) { controller = c; } });
  const chunk = new Uint8Array(8);
  controller.enqueue(chunk.subarray(2, 4));
  assert.strictEqual(chunk.byteLength, 0);
  assert.strictEqual(chunk.buffer.byteLength, 0);
  assert.throws(() => controller.enqueue(chunk), {
    name: 'TypeError', code: 'ERR_INVALID_STATE',
    message: 'Invalid state: chunk ArrayBuffer is zero-length or detached',
  });
});

test('BYOB reads fill the caller view from the queue', async () => {
  const rs = new ReadableStream({
    type: 'bytes',
    start(c) {
      c.enqueue(bytes(1, 2, 3));
      c.enqueue(bytes(4, 5));
      c.close();
    },
  });
  const reader = rs.getReader({ mode: 'byob' });
  assert.ok(reader instanceof ReadableStreamBYOBReader);
  const view = new Uint8Array(4);
  const r1 = await reader.read(view);
  assert.strictEqual(view.byteLength, 0); // transferred
  assert.deepStrictEqual([...r1.value], [1, 2, 3, 4]);
  assert.strictEqual(r1.value.buffer.byteLength, 4);
  const r2 = await reader.read(new Uint8Array(4));
  assert.deepStrictEqual([...r2.value], [5]);
  const r3 = await reader.read(new Uint8Array(4));
  assert.strictEqual(r3.done, true);
  assert.ok(r3.value instanceof Uint8Array);
  assert.strictEqual(r3.value.length, 0);
});

test('byobRequest: respond() and respondWithNewView()', async () => {
  let controller;
  const rs = new ReadableStream({ type: 'bytes', start(c) { controller = c; } });
  const reader = rs.getReader({ mode: 'byob' });
  const read = reader.read(new Uint8Array(new ArrayBuffer(10), 2, 6));
  const req = controller.byobRequest;
  assert.ok(req instanceof ReadableStreamBYOBRequest);
  assert.strictEqual(controller.byobRequest, req);
  assert.strictEqual(req.view.byteOffset, 2);
  assert.strictEqual(req.view.byteLength, 6);
  req.view.set([7, 8], 0);
  req.respond(2);
  assert.strictEqual(req.view, null);
  assert.strictEqual(controller.byobRequest, null);
  assert.throws(() => req.respond(1), {
    name: 'TypeError', code: 'ERR_INVALID_STATE', message: 'Invalid state: This BYOB request has been invalidated',
  });
  const r = await read;
  assert.deepStrictEqual([...r.value], [7, 8]);
  assert.strictEqual(r.value.byteOffset, 2);

  const read2 = reader.read(new Uint8Array(4));
  const req2 = controller.byobRequest;
  const v = req2.view;
  const filled = new Uint8Array(v.buffer, v.byteOffset, 3);
  filled.set([1, 2, 3]);
  req2.respondWithNewView(filled);
  assert.deepStrictEqual([...(await read2).value], [1, 2, 3]);
});

test('respond() errors', () => {
  let controller;
  const rs = new ReadableStream({ type: 'bytes', start(c) { controller = c; } });
  rs.getReader({ mode: 'byob' }).read(new Uint8Array(4));
  const req = controller.byobRequest;
  assert.throws(() => req.respond(0), {
    name: 'TypeError', code: 'ERR_INVALID_ARG_VALUE', message: "The argument 'bytesWritten' is invalid. Received 0",
  });
  assert.throws(() => req.respond(5), {
    name: 'RangeError', code: 'ERR_INVALID_ARG_VALUE', message: "The argument 'bytesWritten' is invalid. Received 5",
  });
  assert.throws(() => req.respondWithNewView(1), { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => req.respondWithNewView(new Uint8Array(req.view.buffer, 0, 0)), {
    name: 'TypeError', code: 'ERR_INVALID_STATE', message: 'Invalid state: View is zero-length',
  });
  assert.throws(() => req.respondWithNewView(new Uint8Array(8)), { name: 'RangeError', code: 'ERR_INVALID_ARG_VALUE' });
  // After close only 0 is accepted.
  controller.close();
  assert.throws(() => req.respond(1), { name: 'TypeError', code: 'ERR_INVALID_ARG_VALUE' });
  assert.throws(() => req.respondWithNewView(new Uint8Array(req.view.buffer, 0, 1)), {
    name: 'TypeError', code: 'ERR_INVALID_STATE', message: 'Invalid state: View is not zero-length',
  });
  req.respond(0);
});

test('close() with a pending read ends it with an empty view', async () => {
  let controller;
  const rs = new ReadableStream({ type: 'bytes', start(c) { controller = c; } });
  const reader = rs.getReader({ mode: 'byob' });
  const read = reader.read(new Uint8Array(3));
  controller.close();
  controller.byobRequest.respond(0);
  const r = await read;
  assert.strictEqual(r.done, true);
  assert.strictEqual(r.value.byteLength, 0);
  assert.strictEqual(r.value.buffer.byteLength, 3);
});

test('multi-byte element views wait for whole elements', async () => {
  let controller;
  const rs = new ReadableStream({ type: 'bytes', start(c) { controller = c; } });
  const reader = rs.getReader({ mode: 'byob' });
  const read = reader.read(new Uint16Array(2));
  controller.enqueue(bytes(1, 2, 3));
  const r = await read;
  assert.ok(r.value instanceof Uint16Array);
  assert.strictEqual(r.value.length, 1);
  assert.deepStrictEqual([...new Uint8Array(r.value.buffer, r.value.byteOffset, 2)], [1, 2]);
  // One byte is left over; closing now is a partial read.
  const read2 = reader.read(new Uint16Array(2));
  assert.throws(() => controller.close(), {
    name: 'TypeError', code: 'ERR_INVALID_STATE', message: 'Invalid state: Partial read',
  });
  await assert.rejects(read2, { code: 'ERR_INVALID_STATE' });
});

test('read(view, { min })', async () => {
  let controller;
  const rs = new ReadableStream({ type: 'bytes', start(c) { controller = c; } });
  const reader = rs.getReader({ mode: 'byob' });
  let settled = false;
  const read = reader.read(new Uint8Array(6), { min: 4 }).then((r) => {
    settled = true;
    return r;
  });
  controller.enqueue(bytes(1, 2));
  await new Promise((r) => setTimeout(r, 1));
  assert.strictEqual(settled, false);
  controller.enqueue(bytes(3, 4, 5));
  assert.deepStrictEqual([...(await read).value], [1, 2, 3, 4, 5]);
  await assert.rejects(reader.read(new Uint8Array(4), { min: 0 }), {
    name: 'TypeError', code: 'ERR_INVALID_ARG_VALUE',
    message: "The property 'options.min' must be greater than 0. Received 0",
  });
  await assert.rejects(reader.read(new Uint8Array(4), { min: 5 }), {
    name: 'RangeError', code: 'ERR_OUT_OF_RANGE',
    message: 'The value of "options.min" is out of range. It must be <= view.length. Received 5',
  });
});

test('autoAllocateChunkSize gives default readers a byobRequest', async () => {
  const rs = new ReadableStream({
    type: 'bytes',
    autoAllocateChunkSize: 16,
    pull(c) {
      const req = c.byobRequest;
      assert.ok(req);
      assert.strictEqual(req.view.byteLength, 16);
      req.view[0] = 42;
      req.respond(1);
    },
  });
  const { value } = await rs.getReader().read();
  assert.deepStrictEqual([...value], [42]);
  assert.throws(() => new ReadableStream({ type: 'bytes', autoAllocateChunkSize: 0 }), {
    name: 'TypeError', code: 'ERR_INVALID_ARG_VALUE',
  });
});

test('a default reader after a released BYOB read gets the filled bytes', async () => {
  let controller;
  const rs = new ReadableStream({ type: 'bytes', start(c) { controller = c; } });
  const byob = rs.getReader({ mode: 'byob' });
  const pending = byob.read(new Uint8Array(4));
  const req = controller.byobRequest;
  byob.releaseLock();
  await assert.rejects(pending, { code: 'ERR_INVALID_STATE' });
  req.view.set([9, 8]);
  req.respond(2);
  const { value } = await rs.getReader().read();
  assert.deepStrictEqual([...value], [9, 8]);
});

test('cancel ends pending BYOB reads with done and undefined', async () => {
  const rs = new ReadableStream({ type: 'bytes', cancel: common.mustCall((r) => assert.strictEqual(r, 'c')) });
  const reader = rs.getReader({ mode: 'byob' });
  const read = reader.read(new Uint8Array(2));
  await reader.cancel('c');
  assert.deepStrictEqual(await read, { value: undefined, done: true });
});

test('errors reach BYOB reads', async () => {
  const boom = new Error('b');
  let controller;
  const rs = new ReadableStream({ type: 'bytes', start(c) { controller = c; } });
  const reader = rs.getReader({ mode: 'byob' });
  const read = reader.read(new Uint8Array(2));
  controller.error(boom);
  await assert.rejects(read, boom);
  await assert.rejects(reader.read(new Uint8Array(2)), boom);
  assert.throws(() => controller.enqueue(bytes(1)), {
    name: 'TypeError', code: 'ERR_INVALID_STATE', message: 'Invalid state: ReadableStream is already closed',
  });
});

test('BYOB reader errors', async () => {
  assert.throws(() => new ReadableStream().getReader({ mode: 'byob' }), {
    name: 'TypeError', code: 'ERR_INVALID_ARG_VALUE',
    message: "The argument 'stream' must be a byte stream. Received ReadableStream { locked: false, state: 'readable', supportsBYOB: false }",
  });
  assert.throws(() => new ReadableStreamBYOBReader({}), { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE' });
  const rs = new ReadableStream({ type: 'bytes' });
  const reader = rs.getReader({ mode: 'byob' });
  await assert.rejects(reader.read(), {
    name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "view" argument must be an instance of Buffer, TypedArray, or DataView. Received undefined',
  });
  await assert.rejects(reader.read(new Uint8Array(0)), {
    name: 'TypeError', code: 'ERR_INVALID_STATE',
    message: 'Invalid state: View or Viewed ArrayBuffer is zero-length or detached',
  });
  reader.releaseLock();
  await assert.rejects(reader.read(new Uint8Array(1)), {
    name: 'TypeError', code: 'ERR_INVALID_STATE', message: 'Invalid state: The reader is not attached to a stream',
  });
  assert.throws(() => new ReadableStreamBYOBRequest(), { name: 'TypeError', code: 'ERR_ILLEGAL_CONSTRUCTOR' });
  assert.throws(() => new ReadableByteStreamController(), { name: 'TypeError', code: 'ERR_ILLEGAL_CONSTRUCTOR' });
  assert.throws(() => new ReadableStream({ type: 'bytes' }, { size() { return 1; } }), {
    name: 'RangeError', code: 'ERR_INVALID_ARG_VALUE',
  });
});

test('byte-stream tee: both branches get copies, BYOB on one branch', async () => {
  const rs = new ReadableStream({
    type: 'bytes',
    start(c) {
      c.enqueue(bytes(1, 2, 3));
      c.close();
    },
  });
  const [a, b] = rs.tee();
  const ra = a.getReader({ mode: 'byob' });
  const rb = b.getReader();
  const x = await ra.read(new Uint8Array(8));
  const y = await rb.read();
  assert.deepStrictEqual([...x.value], [1, 2, 3]);
  assert.deepStrictEqual([...y.value], [1, 2, 3]);
  assert.notStrictEqual(x.value.buffer, y.value.buffer);
  assert.strictEqual((await ra.read(new Uint8Array(1))).done, true);
  assert.strictEqual((await rb.read()).done, true);
});

test('byte-stream tee: cancel both reaches the source with both reasons', async () => {
  const rs = new ReadableStream({
    type: 'bytes',
    cancel: common.mustCall((reason) => assert.deepStrictEqual(reason, ['r1', 'r2'])),
  });
  const [a, b] = rs.tee();
  await Promise.all([a.cancel('r1'), b.cancel('r2')]);
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
