'use strict';
// perf_hooks.createHistogram() and monitorEventLoopDelay(): the numbers
// (bucket bounds, mean, stddev, percentile maps) are the ones node reports
// for the same records.
const assert = require('assert');
const { inspect } = require('util');
const { createHistogram, monitorEventLoopDelay } = require('perf_hooks');
const { mustCall, isLode } = require('../common');

// Empty.
const h = createHistogram();
assert.strictEqual(h.constructor.name, 'RecordableHistogram');
assert.strictEqual(h.min, 9223372036854775807);
assert.strictEqual(h.minBigInt, 9223372036854775807n);
assert.strictEqual(h.max, 0);
assert.ok(Number.isNaN(h.mean) && Number.isNaN(h.stddev));
assert.strictEqual(h.count, 0);
assert.strictEqual(h.percentile(50), 0);
assert.deepStrictEqual([...h.percentiles], [[100, 0]]);
assert.deepStrictEqual([...h.percentilesBigInt], [[100, 0n]]);

// Values below 2048 are exact (3 significant figures); above, each
// power-of-two range splits into 1024 steps.
for (const v of [1, 2, 3, 100, 1000, 2047, 2048, 2049, 3000, 123456, 9999999, 2 ** 40 + 12345]) h.record(v);
assert.strictEqual(h.count, 12);
assert.strictEqual(h.countBigInt, 12n);
assert.strictEqual(h.min, 1);
assert.strictEqual(h.max, 1100585369599); // 2 ** 40 + 2 ** 30 - 1: the top of its range
assert.strictEqual(h.maxBigInt, 1100585369599n);
assert.strictEqual(h.mean, 91671552563.66667);
assert.strictEqual(h.stddev, 304037088879.5899);
assert.strictEqual(h.exceeds, 0);
const expected = { 0.0001: 1, 1: 1, 10: 1, 25: 3, 50: 2047, 75: 3001, 90: 10002431, 99: 1100585369599, 100: 1100585369599 };
for (const [p, v] of Object.entries(expected)) {
  assert.strictEqual(h.percentile(Number(p)), v, `percentile ${p}`);
  assert.strictEqual(h.percentileBigInt(Number(p)), BigInt(v));
}
assert.deepStrictEqual([...h.percentiles],
  [[0, 1], [50, 2047], [75, 3000], [87.5, 9994240], [93.75, 1099511627776], [100, 1099511627776]]);
assert.deepStrictEqual(h.toJSON().percentiles,
  { 0: 1, 50: 2047, 75: 3000, 87.5: 9994240, 93.75: 1099511627776, 100: 1099511627776 });
assert.deepStrictEqual(Object.keys(h.toJSON()), ['count', 'min', 'max', 'mean', 'exceeds', 'stddev', 'percentiles']);

// Coarser options; a value past `highest` is not recorded but counted.
const g = createHistogram({ lowest: 10, highest: 100000, figures: 2 });
for (let i = 1; i < 2000; i += 7) g.record(i * 13 % 100000 + 10);
g.record(100001);
assert.strictEqual(g.count, 286);
assert.strictEqual(g.exceeds, 1);
assert.strictEqual(g.exceedsBigInt, 1n);
assert.strictEqual(g.min, 16);
assert.strictEqual(g.max, 25983);
assert.strictEqual(g.mean, 12990.755244755244);
assert.strictEqual(g.stddev, 7512.975186760441);
assert.deepStrictEqual([...g.percentiles], [[0, 16], [50, 12928], [75, 19456], [87.5, 22656], [93.75, 24320],
  [96.875, 25216], [98.4375, 25472], [99.21875, 25728], [99.609375, 25856], [100, 25856]]);
g.record(100000);
assert.strictEqual(g.max, 100351);
assert.strictEqual(createHistogram({ lowest: 5n, highest: 1000n }).constructor.name, 'RecordableHistogram');

// add() merges counts and exceeds; reset() empties.
h.add(g);
assert.strictEqual(h.count, 299);
assert.strictEqual(h.exceeds, 1);
assert.strictEqual(h.min, 1);
h.reset();
assert.strictEqual(h.count, 0);
assert.strictEqual(h.max, 0);
assert.strictEqual(h.exceeds, 0);
const small = createHistogram();
small.record(5);
small.add(createHistogram({ lowest: 10, highest: 100000, figures: 2 }));
const withZero = createHistogram({ lowest: 10, highest: 1000, figures: 2 });
withZero.record(1); // below lowest: lands in the first range, which starts at 0
small.add(withZero);
assert.strictEqual(small.min, 0);
assert.deepStrictEqual(small.toJSON(), {
  count: 2, min: 0, max: 5, mean: 2.5, exceeds: 0, stddev: 2.5, percentiles: { 0: 0, 50: 0, 75: 5, 100: 5 },
});

// Values out of range are dropped by add(), but `count` adds up (node's quirk).
const narrow = createHistogram({ highest: 10000 });
narrow.record(5);
const wide = createHistogram();
wide.record(20000);
narrow.add(wide);
assert.strictEqual(narrow.count, 2);
assert.strictEqual(narrow.exceeds, 0);
assert.strictEqual(narrow.max, 5);
assert.strictEqual(narrow.mean, 5);
// Empty with a coarse first range: percentiles are that range's top.
assert.strictEqual(createHistogram({ lowest: 16, figures: 5 }).percentile(50), 15);

// BigInt records.
const big = createHistogram();
big.record(5n);
big.record(2n ** 60n); // past highest
assert.strictEqual(big.count, 1);
assert.strictEqual(big.exceeds, 1);
assert.strictEqual(big.max, 5);
big.record(2 ** 53 - 1);
assert.strictEqual(big.max, 2 ** 53 - 1);
assert.strictEqual(big.min, 5);

// recordDelta(): the first call starts the clock, the next records ns.
const d = createHistogram();
d.recordDelta();
assert.strictEqual(d.count, 0);
const t = Date.now(); while (Date.now() - t < 5);
d.recordDelta();
assert.strictEqual(d.count, 1);
assert.ok(d.min >= 4e6, `${d.min}`);

// util.inspect, as node prints it.
const one = createHistogram();
one.record(7);
assert.strictEqual(inspect(one), `Histogram {
  min: 7,
  max: 7,
  mean: 7,
  exceeds: 0,
  stddev: 0,
  count: 1,
  percentiles: SafeMap(2) [Map] { 0 => 7, 100 => 7 }
}`);
assert.strictEqual(inspect(one, { depth: 0 }), 'Histogram [Object]');
assert.match(inspect({ one }, { depth: 1 }), /percentiles: \[SafeMap \[Map\]\]/);

// Bad input.
const code = (c) => ({ code: c });
assert.throws(() => one.record(0), { code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "val" is out of range. It must be >= 1 && <= 9007199254740991. Received 0' });
assert.throws(() => one.record(1.5), { code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "val" is out of range. It must be an integer. Received 1.5' });
assert.throws(() => one.record(NaN), code('ERR_OUT_OF_RANGE'));
assert.throws(() => one.record('a'), code('ERR_INVALID_ARG_TYPE'));
assert.throws(() => one.record(2 ** 53), code('ERR_OUT_OF_RANGE'));
assert.throws(() => one.record(0n), { name: 'RangeError', code: 'ERR_OUT_OF_RANGE', message: 'value is out of range' });
assert.throws(() => one.record(2n ** 64n), { code: 'ERR_OUT_OF_RANGE', message: 'value is out of range' });
for (const p of [0, -1, 101, NaN]) {
  assert.throws(() => one.percentile(p), { code: 'ERR_OUT_OF_RANGE',
    message: `The value of "percentile" is out of range. It must be > 0 && <= 100. Received ${p}` });
}
assert.throws(() => one.percentileBigInt('a'), code('ERR_INVALID_ARG_TYPE'));
assert.throws(() => createHistogram({ lowest: 0 }), code('ERR_OUT_OF_RANGE'));
assert.throws(() => createHistogram({ lowest: 2, highest: 3 }), { code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "options.highest" is out of range. It must be >= 4 && <= 9007199254740991. Received 3' });
assert.throws(() => createHistogram({ figures: 6 }), code('ERR_OUT_OF_RANGE'));
assert.throws(() => createHistogram({ figures: 2.5 }), code('ERR_OUT_OF_RANGE'));
assert.throws(() => createHistogram({ lowest: 'a' }), code('ERR_INVALID_ARG_TYPE'));
assert.throws(() => createHistogram(null), { code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options" argument must be of type object. Received null' });
// node aborts on this (its HdrHistogram refuses it); lode says why.
if (isLode) assert.throws(() => createHistogram({ lowest: 2 ** 45, figures: 5 }), code('ERR_OUT_OF_RANGE'));
assert.throws(() => one.add({}), { code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "other" argument must be an instance of RecordableHistogram. Received an instance of Object' });
assert.throws(() => new (one.constructor)(), { name: 'TypeError', code: 'ERR_ILLEGAL_CONSTRUCTOR' });
assert.throws(() => Object.getOwnPropertyDescriptor(Object.getPrototypeOf(Object.getPrototypeOf(one)), 'count')
  .get.call({}), { code: 'ERR_INVALID_THIS', message: 'Value of "this" must be of type Histogram' });
assert.throws(() => one.record.call({}, 1), { code: 'ERR_INVALID_THIS',
  message: 'Value of "this" must be of type RecordableHistogram' });
assert.throws(() => monitorEventLoopDelay().enable.call({}), { code: 'ERR_INVALID_THIS',
  message: 'Value of "this" must be of type ELDHistogram' });

// monitorEventLoopDelay(): a timer records the loop's delay in ns; it
// does not keep the process alive, and records nothing until enabled.
for (const resolution of [0, -1, 0.5, 5n, 'a']) {
  assert.throws(() => monitorEventLoopDelay({ resolution }), /ERR_OUT_OF_RANGE|ERR_INVALID_ARG_TYPE/);
}
assert.throws(() => monitorEventLoopDelay(null), code('ERR_INVALID_ARG_TYPE'));
const never = monitorEventLoopDelay();
assert.strictEqual(typeof never.record, 'undefined');
const eld = monitorEventLoopDelay({ resolution: 20 });
assert.strictEqual(eld.constructor.name, 'ELDHistogram');
assert.strictEqual(eld.enable(), true);
assert.strictEqual(eld.enable(), false);
const forever = monitorEventLoopDelay({ resolution: 5 });
forever.enable(); // left on: must not hold the process open
setTimeout(mustCall(() => {
  const block = Date.now(); while (Date.now() - block < 100); // delays the next tick by ~100 ms
  setTimeout(mustCall(() => {
    assert.strictEqual(eld.disable(), true);
    assert.strictEqual(eld.disable(), false);
    const n = eld.count;
    assert.ok(n >= 3 && n <= 20, `count ${n}`);
    assert.ok(eld.min >= 10e6, `min ${eld.min}`);
    assert.ok(eld.max >= 95e6, `max ${eld.max}`);
    assert.strictEqual(never.count, 0);
    setTimeout(mustCall(() => assert.strictEqual(eld.count, n)), 60);
  }), 60);
}), 200);
