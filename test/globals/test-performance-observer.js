'use strict';
// PerformanceObserver: mark and measure entries are delivered asynchronously.
const assert = require('assert');

assert.ok(PerformanceObserver.supportedEntryTypes.includes('mark'));
assert.ok(PerformanceObserver.supportedEntryTypes.includes('measure'));
assert.throws(() => new PerformanceObserver(5), { code: 'ERR_INVALID_ARG_TYPE' });

let calls = 0;
const obs = new PerformanceObserver((list, observer) => {
  calls++;
  assert.strictEqual(observer, obs);
  const names = list.getEntries().map((e) => `${e.entryType}:${e.name}`);
  assert.deepStrictEqual(names.sort(), ['mark:o-a', 'mark:o-b', 'measure:o-m', 'measure:taken']);
  assert.strictEqual(list.getEntriesByType('mark').length, 2);
  assert.strictEqual(list.getEntriesByName('o-m')[0].entryType, 'measure');
  observer.disconnect();
  performance.mark('after-disconnect');
});
obs.observe({ entryTypes: ['mark', 'measure'] });
performance.mark('o-a');
performance.mark('o-b');
performance.measure('o-m', 'o-a', 'o-b');
assert.strictEqual(calls, 0, 'delivery is not synchronous');

const typed = new PerformanceObserver(() => {});
typed.observe({ type: 'measure' });
performance.measure('taken');
const records = typed.takeRecords();
assert.strictEqual(records.length, 1);
assert.strictEqual(records[0].name, 'taken');
typed.disconnect();

process.on('exit', () => {
  assert.strictEqual(calls, 1);
});
