'use strict';
// dns.lookupService: getnameinfo on the thread pool.
const assert = require('assert');
const dns = require('dns');
const { mustCall } = require('../common');

dns.lookupService('127.0.0.1', 22, mustCall((err, hostname, service) => {
  assert.ifError(err);
  assert.strictEqual(typeof hostname, 'string');
  assert.ok(hostname.length > 0);
  assert.ok(service === 'ssh' || service === '22', service);
}));
dns.lookupService('127.0.0.1', '80', mustCall((err, hostname, service) => {
  assert.ifError(err);
  assert.ok(service === 'http' || service === '80', service);
}));
// A port without a service name comes back as its number.
const req = dns.lookupService('127.0.0.1', 54321, mustCall(function(err, hostname, service) {
  assert.ifError(err);
  assert.strictEqual(service, '54321');
  assert.strictEqual(arguments.length, 3);
}));
assert.strictEqual(req.hostname, '127.0.0.1');
assert.strictEqual(req.port, 54321);

// An address no name is known for: ENOTFOUND, named after the address.
// (192.0.2.0/24 is reserved for documentation.)
dns.lookupService('192.0.2.55', 80, mustCall((err, hostname, service) => {
  if (err === null) {
    // A resolver that does answer for it.
    assert.strictEqual(typeof hostname, 'string');
    return;
  }
  if (err.code !== 'EAI_AGAIN') assert.strictEqual(err.code, 'ENOTFOUND');
  assert.strictEqual(err.message, `getnameinfo ${err.code} 192.0.2.55`);
  assert.strictEqual(err.syscall, 'getnameinfo');
  assert.strictEqual(err.hostname, '192.0.2.55');
  assert.strictEqual(hostname, undefined);
  assert.strictEqual(service, undefined);
}));
