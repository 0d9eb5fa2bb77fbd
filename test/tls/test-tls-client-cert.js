'use strict';
// tls: client certificates. With requestCert the server asks for one and
// checks it against its `ca`: authorized / authorizationError and the peer
// certificate on the server side; with rejectUnauthorized (the default) a
// client without a certificate fails the handshake, and one with an
// untrusted certificate is dropped.
const common = require('../common');
const assert = require('assert');
const tls = require('tls');
const certs = require('./certs');

const clientCert = { key: certs.client.key, cert: certs.client.cert };

const cases = [
  {
    name: 'trusted client certificate',
    server: { requestCert: true, ca: certs.ca.cert },
    client: clientCert,
    secure: (s) => {
      assert.strictEqual(s.authorized, true);
      assert.strictEqual(s.authorizationError, null);
      const peer = s.getPeerCertificate(true);
      assert.strictEqual(peer.subject.CN, 'client');
      assert.strictEqual(peer.issuer.CN, 'Lode Test CA');
      assert.deepStrictEqual(peer.ext_key_usage, ['1.3.6.1.5.5.7.3.2']);
      assert.strictEqual(peer.issuerCertificate.subject.CN, 'Lode Test CA');
    },
    clientSees: 'data',
  },
  {
    name: 'no client certificate, not required',
    server: { requestCert: true, rejectUnauthorized: false, ca: certs.ca.cert },
    client: {},
    secure: (s) => {
      assert.strictEqual(s.authorized, false);
      assert.strictEqual(s.authorizationError, 'UNABLE_TO_GET_ISSUER_CERT');
      assert.deepStrictEqual(s.getPeerCertificate(), {});
    },
    clientSees: 'data',
  },
  {
    name: 'untrusted client certificate, not required',
    server: { requestCert: true, rejectUnauthorized: false, ca: certs.otherCa.cert },
    client: clientCert,
    secure: (s) => {
      assert.strictEqual(s.authorized, false);
      // The client sends its chain (leaf and its CA): a root nobody trusts.
      assert.strictEqual(s.authorizationError, 'SELF_SIGNED_CERT_IN_CHAIN');
      assert.strictEqual(s.getPeerCertificate().subject.CN, 'client');
    },
    clientSees: 'data',
  },
  {
    name: 'no client certificate, required',
    server: { requestCert: true, ca: certs.ca.cert },
    client: {},
    serverError: 'ERR_SSL_PEER_DID_NOT_RETURN_A_CERTIFICATE',
    clientSees: 'ERR_SSL_TLSV13_ALERT_CERTIFICATE_REQUIRED',
  },
  {
    name: 'untrusted client certificate, required',
    server: { requestCert: true, ca: certs.otherCa.cert },
    client: clientCert,
    serverError: 'ECONNRESET',
    clientSees: 'end',
  },
  {
    name: 'no certificate asked for',
    server: {},
    client: clientCert,
    secure: (s) => {
      assert.strictEqual(s.authorized, false);
      assert.deepStrictEqual(s.getPeerCertificate(), {});
    },
    clientSees: 'data',
  },
];

function runCase(t, done) {
  const server = tls.createServer({ key: certs.server.key, cert: certs.server.cert, ...t.server }, (s) => {
    assert.ok(t.secure, `${t.name}: secureConnection`);
    t.secure(s);
    s.end('welcome');
  });
  server.on('tlsClientError', (err) => {
    assert.strictEqual(err.code, t.serverError, t.name);
  });
  server.listen(0, '127.0.0.1', () => {
    const c = tls.connect({ port: server.address().port, host: '127.0.0.1', ca: certs.ca.cert, ...t.client });
    c.on('secureConnect', () => {
      // TLS 1.3: the client is done before the server has seen its certificate.
      assert.strictEqual(c.authorized, true);
    });
    let seen = null;
    c.on('data', (d) => {
      assert.strictEqual(`${d}`, 'welcome');
      seen = 'data';
    });
    c.on('end', () => {
      seen ??= 'end';
    });
    c.on('error', (err) => {
      seen = err.code;
    });
    c.on('close', () => {
      assert.strictEqual(seen, t.clientSees, t.name);
      server.close(done);
    });
  });
}

let i = 0;
(function next() {
  if (i < cases.length) runCase(cases[i++], common.mustCall(next));
})();
