'use strict';
// dns.Resolver: options, setServers/getServers, timeouts, cancel,
// setLocalAddress, and argument validation of the resolver API.
const assert = require('assert');
const dns = require('dns');
const { mustCall } = require('../common');
const { startServer } = require('./dns-server');

const cb = () => {};
function check(fn, props) {
  assert.throws(fn, (err) => {
    for (const [k, v] of Object.entries(props)) assert.strictEqual(err[k], v, k);
    return true;
  });
}

// Validation.
check(() => dns.resolve(1, cb), {
  code: 'ERR_INVALID_ARG_TYPE', message: 'The "name" argument must be of type string. Received type number (1)',
});
check(() => dns.resolve('x', 'BAD', cb), {
  code: 'ERR_INVALID_ARG_VALUE', message: "The argument 'rrtype' is invalid. Received 'BAD'",
});
check(() => dns.resolve('x', 5, cb), {
  code: 'ERR_INVALID_ARG_TYPE', message: 'The "rrtype" argument must be of type string. Received type number (5)',
});
check(() => dns.resolve4('x'), {
  code: 'ERR_INVALID_ARG_TYPE', message: 'The "callback" argument must be of type function. Received undefined',
});
check(() => dns.resolveMx(1, cb), { message: 'The "name" argument must be of type string. Received type number (1)' });
check(() => dns.reverse(1, cb), { message: 'The "name" argument must be of type string. Received type number (1)' });
check(() => dns.reverse('127.0.0.1'), { code: 'ERR_INVALID_ARG_TYPE' });
check(() => dns.reverse('x', cb), {
  name: 'Error', code: 'EINVAL', errno: -22, syscall: 'getHostByAddr', hostname: 'x',
  message: 'getHostByAddr EINVAL x',
});
check(() => dns.setServers('x'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "servers" argument must be an instance of Array. Received type string (\'x\')',
});
check(() => dns.setServers([1]), {
  message: 'The "servers[0]" argument must be of type string. Received type number (1)',
});
check(() => dns.setServers(['x']), { code: 'ERR_INVALID_IP_ADDRESS', message: 'Invalid IP address: x' });
check(() => dns.setServers(['1.2.3.4:x']), { message: 'Invalid IP address: 1.2.3.4:x' });
check(() => new dns.Resolver({ timeout: 'x' }), {
  message: 'The "options.timeout" property must be of type number. Received type string (\'x\')',
});
check(() => new dns.Resolver({ timeout: -2 }), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "options.timeout" is out of range. It must be >= -1 && <= 2147483647. Received -2',
});
check(() => new dns.Resolver({ timeout: 1.5 }), {
  message: 'The value of "options.timeout" is out of range. It must be an integer. Received 1.5',
});
check(() => new dns.Resolver({ tries: 0 }), {
  message: 'The value of "options.tries" is out of range. It must be >= 1 && <= 2147483647. Received 0',
});
check(() => dns.promises.resolve4(1), { code: 'ERR_INVALID_ARG_TYPE' });
check(() => dns.promises.resolve('x', 'BAD'), { code: 'ERR_INVALID_ARG_VALUE' });
check(() => dns.promises.resolve('x', 1), { code: 'ERR_INVALID_ARG_TYPE' });
dns.promises.reverse('x').catch(mustCall((err) => {
  assert.strictEqual(err.message, 'getHostByAddr EINVAL x');
}));

// Shapes and names.
const r = new dns.Resolver();
assert.deepStrictEqual(Object.keys(r), ['_handle']);
assert.deepStrictEqual(Object.getOwnPropertyNames(dns.Resolver.prototype), ['constructor', 'resolveAny',
  'resolve4', 'resolve6', 'resolveCaa', 'resolveCname', 'resolveMx', 'resolveNs', 'resolveTxt',
  'resolveSrv', 'resolvePtr', 'resolveNaptr', 'resolveSoa', 'reverse', 'resolve']);
assert.strictEqual(dns.Resolver.prototype.resolve4.name, 'queryA');
assert.strictEqual(dns.Resolver.prototype.reverse.name, 'getHostByAddr');
assert.strictEqual(dns.resolve4.name, 'bound queryA');
assert.strictEqual(dns.promises.Resolver.name, 'Resolver');
assert.ok(new dns.promises.Resolver() instanceof dns.promises.Resolver);
assert.ok(Array.isArray(r.getServers()));

// Server lists: formats in and out.
r.setServers(['[::1]:53', '1.2.3.4:5353', '::2', '9.9.9.9', '[fe80::1]', '1.1.1.1:53', '[::1]:5353']);
assert.deepStrictEqual(r.getServers(),
  ['::1', '1.2.3.4:5353', '::2', '9.9.9.9', 'fe80::1', '1.1.1.1', '[::1]:5353']);
r.setServers([]);
assert.deepStrictEqual(r.getServers(), []);

// setLocalAddress.
r.setLocalAddress('127.0.0.1');
r.setLocalAddress('127.0.0.1', '::1');
check(() => r.setLocalAddress('x'), {
  name: 'TypeError', code: 'ERR_INVALID_ARG_VALUE', message: 'Invalid IP address.',
});
check(() => r.setLocalAddress(1), { message: 'The "ipv4" argument must be of type string. Received type number (1)' });

// Answers c-ares gives without asking a server (a name too long for DNS, an
// address in /etc/hosts) still arrive asynchronously.
{
  let sync = true;
  const local = new dns.Resolver();
  local.setServers(['127.0.0.1:9']);
  local.resolve4('a'.repeat(300), mustCall((err) => {
    assert.strictEqual(sync, false);
    assert.ok(err instanceof Error);
    assert.strictEqual(err.syscall, 'queryA');
  }));
  local.reverse('127.0.0.1', mustCall((err, names) => {
    assert.strictEqual(sync, false);
    // Found in /etc/hosts; or, on a machine without that line, refused.
    if (err) assert.strictEqual(err.syscall, 'getHostByAddr');
    else assert.ok(Array.isArray(names));
  }));
  sync = false;
}

const table = {
  'one.test': { A: ['192.0.2.1'] },
  'two.test': { A: ['192.0.2.2'], TXT: [['t']] },
  'drop.test': { drop: true },
};
startServer(table, mustCall((server, address) => {
  // Answered queries get a long timeout (a loaded machine may take a while);
  // `drop`, whose server never answers, a short one.
  const a = new dns.Resolver({ timeout: 5000, tries: 1 });
  a.setServers([address]);
  assert.deepStrictEqual(a.getServers(), [address]);
  const drop = new dns.Resolver({ timeout: 100, tries: 1 });
  drop.setServers([address]);
  a.resolve4('one.test', mustCall((err, addresses) => {
    assert.ifError(err);
    assert.deepStrictEqual(addresses, ['192.0.2.1']);
    // A server that never answers: ETIMEOUT.
    drop.resolve4('drop.test', mustCall((err) => {
      assert.strictEqual(err.code, 'ETIMEOUT');
      assert.strictEqual(err.message, 'queryA ETIMEOUT drop.test');
      // cancel(): pending queries fail with ECANCELLED, asynchronously.
      let sync = true;
      drop.resolveTxt('drop.test', mustCall((err) => {
        assert.strictEqual(sync, false);
        assert.strictEqual(err.code, 'ECANCELLED');
        assert.strictEqual(err.syscall, 'queryTxt');
        assert.strictEqual(err.message, 'queryTxt ECANCELLED drop.test');
        promises();
      }));
      drop.cancel();
      sync = false;
    }));
  }));

  // dns.setServers while a query is pending makes a new default resolver.
  dns.setServers([address]);
  dns.resolve4('one.test', mustCall((err, addresses) => {
    assert.deepStrictEqual([err, addresses], [null, ['192.0.2.1']]);
  }));
  dns.setServers([address]);
  assert.deepStrictEqual(dns.promises.getServers(), [address]);
  // A Resolver refuses new servers while its own queries are pending.
  const b = new dns.Resolver();
  b.setServers([address]);
  b.resolve4('two.test', mustCall((err, addresses) => {
    assert.deepStrictEqual([err, addresses], [null, ['192.0.2.2']]);
  }));
  check(() => b.setServers([address]), {
    code: 'ERR_DNS_SET_SERVERS_FAILED',
    message: `c-ares failed to set servers: "There are pending queries." [[ '${address}' ]]`,
  });

  const promises = mustCall(async () => {
    const p = new dns.promises.Resolver({ timeout: 5000, tries: 1 });
    p.setServers([address]);
    assert.deepStrictEqual(await p.resolve4('two.test'), ['192.0.2.2']);
    assert.deepStrictEqual(await p.resolve4('two.test', { ttl: true }), [{ address: '192.0.2.2', ttl: 300 }]);
    assert.deepStrictEqual(await p.resolve('two.test', 'TXT'), [['t']]);
    assert.deepStrictEqual(await p.resolve('two.test'), ['192.0.2.2']);
    assert.deepStrictEqual(await dns.promises.resolveTxt('two.test'), [['t']]);
    assert.deepStrictEqual(await dns.promises.resolveAny('one.test'),
      [{ address: '192.0.2.1', ttl: 300, type: 'A' }]);
    await assert.rejects(p.resolve6('one.test'), {
      code: 'ENODATA', syscall: 'queryAaaa', hostname: 'one.test', message: 'queryAaaa ENODATA one.test',
    });
    await assert.rejects(dns.promises.resolveMx('nope.test'), { code: 'ENOTFOUND', syscall: 'queryMx' });
    const pDrop = new dns.promises.Resolver({ timeout: 100, tries: 1 });
    pDrop.setServers([address]);
    await assert.rejects(pDrop.resolve4('drop.test'), { code: 'ETIMEOUT' });
    server.close();
  });
}));
