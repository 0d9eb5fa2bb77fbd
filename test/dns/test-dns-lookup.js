'use strict';
// dns.lookup: names from /etc/hosts, IP literals, all/family/hints, the
// empty-hostname compatibility path, and a name that cannot exist.
const assert = require('assert');
const dns = require('dns');
const { mustCall } = require('../common');

const isLoopback = (a) => a === '127.0.0.1' || a === '::1';

// 'localhost' through getaddrinfo.
dns.lookup('localhost', mustCall((err, address, family) => {
  assert.ifError(err);
  assert.ok(isLoopback(address), address);
  assert.strictEqual(family, address === '::1' ? 6 : 4);
}));
dns.lookup('localhost', 4, mustCall((err, address, family) => {
  assert.ifError(err);
  assert.strictEqual(address, '127.0.0.1');
  assert.strictEqual(family, 4);
}));
dns.lookup('localhost', { family: 'IPv4' }, mustCall((err, address, family) => {
  assert.ifError(err);
  assert.deepStrictEqual([address, family], ['127.0.0.1', 4]);
}));
dns.lookup('localhost', { all: true }, mustCall((err, addresses) => {
  assert.ifError(err);
  assert.ok(Array.isArray(addresses) && addresses.length >= 1);
  for (const a of addresses) {
    assert.deepStrictEqual(Object.keys(a), ['address', 'family']);
    assert.ok(isLoopback(a.address), a.address);
    assert.strictEqual(a.family, a.address.includes(':') ? 6 : 4);
  }
  // One entry per address (not one per socket type).
  assert.strictEqual(new Set(addresses.map((a) => a.address)).size, addresses.length);
}));
dns.lookup('localhost', { all: true, family: 4 }, mustCall((err, addresses) => {
  assert.ifError(err);
  assert.deepStrictEqual(addresses, [{ address: '127.0.0.1', family: 4 }]);
}));
// Every order and hint combination gives loopback answers.
for (const order of ['verbatim', 'ipv4first', 'ipv6first']) {
  dns.lookup('localhost', { all: true, order, hints: dns.ADDRCONFIG }, mustCall((err, addresses) => {
    assert.ifError(err);
    assert.ok(addresses.every((a) => isLoopback(a.address)));
    if (order === 'ipv4first') {
      const firstV6 = addresses.findIndex((a) => a.family === 6);
      assert.ok(firstV6 === -1 || addresses.slice(firstV6).every((a) => a.family === 6));
    }
  }));
}
dns.lookup('localhost', { family: 4, verbatim: false }, mustCall((err, address) => {
  assert.ifError(err);
  assert.strictEqual(address, '127.0.0.1');
}));
// IPv6 asked for, IPv4 answers mapped into IPv6.
dns.lookup('localhost', { family: 6, hints: dns.V4MAPPED | dns.ALL, all: true },
  mustCall((err, addresses) => {
    assert.ifError(err);
    assert.ok(addresses.length >= 1);
    for (const a of addresses) {
      assert.strictEqual(a.family, 6);
      assert.ok(a.address === '::1' || a.address === '::ffff:127.0.0.1', a.address);
    }
  }));

// IP literals are answered without a lookup, but still asynchronously.
let sync = true;
const literal = dns.lookup('127.0.0.1', mustCall((err, address, family) => {
  assert.strictEqual(sync, false);
  assert.strictEqual(err, null);
  assert.strictEqual(address, '127.0.0.1');
  assert.strictEqual(family, 4);
}));
assert.deepStrictEqual(literal, {});
dns.lookup('::1', mustCall((err, address, family) => {
  assert.strictEqual(err, null);
  assert.deepStrictEqual([address, family], ['::1', 6]);
}));
dns.lookup('::1', { all: true }, mustCall((err, addresses) => {
  assert.strictEqual(err, null);
  assert.deepStrictEqual(addresses, [{ address: '::1', family: 6 }]);
}));
// The literal's own family wins over the requested one.
dns.lookup('::1', { family: 4 }, mustCall((err, address, family) => {
  assert.deepStrictEqual([err, address, family], [null, '::1', 6]);
}));
dns.lookup('127.0.0.1', { family: 6, all: true }, mustCall((err, addresses) => {
  assert.deepStrictEqual(addresses, [{ address: '127.0.0.1', family: 4 }]);
}));
dns.lookup('::ffff:1.2.3.4', mustCall((err, address, family) => {
  assert.deepStrictEqual([err, address, family], [null, '::ffff:1.2.3.4', 6]);
}));
sync = false;

// A request object comes back for real lookups.
const req = dns.lookup('localhost', mustCall());
assert.strictEqual(typeof req, 'object');
assert.strictEqual(req.hostname, 'localhost');

// Full-width characters are mapped (IDNA) before the lookup.
dns.lookup('\uff4c\uff4f\uff43\uff41\uff4c\uff48\uff4f\uff53\uff54', 4, mustCall((err, address) => {
  assert.ifError(err);
  assert.strictEqual(address, '127.0.0.1');
}));

// A name that cannot exist (RFC 2606's .invalid).
function checkNotFound(host, syscall = 'getaddrinfo') {
  return mustCall((err, ...rest) => {
    assert.ok(err instanceof Error);
    assert.strictEqual(rest.length, 0);
    // EAI_AGAIN only where no resolver can be reached at all.
    if (err.code !== 'EAI_AGAIN') {
      assert.strictEqual(err.code, 'ENOTFOUND');
      assert.strictEqual(err.errno, -3008);
    }
    assert.strictEqual(err.message, `${syscall} ${err.code} ${host}`);
    assert.strictEqual(err.syscall, syscall);
    assert.strictEqual(err.hostname, host);
  });
}
dns.lookup('nothing-here.invalid', checkNotFound('nothing-here.invalid'));
dns.lookup('nothing-here.invalid', { all: true }, checkNotFound('nothing-here.invalid'));
dns.lookup('nothing-here.invalid', { family: 6 }, checkNotFound('nothing-here.invalid'));

// Names that cannot be converted to ASCII fail with EINVAL.
dns.lookup('xn--zz.invalid', mustCall((err) => {
  assert.strictEqual(err.code, 'EINVAL');
  assert.strictEqual(err.message, 'getaddrinfo EINVAL xn--zz.invalid');
}));
dns.lookup(`${'x'.repeat(300)}.invalid`, mustCall((err) => {
  assert.strictEqual(err.code, 'EINVAL');
}));

// Falsy host names answer null (with a one-time deprecation warning).
process.on('warning', mustCall((w) => {
  assert.strictEqual(w.name, 'DeprecationWarning');
  assert.strictEqual(w.code, 'DEP0118');
  assert.strictEqual(w.message, 'The provided hostname "" is not a valid hostname, and is ' +
    'supported in the dns module solely for compatibility.');
}));
dns.lookup('', mustCall((err, address, family) => {
  assert.deepStrictEqual([err, address, family], [null, null, 4]);
}));
dns.lookup(null, 6, mustCall((err, address, family) => {
  assert.deepStrictEqual([err, address, family], [null, null, 6]);
}));
dns.lookup(undefined, { all: true }, mustCall((err, addresses) => {
  assert.deepStrictEqual([err, addresses], [null, []]);
}));
