'use strict';
// Max listeners: limits, validation and MaxListenersExceededWarning.
const assert = require('assert');
const events = require('events');
const EventEmitter = events;

const warnings = [];
process.on('warning', (w) => warnings.push(w));

assert.strictEqual(EventEmitter.defaultMaxListeners, 10);
{
  const e = new EventEmitter();
  assert.strictEqual(e.getMaxListeners(), 10);
  e.setMaxListeners(3);
  assert.strictEqual(e.getMaxListeners(), 3);
  assert.strictEqual(e._maxListeners, 3);
  e.setMaxListeners(0);
  assert.strictEqual(e.getMaxListeners(), 0);
  e.setMaxListeners(Infinity);
  assert.strictEqual(e.getMaxListeners(), Infinity);
}

// Validation.
{
  const e = new EventEmitter();
  assert.throws(() => e.setMaxListeners(-1), {
    code: 'ERR_OUT_OF_RANGE',
    name: 'RangeError',
    message: 'The value of "setMaxListeners" is out of range. It must be >= 0. Received -1',
  });
  assert.throws(() => e.setMaxListeners(NaN), { code: 'ERR_OUT_OF_RANGE' });
  assert.throws(() => e.setMaxListeners('a'), {
    code: 'ERR_INVALID_ARG_TYPE',
    name: 'TypeError',
    message: 'The "setMaxListeners" argument must be of type number. Received type string (\'a\')',
  });
  assert.throws(() => { EventEmitter.defaultMaxListeners = -1; }, {
    code: 'ERR_OUT_OF_RANGE',
    message: 'The value of "defaultMaxListeners" is out of range. It must be >= 0. Received -1',
  });
  assert.throws(() => { EventEmitter.defaultMaxListeners = 'x'; }, {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "defaultMaxListeners" argument must be of type number. Received type string (\'x\')',
  });
  assert.strictEqual(EventEmitter.defaultMaxListeners, 10);
  const desc = Object.getOwnPropertyDescriptor(EventEmitter, 'defaultMaxListeners');
  assert.strictEqual(desc.enumerable, true);
  assert.strictEqual(desc.configurable, false);
}

// defaultMaxListeners applies to emitters without their own limit.
{
  const e = new EventEmitter();
  EventEmitter.defaultMaxListeners = 4;
  assert.strictEqual(e.getMaxListeners(), 4);
  EventEmitter.defaultMaxListeners = 10;
  assert.strictEqual(e.getMaxListeners(), 10);
}

// The warning: once per event name, with Node's text and properties.
const plain = new EventEmitter();
for (let i = 0; i < 12; i++) plain.on('foo', () => {});
for (let i = 0; i < 12; i++) plain.on('foo', () => {});

class Foo extends EventEmitter {}
const foo = new Foo();
foo.setMaxListeners(1);
foo.on('a', () => {});
foo.on('a', () => {});
const sym = Symbol('sym');
foo.on(sym, () => {});
foo.prependListener(sym, () => {});

// No warning with a limit of 0 (unlimited).
const unlimited = new EventEmitter();
unlimited.setMaxListeners(0);
for (let i = 0; i < 20; i++) unlimited.on('x', () => {});

// events.setMaxListeners / getMaxListeners for emitters and targets.
{
  const e = new EventEmitter();
  const t = new EventTarget();
  assert.strictEqual(events.getMaxListeners(e), 10);
  assert.strictEqual(events.getMaxListeners(t), 10);
  events.setMaxListeners(2, e, t);
  assert.strictEqual(events.getMaxListeners(e), 2);
  assert.strictEqual(e.getMaxListeners(), 2);
  assert.strictEqual(events.getMaxListeners(t), 2);
  for (let i = 0; i < 3; i++) t.addEventListener('bar', () => {});
  for (let i = 0; i < 3; i++) t.addEventListener('baz', () => {});

  events.setMaxListeners(7);
  assert.strictEqual(EventEmitter.defaultMaxListeners, 7);
  events.setMaxListeners();
  assert.strictEqual(EventEmitter.defaultMaxListeners, 7);
  events.setMaxListeners(10);

  assert.throws(() => events.setMaxListeners(1, {}), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "eventTargets" argument must be an instance of EventEmitter or EventTarget. ' +
      'Received an instance of Object',
  });
  assert.throws(() => events.setMaxListeners(-1, e), {
    code: 'ERR_OUT_OF_RANGE',
    message: 'The value of "setMaxListeners" is out of range. It must be >= 0. Received -1',
  });
  assert.throws(() => events.getMaxListeners({}), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "emitter" argument must be an instance of EventEmitter or EventTarget. ' +
      'Received an instance of Object',
  });
}

// EventTarget default limit and signals.
const ac = new AbortController();
for (let i = 0; i < 11; i++) ac.signal.addEventListener('abort', () => {});

setImmediate(() => {
  const mine = warnings.filter((w) => w.name === 'MaxListenersExceededWarning');
  assert.strictEqual(mine.length, 5);
  const [w1, w2, w3, w4, w5] = mine;

  assert.ok(w1 instanceof Error);
  assert.strictEqual(w1.message, 'Possible EventEmitter memory leak detected. 11 foo listeners added ' +
    'to [EventEmitter]. MaxListeners is 10. Use emitter.setMaxListeners() to increase limit');
  assert.deepStrictEqual(Object.keys(w1), ['name', 'emitter', 'type', 'count']);
  assert.strictEqual(w1.emitter, plain);
  assert.strictEqual(w1.type, 'foo');
  assert.strictEqual(w1.count, 11);

  assert.strictEqual(w2.message, 'Possible EventEmitter memory leak detected. 2 a listeners added ' +
    'to [Foo]. MaxListeners is 1. Use emitter.setMaxListeners() to increase limit');
  assert.strictEqual(w2.count, 2);

  assert.strictEqual(w3.message, 'Possible EventEmitter memory leak detected. 2 Symbol(sym) listeners ' +
    'added to [Foo]. MaxListeners is 1. Use emitter.setMaxListeners() to increase limit');
  assert.strictEqual(w3.type, sym);

  // An EventTarget warns once in all, not once per type.
  assert.strictEqual(w4.message, 'Possible EventTarget memory leak detected. 3 bar listeners added ' +
    'to EventTarget. MaxListeners is 2. Use events.setMaxListeners() to increase limit');
  assert.deepStrictEqual(Object.keys(w4), ['name', 'target', 'type', 'count']);
  assert.strictEqual(w4.type, 'bar');
  assert.strictEqual(w4.count, 3);

  assert.strictEqual(w5.message, 'Possible EventTarget memory leak detected. 11 abort listeners added ' +
    'to [AbortSignal]. MaxListeners is 10. Use events.setMaxListeners() to increase limit');
  assert.strictEqual(w5.target, ac.signal);
});
