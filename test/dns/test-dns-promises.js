'use strict';
// dns.promises / node:dns/promises: lookup and lookupService.
const assert = require('assert');
const dns = require('dns');
const dnsPromises = require('dns/promises');
const { mustCall } = require('../common');

assert.strictEqual(dns.promises, dnsPromises);
assert.strictEqual(require('node:dns/promises'), dnsPromises);

(async () => {
  const one = await dnsPromises.lookup('localhost', 4);
  assert.deepStrictEqual(one, { address: '127.0.0.1', family: 4 });
  const fam = await dnsPromises.lookup('localhost', { family: 4, all: true });
  assert.deepStrictEqual(fam, [{ address: '127.0.0.1', family: 4 }]);
  const any = await dnsPromises.lookup('localhost');
  assert.ok(any.address === '127.0.0.1' || any.address === '::1');

  assert.deepStrictEqual(await dnsPromises.lookup('127.0.0.1'), { address: '127.0.0.1', family: 4 });
  assert.deepStrictEqual(await dnsPromises.lookup('::1', { all: true }), [{ address: '::1', family: 6 }]);
  assert.deepStrictEqual(await dnsPromises.lookup('fe80::1%lo', { all: true }),
    [{ address: 'fe80::1%lo', family: 6 }]);

  await assert.rejects(dnsPromises.lookup('nothing-here.invalid'), (err) => {
    assert.ok(err instanceof Error);
    if (err.code !== 'EAI_AGAIN') assert.strictEqual(err.code, 'ENOTFOUND');
    assert.strictEqual(err.message, `getaddrinfo ${err.code} nothing-here.invalid`);
    assert.strictEqual(err.syscall, 'getaddrinfo');
    assert.strictEqual(err.hostname, 'nothing-here.invalid');
    assert.strictEqual(typeof err.errno, 'number');
    return true;
  });
  await assert.rejects(dnsPromises.lookup('xn--zz.invalid', { all: true }), { code: 'EINVAL' });

  const svc = await dnsPromises.lookupService('127.0.0.1', 22);
  assert.deepStrictEqual(Object.keys(svc), ['hostname', 'service']);
  assert.strictEqual(typeof svc.hostname, 'string');
  assert.ok(svc.service === 'ssh' || svc.service === '22', svc.service);

  // The default order is shared with the callback module.
  assert.strictEqual(dnsPromises.getDefaultResultOrder(), 'verbatim');
  dnsPromises.setDefaultResultOrder('ipv4first');
  assert.strictEqual(dns.getDefaultResultOrder(), 'ipv4first');
  assert.deepStrictEqual(await dnsPromises.lookup('localhost', 4), { address: '127.0.0.1', family: 4 });
  dns.setDefaultResultOrder('verbatim');
})().then(mustCall());

// A falsy host name resolves to null (the warning is tested elsewhere).
process.noDeprecation = true;
dnsPromises.lookup('').then(mustCall((r) => assert.deepStrictEqual(r, { address: null, family: 4 })));
dnsPromises.lookup('', 6).then(mustCall((r) => assert.deepStrictEqual(r, { address: null, family: 6 })));
dnsPromises.lookup(null, { all: true }).then(mustCall((r) => assert.deepStrictEqual(r, [])));
