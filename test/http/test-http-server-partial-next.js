'use strict';
// A chunk that completes one request and begins the next: the headers
// timeout runs for that partial request from then on (Node answers 408),
// instead of waiting for more bytes to notice it.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

const server = http.createServer({
  headersTimeout: 200,
  requestTimeout: 400,
  connectionsCheckingInterval: 50,
  keepAliveTimeout: 10000,
}, common.mustCall((req, res) => res.end('first')));

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const c = net.connect(server.address().port, '127.0.0.1');
  let got = '';
  c.setEncoding('latin1');
  c.on('data', (d) => { got += d; });
  c.on('close', common.mustCall(() => {
    assert.match(got, /^HTTP\/1\.1 200 OK\r\n[\s\S]*\r\n\r\nfirst/);
    assert.ok(got.endsWith('HTTP/1.1 408 Request Timeout\r\nConnection: close\r\n\r\n'), JSON.stringify(got));
    server.close();
  }));
  c.write('GET /1 HTTP/1.1\r\nHost: x\r\n\r\nGET /2 HTTP/1.1\r\nHost: x\r\n');
}));
