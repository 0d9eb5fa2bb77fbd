'use strict';
// Console methods write one formatted string (ending in '\n') per call to
// the right stream.
const assert = require('assert');

const { Console } = console;
const writes = [];
const stdout = { write(s) { writes.push(['out', s]); return true; } };
const stderr = { write(s) { writes.push(['err', s]); return true; } };
const c = new Console({ stdout, stderr, ignoreErrors: false });
function take() {
  const copy = writes.slice();
  writes.length = 0;
  return copy;
}

c.log('a %s b %d', 'x', 5, { y: 1 });
assert.deepStrictEqual(take(), [['out', 'a x b 5 { y: 1 }\n']]);
c.info('info');
c.debug('debug');
c.dirxml({ a: 1 }, 2);
c.warn('warn');
c.error('error', [1, 'two']);
assert.deepStrictEqual(take(), [
  ['out', 'info\n'], ['out', 'debug\n'], ['out', '{ a: 1 } 2\n'],
  ['err', 'warn\n'], ['err', "error [ 1, 'two' ]\n"],
]);

// Format specifiers and odd arguments.
c.log();
c.log('');
c.log(undefined);
c.log('%o', { a: [1] });
c.log('%c styled', 'color: red');
c.log('%%', 1);
c.log('%i %f %j', '42.5x', '1.5', { j: 1 });
c.log(Symbol('s'), 1n, null, -0, [1, [2, [3, [4]]]]);
c.log('multi\nline');
assert.deepStrictEqual(take().map(([, s]) => s), [
  '\n', '\n', 'undefined\n', '{ a: [ 1, [length]: 1 ] }\n', ' styled\n', '% 1\n',
  '42 1.5 {"j":1}\n', 'Symbol(s) 1n null -0 [ 1, [ 2, [ 3, [Array] ] ] ]\n', 'multi\nline\n',
]);

// dir(): inspect with options, custom inspection off.
c.dir({ a: { b: { c: { d: 1 } } } }, { depth: 0 });
c.dir('str');
c.dir({ [Symbol.for('nodejs.util.inspect.custom')]() { return 'custom'; } });
assert.deepStrictEqual(take(), [['out', '{ a: [Object] }\n'], ['out', "'str'\n"],
  ['out', '{\n  [Symbol(nodejs.util.inspect.custom)]: [Function: [nodejs.util.inspect.custom]]\n}\n']]);

// count() / countReset()
c.count();
c.count();
c.count('x');
c.count({ toString() { return 'obj'; } });
c.countReset();
c.count();
assert.deepStrictEqual(take().map(([, s]) => s), ['default: 1\n', 'default: 2\n', 'x: 1\n', 'obj: 1\n', 'default: 1\n']);

// group() / groupCollapsed() / groupEnd(): two spaces per level, on every line.
c.group('G1');
c.log('in1');
c.group();
c.log('in2\nline2');
c.groupEnd();
c.groupCollapsed('GC');
c.error('e');
c.groupEnd();
c.groupEnd();
c.groupEnd();
c.log('out');
assert.deepStrictEqual(take(), [
  ['out', 'G1\n'], ['out', '  in1\n'], ['out', '    in2\n    line2\n'], ['out', '  GC\n'],
  ['err', '    e\n'], ['out', 'out\n'],
]);

// assert()
c.assert(true, 'not printed');
c.assert(1);
c.assert(false, 'yes %s', 'fmt');
c.assert(false);
c.assert(false, { o: 1 });
c.assert(0, 'a', 'b');
c.assert(null, 5);
assert.deepStrictEqual(take(), [
  ['err', 'Assertion failed: yes fmt\n'], ['err', 'Assertion failed\n'],
  ['err', 'Assertion failed: [object Object]\n'], ['err', 'Assertion failed: a b\n'],
  ['err', 'Assertion failed: 5\n'],
]);

// trace(): 'Trace: message' then the stack, to stderr, one write.
(function callerOfTrace() {
  c.trace('here %d', 1);
})();
let w = take();
assert.strictEqual(w.length, 1);
assert.strictEqual(w[0][0], 'err');
const lines = w[0][1].split('\n');
assert.strictEqual(lines[0], 'Trace: here 1');
assert.match(lines[1], /^ {4}at /);
assert.match(w[0][1], /callerOfTrace/);
assert.ok(w[0][1].endsWith('\n'));
c.trace();
w = take();
assert.strictEqual(w[0][1].split('\n')[0], 'Trace');

// Methods are bound own properties.
const { log, warn } = c;
log('unbound');
warn('unbound warn');
assert.deepStrictEqual(take(), [['out', 'unbound\n'], ['err', 'unbound warn\n']]);
const own = Object.keys(c);
for (const name of ['log', 'warn', 'dir', 'time', 'timeEnd', 'timeLog', 'trace', 'assert', 'clear',
  'count', 'countReset', 'group', 'groupEnd', 'table', 'debug', 'info', 'dirxml', 'error', 'groupCollapsed']) {
  assert.ok(own.includes(name), name);
  assert.strictEqual(c[name].name, name);
}

// clear() does nothing on a stream that is not a terminal.
c.clear();
assert.deepStrictEqual(take(), []);
