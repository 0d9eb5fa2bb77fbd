'use strict';
// http client round trips with an http server: the argument forms of
// request/get, GET and POST bodies (Content-Length, chunked), the response
// (status, headers, rawHeaders, trailers), HEAD, event order, and the exact
// request bytes (Host, Connection, Authorization, header forms) as node
// sends them; request and response backpressure.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');
const fs = require('fs');
const os = require('os');
const path = require('path');

const server = http.createServer((req, res) => {
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (d) => { body += d; });
  req.on('end', () => {
    if (req.url === '/trailers') {
      res.setHeader('Trailer', 'X-T');
      res.write('abc');
      res.addTrailers({ 'X-T': 'done' });
      res.end();
      return;
    }
    if (req.url === '/head') {
      res.writeHead(200, { 'Content-Length': 5, 'X-Dup': 'a' });
      res.end();
      return;
    }
    res.setHeader('Content-Type', 'application/json');
    res.end(JSON.stringify({ method: req.method, url: req.url, headers: req.headers, body }));
  });
});

function collect(res) {
  return new Promise((resolve) => {
    let body = '';
    res.setEncoding('utf8');
    res.on('data', (d) => { body += d; });
    res.on('end', () => resolve(body));
  });
}

async function roundTrips(port) {
  const base = `http://127.0.0.1:${port}`;
  const agent = new http.Agent({ keepAlive: true });

  // get(url, cb): the response.
  let res = await new Promise((resolve) => http.get(`${base}/a?b=1`, { agent }, resolve));
  assert.strictEqual(res.statusCode, 200);
  assert.strictEqual(res.statusMessage, 'OK');
  assert.strictEqual(res.httpVersion, '1.1');
  assert.strictEqual(res.headers['content-type'], 'application/json');
  assert.deepStrictEqual(res.rawHeaders.filter((x, i) => i % 2 === 0).slice(0, 1), ['Content-Type']);
  let echo = JSON.parse(await collect(res));
  assert.strictEqual(res.complete, true);
  assert.deepStrictEqual([echo.method, echo.url, echo.headers.host, echo.headers.connection],
                         ['GET', '/a?b=1', `127.0.0.1:${port}`, 'keep-alive']);

  // request(URL, options, cb); request(options, cb); request(url, options).
  res = await new Promise((resolve) => http.request(new URL(`${base}/u`), { method: 'PUT', agent }, resolve).end('xy'));
  echo = JSON.parse(await collect(res));
  assert.deepStrictEqual([echo.method, echo.url, echo.body, echo.headers['content-length']], ['PUT', '/u', 'xy', '2']);
  res = await new Promise((resolve) => http.request({ hostname: '127.0.0.1', port, path: '/o', agent }, resolve).end());
  echo = JSON.parse(await collect(res));
  assert.strictEqual(echo.url, '/o');
  res = await new Promise((resolve) => {
    const req = http.request(`${base}/ignored`, { path: '/over', headers: { 'X-A': 'b' }, agent });
    req.on('response', resolve);
    req.end();
  });
  echo = JSON.parse(await collect(res));
  assert.deepStrictEqual([echo.url, echo.headers['x-a']], ['/over', 'b']);

  // A body written in pieces without a length goes chunked.
  res = await new Promise((resolve) => {
    const req = http.request({ host: '127.0.0.1', port, method: 'POST', path: '/up', agent }, resolve);
    req.write('hello ');
    req.write(Buffer.from('chunked '));
    setImmediate(() => req.end('world'));
  });
  echo = JSON.parse(await collect(res));
  assert.deepStrictEqual([echo.body, echo.headers['transfer-encoding'], echo.headers['content-length']],
                         ['hello chunked world', 'chunked', undefined]);

  // Events: socket, prefinish, finish, response, then close after 'end'.
  const events = [];
  await new Promise((resolve) => {
    const req = http.request({ host: '127.0.0.1', port, method: 'POST', agent });
    for (const ev of ['socket', 'prefinish', 'finish', 'response', 'close']) req.on(ev, () => events.push(ev));
    req.on('response', (r) => {
      r.resume();
      r.on('end', () => events.push('end'));
      r.on('close', () => { events.push('res close'); resolve(); });
    });
    req.end('x');
  });
  assert.deepStrictEqual(events, ['socket', 'prefinish', 'finish', 'response', 'end', 'close', 'res close']);

  // HEAD: the headers, no body.
  res = await new Promise((resolve) => http.request({ host: '127.0.0.1', port, method: 'HEAD', path: '/head', agent },
                                                    resolve).end());
  assert.strictEqual(res.headers['content-length'], '5');
  assert.strictEqual(await collect(res), '');

  // Trailers of a chunked response.
  res = await new Promise((resolve) => http.get({ host: '127.0.0.1', port, path: '/trailers', agent }, resolve));
  assert.strictEqual(await collect(res), 'abc');
  assert.deepStrictEqual([res.trailers, res.rawTrailers], [{ 'x-t': 'done' }, ['X-T', 'done']]);

  // get(url, cb), with the global agent.
  res = await new Promise((resolve) => http.get(`${base}/g`, resolve));
  echo = JSON.parse(await collect(res));
  assert.strictEqual(echo.url, '/g');

  // setNoDelay / setSocketKeepAlive reach the socket once it is there.
  const calls = [];
  res = await new Promise((resolve) => {
    const req = http.get({ host: '127.0.0.1', port, agent: false }, resolve);
    req.on('socket', (socket) => {
      socket.setNoDelay = (...args) => calls.push(['setNoDelay', ...args]);
      socket.setKeepAlive = (...args) => calls.push(['setKeepAlive', ...args]);
    });
    req.setNoDelay(false);
    req.setSocketKeepAlive(true, 1000);
  });
  await collect(res);
  assert.deepStrictEqual(calls, [['setNoDelay', false], ['setKeepAlive', true, 1000]]);

  // Without a 'response' listener the body is dropped and the socket freed.
  await new Promise((resolve) => {
    const req = http.get({ host: '127.0.0.1', port, agent });
    req.on('close', resolve);
  });
  agent.destroy();
}

// The bytes of the request head, as node writes them.
function rawHeads() {
  const heads = [];
  const raw = net.createServer((s) => {
    let buf = '';
    s.setEncoding('latin1');
    s.on('data', (d) => {
      buf += d;
      if (!buf.includes('\r\n\r\n')) return;
      heads.push(buf.replace(/127\.0\.0\.1:\d+/g, 'HOST:PORT'));
      s.end('HTTP/1.1 200 OK\r\nContent-Length: 0\r\nConnection: close\r\n\r\n');
    });
  });
  const cases = [
    (port) => http.get(`http://127.0.0.1:${port}/p?q=1`),
    (port) => http.request({ host: '127.0.0.1', port, method: 'PUT', headers: { 'x-a': [1, 2] }, auth: 'u:p w' }).end('abc'),
    (port) => http.request({ host: '127.0.0.1', port, agent: false, headers: ['X-B', 'b', 'Host', 'h'] }).end(),
    (port) => http.request({ host: '127.0.0.1', port, setHost: false, method: 'delete' }).end(),
    (port) => http.request({ host: '127.0.0.1', port, defaultPort: port, agent: new http.Agent() }).end(),
    (port) => http.request({ host: '127.0.0.1', port, method: 'POST', headers: { Expect: '100-continue' } }).end('x'),
    (port) => http.request(new URL(`http://u%20x:p%40@127.0.0.1:${port}/p%20a?q#h`)).end(),
    (port) => http.request({ host: '127.0.0.1', port, method: 'GET', headers: { Connection: 'close' } }).end('data'),
  ];
  const expected = [
    'GET /p?q=1 HTTP/1.1\r\nHost: HOST:PORT\r\nConnection: keep-alive\r\n\r\n',
    'PUT / HTTP/1.1\r\nx-a: 1\r\nx-a: 2\r\nHost: HOST:PORT\r\nAuthorization: Basic dTpwIHc=\r\nConnection: keep-alive\r\n' +
      'Content-Length: 3\r\n\r\nabc',
    'GET / HTTP/1.1\r\nX-B: b\r\nHost: h\r\nConnection: close\r\n\r\n',
    'DELETE / HTTP/1.1\r\nConnection: keep-alive\r\n\r\n',
    'GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n',
    'POST / HTTP/1.1\r\nExpect: 100-continue\r\nHost: HOST:PORT\r\nConnection: keep-alive\r\n' +
      'Transfer-Encoding: chunked\r\n\r\n1\r\nx\r\n0\r\n\r\n',
    'GET /p%20a?q HTTP/1.1\r\nHost: HOST:PORT\r\nAuthorization: Basic dSB4OnBA\r\nConnection: keep-alive\r\n\r\n',
    'GET / HTTP/1.1\r\nConnection: close\r\nHost: HOST:PORT\r\n\r\ndata',
  ];
  return new Promise((resolve) => {
    raw.listen(0, '127.0.0.1', async () => {
      for (const c of cases) {
        await new Promise((done) => {
          const req = c(raw.address().port);
          req.on('response', (r) => r.resume());
          req.on('close', done);
        });
      }
      assert.deepStrictEqual(heads, expected);
      raw.close(resolve);
    });
  });
}

// Request bodies wait for 'drain'; a response body read late pauses the socket.
function backpressure() {
  const big = http.createServer((req, res) => {
    let n = 0;
    req.on('data', (d) => { n += d.length; });
    req.on('end', () => {
      if (req.method === 'PUT') { res.end(String(n)); return; }
      const chunk = Buffer.alloc(64 * 1024, 'b');
      let i = 0;
      const pump = () => {
        while (i < 64) {
          i++;
          if (!res.write(chunk)) { res.once('drain', pump); return; }
        }
        res.end();
      };
      pump();
    });
  });
  return new Promise((resolve) => {
    big.listen(0, '127.0.0.1', async () => {
      const port = big.address().port;
      let drains = 0;
      const res = await new Promise((done) => {
        const req = http.request({ host: '127.0.0.1', port, method: 'PUT', agent: false }, done);
        const chunk = Buffer.alloc(256 * 1024, 'a');
        let sent = 0;
        const pump = () => {
          while (sent < 32) {
            sent++;
            if (!req.write(chunk)) { drains++; req.once('drain', pump); return; }
          }
          req.end();
        };
        pump();
      });
      assert.strictEqual(await collect(res), String(32 * 256 * 1024));
      assert(drains > 0);

      const res2 = await new Promise((done) => http.get({ host: '127.0.0.1', port, agent: false }, done));
      res2.pause();
      // Not read: the socket stops once the response's buffer is full.
      await new Promise((done) => {
        const check = () => {
          if (res2.socket.isPaused()) done();
          else setTimeout(check, 5);
        };
        check();
      });
      assert(res2.readableLength < 64 * 64 * 1024);
      let n = 0;
      res2.on('data', (d) => { n += d.length; });
      res2.resume();
      await new Promise((done) => res2.on('end', done));
      assert.strictEqual(n, 64 * 64 * 1024);
      big.close(resolve);
    });
  });
}

// How the connection is made: socketPath, lookup/family/localAddress,
// createConnection (returning the socket, calling back, failing).
async function connecting(port) {
  const sockPath = path.join(os.tmpdir(), `lode-http-client-${process.pid}.sock`);
  try { fs.unlinkSync(sockPath); } catch { /* not there */ }
  const unix = http.createServer((req, res) => res.end(`unix ${req.url} ${req.headers.host}`));
  await new Promise((resolve) => unix.listen(sockPath, resolve));
  let res = await new Promise((resolve) => http.get({ socketPath: sockPath, path: '/u' }, resolve));
  assert.strictEqual(await collect(res), 'unix /u localhost');
  await new Promise((resolve) => unix.close(resolve));

  const looked = [];
  res = await new Promise((resolve) => http.get({
    host: 'lode.test', port, family: 4, localAddress: '127.0.0.1', agent: false, path: '/l',
    lookup: (host, options, cb) => {
      looked.push([host, options.family]);
      if (options.all) cb(null, [{ address: '127.0.0.1', family: 4 }]);
      else cb(null, '127.0.0.1', 4);
    },
  }, resolve));
  const echo = JSON.parse(await collect(res));
  assert.deepStrictEqual([echo.url, echo.headers.host, looked], ['/l', `lode.test:${port}`, [['lode.test', 4]]]);
  assert.strictEqual(res.req.agent.getName({ host: 'lode.test', port, family: 4, localAddress: '127.0.0.1' }),
                     `lode.test:${port}:127.0.0.1:4`);

  const got = [];
  const connectTo = () => net.connect(port, '127.0.0.1');
  for (const createConnection of [
    () => connectTo(),
    (options, cb) => { setImmediate(() => cb(null, connectTo())); },
  ]) {
    res = await new Promise((resolve) => {
      const req = http.get({ path: '/cc', createConnection }, resolve);
      assert.strictEqual(req.agent, undefined);
    });
    got.push(JSON.parse(await collect(res)).headers.connection);
  }
  // No agent: the connection is not kept.
  assert.deepStrictEqual(got, ['close', 'close']);
  await new Promise((resolve) => {
    const req = http.get({ createConnection: (options, cb) => cb(new Error('nope')) });
    req.on('error', common.mustCall((e) => {
      assert.strictEqual(e.message, 'nope');
      resolve();
    }));
  });
}

server.listen(0, '127.0.0.1', common.mustCall(async () => {
  await roundTrips(server.address().port);
  await connecting(server.address().port);
  await rawHeads();
  await backpressure();
  http.globalAgent.destroy();
  server.close();
}));
