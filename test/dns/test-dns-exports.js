'use strict';
// node:dns and node:dns/promises: members, constants, default order.
const assert = require('assert');
const dns = require('dns');

const errorCodes = {
  NODATA: 'ENODATA', FORMERR: 'EFORMERR', SERVFAIL: 'ESERVFAIL', NOTFOUND: 'ENOTFOUND',
  NOTIMP: 'ENOTIMP', REFUSED: 'EREFUSED', BADQUERY: 'EBADQUERY', BADNAME: 'EBADNAME',
  BADFAMILY: 'EBADFAMILY', BADRESP: 'EBADRESP', CONNREFUSED: 'ECONNREFUSED',
  TIMEOUT: 'ETIMEOUT', EOF: 'EOF', FILE: 'EFILE', NOMEM: 'ENOMEM',
  DESTRUCTION: 'EDESTRUCTION', BADSTR: 'EBADSTR', BADFLAGS: 'EBADFLAGS', NONAME: 'ENONAME',
  BADHINTS: 'EBADHINTS', NOTINITIALIZED: 'ENOTINITIALIZED', LOADIPHLPAPI: 'ELOADIPHLPAPI',
  ADDRGETNETWORKPARAMS: 'EADDRGETNETWORKPARAMS', CANCELLED: 'ECANCELLED',
};
const methods = ['getServers', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'resolveCaa',
  'resolveCname', 'resolveMx', 'resolveNaptr', 'resolveNs', 'resolvePtr', 'resolveSoa',
  'resolveSrv', 'resolveTxt', 'reverse'];

assert.deepStrictEqual(Object.keys(dns), ['lookup', 'lookupService', 'Resolver',
  'getDefaultResultOrder', 'setDefaultResultOrder', 'setServers', 'ADDRCONFIG', 'ALL',
  'V4MAPPED', ...Object.keys(errorCodes), ...methods, 'promises']);
assert.deepStrictEqual(Object.keys(dns.promises), ['lookup', 'lookupService', 'Resolver',
  'getDefaultResultOrder', 'setDefaultResultOrder', 'setServers', ...Object.keys(errorCodes),
  ...methods]);

assert.strictEqual(dns.ADDRCONFIG, 32);
assert.strictEqual(dns.ALL, 16);
assert.strictEqual(dns.V4MAPPED, 8);
for (const [name, code] of Object.entries(errorCodes)) {
  assert.strictEqual(dns[name], code);
  assert.strictEqual(dns.promises[name], code);
}
for (const m of methods) {
  assert.strictEqual(typeof dns[m], 'function', m);
  assert.strictEqual(typeof dns.promises[m], 'function', m);
}
assert.strictEqual(typeof dns.Resolver, 'function');
assert.strictEqual(typeof dns.promises.Resolver, 'function');

assert.strictEqual(dns.getDefaultResultOrder(), 'verbatim');
dns.setDefaultResultOrder('ipv6first');
assert.strictEqual(dns.getDefaultResultOrder(), 'ipv6first');
assert.strictEqual(dns.promises.getDefaultResultOrder(), 'ipv6first');
dns.setDefaultResultOrder('verbatim');
assert.strictEqual(dns.getDefaultResultOrder(), 'verbatim');
assert.strictEqual(require('node:dns'), dns);
