'use strict';
// tls: getSharedSigalgs, setKeyCert on a server socket made by hand,
// setMaxSendFragment, and enableTrace (OpenSSL's protocol trace on stderr).
const common = require('../common');
const assert = require('assert');
const net = require('net');
const tls = require('tls');
const certs = require('./certs');

if (process.argv[2] === 'trace') {
  const server = tls.createServer({ key: certs.server.key, cert: certs.server.cert }, (s) => s.end());
  server.listen(0, '127.0.0.1', () => {
    const c = tls.connect({ port: server.address().port, host: '127.0.0.1', ca: certs.ca.cert, enableTrace: true });
    c.resume();
    c.on('close', () => server.close());
  });
  return;
}

const localhostCtx = tls.createSecureContext({ key: certs.server.key, cert: certs.server.cert });
const otherCtx = tls.createSecureContext({ key: certs.other.key, cert: certs.other.cert });

// A server socket made by hand serves the certificate setKeyCert gave it.
const server = net.createServer(common.mustCall((raw) => {
  const s = new tls.TLSSocket(raw, { isServer: true, secureContext: localhostCtx, requestCert: true,
                                     rejectUnauthorized: false });
  s.setKeyCert(otherCtx);
  s.on('secure', common.mustCall(() => {
    const algs = s.getSharedSigalgs();
    assert.ok(algs.includes('ECDSA+SHA256'), algs.join());
    assert.ok(algs.every((a) => /^[A-Za-z0-9-]+\+[A-Z0-9]+$/.test(a)), algs.join());
    assert.strictEqual(s.setMaxSendFragment(512), true);
    assert.throws(() => s.setMaxSendFragment('x'), { code: 'ERR_INVALID_ARG_TYPE' });
    s.end('x'.repeat(4000)); // in 512-byte records
  }));
}));
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const c = tls.connect({ port: server.address().port, host: '127.0.0.1', ca: certs.ca.cert, servername: 'other.example',
                          key: certs.client.key, cert: certs.client.cert }, common.mustCall(() => {
    assert.strictEqual(c.getPeerCertificate().subject.CN, 'other.example');
    assert.strictEqual(c.authorized, true);
  }));
  let got = '';
  c.setEncoding('utf8');
  c.on('data', (d) => {
    got += d;
  });
  c.on('end', common.mustCall(() => assert.strictEqual(got, 'x'.repeat(4000))));
  c.on('close', common.mustCall(() => server.close()));
}));

const r = common.run([__filename, 'trace'], { env: { ...process.env, LODE_TLS_CERTS: certs.dir } });
assert.strictEqual(r.status, 0, r.stderr);
assert.match(r.stderr, /^Sent Record\n/);
assert.match(r.stderr, /ClientHello/);
assert.match(r.stderr, /Received Record/);
