'use strict';
// tls: the system `openssl` as the peer. Our client talks to `openssl
// s_server -rev` (TLS 1.3 and 1.2, ALPN, a client certificate); `openssl
// s_client` talks to our server, verifies it and sees our echo.
const common = require('../common');
const assert = require('assert');
const { spawn } = require('child_process');
const tls = require('tls');
const certs = require('./certs');

// Starts s_server for one connection; resolves with { port, child, output }.
function sServer(args) {
  return new Promise((resolve, reject) => {
    const child = spawn('openssl', ['s_server', '-accept', '127.0.0.1:0', '-naccept', '1', '-key', certs.server.keyPath,
      '-cert', certs.server.certPath, ...args], { cwd: certs.dir, stdio: ['pipe', 'pipe', 'pipe'] });
    let output = '';
    let started = false;
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (d) => {
      output += d;
      const m = /ACCEPT 127\.0\.0\.1:(\d+)/.exec(output);
      if (m && !started) {
        started = true;
        resolve({ port: Number(m[1]), child, output: () => output });
      }
    });
    child.stderr.resume();
    child.on('error', reject);
  });
}

async function clientToOpenSSL(maxVersion, extra, check) {
  const server = await sServer(['-rev', ...extra]);
  const exited = new Promise((resolve) => server.child.on('close', resolve));
  await new Promise((resolve, reject) => {
    const c = tls.connect({ port: server.port, host: '127.0.0.1', ca: certs.ca.cert, servername: 'localhost',
      maxVersion, ALPNProtocols: ['lode', 'http/1.1'], key: certs.client.key, cert: certs.client.cert }, () => {
      assert.strictEqual(c.authorized, true);
      assert.strictEqual(c.getProtocol(), maxVersion);
      check(c);
      c.write('hello openssl\n');
    });
    c.setEncoding('utf8');
    let got = '';
    c.on('data', (d) => {
      got += d;
      if (got.includes('\n')) {
        assert.strictEqual(got, 'lssnepo olleh\n');
        c.end();
      }
    });
    c.on('error', reject);
    c.on('close', resolve);
  });
  server.child.stdin.end();
  server.child.kill();
  await exited;
  return server.output();
}

function sClient(port, args, input) {
  return new Promise((resolve, reject) => {
    const child = spawn('openssl', ['s_client', '-connect', `127.0.0.1:${port}`, '-CAfile', certs.ca.certPath,
      '-verify_return_error', '-ign_eof', ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (d) => {
      out += d;
    });
    child.stderr.resume();
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, out }));
    child.stdin.end(input);
  });
}

async function openSSLToServer() {
  const seen = [];
  const server = tls.createServer({ key: certs.server.key, cert: certs.server.cert, ALPNProtocols: ['http/1.1'],
                                    requestCert: true, rejectUnauthorized: false, ca: certs.ca.cert }, (s) => {
    seen.push([s.getProtocol(), s.servername, s.alpnProtocol, s.authorized]);
    s.setEncoding('utf8');
    let got = '';
    s.on('data', (d) => {
      got += d;
      if (got.endsWith('\n')) s.end(`echo:${got}`);
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = server.address().port;
  let r = await sClient(port, ['-servername', 'localhost', '-alpn', 'http/1.1'], 'from s_client\n');
  assert.strictEqual(r.code, 0, r.out);
  assert.match(r.out, /Verify return code: 0 \(ok\)/);
  assert.match(r.out, /ALPN protocol: http\/1\.1/);
  assert.match(r.out, /echo:from s_client\n/);
  r = await sClient(port, ['-tls1_2', '-cert', certs.client.certPath, '-key', certs.client.keyPath], 'tls 1.2\n');
  assert.strictEqual(r.code, 0, r.out);
  assert.match(r.out, /Protocol *: TLSv1\.2/);
  assert.match(r.out, /echo:tls 1\.2\n/);
  assert.deepStrictEqual(seen, [['TLSv1.3', 'localhost', 'http/1.1', false], ['TLSv1.2', false, false, true]]);
  server.close();
}

(async () => {
  let out = await clientToOpenSSL('TLSv1.3', ['-alpn', 'http/1.1,h2'], (c) => {
    assert.strictEqual(c.alpnProtocol, 'http/1.1');
  });
  assert.match(out, /ACCEPT/);
  out = await clientToOpenSSL('TLSv1.2', ['-Verify', '1', '-CAfile', certs.ca.certPath], (c) => {
    assert.strictEqual(c.alpnProtocol, false);
    assert.match(c.getCipher().name, /^ECDHE-ECDSA-/);
  });
  await openSSLToServer();
})().then(common.mustCall());
