'use strict';
// fs.readFile (callback API) of a 64 MB file, 10 times in a row. The file is
// written first, outside the timed part, and removed at the end.
const fs = require('fs');
const os = require('os');
const path = require('path');
const N = Number(process.argv[2]) || 10;
const SIZE = 64 << 20;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lode-bench-'));
const file = path.join(dir, 'big.bin');
const block = Buffer.alloc(1 << 20);
for (let i = 0; i < block.length; i++) block[i] = (i * 7) & 0xff;
const fd = fs.openSync(file, 'w');
for (let i = 0; i < SIZE / block.length; i++) fs.writeSync(fd, block);
fs.closeSync(fd);

const t0 = process.hrtime.bigint();
let left = N;
(function next() {
  fs.readFile(file, (err, data) => {
    if (err) throw err;
    if (data.length !== SIZE) throw new Error(`read ${data.length} bytes`);
    if (--left > 0) return next();
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    fs.rmSync(dir, { recursive: true, force: true });
    console.log(ms);
  });
})();
