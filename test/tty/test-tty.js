'use strict';
// node:tty: isatty, and process.stdout/stderr/stdin on a terminal (run
// under `script`, which gives the child a pseudo-terminal).
const assert = require('assert');
const tty = require('tty');
const { spawnSync } = require('child_process');

assert.deepStrictEqual(Object.keys(tty), ['isatty', 'ReadStream', 'WriteStream']);
for (const bad of [-1, 99, 1.5, '1', null, undefined, 2 ** 31]) assert.strictEqual(tty.isatty(bad), false);
// The test runner closes stdin and pipes stdout.
assert.strictEqual(tty.isatty(1), false);
assert.strictEqual(process.stdout instanceof tty.WriteStream, false);
assert.strictEqual(process.stdout.isTTY, undefined);

// Under a pseudo-terminal.
const probe = 'const tty = require("tty"); console.log(JSON.stringify([tty.isatty(0), tty.isatty(1), ' +
  'process.stdout instanceof tty.WriteStream, process.stdin instanceof tty.ReadStream, ' +
  'process.stdout.isTTY, typeof process.stdout.columns, typeof process.stdout.getColorDepth(), ' +
  'typeof process.stdout.hasColors()]))';
const r = spawnSync('script', ['-qec', `"${process.execPath}" -e '${probe}'`, '/dev/null'], {
  encoding: 'utf8', timeout: 30000,
});
if (r.error && r.error.code === 'ENOENT') {
  console.log('skipped: no `script` command for a pseudo-terminal');
} else {
  const line = r.stdout.split(/\r?\n/).find((l) => l.startsWith('['));
  assert.ok(line, r.stdout + r.stderr);
  assert.deepStrictEqual(JSON.parse(line), [true, true, true, true, true, 'number', 'number', 'boolean']);
}
