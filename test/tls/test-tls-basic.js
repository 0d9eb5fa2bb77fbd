'use strict';
// tls: a handshake and an echo in both directions, the events of both ends
// in order, and what the sockets report (protocol, cipher, key exchange,
// names, addresses, cleartext byte counts).
const common = require('../common');
const assert = require('assert');
const tls = require('tls');
const net = require('net');
const certs = require('./certs');

const serverEvents = [];
const server = tls.createServer({ key: certs.server.key, cert: certs.server.cert }, common.mustCall((s) => {
  assert.ok(s instanceof tls.TLSSocket);
  assert.ok(s instanceof net.Socket);
  assert.strictEqual(s.encrypted, true);
  assert.strictEqual(s.remoteAddress, '127.0.0.1');
  assert.strictEqual(s.localPort, server.address().port);
  assert.strictEqual(s.authorized, false); // no client certificate asked for
  assert.strictEqual(s.servername, false);
  assert.strictEqual(s.alpnProtocol, false);
  assert.strictEqual(s.getEphemeralKeyInfo(), null); // a client-side question
  assert.deepStrictEqual(s.getPeerCertificate(), {});
  assert.strictEqual(s.getCertificate().subject.CN, 'localhost');
  assert.strictEqual(s.getProtocol(), 'TLSv1.3');
  assert.strictEqual(s.server, server);
  serverEvents.push('secureConnection');
  s.on('data', (d) => {
    serverEvents.push(`data ${d}`);
    s.write(`echo:${d}`);
  });
  s.on('end', common.mustCall(() => {
    serverEvents.push('end');
    s.end('bye');
  }));
  s.on('close', common.mustCall((hadError) => {
    assert.strictEqual(hadError, false);
    assert.strictEqual(s.bytesRead, 5);
    assert.strictEqual(s.bytesWritten, 13);
    serverEvents.push('close');
  }));
}));
server.on('connection', common.mustCall((raw) => {
  assert.ok(raw instanceof net.Socket);
  assert.ok(!(raw instanceof tls.TLSSocket));
}));
server.on('tlsClientError', common.mustNotCall());

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const events = [];
  const c = tls.connect({ port: server.address().port, host: '127.0.0.1', ca: certs.ca.cert }, common.mustCall(() => {
    events.push('secureConnect callback');
    assert.strictEqual(c.authorized, true);
    assert.strictEqual(c.authorizationError, null);
    assert.strictEqual(c.getProtocol(), 'TLSv1.3');
    const cipher = c.getCipher();
    assert.strictEqual(cipher.name, 'TLS_AES_256_GCM_SHA384');
    assert.strictEqual(cipher.standardName, 'TLS_AES_256_GCM_SHA384');
    assert.strictEqual(cipher.version, 'TLSv1.3');
    assert.deepStrictEqual(c.getEphemeralKeyInfo(), { type: 'ECDH', name: 'X25519', size: 253 });
    assert.strictEqual(c.servername, false); // no SNI for an IP address
    assert.strictEqual(c.alpnProtocol, false);
    assert.strictEqual(c.remotePort, server.address().port);
    assert.strictEqual(c.readyState, 'open');
    assert.deepStrictEqual(c.getCertificate(), {}); // no client certificate
    assert.strictEqual(c.getPeerCertificate().subject.CN, 'localhost');
    assert.strictEqual(c.isSessionReused(), false);
    assert.strictEqual(c.getFinished().length, 48);
    assert.strictEqual(c.getPeerFinished().length, 48);
    const km = c.exportKeyingMaterial(32, 'EXPERIMENTAL-test');
    assert.strictEqual(km.length, 32);
    c.write('hello');
  }));
  assert.strictEqual(c.encrypted, true);
  assert.strictEqual(c.authorized, false);
  c.on('connect', common.mustCall(() => events.push('connect')));
  c.on('secureConnect', common.mustCall(() => events.push('secureConnect')));
  c.on('secure', common.mustCall(() => events.push('secure')));
  c.setEncoding('utf8');
  let got = '';
  c.on('data', (d) => {
    got += d;
    if (got === 'echo:hello') c.end();
  });
  c.on('end', common.mustCall(() => {
    events.push('end');
    assert.strictEqual(got, 'echo:hellobye');
  }));
  c.on('close', common.mustCall((hadError) => {
    assert.strictEqual(hadError, false);
    assert.strictEqual(c.bytesRead, 13);
    assert.strictEqual(c.bytesWritten, 5);
    assert.deepStrictEqual(events, ['connect', 'secureConnect callback', 'secureConnect', 'secure', 'end']);
    server.close();
  }));
}));

process.on('exit', (code) => {
  if (code === 0) assert.deepStrictEqual(serverEvents, ['secureConnection', 'data hello', 'end', 'close']);
});
