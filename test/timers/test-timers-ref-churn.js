'use strict';
// Referencing and unreferencing timers many times within one callback: only
// the state JS leaves behind decides whether the loop stays alive (lode
// applies it when JS returns to the loop).
const { mustCall, mustNotCall } = require('../common');
const assert = require('assert');

// Ends unreferenced: must not hold the process open, must not fire.
const idle = setTimeout(mustNotCall(), 1e6);
for (let i = 0; i < 100; i++) { idle.unref(); idle.ref(); }
idle.unref();

// Ends referenced: fires.
const t = setTimeout(mustCall(), 5);
t.unref();
t.ref();
assert.strictEqual(t.hasRef(), true);

// Churn inside callbacks, with an interval that keeps the loop alive only
// while referenced.
let ticks = 0;
const iv = setInterval(mustCall(() => {
  ticks++;
  iv.unref();
  if (ticks < 3) iv.ref();
  // After the third tick the interval is unreferenced and nothing else is
  // pending: the process exits without a fourth tick.
}, 3), 2);

// Many short-lived referenced timers cleared in the same callback.
setImmediate(mustCall(() => {
  for (let i = 0; i < 1000; i++) clearTimeout(setTimeout(mustNotCall(), 1));
}));
