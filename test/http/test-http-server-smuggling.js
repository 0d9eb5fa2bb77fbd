'use strict';
// Request-smuggling vectors through a real server with no 'clientError'
// listener: each is answered exactly node's 400 and the connection closed,
// and the request hidden behind it (GET /smuggled) never reaches the
// handler. (test-http-parser-node-errors.js checks the parser's error codes
// for the same family of inputs; this checks what the client sees.)
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

const R400 = 'HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n';
const SMUGGLED = 'GET /smuggled HTTP/1.1\r\nHost: a\r\n\r\n';
const post = (headers, body) => `POST / HTTP/1.1\r\nHost: a\r\n${headers}\r\n${body}${SMUGGLED}`;
const chunked = (size) => post('Transfer-Encoding: chunked\r\n', `${size}\r\nx\r\n0\r\n\r\n`);

const vectors = [
  ['conflicting Content-Length', post('Content-Length: 0\r\nContent-Length: 40\r\n', '')],
  ['repeated Content-Length', post('Content-Length: 0\r\nContent-Length: 0\r\n', '')],
  ['Content-Length list', post('Content-Length: 0, 0\r\n', '')],
  ['Content-Length then Transfer-Encoding', post('Content-Length: 5\r\nTransfer-Encoding: chunked\r\n', '0\r\n\r\n')],
  ['Transfer-Encoding then Content-Length', post('Transfer-Encoding: chunked\r\nContent-Length: 5\r\n', '0\r\n\r\n')],
  ['chunked not last', post('Transfer-Encoding: chunked, gzip\r\n', '0\r\n\r\n')],
  ['xchunked', post('Transfer-Encoding: xchunked\r\n', '0\r\n\r\n')],
  ['space before colon', post('Transfer-Encoding : chunked\r\n', '0\r\n\r\n')],
  ['obs-fold into Transfer-Encoding', post('Transfer-Encoding: gzip,\r\n chunked\r\n', '0\r\n\r\n')],
  ['chunk size hex overflow', chunked('10000000000000001')],
  ['chunk size not hex', chunked('zz')],
  ['chunk size negative', chunked('-1')],
  ['chunk size 0x', chunked('0x1')],
  ['bare CR in request line', `GET / HTTP/1.1\rHost: a\r\n\r\n${SMUGGLED}`],
  ['bare LF in request line', `GET / HTTP/1.1\nHost: a\r\n\r\n${SMUGGLED}`],
  ['bare CR in header line', `GET / HTTP/1.1\r\nHost: a\rX: b\r\n\r\n${SMUGGLED}`],
  ['bare LF in header line', `GET / HTTP/1.1\r\nHost: a\nX: b\r\n\r\n${SMUGGLED}`],
  ['bad header name', `GET / HTTP/1.1\r\nHost: a\r\nX(y): b\r\n\r\n${SMUGGLED}`],
  ['CTL in header value', `GET / HTTP/1.1\r\nHost: a\r\nX: a\x01b\r\n\r\n${SMUGGLED}`],
  ['NUL in header value', `GET / HTTP/1.1\r\nHost: a\r\nX: a\x00b\r\n\r\n${SMUGGLED}`],
  ['obs-fold', `GET / HTTP/1.1\r\nHost: a\r\nX: a\r\n b\r\n\r\n${SMUGGLED}`],
  // No Host on HTTP/1.1 (not smuggling; node's 400 here is a response, Date normalised).
  ['no Host', 'GET / HTTP/1.1\r\n\r\n',
   'HTTP/1.1 400 Bad Request\r\nConnection: close\r\nDate: D\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n'],
];

const server = http.createServer((req, res) => {
  assert.notStrictEqual(req.url, '/smuggled');
  req.resume();
  req.on('end', () => res.end('handled'));
});

server.listen(0, '127.0.0.1', common.mustCall(async () => {
  for (const [name, input, expected = R400] of vectors) {
    const out = await new Promise((resolve) => {
      const c = net.connect(server.address().port, '127.0.0.1', () => c.write(input, 'latin1'));
      let s = '';
      c.setEncoding('latin1');
      c.on('data', (d) => { s += d; });
      c.on('error', () => {});
      c.on('close', () => resolve(s.replace(/\r\nDate: [^\r]*/, '\r\nDate: D'))); // the server closes it
    });
    assert.strictEqual(out, expected, name);
  }
  server.close();
}));
