'use strict';
// node's old internal module names (_http_agent, _http_client, ...), which
// packages still require: the same classes as node:http, and the token and
// header checks of _http_common.
const assert = require('assert');
const http = require('http');

const agent = require('_http_agent');
assert.strictEqual(agent.Agent, http.Agent);
assert.strictEqual(agent.globalAgent, http.globalAgent);
assert.strictEqual(require('_http_client').ClientRequest, http.ClientRequest);
assert.strictEqual(require('_http_incoming').IncomingMessage, http.IncomingMessage);
assert.strictEqual(require('_http_outgoing').OutgoingMessage, http.OutgoingMessage);
assert.strictEqual(require('_http_outgoing').validateHeaderName, http.validateHeaderName);
assert.strictEqual(require('_http_server').Server, http.Server);
assert.strictEqual(require('_http_server').ServerResponse, http.ServerResponse);
assert.strictEqual(require('_http_server').STATUS_CODES, http.STATUS_CODES);
assert.strictEqual(require('node:_http_agent'), agent);

const common = require('_http_common');
assert.strictEqual(common._checkIsHttpToken('Content-Type'), true);
assert.strictEqual(common._checkIsHttpToken('a b'), false);
assert.strictEqual(common._checkIsHttpToken(''), false);
assert.strictEqual(common._checkInvalidHeaderChar('ok\tvalue'), false);
assert.strictEqual(common._checkInvalidHeaderChar('a\nb'), true);
assert.strictEqual(common.CRLF, '\r\n');
assert.deepStrictEqual([...common.methods].sort(), http.METHODS);
assert.deepStrictEqual(common.methods.slice(0, 5), ['DELETE', 'GET', 'HEAD', 'POST', 'PUT']);
assert.ok(common.chunkExpression.test('gzip, chunked'));
assert.ok(common.continueExpression.test('100-continue'));

const { readStart, readStop } = require('_http_incoming');
const { PassThrough } = require('stream');
const s = new PassThrough();
readStop(s);
assert.strictEqual(s.isPaused(), true);
readStart(s);
assert.strictEqual(s.isPaused(), false);
