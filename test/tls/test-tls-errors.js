'use strict';
// tls: failures. A peer that is not TLS (the server reports it through
// 'tlsClientError'; the client sees ECONNRESET with Node's message), a
// handshake that times out, connection refused, renegotiation (refused in
// TLS 1.3, done in TLS 1.2, refused when disabled), and argument errors.
const common = require('../common');
const assert = require('assert');
const net = require('net');
const tls = require('tls');
const certs = require('./certs');

const serverOptions = { key: certs.server.key, cert: certs.server.cert };

async function notTls() {
  // A server that closes without a word.
  const plain = net.createServer((s) => s.end());
  await new Promise((resolve) => plain.listen(0, '127.0.0.1', resolve));
  await new Promise((resolve) => {
    const port = plain.address().port;
    const c = tls.connect({ port, host: '127.0.0.1' }, common.mustNotCall());
    c.on('error', common.mustCall((err) => {
      assert.strictEqual(err.code, 'ECONNRESET');
      assert.strictEqual(err.message, 'Client network socket disconnected before secure TLS connection was established');
      assert.strictEqual(err.host, '127.0.0.1');
      assert.strictEqual(err.port, port);
    }));
    c.on('close', resolve);
  });
  plain.close();

  // A client that sends text.
  const server = tls.createServer(serverOptions, common.mustNotCall());
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  await new Promise((resolve) => {
    server.once('tlsClientError', common.mustCall((err, socket) => {
      assert.strictEqual(err.code, 'ERR_SSL_WRONG_VERSION_NUMBER');
      assert.strictEqual(err.library, 'SSL routines');
      assert.strictEqual(err.reason, 'wrong version number');
      assert.match(err.message, /^[0-9A-F]+:error:0A00010B:SSL routines:[a-z0-9_]+:wrong version number:/);
      assert.ok(socket instanceof tls.TLSSocket);
    }));
    const raw = net.connect(server.address().port, '127.0.0.1', () => raw.write('hello there\r\n\r\n'));
    raw.resume();
    raw.on('close', resolve);
  });
  // A client that goes away during the handshake: 'socket hang up'.
  await new Promise((resolve) => {
    server.once('tlsClientError', common.mustCall((err) => {
      assert.strictEqual(err.code, 'ECONNRESET');
      assert.strictEqual(err.message, 'socket hang up');
      resolve();
    }));
    const raw = net.connect(server.address().port, '127.0.0.1', () => raw.end());
  });
  server.close();
}

async function handshakeTimeout() {
  const server = tls.createServer({ ...serverOptions, handshakeTimeout: 50 }, common.mustNotCall());
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  await new Promise((resolve) => {
    server.once('tlsClientError', common.mustCall((err, socket) => {
      assert.strictEqual(err.code, 'ERR_TLS_HANDSHAKE_TIMEOUT');
      assert.strictEqual(err.message, 'TLS handshake timeout');
      socket.destroy(); // it is the listener's to end
    }));
    const raw = net.connect(server.address().port, '127.0.0.1'); // and says nothing
    raw.on('close', resolve);
    raw.resume();
  });
  server.close();
}

async function refused() {
  const probe = net.createServer();
  await new Promise((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const port = probe.address().port;
  await new Promise((resolve) => probe.close(resolve));
  await new Promise((resolve) => {
    const c = tls.connect(port, '127.0.0.1', common.mustNotCall());
    c.on('error', common.mustCall((err) => {
      assert.strictEqual(err.code, 'ECONNREFUSED');
      assert.strictEqual(err.syscall, 'connect');
      resolve();
    }));
  });
}

async function renegotiate() {
  const server = tls.createServer(serverOptions, (s) => {
    s.on('data', (d) => s.write(d));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = server.address().port;
  for (const maxVersion of ['TLSv1.3', 'TLSv1.2']) {
    await new Promise((resolve) => {
      const c = tls.connect({ port, host: '127.0.0.1', ca: certs.ca.cert, maxVersion }, common.mustCall(() => {
        const started = c.renegotiate({}, common.mustCall((err) => {
          if (maxVersion === 'TLSv1.3') {
            assert.strictEqual(started, false);
            assert.strictEqual(err.code, 'ERR_SSL_WRONG_SSL_VERSION');
            assert.strictEqual(err.message, 'error:0A00010A:SSL routines::wrong ssl version');
          } else {
            assert.strictEqual(started, true);
            assert.ifError(err);
          }
          c.end('after');
        }));
      }));
      c.resume();
      c.on('close', resolve);
    });
  }
  assert.throws(() => tls.TLSSocket.prototype.renegotiate.call(new tls.TLSSocket(), 'x'), { code: 'ERR_INVALID_ARG_TYPE' });
  server.close();
}

function argumentErrors() {
  assert.throws(() => tls.connect(), {
    code: 'ERR_MISSING_ARGS', message: 'The "options" or "port" or "path" argument must be specified',
  });
  assert.throws(() => tls.createServer('x'), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => tls.createServer({ SNICallback: 5 }), {
    code: 'ERR_INVALID_ARG_TYPE', message: /^The "options\.SNICallback" property must be of type function/,
  });
  assert.throws(() => tls.createServer({ handshakeTimeout: 'x' }), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => new tls.TLSSocket().setServername(5), {
    code: 'ERR_INVALID_ARG_TYPE', message: 'The "name" argument must be of type string. Received type number (5)',
  });
  assert.throws(() => tls.connect({ port: 1, secureContext: {} }), {
    code: 'ERR_TLS_INVALID_CONTEXT', message: 'context must be a SecureContext',
  });
  assert.throws(() => new tls.TLSSocket(null, { isServer: true }).setServername('x'), { code: 'ERR_TLS_SNI_FROM_SERVER' });
}

(async () => {
  argumentErrors();
  await notTls();
  await handshakeTimeout();
  await refused();
  await renegotiate();
})().then(common.mustCall());
