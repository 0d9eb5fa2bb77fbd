'use strict';
// tls: clients verify the server by default (rejectUnauthorized). An
// untrusted or self-signed certificate, or one for another name, is an
// error with Node's code and message; rejectUnauthorized: false accepts it
// and reports why in authorizationError; `ca` is what is trusted.
const common = require('../common');
const assert = require('assert');
const tls = require('tls');
const certs = require('./certs');

// Each case: server options, client options, and what the client sees.
const cases = [
  {
    name: 'untrusted leaf',
    server: { key: certs.server.key, cert: certs.server.cert },
    client: {},
    error: { code: 'UNABLE_TO_VERIFY_LEAF_SIGNATURE', message: 'unable to verify the first certificate' },
  },
  {
    name: 'self-signed',
    server: { key: certs.selfSigned.key, cert: certs.selfSigned.cert },
    client: {},
    error: { code: 'DEPTH_ZERO_SELF_SIGNED_CERT', message: 'self-signed certificate' },
  },
  {
    name: 'untrusted root sent in the chain',
    server: { key: certs.server.key, cert: certs.server.cert + certs.ca.cert },
    client: {},
    error: { code: 'SELF_SIGNED_CERT_IN_CHAIN', message: 'self-signed certificate in certificate chain' },
  },
  {
    name: 'another CA',
    server: { key: certs.server.key, cert: certs.server.cert },
    client: { ca: certs.otherCa.cert },
    error: { code: 'UNABLE_TO_VERIFY_LEAF_SIGNATURE', message: 'unable to verify the first certificate' },
  },
  {
    name: 'trusted through ca',
    server: { key: certs.server.key, cert: certs.server.cert },
    client: { ca: certs.ca.cert },
    authorized: true,
  },
  {
    name: 'trusted through ca, as an array of Buffers',
    server: { key: certs.server.key, cert: certs.server.cert },
    client: { ca: [Buffer.from(certs.otherCa.cert), Buffer.from(certs.ca.cert)], host: 'localhost' },
    authorized: true,
  },
  {
    name: 'wrong host name',
    server: { key: certs.server.key, cert: certs.server.cert },
    client: { ca: certs.ca.cert, servername: 'wrong.example' },
    error: {
      code: 'ERR_TLS_CERT_ALTNAME_INVALID',
      message: "Hostname/IP does not match certificate's altnames: Host: wrong.example. is not in the cert's " +
        'altnames: DNS:localhost, IP Address:127.0.0.1',
      reason: "Host: wrong.example. is not in the cert's altnames: DNS:localhost, IP Address:127.0.0.1",
      host: 'wrong.example',
    },
  },
  {
    name: 'self-signed accepted with rejectUnauthorized: false',
    server: { key: certs.selfSigned.key, cert: certs.selfSigned.cert },
    client: { rejectUnauthorized: false },
    authorizationError: 'DEPTH_ZERO_SELF_SIGNED_CERT',
  },
  {
    name: 'wrong host accepted with rejectUnauthorized: false',
    server: { key: certs.server.key, cert: certs.server.cert },
    client: { ca: certs.ca.cert, servername: 'wrong.example', rejectUnauthorized: false },
    authorizationError: 'ERR_TLS_CERT_ALTNAME_INVALID',
  },
  {
    name: 'a checkServerIdentity of ours',
    server: { key: certs.server.key, cert: certs.server.cert },
    client: {
      ca: certs.ca.cert,
      checkServerIdentity: common.mustCall((host, cert) => {
        assert.strictEqual(host, '127.0.0.1');
        assert.strictEqual(cert.subject.CN, 'localhost');
        return new Error('not this one');
      }),
    },
    error: { message: 'not this one' },
  },
];

function runCase(t, done) {
  const server = tls.createServer(t.server, (s) => {
    s.on('error', () => {});
    s.end('hi');
  });
  // A refused server certificate: the client hangs up before its Finished.
  server.on('tlsClientError', () => {});
  server.listen(0, '127.0.0.1', () => {
    const c = tls.connect({ port: server.address().port, host: '127.0.0.1', ...t.client });
    c.on('secureConnect', () => {
      assert.ok(!t.error, `${t.name}: connected`);
      assert.strictEqual(c.authorized, !!t.authorized, t.name);
      assert.strictEqual(c.authorizationError, t.authorizationError ?? null, t.name);
      c.resume();
    });
    c.on('error', (err) => {
      assert.ok(t.error, `${t.name}: ${err.message}`);
      for (const [k, v] of Object.entries(t.error)) assert.strictEqual(err[k], v, `${t.name}: ${k}`);
      if (t.error.code === 'ERR_TLS_CERT_ALTNAME_INVALID') {
        assert.strictEqual(err.name, 'Error');
        assert.strictEqual(err.cert.subject.CN, 'localhost');
      }
    });
    c.on('close', () => server.close(done));
  });
}

let i = 0;
(function next() {
  if (i < cases.length) runCase(cases[i++], common.mustCall(next));
})();

// checkServerIdentity on its own (RFC 6125 rules).
const check = (host, cert) => tls.checkServerIdentity(host, cert)?.reason;
const wild = { subject: { CN: 'ignored' }, subjectaltname: 'DNS:*.example.com, DNS:a*b.test.org, IP Address:10.0.0.1, IP Address:0:0:0:0:0:0:0:1' };
assert.strictEqual(check('a.example.com', wild), undefined);
assert.strictEqual(check('A.Example.COM.', wild), undefined);
assert.strictEqual(check('a.b.example.com', wild), "Host: a.b.example.com. is not in the cert's altnames: " + wild.subjectaltname);
assert.strictEqual(check('example.com', wild), "Host: example.com. is not in the cert's altnames: " + wild.subjectaltname);
assert.strictEqual(check('axxb.test.org', wild), undefined);
assert.strictEqual(check('ab.test.org', wild), undefined);
assert.strictEqual(check('xb.test.org', wild) !== undefined, true);
assert.strictEqual(check('10.0.0.1', wild), undefined);
assert.strictEqual(check('::1', wild), undefined);
assert.strictEqual(check('10.0.0.2', wild), "IP: 10.0.0.2 is not in the cert's list: 10.0.0.1, ::1");
assert.strictEqual(check('ignored', wild) !== undefined, true); // CN is not used when there are DNS names
assert.strictEqual(check('x.com', { subjectaltname: 'DNS:*.com' }) !== undefined, true); // no *.tld
assert.strictEqual(check('cn.test', { subject: { CN: 'cn.test' } }), undefined);
assert.strictEqual(check('cn.test', { subject: { CN: ['a.test', 'cn.test'] } }), undefined);
assert.strictEqual(check('x.test', { subject: { CN: 'cn.test' } }), "Host: x.test. is not cert's CN: cn.test");
assert.strictEqual(check('x.test', { subject: {} }), 'Cert does not contain a DNS name');
const err = tls.checkServerIdentity('x.test', { subject: {} });
assert.strictEqual(err.code, 'ERR_TLS_CERT_ALTNAME_INVALID');
assert.strictEqual(err.message, "Hostname/IP does not match certificate's altnames: Cert does not contain a DNS name");
assert.strictEqual(err.host, 'x.test');
