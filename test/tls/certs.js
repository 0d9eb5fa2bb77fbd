'use strict';
// Certificates for the TLS and HTTPS tests, made at test time with the
// system `openssl` into a temporary directory (removed at exit):
//   ca         a CA (CN=Lode Test CA)
//   server     signed by ca, CN=localhost, SAN DNS:localhost, IP:127.0.0.1
//   client     signed by ca, CN=client (for client-certificate tests)
//   other      signed by ca, CN=other.example, SAN DNS:other.example (SNI)
//   selfSigned self-signed, CN=localhost, SAN DNS:localhost, IP:127.0.0.1
//   otherCa    a second CA nothing here is signed by
// Each entry has key and cert (PEM strings) and keyPath / certPath.

const { execFileSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

// A child process of a test reuses its parent's certificates (LODE_TLS_CERTS).
const inherited = process.env.LODE_TLS_CERTS;
const dir = inherited || fs.mkdtempSync(path.join(os.tmpdir(), 'lode-tls-'));
if (!inherited) process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));

function openssl(args, input) {
  execFileSync('openssl', args, { cwd: dir, stdio: ['pipe', 'pipe', 'pipe'], input });
}

function ecKey(name) {
  openssl(['genpkey', '-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-256', '-out', `${name}.key`]);
}

function ext(name, lines) {
  fs.writeFileSync(path.join(dir, `${name}.ext`), `${lines.join('\n')}\n`);
  return `${name}.ext`;
}

function makeCa(name, cn) {
  ecKey(name);
  openssl(['req', '-x509', '-new', '-key', `${name}.key`, '-out', `${name}.crt`, '-days', '30',
    '-subj', `/C=US/O=Lode Tests/CN=${cn}`,
    '-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign,cRLSign']);
}

function makeLeaf(name, cn, san, caName, extra = []) {
  ecKey(name);
  openssl(['req', '-new', '-key', `${name}.key`, '-out', `${name}.csr`, '-subj', `/C=US/ST=CA/L=SF/O=Lode Tests/OU=tls/CN=${cn}`]);
  const lines = ['basicConstraints=CA:FALSE', 'keyUsage=digitalSignature,keyEncipherment', ...extra];
  if (san) lines.push(`subjectAltName=${san}`);
  openssl(['x509', '-req', '-in', `${name}.csr`, '-CA', `${caName}.crt`, '-CAkey', `${caName}.key`,
    '-CAcreateserial', '-out', `${name}.crt`, '-days', '30', '-extfile', ext(name, lines)]);
}

if (!inherited) generate();

function generate() {
  makeCa('ca', 'Lode Test CA');
  makeCa('otherCa', 'Lode Other CA');
  makeLeaf('server', 'localhost', 'DNS:localhost,IP:127.0.0.1', 'ca', ['extendedKeyUsage=serverAuth']);
  makeLeaf('client', 'client', null, 'ca', ['extendedKeyUsage=clientAuth']);
  makeLeaf('other', 'other.example', 'DNS:other.example', 'ca', ['extendedKeyUsage=serverAuth']);
  ecKey('selfSigned');
  openssl(['req', '-x509', '-new', '-key', 'selfSigned.key', '-out', 'selfSigned.crt', '-days', '30',
    '-subj', '/CN=localhost', '-addext', 'subjectAltName=DNS:localhost,IP:127.0.0.1']);
}

function entry(name) {
  const keyPath = path.join(dir, `${name}.key`);
  const certPath = path.join(dir, `${name}.crt`);
  return {
    keyPath, certPath,
    key: fs.readFileSync(keyPath, 'utf8'),
    cert: fs.readFileSync(certPath, 'utf8'),
  };
}

module.exports = {
  dir,
  ca: entry('ca'),
  otherCa: entry('otherCa'),
  server: entry('server'),
  client: entry('client'),
  other: entry('other'),
  selfSigned: entry('selfSigned'),
  openssl,
};
