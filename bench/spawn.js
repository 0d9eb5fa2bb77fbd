'use strict';
// 500 short children, one after the other: spawn `execPath -e 0` and wait
// for its exit. Prints the elapsed ms.
const { spawn } = require('child_process');
const N = Number(process.argv[2]) || 500;
const t0 = process.hrtime.bigint();
let done = 0;
(function next() {
  spawn(process.execPath, ['-e', '0'], { stdio: 'ignore' }).on('exit', (code) => {
    if (code !== 0) throw new Error(`child exited with ${code}`);
    if (++done < N) return next();
    console.log((Number(process.hrtime.bigint() - t0) / 1e6).toFixed(1));
  });
})();
