'use strict';
// The client taking a connection over, with the http server's side of it:
// an Upgrade ('upgrade' on both ends, the bytes after the heads as `head`),
// CONNECT ('connect' on both ends), an upgrade nobody listens for, a 101
// without Upgrade headers; 1xx responses ('information', 'continue') and
// Expect: 100-continue with and without the server's checkContinue.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

const server = http.createServer((req, res) => {
  if (req.url === '/hints') {
    res.writeProcessing();
    res.writeEarlyHints({ link: '</style.css>' });
  }
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (d) => { body += d; });
  req.on('end', () => res.end(`${req.url} ${body}`));
});
server.on('upgrade', common.mustCall((req, socket, head) => {
  assert.deepStrictEqual([req.method, req.url, req.headers.upgrade, head.toString()], ['GET', '/up', 'echo', 'early']);
  socket.write('HTTP/1.1 101 Switching Protocols\r\nUpgrade: echo\r\nConnection: Upgrade\r\n\r\nhello');
  socket.on('data', (d) => socket.write(d));
  socket.on('end', () => socket.end());
}));
server.on('connect', common.mustCall((req, socket, head) => {
  assert.deepStrictEqual([req.method, req.url, head.length], ['CONNECT', 'example:443', 0]);
  socket.write('HTTP/1.1 200 Connection Established\r\n\r\ntunnel-');
  socket.on('data', (d) => socket.write(d));
  socket.on('end', () => socket.end());
}));
server.on('checkContinue', common.mustCall((req, res) => {
  res.writeContinue();
  server.emit('request', req, res);
}));

function readAll(socket, first, n) {
  return new Promise((resolve) => {
    let got = first;
    socket.setEncoding('utf8');
    socket.on('data', (d) => {
      got += d;
      if (got.length >= n) {
        socket.end();
        resolve(got);
      }
    });
  });
}

async function takeOver(port) {
  // Upgrade.
  let events = [];
  let echoed = await new Promise((resolve) => {
    const req = http.request({ host: '127.0.0.1', port, path: '/up', headers: { Connection: 'Upgrade', Upgrade: 'echo' } });
    req.on('response', common.mustNotCall());
    req.on('upgrade', (res, socket, head) => {
      events.push('upgrade');
      assert.deepStrictEqual([res.statusCode, res.headers.upgrade, head.toString()], [101, 'echo', 'hello']);
      assert.strictEqual(socket._httpMessage, null);
      assert.strictEqual(socket.listenerCount('data'), 0);
      socket.write('12345');
      resolve(readAll(socket, head.toString(), 10));
    });
    req.on('close', () => events.push('close'));
    req.end('early');
  });
  assert.strictEqual(echoed, 'hello12345');
  assert.deepStrictEqual(events, ['upgrade', 'close']);

  // CONNECT.
  echoed = await new Promise((resolve) => {
    const req = http.request({ host: '127.0.0.1', port, method: 'CONNECT', path: 'example:443' });
    req.on('connect', (res, socket, head) => {
      assert.deepStrictEqual([res.statusCode, res.statusMessage], [200, 'Connection Established']);
      socket.write('abc');
      resolve(readAll(socket, head.toString(), 10));
    });
    req.end();
  });
  assert.strictEqual(echoed, 'tunnel-abc');
}

async function rawUpgrades() {
  const raw = net.createServer((s) => {
    s.on('error', () => {});
    s.once('data', (d) => {
      if (d.toString().startsWith('GET /plain101')) s.write('HTTP/1.1 101 Switching Protocols\r\n\r\nextra');
      else s.write('HTTP/1.1 101 Switching Protocols\r\nUpgrade: x\r\nConnection: Upgrade\r\n\r\n');
    });
  });
  await new Promise((resolve) => raw.listen(0, '127.0.0.1', resolve));
  const port = raw.address().port;
  // Nobody listens for 'upgrade': the connection is closed, no error.
  const events = [];
  await new Promise((resolve) => {
    const req = http.get({ host: '127.0.0.1', port, headers: { Connection: 'Upgrade', Upgrade: 'x' } });
    req.on('error', (e) => events.push(e.message));
    req.on('close', () => { events.push('close'); resolve(); });
  });
  assert.deepStrictEqual(events, ['close']);
  // A 101 without Upgrade headers is a response without a body.
  await new Promise((resolve) => {
    http.get({ host: '127.0.0.1', port, path: '/plain101' }, common.mustCall((res) => {
      assert.strictEqual(res.statusCode, 101);
      res.resume();
      res.on('end', resolve);
    }));
  });
  raw.close();
}

async function informational(port) {
  const infos = [];
  let body = await new Promise((resolve) => {
    const req = http.get({ host: '127.0.0.1', port, path: '/hints' }, (res) => {
      res.setEncoding('utf8');
      let b = '';
      res.on('data', (d) => { b += d; });
      res.on('end', () => resolve(b));
    });
    // (The server's own spelling of the Link header is not the point here.)
    req.on('information', (info) => infos.push({ ...info, rawHeaders: info.rawHeaders.map((h) => h.toLowerCase()) }));
  });
  assert.strictEqual(body, '/hints ');
  assert.deepStrictEqual(infos, [
    { statusCode: 102, statusMessage: 'Processing', httpVersion: '1.1', httpVersionMajor: 1, httpVersionMinor: 1,
      headers: {}, rawHeaders: [] },
    { statusCode: 103, statusMessage: 'Early Hints', httpVersion: '1.1', httpVersionMajor: 1, httpVersionMinor: 1,
      headers: { link: '</style.css>' }, rawHeaders: ['link', '</style.css>'] },
  ]);

  // Expect: 100-continue: the head goes first, the body after 'continue'.
  const events = [];
  body = await new Promise((resolve) => {
    const req = http.request({ host: '127.0.0.1', port, method: 'POST', path: '/expect',
      headers: { Expect: '100-continue' } });
    // Expect: the head is ready at once.
    assert.strictEqual(req.headersSent, true);
    req.on('continue', () => {
      events.push('continue');
      req.end('the body');
    });
    req.on('information', (info) => events.push(`information ${info.statusCode}`));
    req.on('response', (res) => {
      events.push('response');
      res.setEncoding('utf8');
      let b = '';
      res.on('data', (d) => { b += d; });
      res.on('end', () => resolve(b));
    });
    req.flushHeaders();
  });
  assert.strictEqual(body, '/expect the body');
  assert.deepStrictEqual(events, ['continue', 'information 100', 'response']);
}

server.listen(0, '127.0.0.1', common.mustCall(async () => {
  const port = server.address().port;
  await takeOver(port);
  await rawUpgrades();
  await informational(port);
  http.globalAgent.destroy();
  server.close();
}));
