'use strict';
// stdout and stderr on pipes: writes are synchronous, so output sharing one
// pipe keeps program order, large writes arrive whole, and nothing written
// before process.exit() is lost.
const assert = require('assert');
const path = require('path');
const { spawnSync } = require('child_process');
const { run } = require('../common');

// spawnSync's default maxBuffer is 1 MiB per stream.
const maxBuffer = 16 << 20;

// stdout and stderr both sent to the same pipe (2>&1 through sh).
function merged(code) {
  const r = spawnSync('/bin/sh', ['-c', '"$0" -e "$1" 2>&1', process.execPath, code],
    { encoding: 'utf8', timeout: 30000 });
  if (r.error) throw r.error;
  assert.strictEqual(r.status, 0, r.stdout);
  return r.stdout.replace(/\(node:\d+\)/g, '(node:PID)');
}

const prog = path.basename(process.execPath);
assert.strictEqual(merged(`
for (let i = 0; i < 3; i++) {
  process.stdout.write('out ' + i + '\\n');
  process.stderr.write('err ' + i + '\\n');
}
console.log('log');
console.error('error');
console.info('info');
console.warn('warn');
process.emitWarning('a warning');
process.stdout.write('before the warning is printed\\n');
setTimeout(() => process.stdout.write('later\\n'), 1);
`), 'out 0\nerr 0\nout 1\nerr 1\nout 2\nerr 2\nlog\nerror\ninfo\nwarn\n' +
  'before the warning is printed\n(node:PID) Warning: a warning\n' +
  `(Use \`${prog} --trace-warnings ...\` to show where the warning was created)\nlater\n`);

// Write callbacks run after both writes reached the pipe.
assert.strictEqual(merged(`
process.stdout.write('a\\n', () => process.stderr.write('cb a\\n'));
process.stderr.write('b\\n', () => process.stdout.write('cb b\\n'));
process.stdout.write('c\\n');
`), 'a\nb\nc\ncb a\ncb b\n');

// Compares big strings without printing them.
function sameText(actual, expected, what) {
  assert.strictEqual(actual.length, expected.length, `${what}: length`);
  assert.ok(actual === expected, `${what}: content differs`);
}

// 1 MB (and more) in one write arrives whole, on each stream.
{
  const r = run(['-e', `
const chunk = 'abcdefghijklmnopqrstuvwxyz012345'.repeat(32768);
process.stdout.write(chunk);
process.stderr.write(new Uint8Array(1 << 20).fill(0x41));
process.stdout.write(chunk + 'end');
`], { maxBuffer });
  assert.strictEqual(r.status, 0);
  sameText(r.stdout, 'abcdefghijklmnopqrstuvwxyz012345'.repeat(65536) + 'end', 'stdout');
  sameText(r.stderr, 'A'.repeat(1 << 20), 'stderr');
}
// Multi-byte characters split across the pipe buffer are not broken.
{
  const unit = '\u00e9\u20ac\ud83d\ude00';
  const r = run(['-e', `process.stdout.write(${JSON.stringify(unit)}.repeat(100000))`], { maxBuffer });
  sameText(r.stdout, unit.repeat(100000), 'utf-8 stdout');
}
// process.exit() right after writes that fit the pipe: nothing is lost.
// (Node may drop part of a write larger than the pipe's buffer on exit.)
{
  const r = run(['-e', `
process.stdout.write('x'.repeat(30000));
console.log('tail');
process.stderr.write('y'.repeat(30000));
process.exit(3);
`]);
  assert.strictEqual(r.status, 3);
  sameText(r.stdout, `${'x'.repeat(30000)}tail\n`, 'stdout');
  sameText(r.stderr, 'y'.repeat(30000), 'stderr');
}
// Many small writes in a loop keep their order.
{
  const r = run(['-e', 'for (let i = 0; i < 20000; i++) process.stdout.write(i + ",")']);
  const expected = [];
  for (let i = 0; i < 20000; i++) expected.push(i);
  sameText(r.stdout, `${expected.join(',')},`, 'small writes');
}
// Input given to the child arrives on its stdin while it writes.
{
  const r = run(['-e', 'process.stdout.write("ok")'], { input: 'ignored input' });
  assert.strictEqual(r.stdout, 'ok');
  assert.strictEqual(r.status, 0);
}
