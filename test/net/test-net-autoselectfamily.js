'use strict';
// net.connect with several resolved addresses (autoSelectFamily, Node 20's
// default): families alternate, each attempt is announced, failures are
// collected into an AggregateError, the attempted addresses are recorded.
const common = require('../common');
const assert = require('assert');
const net = require('net');

function lookupOf(addresses, seen) {
  return (host, opts, cb) => {
    if (seen) seen.push(opts);
    setImmediate(cb, null, addresses.map((address) => ({ address, family: net.isIP(address) })));
  };
}

const server = net.createServer((c) => c.end('hi')).listen(0, '127.0.0.1', common.mustCall(() => {
  const { port } = server.address();
  let pending = 3;
  const done = () => { if (--pending === 0) server.close(); };

  // Connects to the one address that listens, after the others failed.
  {
    const seen = [];
    const events = [];
    const s = net.connect({ host: 'lode.invalid', port, lookup: lookupOf(['::1', '127.0.0.2', '127.0.0.1'], seen) });
    s.on('connectionAttempt', (a, p, f) => events.push(['attempt', a, p, f]));
    s.on('connectionAttemptFailed', (a, p, f, e) => events.push(['failed', a, f, e.code]));
    s.on('data', common.mustCall((d) => {
      assert.strictEqual(String(d), 'hi');
      assert.deepStrictEqual(seen, [{ family: undefined, hints: 32, all: true }]);
      // ::1 refuses (nothing listens there); 127.0.0.2 too (the server is on 127.0.0.1).
      assert.deepStrictEqual(events.filter((e) => e[0] === 'attempt').map((e) => e[1]), ['::1', '127.0.0.2', '127.0.0.1']);
      assert.deepStrictEqual(events.filter((e) => e[0] === 'failed').map((e) => e[3]), ['ECONNREFUSED', 'ECONNREFUSED']);
      assert.deepStrictEqual(s.autoSelectFamilyAttemptedAddresses, [`::1:${port}`, `127.0.0.2:${port}`, `127.0.0.1:${port}`]);
      assert.strictEqual(s.remoteAddress, '127.0.0.1');
    }));
    s.on('close', done);
  }

  // Families alternate from the first address's; all failing gives an AggregateError.
  {
    const attempts = [];
    const s = net.connect({ host: 'lode.invalid', port: 1, lookup: lookupOf(['127.0.0.1', '127.0.0.2', '::1']) });
    s.on('connectionAttempt', (a) => attempts.push(a));
    s.on('error', common.mustCall((err) => {
      assert.ok(err instanceof AggregateError);
      assert.strictEqual(err.code, 'ECONNREFUSED');
      assert.strictEqual(err.message, '');
      assert.deepStrictEqual(err.errors.map((e) => [e.code, e.address, e.port]),
        [['ECONNREFUSED', '127.0.0.1', 1], ['ECONNREFUSED', '::1', 1], ['ECONNREFUSED', '127.0.0.2', 1]]);
      assert.deepStrictEqual(attempts, ['127.0.0.1', '::1', '127.0.0.2']);
      assert.deepStrictEqual(s.autoSelectFamilyAttemptedAddresses, ['127.0.0.1:1', '::1:1', '127.0.0.2:1']);
    }));
    s.on('close', done);
  }

  // Without autoSelectFamily the lookup must answer one address.
  {
    const s = net.connect({ host: 'lode.invalid', port, autoSelectFamily: false, lookup: lookupOf(['127.0.0.1']) });
    s.on('error', common.mustCall((err) => {
      assert.strictEqual(err.code, 'ERR_INVALID_IP_ADDRESS');
      assert.strictEqual(s.autoSelectFamilyAttemptedAddresses, undefined);
    }));
    s.on('close', done);
  }
}));

assert.throws(() => net.connect({ host: 'lode.invalid', port: 1, autoSelectFamily: 'yes' }), {
  code: 'ERR_INVALID_ARG_TYPE',
});
assert.throws(() => net.connect({ host: 'lode.invalid', port: 1, autoSelectFamilyAttemptTimeout: 0 }), {
  code: 'ERR_OUT_OF_RANGE',
});
