'use strict';
// Shrinks a case line whose traces differ, keeping them different.
// Usage: node ddmin.js 'CASE LINE' (after a run of ./run, which builds trace).
const { execFileSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const dd = path.join(os.tmpdir(), 'http-parser-dd.cases');
const [t, l, m, h, e, sp, hex] = process.argv[2].split(' ');
function differs(buf) {
  fs.writeFileSync(dd, `${t} ${l} ${m} ${h} ${e} - ${buf.toString('hex')}\n`);
  const a = execFileSync('node', [path.join(__dirname, 'oracle.js'), dd], { stdio: ['ignore', 'pipe', 'ignore'] }).toString();
  const b = execFileSync(path.join(os.tmpdir(), 'lode-http-parser-trace'), [dd]).toString();
  return a !== b ? [a, b] : null;
}
let cur = Buffer.from(hex, 'hex');
if (!differs(cur)) { console.log('no diff unsplit'); process.exit(); }
let n = 2;
while (n <= cur.length) {
  let reduced = false;
  const size = Math.ceil(cur.length / n);
  for (let i = 0; i < cur.length; i += size) {
    const cand = Buffer.concat([cur.subarray(0, i), cur.subarray(i + size)]);
    if (cand.length && differs(cand)) { cur = cand; n = Math.max(n - 1, 2); reduced = true; break; }
  }
  if (!reduced) { if (n >= cur.length) break; n = Math.min(cur.length, n * 2); }
}
console.log(JSON.stringify(cur.toString('latin1')));
console.log(differs(cur).join(''));
