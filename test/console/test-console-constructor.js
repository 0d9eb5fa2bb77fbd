'use strict';
// new Console(...): argument forms, validation, colours, indentation and
// error handling; the global console's shape.
const assert = require('assert');

const { Console } = console;
assert.strictEqual(typeof Console, 'function');
assert.ok(console instanceof Console);
assert.strictEqual(Object.prototype.toString.call(console), '[object console]');
for (const name of ['log', 'warn', 'error', 'info', 'debug', 'dir', 'dirxml', 'table', 'time', 'timeEnd',
  'timeLog', 'trace', 'assert', 'clear', 'count', 'countReset', 'group', 'groupCollapsed', 'groupEnd']) {
  assert.strictEqual(typeof console[name], 'function', name);
}

let out = '';
let err = '';
const stdout = { write(s) { out += s; return true; } };
const stderr = { write(s) { err += s; return true; } };

// Positional form; called without new.
const p = Console(stdout, stderr, false);
assert.ok(p instanceof Console);
p.log('o');
p.error('e');
assert.strictEqual(out, 'o\n');
assert.strictEqual(err, 'e\n');
out = err = '';
// stderr defaults to stdout.
new Console({ stdout, ignoreErrors: false }).error('to stdout');
new Console(stdout, undefined, false).warn('w');
assert.strictEqual(out, 'to stdout\nw\n');
out = '';

// Bad streams and options.
for (const bad of [undefined, {}, { stdout: {} }, { stdout: 5 }]) {
  assert.throws(() => new Console(bad), {
    name: 'TypeError',
    code: 'ERR_CONSOLE_WRITABLE_STREAM',
    message: 'Console expects a writable stream instance for stdout',
  });
}
assert.throws(() => new Console({ stdout, stderr: {} }), {
  code: 'ERR_CONSOLE_WRITABLE_STREAM',
  message: 'Console expects a writable stream instance for stderr',
});
assert.throws(() => new Console({ stdout, colorMode: 'x' }), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'colorMode' must be one of: 'auto', true, false. Received 'x'",
});
assert.throws(() => new Console({ stdout, inspectOptions: 5 }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.inspectOptions" property must be of type object. Received type number (5)',
});
assert.throws(() => new Console({ stdout, colorMode: true, inspectOptions: { colors: false } }), {
  name: 'TypeError',
  code: 'ERR_INCOMPATIBLE_OPTION_PAIR',
  message: 'Option "options.inspectOptions.color" cannot be used in combination with option "colorMode"',
});
assert.throws(() => new Console({ stdout, groupIndentation: 'x' }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "groupIndentation" argument must be of type number. Received type string (\'x\')',
});
for (const n of [-1, 1001]) {
  assert.throws(() => new Console({ stdout, groupIndentation: n }), {
    name: 'RangeError',
    code: 'ERR_OUT_OF_RANGE',
    message: `The value of "groupIndentation" is out of range. It must be >= 0 && <= 1000. Received ${n}`,
  });
}

// Colours: 'auto' follows isTTY and getColorDepth(); true/false force.
function logWith(stream, options) {
  let s = '';
  stream.write = (x) => { s += x; return true; };
  new Console({ stdout: stream, ignoreErrors: false, ...options }).log({ a: 1 }, 'str', 5);
  return s;
}
const plain = "{ a: 1 } str 5\n";
const colored = '{ a: \u001b[33m1\u001b[39m } str \u001b[33m5\u001b[39m\n';
assert.strictEqual(logWith({}), plain);
assert.strictEqual(logWith({ isTTY: true }), colored);
assert.strictEqual(logWith({ isTTY: true, getColorDepth: () => 1 }), plain);
assert.strictEqual(logWith({ isTTY: true, getColorDepth: () => 8 }), colored);
assert.strictEqual(logWith({ isTTY: true, getColorDepth: () => 8 }, { colorMode: false }), plain);
assert.strictEqual(logWith({}, { colorMode: true }), colored);
assert.strictEqual(logWith({}, { inspectOptions: { colors: true } }), colored);

// inspectOptions and groupIndentation.
const io = new Console({ stdout, ignoreErrors: false, inspectOptions: { depth: 0, breakLength: 5 } });
io.log({ a: { b: 1 } }, [1]);
assert.strictEqual(out, '{\n  a: [Object]\n} [\n  1\n]\n');
out = '';
const gi = new Console({ stdout, ignoreErrors: false, groupIndentation: 4 });
gi.group('x');
gi.log('y');
gi.group();
gi.log('z');
gi.groupEnd();
gi.groupEnd();
gi.log('w');
assert.strictEqual(out, 'x\n    y\n        z\nw\n');
out = '';

// ignoreErrors (the default) swallows errors thrown by write().
const throwing = { write() { throw new Error('boom'); }, once() {}, removeListener() {}, listenerCount() { return 0; } };
new Console({ stdout: throwing }).log('x');
assert.throws(() => new Console({ stdout: throwing, ignoreErrors: false }).log('x'), { message: 'boom' });
