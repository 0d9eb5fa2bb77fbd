'use strict';
// events.once(emitter, name[, options])
const assert = require('assert');
const { once, EventEmitter } = require('events');

async function main() {
  assert.strictEqual(once.constructor.name, 'AsyncFunction');

  // Resolves with the arguments array and cleans up.
  {
    const e = new EventEmitter();
    setImmediate(() => e.emit('x', 1, 2));
    assert.deepStrictEqual(await once(e, 'x'), [1, 2]);
    assert.strictEqual(e.listenerCount('x'), 0);
    assert.strictEqual(e.listenerCount('error'), 0);
  }

  // No arguments.
  {
    const e = new EventEmitter();
    setImmediate(() => e.emit('x'));
    assert.deepStrictEqual(await once(e, 'x'), []);
  }

  // 'error' while waiting rejects.
  {
    const e = new EventEmitter();
    const err = new Error('bad');
    setImmediate(() => e.emit('error', err));
    await assert.rejects(once(e, 'x'), (thrown) => thrown === err);
    assert.strictEqual(e.listenerCount('x'), 0);
    assert.strictEqual(e.listenerCount('error'), 0);
  }

  // Waiting for 'error' itself resolves.
  {
    const e = new EventEmitter();
    const err = new Error('wanted');
    setImmediate(() => e.emit('error', err));
    const [got] = await once(e, 'error');
    assert.strictEqual(got, err);
    assert.strictEqual(e.listenerCount('error'), 0);
  }

  // AbortSignal: aborting rejects with an AbortError whose cause is the reason.
  {
    const e = new EventEmitter();
    const ac = new AbortController();
    const p = once(e, 'x', { signal: ac.signal });
    ac.abort('why');
    await assert.rejects(p, (err) => {
      assert.strictEqual(err.name, 'AbortError');
      assert.strictEqual(err.code, 'ABORT_ERR');
      assert.strictEqual(err.message, 'The operation was aborted');
      assert.strictEqual(err.cause, 'why');
      return true;
    });
    assert.strictEqual(e.listenerCount('x'), 0);
    assert.strictEqual(e.listenerCount('error'), 0);
    assert.strictEqual(events().getEventListeners(ac.signal, 'abort').length, 0);
  }

  // Already aborted.
  {
    const e = new EventEmitter();
    const signal = AbortSignal.abort();
    await assert.rejects(once(e, 'x', { signal }), (err) => {
      assert.strictEqual(err.name, 'AbortError');
      assert.strictEqual(err.cause, signal.reason);
      return true;
    });
    assert.strictEqual(e.listenerCount('x'), 0);
  }

  // Resolving removes the abort listener.
  {
    const e = new EventEmitter();
    const ac = new AbortController();
    setImmediate(() => e.emit('x', 'v'));
    assert.deepStrictEqual(await once(e, 'x', { signal: ac.signal }), ['v']);
    assert.strictEqual(events().getEventListeners(ac.signal, 'abort').length, 0);
  }

  // Invalid signal: rejects (once is async).
  await assert.rejects(once(new EventEmitter(), 'x', { signal: 1 }), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "options.signal" property must be an instance of AbortSignal. Received type number (1)',
  });
  await assert.rejects(once(new EventEmitter(), 'x', { signal: null }), {
    code: 'ERR_INVALID_ARG_TYPE',
  });

  // Not an emitter.
  await assert.rejects(once({}, 'x'), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "emitter" argument must be an instance of EventEmitter. Received an instance of Object',
  });

  // EventTarget: resolves with [event].
  {
    const et = new EventTarget();
    const ev = new Event('y');
    setImmediate(() => et.dispatchEvent(ev));
    const got = await once(et, 'y');
    assert.strictEqual(got.length, 1);
    assert.strictEqual(got[0], ev);
    assert.strictEqual(events().getEventListeners(et, 'y').length, 0);
  }

  // EventTarget with abort.
  {
    const et = new EventTarget();
    const ac = new AbortController();
    const p = once(et, 'y', { signal: ac.signal });
    ac.abort();
    await assert.rejects(p, { name: 'AbortError' });
    assert.strictEqual(events().getEventListeners(et, 'y').length, 0);
  }

  // A stopImmediatePropagation() elsewhere does not block the abort.
  {
    const e = new EventEmitter();
    const ac = new AbortController();
    ac.signal.addEventListener('abort', (ev) => ev.stopImmediatePropagation());
    const p = once(e, 'x', { signal: ac.signal });
    ac.abort();
    await assert.rejects(p, { name: 'AbortError' });
  }
}

function events() {
  return require('events');
}

// Fails unless main() runs to the end (a promise that never settles would
// otherwise let the process exit quietly).
process.exitCode = 1;
main().then(() => { process.exitCode = 0; });
