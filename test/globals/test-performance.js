'use strict';
// performance: now(), timeOrigin, marks, measures and the entry buffers.
const assert = require('assert');

assert.strictEqual(Object.prototype.toString.call(performance), '[object Performance]');
assert.deepStrictEqual(Object.keys(performance), []);

const t1 = performance.now();
const t2 = performance.now();
assert.strictEqual(typeof t1, 'number');
assert.ok(t1 > 0 && t2 >= t1);
assert.strictEqual(typeof performance.timeOrigin, 'number');
assert.ok(Math.abs(performance.timeOrigin + performance.now() - Date.now()) < 1000);

// mark()
const m = performance.mark('a', { detail: { x: 1 } });
assert.ok(m instanceof PerformanceMark);
assert.ok(m instanceof PerformanceEntry);
assert.strictEqual(m.name, 'a');
assert.strictEqual(m.entryType, 'mark');
assert.strictEqual(m.duration, 0);
assert.ok(m.startTime > 0);
assert.deepStrictEqual(m.detail, { x: 1 });
assert.strictEqual(m.detail, m.detail);
assert.deepStrictEqual(Object.keys(m), []);
assert.deepStrictEqual(Object.keys(m.toJSON()), ['name', 'entryType', 'startTime', 'duration', 'detail']);
const d = { y: 2 };
assert.notStrictEqual(performance.mark('cloned', { detail: d }).detail, d);
const b = performance.mark('b', { startTime: 5 });
assert.strictEqual(b.startTime, 5);
assert.strictEqual(b.detail, null);
assert.strictEqual(JSON.stringify(b), '{"name":"b","entryType":"mark","startTime":5,"duration":0,"detail":null}');
assert.strictEqual(performance.mark(5).name, '5');
assert.strictEqual(performance.mark('n', null).name, 'n');
// A mark built directly is not buffered.
const own = new PerformanceMark('direct', { detail: 1 });
assert.strictEqual(own.detail, 1);
assert.strictEqual(performance.getEntriesByName('direct').length, 0);

// measure()
const m1 = performance.measure('m1', 'b', 'a');
assert.ok(m1 instanceof PerformanceMeasure);
assert.strictEqual(m1.entryType, 'measure');
assert.strictEqual(m1.startTime, 5);
assert.strictEqual(m1.duration, m.startTime - 5);
assert.strictEqual(m1.detail, null);
const negative = performance.measure('neg', 'a', 'b');
assert.strictEqual(negative.duration, 5 - m.startTime);
const whole = performance.measure('whole');
assert.strictEqual(whole.startTime, 0);
assert.ok(whole.duration > 0);
assert.strictEqual(performance.measure('fromB', 'b').startTime, 5);
assert.strictEqual(performance.measure('toB', undefined, 'b').duration, 5);
assert.strictEqual(performance.measure('bTo7', 'b', 7).duration, 2);
let r = performance.measure('o1', { start: 1, end: 4, detail: 'd' });
assert.deepStrictEqual([r.startTime, r.duration, r.detail], [1, 3, 'd']);
r = performance.measure('o2', { start: 1, duration: 2 });
assert.deepStrictEqual([r.startTime, r.duration], [1, 2]);
r = performance.measure('o3', { end: 10, duration: 2 });
assert.deepStrictEqual([r.startTime, r.duration], [8, 2]);
r = performance.measure('o4', { start: 'b', end: 'b' });
assert.deepStrictEqual([r.startTime, r.duration], [5, 0]);
r = performance.measure('o5', {});
assert.strictEqual(r.startTime, 0);

// Buffers, ordered by startTime.
const all = performance.getEntries();
for (let i = 1; i < all.length; i++) assert.ok(all[i - 1].startTime <= all[i].startTime);
assert.strictEqual(performance.getEntriesByName('a').length, 1);
assert.strictEqual(performance.getEntriesByName('a', 'measure').length, 0);
assert.strictEqual(performance.getEntriesByName('m1', 'measure')[0], m1);
assert.deepStrictEqual(performance.getEntriesByType('foo'), []);
assert.ok(performance.getEntriesByType('mark').every((e) => e.entryType === 'mark'));
assert.ok(performance.getEntriesByType('measure').some((e) => e === m1));
performance.clearMarks('a');
assert.strictEqual(performance.getEntriesByName('a').length, 0);
assert.ok(performance.getEntriesByType('mark').length > 0);
performance.clearMarks();
assert.deepStrictEqual(performance.getEntriesByType('mark'), []);
performance.clearMeasures('m1');
assert.strictEqual(performance.getEntriesByName('m1').length, 0);
performance.clearMeasures();
assert.deepStrictEqual(performance.getEntries(), []);

// toJSON() and eventLoopUtilization().
const json = performance.toJSON();
assert.deepStrictEqual(Object.keys(json), ['nodeTiming', 'timeOrigin', 'eventLoopUtilization']);
assert.strictEqual(json.timeOrigin, performance.timeOrigin);
const elu = performance.eventLoopUtilization();
assert.deepStrictEqual(Object.keys(elu), ['idle', 'active', 'utilization']);
