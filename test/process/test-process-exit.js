'use strict';
// Exit codes and the 'beforeExit' / 'exit' events, in child processes.
const assert = require('assert');
const { run } = require('../common');

function check(args, { status, stderr = '', stdout }) {
  const r = run(args);
  assert.strictEqual(r.status, status, `${args.join(' ')}\n${r.stderr}`);
  if (stderr !== undefined) assert.strictEqual(r.stderr, stderr, args.join(' '));
  if (stdout !== undefined) assert.strictEqual(r.stdout, stdout, args.join(' '));
}
const raw = 'const log = (...a) => process._rawDebug(...a);';

check(['-e', `${raw} process.on("exit", c => log("exit", c)); process.exitCode = 3`],
  { status: 3, stderr: 'exit 3\n' });
check(['-e', `${raw} process.on("exit", c => { log("exit", c); process.exitCode = 9 }); process.exit(2)`],
  { status: 9, stderr: 'exit 2\n' });
check(['-e', `${raw} let n = 0; process.on("beforeExit", c => { log("be", c); if (n++ < 2) setTimeout(() => {}, 1) }); process.exitCode = 4`],
  { status: 4, stderr: 'be 4\nbe 4\nbe 4\n' });
// Work scheduled in 'exit' never runs.
check(['-e', `${raw} process.on("exit", () => { setTimeout(() => log("never"), 0); log("exiting") })`],
  { status: 0, stderr: 'exiting\n' });
// process.exit() in the middle of the script stops it.
check(['-e', `${raw} log("a"); process.exit(); log("b")`], { status: 0, stderr: 'a\n' });
check(['-e', 'process.exit(300)'], { status: 300 & 0xff, stderr: '' });
// beforeExit is not emitted on explicit exit.
check(['-e', `${raw} process.on("beforeExit", () => log("be")); process.exit(0)`], { status: 0, stderr: '' });
// The loop runs until nothing is referenced.
check(['-e', `${raw} setTimeout(() => log("t"), 20); setTimeout(() => log("never"), 100000).unref()`],
  { status: 0, stderr: 't\n' });
// Signal listeners alone do not keep the process alive.
check(['-e', 'process.on("SIGINT", () => {})'], { status: 0, stderr: '' });
// The fatal report works even when user code removed the global process.
{
  const r = run(['-e', 'delete globalThis.process; throw new Error("gone")']);
  assert.strictEqual(r.status, 1);
  assert.match(r.stderr, /\nError: gone\n {4}at /);
}
// _rawDebug formats like util.format.
check(['-e', 'process._rawDebug("a", undefined, { x: 1 }, 5)'], { status: 0, stderr: 'a undefined { x: 1 } 5\n' });
// Options Node accepts with a value.
check(['--disable-warning=DEP0001', '-e', '0'], { status: 0, stderr: '' });
