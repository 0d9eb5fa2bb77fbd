'use strict';
// Closing an http server, as node v20: server.close() closes the idle
// keep-alive connections at once and lets a busy one finish its response
// (the keep-alive timeout closes it after); closeIdleConnections() leaves
// busy, new and half-sent connections alone; closeAllConnections() closes
// every HTTP connection but not an upgraded one. Ten pipelined requests
// answered out of order still go out in order.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

function listen(server) {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

// A raw client: `got` collects the bytes, `gone` resolves at 'close'.
function client(server, first) {
  const c = net.connect(server.address().port, '127.0.0.1');
  c.got = '';
  c.setEncoding('latin1');
  c.on('data', (d) => { c.got += d; });
  c.on('error', () => {});
  c.gone = new Promise((resolve) => c.on('close', resolve));
  if (first) c.write(first);
  return c;
}

// Resolves once `c` has received a string ending with `tail`.
function received(c, tail) {
  return new Promise((resolve) => {
    const check = () => {
      if (!c.got.endsWith(tail)) return;
      c.removeListener('data', check);
      resolve();
    };
    c.on('data', check);
    check();
  });
}

const get = (url) => `GET ${url} HTTP/1.1\r\nHost: a\r\n\r\n`;
const body = (s) => s.replace(/^[^]*\r\n\r\n/, '');

async function closeTest() {
  let answerBusy;
  const requests = [];
  const server = await listen(http.createServer({ keepAliveTimeout: 100 }, (req, res) => {
    requests.push(req.url);
    if (req.url === '/busy') answerBusy = () => res.end('busy done');
    else res.end('quick');
  }));
  const idle = client(server, get('/idle'));
  await received(idle, 'quick');
  const busy = client(server, get('/busy'));
  while (!answerBusy) await new Promise(setImmediate);

  let serverClosed = false;
  server.close(common.mustCall(() => { serverClosed = true; }));
  assert.strictEqual(server.listening, false);
  await idle.gone; // at once, while /busy is still unanswered
  assert.strictEqual(busy.destroyed, false);
  answerBusy();
  await received(busy, 'busy done');
  assert.match(busy.got, /^HTTP\/1\.1 200 OK\r\n[^]*Connection: keep-alive\r\n[^]*\r\n\r\nbusy done$/);
  await busy.gone; // by the server, when the keep-alive timeout runs out
  await new Promise(setImmediate);
  assert.strictEqual(serverClosed, true);
  assert.deepStrictEqual(requests, ['/idle', '/busy']);
}

async function closeIdleAndAllTest() {
  let busyReq;
  const server = await listen(http.createServer((req, res) => {
    if (req.url === '/busy') busyReq = req;
    else res.end('quick');
  }));
  const idle = client(server, get('/idle'));
  const busy = client(server, get('/busy'));
  const fresh = client(server);
  const partial = client(server, 'GET / HTTP/1.1\r\nHo');
  // A request whose response went out but whose body is still coming.
  const halfBody = client(server, 'POST /upload HTTP/1.1\r\nHost: a\r\nContent-Length: 10\r\n\r\nab');
  await received(idle, 'quick');
  await received(halfBody, 'quick');
  while (!busyReq) await new Promise(setImmediate);

  const alive = () => [idle, busy, fresh, partial, halfBody].map((c) => !c.destroyed);
  server.closeIdleConnections();
  await idle.gone;
  await new Promise((resolve) => setTimeout(resolve, 50)); // time for a wrong close to show
  assert.deepStrictEqual(alive(), [false, true, true, true, true]);

  busyReq.on('aborted', common.mustCall());
  server.closeAllConnections();
  await Promise.all([busy.gone, fresh.gone, partial.gone, halfBody.gone]);
  assert.strictEqual(busy.got, '');
  server.close();
}

async function upgradeTest() {
  const server = await listen(http.createServer(common.mustNotCall()));
  server.on('upgrade', common.mustCall((req, socket) => {
    socket.write('HTTP/1.1 101 Switching Protocols\r\nConnection: Upgrade\r\nUpgrade: echo\r\n\r\n');
    socket.on('data', (d) => socket.write(d));
    socket.on('end', () => socket.end());
  }));
  const c = client(server, 'GET / HTTP/1.1\r\nHost: a\r\nConnection: Upgrade\r\nUpgrade: echo\r\n\r\n');
  await received(c, '\r\n\r\n');
  server.closeAllConnections();
  server.close(common.mustCall());
  c.write('still here');
  await received(c, 'still here');
  c.destroy();
}

async function pipelineTest() {
  // Answered in reverse order of arrival; sent in request order.
  const pending = [];
  const server = await listen(http.createServer((req, res) => {
    pending.push(() => res.end(`body of ${req.url}`));
    if (pending.length === 10) {
      for (let i = pending.length - 1; i >= 0; i--) pending[i]();
    }
  }));
  const urls = Array.from({ length: 10 }, (_, i) => `/r${i}`);
  const c = client(server, urls.map(get).join(''));
  await received(c, 'body of /r9');
  const bodies = c.got.split('HTTP/1.1 200 OK\r\n').slice(1).map(body);
  assert.deepStrictEqual(bodies, urls.map((u) => `body of ${u}`));
  c.destroy();
  server.close();
}

(async () => {
  await closeTest();
  await closeIdleAndAllTest();
  await upgradeTest();
  await pipelineTest();
})().then(common.mustCall());
