'use strict';
// 1M process.nextTick round trips: each callback schedules the next.
const N = Number(process.argv[2]) || 1e6;
let n = 0;
const t0 = process.hrtime.bigint();
function tick() {
  if (++n < N) process.nextTick(tick);
  else {
    const ms = Number(process.hrtime.bigint() - t0) / 1e6; // before `console` (lazy in lode) loads
    console.log(ms);
  }
}
process.nextTick(tick);
