'use strict';
// dns.resolve* and dns.reverse against a DNS server of our own on
// 127.0.0.1 (./dns-server.js): every record type, TTLs, and the errors
// the server's answers map to.
const assert = require('assert');
const dns = require('dns');
const { mustCall } = require('../common');
const { startServer } = require('./dns-server');

const soa = {
  nsname: 'ns1.example.test', hostmaster: 'admin.example.test', serial: 2024, refresh: 3600,
  retry: 600, expire: 86400, minttl: 60,
};
const table = {
  'example.test': {
    A: [{ value: '192.0.2.1', ttl: 100 }, '192.0.2.2'],
    AAAA: ['2001:db8::1'],
    MX: [{ priority: 10, exchange: 'mx1.example.test' }, { priority: 20, exchange: 'mx2.example.test' }],
    TXT: [['v=spf1', ' -all'], ['hello']],
    SRV: [{ priority: 1, weight: 2, port: 5060, name: 'sip.example.test' }],
    NS: ['ns1.example.test', 'ns2.example.test'],
    SOA: soa,
    NAPTR: [{ order: 100, preference: 10, flags: 'S', service: 'SIP+D2U', regexp: '',
      replacement: '_sip._udp.example.test' }],
    CAA: [{ critical: 0, tag: 'issue', value: 'ca.example.net' },
      { critical: 128, tag: 'iodef', value: 'mailto:x@example.test' }],
  },
  'alias.test': { CNAME: ['example.test'] },
  '5.2.0.192.in-addr.arpa': { PTR: ['host5.example.test', 'other.example.test'] },
  'empty.test': {},
  'servfail.test': { rcode: 2 },
  'refused.test': { rcode: 5 },
  'notimp.test': { rcode: 4 },
  'formerr.test': { rcode: 1 },
};

const mx = [{ exchange: 'mx1.example.test', priority: 10 }, { exchange: 'mx2.example.test', priority: 20 }];
const naptr = [{ flags: 'S', service: 'SIP+D2U', regexp: '', replacement: '_sip._udp.example.test',
  order: 100, preference: 10 }];
const caa = [{ critical: 0, issue: 'ca.example.net' }, { critical: 128, iodef: 'mailto:x@example.test' }];
const srv = [{ name: 'sip.example.test', port: 5060, priority: 1, weight: 2 }];

startServer(table, mustCall((server, address) => {
  dns.setServers([address]);
  assert.deepStrictEqual(dns.getServers(), [address]);

  const checks = [
    [(cb) => dns.resolve4('example.test', cb), ['192.0.2.1', '192.0.2.2']],
    [(cb) => dns.resolve4('Example.TEST', cb), ['192.0.2.1', '192.0.2.2']],
    [(cb) => dns.resolve4('example.test', { ttl: true }, cb),
      [{ address: '192.0.2.1', ttl: 100 }, { address: '192.0.2.2', ttl: 300 }]],
    [(cb) => dns.resolve6('example.test', cb), ['2001:db8::1']],
    [(cb) => dns.resolve6('example.test', { ttl: true }, cb), [{ address: '2001:db8::1', ttl: 300 }]],
    [(cb) => dns.resolveMx('example.test', cb), mx],
    [(cb) => dns.resolveTxt('example.test', cb), [['v=spf1', ' -all'], ['hello']]],
    [(cb) => dns.resolveSrv('example.test', cb), srv],
    [(cb) => dns.resolveNs('example.test', cb), ['ns1.example.test', 'ns2.example.test']],
    [(cb) => dns.resolveSoa('example.test', cb), soa],
    [(cb) => dns.resolveNaptr('example.test', cb), naptr],
    [(cb) => dns.resolveCaa('example.test', cb), caa],
    [(cb) => dns.resolveCname('alias.test', cb), ['example.test']],
    [(cb) => dns.resolvePtr('5.2.0.192.in-addr.arpa', cb), ['host5.example.test', 'other.example.test']],
    [(cb) => dns.resolve('example.test', cb), ['192.0.2.1', '192.0.2.2']],
    [(cb) => dns.resolve('example.test', 'MX', cb), mx],
    [(cb) => dns.resolve('example.test', 'AAAA', cb), ['2001:db8::1']],
    [(cb) => dns.reverse('192.0.2.5', cb), ['host5.example.test', 'other.example.test']],
    [(cb) => dns.resolveAny('alias.test', cb), [{ value: 'example.test', type: 'CNAME' }]],
    [(cb) => dns.resolveAny('example.test', cb), [
      { address: '192.0.2.1', ttl: 100, type: 'A' },
      { address: '192.0.2.2', ttl: 300, type: 'A' },
      { address: '2001:db8::1', ttl: 300, type: 'AAAA' },
      ...mx.map((r) => ({ ...r, type: 'MX' })),
      { value: 'ns1.example.test', type: 'NS' },
      { value: 'ns2.example.test', type: 'NS' },
      { entries: ['v=spf1', ' -all'], type: 'TXT' },
      { entries: ['hello'], type: 'TXT' },
      ...srv.map((r) => ({ ...r, type: 'SRV' })),
      ...naptr.map((r) => ({ ...r, type: 'NAPTR' })),
      { ...soa, type: 'SOA' },
      ...caa.map((r) => ({ ...r, type: 'CAA' })),
    ]],
    // Errors: [code, syscall, hostname]
    [(cb) => dns.resolve4('nope.test', cb), ['ENOTFOUND', 'queryA', 'nope.test']],
    [(cb) => dns.resolve4('empty.test', cb), ['ENODATA', 'queryA', 'empty.test']],
    [(cb) => dns.resolveCname('example.test', cb), ['ENODATA', 'queryCname', 'example.test']],
    [(cb) => dns.resolveSoa('empty.test', cb), ['ENODATA', 'querySoa', 'empty.test']],
    [(cb) => dns.resolveTxt('empty.test', cb), ['ENODATA', 'queryTxt', 'empty.test']],
    [(cb) => dns.resolve4('servfail.test', cb), ['ESERVFAIL', 'queryA', 'servfail.test']],
    [(cb) => dns.resolve4('refused.test', cb), ['EREFUSED', 'queryA', 'refused.test']],
    [(cb) => dns.resolve4('notimp.test', cb), ['ENOTIMP', 'queryA', 'notimp.test']],
    [(cb) => dns.resolve6('formerr.test', cb), ['EFORMERR', 'queryAaaa', 'formerr.test']],
    [(cb) => dns.reverse('192.0.2.6', cb), ['ENOTFOUND', 'getHostByAddr', '192.0.2.6']],
  ];

  let i = 0;
  const next = mustCall(() => {
    if (i === checks.length) {
      assert.ok(server.queries.some(([name, type]) => name === 'example.test' && type === 'ANY'));
      server.close();
      return;
    }
    const [run, expected] = checks[i++];
    let sync = true;
    run(mustCall((err, result) => {
      assert.strictEqual(sync, false);
      const isError = typeof expected[0] === 'string' && expected[0] === expected[0].toUpperCase() &&
        expected[0].startsWith('E') && expected.length === 3 && !expected[0].includes('.');
      if (isError) {
        const [code, syscall, hostname] = expected;
        assert.ok(err instanceof Error, `${run}`);
        assert.strictEqual(err.message, `${syscall} ${code} ${hostname}`);
        assert.deepStrictEqual(Object.keys(err), ['errno', 'code', 'syscall', 'hostname']);
        assert.strictEqual(err.errno, undefined);
        assert.strictEqual(err.code, code);
        assert.strictEqual(err.syscall, syscall);
        assert.strictEqual(err.hostname, hostname);
        assert.strictEqual(result, undefined);
      } else {
        assert.ifError(err);
        assert.deepStrictEqual(result, expected, `${run}`);
      }
      next();
    }));
    sync = false;
  }, checks.length + 1);
  next();
}));
