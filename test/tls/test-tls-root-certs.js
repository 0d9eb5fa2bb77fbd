'use strict';
// tls: the default trust is the system store (tls.rootCertificates), and
// NODE_EXTRA_CA_CERTS adds to it (a file that cannot be read is a warning).
const common = require('../common');
const assert = require('assert');
const tls = require('tls');
const certs = require('./certs');

if (process.argv[2] === 'child') {
  // Under NODE_EXTRA_CA_CERTS=ca.crt: a server signed by that CA is trusted
  // without `ca`; the extra certificates are not part of rootCertificates.
  const server = tls.createServer({ key: certs.server.key, cert: certs.server.cert }, (s) => s.end('ok'));
  server.listen(0, '127.0.0.1', () => {
    const c = tls.connect({ port: server.address().port, host: '127.0.0.1' }, () => {
      process.stdout.write(`authorized=${c.authorized} roots=${tls.rootCertificates.length}\n`);
      c.resume();
      c.on('end', () => server.close());
    });
    c.on('error', (e) => {
      process.stdout.write(`error=${e.code}\n`);
      server.close();
    });
  });
  return;
}

const roots = tls.rootCertificates;
assert.ok(Array.isArray(roots));
assert.ok(Object.isFrozen(roots));
assert.strictEqual(tls.rootCertificates, roots);
assert.ok(roots.length > 0);
for (const pem of roots) {
  assert.match(pem, /^-----BEGIN CERTIFICATE-----\n[A-Za-z0-9+/=\n]+-----END CERTIFICATE-----\n?$/);
}

const env = { ...process.env, LODE_TLS_CERTS: certs.dir };
let r = common.run([__filename, 'child'], { env: { ...env, NODE_EXTRA_CA_CERTS: certs.ca.certPath } });
assert.strictEqual(r.status, 0, r.stderr);
assert.strictEqual(r.stdout, `authorized=true roots=${roots.length}\n`);

// Without it the same connection is refused.
r = common.run([__filename, 'child'], { env });
assert.strictEqual(r.status, 0, r.stderr);
assert.strictEqual(r.stdout, 'error=UNABLE_TO_VERIFY_LEAF_SIGNATURE\n');

// NODE_TLS_REJECT_UNAUTHORIZED=0 turns verification off, with a warning.
r = common.run([__filename, 'child'], { env: { ...env, NODE_TLS_REJECT_UNAUTHORIZED: '0' } });
assert.strictEqual(r.status, 0, r.stderr);
assert.strictEqual(r.stdout, `authorized=false roots=${roots.length}\n`);
assert.match(r.stderr, /Warning: Setting the NODE_TLS_REJECT_UNAUTHORIZED environment variable to '0' makes TLS connections and HTTPS requests insecure by disabling certificate verification\./);

// A file that cannot be read: a warning, and the default store.
r = common.run([__filename, 'child'], { env: { ...env, NODE_EXTRA_CA_CERTS: '/nonexistent/extra.pem' } });
assert.strictEqual(r.status, 0, r.stderr);
assert.strictEqual(r.stdout, 'error=UNABLE_TO_VERIFY_LEAF_SIGNATURE\n');
assert.match(r.stderr, /^Warning: Ignoring extra certs from `\/nonexistent\/extra\.pem`, load failed: error:[0-9A-F]+:system library::No such file or directory\n/);
