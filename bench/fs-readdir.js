'use strict';
// readdir of a directory of 10,000 entries, 50 times: 25 with
// fs.readdirSync and 25 with fs/promises (names only). The directory is made
// first, outside the timed part, and removed at the end.
const fs = require('fs');
const fsp = require('fs/promises');
const os = require('os');
const path = require('path');
const N = Number(process.argv[2]) || 50;
const ENTRIES = 10000;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lode-bench-'));
for (let i = 0; i < ENTRIES; i++) fs.closeSync(fs.openSync(path.join(dir, `entry-${i}.dat`), 'w'));

async function main() {
  const t0 = process.hrtime.bigint();
  let total = 0;
  for (let i = 0; i < N; i++) {
    total += (i % 2 === 0 ? fs.readdirSync(dir) : await fsp.readdir(dir)).length;
  }
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (total !== N * ENTRIES) throw new Error(`listed ${total}`);
  fs.rmSync(dir, { recursive: true, force: true });
  console.log(ms);
}
main();
