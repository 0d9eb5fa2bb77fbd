'use strict';
// tls: protocol versions (minVersion / maxVersion, secureProtocol,
// DEFAULT_MIN_VERSION / DEFAULT_MAX_VERSION), ciphers for TLS 1.2 and 1.3,
// honorCipherOrder, ecdhCurve; a version mismatch fails on both ends with
// OpenSSL's errors as Node reports them.
const common = require('../common');
const assert = require('assert');
const tls = require('tls');
const certs = require('./certs');

// Resolves with what the client saw: { protocol, cipher, key } or { error }
// and the server's error, if any.
async function run(serverOptions, clientOptions) {
  const server = tls.createServer({ key: certs.server.key, cert: certs.server.cert, ...serverOptions }, (s) => s.end());
  let serverError;
  server.on('tlsClientError', (err) => {
    serverError = err;
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const result = await new Promise((resolve) => {
    const out = {};
    const c = tls.connect({ port: server.address().port, host: '127.0.0.1', ca: certs.ca.cert, ...clientOptions }, () => {
      out.protocol = c.getProtocol();
      out.cipher = c.getCipher();
      out.key = c.getEphemeralKeyInfo();
    });
    c.resume();
    c.on('error', (err) => {
      out.error = err;
    });
    c.on('close', () => resolve(out));
  });
  await new Promise((resolve) => server.close(resolve));
  result.serverError = serverError;
  return result;
}

(async () => {
  assert.strictEqual(tls.DEFAULT_MIN_VERSION, 'TLSv1.2');
  assert.strictEqual(tls.DEFAULT_MAX_VERSION, 'TLSv1.3');
  assert.strictEqual(tls.DEFAULT_ECDH_CURVE, 'auto');
  assert.match(tls.DEFAULT_CIPHERS, /^TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256:TLS_AES_128_GCM_SHA256:/);

  let r = await run({}, {});
  assert.strictEqual(r.protocol, 'TLSv1.3');

  r = await run({ maxVersion: 'TLSv1.2' }, {});
  assert.strictEqual(r.protocol, 'TLSv1.2');
  assert.deepStrictEqual(r.cipher, {
    name: 'ECDHE-ECDSA-AES128-GCM-SHA256', standardName: 'TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256', version: 'TLSv1.2',
  });
  assert.deepStrictEqual(r.key, { type: 'ECDH', name: 'X25519', size: 253 });

  r = await run({}, { maxVersion: 'TLSv1.2' });
  assert.strictEqual(r.protocol, 'TLSv1.2');
  r = await run({ secureProtocol: 'TLSv1_2_method' }, {});
  assert.strictEqual(r.protocol, 'TLSv1.2');

  // No version in common.
  r = await run({ minVersion: 'TLSv1.3' }, { maxVersion: 'TLSv1.2' });
  assert.strictEqual(r.protocol, undefined);
  assert.strictEqual(r.error.code, 'ERR_SSL_TLSV1_ALERT_PROTOCOL_VERSION');
  assert.strictEqual(r.error.library, 'SSL routines');
  assert.strictEqual(r.error.reason, 'tlsv1 alert protocol version');
  assert.match(r.error.message, /^[0-9A-F]+:error:0A00042E:SSL routines:[a-z0-9_]+:tlsv1 alert protocol version:.*SSL alert number 70\n?$/);
  assert.strictEqual(r.serverError.code, 'ERR_SSL_UNSUPPORTED_PROTOCOL');

  // The defaults are read when a context is made.
  tls.DEFAULT_MAX_VERSION = 'TLSv1.2';
  r = await run({}, {});
  assert.strictEqual(r.protocol, 'TLSv1.2');
  tls.DEFAULT_MAX_VERSION = 'TLSv1.3';

  // Ciphers: TLS 1.2 names and TLS 1.3 suites in one list.
  r = await run({ maxVersion: 'TLSv1.2' }, { ciphers: 'ECDHE-ECDSA-CHACHA20-POLY1305' });
  assert.strictEqual(r.cipher.name, 'ECDHE-ECDSA-CHACHA20-POLY1305');
  r = await run({ ciphers: 'TLS_CHACHA20_POLY1305_SHA256' }, {});
  assert.strictEqual(r.cipher.name, 'TLS_CHACHA20_POLY1305_SHA256');
  r = await run({}, { ciphers: 'TLS_AES_128_GCM_SHA256' });
  assert.strictEqual(r.cipher.name, 'TLS_AES_128_GCM_SHA256');
  // Only TLS 1.3 suites: TLS 1.2 is off.
  r = await run({ ciphers: 'TLS_AES_128_GCM_SHA256' }, { maxVersion: 'TLSv1.2' });
  assert.strictEqual(r.serverError.code, 'ERR_SSL_UNSUPPORTED_PROTOCOL');
  // Only TLS 1.2 ciphers: TLS 1.3 keeps its suites.
  r = await run({ ciphers: 'ECDHE-ECDSA-AES128-GCM-SHA256' }, {});
  assert.strictEqual(r.protocol, 'TLSv1.3');

  // Whose order counts.
  const serverOrder = 'ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-ECDSA-AES128-GCM-SHA256';
  const clientOrder = 'ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384';
  r = await run({ maxVersion: 'TLSv1.2', ciphers: serverOrder, honorCipherOrder: true }, { ciphers: clientOrder });
  assert.strictEqual(r.cipher.name, 'ECDHE-ECDSA-AES256-GCM-SHA384');
  r = await run({ maxVersion: 'TLSv1.2', ciphers: serverOrder, honorCipherOrder: false }, { ciphers: clientOrder });
  assert.strictEqual(r.cipher.name, 'ECDHE-ECDSA-AES128-GCM-SHA256');

  // Key exchange groups.
  r = await run({ ecdhCurve: 'P-384' }, {});
  assert.deepStrictEqual(r.key, { type: 'ECDH', name: 'secp384r1', size: 384 });
  r = await run({}, { ecdhCurve: 'X448' });
  assert.deepStrictEqual(r.key, { type: 'ECDH', name: 'X448', size: 448 });
  r = await run({ ecdhCurve: 'prime256v1' }, {});
  assert.deepStrictEqual(r.key, { type: 'ECDH', name: 'prime256v1', size: 256 });

  const ctx = tls.createSecureContext({ minVersion: 'TLSv1.2', maxVersion: 'TLSv1.2' });
  assert.strictEqual(ctx.context.getMinProto(), 0x303);
  assert.strictEqual(ctx.context.getMaxProto(), 0x303);
})().then(common.mustCall());
