'use strict';
// events.getEventListeners() and events.addAbortListener().
const assert = require('assert');
const events = require('events');
const { EventEmitter, getEventListeners, addAbortListener } = events;

// getEventListeners for emitters (unwrapped) and targets.
{
  const e = new EventEmitter();
  const f = () => {};
  const g = () => {};
  e.on('a', f);
  e.once('a', g);
  assert.deepStrictEqual(getEventListeners(e, 'a'), [f, g]);
  assert.deepStrictEqual(getEventListeners(e, 'none'), []);

  const et = new EventTarget();
  const h = { handleEvent() {} };
  et.addEventListener('a', h);
  et.addEventListener('a', f, { once: true });
  et.addEventListener('a', f, { capture: true });
  assert.deepStrictEqual(getEventListeners(et, 'a'), [h, f, f]);
  et.removeEventListener('a', h);
  assert.deepStrictEqual(getEventListeners(et, 'a'), [f, f]);
  assert.deepStrictEqual(getEventListeners(et, 'none'), []);

  assert.throws(() => getEventListeners({}, 'x'), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "emitter" argument must be an instance of EventEmitter or EventTarget. ' +
      'Received an instance of Object',
  });
}

// A signal's listener added through the `signal` option is dropped when the
// listener is removed.
{
  const ac = new AbortController();
  const et = new EventTarget();
  const f = () => {};
  et.addEventListener('x', f, { signal: ac.signal });
  assert.strictEqual(getEventListeners(ac.signal, 'abort').length, 1);
  ac.abort();
  assert.deepStrictEqual(getEventListeners(et, 'x'), []);
}

// addAbortListener.
const calls = [];
{
  const ac = new AbortController();
  const disposable = addAbortListener(ac.signal, function (ev) {
    calls.push(['live', ev.type, ev.isTrusted]);
  });
  const dispose = Symbol.dispose || Symbol.for('nodejs.dispose');
  assert.strictEqual(typeof disposable[dispose], 'function');
  assert.strictEqual(Object.getPrototypeOf(disposable), null);
  // Runs even if an earlier listener stops propagation.
  const ac2 = new AbortController();
  ac2.signal.addEventListener('abort', (ev) => ev.stopImmediatePropagation());
  addAbortListener(ac2.signal, () => calls.push(['resists']));
  ac2.abort();
  ac.abort();
  ac.abort();

  // Disposing removes the listener.
  const ac3 = new AbortController();
  const d3 = addAbortListener(ac3.signal, () => calls.push(['disposed']));
  d3[dispose]();
  ac3.abort();

  // Already aborted: called in a microtask without arguments.
  addAbortListener(AbortSignal.abort(), (...args) => calls.push(['aborted', args.length]));
  assert.deepStrictEqual(calls, [['resists'], ['live', 'abort', true]]);
}
assert.throws(() => addAbortListener(), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "signal" argument must be an instance of AbortSignal. Received undefined',
});
assert.throws(() => addAbortListener({}, () => {}), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "signal" argument must be an instance of AbortSignal. Received an instance of Object',
});
assert.throws(() => addAbortListener(new AbortController().signal, 1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "listener" argument must be of type function. Received type number (1)',
});

queueMicrotask(() => {
  queueMicrotask(() => {
    assert.deepStrictEqual(calls, [['resists'], ['live', 'abort', true], ['aborted', 0]]);
  });
});

// EventEmitterAsyncResource is not available in lode; it must still be present.
assert.strictEqual(typeof events.EventEmitterAsyncResource, 'function');
