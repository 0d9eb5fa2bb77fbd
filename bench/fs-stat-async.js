'use strict';
// fs/promises stat of 100,000 paths (1,000 files, each 100 times), 1,000
// at a time: Promise.all over each batch.
const fs = require('fs');
const fsp = require('fs/promises');
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
async function main() {
  const t0 = process.hrtime.bigint();
  let size = 0;
  for (let i = 0; i < N; i += FILES) {
    const batch = [];
    for (let j = 0; j < FILES && i + j < N; j++) batch.push(fsp.stat(names[j]));
    for (const st of await Promise.all(batch)) size += st.size;
  }
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (size === 0) throw new Error('unreachable');
  fs.rmSync(dir, { recursive: true, force: true });
  console.log(ms);
}
main();
