'use strict';
// fs.statSync of 100,000 paths (1,000 files, each 100 times).
const fs = require('fs');
const os = require('os');
const path = require('path');
const N = Number(process.argv[2]) || 100000;
const FILES = 1000;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lode-bench-'));
const names = [];
for (let i = 0; i < FILES; i++) {
  names.push(path.join(dir, `f${i}`));
  fs.writeFileSync(names[i], 'x'.repeat(i));
}
const t0 = process.hrtime.bigint();
let size = 0;
for (let i = 0; i < N; i++) size += fs.statSync(names[i % FILES]).size;
const ms = Number(process.hrtime.bigint() - t0) / 1e6;
if (size === 0) throw new Error('unreachable');
fs.rmSync(dir, { recursive: true, force: true });
console.log(ms);
