'use strict';
// https: TLS options through requests and agents (client certificates with
// a requestCert server, maxCachedSessions: 0, ALPN offered by the client),
// megabytes up and down, the server's connection bookkeeping
// (closeAllConnections), and https.get with an agent of its own.
const common = require('../common');
const assert = require('assert');
const crypto = require('crypto');
const https = require('https');
const certs = require('../tls/certs');

const big = crypto.randomBytes(3 * 1024 * 1024);
const server = https.createServer({
  key: certs.server.key, cert: certs.server.cert, ca: certs.ca.cert, requestCert: true, rejectUnauthorized: false,
}, (req, res) => {
  const hash = crypto.createHash('sha256');
  let n = 0;
  req.on('data', (d) => {
    hash.update(d);
    n += d.length;
  });
  req.on('end', () => {
    const peer = req.socket.getPeerCertificate();
    res.setHeader('x-client', peer.subject ? peer.subject.CN : 'none');
    res.setHeader('x-authorized', String(req.socket.authorized));
    res.setHeader('x-alpn', String(req.socket.alpnProtocol));
    res.setHeader('x-upload', `${n}:${hash.digest('hex')}`);
    if (req.url === '/big') res.end(big);
    else res.end('ok');
  });
});

function fetch(options, body) {
  return new Promise((resolve, reject) => {
    const req = https.request({ port: server.address().port, host: 'localhost', ca: certs.ca.cert, ...options }, (res) => {
      const chunks = [];
      res.on('data', (d) => chunks.push(d));
      res.on('end', () => resolve({ res, req, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

(async () => {
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));

  // A client certificate, given per request.
  let r = await fetch({ agent: false, key: certs.client.key, cert: certs.client.cert });
  assert.strictEqual(r.res.headers['x-client'], 'client');
  assert.strictEqual(r.res.headers['x-authorized'], 'true');
  r = await fetch({ agent: false });
  assert.strictEqual(r.res.headers['x-client'], 'none');
  assert.strictEqual(r.res.headers['x-authorized'], 'false');

  // ALPN when the client offers it (the server offers http/1.1).
  r = await fetch({ agent: false, ALPNProtocols: ['h2', 'http/1.1'] });
  assert.strictEqual(r.res.headers['x-alpn'], 'http/1.1');

  // Megabytes each way, byte for byte.
  const agent = new https.Agent({ keepAlive: true, maxCachedSessions: 0 });
  r = await fetch({ agent, method: 'POST', path: '/big' }, big);
  assert.strictEqual(r.res.headers['x-upload'], `${big.length}:${crypto.createHash('sha256').update(big).digest('hex')}`);
  assert.ok(r.body.equals(big));
  // No session kept with maxCachedSessions: 0.
  assert.strictEqual(agent._sessionCache.list.length, 0);
  agent.destroy();
  r = await fetch({ agent, path: '/' });
  assert.strictEqual(r.req.socket.isSessionReused(), false);

  // https.get with an agent, and the server closing what is left.
  await new Promise((resolve) => {
    https.get({ port: server.address().port, host: 'localhost', agent, ca: certs.ca.cert }, common.mustCall((res) => {
      assert.strictEqual(res.statusCode, 200);
      res.resume();
      res.on('end', resolve);
    }));
  });
  server.closeAllConnections();
  server.close(common.mustCall());
  agent.destroy();
})().then(common.mustCall());
