'use strict';
// TransformStream and its controller: transform/flush/cancel, terminate,
// errors in both directions, backpressure between the two sides.
const common = require('../common');
const assert = require('assert');
const { TransformStream, TransformStreamDefaultController, ReadableStream, WritableStream } = require('stream/web');

const tests = [];
const test = (name, fn) => tests.push([name, fn]);
const later = () => new Promise((r) => setTimeout(r, 1));

async function readAll(readable) {
  const out = [];
  for await (const v of readable) out.push(v);
  return out;
}

test('identity transform', async () => {
  const ts = new TransformStream();
  assert.ok(ts.readable instanceof ReadableStream);
  assert.ok(ts.writable instanceof WritableStream);
  const writer = ts.writable.getWriter();
  writer.write('a');
  writer.write('b');
  writer.close();
  assert.deepStrictEqual(await readAll(ts.readable), ['a', 'b']);
});

test('transform, flush and start with the controller', async () => {
  const ts = new TransformStream({
    start: common.mustCall((c) => {
      assert.ok(c instanceof TransformStreamDefaultController);
      assert.strictEqual(c.desiredSize, 0);
    }),
    transform(chunk, c) {
      c.enqueue(chunk.toUpperCase());
      c.enqueue(chunk.length);
    },
    flush(c) { c.enqueue('end'); },
  });
  const writer = ts.writable.getWriter();
  writer.write('ab');
  writer.write('c');
  writer.close();
  assert.deepStrictEqual(await readAll(ts.readable), ['AB', 2, 'C', 1, 'end']);
});

test('an async transform keeps order', async () => {
  const ts = new TransformStream({
    async transform(chunk, c) {
      await later();
      c.enqueue(chunk * 2);
    },
  });
  const writer = ts.writable.getWriter();
  for (const n of [1, 2, 3]) writer.write(n);
  writer.close();
  assert.deepStrictEqual(await readAll(ts.readable), [2, 4, 6]);
});

test('transform errors reach both sides', async () => {
  const boom = new Error('tx');
  const ts = new TransformStream({ transform() { throw boom; } });
  const writer = ts.writable.getWriter();
  const reader = ts.readable.getReader();
  // The readable has no room until someone reads: the read lets the write in.
  const read = reader.read();
  await assert.rejects(writer.write(1), boom);
  await assert.rejects(read, boom);
  await assert.rejects(writer.closed, boom);
});

test('flush errors reject close and error the readable', async () => {
  const boom = new Error('flush');
  const ts = new TransformStream({ flush() { throw boom; } });
  const writer = ts.writable.getWriter();
  const reader = ts.readable.getReader();
  await assert.rejects(writer.close(), boom);
  await assert.rejects(reader.read(), boom);
});

test('controller.error() and terminate()', async () => {
  let controller;
  const ts = new TransformStream({ start(c) { controller = c; } });
  controller.error('bad');
  await assert.rejects(ts.readable.getReader().read(), (e) => e === 'bad');
  await assert.rejects(ts.writable.getWriter().write(1), (e) => e === 'bad');

  let c2;
  const ts2 = new TransformStream({ start(c) { c2 = c; } });
  c2.enqueue('last');
  c2.terminate();
  assert.deepStrictEqual(await readAll(ts2.readable), ['last']);
  await assert.rejects(ts2.writable.getWriter().write(1), {
    name: 'TypeError', code: 'ERR_INVALID_STATE', message: 'Invalid state: TransformStream has been terminated',
  });
  assert.throws(() => c2.enqueue(1), {
    name: 'TypeError', code: 'ERR_INVALID_STATE', message: 'Invalid state: Unable to enqueue',
  });
});

test('canceling the readable calls transformer.cancel and errors the writable', async () => {
  const ts = new TransformStream({ cancel: common.mustCall((r) => assert.strictEqual(r, 'stop')) });
  const writer = ts.writable.getWriter();
  await ts.readable.cancel('stop');
  await assert.rejects(writer.closed, (e) => e === 'stop');
});

test('aborting the writable calls transformer.cancel and errors the readable', async () => {
  const ts = new TransformStream({ cancel: common.mustCall((r) => assert.strictEqual(r, 'ab')) });
  const reader = ts.readable.getReader();
  await ts.writable.abort('ab');
  await assert.rejects(reader.read(), (e) => e === 'ab');
});

test('backpressure: transform waits for a reader', async () => {
  const seen = [];
  const ts = new TransformStream({
    transform(chunk, c) {
      seen.push(chunk);
      c.enqueue(chunk);
    },
  }, undefined, { highWaterMark: 1 });
  const writer = ts.writable.getWriter();
  writer.write(1);
  writer.write(2);
  writer.write(3);
  await later();
  // One chunk fills the readable queue; the next transform waits.
  assert.deepStrictEqual(seen, [1]);
  const reader = ts.readable.getReader();
  assert.deepStrictEqual(await reader.read(), { value: 1, done: false });
  await later();
  assert.deepStrictEqual(seen, [1, 2]);
  assert.deepStrictEqual(await reader.read(), { value: 2, done: false });
  await later();
  assert.deepStrictEqual(seen, [1, 2, 3]);
});

test('strategies on both sides', async () => {
  const ts = new TransformStream({}, { highWaterMark: 4 }, { highWaterMark: 2 });
  const writer = ts.writable.getWriter();
  // The readable side wants 2 chunks, so the writable starts without backpressure.
  await later();
  assert.strictEqual(writer.desiredSize, 4);
});

test('constructor errors and shape', () => {
  assert.throws(() => new TransformStream(1), { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => new TransformStream({ readableType: 'bytes' }), {
    name: 'RangeError', code: 'ERR_INVALID_ARG_VALUE',
    message: "The property 'transformer.readableType' is invalid. Received 'bytes'",
  });
  assert.throws(() => new TransformStream({ writableType: 'bytes' }), {
    name: 'RangeError', code: 'ERR_INVALID_ARG_VALUE',
  });
  assert.throws(() => new TransformStream({ transform: 1 }), {
    name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "transformer.transform" property must be of type function. Received type number (1)',
  });
  assert.throws(() => new TransformStream({}, 1), {
    name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "writableStrategy" argument must be of type object. Received type number (1)',
  });
  assert.throws(() => new TransformStream({}, {}, { highWaterMark: -1 }), {
    name: 'RangeError', code: 'ERR_INVALID_ARG_VALUE',
    message: "The property 'strategy.highWaterMark' is invalid. Received -1",
  });
  const boom = new Error('start');
  assert.throws(() => new TransformStream({ start() { throw boom; } }), boom);
  assert.throws(() => new TransformStreamDefaultController(), { name: 'TypeError', code: 'ERR_ILLEGAL_CONSTRUCTOR' });
  assert.deepStrictEqual(Object.getOwnPropertyNames(TransformStream.prototype), ['constructor', 'readable', 'writable']);
  assert.deepStrictEqual(Object.getOwnPropertyNames(TransformStreamDefaultController.prototype),
    ['constructor', 'desiredSize', 'enqueue', 'error', 'terminate']);
  assert.throws(() => Object.getOwnPropertyDescriptor(TransformStream.prototype, 'readable').get.call({}), {
    name: 'TypeError', code: 'ERR_INVALID_THIS', message: 'Value of "this" must be of type TransformStream',
  });
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
