'use strict';
// EventEmitter basics: on/emit, arguments, `this`, listing, counting.
const assert = require('assert');
const EventEmitter = require('events');
const util = require('util');

assert.strictEqual(EventEmitter.EventEmitter, EventEmitter);
assert.strictEqual(require('node:events'), EventEmitter);
assert.strictEqual(EventEmitter.usingDomains, false);
assert.strictEqual(EventEmitter.prototype.on, EventEmitter.prototype.addListener);
assert.strictEqual(EventEmitter.prototype.off, EventEmitter.prototype.removeListener);
assert.strictEqual(EventEmitter.prototype.emit.length, 1);
assert.strictEqual(EventEmitter.prototype._events, undefined);
assert.strictEqual(EventEmitter.prototype._eventsCount, 0);
assert.strictEqual(EventEmitter.prototype._maxListeners, undefined);

// Fresh emitter shape (packages read these directly).
{
  const e = new EventEmitter();
  assert.deepStrictEqual(Object.keys(e), ['_events', '_eventsCount', '_maxListeners']);
  assert.strictEqual(Object.getPrototypeOf(e._events), null);
  assert.strictEqual(e._eventsCount, 0);
  assert.strictEqual(e._maxListeners, undefined);
  assert.strictEqual(e.emit('nothing'), false);
  assert.deepStrictEqual(e.eventNames(), []);
}

// Arguments and `this`, for 0..5 arguments, with one, two and three listeners.
for (const count of [1, 2, 3]) {
  const e = new EventEmitter();
  const seen = [];
  for (let i = 0; i < count; i++) {
    e.on('ev', function (...args) {
      assert.strictEqual(this, e);
      seen.push([i, args]);
    });
  }
  for (let n = 0; n <= 5; n++) {
    seen.length = 0;
    const args = Array.from({ length: n }, (_, k) => k * 10);
    assert.strictEqual(e.emit('ev', ...args), true);
    assert.deepStrictEqual(seen, Array.from({ length: count }, (_, i) => [i, args]));
  }
}

// Explicit undefined arguments are passed through.
{
  const e = new EventEmitter();
  e.on('x', (...args) => assert.strictEqual(args.length, 2));
  e.emit('x', undefined, undefined);
}

// Chaining returns the emitter.
{
  const e = new EventEmitter();
  const f = () => {};
  assert.strictEqual(e.on('a', f), e);
  assert.strictEqual(e.addListener('a', f), e);
  assert.strictEqual(e.prependListener('a', f), e);
  assert.strictEqual(e.once('a', f), e);
  assert.strictEqual(e.prependOnceListener('a', f), e);
  assert.strictEqual(e.removeListener('a', f), e);
  assert.strictEqual(e.off('a', f), e);
  assert.strictEqual(e.removeAllListeners('a'), e);
  assert.strictEqual(e.removeAllListeners(), e);
  assert.strictEqual(e.setMaxListeners(5), e);
}

// One listener is stored as the function, several as an array.
{
  const e = new EventEmitter();
  const f = () => {};
  const g = () => {};
  e.on('x', f);
  assert.strictEqual(e._events.x, f);
  assert.strictEqual(e._eventsCount, 1);
  e.on('x', g);
  assert.deepStrictEqual(e._events.x, [f, g]);
  assert.strictEqual(e._eventsCount, 1);
  e.removeListener('x', f);
  assert.strictEqual(e._events.x, g);
  e.removeListener('x', g);
  assert.strictEqual(e._events.x, undefined);
  assert.strictEqual(e._eventsCount, 0);
}

// listeners(), rawListeners(), listenerCount(), eventNames()
{
  const e = new EventEmitter();
  const f = () => {};
  const g = () => {};
  const sym = Symbol('s');
  e.on('a', f);
  e.once('a', g);
  e.on(sym, f);
  assert.deepStrictEqual(e.listeners('a'), [f, g]);
  const raw = e.rawListeners('a');
  assert.strictEqual(raw[0], f);
  assert.notStrictEqual(raw[1], g);
  assert.strictEqual(raw[1].listener, g);
  assert.deepStrictEqual(e.eventNames(), ['a', sym]);
  assert.strictEqual(e.listenerCount('a'), 2);
  assert.strictEqual(e.listenerCount('a', g), 1);
  assert.strictEqual(e.listenerCount('a', f), 1);
  assert.strictEqual(e.listenerCount('a', () => {}), 0);
  assert.strictEqual(e.listenerCount(sym), 1);
  assert.strictEqual(e.listenerCount(sym, f), 1);
  assert.strictEqual(e.listenerCount('none'), 0);
  assert.strictEqual(EventEmitter.listenerCount(e, 'a'), 2);
  assert.deepStrictEqual(e.listeners('none'), []);
  assert.deepStrictEqual(e.rawListeners('none'), []);
  // The arrays returned are copies.
  e.listeners('a').push(f);
  e.rawListeners('a').length = 0;
  assert.strictEqual(e.listenerCount('a'), 2);
  // Calling the raw once-wrapper runs and removes it.
  raw[1]();
  assert.deepStrictEqual(e.listeners('a'), [f]);
}

// Symbols work as event names.
{
  const e = new EventEmitter();
  const sym = Symbol('evt');
  let got;
  e.on(sym, (v) => { got = v; });
  assert.strictEqual(e.emit(sym, 42), true);
  assert.strictEqual(got, 42);
}

// Old-style inheritance: EventEmitter is callable without `new`.
{
  function Legacy() {
    EventEmitter.call(this);
  }
  util.inherits(Legacy, EventEmitter);
  const l = new Legacy();
  let called = 0;
  l.on('x', () => called++);
  l.emit('x');
  assert.strictEqual(called, 1);
  assert.ok(l instanceof EventEmitter);
}

// Objects created without running the constructor still work.
{
  const o = Object.create(EventEmitter.prototype);
  assert.strictEqual(o.emit('x'), false);
  assert.strictEqual(o.listenerCount('x'), 0);
  let called = 0;
  o.on('x', () => called++);
  o.emit('x');
  assert.strictEqual(called, 1);
  assert.strictEqual(Object.getPrototypeOf(o._events), null);
}

// Subclasses.
{
  class Sub extends EventEmitter {
    constructor() {
      super();
      this.value = 7;
    }
  }
  const s = new Sub();
  let v;
  s.on('x', function () { v = this.value; });
  s.emit('x');
  assert.strictEqual(v, 7);
}

// init() keeps an existing _events table of an instance.
{
  const e = new EventEmitter();
  const f = () => {};
  e.on('x', f);
  EventEmitter.init.call(e);
  assert.strictEqual(e.listenerCount('x'), 1);
}

// A listener added during emit runs from the next emit on.
{
  const e = new EventEmitter();
  const calls = [];
  e.on('x', () => {
    calls.push('first');
    e.on('x', () => calls.push('added'));
  });
  e.emit('x');
  assert.deepStrictEqual(calls, ['first']);
}

// Bad listeners.
for (const bad of [1, 'x', null, undefined, {}, Symbol('q')]) {
  const e = new EventEmitter();
  for (const method of ['on', 'addListener', 'prependListener', 'once', 'prependOnceListener',
    'removeListener', 'off']) {
    assert.throws(() => e[method]('x', bad), {
      code: 'ERR_INVALID_ARG_TYPE',
      name: 'TypeError',
    });
  }
}
assert.throws(() => new EventEmitter().on('x', 1), {
  message: 'The "listener" argument must be of type function. Received type number (1)',
});
