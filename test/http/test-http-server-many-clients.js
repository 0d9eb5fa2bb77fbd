'use strict';
// 1,000 concurrent keep-alive clients on one http server: raw sockets,
// all connected at once, each sending two requests over its connection
// and checking both answers (its own id and request number echoed back),
// and every connection counted by the server. 2 fds per client (both ends
// live in this process); with a low fd limit the count drops to a third of
// it, so the test does not fail on the limit itself.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');
const { spawnSync } = require('child_process');

function fdLimit() {
  const r = spawnSync('/bin/sh', ['-c', 'ulimit -n'], { encoding: 'utf8' });
  const n = parseInt(r.stdout, 10);
  return Number.isFinite(n) ? n : Infinity; // 'unlimited'
}
const CLIENTS = Math.min(1000, Math.floor(fdLimit() / 3));

const connections = new Set();
const server = http.createServer((req, res) => {
  connections.add(req.socket);
  const body = `${req.url} ${req.headers['x-id']}`;
  res.setHeader('Content-Length', Buffer.byteLength(body));
  res.end(body);
});
server.listen({ port: 0, host: '127.0.0.1', backlog: 2048 }, common.mustCall(() => {
  const { port } = server.address();
  const clients = [];
  for (let id = 0; id < CLIENTS; id++) clients.push(runClient(port, id));
  Promise.all(clients).then(common.mustCall((results) => {
    for (let id = 0; id < CLIENTS; id++) {
      assert.deepStrictEqual(results[id], [`/first ${id}`, `/second ${id}`], `client ${id}`);
    }
    assert.strictEqual(connections.size, CLIENTS); // one connection each, both requests on it
    server.close();
  }));
}));

// One client: request, answer, request, answer on one connection.
function runClient(port, id) {
  return new Promise((resolve, reject) => {
    const bodies = [];
    let buf = '';
    const socket = net.connect(port, '127.0.0.1', () => send('/first'));
    const send = (url) => socket.write(`GET ${url} HTTP/1.1\r\nHost: a\r\nX-Id: ${id}\r\n\r\n`);
    socket.setEncoding('latin1');
    socket.on('error', reject);
    socket.on('data', (d) => {
      buf += d;
      const end = buf.indexOf('\r\n\r\n');
      if (end === -1) return;
      const head = buf.slice(0, end);
      assert.match(head, /^HTTP\/1\.1 200 OK\r\n/);
      assert.match(head, /\r\nConnection: keep-alive\r\n/);
      const length = +/\r\nContent-Length: (\d+)/.exec(head)[1];
      if (buf.length < end + 4 + length) return;
      bodies.push(buf.slice(end + 4, end + 4 + length));
      buf = buf.slice(end + 4 + length);
      if (bodies.length === 1) send('/second');
      else socket.end();
    });
    socket.on('close', () => resolve(bodies));
  });
}
