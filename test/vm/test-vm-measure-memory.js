'use strict';
// vm.measureMemory(): the heap in use as the estimate, summary and
// detailed forms, node's option errors, one ExperimentalWarning.
const assert = require('assert');
const vm = require('vm');
const { mustCall } = require('../common');

process.on('warning', mustCall((w) => {
  assert.strictEqual(w.name, 'ExperimentalWarning');
  assert.strictEqual(w.message, 'vm.measureMemory is an experimental feature and might change at any time');
}));

(async () => {
  const summary = await vm.measureMemory({ execution: 'eager' });
  assert.deepStrictEqual(Object.keys(summary), ['total']);
  const { jsMemoryEstimate, jsMemoryRange } = summary.total;
  assert.ok(Number.isInteger(jsMemoryEstimate) && jsMemoryEstimate > 0);
  assert.strictEqual(jsMemoryRange.length, 2);
  assert.ok(jsMemoryRange[0] <= jsMemoryEstimate && jsMemoryEstimate <= jsMemoryRange[1]);
  const detailed = await vm.measureMemory({ mode: 'detailed', execution: 'eager' });
  assert.deepStrictEqual(Object.keys(detailed), ['total', 'current', 'other']);
  assert.deepStrictEqual(detailed.other, []);
  assert.deepStrictEqual(Object.keys(detailed.current), ['jsMemoryEstimate', 'jsMemoryRange']);
})().then(mustCall());

assert.throws(() => vm.measureMemory({ mode: 'x' }), { code: 'ERR_INVALID_ARG_VALUE',
  message: "The property 'options.mode' must be one of: 'summary', 'detailed'. Received 'x'" });
assert.throws(() => vm.measureMemory({ execution: 'x' }), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => vm.measureMemory(5), { code: 'ERR_INVALID_ARG_TYPE' });
