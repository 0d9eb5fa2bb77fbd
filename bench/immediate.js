'use strict';
// 1M setImmediate round trips: each callback schedules the next.
const N = Number(process.argv[2]) || 1e6;
let n = 0;
const t0 = process.hrtime.bigint();
function tick() {
  if (++n < N) setImmediate(tick);
  else {
    const ms = Number(process.hrtime.bigint() - t0) / 1e6; // before `console` (lazy in lode) loads
    console.log(ms);
  }
}
setImmediate(tick);
