'use strict';
// The client of bench/http and bench/https: N GET requests (50 in flight)
// through a keep-alive Agent against the server at PORT. With CERTDIR set
// in the environment, https trusting CERTDIR's cert.pem. Prints requests/s,
// then the elapsed ms on the last line.
const port = Number(process.argv[2]);
const total = Number(process.argv[3]) || 20000;
const inFlight = 50;
const certDir = process.env.CERTDIR;
const proto = require(certDir ? 'https' : 'http');
const agentOptions = { keepAlive: true, maxSockets: inFlight };
if (certDir) agentOptions.ca = require('fs').readFileSync(require('path').join(certDir, 'cert.pem'));
const agent = new proto.Agent(agentOptions);
let started = 0;
let done = 0;
const t0 = process.hrtime.bigint();
function one() {
  if (started >= total) return;
  started++;
  proto.get({ host: '127.0.0.1', port, path: '/', agent }, (res) => {
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
