'use strict';
// tls.createSecureContext: key / cert / ca / pfx / passphrase / dhparam /
// sigalgs / crl / ciphers / ecdhCurve / versions, with Node's errors for bad
// values (argument errors, and OpenSSL's errors with library, reason and
// code); tls.getCiphers.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const tls = require('tls');
const certs = require('./certs');

const file = (name) => path.join(certs.dir, name);
certs.openssl(['pkcs12', '-export', '-inkey', certs.server.keyPath, '-in', certs.server.certPath,
  '-certfile', certs.ca.certPath, '-out', 'server.pfx', '-passout', 'pass:sekrit']);
// The key is encrypted with a random salt and IV: a wrong passphrase fails
// the padding check ("bad decrypt") except about 1 time in 256 per try, when
// it decrypts to garbage with valid padding that OpenSSL then cannot decode
// (as it would in node). A key for which the openssl tool sees that with
// the passphrases tried below is made again, so the test always checks the
// usual case.
const badDecrypt = (pass) => {
  try {
    certs.openssl(['pkey', '-in', 'server-enc.key', '-passin', `pass:${pass}`, '-noout']);
  } catch (err) {
    return /bad decrypt/.test(String(err.stderr));
  }
  return false;
};
for (let tries = 0; ; tries++) {
  certs.openssl(['pkey', '-in', certs.server.keyPath, '-aes256', '-passout', 'pass:sekrit', '-out', 'server-enc.key']);
  if (badDecrypt('wrong') && badDecrypt('')) break;
  assert.ok(tries < 20, 'no key that a wrong passphrase fails to decrypt');
}
const pfx = fs.readFileSync(file('server.pfx'));
const encKey = fs.readFileSync(file('server-enc.key'), 'utf8');

const ctx = tls.createSecureContext();
assert.ok(ctx instanceof tls.SecureContext);
assert.deepStrictEqual(Object.keys(ctx), ['context']);
assert.strictEqual(typeof ctx.context.setCert, 'function');

// Good values.
tls.createSecureContext({ key: certs.server.key, cert: certs.server.cert, ca: [certs.ca.cert] });
tls.createSecureContext({ key: Buffer.from(certs.server.key), cert: new Uint8Array(Buffer.from(certs.server.cert)) });
tls.createSecureContext({ pfx, passphrase: 'sekrit' });
tls.createSecureContext({ pfx: [{ buf: pfx, passphrase: 'sekrit' }] });
tls.createSecureContext({ key: encKey, passphrase: 'sekrit', cert: certs.server.cert });
tls.createSecureContext({ key: [{ pem: encKey, passphrase: 'sekrit' }], cert: certs.server.cert });
tls.createSecureContext({ dhparam: 'auto', sigalgs: 'ECDSA+SHA256:RSA-PSS+SHA256', ecdhCurve: 'P-256:X25519' });
tls.createSecureContext({ ca: 'not a certificate' }); // ignored, as in Node

// Argument errors.
const typeErr = (name) => ({ code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError', message: new RegExp(`^The "${name.replace('.', '\\.')}"`) });
assert.throws(() => tls.createSecureContext('x'), typeErr('options'));
assert.throws(() => tls.createSecureContext({ key: 42 }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.key" property must be of type string or an instance of Buffer, TypedArray, or DataView. Received type number (42)',
});
assert.throws(() => tls.createSecureContext({ cert: 42 }), typeErr('options.cert'));
assert.throws(() => tls.createSecureContext({ ca: [certs.ca.cert, 42] }), typeErr('options.ca'));
assert.throws(() => tls.createSecureContext({ ciphers: 5 }), typeErr('options.ciphers'));
assert.throws(() => tls.createSecureContext({ ecdhCurve: 5 }), typeErr('options.ecdhCurve'));
assert.throws(() => tls.createSecureContext({ sessionIdContext: 5 }), typeErr('options.sessionIdContext'));
assert.throws(() => tls.createSecureContext({ sessionTimeout: 'x' }), typeErr('options.sessionTimeout'));
assert.throws(() => tls.createSecureContext({ secureOptions: 'x' }), typeErr('secureOptions'));
assert.throws(() => tls.createSecureContext({ sigalgs: '' }), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => tls.createSecureContext({ ciphers: ':' }), {
  code: 'ERR_INVALID_ARG_VALUE', message: "The property 'options.ciphers' is invalid. Received [ '', '' ]",
});
assert.throws(() => tls.createSecureContext({ minVersion: 'TLSv1.4' }), {
  code: 'ERR_TLS_INVALID_PROTOCOL_VERSION', name: 'TypeError', message: '"TLSv1.4" is not a valid minimum TLS protocol version',
});
assert.throws(() => tls.createSecureContext({ maxVersion: 5 }), {
  code: 'ERR_TLS_INVALID_PROTOCOL_VERSION', message: '5 is not a valid maximum TLS protocol version',
});
assert.throws(() => tls.createSecureContext({ minVersion: 'TLSv1.2', secureProtocol: 'TLSv1_2_method' }), {
  code: 'ERR_TLS_PROTOCOL_VERSION_CONFLICT',
  message: 'TLS protocol version "TLSv1.2" conflicts with secureProtocol "TLSv1_2_method"',
});
assert.throws(() => tls.createSecureContext({ secureProtocol: 'nope' }), {
  code: 'ERR_TLS_INVALID_PROTOCOL_METHOD', name: 'TypeError', message: 'Unknown method: nope',
});
assert.throws(() => tls.createSecureContext({ secureProtocol: 'SSLv3_method' }), {
  code: 'ERR_TLS_INVALID_PROTOCOL_METHOD', message: 'SSLv3 methods disabled',
});

// OpenSSL's errors.
assert.throws(() => tls.createSecureContext({ key: 'garbage', cert: certs.server.cert }), {
  message: 'error:1E08010C:DECODER routines::unsupported',
  library: 'DECODER routines', reason: 'unsupported', code: 'ERR_OSSL_UNSUPPORTED',
});
assert.throws(() => tls.createSecureContext({ key: certs.server.key, cert: 'garbage' }), {
  message: 'error:0480006C:PEM routines::no start line', code: 'ERR_OSSL_PEM_NO_START_LINE',
});
assert.throws(() => tls.createSecureContext({ key: certs.client.key, cert: certs.server.cert }), {
  message: 'error:05800074:x509 certificate routines::key values mismatch',
  library: 'x509 certificate routines', code: 'ERR_OSSL_X509_KEY_VALUES_MISMATCH',
});
assert.throws(() => tls.createSecureContext({ ciphers: 'NOPE' }), {
  message: 'error:0A0000B9:SSL routines::no cipher match', library: 'SSL routines', code: 'ERR_SSL_NO_CIPHER_MATCH',
});
for (const passphrase of ['wrong', undefined]) {
  assert.throws(() => tls.createSecureContext({ key: encKey, passphrase, cert: certs.server.cert }), {
    message: 'error:1C800064:Provider routines::bad decrypt', code: 'ERR_OSSL_BAD_DECRYPT',
  });
  assert.throws(() => tls.createSecureContext({ pfx, passphrase }), { name: 'Error', message: 'mac verify failure' });
}
assert.throws(() => tls.createSecureContext({ ecdhCurve: 'nope' }), {
  message: 'Failed to set ECDH curve', code: 'ERR_CRYPTO_OPERATION_FAILED',
});
assert.throws(() => tls.createSecureContext({ sigalgs: 'NOPE' }), { message: 'error:00000000:lib(0)::reason(0)' });
assert.throws(() => tls.createSecureContext({ crl: 'garbage' }), {
  message: 'Failed to parse CRL', code: 'ERR_CRYPTO_OPERATION_FAILED',
});

// getCiphers: lower case, sorted, TLS 1.2 and 1.3 names.
const ciphers = tls.getCiphers();
assert.ok(ciphers.includes('ecdhe-ecdsa-aes128-gcm-sha256'));
assert.ok(ciphers.includes('tls_aes_256_gcm_sha384'));
assert.ok(ciphers.includes('tls_aes_128_ccm_sha256'));
assert.deepStrictEqual([...ciphers].sort(), ciphers);
assert.ok(ciphers.every((c) => c === c.toLowerCase()));

// A pfx-served connection, its chain coming from the pfx.
const server = tls.createServer({ pfx, passphrase: 'sekrit' }, (s) => s.end('pfx'));
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const c = tls.connect({ port: server.address().port, host: '127.0.0.1', ca: certs.ca.cert }, common.mustCall(() => {
    assert.strictEqual(c.authorized, true);
    assert.strictEqual(c.getPeerCertificate().subject.CN, 'localhost');
  }));
  c.setEncoding('utf8');
  c.on('data', common.mustCall((d) => assert.strictEqual(d, 'pfx')));
  c.on('close', common.mustCall(() => server.close()));
}));

// Any falsy options are none (as node); other non-objects are refused.
for (const none of [false, 0, '', null, undefined]) {
  assert.strictEqual(tls.createSecureContext(none).constructor.name, 'SecureContext');
}
assert.throws(() => tls.createSecureContext('str'), { code: 'ERR_INVALID_ARG_TYPE' });
