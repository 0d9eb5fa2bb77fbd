'use strict';
// node:constants (deprecated in the docs, required by graceful-fs and so by
// npm): os's dlopen, errno, priority and signal constants, fs's and crypto's,
// in one frozen object; not crypto's settable defaultCipherList.
const assert = require('assert');
const constants = require('constants');
const os = require('os');
const fs = require('fs');
const crypto = require('crypto');
const tls = require('tls');

assert.strictEqual(require('node:constants'), constants);
assert.ok(Object.isFrozen(constants));
const expected = {
  ...os.constants.dlopen, ...os.constants.errno, ...os.constants.priority, ...os.constants.signals,
  ...fs.constants,
};
for (const [k, v] of Object.entries(crypto.constants)) if (k !== 'defaultCipherList') expected[k] = v;
assert.deepStrictEqual({ ...constants }, expected);
assert.strictEqual(constants.O_RDONLY, 0);
assert.strictEqual(constants.ENOENT, 2);
assert.strictEqual(constants.SIGKILL, 9);
assert.strictEqual(constants.RSA_PKCS1_PADDING, 1);
assert.ok(!('defaultCipherList' in constants));
assert.throws(() => { 'use strict'; constants.O_RDONLY = 1; }, TypeError);

// crypto.constants: node's default cipher list, twice (the second settable).
assert.strictEqual(crypto.constants.defaultCoreCipherList, tls.DEFAULT_CIPHERS);
assert.strictEqual(constants.defaultCoreCipherList, tls.DEFAULT_CIPHERS);
assert.strictEqual(crypto.constants.defaultCipherList, tls.DEFAULT_CIPHERS);
const keys = Object.keys(crypto.constants);
assert.strictEqual(keys.indexOf('defaultCoreCipherList') + 1, keys.indexOf('TLS1_VERSION'));
assert.strictEqual(keys[keys.length - 1], 'defaultCipherList');
crypto.constants.defaultCipherList = 'HIGH';
assert.strictEqual(crypto.constants.defaultCipherList, 'HIGH');
