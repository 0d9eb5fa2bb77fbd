'use strict';
// console.log to a pipe whose reader has gone (EPIPE) is silently dropped,
// as in Node; a direct process.stdout.write error still surfaces.
const assert = require('assert');
const { spawnSync } = require('child_process');

function pipeToHead(code) {
  const cmd = `"${process.execPath}" -e '${code}' | head -n 1; echo "status=\${PIPESTATUS[0]:-$?}"`;
  return spawnSync('bash', ['-c', cmd], { encoding: 'utf8', timeout: 30000 });
}

let r = pipeToHead('for (let i = 0; i < 200000; i++) console.log(i)');
assert.strictEqual(r.stdout, '0\nstatus=0\n');
assert.strictEqual(r.stderr, '');

r = pipeToHead('process.stdout.end("a\\n", () => setTimeout(() => console.log("b"), 10))');
assert.strictEqual(r.stdout, 'a\nstatus=0\n');
