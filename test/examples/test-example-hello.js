'use strict';
// examples/hello.js (the classic hello-world server, port 3000) runs
// unchanged. Tests never take fixed ports, so listen() is redirected to an
// OS-chosen port while the example is loaded; the example's own code is not
// touched.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');
const path = require('path');

let server;
const listen = http.Server.prototype.listen;
http.Server.prototype.listen = function(port, host, cb) {
  assert.strictEqual(port, 3000);
  assert.strictEqual(host, '127.0.0.1');
  server = this;
  return listen.call(this, 0, host, cb);
};
const log = console.log;
console.log = common.mustCall((line) => {
  console.log = log;
  assert.strictEqual(line, 'Server running at http://127.0.0.1:3000/');
  const c = net.connect(server.address().port, '127.0.0.1');
  let got = '';
  c.setEncoding('latin1');
  c.on('data', (d) => { got += d; });
  c.on('end', common.mustCall(() => {
    assert.match(got, /^HTTP\/1\.1 200 OK\r\n/);
    assert.match(got, /\r\nContent-Type: text\/plain\r\n/);
    assert.match(got, /\r\nContent-Length: 11\r\n/);
    assert.ok(got.endsWith('\r\n\r\nHello World'), JSON.stringify(got));
    server.close();
  }));
  c.end('GET / HTTP/1.1\r\nHost: 127.0.0.1:3000\r\nConnection: close\r\n\r\n');
});
require(path.join(__dirname, '..', '..', 'examples', 'hello.js'));
http.Server.prototype.listen = listen;
