'use strict';
// IPC round trips: the parent forks itself and sends 20,000 small messages
// (10 in flight); the child echoes each. Prints messages/s, then the elapsed
// ms on the last line.
const { fork } = require('child_process');
if (process.argv[2] === 'child') {
  process.on('message', (m) => process.send(m));
} else {
  const N = Number(process.argv[2]) || 20000;
  const child = fork(__filename, ['child']);
  let sent = 0;
  let got = 0;
  let t0;
  const send = () => child.send({ seq: sent++, text: 'hello from the parent' });
  child.on('message', (m) => {
    if (m.seq !== got) throw new Error(`out of order: ${m.seq} != ${got}`);
    if (++got === N) {
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      console.log(`${Math.round(N / (ms / 1000))} messages/s`);
      console.log(ms.toFixed(1));
      child.disconnect();
    } else if (sent < N) {
      send();
    }
  });
  t0 = process.hrtime.bigint();
  for (let i = 0; i < 10; i++) send();
}
