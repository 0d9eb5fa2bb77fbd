'use strict';
// process.emitWarning: argument forms, the 'warning' event and bad
// arguments. What gets printed is in test-process-warning-output.js.
const assert = require('assert');
const { mustCall } = require('../common');

// The default printer is a 'warning' listener installed at start-up.
assert.strictEqual(process.listenerCount('warning'), 1);
// Keep this test's stderr clean.
process.removeAllListeners('warning');

const events = [];
process.on('warning', (w) => events.push(w));

function lastStackLine(err) {
  return err.stack.split('\n').find((l) => l.startsWith('    at ')) || '';
}

// The event is emitted on a later tick, not synchronously.
process.emitWarning('plain');
assert.strictEqual(events.length, 0);

process.emitWarning('typed', 'CustomWarning');
process.emitWarning('typed and coded', 'CustomWarning', 'CODE1');
process.emitWarning('no type, coded', undefined, 'CODE2');
process.emitWarning('empty type', '');
process.emitWarning('empty code', 'T', '');
process.emitWarning('options', { type: 'OptType', code: 'OPT1', detail: 'some detail' });
process.emitWarning('empty options', {});
process.emitWarning('non-string detail', { detail: 5 });
process.emitWarning('empty option type', { type: '' });
process.emitWarning('non-function ctor', 'T', 'C', 5);
const err = new Error('an error');
process.emitWarning(err, 'IgnoredType', 'IGNORED');
const named = new TypeError('named');
named.name = 'MyWarning';
named.code = 'X1';
process.emitWarning(named);

// ctor: stack frames above (and including) ctor are left out.
function myCtor() { process.emitWarning('with ctor', 'W', myCtor); }
function callsCtor() { myCtor(); }
callsCtor();
function ctorAsType() { process.emitWarning('ctor as type', ctorAsType); }
ctorAsType();
function ctorInOptions() { process.emitWarning('ctor in options', { ctor: ctorInOptions }); }
ctorInOptions();

process.nextTick(mustCall(() => {
  const summary = events.map((w) => ({ name: w.name, message: w.message, code: w.code, detail: w.detail,
    keys: Object.keys(w) }));
  assert.deepStrictEqual(summary, [
    { name: 'Warning', message: 'plain', code: undefined, detail: undefined, keys: ['name'] },
    { name: 'CustomWarning', message: 'typed', code: undefined, detail: undefined, keys: ['name'] },
    { name: 'CustomWarning', message: 'typed and coded', code: 'CODE1', detail: undefined, keys: ['name', 'code'] },
    { name: 'Warning', message: 'no type, coded', code: 'CODE2', detail: undefined, keys: ['name', 'code'] },
    { name: 'Warning', message: 'empty type', code: undefined, detail: undefined, keys: ['name'] },
    { name: 'T', message: 'empty code', code: '', detail: undefined, keys: ['name', 'code'] },
    { name: 'OptType', message: 'options', code: 'OPT1', detail: 'some detail', keys: ['name', 'code', 'detail'] },
    { name: 'Warning', message: 'empty options', code: undefined, detail: undefined, keys: ['name'] },
    { name: 'Warning', message: 'non-string detail', code: undefined, detail: undefined, keys: ['name'] },
    { name: 'Warning', message: 'empty option type', code: undefined, detail: undefined, keys: ['name'] },
    { name: 'T', message: 'non-function ctor', code: 'C', detail: undefined, keys: ['name', 'code'] },
    // An Error is emitted as is: type and code are ignored.
    { name: 'Error', message: 'an error', code: undefined, detail: undefined, keys: [] },
    { name: 'MyWarning', message: 'named', code: 'X1', detail: undefined, keys: ['name', 'code'] },
    { name: 'W', message: 'with ctor', code: undefined, detail: undefined, keys: ['name'] },
    { name: 'Warning', message: 'ctor as type', code: undefined, detail: undefined, keys: ['name'] },
    { name: 'Warning', message: 'ctor in options', code: undefined, detail: undefined, keys: ['name'] },
  ]);
  for (const w of events) assert.ok(w instanceof Error);
  assert.strictEqual(events[11], err);
  assert.strictEqual(events[12], named);
  // The stack of a created warning starts at the caller of emitWarning…
  assert.match(events[0].stack, /^Warning: plain\n {4}at /);
  assert.match(lastStackLine(events[0]), /test-process-warning\.js:\d+:\d+/);
  // …or at the caller of ctor.
  assert.match(events[13].stack, /^W: with ctor\n {4}at /);
  assert.match(lastStackLine(events[13]), /callsCtor/);
  assert.doesNotMatch(events[13].stack, /myCtor/);
  assert.doesNotMatch(events[14].stack, /at ctorAsType/);
  assert.doesNotMatch(events[15].stack, /at ctorInOptions/);
}));

// Ordering: the event comes after the current tick's own callbacks that were
// queued earlier, and before promise reactions of the same turn.
{
  const order = [];
  const onWarning = (w) => { if (w.message === 'ordered') order.push('warning'); };
  setImmediate(mustCall(() => {
    process.on('warning', onWarning);
    process.nextTick(() => order.push('tick before'));
    process.emitWarning('ordered');
    process.nextTick(() => order.push('tick after'));
    Promise.resolve().then(() => order.push('promise'));
    order.push('sync');
    setImmediate(mustCall(() => {
      process.removeListener('warning', onWarning);
      assert.deepStrictEqual(order, ['sync', 'tick before', 'warning', 'tick after', 'promise']);
    }));
  }));
}

// Bad arguments.
const warningType = (received) => ({
  name: 'TypeError',
  code: 'ERR_INVALID_ARG_TYPE',
  message: `The "warning" argument must be of type string or an instance of Error. Received ${received}`,
});
assert.throws(() => process.emitWarning(), warningType('undefined'));
assert.throws(() => process.emitWarning(5), warningType('type number (5)'));
assert.throws(() => process.emitWarning(null), warningType('null'));
assert.throws(() => process.emitWarning({ message: 'x' }), warningType('an instance of Object'));
assert.throws(() => process.emitWarning(Symbol('s')), warningType('type symbol (Symbol(s))'));

const typeType = (received) => ({
  name: 'TypeError',
  code: 'ERR_INVALID_ARG_TYPE',
  message: `The "type" argument must be of type string. Received ${received}`,
});
assert.throws(() => process.emitWarning('x', 5), typeType('type number (5)'));
assert.throws(() => process.emitWarning('x', null), typeType('null'));
assert.throws(() => process.emitWarning('x', []), typeType('an instance of Array'));
assert.throws(() => process.emitWarning('x', { type: 5 }), typeType('type number (5)'));
assert.throws(() => process.emitWarning('x', { type: true }), typeType('type boolean (true)'));
// type is checked before warning.
assert.throws(() => process.emitWarning(5, 5), typeType('type number (5)'));

const codeType = (received) => ({
  name: 'TypeError',
  code: 'ERR_INVALID_ARG_TYPE',
  message: `The "code" argument must be of type string. Received ${received}`,
});
assert.throws(() => process.emitWarning('x', 'T', 5), codeType('type number (5)'));
assert.throws(() => process.emitWarning('x', 'T', null), codeType('null'));
assert.throws(() => process.emitWarning('x', { code: 5 }), codeType('type number (5)'));
assert.throws(() => process.emitWarning(5, { code: {} }), codeType('an instance of Object'));

// process.noDeprecation set at run time silences deprecations entirely
// (no event), and a string type of 'DeprecationWarning' returns before the
// other arguments are even checked.
setImmediate(mustCall(() => {
  const before = events.length;
  process.noDeprecation = true;
  process.emitWarning('dep', 'DeprecationWarning');
  process.emitWarning('dep', { type: 'DeprecationWarning' });
  const depErr = new Error('dep error');
  depErr.name = 'DeprecationWarning';
  process.emitWarning(depErr);
  process.emitWarning(5, 'DeprecationWarning', 5);
  // Through options, the arguments are still checked.
  assert.throws(() => process.emitWarning(5, { type: 'DeprecationWarning' }), warningType('type number (5)'));
  // Even an Error is dropped when the type argument says 'DeprecationWarning'.
  process.emitWarning(new Error('not a deprecation'), 'DeprecationWarning');
  // Otherwise other warnings still go through.
  process.emitWarning('other');
  process.noDeprecation = false;
  setImmediate(mustCall(() => {
    assert.deepStrictEqual(events.slice(before).map((w) => w.message), ['other']);
  }));
}));
