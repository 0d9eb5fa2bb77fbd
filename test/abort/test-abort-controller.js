'use strict';
// AbortController and AbortSignal: state, the 'abort' event, onabort.
const assert = require('assert');

assert.strictEqual(AbortController.length, 0);
assert.strictEqual(AbortSignal.length, 0);
assert.ok(AbortSignal.prototype instanceof EventTarget);
assert.deepStrictEqual(Object.keys(AbortController.prototype), ['signal', 'abort']);
assert.deepStrictEqual(Object.keys(AbortSignal.prototype), ['aborted', 'onabort']);

// Initial state.
{
  const ac = new AbortController();
  const { signal } = ac;
  assert.strictEqual(ac.signal, signal);
  assert.ok(signal instanceof AbortSignal);
  assert.ok(signal instanceof EventTarget);
  assert.strictEqual(signal.aborted, false);
  assert.strictEqual(signal.reason, undefined);
  assert.strictEqual(signal.onabort, null);
  signal.throwIfAborted();
  assert.strictEqual(Object.prototype.toString.call(ac), '[object AbortController]');
  assert.strictEqual(Object.prototype.toString.call(signal), '[object AbortSignal]');
}

// Default reason: DOMException AbortError.
{
  const ac = new AbortController();
  ac.abort();
  const { reason } = ac.signal;
  assert.strictEqual(ac.signal.aborted, true);
  assert.ok(reason instanceof DOMException);
  assert.ok(reason instanceof Error);
  assert.strictEqual(reason.name, 'AbortError');
  assert.strictEqual(reason.message, 'This operation was aborted');
  assert.strictEqual(reason.code, 20);
  assert.throws(() => ac.signal.throwIfAborted(), (err) => err === reason);
}

// A custom reason; aborting twice keeps the first and fires once.
{
  const ac = new AbortController();
  const events = [];
  ac.signal.addEventListener('abort', function (e) {
    events.push([e.type, e.isTrusted, e.constructor === Event, e.target === ac.signal,
      this === ac.signal, ac.signal.aborted, ac.signal.reason]);
  });
  ac.abort('why');
  ac.abort('again');
  assert.deepStrictEqual(events, [['abort', true, true, true, true, true, 'why']]);
  assert.strictEqual(ac.signal.reason, 'why');
  assert.throws(() => ac.signal.throwIfAborted(), (err) => err === 'why');
  // Listeners added after the abort are never called.
  let late = 0;
  ac.signal.addEventListener('abort', () => late++);
  ac.abort();
  assert.strictEqual(late, 0);
}

// Falsy reasons are kept, undefined means the default.
{
  const a = new AbortController();
  a.abort(null);
  assert.strictEqual(a.signal.reason, null);
  const b = new AbortController();
  b.abort(0);
  assert.strictEqual(b.signal.reason, 0);
  const c = new AbortController();
  c.abort(undefined);
  assert.strictEqual(c.signal.reason.name, 'AbortError');
}

// onabort keeps its place among the listeners while it is replaced, even
// through null.
{
  const ac = new AbortController();
  const s = ac.signal;
  const order = [];
  s.addEventListener('abort', () => order.push('L1'));
  s.onabort = () => order.push('H1');
  s.addEventListener('abort', () => order.push('L2'));
  s.onabort = function (e) {
    assert.strictEqual(this, s);
    assert.strictEqual(e.type, 'abort');
    order.push('H2');
  };
  ac.abort();
  assert.deepStrictEqual(order, ['L1', 'H2', 'L2']);
}
{
  const ac = new AbortController();
  const s = ac.signal;
  const order = [];
  s.onabort = () => order.push('H1');
  s.addEventListener('abort', () => order.push('L1'));
  s.onabort = null;
  assert.strictEqual(s.onabort, null);
  s.onabort = () => order.push('H2');
  s.addEventListener('abort', () => order.push('L2'));
  ac.abort();
  assert.deepStrictEqual(order, ['H2', 'L1', 'L2']);
}
{
  const s = new AbortController().signal;
  s.onabort = undefined;
  assert.strictEqual(s.onabort, null);
  const h = () => {};
  s.onabort = h;
  assert.strictEqual(s.onabort, h);
}

// Bad input.
assert.throws(() => new AbortSignal(), {
  code: 'ERR_ILLEGAL_CONSTRUCTOR',
  name: 'TypeError',
  message: 'Illegal constructor',
});
assert.throws(() => Object.getOwnPropertyDescriptor(AbortSignal.prototype, 'aborted').get.call({}), {
  code: 'ERR_INVALID_THIS',
  message: 'Value of "this" must be of type AbortSignal',
});
assert.throws(() => AbortSignal.prototype.throwIfAborted.call({}), { code: 'ERR_INVALID_THIS' });
assert.throws(() => AbortSignal.prototype.onabort, {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "this" argument must be an instance of EventTarget. Received an instance of AbortSignal',
});
assert.throws(() => AbortController.prototype.abort.call({}), TypeError);
assert.throws(() => AbortController(), TypeError);
