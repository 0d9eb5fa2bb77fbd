'use strict';
// The built-in diagnostics channels of net and http publish, in node's
// order, the very objects the program sees.
const common = require('../common');
const assert = require('assert');
const dc = require('diagnostics_channel');
const http = require('http');
const net = require('net');

const seen = [];
const messages = {};
for (const name of ['http.client.request.start', 'http.client.request.error', 'http.client.response.finish',
  'http.server.request.start', 'http.server.response.finish', 'net.client.socket', 'net.server.socket',
  'tracing:net.server.listen:asyncStart', 'tracing:net.server.listen:asyncEnd', 'tracing:net.server.listen:error']) {
  dc.subscribe(name, (message) => {
    seen.push(name);
    (messages[name] ??= []).push(message);
  });
}

let serverReq, serverRes, serverSocket;
const server = http.createServer(common.mustCall((req, res) => {
  serverReq = req;
  serverRes = res;
  serverSocket = req.socket;
  res.end('hello');
}));
server.listen(0, '127.0.0.1', common.mustCall(() => {
  assert.deepStrictEqual(seen, ['tracing:net.server.listen:asyncStart', 'tracing:net.server.listen:asyncEnd']);
  assert.strictEqual(messages['tracing:net.server.listen:asyncStart'][0].server, server);
  assert.deepStrictEqual(messages['tracing:net.server.listen:asyncStart'][0].options, { port: 0, host: '127.0.0.1' });
  seen.length = 0;
  const req = http.get({ port: server.address().port, host: '127.0.0.1', agent: false }, common.mustCall((res) => {
    res.resume();
    res.on('end', common.mustCall(() => {
      assert.deepStrictEqual(seen, ['net.client.socket', 'http.client.request.start', 'net.server.socket',
        'http.server.request.start', 'http.server.response.finish', 'http.client.response.finish']);
      assert.strictEqual(messages['http.client.request.start'][0].request, req);
      assert.strictEqual(messages['net.client.socket'][0].socket, req.socket);
      assert.deepStrictEqual(messages['http.client.response.finish'][0], { request: req, response: res });
      for (const name of ['http.server.request.start', 'http.server.response.finish']) {
        assert.deepStrictEqual(messages[name][0],
          { request: serverReq, response: serverRes, socket: serverSocket, server }, name);
      }
      assert.strictEqual(messages['net.server.socket'][0].socket, serverSocket);
      afterSuccess();
    }));
  }));
}));

function afterSuccess() {
  seen.length = 0;
  // A refused connection: the client's error channel carries the error event's error.
  // (createConnection is used only without an agent; agent: false makes one.)
  const req = http.get({ port: server.address().port, host: '127.0.0.1', path: '/',
    createConnection: () => net.connect({ port: 1, host: '127.0.0.1' }) });
  req.on('error', common.mustCall((err) => {
    assert.deepStrictEqual(seen, ['net.client.socket', 'http.client.request.start', 'http.client.request.error']);
    assert.deepStrictEqual(messages['http.client.request.error'][0], { request: req, error: err });
    afterRefused();
  }));
}

function afterRefused() {
  seen.length = 0;
  // listen() on a port in use: the tracing channel's error comes before 'error'.
  const other = net.createServer();
  other.on('error', common.mustCall((err) => {
    assert.strictEqual(err.code, 'EADDRINUSE');
    assert.deepStrictEqual(seen, ['tracing:net.server.listen:asyncStart', 'tracing:net.server.listen:error']);
    assert.deepStrictEqual(messages['tracing:net.server.listen:error'][0], { server: other, error: err });
    server.close();
  }));
  other.listen(server.address().port, '127.0.0.1');
}
