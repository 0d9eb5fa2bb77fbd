'use strict';
// 1M setTimeout(fn, 0), created in batches of 10k (a chain would wait >= 1 ms per hop).
// The next batch is created when the previous batch has fired entirely.
const N = Number(process.argv[2]) || 1e6;
const BATCH = 10000;
let fired = 0, created = 0;
const t0 = process.hrtime.bigint();
function cb() {
  if (++fired === created) {
    if (created < N) batch();
    else {
      const ms = Number(process.hrtime.bigint() - t0) / 1e6; // before `console` (lazy in lode) loads
      console.log(ms);
    }
  }
}
function batch() {
  for (let i = 0; i < BATCH && created < N; i++, created++) setTimeout(cb, 0);
}
batch();
