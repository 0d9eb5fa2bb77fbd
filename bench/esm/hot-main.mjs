// esm-hot-loop.js: the same loop calling an imported function and a local
// one; the rewrite must cost nothing once the code is hot.
import { add } from './hot-lib.mjs';

function addLocal(a, b) { return (a + b) | 0; }

export function run(mode, n) {
  let s = 0;
  const t0 = process.hrtime.bigint();
  if (mode === 'local') {
    for (let i = 0; i < n; i++) s = addLocal(s, i);
  } else {
    for (let i = 0; i < n; i++) s = add(s, i);
  }
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (s === 0.5) throw new Error('unreachable');
  return ms;
}
