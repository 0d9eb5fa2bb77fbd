'use strict';
// emitter.once() and prependOnceListener().
const assert = require('assert');
const EventEmitter = require('events');

// Runs once, with arguments and `this`.
{
  const e = new EventEmitter();
  const calls = [];
  e.once('x', function (...args) {
    assert.strictEqual(this, e);
    calls.push(args);
  });
  assert.strictEqual(e.emit('x', 1, 2, 3, 4), true);
  assert.strictEqual(e.emit('x', 5), false);
  assert.deepStrictEqual(calls, [[1, 2, 3, 4]]);
  assert.strictEqual(e.listenerCount('x'), 0);
}

// The wrapper is removed before the listener runs, so a re-entrant emit
// does not call it twice.
{
  const e = new EventEmitter();
  let count = 0;
  e.once('x', () => {
    count++;
    e.emit('x');
  });
  e.emit('x');
  assert.strictEqual(count, 1);
}

// Removing by the original function.
{
  const e = new EventEmitter();
  const f = () => assert.fail('should have been removed');
  e.once('x', f);
  assert.strictEqual(e.listenerCount('x', f), 1);
  e.removeListener('x', f);
  assert.strictEqual(e.emit('x'), false);
  // Also when stored alongside others.
  const g = () => {};
  e.on('x', g);
  e.once('x', f);
  e.removeListener('x', f);
  assert.deepStrictEqual(e.listeners('x'), [g]);
}

// The 'removeListener' event reports the original function.
{
  const e = new EventEmitter();
  const f = () => {};
  const removed = [];
  e.on('removeListener', (type, fn) => removed.push([type, fn]));
  e.once('x', f);
  e.emit('x');
  assert.deepStrictEqual(removed, [['x', f]]);
}

// 'newListener' also gets the original function.
{
  const e = new EventEmitter();
  const f = () => {};
  const added = [];
  e.on('newListener', (type, fn) => added.push([type, fn]));
  e.once('y', f);
  e.prependOnceListener('y', f);
  assert.deepStrictEqual(added, [['y', f], ['y', f]]);
}

// prependOnceListener order.
{
  const e = new EventEmitter();
  const order = [];
  e.on('x', () => order.push('on'));
  e.prependOnceListener('x', () => order.push('prependOnce'));
  e.emit('x');
  e.emit('x');
  assert.deepStrictEqual(order, ['prependOnce', 'on', 'on']);
}

// Once listeners registered for the same event fire in order, each once.
{
  const e = new EventEmitter();
  const order = [];
  e.once('x', () => order.push(1));
  e.once('x', () => order.push(2));
  e.on('x', () => order.push(3));
  e.emit('x');
  e.emit('x');
  assert.deepStrictEqual(order, [1, 2, 3, 3]);
}

// The raw wrapper exposes .listener and is a function.
{
  const e = new EventEmitter();
  const f = () => 'ret';
  e.once('x', f);
  const [wrapper] = e.rawListeners('x');
  assert.strictEqual(typeof wrapper, 'function');
  assert.strictEqual(wrapper.listener, f);
  assert.strictEqual(wrapper(), 'ret');
  // A second call does nothing.
  assert.strictEqual(wrapper(), undefined);
  assert.strictEqual(e.listenerCount('x'), 0);
}

// once for 'error' handles the error once; the next one throws.
{
  const e = new EventEmitter();
  let got;
  e.once('error', (err) => { got = err; });
  const err1 = new Error('first');
  e.emit('error', err1);
  assert.strictEqual(got, err1);
  assert.throws(() => e.emit('error', new Error('second')), /second/);
}
