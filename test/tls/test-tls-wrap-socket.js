'use strict';
// tls: TLS over a socket that already exists. STARTTLS: a plain TCP
// connection speaks clear text, then both ends upgrade it (tls.connect's
// `socket` option, new tls.TLSSocket(socket, { isServer })). And TLS over
// a JS Duplex pair, with no TCP handle at all.
const common = require('../common');
const assert = require('assert');
const crypto = require('crypto');
const net = require('net');
const { Duplex } = require('stream');
const tls = require('tls');
const certs = require('./certs');

const secureContext = tls.createSecureContext({ key: certs.server.key, cert: certs.server.cert });

function startTls() {
  return new Promise((resolve) => {
    const server = net.createServer(common.mustCall((raw) => {
      raw.once('data', common.mustCall((d) => {
        assert.strictEqual(`${d}`, 'STARTTLS\r\n');
        raw.write('OK\r\n', common.mustCall(() => {
          const s = new tls.TLSSocket(raw, { isServer: true, secureContext });
          s.on('secure', common.mustCall(() => {
            assert.strictEqual(s.getProtocol(), 'TLSv1.3');
            assert.strictEqual(s.servername, 'localhost');
          }));
          s.setEncoding('utf8');
          s.on('data', common.mustCall((msg) => {
            assert.strictEqual(msg, 'secret');
            s.end('secret reply');
          }));
          s.on('close', common.mustCall(() => {
            assert.strictEqual(raw.destroyed, true);
            server.close(resolve);
          }));
        }));
      }));
    }));
    server.listen(0, '127.0.0.1', common.mustCall(() => {
      const raw = net.connect(server.address().port, '127.0.0.1', common.mustCall(() => raw.write('STARTTLS\r\n')));
      raw.once('data', common.mustCall((d) => {
        assert.strictEqual(`${d}`, 'OK\r\n');
        const c = tls.connect({ socket: raw, ca: certs.ca.cert, servername: 'localhost' }, common.mustCall(() => {
          assert.strictEqual(c.authorized, true);
          assert.strictEqual(c.remoteAddress, '127.0.0.1');
          c.write('secret');
        }));
        c.setEncoding('utf8');
        let got = '';
        c.on('data', (m) => {
          got += m;
        });
        c.on('end', common.mustCall(() => assert.strictEqual(got, 'secret reply')));
      }));
    }));
  });
}

// Two Duplexes: what one is written, the other reads.
function duplexPair() {
  const a = new Duplex({ read() {}, write(chunk, enc, cb) { b.push(chunk); cb(); }, final(cb) { b.push(null); cb(); } });
  const b = new Duplex({ read() {}, write(chunk, enc, cb) { a.push(chunk); cb(); }, final(cb) { a.push(null); cb(); } });
  return [a, b];
}

function overDuplex() {
  return new Promise((resolve) => {
    const [a, b] = duplexPair();
    const data = crypto.randomBytes(1024 * 1024);
    const s = new tls.TLSSocket(b, { isServer: true, secureContext });
    s.on('secure', common.mustCall());
    s.pipe(s); // echo
    const c = tls.connect({ socket: a, ca: certs.ca.cert, servername: 'localhost' }, common.mustCall(() => {
      assert.strictEqual(c.authorized, true);
      assert.strictEqual(c.getProtocol(), 'TLSv1.3');
      c.end(data);
    }));
    const chunks = [];
    c.on('data', (d) => chunks.push(d));
    c.on('end', common.mustCall(() => {
      assert.ok(Buffer.concat(chunks).equals(data));
    }));
    c.on('close', common.mustCall(resolve));
  });
}

// The client starts TLS without waiting: its hello may arrive with the
// command, in the same read; the server puts it back (unshift) and the TLS
// socket takes what the socket had buffered.
function eagerStartTls() {
  return new Promise((resolve) => {
    const server = net.createServer(common.mustCall((raw) => {
      raw.once('data', common.mustCall((d) => {
        assert.strictEqual(d.toString('latin1', 0, 10), 'STARTTLS\r\n');
        raw.pause(); // (Node takes buffered bytes only from a paused socket)
        if (d.length > 10) raw.unshift(d.subarray(10));
        const s = new tls.TLSSocket(raw, { isServer: true, secureContext });
        s.on('data', common.mustCall((msg) => s.end(`got ${msg}`)));
        s.on('close', common.mustCall(() => server.close(resolve)));
      }));
    }));
    server.listen(0, '127.0.0.1', common.mustCall(() => {
      const raw = net.connect(server.address().port, '127.0.0.1', common.mustCall(() => {
        raw.write('STARTTLS\r\n');
        const c = tls.connect({ socket: raw, ca: certs.ca.cert, servername: 'localhost' }, common.mustCall(() => {
          c.write('eager');
        }));
        c.setEncoding('utf8');
        c.on('data', common.mustCall((m) => assert.strictEqual(m, 'got eager')));
      }));
    }));
  });
}

(async () => {
  await startTls();
  await eagerStartTls();
  await overDuplex();
})().then(common.mustCall());
