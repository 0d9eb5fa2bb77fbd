'use strict';
// EventTarget, Event and CustomEvent.
const assert = require('assert');

// Event basics.
{
  const e = new Event('foo');
  assert.strictEqual(e.type, 'foo');
  assert.strictEqual(e.bubbles, false);
  assert.strictEqual(e.cancelable, false);
  assert.strictEqual(e.composed, false);
  assert.strictEqual(e.defaultPrevented, false);
  assert.strictEqual(e.isTrusted, false);
  assert.strictEqual(e.eventPhase, 0);
  assert.strictEqual(e.target, null);
  assert.strictEqual(e.currentTarget, null);
  assert.strictEqual(e.srcElement, null);
  assert.strictEqual(e.returnValue, true);
  assert.strictEqual(e.cancelBubble, false);
  assert.deepStrictEqual(e.composedPath(), []);
  assert.strictEqual(typeof e.timeStamp, 'number');
  assert.ok(e.timeStamp >= 0);
  assert.strictEqual(Object.prototype.toString.call(e), '[object Event]');
  assert.deepStrictEqual(Object.keys(e), []);
  assert.strictEqual(new Event(5).type, '5');
  assert.strictEqual(new Event(null).type, 'null');
  assert.strictEqual(new Event('x', null).type, 'x');
  const opts = new Event('x', { bubbles: 1, cancelable: 'yes', composed: {} });
  assert.strictEqual(opts.bubbles, true);
  assert.strictEqual(opts.cancelable, true);
  assert.strictEqual(opts.composed, true);
}

// Constants.
assert.strictEqual(Event.NONE, 0);
assert.strictEqual(Event.CAPTURING_PHASE, 1);
assert.strictEqual(Event.AT_TARGET, 2);
assert.strictEqual(Event.BUBBLING_PHASE, 3);
assert.strictEqual(Event.length, 1);
assert.strictEqual(CustomEvent.length, 1);
assert.strictEqual(EventTarget.length, 0);
assert.deepStrictEqual(Object.keys(EventTarget.prototype),
  ['addEventListener', 'removeEventListener', 'dispatchEvent']);
assert.ok(Object.keys(Event.prototype).includes('preventDefault'));
assert.ok(Object.keys(Event.prototype).includes('type'));

// preventDefault / returnValue / cancelBubble.
{
  const e = new Event('x', { cancelable: true });
  e.preventDefault();
  assert.strictEqual(e.defaultPrevented, true);
  assert.strictEqual(e.returnValue, false);
  const n = new Event('x');
  n.preventDefault();
  assert.strictEqual(n.defaultPrevented, false);
  const c = new Event('x');
  c.cancelBubble = false;
  assert.strictEqual(c.cancelBubble, false);
  c.cancelBubble = true;
  assert.strictEqual(c.cancelBubble, true);
  const s = new Event('x');
  s.stopPropagation();
  assert.strictEqual(s.cancelBubble, true);
}

// initEvent.
{
  const e = new Event('x');
  e.initEvent('y', true, true);
  assert.deepStrictEqual([e.type, e.bubbles, e.cancelable], ['y', true, true]);
}

// CustomEvent.
{
  assert.strictEqual(new CustomEvent('x').detail, null);
  assert.strictEqual(new CustomEvent('x', { detail: 5 }).detail, 5);
  const detail = { a: 1 };
  const ce = new CustomEvent('x', { detail, cancelable: true });
  assert.strictEqual(ce.detail, detail);
  assert.strictEqual(ce.cancelable, true);
  assert.ok(ce instanceof Event);
  assert.strictEqual(Object.prototype.toString.call(ce), '[object CustomEvent]');
  assert.deepStrictEqual(Object.keys(CustomEvent.prototype), ['detail']);
}

// Dispatch: this, target, currentTarget, phase, return value.
{
  const et = new EventTarget();
  const seen = [];
  const obj = {
    handleEvent(e) {
      seen.push(['object', this === obj, e.currentTarget === et, e.eventPhase]);
    },
  };
  et.addEventListener('x', obj);
  et.addEventListener('x', function (e) {
    seen.push(['function', this === et, e.target === et, e.srcElement === et]);
  });
  et.addEventListener('x', obj); // duplicate: ignored
  const ev = new Event('x', { cancelable: true });
  assert.strictEqual(et.dispatchEvent(ev), true);
  assert.deepStrictEqual(seen, [['object', true, true, 2], ['function', true, true, true]]);
  assert.strictEqual(ev.eventPhase, 0);
  assert.strictEqual(ev.currentTarget, null);
  assert.strictEqual(ev.target, et);
  // Redispatching a finished event is allowed.
  assert.strictEqual(et.dispatchEvent(ev), true);
  assert.strictEqual(Object.prototype.toString.call(et), '[object EventTarget]');
}

// preventDefault makes dispatchEvent return false (passive is only a hint in Node).
{
  const et = new EventTarget();
  et.addEventListener('q', (e) => e.preventDefault());
  assert.strictEqual(et.dispatchEvent(new Event('q', { cancelable: true })), false);
  assert.strictEqual(et.dispatchEvent(new Event('q')), true);
  const early = new Event('q', { cancelable: true });
  early.preventDefault();
  assert.strictEqual(new EventTarget().dispatchEvent(early), false);
}

// handleEvent is looked up at dispatch time; objects without one are skipped.
{
  const et = new EventTarget();
  const calls = [];
  const o = {};
  et.addEventListener('x', o);
  et.addEventListener('y', {});
  o.handleEvent = () => calls.push('late');
  const f = () => calls.push('fn');
  f.handleEvent = () => calls.push('fn.handleEvent');
  et.addEventListener('x', f);
  et.dispatchEvent(new Event('x'));
  et.dispatchEvent(new Event('y'));
  assert.deepStrictEqual(calls, ['late', 'fn']);
}

// stopImmediatePropagation stops later listeners; stopPropagation does not.
{
  const et = new EventTarget();
  const calls = [];
  et.addEventListener('s', (e) => { calls.push(1); e.stopImmediatePropagation(); });
  et.addEventListener('s', () => calls.push(2));
  et.addEventListener('p', (e) => { calls.push(3); e.stopPropagation(); });
  et.addEventListener('p', () => calls.push(4));
  et.dispatchEvent(new Event('s'));
  et.dispatchEvent(new Event('p'));
  assert.deepStrictEqual(calls, [1, 3, 4]);
  // Stopped before dispatch: no listener runs.
  const e = new Event('p');
  e.stopImmediatePropagation();
  calls.length = 0;
  et.dispatchEvent(e);
  assert.deepStrictEqual(calls, []);
}

// once, capture, and removal.
{
  const et = new EventTarget();
  let count = 0;
  et.addEventListener('o', () => count++, { once: true });
  et.dispatchEvent(new Event('o'));
  et.dispatchEvent(new Event('o'));
  assert.strictEqual(count, 1);

  let c = 0;
  const fn = () => c++;
  et.addEventListener('c', fn, true);
  et.addEventListener('c', fn, false);
  et.dispatchEvent(new Event('c'));
  assert.strictEqual(c, 2);
  et.removeEventListener('c', fn);
  et.dispatchEvent(new Event('c'));
  assert.strictEqual(c, 3);
  et.removeEventListener('c', fn, { capture: true });
  et.dispatchEvent(new Event('c'));
  assert.strictEqual(c, 3);
  // On removal Node reads only an options object's `capture`.
  et.addEventListener('c', fn, { capture: true });
  et.removeEventListener('c', fn, 5);
  et.removeEventListener('c', fn, true);
  et.dispatchEvent(new Event('c'));
  assert.strictEqual(c, 4);
  et.removeEventListener('c', fn, { capture: 1 });
  et.dispatchEvent(new Event('c'));
  assert.strictEqual(c, 5);
  et.removeEventListener('c', fn, { capture: true });
  et.dispatchEvent(new Event('c'));
  assert.strictEqual(c, 5);
}

// Changes during dispatch. Removed listeners are skipped. Added ones run in
// the same dispatch only when reached through a listener that was already
// there when the current one started (Node's linked-list behaviour).
{
  const et = new EventTarget();
  const calls = [];
  et.addEventListener('d', () => {
    calls.push('only');
    et.addEventListener('d', () => calls.push('added'));
  });
  et.dispatchEvent(new Event('d'));
  assert.deepStrictEqual(calls, ['only']);
}
{
  const et = new EventTarget();
  const calls = [];
  const later = () => calls.push('removed');
  et.addEventListener('d', () => {
    calls.push('first');
    et.removeEventListener('d', later);
  });
  et.addEventListener('d', later);
  et.dispatchEvent(new Event('d'));
  assert.deepStrictEqual(calls, ['first']);
}
{
  const et = new EventTarget();
  const calls = [];
  const later = () => calls.push('removed');
  et.addEventListener('d', () => {
    calls.push('first');
    et.addEventListener('d', () => calls.push('added'));
    et.removeEventListener('d', later);
  }, { once: true });
  et.addEventListener('d', later);
  et.dispatchEvent(new Event('d'));
  assert.deepStrictEqual(calls, ['first', 'added']);
}
{
  const et = new EventTarget();
  const calls = [];
  et.addEventListener('d', () => calls.push(1));
  et.addEventListener('d', () => {
    calls.push(2);
    et.addEventListener('d', () => calls.push(3));
  }, { once: true });
  et.dispatchEvent(new Event('d'));
  et.dispatchEvent(new Event('d'));
  assert.deepStrictEqual(calls, [1, 2, 1, 3]);
}

// Recursive dispatch of the same event.
{
  const et = new EventTarget();
  let thrown;
  et.addEventListener('rec', (e) => {
    try {
      et.dispatchEvent(e);
    } catch (err) {
      thrown = err;
    }
  });
  et.dispatchEvent(new Event('rec'));
  assert.strictEqual(thrown.code, 'ERR_EVENT_RECURSION');
  assert.strictEqual(thrown.message, 'The event "rec" is already being dispatched');
}

// signal option.
{
  const et = new EventTarget();
  const ac = new AbortController();
  let count = 0;
  et.addEventListener('sig', () => count++, { signal: ac.signal });
  et.dispatchEvent(new Event('sig'));
  ac.abort();
  et.dispatchEvent(new Event('sig'));
  assert.strictEqual(count, 1);
  // Already aborted: never added.
  et.addEventListener('sig', () => count++, { signal: AbortSignal.abort() });
  et.dispatchEvent(new Event('sig'));
  assert.strictEqual(count, 1);
}

// Event subclasses are dispatched as themselves.
{
  class MyEvent extends Event {
    constructor() { super('my'); }
  }
  const et = new EventTarget();
  let got;
  et.addEventListener('my', (e) => { got = e; });
  const e = new MyEvent();
  et.dispatchEvent(e);
  assert.strictEqual(got, e);
}

// EventTarget subclasses.
{
  class Emitterish extends EventTarget {}
  const t = new Emitterish();
  let hit = false;
  t.addEventListener('x', () => { hit = true; });
  t.dispatchEvent(new Event('x'));
  assert.ok(hit);
}

// Bad input.
{
  const et = new EventTarget();
  const missing = {
    code: 'ERR_MISSING_ARGS',
    name: 'TypeError',
    message: 'The "type" and "listener" arguments must be specified',
  };
  assert.throws(() => et.addEventListener(), missing);
  assert.throws(() => et.addEventListener('x'), missing);
  assert.throws(() => et.removeEventListener('x'), missing);
  assert.throws(() => et.addEventListener('x', 1), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "listener" argument must be an instance of EventListener. Received type number (1)',
  });
  assert.throws(() => et.removeEventListener('x', 1), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => et.addEventListener('x', () => {}, 1), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "options" argument must be of type object. Received type number (1)',
  });
  assert.throws(() => et.addEventListener('x', () => {}, { signal: 1 }), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "options.signal" property must be an instance of AbortSignal. Received type number (1)',
  });
  assert.throws(() => et.addEventListener('x', () => {}, { signal: null }), {
    code: 'ERR_INVALID_ARG_TYPE',
  });
  assert.throws(() => et.addEventListener(Symbol('a'), () => {}), {
    code: 'ERR_INVALID_ARG_VALUE',
    message: "The argument 'value' is invalid. Received Symbol(a)",
  });
  assert.throws(() => et.dispatchEvent(), {
    code: 'ERR_MISSING_ARGS',
    message: 'The "event" argument must be specified',
  });
  assert.throws(() => et.dispatchEvent({ type: 'x' }), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "event" argument must be an instance of Event. Received an instance of Object',
  });
  assert.throws(() => new Event(), {
    code: 'ERR_MISSING_ARGS',
    message: 'The "type" argument must be specified',
  });
  assert.throws(() => new CustomEvent(), { code: 'ERR_MISSING_ARGS' });
  assert.throws(() => new Event('x', 1), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "options" argument must be of type object. Received type number (1)',
  });
  assert.throws(() => new CustomEvent('x', 1), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => new Event(Symbol('s')), TypeError);
  assert.throws(() => Event.prototype.type, {
    code: 'ERR_INVALID_THIS',
    message: 'Value of "this" must be of type Event',
  });
  assert.throws(() => Event.prototype.preventDefault.call({}), { code: 'ERR_INVALID_THIS' });
  assert.throws(
    () => Object.getOwnPropertyDescriptor(CustomEvent.prototype, 'detail').get.call(new Event('x')),
    { code: 'ERR_INVALID_THIS', message: 'Value of "this" must be of type CustomEvent' });
  assert.throws(() => EventTarget.prototype.addEventListener.call({}, 'x', () => {}), {
    code: 'ERR_INVALID_THIS',
    message: 'Value of "this" must be of type EventTarget',
  });
  assert.throws(() => EventTarget.prototype.dispatchEvent.call({}, new Event('x')), {
    code: 'ERR_INVALID_THIS',
  });
  assert.throws(() => Event('x'), TypeError);
  assert.throws(() => EventTarget(), TypeError);
}

// A null or undefined listener is ignored with a warning.
{
  const warnings = [];
  process.on('warning', (w) => warnings.push(w));
  const et = new EventTarget();
  et.addEventListener('x', null);
  et.addEventListener('x', undefined);
  et.removeEventListener('x', null);
  assert.strictEqual(et.dispatchEvent(new Event('x')), true);
  setImmediate(() => {
    const mine = warnings.filter((w) => w.name === 'AddEventListenerArgumentTypeWarning');
    assert.deepStrictEqual(mine.map((w) => w.message), [
      'addEventListener called with null which has no effect.',
      'addEventListener called with undefined which has no effect.',
    ]);
  });
}
