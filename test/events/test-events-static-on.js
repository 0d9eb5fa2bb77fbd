'use strict';
// events.on(emitter, name[, options]): an async iterator of events.
const assert = require('assert');
const { on, EventEmitter } = require('events');

async function main() {
  // Basic iteration with a close event.
  {
    const e = new EventEmitter();
    process.nextTick(() => {
      e.emit('foo', 'a');
      e.emit('foo', 'b', 'c');
      e.emit('end');
      e.emit('foo', 'late');
    });
    const it = on(e, 'foo', { close: ['end'] });
    assert.strictEqual(it[Symbol.asyncIterator](), it);
    const AsyncIteratorPrototype =
      Object.getPrototypeOf(Object.getPrototypeOf(async function* () {}).prototype);
    assert.strictEqual(Object.getPrototypeOf(it), AsyncIteratorPrototype);
    const got = [];
    for await (const args of it) got.push(args);
    assert.deepStrictEqual(got, [['a'], ['b', 'c']]);
    assert.strictEqual(e.listenerCount('foo'), 0);
    assert.strictEqual(e.listenerCount('error'), 0);
    assert.strictEqual(e.listenerCount('end'), 0);
  }

  // Breaking out of the loop removes the listeners.
  {
    const e = new EventEmitter();
    process.nextTick(() => { e.emit('foo', 1); e.emit('foo', 2); });
    for await (const [v] of on(e, 'foo')) {
      assert.strictEqual(v, 1);
      break;
    }
    assert.strictEqual(e.listenerCount('foo'), 0);
    assert.strictEqual(e.listenerCount('error'), 0);
  }

  // An 'error' event ends the loop by throwing.
  {
    const e = new EventEmitter();
    const got = [];
    process.nextTick(() => {
      e.emit('foo', 1);
      e.emit('error', new Error('E'));
      e.emit('foo', 2);
    });
    await assert.rejects(async () => {
      for await (const [v] of on(e, 'foo')) got.push(v);
    }, /E/);
    assert.deepStrictEqual(got, [1]);
    assert.strictEqual(e.listenerCount('foo'), 0);
  }

  // Queued events come first, then the stored error, then done.
  {
    const e = new EventEmitter();
    const it = on(e, 'foo');
    e.emit('foo', 9);
    e.emit('error', new Error('x'));
    e.emit('foo', 10);
    assert.deepStrictEqual(await it.next(), { value: [9], done: false });
    await assert.rejects(it.next(), /x/);
    assert.deepStrictEqual(await it.next(), { value: undefined, done: true });
  }

  // Iterating 'error' itself.
  {
    const e = new EventEmitter();
    const it = on(e, 'error');
    const err = new Error('q');
    e.emit('error', err);
    assert.strictEqual((await it.next()).value[0], err);
    await it.return();
  }

  // return() settles pending next() calls.
  {
    const e = new EventEmitter();
    const it = on(e, 'foo');
    const p1 = it.next();
    const p2 = it.next();
    assert.deepStrictEqual(await it.return(), { value: undefined, done: true });
    assert.deepStrictEqual(await p1, { value: undefined, done: true });
    assert.deepStrictEqual(await p2, { value: undefined, done: true });
    assert.deepStrictEqual(await it.next(), { value: undefined, done: true });
    assert.strictEqual(e.listenerCount('foo'), 0);
  }

  // throw(err) rejects a pending next() and closes; it returns undefined.
  {
    const e = new EventEmitter();
    const it = on(e, 'foo');
    const pending = it.next();
    const err = new Error('T');
    assert.strictEqual(it.throw(err), undefined);
    await assert.rejects(pending, (thrown) => thrown === err);
    assert.deepStrictEqual(await it.next(), { value: undefined, done: true });
    assert.throws(() => it.throw(1), {
      code: 'ERR_INVALID_ARG_TYPE',
      message: 'The "EventEmitter.AsyncIterator" property must be an instance of Error. ' +
        'Received type number (1)',
    });
  }

  // AbortSignal.
  {
    const e = new EventEmitter();
    const ac = new AbortController();
    process.nextTick(() => { e.emit('foo', 1); ac.abort('r'); });
    const got = [];
    await assert.rejects(async () => {
      for await (const [v] of on(e, 'foo', { signal: ac.signal })) got.push(v);
    }, (err) => {
      assert.strictEqual(err.name, 'AbortError');
      assert.strictEqual(err.cause, 'r');
      return true;
    });
    assert.deepStrictEqual(got, [1]);
    assert.strictEqual(e.listenerCount('foo'), 0);
  }
  assert.throws(() => on(new EventEmitter(), 'foo', { signal: AbortSignal.abort() }), {
    name: 'AbortError',
  });
  assert.throws(() => on(new EventEmitter(), 'foo', { signal: 1 }), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "options.signal" property must be an instance of AbortSignal. Received type number (1)',
  });
  assert.throws(() => on({}, 'foo'), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "emitter" argument must be an instance of EventEmitter. Received an instance of Object',
  });
  assert.throws(() => on(new EventEmitter(), 'foo', { highWaterMark: -1 }), {
    code: 'ERR_OUT_OF_RANGE',
    message: 'The value of "options.highWaterMark" is out of range. ' +
      'It must be >= 1 && <= 9007199254740991. Received -1',
  });
  assert.throws(() => on(new EventEmitter(), 'foo', { lowWaterMark: 'a' }), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "options.lowWaterMark" property must be of type number. Received type string (\'a\')',
  });

  // High/low water marks pause and resume the emitter.
  {
    const e = new EventEmitter();
    const calls = [];
    e.pause = () => calls.push('pause');
    e.resume = () => calls.push('resume');
    const it = on(e, 'x', { highWaterMark: 3, lowWaterMark: 1 });
    const data = it[Symbol.for('nodejs.watermarkData')];
    assert.strictEqual(data.high, 3);
    assert.strictEqual(data.low, 1);
    for (let i = 0; i < 5; i++) e.emit('x', i);
    assert.deepStrictEqual(calls, ['pause']);
    assert.strictEqual(data.size, 5);
    assert.strictEqual(data.isPaused, true);
    for (let i = 0; i < 4; i++) assert.deepStrictEqual(await it.next(), { value: [i], done: false });
    assert.deepStrictEqual(calls, ['pause']);
    await it.next();
    assert.deepStrictEqual(calls, ['pause', 'resume']);
    assert.strictEqual(data.isPaused, false);
    await it.return();
  }

  // EventTarget.
  {
    const et = new EventTarget();
    const it = on(et, 'z');
    const ev = new Event('z');
    et.dispatchEvent(ev);
    const { value } = await it.next();
    assert.strictEqual(value[0], ev);
    await it.return();
    assert.strictEqual(require('events').getEventListeners(et, 'z').length, 0);
  }
}

process.exitCode = 1;
main().then(() => { process.exitCode = 0; });
