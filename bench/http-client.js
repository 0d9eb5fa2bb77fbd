'use strict';
// The HTTP client of bench/http: N GET requests (50 in flight) through a
// keep-alive http.Agent against the server at PORT. Prints requests/s, then
// the elapsed ms on the last line.
const http = require('http');
const port = Number(process.argv[2]);
const total = Number(process.argv[3]) || 20000;
const inFlight = 50;
const agent = new http.Agent({ keepAlive: true, maxSockets: inFlight });
let started = 0;
let done = 0;
const t0 = process.hrtime.bigint();
function one() {
  if (started >= total) return;
  started++;
  http.get({ host: '127.0.0.1', port, path: '/', agent }, (res) => {
    res.resume();
    res.on('end', () => {
      if (++done === total) {
        const ms = Number(process.hrtime.bigint() - t0) / 1e6;
        agent.destroy();
        console.log(`${Math.round(total / (ms / 1000))} req/s`);
        console.log(ms.toFixed(1));
      } else {
        one();
      }
    });
  }).on('error', (e) => { throw e; });
}
for (let i = 0; i < inFlight; i++) one();
