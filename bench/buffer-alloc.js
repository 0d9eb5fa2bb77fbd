'use strict';
// 1M Buffer.alloc(16).
const N = Number(process.argv[2]) || 1e6;
let sink = 0;
const t0 = process.hrtime.bigint();
for (let i = 0; i < N; i++) sink += Buffer.alloc(16).length;
if (sink === 0) throw new Error('unreachable');
const ms = Number(process.hrtime.bigint() - t0) / 1e6; // before `console` (lazy in lode) loads
console.log(ms);
