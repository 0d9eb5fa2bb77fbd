'use strict';
// An express app under lode, checked with lode's own http client.
// Usage: lode test/npm/express-app.js DIR   (DIR holds node_modules/express,
// installed by tools/test-npm). Prints "express: N checks passed".
const assert = require('assert');
const fs = require('fs');
const http = require('http');
const os = require('os');
const path = require('path');

const dir = process.argv[2];
if (!dir) throw new Error('usage: express-app.js DIR');
const express = require(path.join(dir, 'node_modules', 'express'));

const publicDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lode-express-'));
fs.writeFileSync(path.join(publicDir, 'hello.txt'), 'static hello\n');

const app = express();
app.use(express.json());
app.use('/static', express.static(publicDir));
app.get('/', (req, res) => res.send('home'));
app.get('/users/:id', (req, res) => res.json({ id: req.params.id, q: req.query.q, tags: req.query.tag }));
app.post('/echo', (req, res) => res.status(201).json({ got: req.body, type: req.get('content-type') }));
app.get('/boom', () => { throw new Error('kaput'); });
app.get('/async-boom', async () => { throw new Error('async kaput'); });
app.use((req, res) => res.status(404).json({ error: 'not found', path: req.path }));
app.use((err, req, res, next) => res.status(500).json({ error: err.message }));

const agent = new http.Agent({ keepAlive: true, maxSockets: 4 });
function request(port, method, url, body, headers = {}) {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, method, path: url, agent, headers }, (res) => {
      let data = '';
      res.setEncoding('utf8');
      res.on('data', (d) => { data += d; });
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: data }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

const server = app.listen(0, '127.0.0.1', async () => {
  const { port } = server.address();
  let checks = 0;
  const check = (cond, what) => { assert.ok(cond, what); checks++; };
  try {
    let r = await request(port, 'GET', '/');
    check(r.status === 200 && r.body === 'home', 'GET /');
    check(r.headers['x-powered-by'] === 'Express', 'x-powered-by');
    check(/^W\/"4-/.test(r.headers.etag), `etag ${r.headers.etag}`);

    r = await request(port, 'GET', '/users/42?q=hi&tag=a&tag=b');
    check(r.status === 200, 'params status');
    assert.deepStrictEqual(JSON.parse(r.body), { id: '42', q: 'hi', tags: ['a', 'b'] });
    check(r.headers['content-type'] === 'application/json; charset=utf-8', 'json content-type');

    const payload = JSON.stringify({ name: 'lode', n: [1, 2, 3], nested: { ok: true } });
    r = await request(port, 'POST', '/echo', payload, { 'Content-Type': 'application/json' });
    check(r.status === 201, `POST status ${r.status}`);
    assert.deepStrictEqual(JSON.parse(r.body), { got: JSON.parse(payload), type: 'application/json' });

    r = await request(port, 'POST', '/echo', '{bad json', { 'Content-Type': 'application/json' });
    check(r.status === 500 || r.status === 400, `bad JSON status ${r.status}`);

    r = await request(port, 'GET', '/static/hello.txt');
    check(r.status === 200 && r.body === 'static hello\n', 'static file');
    check(/^text\/plain/.test(r.headers['content-type']), 'static content-type');
    check(r.headers['content-length'] === '13', 'static length');

    r = await request(port, 'GET', '/nothing/here');
    check(r.status === 404, '404 status');
    assert.deepStrictEqual(JSON.parse(r.body), { error: 'not found', path: '/nothing/here' });

    r = await request(port, 'GET', '/boom');
    check(r.status === 500 && JSON.parse(r.body).error === 'kaput', 'error middleware');

    r = await request(port, 'GET', '/async-boom');
    check(r.status === 500 && JSON.parse(r.body).error === 'async kaput', 'async error (express 5)');

    // Concurrent requests over the keep-alive agent.
    const all = await Promise.all(Array.from({ length: 20 }, (_, i) => request(port, 'GET', `/users/${i}`)));
    all.forEach((x, i) => check(JSON.parse(x.body).id === String(i), `concurrent ${i}`));
    console.log(`express: ${checks} checks passed`);
  } finally {
    agent.destroy();
    server.close();
    fs.rmSync(publicDir, { recursive: true, force: true });
  }
});
