'use strict';
// https: GET and POST through a keep-alive Agent (one connection for
// several requests), TLS sessions the Agent keeps and resumes on a new
// connection, https.get with a URL, certificate checks (refused by
// default), and the server's 'clientError' for failed handshakes.
const common = require('../common');
const assert = require('assert');
const https = require('https');
const http = require('http');
const net = require('net');
const tls = require('tls');
const certs = require('../tls/certs');

const serverSockets = new Set();
const server = https.createServer({ key: certs.server.key, cert: certs.server.cert }, (req, res) => {
  assert.strictEqual(req.socket.encrypted, true);
  serverSockets.add(req.socket);
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (d) => {
    body += d;
  });
  req.on('end', () => {
    res.setHeader('Content-Type', 'application/json');
    res.end(JSON.stringify({ method: req.method, url: req.url, body: body.length, host: req.headers.host,
                             alpn: req.socket.alpnProtocol }));
  });
});
assert.ok(server instanceof tls.Server);
const clientErrors = [];
server.on('clientError', (err, socket) => {
  assert.ok(socket instanceof tls.TLSSocket);
  clientErrors.push(err.code);
  socket.destroy();
});
assert.strictEqual(typeof server.closeAllConnections, 'function');

function fetch(options, body) {
  return new Promise((resolve, reject) => {
    const req = https.request(options, (res) => {
      let data = '';
      res.setEncoding('utf8');
      res.on('data', (d) => {
        data += d;
      });
      res.on('end', () => resolve({ res, req, json: JSON.parse(data) }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

(async () => {
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = server.address().port;

  assert.strictEqual(https.globalAgent.defaultPort, 443);
  assert.strictEqual(https.globalAgent.protocol, 'https:');
  assert.strictEqual(https.globalAgent.maxCachedSessions, 100);
  assert.ok(https.globalAgent instanceof http.Agent);

  // Keep-alive: three requests, one connection.
  const agent = new https.Agent({ keepAlive: true, ca: certs.ca.cert });
  const sockets = new Set();
  for (let i = 0; i < 3; i++) {
    const { res, req, json } = await fetch({ port, host: 'localhost', method: 'POST', path: `/p${i}`, agent },
                                           'x'.repeat(i * 10000));
    assert.strictEqual(res.statusCode, 200);
    assert.deepStrictEqual(json, { method: 'POST', url: `/p${i}`, body: i * 10000, host: `localhost:${port}`,
                                   alpn: false }); // the client offers no ALPN
    assert.strictEqual(req.reusedSocket, i > 0);
    sockets.add(req.socket);
    assert.strictEqual(req.socket.authorized, true);
    assert.strictEqual(req.socket.servername, 'localhost'); // SNI from the host name
  }
  assert.strictEqual(sockets.size, 1);
  assert.strictEqual(serverSockets.size, 1);

  // The agent kept the session: a new connection resumes it.
  assert.strictEqual(agent._sessionCache.list.length, 1);
  agent.destroy();
  const again = await fetch({ port, host: 'localhost', path: '/again', agent });
  assert.strictEqual(again.req.reusedSocket, false);
  assert.strictEqual(again.req.socket.isSessionReused(), true);
  agent.destroy();

  // Pools are per TLS options.
  assert.notStrictEqual(agent.getName({ host: 'h', port: 1, ca: 'a' }), agent.getName({ host: 'h', port: 1, ca: 'b' }));
  assert.strictEqual(agent.getName({ host: 'h', port: 1 }), 'h:1:::::::::::::::::::::');

  // https.get with a URL (no agent of ours: the global one).
  const viaGet = await new Promise((resolve, reject) => {
    https.get(`https://localhost:${port}/get?x=1`, { ca: certs.ca.cert }, (res) => {
      let data = '';
      res.on('data', (d) => {
        data += d;
      });
      res.on('end', () => resolve(JSON.parse(data)));
    }).on('error', reject);
  });
  assert.strictEqual(viaGet.url, '/get?x=1');
  https.globalAgent.destroy();

  // Not trusted: the request fails, unless told otherwise.
  await new Promise((resolve) => {
    const req = https.get({ port, host: '127.0.0.1', agent: false }, common.mustNotCall());
    req.on('error', common.mustCall((err) => {
      assert.strictEqual(err.code, 'UNABLE_TO_VERIFY_LEAF_SIGNATURE');
      resolve();
    }));
  });
  const insecure = await fetch({ port, host: '127.0.0.1', agent: false, rejectUnauthorized: false, path: '/i' });
  assert.strictEqual(insecure.json.url, '/i');
  assert.strictEqual(insecure.req.socket.authorized, false);
  await new Promise((resolve) => {
    const req = https.get({ port, host: '127.0.0.1', agent: false, ca: certs.ca.cert, servername: 'evil.example' });
    req.on('error', common.mustCall((err) => {
      assert.strictEqual(err.code, 'ERR_TLS_CERT_ALTNAME_INVALID');
      resolve();
    }));
  });

  // http: on an https agent is refused.
  assert.throws(() => https.request({ port, protocol: 'http:' }), { code: 'ERR_INVALID_PROTOCOL' });

  // A failed handshake is a 'clientError' (so were the refused ones above:
  // those clients hung up).
  await new Promise((resolve) => {
    const raw = net.connect(port, '127.0.0.1', () => raw.write('hello there\r\n\r\n'));
    raw.resume();
    raw.on('close', resolve);
  });
  assert.ok(clientErrors.includes('ERR_SSL_WRONG_VERSION_NUMBER'), clientErrors.join());
  assert.ok(clientErrors.includes('ECONNRESET'), clientErrors.join());
  server.close();
})().then(common.mustCall());
