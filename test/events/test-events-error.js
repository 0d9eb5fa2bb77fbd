'use strict';
// The 'error' event: throwing without listeners, errorMonitor.
const assert = require('assert');
const EventEmitter = require('events');

// An Error is thrown as is.
{
  const e = new EventEmitter();
  const err = new Error('boom');
  assert.throws(() => e.emit('error', err), (thrown) => thrown === err);
  const typeErr = new TypeError('t');
  assert.throws(() => e.emit('error', typeErr), (thrown) => thrown === typeErr);
}

// Anything else is wrapped in ERR_UNHANDLED_ERROR with `context`.
for (const [value, text] of [
  [1, '1'],
  ['str', "'str'"],
  [undefined, 'undefined'],
  [null, 'null'],
  [{ a: 1 }, '{ a: 1 }'],
]) {
  const e = new EventEmitter();
  assert.throws(() => e.emit('error', value), (thrown) => {
    assert.strictEqual(thrown.name, 'Error');
    assert.strictEqual(thrown.code, 'ERR_UNHANDLED_ERROR');
    assert.strictEqual(thrown.message, `Unhandled error. (${text})`);
    assert.strictEqual(thrown.context, value);
    return true;
  });
}
assert.throws(() => new EventEmitter().emit('error'), {
  code: 'ERR_UNHANDLED_ERROR',
  message: 'Unhandled error. (undefined)',
});

// An emitter whose constructor never ran throws too.
{
  const o = Object.create(EventEmitter.prototype);
  assert.throws(() => o.emit('error', new Error('raw')), /raw/);
}

// With a listener nothing is thrown.
{
  const e = new EventEmitter();
  const seen = [];
  e.on('error', (err, extra) => seen.push([err.message, extra]));
  assert.strictEqual(e.emit('error', new Error('handled'), 5), true);
  assert.deepStrictEqual(seen, [['handled', 5]]);
}

// errorMonitor sees errors first, and does not count as a handler.
{
  assert.strictEqual(typeof EventEmitter.errorMonitor, 'symbol');
  assert.strictEqual(EventEmitter.errorMonitor.toString(), 'Symbol(events.errorMonitor)');
  const e = new EventEmitter();
  const order = [];
  e.on(EventEmitter.errorMonitor, (err, x) => order.push(['monitor', err.message, x]));
  const err = new Error('m');
  assert.throws(() => e.emit('error', err, 1), (thrown) => thrown === err);
  assert.deepStrictEqual(order, [['monitor', 'm', 1]]);
  e.on('error', (er) => order.push(['handler', er.message]));
  order.length = 0;
  e.emit('error', err, 2);
  assert.deepStrictEqual(order, [['monitor', 'm', 2], ['handler', 'm']]);
}

// Errors thrown by listeners propagate out of emit() and skip later ones.
{
  const e = new EventEmitter();
  let later = false;
  e.on('x', () => { throw new Error('from listener'); });
  e.on('x', () => { later = true; });
  assert.throws(() => e.emit('x'), /from listener/);
  assert.strictEqual(later, false);
}
