'use strict';
// crypto.getFips/setFips/fips, setEngine and secureHeapUsed.
const assert = require('assert');
const crypto = require('crypto');
const { isLode } = require('../common');

assert.strictEqual(crypto.getFips(), 0);
assert.strictEqual(crypto.fips, 0);
crypto.setFips(false);
crypto.fips = false;
assert.strictEqual(crypto.getFips(), 0);
if (isLode) {
  // Debian ships no FIPS provider: turning FIPS on is refused, and nothing
  // changes (node's own build turns it on, and then no digest works).
  assert.throws(() => crypto.setFips(true), { name: 'Error', code: 'ERR_CRYPTO_FIPS_UNAVAILABLE',
    message: 'Cannot set FIPS mode in a non-FIPS build.' });
  assert.throws(() => { crypto.fips = 1; }, { code: 'ERR_CRYPTO_FIPS_UNAVAILABLE' });
  assert.strictEqual(crypto.getFips(), 0);
}
assert.strictEqual(crypto.createHash('sha256').update('a').digest('hex'),
  'ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb');

// Engines: the built-in "dynamic" one can be set; unknown ids and paths are errors.
assert.strictEqual(crypto.setEngine('dynamic'), undefined);
assert.strictEqual(crypto.setEngine('dynamic', crypto.constants.ENGINE_METHOD_NONE), undefined);
for (const id of ['no-such-engine', '/no/such/engine.so']) {
  assert.throws(() => crypto.setEngine(id), { name: 'Error', code: 'ERR_CRYPTO_ENGINE_UNKNOWN',
    message: `Engine "${id}" was not found` });
}
assert.throws(() => crypto.setEngine(5), { code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "id" argument must be of type string. Received type number (5)' });
assert.throws(() => crypto.setEngine('dynamic', 'a'), { code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "flags" argument must be of type number. Received type string (\'a\')' });

// No secure heap was asked for.
assert.deepStrictEqual(crypto.secureHeapUsed(), { total: 0, used: 0, utilization: 0, min: 0 });
