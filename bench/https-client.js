'use strict';
// The HTTPS client of bench/https: N GET requests (50 in flight) through a
// keep-alive https.Agent against the server at PORT, trusting CERTDIR's
// cert.pem. Prints requests/s, then the elapsed ms on the last line.
const https = require('https');
const fs = require('fs');
const path = require('path');
const port = Number(process.argv[2]);
const total = Number(process.argv[3]) || 20000;
const ca = fs.readFileSync(path.join(process.env.CERTDIR, 'cert.pem'));
const inFlight = 50;
const agent = new https.Agent({ keepAlive: true, maxSockets: inFlight, ca });
let started = 0;
let done = 0;
const t0 = process.hrtime.bigint();
function one() {
  if (started >= total) return;
  started++;
  https.get({ host: '127.0.0.1', port, path: '/', agent }, (res) => {
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
