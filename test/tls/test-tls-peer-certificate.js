'use strict';
// tls: getPeerCertificate() in Node's legacy object shape, checked against
// what the openssl command says about the same certificates (RSA with
// extensions, and EC), and the issuer chain of getPeerCertificate(true).
const common = require('../common');
const assert = require('assert');
const { execFileSync } = require('child_process');
const fs = require('fs');
const path = require('path');
const tls = require('tls');
const certs = require('./certs');

const file = (name) => path.join(certs.dir, name);
certs.openssl(['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'rsa.key', '-out', 'rsa.crt', '-days', '10',
  '-subj', '/C=DE/O=First/O=Second/CN=rsa.test/emailAddress=a@rsa.test',
  '-addext', 'subjectAltName=DNS:rsa.test,DNS:*.rsa.test,IP:10.1.2.3,email:b@rsa.test',
  '-addext', 'authorityInfoAccess=OCSP;URI:http://ocsp.rsa.test/,caIssuers;URI:http://ca.rsa.test/ca.crt',
  '-addext', 'extendedKeyUsage=serverAuth,clientAuth']);
const opensslOut = (certPath, ...args) =>
  execFileSync('openssl', ['x509', '-in', certPath, '-noout', ...args], { encoding: 'utf8' }).trim();
const field = (certPath, ...args) => opensslOut(certPath, ...args).replace(/^[^=]*=/, '');
const der = (certPath) => execFileSync('openssl', ['x509', '-in', certPath, '-outform', 'DER']);
const spki = (certPath) => execFileSync('openssl', ['pkey', '-pubin', '-outform', 'DER'],
                                        { input: opensslOut(certPath, '-pubkey') });

function peer(serverOptions, clientOptions, detailed) {
  return new Promise((resolve) => {
    const server = tls.createServer(serverOptions, (s) => s.end());
    server.listen(0, '127.0.0.1', () => {
      const c = tls.connect({ port: server.address().port, host: '127.0.0.1', ...clientOptions }, () => {
        const cert = c.getPeerCertificate(detailed);
        c.destroy();
        assert.strictEqual(c.getPeerCertificate(), null); // destroyed
        server.close(() => resolve(cert));
      });
    });
  });
}

function checkCommon(cert, certPath) {
  assert.strictEqual(Object.getPrototypeOf(cert.subject), null);
  assert.strictEqual(Object.getPrototypeOf(cert.issuer), null);
  assert.strictEqual(cert.fingerprint, field(certPath, '-fingerprint', '-sha1'));
  assert.strictEqual(cert.fingerprint256, field(certPath, '-fingerprint', '-sha256'));
  assert.strictEqual(cert.fingerprint512, field(certPath, '-fingerprint', '-sha512'));
  assert.strictEqual(cert.serialNumber, field(certPath, '-serial'));
  assert.strictEqual(cert.valid_from, field(certPath, '-startdate'));
  assert.strictEqual(cert.valid_to, field(certPath, '-enddate'));
  assert.ok(Buffer.isBuffer(cert.raw));
  assert.ok(cert.raw.equals(der(certPath)));
}

(async () => {
  const rsaKey = fs.readFileSync(file('rsa.key'));
  const rsaCert = fs.readFileSync(file('rsa.crt'));
  const rsa = await peer({ key: rsaKey, cert: rsaCert }, { rejectUnauthorized: false }, false);
  assert.deepStrictEqual(Object.keys(rsa), [
    'subject', 'issuer', 'subjectaltname', 'infoAccess', 'ca', 'modulus', 'bits', 'exponent', 'pubkey',
    'valid_from', 'valid_to', 'fingerprint', 'fingerprint256', 'fingerprint512', 'ext_key_usage',
    'serialNumber', 'raw',
  ]);
  assert.deepStrictEqual({ ...rsa.subject }, { C: 'DE', O: ['First', 'Second'], CN: 'rsa.test', emailAddress: 'a@rsa.test' });
  assert.deepStrictEqual({ ...rsa.issuer }, { ...rsa.subject });
  assert.strictEqual(rsa.subjectaltname, 'DNS:rsa.test, DNS:*.rsa.test, IP Address:10.1.2.3, email:b@rsa.test');
  assert.strictEqual(Object.getPrototypeOf(rsa.infoAccess), null);
  assert.deepStrictEqual({ ...rsa.infoAccess }, {
    'OCSP - URI': ['http://ocsp.rsa.test/'],
    'CA Issuers - URI': ['http://ca.rsa.test/ca.crt'],
  });
  assert.strictEqual(rsa.ca, true); // self-signed, CA:TRUE by default
  assert.strictEqual(rsa.modulus, field(file('rsa.crt'), '-modulus'));
  assert.strictEqual(rsa.bits, 2048);
  assert.strictEqual(rsa.exponent, '0x10001');
  assert.ok(rsa.pubkey.equals(spki(file('rsa.crt'))));
  assert.deepStrictEqual(rsa.ext_key_usage, ['1.3.6.1.5.5.7.3.1', '1.3.6.1.5.5.7.3.2']);
  checkCommon(rsa, file('rsa.crt'));
  assert.strictEqual(tls.checkServerIdentity('x.rsa.test', rsa), undefined);
  assert.strictEqual(tls.checkServerIdentity('10.1.2.3', rsa), undefined);

  // EC, with its chain.
  const ec = await peer({ key: certs.server.key, cert: certs.server.cert }, { ca: certs.ca.cert }, true);
  assert.deepStrictEqual({ ...ec.subject }, { C: 'US', ST: 'CA', L: 'SF', O: 'Lode Tests', OU: 'tls', CN: 'localhost' });
  assert.strictEqual(ec.subjectaltname, 'DNS:localhost, IP Address:127.0.0.1');
  assert.strictEqual(ec.ca, false);
  assert.strictEqual(ec.bits, 256);
  assert.strictEqual(ec.asn1Curve, 'prime256v1');
  assert.strictEqual(ec.nistCurve, 'P-256');
  assert.strictEqual(ec.pubkey.length, 65);
  assert.strictEqual(ec.pubkey[0], 4);
  assert.ok(spki(certs.server.certPath).subarray(-65).equals(ec.pubkey));
  assert.strictEqual(ec.modulus, undefined);
  checkCommon(ec, certs.server.certPath);
  const issuer = ec.issuerCertificate;
  assert.strictEqual(issuer.subject.CN, 'Lode Test CA');
  assert.strictEqual(issuer.ca, true);
  checkCommon(issuer, certs.ca.certPath);
  assert.strictEqual(issuer.issuerCertificate, issuer); // a root is its own issuer

  // Without `detailed`, no chain.
  const plain = await peer({ key: certs.server.key, cert: certs.server.cert }, { ca: certs.ca.cert }, false);
  assert.strictEqual('issuerCertificate' in plain, false);
})().then(common.mustCall());
