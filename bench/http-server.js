'use strict';
// The HTTP server of bench/http: MODE hello (the classic hello world), json
// (a 1 KB JSON body per request) or stream (a 64 KB body written in 16 KB
// chunks). Prints its port once listening.
const http = require('http');
const mode = process.argv[2] || 'hello';

const item = { id: 1, name: 'lode', tags: ['a', 'b', 'c'], ok: true, score: 0.5 };
const payload = { items: Array.from({ length: 15 }, (_, i) => ({ ...item, id: i })) };
const chunk = Buffer.alloc(16 * 1024, 'x');

const handlers = {
  hello(req, res) {
    res.statusCode = 200;
    res.setHeader('Content-Type', 'text/plain');
    res.end('Hello World');
  },
  json(req, res) {
    const body = JSON.stringify(payload);
    res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) });
    res.end(body);
  },
  stream(req, res) {
    res.writeHead(200, { 'Content-Type': 'application/octet-stream' });
    let left = 4;
    (function more() {
      while (left > 0) {
        left--;
        if (!res.write(chunk)) return res.once('drain', more);
      }
      res.end();
    })();
  },
};
if (!handlers[mode]) throw new Error(`unknown mode ${mode}`);
const server = http.createServer(handlers[mode]);
server.listen(0, '127.0.0.1', () => console.log(server.address().port));
