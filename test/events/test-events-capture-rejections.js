'use strict';
// captureRejections: rejected promises from listeners become 'error' events.
const assert = require('assert');
const EventEmitter = require('events');
const { captureRejectionSymbol } = EventEmitter;

assert.strictEqual(captureRejectionSymbol, Symbol.for('nodejs.rejection'));
assert.strictEqual(EventEmitter.captureRejections, false);

assert.throws(() => { EventEmitter.captureRejections = 1; }, {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "EventEmitter.captureRejections" property must be of type boolean. Received type number (1)',
});
assert.throws(() => new EventEmitter({ captureRejections: 1 }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.captureRejections" property must be of type boolean. Received type number (1)',
});

const results = [];
const done = [];

// To 'error'.
{
  const e = new EventEmitter({ captureRejections: true });
  e.on('x', async (a) => { throw new Error(`rejected ${a}`); });
  e.on('error', function (err) {
    assert.strictEqual(this, e);
    results.push(['error', err.message]);
  });
  assert.strictEqual(e.emit('x', 1), true);
}

// To the Symbol.for('nodejs.rejection') method, with the original arguments.
{
  const e = new EventEmitter({ captureRejections: true });
  e.on('x', async () => { throw new Error('to method'); });
  e[captureRejectionSymbol] = function (err, type, ...args) {
    assert.strictEqual(this, e);
    results.push(['method', err.message, type, args]);
  };
  e.emit('x', 1, 2);
}

// Thenables that are not promises.
{
  const e = new EventEmitter({ captureRejections: true });
  e.on('x', () => ({ then(resolve, reject) { reject(new Error('thenable')); } }));
  e.on('x', () => ({ then: 5 }));
  e.on('error', (err) => results.push(['thenable', err.message]));
  e.emit('x');
}

// Off by default: nothing is caught.
{
  const e = new EventEmitter();
  let caught = false;
  e.on('error', () => { caught = true; });
  const p = new Promise((resolve, reject) => setImmediate(() => reject(new Error('not captured'))));
  e.on('x', () => p);
  e.emit('x');
  p.catch(() => done.push(caught));
}

// The class-wide default applies to emitters created afterwards.
{
  EventEmitter.captureRejections = true;
  const e = new EventEmitter();
  EventEmitter.captureRejections = false;
  assert.strictEqual(EventEmitter.captureRejections, false);
  e.on('x', async () => { throw new Error('global default'); });
  e.on('error', (err) => results.push(['default', err.message]));
  e.emit('x');
}

setTimeout(() => {
  results.sort((a, b) => (a[0] < b[0] ? -1 : 1));
  assert.deepStrictEqual(results, [
    ['default', 'global default'],
    ['error', 'rejected 1'],
    ['method', 'to method', 'x', [1, 2]],
    ['thenable', 'thenable'],
  ]);
  assert.deepStrictEqual(done, [false]);
}, 20);
