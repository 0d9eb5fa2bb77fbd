'use strict';
// timers.enroll/active/_unrefActive/unenroll: node's deprecated API for
// objects with _idleTimeout and _onTimeout, with its warnings.
const assert = require('assert');
const timers = require('timers');

const warnings = [];
process.on('warning', (w) => warnings.push(w.code));

const fired = [];
const item = { _onTimeout() { fired.push(['item', Date.now() - start]); } };
const start = Date.now();
timers.enroll(item, 30);
assert.strictEqual(item._idleTimeout, 30);
timers.active(item);
timers.active(item); // again: restarts, still one call

const gone = { _onTimeout() { fired.push(['gone']); } };
timers.enroll(gone, 5);
timers.active(gone);
timers.unenroll(gone);
assert.strictEqual(gone._idleTimeout, -1);

assert.throws(() => timers.enroll({}, -5), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "msecs" is out of range. It must be a non-negative finite number. Received -5',
});
assert.throws(() => timers.enroll({}, 'x'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.strictEqual(typeof timers.unenroll, 'function');

setTimeout(() => {
  assert.strictEqual(fired.length, 1);
  assert.strictEqual(fired[0][0], 'item');
  assert.ok(fired[0][1] >= 25, String(fired[0][1]));
  assert.deepStrictEqual(warnings.sort(), ['DEP0095', 'DEP0096', 'DEP0126']);
  // unref'd: fires if the process is still up, but does not hold it.
  const unref = { _onTimeout() { assert.fail('kept the process alive'); } };
  timers.enroll(unref, 100000);
  timers._unrefActive(unref);
}, 80);
