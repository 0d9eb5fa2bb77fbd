'use strict';
// queueMicrotask, structuredClone, performance and the event / abort classes
// as globals.
const assert = require('assert');
const { mustCall, run } = require('../common');

// queueMicrotask: runs after the current job and process.nextTick callbacks,
// before timers, in FIFO order with promise reactions.
{
  const order = [];
  assert.strictEqual(queueMicrotask(() => order.push('micro1')), undefined);
  Promise.resolve().then(() => order.push('promise'));
  queueMicrotask(() => order.push('micro2'));
  process.nextTick(() => order.push('tick'));
  setTimeout(mustCall(() => {
    assert.deepStrictEqual(order, ['sync', 'tick', 'micro1', 'promise', 'micro2']);
  }), 0);
  order.push('sync');
  // The callback is called with no arguments and an undefined receiver.
  queueMicrotask(mustCall(function(...args) {
    assert.deepStrictEqual(args, []);
    assert.strictEqual(this, undefined);
  }));
}
for (const bad of [undefined, null, 'x', 1, {}]) {
  assert.throws(() => queueMicrotask(bad), {
    name: 'TypeError',
    code: 'ERR_INVALID_ARG_TYPE',
    message: /^The "callback" argument must be of type function\. Received /,
  });
}
// An exception in a microtask is an uncaught exception.
{
  const r = run(['-e', `
    process.on('uncaughtException', (e) => process._rawDebug('caught', e.message));
    queueMicrotask(() => { throw new Error('boom'); });
    queueMicrotask(() => process._rawDebug('next microtask still runs'));`]);
  assert.strictEqual(r.stderr, 'caught boom\nnext microtask still runs\n');
  assert.strictEqual(r.status, 0);
}

// structuredClone basics (the full algorithm is tested in test-structured-clone*.js).
{
  const src = { a: [1, { b: 2n }], d: new Date(0), m: new Map([[1, 'x']]), s: new Set([1]), re: /x/g };
  src.self = src;
  const copy = structuredClone(src);
  assert.notStrictEqual(copy, src);
  assert.strictEqual(copy.self, copy);
  assert.deepStrictEqual(copy.a, [1, { b: 2n }]);
  assert.ok(copy.d instanceof Date);
  assert.strictEqual(copy.d.getTime(), 0);
  assert.strictEqual(copy.m.get(1), 'x');
  assert.ok(copy.s.has(1));
  assert.strictEqual(copy.re.flags, 'g');
  assert.strictEqual(structuredClone(undefined), undefined);
  assert.strictEqual(structuredClone('s'), 's');
  const u8 = new Uint8Array([1, 2, 3]);
  const u8c = structuredClone(u8);
  assert.deepStrictEqual([...u8c], [1, 2, 3]);
  assert.notStrictEqual(u8c.buffer, u8.buffer);
  // Transfer detaches the source buffer.
  const ab = new ArrayBuffer(4);
  const moved = structuredClone(ab, { transfer: [ab] });
  assert.strictEqual(moved.byteLength, 4);
  assert.strictEqual(ab.byteLength, 0);
}
assert.throws(() => structuredClone(), {
  name: 'TypeError', code: 'ERR_MISSING_ARGS', message: 'The value argument must be specified',
});
assert.throws(() => structuredClone(() => {}), (err) => {
  assert.ok(err instanceof DOMException);
  assert.strictEqual(err.name, 'DataCloneError');
  assert.strictEqual(err.code, 25);
  assert.strictEqual(err.message, '() => {} could not be cloned.');
  return true;
});
assert.throws(() => structuredClone(Symbol('x')), { name: 'DataCloneError', message: 'Symbol(x) could not be cloned.' });
assert.throws(() => structuredClone(1, 5), {
  name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
  message: 'The options argument must be either an object or undefined',
});

// performance
{
  assert.strictEqual(Object.prototype.toString.call(performance), '[object Performance]');
  assert.ok(performance instanceof Performance);
  const t0 = performance.now();
  assert.strictEqual(typeof t0, 'number');
  assert.ok(t0 >= 0);
  assert.ok(performance.now() >= t0);
  assert.strictEqual(typeof performance.timeOrigin, 'number');
  // timeOrigin is a wall-clock time in ms; timeOrigin + now() is about Date.now().
  assert.ok(performance.timeOrigin > Date.UTC(2020, 0, 1));
  assert.ok(performance.timeOrigin <= Date.now());
  assert.strictEqual(performance, require('perf_hooks').performance);
  assert.strictEqual(typeof performance.mark, 'function');
  assert.strictEqual(typeof performance.toJSON().timeOrigin, 'number');
  assert.throws(() => new Performance(), { name: 'TypeError', message: 'Illegal constructor' });
}

// EventTarget, Event, AbortController and friends exist and work together.
{
  for (const name of ['EventTarget', 'Event', 'CustomEvent', 'AbortController', 'AbortSignal', 'DOMException']) {
    assert.strictEqual(typeof globalThis[name], 'function', name);
    assert.strictEqual(globalThis[name].name, name);
  }
  const target = new EventTarget();
  const seen = [];
  target.addEventListener('ping', (e) => seen.push([e.type, e instanceof Event, e.target === target]));
  assert.strictEqual(target.dispatchEvent(new Event('ping')), true);
  assert.deepStrictEqual(seen, [['ping', true, true]]);
  assert.strictEqual(new CustomEvent('c', { detail: 7 }).detail, 7);

  const ac = new AbortController();
  assert.ok(ac.signal instanceof AbortSignal);
  assert.ok(ac.signal instanceof EventTarget);
  ac.signal.onabort = mustCall();
  ac.abort();
  assert.strictEqual(ac.signal.aborted, true);
  assert.ok(ac.signal.reason instanceof DOMException);
  assert.strictEqual(ac.signal.reason.name, 'AbortError');
  assert.strictEqual(AbortSignal.abort('why').reason, 'why');
  assert.throws(() => new AbortSignal(), { name: 'TypeError', code: 'ERR_ILLEGAL_CONSTRUCTOR' });
}
