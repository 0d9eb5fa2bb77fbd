'use strict';
// process stdio as node:net / node:tty streams: pipes are net.Sockets, a
// terminal gives tty streams (net.Sockets too) whose size follows the
// terminal ('resize' on SIGWINCH); stdin from a pipe reads as a stream.
const assert = require('assert');
const net = require('net');
const { spawnSync } = require('child_process');
const { run } = require('../common');

// On pipes (as the test runner gives).
{
  const r = run(['-e', `
const net = require('net');
process.stdout.write(JSON.stringify([process.stdout instanceof net.Socket, process.stderr instanceof net.Socket,
  process.stdout.readable, process.stdout.writable, typeof process.stdout._handle]));`]);
  assert.strictEqual(r.status, 0, r.stderr);
  assert.deepStrictEqual(JSON.parse(r.stdout), [true, true, false, true, 'object']);
}
// stdin from a pipe: chunks, then 'end'; a Readable of node:stream.
{
  const r = run(['-e', `
let n = 0;
process.stdin.on('data', (d) => { n += d.length; });
process.stdin.on('end', () => process.stdout.write(String(n) + ' ' + (process.stdin instanceof require('stream').Readable)));`],
  { input: 'x'.repeat(300000) });
  assert.strictEqual(r.status, 0, r.stderr);
  assert.strictEqual(r.stdout, '300000 true');
}
// A stdin nobody reads does not keep the process alive.
{
  const r = spawnSync('sh', ['-c', `sleep 5 | "${process.execPath}" -e "process.stdin; console.log('done')"`],
    { encoding: 'utf8', timeout: 4000 });
  assert.strictEqual(r.stdout, 'done\n');
}

assert.ok(new net.Socket() instanceof require('stream').Duplex);

// On a pseudo-terminal: the size, and 'resize' when it changes.
const probe = `
const net = require('net');
process.stdout.on('resize', () => {
  console.log('resize ' + process.stdout.columns + 'x' + process.stdout.rows);
  process.exit(0);
});
console.log(JSON.stringify([process.stdout instanceof net.Socket, process.stdin instanceof net.Socket,
  process.stdout.columns, process.stdout.rows, process.stdin.isRaw]));
require('child_process').spawnSync('sh', ['-c', 'stty cols 91 rows 21 < /dev/tty'], { encoding: 'utf8' });
setTimeout(() => { console.log('no resize'); process.exit(1); }, 5000);
`;
const fs = require('fs');
const path = require('path');
const dir = fs.mkdtempSync(path.join(require('os').tmpdir(), 'lode-tty-'));
const file = path.join(dir, 'probe.js');
fs.writeFileSync(file, probe);
const r = spawnSync('script', ['-qec', `stty cols 100 rows 40; "${process.execPath}" "${file}"`, '/dev/null'], {
  encoding: 'utf8', timeout: 30000, env: { ...process.env, NO_COLOR: '1' },
});
fs.rmSync(dir, { recursive: true, force: true });
if (r.error && r.error.code === 'ENOENT') {
  console.log('skipped: no `script` command for a pseudo-terminal');
} else {
  const lines = r.stdout.split(/\r?\n/);
  const info = lines.find((l) => l.startsWith('['));
  assert.ok(info, r.stdout + r.stderr);
  assert.deepStrictEqual(JSON.parse(info), [true, true, 100, 40, false]);
  assert.ok(lines.includes('resize 91x21'), r.stdout);
}
