'use strict';
// tls: SNI (servername, an asynchronous SNICallback choosing the server's
// certificate, Server#addContext with wildcards, SNICallback errors) and
// ALPN (ALPNProtocols on both ends, alpnProtocol, no common protocol,
// ALPNCallback).
const common = require('../common');
const assert = require('assert');
const tls = require('tls');
const certs = require('./certs');

const otherContext = tls.createSecureContext({ key: certs.other.key, cert: certs.other.cert });

function connectOnce(port, options, onSecure, onError) {
  return new Promise((resolve) => {
    const c = tls.connect({ port, host: '127.0.0.1', ...options }, () => onSecure(c));
    c.on('error', (err) => {
      assert.ok(onError, `unexpected ${err.message}`);
      onError(err);
    });
    c.resume();
    c.on('close', resolve);
  });
}

function listen(options, onSecure) {
  const server = tls.createServer({ key: certs.server.key, cert: certs.server.cert, ...options }, (s) => {
    onSecure(s);
    s.end();
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

async function sniCallback() {
  const asked = [];
  const seen = [];
  const server = await listen({
    SNICallback: (name, cb) => {
      asked.push(name);
      setTimeout(() => cb(null, name === 'other.example' ? otherContext : null), 5);
    },
  }, (s) => seen.push([s.servername, s.getCertificate().subject.CN]));
  const port = server.address().port;
  await connectOnce(port, { ca: certs.ca.cert, servername: 'other.example' }, common.mustCall((c) => {
    assert.strictEqual(c.authorized, true);
    assert.strictEqual(c.servername, 'other.example');
    assert.strictEqual(c.getPeerCertificate().subject.CN, 'other.example');
  }));
  await connectOnce(port, { ca: certs.ca.cert, servername: 'localhost' }, common.mustCall((c) => {
    assert.strictEqual(c.getPeerCertificate().subject.CN, 'localhost');
  }));
  // No SNI at all: the callback is not asked, the default certificate serves.
  await connectOnce(port, { ca: certs.ca.cert }, common.mustCall((c) => {
    assert.strictEqual(c.servername, false);
    assert.strictEqual(c.getPeerCertificate().subject.CN, 'localhost');
  }));
  assert.deepStrictEqual(asked, ['other.example', 'localhost']);
  assert.deepStrictEqual(seen, [['other.example', 'other.example'], ['localhost', 'localhost'], [false, 'localhost']]);
  server.close();
}

async function addContext() {
  const seen = [];
  const server = await listen({}, (s) => seen.push([s.servername, s.getCertificate().subject.CN]));
  server.addContext('other.example', { key: certs.other.key, cert: certs.other.cert });
  server.addContext('*.wild.example', otherContext);
  assert.throws(() => server.addContext('', {}), { code: 'ERR_TLS_REQUIRED_SERVER_NAME' });
  const port = server.address().port;
  for (const [servername, cn] of [['other.example', 'other.example'], ['a.wild.example', 'other.example'],
    ['a.b.wild.example', 'localhost'], ['nope.example', 'localhost']]) {
    await connectOnce(port, { rejectUnauthorized: false, servername }, common.mustCall((c) => {
      assert.strictEqual(c.getPeerCertificate().subject.CN, cn, servername);
    }));
  }
  assert.strictEqual(seen.length, 4);
  server.close();
}

async function sniErrors() {
  for (const [answer, message, code] of [
    [(cb) => cb(new Error('no such host')), 'no such host', undefined],
    [(cb) => cb(null, {}), 'Invalid SNI context', undefined],
    [(cb) => { cb(null, null); cb(null, null); }, 'Callback called multiple times', 'ERR_MULTIPLE_CALLBACK'],
  ]) {
    const server = await listen({ SNICallback: (name, cb) => answer(cb) }, common.mustNotCall());
    server.on('tlsClientError', common.mustCall((err, socket) => {
      assert.strictEqual(err.message, message);
      assert.strictEqual(err.code, code);
      assert.ok(socket instanceof tls.TLSSocket);
    }));
    await connectOnce(server.address().port, { ca: certs.ca.cert, servername: 'localhost' }, common.mustNotCall(),
                      common.mustCall((err) => assert.strictEqual(err.code, 'ECONNRESET')));
    server.close();
  }
}

async function alpn() {
  const seen = [];
  const server = await listen({ ALPNProtocols: ['h2', 'http/1.1'] }, (s) => seen.push(s.alpnProtocol));
  const port = server.address().port;
  const cases = [
    [['http/1.1', 'h2'], 'h2'], // the server's preference
    [['http/1.1'], 'http/1.1'],
    [Buffer.from('\x08http/1.1'), 'http/1.1'], // wire format
    [undefined, false],
  ];
  for (const [ALPNProtocols, expected] of cases) {
    await connectOnce(port, { ca: certs.ca.cert, ALPNProtocols }, common.mustCall((c) => {
      assert.strictEqual(c.alpnProtocol, expected);
    }));
  }
  assert.deepStrictEqual(seen, ['h2', 'http/1.1', 'http/1.1', false]);
  // No protocol in common: the handshake fails on both ends.
  server.once('tlsClientError', common.mustCall((err) => {
    assert.strictEqual(err.code, 'ERR_SSL_NO_APPLICATION_PROTOCOL');
  }));
  await connectOnce(port, { ca: certs.ca.cert, ALPNProtocols: ['foo'] }, common.mustNotCall(),
                    common.mustCall((err) => {
                      assert.strictEqual(err.code, 'ERR_SSL_TLSV1_ALERT_NO_APPLICATION_PROTOCOL');
                      assert.strictEqual(err.library, 'SSL routines');
                      assert.strictEqual(err.reason, 'tlsv1 alert no application protocol');
                    }));
  server.close();
  // A server without ALPNProtocols ignores the client's.
  const plain = await listen({}, (s) => assert.strictEqual(s.alpnProtocol, false));
  await connectOnce(plain.address().port, { ca: certs.ca.cert, ALPNProtocols: ['h2'] }, common.mustCall((c) => {
    assert.strictEqual(c.alpnProtocol, false);
  }));
  plain.close();

  const out = {};
  tls.convertALPNProtocols(['h2', 'http/1.1'], out);
  assert.deepStrictEqual(out.ALPNProtocols, Buffer.from('\x02h2\x08http/1.1'));
  assert.throws(() => tls.connect({ port, ALPNProtocols: 5 }), { name: 'TypeError', message: 'Must give a Buffer as first argument' });
}

async function alpnCallback() {
  const asked = [];
  const answers = { pick: 'b', none: undefined, wrong: 'zzz' };
  const server = await listen({
    ALPNCallback: ({ servername, protocols }) => {
      asked.push([servername, protocols]);
      if (servername === 'throw.test') throw new Error('boom');
      return answers[servername.split('.')[0]];
    },
  }, (s) => assert.strictEqual(s.alpnProtocol, s.servername === 'pick.test' ? 'b' : false));
  const port = server.address().port;
  const opts = (name) => ({ rejectUnauthorized: false, servername: `${name}.test`, ALPNProtocols: ['a', 'b'] });
  await connectOnce(port, opts('pick'), common.mustCall((c) => assert.strictEqual(c.alpnProtocol, 'b')));
  const serverErrors = [];
  server.on('tlsClientError', (err) => serverErrors.push([err.code, err.message]));
  await connectOnce(port, opts('none'), common.mustNotCall(), common.mustCall((err) => {
    assert.strictEqual(err.code, 'ERR_SSL_TLSV1_ALERT_NO_APPLICATION_PROTOCOL');
  }));
  await connectOnce(port, opts('wrong'), common.mustNotCall(), common.mustCall((err) => {
    assert.strictEqual(err.code, 'ECONNRESET');
  }));
  await connectOnce(port, opts('throw'), common.mustNotCall(), common.mustCall());
  // A client without ALPN: the callback is not asked.
  await connectOnce(port, { rejectUnauthorized: false, servername: 'plain.test' }, common.mustCall((c) => {
    assert.strictEqual(c.alpnProtocol, false);
  }));
  assert.deepStrictEqual(asked.map(([name]) => name), ['pick.test', 'none.test', 'wrong.test', 'throw.test']);
  assert.deepStrictEqual(asked[0][1], ['a', 'b']);
  assert.strictEqual(serverErrors[0][0], 'ERR_SSL_NO_APPLICATION_PROTOCOL');
  assert.deepStrictEqual(serverErrors.slice(1), [
    ['ERR_TLS_ALPN_CALLBACK_INVALID_RESULT',
     "ALPN callback returned a value (zzz) that did not match any of the client's offered protocols (a, b)"],
    [undefined, 'boom'],
  ]);
  server.close();
  assert.throws(() => tls.createServer({ ALPNCallback: () => {}, ALPNProtocols: ['a'] }), {
    code: 'ERR_TLS_ALPN_CALLBACK_WITH_PROTOCOLS',
    message: 'The ALPNCallback and ALPNProtocols TLS options are mutually exclusive',
  });
}

(async () => {
  await sniCallback();
  await alpnCallback();
  await addContext();
  await sniErrors();
  await alpn();
})().then(common.mustCall());
