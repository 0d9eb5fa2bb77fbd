'use strict';
// ReadableStream with a default controller: readers, the controller, queuing,
// cancel, errors, async iteration and ReadableStream.from.
const common = require('../common');
const assert = require('assert');
const {
  ReadableStream, ReadableStreamDefaultReader, ReadableStreamDefaultController, CountQueuingStrategy,
} = require('stream/web');

const tests = [];
const test = (name, fn) => tests.push([name, fn]);

test('enqueue, read, close', async () => {
  const rs = new ReadableStream({
    start(c) {
      assert.ok(c instanceof ReadableStreamDefaultController);
      assert.strictEqual(c.desiredSize, 1);
      c.enqueue('a');
      assert.strictEqual(c.desiredSize, 0);
      c.enqueue('b');
      assert.strictEqual(c.desiredSize, -1);
      c.close();
    },
  });
  assert.strictEqual(rs.locked, false);
  const reader = rs.getReader();
  assert.ok(reader instanceof ReadableStreamDefaultReader);
  assert.strictEqual(rs.locked, true);
  assert.deepStrictEqual(await reader.read(), { value: 'a', done: false });
  assert.deepStrictEqual(await reader.read(), { value: 'b', done: false });
  assert.deepStrictEqual(await reader.read(), { value: undefined, done: true });
  assert.deepStrictEqual(await reader.read(), { value: undefined, done: true });
  assert.strictEqual(await reader.closed, undefined);
  reader.releaseLock();
  assert.strictEqual(rs.locked, false);
});

test('pull is called to fill the queue up to the high-water mark', async () => {
  const pulls = [];
  let n = 0;
  const rs = new ReadableStream({
    pull(c) {
      pulls.push(c.desiredSize);
      c.enqueue(++n);
      if (n === 5) c.close();
    },
  }, { highWaterMark: 3 });
  await new Promise((r) => setTimeout(r, 5));
  // Three chunks queued before anyone reads, no more.
  assert.deepStrictEqual(pulls, [3, 2, 1]);
  const reader = rs.getReader();
  const got = [];
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    got.push(value);
  }
  assert.deepStrictEqual(got, [1, 2, 3, 4, 5]);
});

test('a pending pull promise holds off the next pull', async () => {
  let resolvePull;
  let pulls = 0;
  const rs = new ReadableStream({
    pull(c) {
      pulls++;
      c.enqueue(pulls);
      return new Promise((r) => { resolvePull = r; });
    },
  }, { highWaterMark: 0 });
  const reader = rs.getReader();
  assert.deepStrictEqual(await reader.read(), { value: 1, done: false });
  const next = reader.read();
  await new Promise((r) => setTimeout(r, 5));
  assert.strictEqual(pulls, 1);
  resolvePull();
  assert.deepStrictEqual(await next, { value: 2, done: false });
  assert.strictEqual(pulls, 2);
});

test('size() and the strategy', async () => {
  const rs = new ReadableStream({
    start(c) {
      assert.strictEqual(c.desiredSize, 10);
      c.enqueue('abcd');
      assert.strictEqual(c.desiredSize, 6);
    },
  }, { highWaterMark: 10, size: (chunk) => chunk.length });
  await rs.getReader().read();
  const counted = new ReadableStream({
    start(c) {
      assert.strictEqual(c.desiredSize, 2);
    },
  }, new CountQueuingStrategy({ highWaterMark: 2 }));
  assert.ok(counted);
});

test('a size() that throws errors the stream and rethrows', async () => {
  const boom = new Error('size');
  let controller;
  const rs = new ReadableStream({ start(c) { controller = c; } }, { size() { throw boom; } });
  assert.throws(() => controller.enqueue(1), boom);
  await assert.rejects(rs.getReader().closed, boom);
  assert.strictEqual(controller.desiredSize, null);
});

test('cancel() calls the source and closes the reader', async () => {
  const reasons = [];
  const rs = new ReadableStream({
    start(c) { c.enqueue(1); },
    cancel(reason) { reasons.push(reason); },
  });
  const reader = rs.getReader();
  const pending = reader.closed;
  assert.strictEqual(await reader.cancel('why'), undefined);
  assert.strictEqual(await pending, undefined);
  assert.deepStrictEqual(reasons, ['why']);
  assert.deepStrictEqual(await reader.read(), { value: undefined, done: true });
  // Canceling again is a no-op on a closed stream.
  await reader.cancel('again');
  assert.deepStrictEqual(reasons, ['why']);
});

test('cancel() rejects with what the source cancel throws', async () => {
  const boom = new Error('cancel');
  const rs = new ReadableStream({ cancel() { throw boom; } });
  await assert.rejects(rs.cancel(), boom);
  const rs2 = new ReadableStream({ cancel() { return Promise.reject(boom); } });
  await assert.rejects(rs2.cancel(), boom);
});

test('errors reach pending reads, closed, and later reads', async () => {
  const boom = new Error('boom');
  let controller;
  const rs = new ReadableStream({ start(c) { controller = c; } });
  const reader = rs.getReader();
  const read = reader.read();
  controller.error(boom);
  await assert.rejects(read, boom);
  await assert.rejects(reader.closed, boom);
  await assert.rejects(reader.read(), boom);
  await assert.rejects(rs.cancel(), { code: 'ERR_INVALID_STATE' }); // still locked
  reader.releaseLock();
  await assert.rejects(rs.cancel(), boom);
  // A second error() is ignored.
  controller.error(new Error('other'));
  await assert.rejects(rs.getReader().closed, boom);
});

test('start() that rejects errors the stream; start() that throws throws', async () => {
  const boom = new Error('start');
  const rs = new ReadableStream({ start() { return Promise.reject(boom); } });
  await assert.rejects(rs.getReader().read(), boom);
  assert.throws(() => new ReadableStream({ start() { throw boom; } }), boom);
});

test('pull() that throws errors the stream', async () => {
  const boom = new Error('pull');
  const rs = new ReadableStream({ pull() { throw boom; } });
  await assert.rejects(rs.getReader().read(), boom);
});

test('the source methods are called with the source as this', async () => {
  const source = {
    start: common.mustCall(function(c) { assert.strictEqual(this, source); c.enqueue(1); }),
    pull: common.mustCall(function() { assert.strictEqual(this, source); }),
    cancel: common.mustCall(function(r) { assert.strictEqual(this, source); assert.strictEqual(r, 'x'); }),
  };
  const rs = new ReadableStream(source, { highWaterMark: 2 });
  await new Promise((r) => setTimeout(r, 1));
  await rs.cancel('x');
});

test('releaseLock rejects pending reads and closed with TypeErrors', async () => {
  const rs = new ReadableStream();
  const reader = rs.getReader();
  const read = reader.read();
  const closed = reader.closed;
  reader.releaseLock();
  await assert.rejects(read, { name: 'TypeError', code: 'ERR_INVALID_STATE', message: 'Invalid state: Releasing reader' });
  await assert.rejects(closed, { name: 'TypeError', code: 'ERR_INVALID_STATE', message: 'Invalid state: Reader released' });
  // A new reader works.
  const reader2 = new ReadableStreamDefaultReader(rs);
  assert.strictEqual(rs.locked, true);
  reader2.releaseLock();
  reader2.releaseLock(); // no-op
});

test('a reader made after close/error sees that state', async () => {
  const closed = new ReadableStream({ start(c) { c.close(); } });
  assert.strictEqual(await closed.getReader().closed, undefined);
  const boom = new Error('x');
  const errored = new ReadableStream({ start(c) { c.error(boom); } });
  await assert.rejects(errored.getReader().closed, boom);
});

test('close() with queued chunks closes after they are read', async () => {
  let controller;
  const rs = new ReadableStream({ start(c) { controller = c; } });
  controller.enqueue(1);
  controller.close();
  assert.throws(() => controller.enqueue(2), { code: 'ERR_INVALID_STATE' });
  assert.strictEqual(controller.desiredSize, 0);
  const reader = rs.getReader();
  assert.deepStrictEqual(await reader.read(), { value: 1, done: false });
  assert.deepStrictEqual(await reader.read(), { value: undefined, done: true });
});

test('async iteration', async () => {
  const got = [];
  for await (const v of new ReadableStream({ start(c) { c.enqueue(1); c.enqueue(2); c.close(); } })) got.push(v);
  assert.deepStrictEqual(got, [1, 2]);
  // break cancels the stream and releases the lock.
  const reasons = [];
  const rs = new ReadableStream({ pull(c) { c.enqueue('x'); }, cancel(r) { reasons.push(r); } });
  for await (const v of rs) {
    assert.strictEqual(v, 'x');
    break;
  }
  assert.deepStrictEqual(reasons, [undefined]);
  assert.strictEqual(rs.locked, false);
  // preventCancel keeps the stream readable.
  const kept = new ReadableStream({ pull(c) { c.enqueue('y'); }, cancel: common.mustNotCall() });
  for await (const v of kept.values({ preventCancel: true })) {
    assert.strictEqual(v, 'y');
    break;
  }
  assert.strictEqual(kept.locked, false);
  assert.deepStrictEqual(await kept.getReader().read(), { value: 'y', done: false });
  // An error ends the loop with it.
  const boom = new Error('it');
  await assert.rejects(async () => {
    for await (const v of new ReadableStream({ start(c) { c.enqueue(1); c.error(boom); } })) assert.strictEqual(v, 1);
  }, boom);
});

test('iterator next() and return() results', async () => {
  const it = new ReadableStream({ start(c) { c.enqueue(1); c.close(); } }).values();
  assert.strictEqual(ReadableStream.prototype[Symbol.asyncIterator], ReadableStream.prototype.values);
  assert.strictEqual(it[Symbol.asyncIterator](), it);
  assert.deepStrictEqual(await it.next(), { value: 1, done: false });
  assert.deepStrictEqual(await it.next(), { done: true, value: undefined });
  assert.deepStrictEqual(await it.return('r'), { done: true, value: 'r' });
  const it2 = new ReadableStream().values();
  assert.deepStrictEqual(await it2.return(5), { done: true, value: 5 });
  assert.deepStrictEqual(await it2.next(), { done: true, value: undefined });
  // next() calls made at once settle in order.
  const it3 = new ReadableStream({ start(c) { c.enqueue('a'); c.enqueue('b'); c.close(); } }).values();
  const results = await Promise.all([it3.next(), it3.next(), it3.next()]);
  assert.deepStrictEqual(results.map((r) => r.value), ['a', 'b', undefined]);
});

test('ReadableStream.from', async () => {
  const read = async (rs) => {
    const out = [];
    for await (const v of rs) out.push(v);
    return out;
  };
  assert.deepStrictEqual(await read(ReadableStream.from([1, 2, 3])), [1, 2, 3]);
  assert.deepStrictEqual(await read(ReadableStream.from(new Set(['a']))), ['a']);
  assert.deepStrictEqual(await read(ReadableStream.from([Promise.resolve('p')])), ['p']);
  assert.deepStrictEqual(await read(ReadableStream.from((async function* () { yield 'x'; yield 'y'; })())), ['x', 'y']);
  assert.deepStrictEqual(await read(ReadableStream.from(ReadableStream.from(['n']))), ['n']);
  // Canceling calls the iterator's return().
  let returned = false;
  const gen = (function* () {
    try {
      yield 1;
      yield 2;
    } finally {
      returned = true;
    }
  })();
  const rs = ReadableStream.from(gen);
  const reader = rs.getReader();
  assert.deepStrictEqual(await reader.read(), { value: 1, done: false });
  await reader.cancel();
  assert.strictEqual(returned, true);
  // Errors thrown by the iterator error the stream.
  const boom = new Error('gen');
  await assert.rejects(read(ReadableStream.from((function* () { throw boom; })())), boom);
  assert.throws(() => ReadableStream.from(1), { name: 'TypeError', code: 'ERR_ARG_NOT_ITERABLE', message: '1 must be iterable' });
  assert.throws(() => ReadableStream.from({}), { name: 'TypeError', code: 'ERR_ARG_NOT_ITERABLE' });
  const notObject = ReadableStream.from({ [Symbol.asyncIterator]() { return { next() { return 5; } }; } });
  await assert.rejects(notObject.getReader().read(), {
    name: 'TypeError', code: 'ERR_INVALID_STATE', message: 'Invalid state: The iterator.next() method must return an object',
  });
});

test('the controller cannot be constructed; prototypes look like Node', () => {
  assert.throws(() => new ReadableStreamDefaultController(), { name: 'TypeError', code: 'ERR_ILLEGAL_CONSTRUCTOR' });
  assert.strictEqual(Object.prototype.toString.call(new ReadableStream()), '[object ReadableStream]');
  assert.strictEqual(Object.prototype.toString.call(new ReadableStream().getReader()), '[object ReadableStreamDefaultReader]');
  assert.deepStrictEqual(Object.getOwnPropertyNames(ReadableStream.prototype),
    ['constructor', 'locked', 'cancel', 'getReader', 'pipeThrough', 'pipeTo', 'tee', 'values']);
  assert.deepStrictEqual(Object.getOwnPropertyNames(ReadableStreamDefaultReader.prototype),
    ['constructor', 'read', 'releaseLock', 'closed', 'cancel']);
  assert.strictEqual(Object.getOwnPropertyDescriptor(ReadableStream.prototype, 'cancel').enumerable, true);
  assert.strictEqual(ReadableStream.length, 0);
  assert.strictEqual(ReadableStreamDefaultReader.length, 1);
  const AsyncIteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf(async function* () {}).prototype);
  const it = new ReadableStream().values();
  assert.strictEqual(Object.getPrototypeOf(Object.getPrototypeOf(it)), AsyncIteratorPrototype);
  assert.strictEqual(require('util').inspect(new ReadableStream()),
    "ReadableStream { locked: false, state: 'readable', supportsBYOB: false }");
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
