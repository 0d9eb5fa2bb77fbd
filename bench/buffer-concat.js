'use strict';
// Buffer.concat of 1,000 small buffers (12-16 bytes), 2,000 times.
const N = Number(process.argv[2]) || 2000;
const list = [];
for (let i = 0; i < 1000; i++) list.push(Buffer.from(`hello world ${i}`));
let sink = 0;
const t0 = process.hrtime.bigint();
for (let i = 0; i < N; i++) sink += Buffer.concat(list).length;
if (sink === 0) throw new Error('unreachable');
const ms = Number(process.hrtime.bigint() - t0) / 1e6; // before `console` (lazy in lode) loads
console.log(ms);
