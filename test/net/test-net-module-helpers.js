'use strict';
// net's module-level helpers: auto-select-family defaults (checked as node
// checks them), _setSimultaneousAccepts's deprecation, _normalizeArgs, and
// nothing of lode's own on the module; http.setMaxIdleHTTPParsers's check.
const assert = require('assert');
const net = require('net');
const http = require('http');
const { mustCall } = require('../common');

assert.strictEqual(net.getDefaultAutoSelectFamily(), true);
assert.throws(() => net.setDefaultAutoSelectFamily(), { code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "value" argument must be of type boolean. Received undefined' });
assert.throws(() => net.setDefaultAutoSelectFamily(1), { code: 'ERR_INVALID_ARG_TYPE' });
net.setDefaultAutoSelectFamily(false);
assert.strictEqual(net.getDefaultAutoSelectFamily(), false);
net.setDefaultAutoSelectFamily(true);
assert.strictEqual(net.getDefaultAutoSelectFamilyAttemptTimeout(), 250);
net.setDefaultAutoSelectFamilyAttemptTimeout(5);
assert.strictEqual(net.getDefaultAutoSelectFamilyAttemptTimeout(), 10);
assert.throws(() => net.setDefaultAutoSelectFamilyAttemptTimeout(0), { code: 'ERR_OUT_OF_RANGE' });

process.on('warning', mustCall((w) => {
  assert.strictEqual(w.name, 'DeprecationWarning');
  assert.strictEqual(w.code, 'DEP0121');
}));
net._setSimultaneousAccepts(true);
net._setSimultaneousAccepts(false); // warned once

const [opts, cb] = net._normalizeArgs([80, 'example.com', assert]);
assert.deepStrictEqual(opts, { port: 80, host: 'example.com' });
assert.strictEqual(cb, assert);
assert.deepStrictEqual([...net._normalizeArgs(['/tmp/sock'])], [{ path: '/tmp/sock' }, null]);
assert.deepStrictEqual([...net._normalizeArgs([])], [{}, null]);

const nodeNames = ['BlockList', 'Server', 'Socket', 'SocketAddress', 'Stream', '_createServerHandle',
  '_normalizeArgs', '_setSimultaneousAccepts', 'connect', 'createConnection', 'createServer',
  'getDefaultAutoSelectFamily', 'getDefaultAutoSelectFamilyAttemptTimeout', 'isIP', 'isIPv4', 'isIPv6',
  'setDefaultAutoSelectFamily', 'setDefaultAutoSelectFamilyAttemptTimeout'];
assert.deepStrictEqual(Object.keys(net).sort(), nodeNames);

http.setMaxIdleHTTPParsers(5);
assert.throws(() => http.setMaxIdleHTTPParsers(), { code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "max" argument must be of type number. Received undefined' });
assert.throws(() => http.setMaxIdleHTTPParsers(0), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => http.setMaxIdleHTTPParsers(1.5), { code: 'ERR_OUT_OF_RANGE' });
