'use strict';
// The AssertionError class: constructor, properties, stack and inspection.

const assert = require('assert');
const util = require('util');
const { AssertionError } = assert;

function same(a, b, what) {
  if (!Object.is(a, b)) throw new Error(`${what}: expected ${JSON.stringify(b)}, got ${JSON.stringify(a)}`);
}

// Construction.
assert.throws(() => new AssertionError(), {
  name: 'TypeError',
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options" argument must be of type object. Received undefined',
});
assert.throws(() => new AssertionError('x'), { code: 'ERR_INVALID_ARG_TYPE' });
same(AssertionError.name, 'AssertionError', 'class name');
same(AssertionError.length, 1, 'class length');
same(Object.getPrototypeOf(AssertionError), Error, 'extends Error');

const e = new AssertionError({ actual: 1, expected: 2, operator: 'strictEqual' });
same(e.message, 'Expected values to be strictly equal:\n\n1 !== 2\n', 'message');
same(e.name, 'AssertionError', 'name');
same(e.code, 'ERR_ASSERTION', 'code');
same(e.actual, 1, 'actual');
same(e.expected, 2, 'expected');
same(e.operator, 'strictEqual', 'operator');
same(e.generatedMessage, true, 'generatedMessage');
same(Object.keys(e).join(), 'generatedMessage,code,actual,expected,operator', 'own enumerable keys');
const nameDesc = Object.getOwnPropertyDescriptor(e, 'name');
same(nameDesc.enumerable, false, 'name not enumerable');
same(nameDesc.writable, true, 'name writable');
same(e.toString(), 'AssertionError [ERR_ASSERTION]: Expected values to be strictly equal:\n\n1 !== 2\n', 'toString');
same(e instanceof Error, true, 'instanceof Error');
same(typeof e.stack, 'string', 'stack');
same(e.stack.startsWith('AssertionError [ERR_ASSERTION]: Expected values to be strictly equal:'), true,
     'stack header');

same(new AssertionError({}).message, 'undefined undefined undefined', 'empty options');
same(new AssertionError({ actual: 1, expected: 2, operator: 'foo' }).message, '1 foo 2', 'unknown operator');
const custom = new AssertionError({ message: 'custom', actual: 1, expected: 2, operator: 'deepEqual' });
same(custom.message, 'custom', 'custom message');
same(custom.generatedMessage, false, 'custom generatedMessage');
same(new AssertionError({ message: '', actual: 1, expected: 2, operator: 'deepEqual' }).message, '', 'empty message');
same(new AssertionError({ message: 0, actual: 1, expected: 2, operator: 'strictEqual' }).message,
     'Expected values to be strictly equal:\n\n1 !== 2\n', 'falsy message with diff operator');

// The stack of a failed assertion starts at the caller.
function callerFrame() {
  try {
    assert.strictEqual(1, 2);
  } catch (err) {
    return err.stack.split('\n').find((l) => l.startsWith('    at '));
  }
}
const frame = callerFrame();
same(frame.includes('test-assert-error.js'), true, `first frame is the caller: ${frame}`);

// ifError appends the original error's frames.
const inner = new Error('inner');
inner.stack = 'Error: inner\n    at innerFrame (inner.js:1:1)\n    at outerFrame (outer.js:2:2)';
try {
  assert.ifError(inner);
} catch (err) {
  same(err.message, 'ifError got unwanted exception: inner', 'ifError message');
  same(err.actual, inner, 'ifError actual');
  same(err.expected, null, 'ifError expected');
  same(err.stack.endsWith('    at innerFrame (inner.js:1:1)\n    at outerFrame (outer.js:2:2)'), true,
       'ifError stack ends with the original frames');
}

// util.inspect shortens long string values of actual / expected.
const long = new AssertionError({
  actual: 'a\nb\nc\nd\ne\nf\ng\nh\ni\nj\nk\nl',
  expected: 'short',
  operator: 'strictEqual',
});
const shown = util.inspect(long);
same(shown.includes("actual: 'a\\nb\\nc\\nd\\ne\\nf\\ng\\nh\\ni\\nj\\n...'"), true, `inspected actual: ${shown}`);
same(shown.includes("expected: 'short'"), true, 'inspected expected');
same(long.actual, 'a\nb\nc\nd\ne\nf\ng\nh\ni\nj\nk\nl', 'actual restored after inspect');
