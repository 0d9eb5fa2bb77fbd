'use strict';
// 10,000 small files (100-300 bytes) written, then read back, with
// fs/promises, 1,000 at a time (Promise.all over each batch).
const fs = require('fs');
const fsp = require('fs/promises');
const os = require('os');
const path = require('path');
const N = Number(process.argv[2]) || 10000;
const BATCH = 1000;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lode-bench-'));
const names = [];
for (let i = 0; i < N; i++) names.push(path.join(dir, `f${i}.txt`));
const content = (i) => `file ${i}: ${'x'.repeat(100 + (i % 200))}\n`;

async function main() {
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < N; i += BATCH) {
    const batch = [];
    for (let j = i; j < Math.min(N, i + BATCH); j++) batch.push(fsp.writeFile(names[j], content(j)));
    await Promise.all(batch);
  }
  let bytes = 0;
  for (let i = 0; i < N; i += BATCH) {
    const batch = [];
    for (let j = i; j < Math.min(N, i + BATCH); j++) batch.push(fsp.readFile(names[j], 'utf8'));
    for (const text of await Promise.all(batch)) bytes += text.length;
  }
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (bytes === 0) throw new Error('unreachable');
  fs.rmSync(dir, { recursive: true, force: true });
  console.log(ms);
}
main();
