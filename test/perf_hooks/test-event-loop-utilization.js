'use strict';
// performance.eventLoopUtilization() and performance.nodeTiming: the loop's
// idle time comes from libuv, loopStart/loopExit from the runtime.
const assert = require('assert');
const { performance } = require('perf_hooks');
const { mustCall } = require('../common');

// While the main script runs, the loop has not started: all zeros, as in Node.
assert.deepStrictEqual(performance.eventLoopUtilization(), { idle: 0, active: 0, utilization: 0 });
const timing = performance.nodeTiming;
assert.strictEqual(timing, performance.nodeTiming);
assert.strictEqual(timing.constructor.name, 'PerformanceNodeTiming');
assert.deepStrictEqual(Object.keys(timing).slice(0, 4), ['name', 'entryType', 'startTime', 'duration']);
assert.strictEqual(timing.loopStart, -1);
assert.strictEqual(timing.loopExit, -1);
assert.strictEqual(timing.idleTime, 0);
assert.ok(timing.duration > 0);
assert.deepStrictEqual(Object.keys(JSON.parse(JSON.stringify(timing))), ['name', 'entryType', 'startTime',
  'duration', 'nodeStart', 'v8Start', 'bootstrapComplete', 'environment', 'loopStart', 'loopExit', 'idleTime']);

const busy = (ms) => { const t = Date.now(); while (Date.now() - t < ms); };

setTimeout(mustCall(() => {
  // ~100 ms of waiting for this timer: idle.
  const a = performance.eventLoopUtilization();
  assert.ok(a.idle >= 80, `idle ${a.idle}`);
  assert.ok(a.active > 0 && a.utilization > 0 && a.utilization < 0.5, JSON.stringify(a));
  assert.ok(Math.abs(a.utilization - a.active / (a.idle + a.active)) < 1e-12);
  assert.ok(timing.loopStart > 0 && timing.loopStart < performance.now());
  assert.strictEqual(timing.loopExit, -1);
  assert.ok(timing.idleTime >= a.idle);
  // performance.measure() knows the milestone.
  assert.strictEqual(performance.measure('since loop', 'loopStart').startTime, timing.loopStart);

  // 60 ms of work: active, and the deltas say so.
  busy(60);
  const b = performance.eventLoopUtilization();
  const since = performance.eventLoopUtilization(a);
  assert.ok(since.active >= 55, JSON.stringify(since));
  assert.ok(since.idle < 5 && since.utilization > 0.9, JSON.stringify(since));
  const between = performance.eventLoopUtilization(b, a);
  assert.ok(Math.abs(between.active - (b.active - a.active)) < 1e-9);
  assert.ok(Math.abs(between.idle - (b.idle - a.idle)) < 1e-9);
  assert.ok(between.utilization > 0.9);
  assert.ok(performance.toJSON().eventLoopUtilization.utilization > 0);
}), 100);

// (A plain listener: common's own 'exit' check runs before it.)
process.on('exit', () => {
  assert.ok(timing.loopExit >= timing.loopStart && timing.loopStart > 0);
});
