'use strict';
// pipeTo (with preventClose/preventAbort/preventCancel and signal),
// pipeThrough, and tee of default streams.
const common = require('../common');
const assert = require('assert');
const { ReadableStream, WritableStream, TransformStream } = require('stream/web');

const tests = [];
const test = (name, fn) => tests.push([name, fn]);
const later = () => new Promise((r) => setTimeout(r, 1));

function source(chunks, extra = {}) {
  return new ReadableStream({
    start(c) {
      for (const chunk of chunks) c.enqueue(chunk);
      if (!extra.open) c.close();
    },
    ...extra,
  });
}

function sink(log, extra = {}) {
  return new WritableStream({
    write(chunk) { log.push(`w:${chunk}`); },
    close() { log.push('close'); },
    abort(r) { log.push(`abort:${r}`); },
    ...extra,
  });
}

test('pipeTo writes everything then closes', async () => {
  const log = [];
  const rs = source(['a', 'b', 'c']);
  const ws = sink(log);
  const p = rs.pipeTo(ws);
  assert.strictEqual(rs.locked, true);
  assert.strictEqual(ws.locked, true);
  assert.strictEqual(await p, undefined);
  assert.deepStrictEqual(log, ['w:a', 'w:b', 'w:c', 'close']);
  assert.strictEqual(rs.locked, false);
  assert.strictEqual(ws.locked, false);
});

test('pipeTo respects the destination backpressure', async () => {
  let pulls = 0;
  const finishes = [];
  const rs = new ReadableStream({
    pull(c) {
      pulls++;
      c.enqueue(pulls);
      if (pulls === 6) c.close();
    },
  }, { highWaterMark: 0 });
  const ws = new WritableStream({
    write() { return new Promise((r) => finishes.push(r)); },
  }, { highWaterMark: 2 });
  const done = rs.pipeTo(ws);
  await later();
  // The write in flight still counts: two chunks fill the queue, the pipe
  // stops reading.
  assert.strictEqual(pulls, 2);
  finishes.shift()();
  await later();
  assert.strictEqual(pulls, 3);
  while (finishes.length > 0 || pulls < 6) {
    if (finishes.length) finishes.shift()();
    await later();
  }
  await done;
});

test('preventClose leaves the destination open', async () => {
  const log = [];
  const ws = sink(log);
  await source(['a']).pipeTo(ws, { preventClose: true });
  assert.deepStrictEqual(log, ['w:a']);
  const writer = ws.getWriter();
  await writer.write('b');
  assert.deepStrictEqual(log, ['w:a', 'w:b']);
});

test('a source error aborts the destination unless preventAbort', async () => {
  const boom = new Error('src');
  const log = [];
  const rs = new ReadableStream({ start(c) { c.enqueue('x'); }, pull(c) { c.error(boom); } });
  await assert.rejects(rs.pipeTo(sink(log)), boom);
  assert.strictEqual(log[0], 'w:x');
  assert.strictEqual(log[1], `abort:${boom}`);

  const log2 = [];
  const ws2 = sink(log2);
  await assert.rejects(new ReadableStream({ start(c) { c.error(boom); } }).pipeTo(ws2, { preventAbort: true }), boom);
  assert.deepStrictEqual(log2, []);
  assert.strictEqual(ws2.locked, false);
});

test('a destination error cancels the source unless preventCancel', async () => {
  const boom = new Error('dst');
  const reasons = [];
  const rs = new ReadableStream({ pull(c) { c.enqueue(1); }, cancel(r) { reasons.push(r); } });
  await assert.rejects(rs.pipeTo(new WritableStream({ write() { throw boom; } })), boom);
  assert.deepStrictEqual(reasons, [boom]);

  const rs2 = new ReadableStream({ pull(c) { c.enqueue(1); }, cancel: common.mustNotCall() });
  await assert.rejects(rs2.pipeTo(new WritableStream({ write() { throw boom; } }), { preventCancel: true }), boom);
  assert.strictEqual(rs2.locked, false);
});

test('a closed destination cancels the source', async () => {
  const ws = new WritableStream();
  await ws.close();
  const reasons = [];
  const rs = new ReadableStream({ cancel(r) { reasons.push(r); } });
  const destClosed = {
    name: 'TypeError', code: 'ERR_INVALID_STATE', message: 'Invalid state: Destination WritableStream is closed',
  };
  await assert.rejects(rs.pipeTo(ws), destClosed);
  assert.strictEqual(reasons.length, 1);
  assert.throws(() => { throw reasons[0]; }, destClosed);
});

test('signal aborts the pipe: abort destination and cancel source', async () => {
  const ac = new AbortController();
  const log = [];
  const reasons = [];
  const rs = new ReadableStream({ pull(c) { c.enqueue('p'); }, cancel(r) { reasons.push(r); } }, { highWaterMark: 0 });
  const ws = sink(log, { write: () => later() });
  const p = rs.pipeTo(ws, { signal: ac.signal });
  await later();
  ac.abort('stop');
  await assert.rejects(p, (e) => e === 'stop');
  assert.deepStrictEqual(reasons, ['stop']);
  assert.strictEqual(log[log.length - 1], 'abort:stop');

  // Already aborted: nothing is written; with both prevent flags nothing is touched.
  const log2 = [];
  const ac2 = new AbortController();
  ac2.abort();
  const rs2 = source(['x'], { cancel: common.mustNotCall() });
  const ws2 = sink(log2);
  await assert.rejects(rs2.pipeTo(ws2, { signal: ac2.signal, preventAbort: true, preventCancel: true }),
    { name: 'AbortError' });
  assert.deepStrictEqual(log2, []);
  assert.strictEqual(rs2.locked, false);
  assert.strictEqual(ws2.locked, false);
});

test('pipeTo argument errors', async () => {
  const rs = new ReadableStream();
  await assert.rejects(rs.pipeTo(1), {
    name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "transform.writable" property must be an instance of WritableStream. Received type number (1)',
  });
  await assert.rejects(rs.pipeTo(new WritableStream(), 1), {
    name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "options" argument must be of type object. Received type number (1)',
  });
  await assert.rejects(rs.pipeTo(new WritableStream(), { signal: 1 }), {
    name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "options.signal" property must be an instance of AbortSignal. Received type number (1)',
  });
  const ws = new WritableStream();
  ws.getWriter();
  await assert.rejects(rs.pipeTo(ws), {
    name: 'TypeError', code: 'ERR_INVALID_STATE', message: 'Invalid state: The WritableStream is locked',
  });
  rs.getReader();
  await assert.rejects(rs.pipeTo(new WritableStream()), {
    name: 'TypeError', code: 'ERR_INVALID_STATE', message: 'Invalid state: The ReadableStream is locked',
  });
});

test('pipeThrough', async () => {
  const upper = new TransformStream({ transform(chunk, c) { c.enqueue(chunk.toUpperCase()); } });
  const out = source(['a', 'b']).pipeThrough(upper);
  assert.strictEqual(out, upper.readable);
  const got = [];
  for await (const v of out) got.push(v);
  assert.deepStrictEqual(got, ['A', 'B']);
  // Chained.
  const double = () => new TransformStream({ transform(chunk, c) { c.enqueue(chunk * 2); } });
  const chained = [];
  for await (const v of source([1, 2]).pipeThrough(double()).pipeThrough(double())) chained.push(v);
  assert.deepStrictEqual(chained, [4, 8]);
  // A plain { readable, writable } pair works too.
  const ts = new TransformStream();
  const pair = { readable: ts.readable, writable: ts.writable };
  assert.strictEqual(source([1]).pipeThrough(pair), ts.readable);
  assert.throws(() => source([]).pipeThrough({}), {
    name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "transform.readable" property must be an instance of ReadableStream. Received undefined',
  });
  assert.throws(() => source([]).pipeThrough({ readable: new ReadableStream() }), {
    name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
  });
  const locked = new ReadableStream();
  locked.getReader();
  assert.throws(() => locked.pipeThrough(new TransformStream()), {
    name: 'TypeError', code: 'ERR_INVALID_STATE', message: 'Invalid state: The ReadableStream is locked',
  });
});

test('tee gives each branch every chunk', async () => {
  const [a, b] = source(['x', 'y']).tee();
  const ra = [];
  const rb = [];
  await Promise.all([(async () => { for await (const v of a) ra.push(v); })(),
    (async () => { for await (const v of b) rb.push(v); })()]);
  assert.deepStrictEqual(ra, ['x', 'y']);
  assert.deepStrictEqual(rb, ['x', 'y']);
});

test('tee: reading one branch does not wait for the other', async () => {
  let n = 0;
  const [a] = new ReadableStream({ pull(c) { c.enqueue(++n); if (n === 3) c.close(); } }).tee();
  const got = [];
  for await (const v of a) got.push(v);
  assert.deepStrictEqual(got, [1, 2, 3]);
});

test('tee: cancel reaches the source after both branches cancel', async () => {
  const reasons = [];
  const rs = new ReadableStream({ cancel(r) { reasons.push(r); } });
  const [a, b] = rs.tee();
  assert.strictEqual(rs.locked, true);
  const pa = a.cancel('one');
  await later();
  assert.deepStrictEqual(reasons, []);
  await Promise.all([pa, b.cancel('two')]);
  assert.deepStrictEqual(reasons, [['one', 'two']]);
});

test('tee: a source error errors both branches', async () => {
  const boom = new Error('tee');
  let controller;
  const [a, b] = new ReadableStream({ start(c) { controller = c; } }).tee();
  controller.error(boom);
  await assert.rejects(a.getReader().read(), boom);
  await assert.rejects(b.getReader().read(), boom);
  const locked = new ReadableStream();
  locked.getReader();
  assert.throws(() => locked.tee(), {
    name: 'TypeError', code: 'ERR_INVALID_STATE', message: 'Invalid state: ReadableStream is locked',
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
