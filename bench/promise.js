'use strict';
// 1M promise round trips: `await` in a loop on a resolved promise, then a
// .then chain of the same length; the printed time is the sum of both halves.
const N = Number(process.argv[2]) || 1e6;
const half = N / 2;
async function awaitLoop() {
  for (let i = 0; i < half; i++) await Promise.resolve(i);
}
function thenChain() {
  return new Promise((resolve) => {
    let n = 0;
    const step = () => (++n < half ? Promise.resolve(n).then(step) : resolve());
    Promise.resolve().then(step);
  });
}
const t0 = process.hrtime.bigint();
awaitLoop().then(thenChain).then(() => {
  const ms = Number(process.hrtime.bigint() - t0) / 1e6; // before `console` (lazy in lode) loads
  console.log(ms);
});
