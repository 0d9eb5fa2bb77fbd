'use strict';
// fs.createReadStream(src).pipe(fs.createWriteStream(dst)) of a 64 MB file,
// 4 times. Prints MB/s, then the elapsed ms on the last line. The source is
// written first, outside the timed part; everything is removed at the end.
const fs = require('fs');
const os = require('os');
const path = require('path');
const N = Number(process.argv[2]) || 4;
const SIZE = 64 << 20;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lode-bench-'));
const src = path.join(dir, 'src.bin');
const block = Buffer.alloc(1 << 20);
for (let i = 0; i < block.length; i++) block[i] = (i * 13) & 0xff;
const fd = fs.openSync(src, 'w');
for (let i = 0; i < SIZE / block.length; i++) fs.writeSync(fd, block);
fs.closeSync(fd);

const t0 = process.hrtime.bigint();
let done = 0;
(function next() {
  const dst = path.join(dir, `copy${done}.bin`);
  const ws = fs.createWriteStream(dst);
  fs.createReadStream(src).pipe(ws);
  ws.on('close', () => {
    if (fs.statSync(dst).size !== SIZE) throw new Error('short copy');
    fs.unlinkSync(dst);
    if (++done < N) return next();
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    fs.rmSync(dir, { recursive: true, force: true });
    console.log(`${((SIZE * N) / (1 << 20) / (ms / 1000)).toFixed(1)} MB/s`);
    console.log(ms);
  });
})();
