'use strict';
// performance: argument errors, unknown marks, illegal constructors.
const assert = require('assert');

assert.throws(() => performance.mark(), {
  name: 'TypeError', code: 'ERR_MISSING_ARGS', message: 'The "name" argument must be specified',
});
assert.throws(() => performance.measure(), {
  name: 'TypeError', code: 'ERR_MISSING_ARGS', message: 'The "name" argument must be specified',
});
assert.throws(() => performance.getEntriesByName(), { code: 'ERR_MISSING_ARGS' });
assert.throws(() => performance.getEntriesByType(), {
  code: 'ERR_MISSING_ARGS', message: 'The "type" argument must be specified',
});
assert.throws(() => performance.mark('x', 5), {
  name: 'TypeError',
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options" argument must be of type object. Received type number (5)',
});
assert.throws(() => performance.mark('x', { startTime: 'x' }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "startTime" argument must be of type number. Received type string (\'x\')',
});
assert.throws(() => performance.mark('x', { startTime: -1 }), {
  name: 'TypeError', code: 'ERR_PERFORMANCE_INVALID_TIMESTAMP', message: '-1 is not a valid timestamp',
});
assert.throws(() => performance.measure('x', { start: -1.5 }), {
  code: 'ERR_PERFORMANCE_INVALID_TIMESTAMP', message: '-1.5 is not a valid timestamp',
});
assert.throws(() => performance.measure('x', { start: 1, end: 4, duration: 3 }), {
  name: 'TypeError',
  code: 'ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS',
  message: 'Must not have options.start, options.end, and options.duration specified',
});
assert.throws(() => performance.measure('x', { start: 1 }, 'b'), {
  code: 'ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS', message: 'endMark must not be specified',
});
assert.throws(() => performance.measure('x', 'nope'), (err) => {
  assert.ok(err instanceof DOMException);
  assert.strictEqual(err.name, 'SyntaxError');
  assert.strictEqual(err.code, 12);
  assert.strictEqual(err.message, 'The "nope" performance mark has not been set');
  return true;
});
performance.mark('known');
assert.throws(() => performance.measure('x', 'known', 'nope2'), {
  name: 'SyntaxError', message: 'The "nope2" performance mark has not been set',
});
assert.throws(() => performance.measure('x', { start: 'zz' }), { name: 'SyntaxError' });
assert.throws(() => performance.mark('d', { detail: () => 1 }), { name: 'DataCloneError' });

// Methods need a Performance receiver.
const { now, mark } = performance;
assert.throws(() => now(), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "this" argument must be an instance of Performance. Received undefined',
});
assert.throws(() => mark('q'), { code: 'ERR_INVALID_ARG_TYPE' });

assert.throws(() => new PerformanceEntry(), {
  name: 'TypeError', code: 'ERR_ILLEGAL_CONSTRUCTOR', message: 'Illegal constructor',
});
assert.throws(() => new PerformanceMeasure(), { code: 'ERR_ILLEGAL_CONSTRUCTOR' });
assert.throws(() => new PerformanceMark(), { code: 'ERR_MISSING_ARGS' });
assert.throws(() => new performance.constructor(), { code: 'ERR_ILLEGAL_CONSTRUCTOR' });
