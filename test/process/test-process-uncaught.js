'use strict';
// Uncaught exceptions and unhandled rejections, in child processes.
const assert = require('assert');
const { run } = require('../common');

const raw = 'const log = (...a) => process._rawDebug(...a);';

// Handlers see the error and its origin; the monitor runs first.
let r = run(['-e', `${raw} process.on("uncaughtException", (e, o) => log("caught", e.message, o));
process.on("uncaughtExceptionMonitor", (e, o) => log("mon", e.message, o));
setTimeout(() => { throw new Error("late") }); Promise.reject(new Error("rej"))`]);
assert.strictEqual(r.status, 0);
assert.strictEqual(r.stderr, 'mon rej unhandledRejection\ncaught rej unhandledRejection\n' +
  'mon late uncaughtException\ncaught late uncaughtException\n');

// No handler: 'exit' is emitted with code 1, then the error is printed with
// its source line; exit code 1.
r = run(['-e', `${raw} process.on("exit", c => log("exit", c));\nfunction foo() {\n  throw new Error("boom");\n}\nfoo();`]);
assert.strictEqual(r.status, 1);
assert.match(r.stderr, /^exit 1\n\[eval\]:3\n {2}throw new Error\("boom"\);\n {2}\^\n\nError: boom\n {4}at foo \(\[eval\]:3:/);
assert.match(r.stderr, /\n\nNode\.js v20\.\d+\.\d+\n$/);

// Errors thrown by a handler: exit code 7.
r = run(['-e', 'process.on("uncaughtException", () => { throw new Error("again") }); throw 1']);
assert.strictEqual(r.status, 7);
assert.match(r.stderr, /Error: again/);

// Non-error values.
r = run(['-e', 'setTimeout(() => { throw 5 })']);
assert.strictEqual(r.status, 1);
assert.match(r.stderr, /5/);

// Default mode (throw): an unhandled rejection is fatal.
r = run(['-e', 'Promise.reject(new Error("r"))']);
assert.strictEqual(r.status, 1);
assert.match(r.stderr, /Error: r\n/);
r = run(['-e', 'Promise.reject(5)']);
assert.strictEqual(r.status, 1);
assert.match(r.stderr, /UnhandledPromiseRejection: This error originated either by throwing inside of an async function without a catch block, or by rejecting a promise which was not handled with \.catch\(\)\. The promise rejected with the reason "5"\./);
assert.match(r.stderr, /code: 'ERR_UNHANDLED_REJECTION'/);

// A rejection handled in the same turn is not reported.
r = run(['-e', 'const p = Promise.reject(new Error("x")); Promise.resolve().then(() => p.catch(() => {}))']);
assert.strictEqual(r.status, 0);
assert.strictEqual(r.stderr, '');

// Modes.
r = run(['--unhandled-rejections=warn', '-e', `${raw} Promise.reject(new Error("w")); setTimeout(() => log("still alive"), 5)`]);
assert.strictEqual(r.status, 0);
assert.match(r.stderr, /UnhandledPromiseRejectionWarning: Error: w\n/);
assert.match(r.stderr, /\(rejection id: 1\)\n/);
assert.match(r.stderr, /still alive\n$/);
r = run(['--unhandled-rejections=none', '-e', 'Promise.reject(new Error("w"))']);
assert.strictEqual(r.status, 0);
assert.strictEqual(r.stderr, '');
r = run(['--unhandled-rejections=warn-with-error-code', '-e', 'Promise.reject(new Error("w"))']);
assert.strictEqual(r.status, 1);
r = run(['--unhandled-rejections=strict', '-e', `${raw} process.on("unhandledRejection", () => log("never"));
process.on("uncaughtException", (e, o) => log("ue", e.message, o)); Promise.reject(new Error("s"))`]);
assert.strictEqual(r.status, 0);
assert.match(r.stderr, /^ue s unhandledRejection\n/);

// 'unhandledRejection' handlers suppress the default, and 'rejectionHandled'
// follows a late handler.
r = run(['-e', `${raw} process.on("unhandledRejection", (r, p) => log("ur", r, p instanceof Promise));
process.on("rejectionHandled", (p) => log("rh", p instanceof Promise));
const p = Promise.reject(3); setTimeout(() => p.catch(() => {}), 5)`]);
assert.strictEqual(r.status, 0);
assert.strictEqual(r.stderr, 'ur 3 true\nrh true\n');
