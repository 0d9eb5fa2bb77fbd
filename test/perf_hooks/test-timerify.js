'use strict';
// performance.timerify(): 'function' entries for observers (with the
// arguments as detail), durations into options.histogram, constructors.
const assert = require('assert');
const { performance, PerformanceObserver, createHistogram } = require('perf_hooks');
const { mustCall } = require('../common');

function work(a, b) {
  let s = 0;
  for (let i = 0; i < 1e5; i++) s += i;
  return a + b + (s > 0 ? 0 : 1);
}
const timed = performance.timerify(work);
assert.strictEqual(timed.name, 'timerified work');
assert.strictEqual(timed.length, 2);
assert.notStrictEqual(timed, performance.timerify(work));
assert.ok(PerformanceObserver.supportedEntryTypes.includes('function'));

const histogram = createHistogram();
const timedWithHistogram = performance.timerify(work, { histogram });

const seen = [];
const observer = new PerformanceObserver(mustCall((list) => {
  for (const e of list.getEntries()) seen.push(e);
  observer.disconnect();
  assert.deepStrictEqual(seen.map((e) => [e.name, e.entryType, e.detail]),
    [['work', 'function', [1, 2]], ['work', 'function', [3, 4]], ['K', 'function', [5]]]);
  for (const e of seen) {
    assert.strictEqual(e.constructor.name, 'PerformanceNodeEntry');
    assert.ok(e.startTime > 0 && e.duration > 0);
    assert.deepStrictEqual(Object.keys(e.toJSON()), ['name', 'entryType', 'startTime', 'duration', 'detail']);
  }
  // Not kept in the timeline.
  assert.strictEqual(performance.getEntriesByType('function').length, 0);
}));
observer.observe({ entryTypes: ['function'] });

assert.strictEqual(timed(1, 2), 3);
assert.strictEqual(timedWithHistogram(3, 4), 7);
assert.strictEqual(histogram.count, 1);
assert.ok(histogram.min > 1000, `${histogram.min} ns`);

class K { constructor(x) { this.x = x; } }
const TimedK = performance.timerify(K);
const k = new TimedK(5);
assert.ok(k instanceof K);
assert.strictEqual(k.x, 5);

assert.throws(() => performance.timerify(5), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => performance.timerify(work, { histogram: 5 }), { code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.histogram" property must be an instance of RecordableHistogram. Received type number (5)' });
