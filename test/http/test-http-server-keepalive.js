'use strict';
// Keep-alive limits of the http server, bytes compared with node v20's
// (Date normalised): maxRequestsPerSocket (Keep-Alive max=, Connection:
// close on the last one, then 503 and 'dropRequest' while the connection
// stays open; HTTP/1.0 requests are not dropped), a user Keep-Alive header,
// keepAliveTimeout closing an idle connection (or 'timeout' when listened
// for), rejectNonStandardBodyWrites, req.setTimeout on an unfinished
// request, and an unread request aborted when its connection closes.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

function listen(server) {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

// Writes each string in turn, the next (or the end) once `until` says so
// of what came back; resolves at 'close' with the bytes, Date normalised.
function exchange(server, writes, until) {
  return new Promise((resolve) => {
    const c = net.connect(server.address().port, '127.0.0.1');
    let got = '';
    let i = 0;
    const next = () => {
      if (i < writes.length) c.write(writes[i++]);
      else c.end();
    };
    c.setEncoding('latin1');
    c.on('data', (d) => {
      got += d;
      if (until(got, i)) next();
    });
    c.on('error', () => {});
    c.on('close', () => resolve(got.replace(/\r\nDate: [^\r]*/g, '\r\nDate: D')));
    next();
  });
}

const get = (url, v = '1.1', extra = '') => `GET ${url} HTTP/${v}\r\nHost: a\r\n${extra}\r\n`;
const ok = (body, conn) => `HTTP/1.1 200 OK\r\nDate: D\r\n${conn}Content-Length: ${body.length}\r\n\r\n${body}`;
const R503 = 'HTTP/1.1 503 Service Unavailable\r\nDate: D\r\nConnection: close\r\n' +
  'Transfer-Encoding: chunked\r\n\r\n0\r\n\r\n';

async function maxRequests() {
  const server = await listen(http.createServer((req, res) => {
    if (req.url === '/own') res.setHeader('Keep-Alive', 'mine');
    res.end(req.url);
  }));
  server.maxRequestsPerSocket = 2;
  const dropped = [];
  server.on('dropRequest', (req, socket) => {
    assert(socket instanceof net.Socket);
    dropped.push(req.url);
  });
  // Four pipelined, then a fifth once the four answers are in: the
  // connection was kept open although the second answer said close.
  const out = await exchange(server, [[get('/1'), get('/2'), get('/3'), get('/4')].join(''), get('/5')],
                             (got, i) => got.split('HTTP/1.1').length === 4 + i);
  assert.strictEqual(out,
                     ok('/1', 'Connection: keep-alive\r\nKeep-Alive: timeout=5, max=2\r\n') +
                     ok('/2', 'Connection: close\r\n') + R503 + R503 + R503);
  assert.deepStrictEqual(dropped, ['/3', '/4', '/5']);

  // HTTP/1.0 requests are never dropped (an HTTP/1.0 answer without a
  // length ends the connection); a user Keep-Alive header replaces the server's.
  dropped.length = 0;
  const out2 = await exchange(server, [get('/own') + get('/b') + get('/a', '1.0', 'Connection: keep-alive\r\n')],
                              (got) => got.endsWith('/a'));
  assert.strictEqual(out2,
                     'HTTP/1.1 200 OK\r\nKeep-Alive: mine\r\nDate: D\r\nConnection: keep-alive\r\n' +
                     'Content-Length: 4\r\n\r\n/own' + ok('/b', 'Connection: close\r\n') +
                     'HTTP/1.1 200 OK\r\nDate: D\r\nConnection: close\r\n\r\n/a');
  assert.deepStrictEqual(dropped, []);
  server.close();
}

async function keepAliveTimeout() {
  // Without a 'timeout' listener the idle connection is closed...
  const server = await listen(http.createServer({ keepAliveTimeout: 100 }, (req, res) => res.end('x')));
  const out = await new Promise((resolve) => {
    const c = net.connect(server.address().port, '127.0.0.1', () => c.write(get('/')));
    let got = '';
    c.on('data', (d) => { got += d; });
    c.on('close', () => resolve(got)); // by the server
  });
  assert.match(out, /\r\nConnection: keep-alive\r\nKeep-Alive: timeout=0\r\n/);
  // ...with one, the listener decides.
  server.on('timeout', common.mustCall((socket) => socket.end()));
  await new Promise((resolve) => {
    const c = net.connect(server.address().port, '127.0.0.1', () => c.write(get('/')));
    c.resume();
    c.on('end', () => c.end());
    c.on('close', resolve);
  });
  server.close();
}

async function rejectBodyWrites() {
  const server = await listen(http.createServer({ rejectNonStandardBodyWrites: true }, common.mustCall((req, res) => {
    const err = { code: 'ERR_HTTP_BODY_NOT_ALLOWED',
                  message: 'Adding content for this request method or response status is not allowed.' };
    if (req.method === 'HEAD') {
      assert.throws(() => res.write('x'), err);
      assert.throws(() => res.end('y'), err);
    } else {
      res.writeHead(204);
      assert.throws(() => res.write(''), err);
    }
    res.end();
  }, 2)));
  const out = await exchange(server, [`HEAD / HTTP/1.1\r\nHost: a\r\n\r\n${get('/')}`],
                             (got) => got.split('HTTP/1.1').length === 3);
  assert.strictEqual(out, 'HTTP/1.1 200 OK\r\nDate: D\r\nConnection: keep-alive\r\nKeep-Alive: timeout=5\r\n\r\n' +
                     'HTTP/1.1 204 No Content\r\nDate: D\r\nConnection: keep-alive\r\nKeep-Alive: timeout=5\r\n\r\n');
  server.close();
}

async function requestTimeoutEvents() {
  // req.setTimeout fires for a request still being received.
  const server = await listen(http.createServer(common.mustCall((req, res) => {
    req.setTimeout(50, common.mustCall((socket) => {
      assert.strictEqual(socket, req.socket);
      assert.strictEqual(req.complete, false);
      socket.destroy();
    }));
  })));
  await exchange(server, ['POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 5\r\n\r\nab'], () => false);
  server.close();
}

async function abortUnread() {
  // A complete request nobody read is aborted when the client goes away.
  const events = [];
  let done;
  const server = await listen(http.createServer((req, res) => {
    req.on('aborted', () => events.push('aborted'));
    req.on('error', (e) => events.push(e.code));
    res.on('close', () => events.push('res close'));
    req.on('close', () => done());
    req.socket.on('end', () => events.push('end'));
  }));
  const closed = new Promise((resolve) => { done = resolve; });
  const c = net.connect(server.address().port, '127.0.0.1', () => c.end(get('/')));
  await closed;
  assert.deepStrictEqual(events, ['end', 'aborted', 'res close', 'ECONNRESET']);
  c.destroy();
  server.close();
}

(async () => {
  await maxRequests();
  await keepAliveTimeout();
  await rejectBodyWrites();
  await requestTimeoutEvents();
  await abortUnread();
})().then(common.mustCall());
