'use strict';
// tls / https / _tls_wrap / _tls_common: the members Node has, in its
// order, reachable with and without `node:`.
require('../common');
const assert = require('assert');

const tls = require('node:tls');
assert.strictEqual(require('tls'), tls);
assert.deepStrictEqual(Object.keys(tls), [
  'CLIENT_RENEG_LIMIT', 'CLIENT_RENEG_WINDOW', 'DEFAULT_CIPHERS', 'DEFAULT_ECDH_CURVE', 'DEFAULT_MIN_VERSION',
  'DEFAULT_MAX_VERSION', 'getCiphers', 'rootCertificates', 'convertALPNProtocols', 'checkServerIdentity',
  'createSecureContext', 'SecureContext', 'TLSSocket', 'Server', 'createServer', 'connect', 'createSecurePair',
]);
assert.strictEqual(tls.CLIENT_RENEG_LIMIT, 3);
assert.strictEqual(tls.CLIENT_RENEG_WINDOW, 600);
assert.ok(tls.createServer() instanceof tls.Server);
assert.ok(tls.createServer() instanceof require('net').Server);

const https = require('node:https');
assert.deepStrictEqual(Object.keys(https), ['Agent', 'globalAgent', 'Server', 'createServer', 'get', 'request']);
assert.ok(https.createServer() instanceof https.Server);
assert.ok(https.createServer() instanceof tls.Server);
assert.ok(new https.Agent() instanceof require('http').Agent);

assert.strictEqual(require('_tls_wrap').TLSSocket, tls.TLSSocket);
assert.strictEqual(require('_tls_common').createSecureContext, tls.createSecureContext);
assert.strictEqual(typeof require('_tls_common').translatePeerCertificate, 'function');
