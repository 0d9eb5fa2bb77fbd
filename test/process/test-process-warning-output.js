'use strict';
// How warnings are printed to stderr, and --no-warnings, --no-deprecation,
// --throw-deprecation, --trace-warnings, --trace-deprecation. Each case runs
// in a child process.
const assert = require('assert');
const path = require('path');
const { run } = require('../common');

// The hint names the program as it was started (its argv0): run() starts
// process.execPath, so that is `node` under node and `lode` under lode.
const prog = path.basename(process.execPath);
const hint = (flag) => `(Use \`${prog} ${flag} ...\` to show where the warning was created)\n`;

function check(args, expected, status = 0) {
  const r = run(args);
  assert.strictEqual(r.status, status, `${args.join(' ')}\n${r.stderr}`);
  const tag = `(node:${r.pid}) `;
  assert.strictEqual(r.stderr, typeof expected === 'function' ? expected(tag) : expected.replaceAll('TAG ', tag),
    args.join(' '));
  return r;
}

// Plain warnings: "(node:PID) [CODE] Name: message", the hint once only.
check(['-e', `
process.emitWarning('first');
process.emitWarning('second', 'CustomWarning', 'CODE1');
process.emitWarning(new RangeError('an error'));
process.emitWarning('with detail', { type: 'T', code: 'C2', detail: 'line 1\\nline 2' });
process.emitWarning('multi\\nline message');
`], `TAG Warning: first
${hint('--trace-warnings')}TAG [CODE1] CustomWarning: second
TAG RangeError: an error
TAG [C2] T: with detail
line 1
line 2
TAG Warning: multi
line message
`);

// The first warning printed decides which flag the hint names.
check(['-e', `
process.emitWarning('old', 'DeprecationWarning', 'DEP0999');
process.emitWarning('other');
`], `TAG [DEP0999] DeprecationWarning: old
${hint('--trace-deprecation')}TAG Warning: other
`);

// The printer is a listener added at start-up, so it runs before the user's,
// prints what is emitted directly, and ignores non-Error values.
check(['-e', `
process._rawDebug(process.listenerCount('warning'));
process.on('warning', (w) => process._rawDebug('user listener', String(w.message)));
process.emitWarning('via emitWarning');
process.emit('warning', new Error('via emit'));
process.emit('warning', 'a string');
process.emit('warning', { name: 'Warning', message: 'an object' });
`], (tag) => `1
${tag}Error: via emit
${hint('--trace-warnings')}user listener via emit
user listener undefined
user listener an object
${tag}Warning: via emitWarning
user listener via emitWarning
`);
// Without the printer, nothing is written.
check(['-e', 'process.removeAllListeners("warning"); process.emitWarning("unseen")'], '');

// The printer writes through process.stderr.write.
check(['-e', `
const write = process.stderr.write;
process.stderr.write = function(s) { return write.call(this, 'PATCHED ' + s); };
process.emitWarning('x');
`], `PATCHED TAG Warning: x\n${hint('--trace-warnings')}`);

// A custom toString() is used for the text.
check(['-e', `
const e = new Error('m');
e.toString = () => 'custom text';
process.emitWarning(e);
`], `TAG custom text\n${hint('--trace-warnings')}`);

// --no-warnings: nothing printed, the event is still emitted.
check(['--no-warnings', '-e', `
process._rawDebug(process.listenerCount('warning'));
process.on('warning', (w) => process._rawDebug('event', w.name, w.message));
process.emitWarning('quiet');
process.emitWarning('quiet dep', 'DeprecationWarning');
`], '0\nevent Warning quiet\nevent DeprecationWarning quiet dep\n');

// --no-deprecation: deprecations are neither printed nor emitted.
check(['--no-deprecation', '-e', `
process._rawDebug(process.noDeprecation);
process.on('warning', (w) => process._rawDebug('event', w.message));
process.emitWarning('dep', 'DeprecationWarning', 'DEP1');
process.emitWarning('not dep');
`], `true\nTAG Warning: not dep\n${hint('--trace-warnings')}event not dep\n`);

// --throw-deprecation: the warning is thrown from the next tick (the caller
// cannot catch it), as an uncaught exception; no 'warning' event.
check(['--throw-deprecation', '-e', `
process.on('warning', (w) => process._rawDebug('event', w.message));
process.on('uncaughtException', (e) => process._rawDebug('uncaught', e.name, e.message, e.code));
try {
  process.emitWarning('thrown', 'DeprecationWarning', 'DEP2');
  process._rawDebug('not thrown synchronously', process.throwDeprecation);
} catch {
  process._rawDebug('caught synchronously');
}
process.emitWarning('normal');
`], `not thrown synchronously true
uncaught DeprecationWarning thrown DEP2
TAG Warning: normal
${hint('--trace-warnings')}event normal
`);
{
  const r = run(['--throw-deprecation', '-e', 'process.emitWarning("fatal", "DeprecationWarning")']);
  assert.strictEqual(r.status, 1);
  assert.match(r.stderr, /^DeprecationWarning: fatal\n {4}at /m);
}
// --no-deprecation wins over --throw-deprecation.
check(['--throw-deprecation', '--no-deprecation', '-e', 'process.emitWarning("x", "DeprecationWarning")'], '');

// --trace-warnings: the stack instead of the hint; detail after the stack.
{
  const r = run(['--trace-warnings', '-e', `
process._rawDebug(process.traceProcessWarnings);
function userFunction() {
  process.emitWarning('traced', { code: 'TW1', detail: 'the detail' });
}
userFunction();
process.emitWarning('traced dep', 'DeprecationWarning');
`]);
  assert.strictEqual(r.status, 0);
  const tag = `(node:${r.pid}) `;
  const lines = r.stderr.split('\n');
  assert.strictEqual(lines[0], 'true');
  assert.strictEqual(lines[1], `${tag}[TW1] Warning: traced`);
  assert.match(lines[2], /^ {4}at userFunction \(/);
  const detailAt = lines.indexOf('the detail');
  assert.ok(detailAt > 2, r.stderr);
  for (let i = 2; i < detailAt; i++) assert.match(lines[i], /^ {4}at /);
  assert.strictEqual(lines[detailAt + 1], `${tag}DeprecationWarning: traced dep`);
  assert.match(lines[detailAt + 2], /^ {4}at /);
  assert.doesNotMatch(r.stderr, /\(Use `/);
}
// Setting process.traceProcessWarnings at run time has the same effect.
{
  const r = run(['-e', 'process.traceProcessWarnings = true; process.emitWarning("late trace")']);
  assert.match(r.stderr, /^\(node:\d+\) Warning: late trace\n {4}at /);
  assert.doesNotMatch(r.stderr, /\(Use `/);
}

// --trace-deprecation: only deprecations get a stack.
{
  const r = run(['--trace-deprecation', '-e', `
process.emitWarning('dep', 'DeprecationWarning');
process.emitWarning('plain');
`]);
  assert.strictEqual(r.status, 0);
  const tag = `(node:${r.pid}) `;
  const lines = r.stderr.split('\n');
  assert.strictEqual(lines[0], `${tag}DeprecationWarning: dep`);
  assert.match(lines[1], /^ {4}at /);
  assert.ok(r.stderr.endsWith(`\n${tag}Warning: plain\n${hint('--trace-warnings')}`), r.stderr);
}
