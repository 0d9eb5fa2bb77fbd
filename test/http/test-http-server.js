'use strict';
// http server: response framing (Content-Length, chunked, HEAD, 204,
// keep-alive / close), request bodies (length and chunked), header joining,
// pipelined requests answered in order — bytes compared with node's
// (recorded from node v20, Date normalised); header API errors; a bad
// request gets 400 and 'clientError'.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');
const expected = "HTTP/1.1 200 OK\r\nX-A: 1\r\nX-A: 2\r\nDate: D\r\nConnection: keep-alive\r\nKeep-Alive: timeout=5\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nab\r\n3\r\ncde\r\n1\r\nf\r\n0\r\n\r\nHTTP/1.1 200 OK\r\nDate: D\r\nConnection: keep-alive\r\nKeep-Alive: timeout=5\r\nContent-Length: 22\r\n\r\nPOST text/x hello trueHTTP/1.1 200 OK\r\nDate: D\r\nConnection: keep-alive\r\nKeep-Alive: timeout=5\r\nContent-Length: 25\r\n\r\nPOST undefined abcde trueHTTP/1.1 200 OK\r\nContent-Length: 5\r\nDate: D\r\nConnection: keep-alive\r\nKeep-Alive: timeout=5\r\n\r\nHTTP/1.1 204 Nothing\r\nX-B: y\r\nDate: D\r\nConnection: keep-alive\r\nKeep-Alive: timeout=5\r\n\r\nHTTP/1.1 200 OK\r\nDate: D\r\nConnection: keep-alive\r\nKeep-Alive: timeout=5\r\nContent-Length: 243\r\n\r\n[\"1.1\",[\"Host\",\"a\",\"X-Dup\",\"1\",\"x-dup\",\"2\",\"Cookie\",\"a=1\",\"cookie\",\"b=2\",\"Set-Cookie\",\"s1\",\"set-cookie\",\"s2\",\"Content-Type\",\"t1\",\"content-type\",\"t2\"],{\"host\":\"a\",\"x-dup\":\"1, 2\",\"cookie\":\"a=1; b=2\",\"set-cookie\":[\"s1\",\"s2\"],\"content-type\":\"t1\"}]HTTP/1.1 200 OK\r\nDate: D\r\nConnection: close\r\nContent-Length: 7\r\n\r\ndefault";

const server = http.createServer((req, res) => {
  const u = req.url;
  if (u === '/chunked') { res.setHeader('X-A', ['1', '2']); res.write('ab'); res.write(Buffer.from('cde')); res.end('f'); return; }
  if (u === '/echo') { let body = ''; req.setEncoding('utf8'); req.on('data', (d) => body += d); req.on('end', () => res.end(`${req.method} ${req.headers['content-type']} ${body} ${req.complete}`)); return; }
  if (u === '/head') { res.writeHead(200, { 'Content-Length': 5 }); res.end(); return; }
  if (u === '/204') { res.writeHead(204, 'Nothing', [['X-B', 'y']]); res.end(); return; }
  if (u === '/headers') { res.end(JSON.stringify([req.httpVersion, req.rawHeaders, req.headers])); return; }
  res.end('default');
});
const reqs = [
  'GET /chunked HTTP/1.1\r\nHost: a\r\n\r\n',
  'POST /echo HTTP/1.1\r\nHost: a\r\nContent-Type: text/x\r\nContent-Length: 5\r\n\r\nhello',
  'POST /echo HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n2\r\nde\r\n0\r\n\r\n',
  'HEAD /head HTTP/1.1\r\nHost: a\r\n\r\n',
  'GET /204 HTTP/1.1\r\nHost: a\r\n\r\n',
  'GET /headers HTTP/1.1\r\nHost: a\r\nX-Dup: 1\r\nx-dup: 2\r\nCookie: a=1\r\ncookie: b=2\r\nSet-Cookie: s1\r\nset-cookie: s2\r\nContent-Type: t1\r\ncontent-type: t2\r\n\r\n',
  'GET / HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n',
];
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1', () => c.write(reqs.join('')));
  let out = ''; c.setEncoding('latin1'); c.on('data', (d) => { out += d; });
  c.on('end', common.mustCall(() => {
    assert.strictEqual(out.replace(/Date: [^\r]*\r\n/g, 'Date: D\r\n'), expected);
    server.close();
  }));
});

// The header API's errors, as node's.
{
  const res = new http.ServerResponse({ method: 'GET', headers: {}, httpVersionMajor: 1, httpVersionMinor: 1 });
  assert.throws(() => res.setHeader('a b', 1), { code: 'ERR_INVALID_HTTP_TOKEN', message: 'Header name must be a valid HTTP token ["a b"]' });
  assert.throws(() => res.setHeader('x', undefined), { code: 'ERR_HTTP_INVALID_HEADER_VALUE', message: 'Invalid value "undefined" for header "x"' });
  assert.throws(() => res.setHeader('x', 'a\nb'), { code: 'ERR_INVALID_CHAR', message: 'Invalid character in header content ["x"]' });
  assert.throws(() => res.writeHead(99), { code: 'ERR_HTTP_INVALID_STATUS_CODE', name: 'RangeError', message: 'Invalid status code: 99' });
  assert.throws(() => res.getHeader(1), { code: 'ERR_INVALID_ARG_TYPE' });
  res.setHeader('X-Y', 'z');
  assert.deepStrictEqual([res.getHeader('x-y'), res.hasHeader('X-Y'), res.getHeaderNames()], ['z', true, ['x-y']]);
  res.writeHead(200);
  assert.throws(() => res.setHeader('a', 'b'), { code: 'ERR_HTTP_HEADERS_SENT', message: 'Cannot set headers after they are sent to the client' });
  assert.strictEqual(res.headersSent, true);
}

// A malformed request: 'clientError' when listened for, else 400 and close.
{
  const s2 = http.createServer(common.mustNotCall());
  s2.listen(0, '127.0.0.1', common.mustCall(() => {
    const c = net.connect(s2.address().port, '127.0.0.1', () => c.write('GET / HTTP/1.1\r\nBad Header: x\r\n\r\n'));
    let out = '';
    c.on('data', (d) => { out += d; });
    c.on('close', common.mustCall(() => {
      assert.strictEqual(out, 'HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
      s2.close();
    }));
  }));
}
