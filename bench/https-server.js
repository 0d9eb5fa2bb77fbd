'use strict';
// The HTTPS server of bench/https: the classic hello world over TLS (an
// EC P-256 certificate made at start with the system openssl, TLS 1.3,
// keep-alive). Prints its port once listening; with CERTDIR set, writes
// the certificate there (cert.pem) for clients to trust.
const https = require('https');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFileSync } = require('child_process');

const dir = process.env.CERTDIR || fs.mkdtempSync(path.join(os.tmpdir(), 'lode-bench-tls-'));
const key = path.join(dir, 'key.pem');
const cert = path.join(dir, 'cert.pem');
if (!fs.existsSync(cert)) {
  execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes',
    '-keyout', key, '-out', cert, '-days', '2', '-subj', '/CN=localhost',
    '-addext', 'subjectAltName=DNS:localhost,IP:127.0.0.1'], { stdio: 'ignore' });
}
const server = https.createServer({ key: fs.readFileSync(key), cert: fs.readFileSync(cert) }, (req, res) => {
  res.statusCode = 200;
  res.setHeader('Content-Type', 'text/plain');
  res.end('Hello World');
});
server.listen(0, '127.0.0.1', () => console.log(server.address().port));
