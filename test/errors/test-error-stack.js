'use strict';
// V8-format stacks, Error.stackTraceLimit, captureStackTrace and
// prepareStackTrace with CallSite objects.
const assert = require('assert');

function foo() { return new Error('boom'); }
function bar() { return foo(); }
const err = bar();
const lines = err.stack.split('\n');
assert.strictEqual(lines[0], 'Error: boom');
assert.match(lines[1], /^ {4}at foo \(.*test-error-stack\.js:6:\d+\)$/);
assert.match(lines[2], /^ {4}at bar \(.*test-error-stack\.js:7:\d+\)$/);

// Subclasses and other constructors keep their names and instanceof.
class MyError extends TypeError {}
const my = new MyError('sub');
assert.ok(my instanceof MyError && my instanceof TypeError && my instanceof Error);
assert.match(my.stack, /^TypeError: sub\n {4}at /);
const re = new RangeError('r');
assert.strictEqual(re.constructor, RangeError);
assert.ok(re instanceof RangeError);
assert.strictEqual(Object.prototype.toString.call(re), '[object Error]');
assert.strictEqual(Error('no new').message, 'no new');
assert.ok(Error('no new') instanceof Error);
// Engine-made errors are instances of the global constructors too.
try { null.x; } catch (e) { assert.ok(e instanceof TypeError); assert.strictEqual(e.constructor, TypeError); }
const errNoMsg = new Error();
assert.match(errNoMsg.stack, /^Error\n {4}at /);
const withCause = new Error('c', { cause: 'why' });
assert.strictEqual(withCause.cause, 'why');

// The stack is writable.
const w = new Error('w');
w.stack = 'custom';
assert.strictEqual(w.stack, 'custom');

// Node-style errors have a code in the header.
assert.throws(() => process.nextTick(5), (e) => {
  assert.match(e.stack, /^TypeError \[ERR_INVALID_ARG_TYPE\]: The "callback" argument must be of type function\. Received type number \(5\)\n {4}at /);
  return true;
});

// Error.stackTraceLimit.
assert.strictEqual(Error.stackTraceLimit, 10);
function deep(n) { return n === 0 ? new Error('deep') : deep(n - 1); }
assert.strictEqual(deep(30).stack.split('\n').length, 11);
Error.stackTraceLimit = 3;
assert.strictEqual(deep(30).stack.split('\n').length, 4);
Error.stackTraceLimit = 0;
assert.strictEqual(deep(30).stack, 'Error: deep');
Error.stackTraceLimit = 10;

// Error.captureStackTrace on any object, and with a function to hide.
const o = { message: 'msg', name: 'Custom' };
Error.captureStackTrace(o);
assert.match(o.stack, /^Custom: msg\n {4}at /);
function hidden() { const t = {}; Error.captureStackTrace(t, hidden); return t.stack; }
function caller() { return hidden(); }
assert.doesNotMatch(caller(), /at hidden/);
assert.match(caller(), /at caller/);
assert.throws(() => Error.captureStackTrace(1), { name: 'TypeError', message: 'invalid_argument' });

// Error.prepareStackTrace receives CallSite objects.
Error.prepareStackTrace = (e, callSites) => callSites;
function site() { return new Error('cs').stack; }
const sites = site();
Error.prepareStackTrace = undefined;
assert.ok(Array.isArray(sites));
assert.strictEqual(sites[0].getFunctionName(), 'site');
assert.strictEqual(sites[0].getFileName(), __filename);
assert.strictEqual(sites[0].getLineNumber(), 65);
assert.strictEqual(typeof sites[0].getColumnNumber(), 'number');
assert.strictEqual(sites[0].isNative(), false);
assert.strictEqual(typeof sites[0].getTypeName(), 'object');
assert.match(String(sites[0]), /^site \(.*test-error-stack\.js:65:\d+\)$/);

// The limit holds when set from hot (JIT-compiled) code too.
function setLimit(v) { Error.stackTraceLimit = v; }
let wrong = 0;
for (let i = 0; i < 100000; i++) {
  setLimit(i % 2 === 0 ? 0 : 5);
  if (i % 5000 === 4999 && deep(30).stack.split('\n').length !== 6) wrong++;
}
Error.stackTraceLimit = 10;
assert.strictEqual(wrong, 0);
