'use strict';
// prependListener() and the 'newListener' event.
const assert = require('assert');
const EventEmitter = require('events');

{
  const e = new EventEmitter();
  const order = [];
  e.on('x', () => order.push('b'));
  e.prependListener('x', () => order.push('a'));
  e.on('x', () => order.push('c'));
  e.prependListener('x', () => order.push('first'));
  e.emit('x');
  assert.deepStrictEqual(order, ['first', 'a', 'b', 'c']);
}

// prependListener on an empty event stores the function itself.
{
  const e = new EventEmitter();
  const f = () => {};
  e.prependListener('x', f);
  assert.strictEqual(e._events.x, f);
}

// 'newListener' fires before the listener is added.
{
  const e = new EventEmitter();
  const f = () => {};
  const seen = [];
  e.on('newListener', function (type, listener) {
    assert.strictEqual(this, e);
    seen.push([type, listener, e.listenerCount(type)]);
  });
  e.on('foo', f);
  e.prependListener('foo', f);
  assert.deepStrictEqual(seen, [['foo', f, 0], ['foo', f, 1]]);
}

// Adding a listener for the same event from 'newListener' puts it first.
{
  const e = new EventEmitter();
  const order = [];
  e.once('newListener', (type) => {
    if (type === 'x') e.on('x', () => order.push('B'));
  });
  e.on('x', () => order.push('A'));
  e.emit('x');
  assert.deepStrictEqual(order, ['B', 'A']);
}

// The 'newListener' listener itself is reported to listeners already there.
{
  const e = new EventEmitter();
  const seen = [];
  e.on('newListener', (type) => seen.push(type));
  e.on('newListener', () => {});
  assert.deepStrictEqual(seen, ['newListener']);
}
