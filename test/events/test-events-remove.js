'use strict';
// removeListener()/off() and removeAllListeners().
const assert = require('assert');
const EventEmitter = require('events');

// The last registration of a listener is the one removed.
{
  const e = new EventEmitter();
  const order = [];
  const f = () => order.push('f');
  const g = () => order.push('g');
  e.on('x', f);
  e.on('x', g);
  e.on('x', f);
  e.removeListener('x', f);
  e.emit('x');
  assert.deepStrictEqual(order, ['f', 'g']);
}

// Removing unknown listeners or from unknown events is a no-op.
{
  const e = new EventEmitter();
  const f = () => {};
  e.removeListener('nope', f);
  e.on('x', f);
  e.removeListener('x', () => {});
  assert.strictEqual(e.listenerCount('x'), 1);
  const o = Object.create(EventEmitter.prototype);
  o.removeListener('x', f);
  o.removeAllListeners('x');
  o.removeAllListeners();
}

// Removal during emit does not affect that emit; it affects the next.
{
  const e = new EventEmitter();
  const calls = [];
  const b = () => calls.push('b');
  e.on('x', () => {
    calls.push('a');
    e.removeListener('x', b);
  });
  e.on('x', b);
  e.emit('x');
  assert.deepStrictEqual(calls, ['a', 'b']);
  calls.length = 0;
  e.emit('x');
  assert.deepStrictEqual(calls, ['a']);
}

// Same with three listeners (snapshot path) and removeAllListeners.
{
  const e = new EventEmitter();
  const calls = [];
  e.on('x', () => {
    calls.push(1);
    e.removeAllListeners('x');
  });
  e.on('x', () => calls.push(2));
  e.on('x', () => calls.push(3));
  e.emit('x');
  assert.deepStrictEqual(calls, [1, 2, 3]);
  assert.strictEqual(e.emit('x'), false);
}

// 'removeListener' event, after removal.
{
  const e = new EventEmitter();
  const f = () => {};
  const g = () => {};
  const seen = [];
  e.on('removeListener', function (type, listener) {
    assert.strictEqual(this, e);
    seen.push([type, listener, e.listenerCount(type)]);
  });
  e.on('x', f);
  e.on('x', g);
  e.off('x', f);
  e.off('x', g);
  assert.deepStrictEqual(seen, [['x', f, 1], ['x', g, 0]]);
}

// removeAllListeners(type) removes last-in first-out, reporting each one.
{
  const e = new EventEmitter();
  const a = () => {};
  const b = () => {};
  const c = () => {};
  const removed = [];
  e.on('x', a);
  e.on('x', b);
  e.once('x', c);
  e.on('y', a);
  e.on('removeListener', (type, fn) => removed.push([type, fn]));
  e.removeAllListeners('x');
  // From an array of listeners, the once-wrapper itself is reported.
  assert.strictEqual(removed[0][1].listener, c);
  removed[0][1] = c;
  assert.deepStrictEqual(removed, [['x', c], ['x', b], ['x', a]]);
  assert.deepStrictEqual(e.eventNames(), ['y', 'removeListener']);
}

// removeAllListeners() removes everything, 'removeListener' listeners last.
{
  const e = new EventEmitter();
  const a = () => {};
  const removed = [];
  e.on('x', a);
  e.on('y', a);
  const onRemove = (type) => removed.push(type);
  e.on('removeListener', onRemove);
  e.removeAllListeners();
  // The 'removeListener' listener is gone by the time it would hear of itself.
  assert.deepStrictEqual(removed, ['x', 'y']);
  assert.deepStrictEqual(e.eventNames(), []);
  assert.strictEqual(e._eventsCount, 0);
}

// Without 'removeListener' listeners, entries are dropped directly.
{
  const e = new EventEmitter();
  e.on('x', () => {});
  e.on('y', () => {});
  e.removeAllListeners('x');
  assert.deepStrictEqual(e.eventNames(), ['y']);
  assert.strictEqual(e._eventsCount, 1);
  e.removeAllListeners('y');
  assert.strictEqual(e._eventsCount, 0);
  e.on('z', () => {});
  e.removeAllListeners();
  assert.deepStrictEqual(e.eventNames(), []);
}

// Removing the once wrapper itself (as found by rawListeners()).
{
  const e = new EventEmitter();
  e.once('x', () => assert.fail('removed'));
  const [wrapper] = e.rawListeners('x');
  e.removeListener('x', wrapper);
  assert.strictEqual(e.emit('x'), false);
}

// A symbol event.
{
  const e = new EventEmitter();
  const s = Symbol('s');
  const f = () => {};
  e.on(s, f);
  e.off(s, f);
  assert.deepStrictEqual(e.eventNames(), []);
}

// A listener removed and re-added moves to the end.
{
  const e = new EventEmitter();
  const order = [];
  const a = () => order.push('a');
  const b = () => order.push('b');
  e.on('x', a);
  e.on('x', b);
  e.off('x', a);
  e.on('x', a);
  e.emit('x');
  assert.deepStrictEqual(order, ['b', 'a']);
}

// Many one-off event names do not pile up in the _events table.
{
  const e = new EventEmitter();
  const keep = () => {};
  e.on('keep', keep);
  const f = () => {};
  for (let i = 0; i < 20000; i++) {
    e.once(`ack-${i}`, f);
    if (i % 2) e.emit(`ack-${i}`);
    else e.removeListener(`ack-${i}`, f);
  }
  assert.deepStrictEqual(e.eventNames(), ['keep']);
  assert.strictEqual(e._eventsCount, 1);
  assert.strictEqual(e._events.keep, keep);
  assert.ok(Reflect.ownKeys(e._events).length < 1000);
  assert.strictEqual(e.emit('ack-3'), false);
}
