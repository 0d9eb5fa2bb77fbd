'use strict';
const assert = require('assert');
const timers = require('timers');
const { mustCall, mustNotCall } = require('../common');

// Arguments are passed through.
setTimeout(mustCall((a, b, c, d) => assert.deepStrictEqual([a, b, c, d], [1, 'two', 3, 4])), 1, 1, 'two', 3, 4);
setImmediate(mustCall((a, b) => assert.deepStrictEqual([a, b], ['x', 'y'])), 'x', 'y');

// The Timeout object.
const t = setTimeout(mustNotCall(), 1000);
assert.strictEqual(t.constructor.name, 'Timeout');
assert.strictEqual(t.hasRef(), true);
assert.strictEqual(t.unref(), t);
assert.strictEqual(t.hasRef(), false);
assert.strictEqual(t.ref(), t);
assert.strictEqual(t.hasRef(), true);
assert.strictEqual(t._idleTimeout, 1000);
const id = +t;
assert.strictEqual(typeof id, 'number');
assert.strictEqual(`${t}`, String(id));
clearTimeout(id); // clearing by the primitive id works

// close() clears.
setTimeout(mustNotCall(), 1).close();

// Intervals repeat until cleared.
let n = 0;
const iv = setInterval(mustCall(() => {
  if (++n === 3) clearInterval(iv);
}, 3), 1);

// refresh() restarts the countdown.
let refreshed = false;
const r = setTimeout(mustCall(() => assert.ok(refreshed)), 20);
setTimeout(() => { refreshed = true; r.refresh(); }, 5);

// An unref'd timer does not keep the process alive.
setTimeout(mustNotCall(), 100000).unref();

// Immediates.
const imm = setImmediate(mustNotCall());
assert.strictEqual(imm.constructor.name, 'Immediate');
assert.strictEqual(imm.hasRef(), true);
imm.unref();
assert.strictEqual(imm.hasRef(), false);
clearImmediate(imm);
clearImmediate(undefined);
clearTimeout(null);
clearInterval('nope');

// Delays out of range become 1 ms.
setTimeout(mustCall(), -5);
setTimeout(mustCall(), NaN);
setTimeout(mustCall(), 'abc');

// node:timers exports the same functions as the globals.
assert.strictEqual(timers.setTimeout, setTimeout);
assert.strictEqual(timers.setImmediate, setImmediate);
assert.strictEqual(timers.clearInterval, clearInterval);

// Bad input.
for (const bad of [undefined, null, 'str', 1, {}]) {
  for (const fn of [setTimeout, setInterval, setImmediate]) {
    assert.throws(() => fn(bad), {
      code: 'ERR_INVALID_ARG_TYPE',
      name: 'TypeError',
      message: /^The "callback" argument must be of type function\. Received/,
    });
  }
}
assert.throws(() => setTimeout('code'), {
  message: 'The "callback" argument must be of type function. Received type string (\'code\')',
});

// A timer's callback runs with the Timeout as `this`.
const self = setTimeout(mustCall(function() { assert.strictEqual(this, self); }), 1);

// TimeoutOverflowWarning for huge delays.
process.on('warning', mustCall((w) => {
  assert.strictEqual(w.name, 'TimeoutOverflowWarning');
  assert.strictEqual(w.message, '2147483648 does not fit into a 32-bit signed integer.\nTimeout duration was set to 1.');
}));
setTimeout(mustCall(), 2 ** 31);
