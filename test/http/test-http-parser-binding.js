'use strict';
// internalBinding('http_parser'): the JS face of src/http_parser.c, which
// node:http is built on. lode only (Node's binding is another design).
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');

if (!common.isLode) {
  console.log('skip: lode only');
  process.exit(0);
}
common.withInternals(__filename);

const { internalBinding } = require('internal/test/binding');
const b = internalBinding('http_parser');
const { HTTPParser, info } = b;

// A wrapper in the way node:http uses the binding: it records events.
b.setCallbacks(function onHeaders(head) {
  const parts = head.split('\n');
  const first = parts.shift();
  const flags = info[b.I_FLAGS];
  this.events.push({
    type: 'headers',
    method: info[b.I_METHOD] >= 0 ? b.methods[info[b.I_METHOD]] : undefined,
    url: this.kind === b.REQUEST ? first : undefined,
    statusCode: info[b.I_STATUS],
    statusMessage: this.kind === b.RESPONSE ? first : undefined,
    version: `${info[b.I_MAJOR]}.${info[b.I_MINOR]}`,
    headers: parts,
    keepAlive: !!(flags & b.F_KEEP_ALIVE),
    upgrade: !!(flags & b.F_UPGRADE),
    body: !!(flags & b.F_BODY),
    flags,
  });
  return this.onHeadersReturn;
}, function onBody(trailers) {
  const n = info[b.I_NPIECES];
  for (let i = 0; i < n; i++) {
    const s = info[b.I_PIECES + 2 * i];
    const e = info[b.I_PIECES + 2 * i + 1];
    assert(e > s, 'pieces are never empty');
    this.events.push({ type: 'body', data: Buffer.from(this.buf.subarray(s, e)).toString('latin1') });
  }
  this.bodyCalls++;
  if (info[b.I_COMPLETE]) {
    this.events.push({ type: 'complete', trailers: trailers === undefined ? [] : trailers.split('\n') });
  }
});

function parser(kind = b.REQUEST, { max = 0, count = 0, lenient = false } = {}) {
  const p = new HTTPParser();
  p.initialize(kind, max, count, lenient);
  p.kind = kind;
  p.events = [];
  p.bodyCalls = 0;
  p.onHeadersReturn = 0;
  return p;
}

function feed(p, chunk) {
  p.buf = typeof chunk === 'string' ? Buffer.from(chunk, 'latin1') : chunk;
  return p.execute(p.buf, 0, p.buf.length);
}

// Events with adjacent body pieces joined (their split depends on feeds).
function joined(events) {
  const out = [];
  for (const e of events) {
    const last = out[out.length - 1];
    if (e.type === 'body' && last && last.type === 'body') last.data += e.data;
    else out.push({ ...e });
  }
  return out;
}

// Shape of the binding.
{
  assert(info instanceof Int32Array);
  assert.strictEqual(b.methods.length, 47);
  assert.strictEqual(b.methods[1], 'GET');
  assert(b.methods.includes('M-SEARCH') && b.methods.includes('QUERY') && b.methods.includes('PURGE'));
  const p = new HTTPParser();
  assert(p instanceof HTTPParser);
  for (const m of ['initialize', 'execute', 'finish', 'close']) assert.strictEqual(typeof p[m], 'function');
}

// A GET: one onHeaders call, complete with its head.
{
  const p = parser();
  const r = feed(p, 'GET /a?b=c HTTP/1.1\r\nHost: example.com\r\nX-Empty:\r\nAccept: */*  \r\n\r\n');
  assert.strictEqual(r, undefined);
  assert.deepStrictEqual(p.events, [{
    type: 'headers', method: 'GET', url: '/a?b=c', statusCode: 0, statusMessage: undefined,
    version: '1.1', headers: ['Host', 'example.com', 'X-Empty', '', 'Accept', '*/*'],
    keepAlive: true, upgrade: false, body: false, flags: b.F_KEEP_ALIVE,
  }]);
  assert.strictEqual(p.bodyCalls, 0);
}

// Header bytes are latin1, as in Node.
{
  const p = parser();
  feed(p, Buffer.from('GET / HTTP/1.1\r\nX: caf\xe9 \xff\r\n\r\n', 'latin1'));
  assert.strictEqual(p.events[0].headers[1], 'caf\u00e9 \u00ff');
}

// A body with Content-Length: the head, then one piece that ends the message.
{
  const p = parser();
  feed(p, 'POST /up HTTP/1.0\r\nContent-Length: 5\r\nConnection: keep-alive\r\n\r\nhello');
  const [h, body, done] = p.events;
  assert.strictEqual(h.method, 'POST');
  assert.strictEqual(h.version, '1.0');
  assert.strictEqual(h.keepAlive, true);
  assert.strictEqual(h.body, true);
  assert(h.flags & b.F_CONTENT_LENGTH);
  assert.deepStrictEqual(body, { type: 'body', data: 'hello' });
  assert.deepStrictEqual(done, { type: 'complete', trailers: [] });
  assert.strictEqual(p.bodyCalls, 1);
}

// Chunked with extensions and trailers: all pieces of one execute in one
// call, and the trailers with the end.
{
  const p = parser();
  feed(p, 'POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n' +
    '3;ext=1\r\nabc\r\n4\r\ndefg\r\n0\r\nX-Sum: 7\r\nX-More: a b\r\n\r\n');
  assert(p.events[0].flags & b.F_CHUNKED);
  assert.deepStrictEqual(p.events.slice(1), [
    { type: 'body', data: 'abc' },
    { type: 'body', data: 'defg' },
    { type: 'complete', trailers: ['X-Sum', '7', 'X-More', 'a b'] },
  ]);
  assert.strictEqual(p.bodyCalls, 1);
}

// More than 64 pieces in one execute: several onBody calls.
{
  const p = parser();
  feed(p, 'POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n' + '1\r\nx\r\n'.repeat(150) + '0\r\n\r\n');
  const data = p.events.filter((e) => e.type === 'body').map((e) => e.data).join('');
  assert.strictEqual(data, 'x'.repeat(150));
  assert.strictEqual(p.bodyCalls, 3);
  assert.strictEqual(p.events[p.events.length - 1].type, 'complete');
}

// Any split of the input gives the same events, down to one byte at a time.
{
  const messages = [
    'GET /x HTTP/1.1\r\nHost: a\r\nUser-Agent: curl/8.0\r\nAccept: */*\r\n\r\n',
    'POST /form HTTP/1.1\r\nHost: a\r\nContent-Length: 11\r\n\r\nhello world',
    'PUT / HTTP/1.1\r\nTransfer-Encoding: gzip, chunked\r\n\r\n5\r\nhello\r\n6;x="y"\r\n world\r\n0\r\nT: 1\r\n\r\n',
  ];
  const all = messages.join('');
  const whole = parser();
  feed(whole, all);
  assert.strictEqual(whole.events.filter((e) => e.type === 'headers').length, 3);
  for (let cut = 1; cut < all.length; cut++) {
    const p = parser();
    assert.strictEqual(feed(p, all.slice(0, cut)), undefined);
    assert.strictEqual(feed(p, all.slice(cut)), undefined);
    assert.deepStrictEqual(joined(p.events), joined(whole.events), `cut at ${cut}`);
  }
  const p = parser();
  for (const ch of all) assert.strictEqual(feed(p, ch), undefined);
  assert.deepStrictEqual(joined(p.events), joined(whole.events));
}

// Offsets are relative to the buffer even when start > 0.
{
  const p = parser();
  p.buf = Buffer.from('junkPOST / HTTP/1.1\r\nContent-Length: 2\r\n\r\nokjunk', 'latin1');
  assert.strictEqual(p.execute(p.buf, 4, p.buf.length - 4), undefined);
  assert.strictEqual(p.events[1].data, 'ok');
}

// Keep-alive as Node computes it.
{
  const ka = (req) => {
    const p = parser();
    feed(p, req);
    return p.events[0].keepAlive;
  };
  assert.strictEqual(ka('GET / HTTP/1.1\r\n\r\n'), true);
  assert.strictEqual(ka('GET / HTTP/1.1\r\nConnection: close\r\n\r\n'), false);
  assert.strictEqual(ka('GET / HTTP/1.1\r\nConnection: foo, Close\r\n\r\n'), false);
  assert.strictEqual(ka('GET / HTTP/1.0\r\n\r\n'), false);
  assert.strictEqual(ka('GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n'), true);
}

// After a message that closes the connection, more data is an error.
{
  const p = parser();
  assert.deepStrictEqual(feed(p, 'GET / HTTP/1.1\r\nConnection: close\r\n\r\nGET / HTTP/1.1\r\n\r\n'),
                         ['HPE_CLOSED_CONNECTION', 'Data after `Connection: close`', 38]);
}

// Upgrade and CONNECT: execute returns where the other protocol begins.
{
  const p = parser();
  const req = 'GET /chat HTTP/1.1\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n\r\n';
  assert.strictEqual(feed(p, req + '\x81\x05hello'), req.length);
  assert.strictEqual(p.events[0].upgrade, true);
  const c = parser();
  const connect = 'CONNECT example.com:443 HTTP/1.1\r\n\r\n';
  assert.strictEqual(feed(c, connect + 'TLS'), connect.length);
  assert.strictEqual(c.events[0].url, 'example.com:443');
  // onHeaders returning 2 takes the connection over too (body or not).
  const u = parser();
  u.onHeadersReturn = 2;
  const post = 'POST / HTTP/1.1\r\nContent-Length: 3\r\n\r\n';
  assert.strictEqual(feed(u, post + 'abc'), post.length);
  // Pipelined after an upgrade: the offset is past the first message only.
  const q = parser();
  assert.strictEqual(feed(q, 'GET / HTTP/1.1\r\n\r\n' + req + 'rest'), 18 + req.length);
  assert.strictEqual(q.events.length, 2);
}

// Expect: 100-continue is flagged (answering it is node:http's job).
{
  const p = parser();
  feed(p, 'PUT / HTTP/1.1\r\nExpect: 100-Continue\r\nContent-Length: 1\r\n\r\n');
  assert(p.events[0].flags & b.F_EXPECT_CONTINUE);
  assert.deepStrictEqual(p.events[0].headers, ['Expect', '100-Continue', 'Content-Length', '1']);
}

// Responses: status, reason, bodies, HEAD, 1xx/204/304, until EOF.
{
  const p = parser(b.RESPONSE);
  feed(p, 'HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nhi' +
          'HTTP/1.1 100 Continue\r\n\r\n' +
          'HTTP/1.1 304 Not Modified\r\nContent-Length: 9\r\n\r\n' +
          'HTTP/1.1 404 \r\nContent-Length: 0\r\n\r\n');
  const heads = p.events.filter((e) => e.type === 'headers');
  assert.deepStrictEqual(heads.map((e) => [e.statusCode, e.statusMessage, e.body]),
                         [[200, 'OK', true], [100, 'Continue', false], [304, 'Not Modified', false], [404, '', false]]);
  assert.strictEqual(heads[0].method, undefined);

  // A response to HEAD: info[I_HEAD] set by the caller, or onHeaders
  // returning 1, as Node's client does.
  const h = parser(b.RESPONSE);
  info[b.I_HEAD] = 1;
  feed(h, 'HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nHTTP/1.1 200 OK\r\n\r\n');
  info[b.I_HEAD] = 0;
  assert.deepStrictEqual(h.events.map((e) => [e.type, e.body]), [['headers', false], ['headers', false]]);
  const h2 = parser(b.RESPONSE);
  h2.onHeadersReturn = 1;
  assert.strictEqual(feed(h2, 'HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nHTTP/1.1 204 No Content\r\n\r\n'),
                     undefined);
  assert.strictEqual(h2.events.length, 2);

  // No length: the body runs until finish(), which ends the message.
  const e = parser(b.RESPONSE);
  feed(e, 'HTTP/1.1 200 OK\r\n\r\nsome');
  feed(e, ' more');
  assert.strictEqual(e.events[0].keepAlive, false);
  assert.strictEqual(e.finish(), undefined);
  assert.deepStrictEqual(joined(e.events).slice(1), [{ type: 'body', data: 'some more' }, { type: 'complete', trailers: [] }]);

  // 101 switches protocols whatever the headers say.
  const s = parser(b.RESPONSE);
  const head = 'HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: upgrade\r\n\r\n';
  assert.strictEqual(feed(s, head + 'frames'), head.length);
  assert.strictEqual(s.events[0].upgrade, true);
}

// finish() in the middle of a message.
{
  const p = parser();
  feed(p, 'POST / HTTP/1.1\r\nContent-Length: 10\r\n\r\nabc');
  assert.deepStrictEqual(p.finish(), ['HPE_INVALID_EOF_STATE', 'Invalid EOF state', 0]);
  const q = parser();
  feed(q, 'GET / HTTP/1.1\r\n\r\n\r\n');
  assert.strictEqual(q.finish(), undefined);
}

// Limits: maxHeaderSize counts as Node counts it; maxHeadersCount keeps
// the first headers only.
{
  const p = parser(b.REQUEST, { max: 100 });
  assert.deepStrictEqual(feed(p, `GET / HTTP/1.1\r\nX: ${'a'.repeat(98)}\r\n\r\n`),
                         ['HPE_HEADER_OVERFLOW', 'Header overflow', 118]);
  const q = parser(b.REQUEST, { max: 100 });
  assert.strictEqual(feed(q, `GET / HTTP/1.1\r\nX: ${'a'.repeat(97)}\r\n\r\n`), undefined);
  const d = parser(); // default: 16384
  assert.deepStrictEqual(feed(d, `GET / HTTP/1.1\r\nX: ${'a'.repeat(16384)}\r\n\r\n`)[0], 'HPE_HEADER_OVERFLOW');
  const c = parser(b.REQUEST, { count: 2 });
  feed(c, 'GET / HTTP/1.1\r\nA: 1\r\nB: 2\r\nC: 3\r\n\r\n');
  assert.deepStrictEqual(c.events[0].headers, ['A', '1', 'B', '2']);
}

// Strict by default; lenient (insecureHTTPParser) takes folded and odd values.
{
  const bad = 'GET / HTTP/1.1\r\nX: a\r\n b\r\nY: c\x01d\r\n\r\n';
  assert.deepStrictEqual(feed(parser(), bad),
                         ['HPE_INVALID_HEADER_TOKEN', 'Unexpected whitespace after header value', 22]);
  const p = parser(b.REQUEST, { lenient: true });
  assert.strictEqual(feed(p, bad), undefined);
  assert.deepStrictEqual(p.events[0].headers, ['X', 'a b', 'Y', 'c\x01d']);
  const q = parser(b.REQUEST, { lenient: b.LENIENT_ALL });
  assert.strictEqual(feed(q, 'GET / HTTP/1.1\nHost: a\n\n'), undefined);
  assert.deepStrictEqual(q.events[0].headers, ['Host', 'a']);
}

// Every malformed input of the Node table gives Node's code, reason and
// bytesParsed.
{
  const file = path.join(common.fixtures, 'http-parser', 'node-errors.txt');
  const unescape = (s) => s.replace(/\{([^*}]*)\*(\d+)\}/g, (m, unit, n) => unit.repeat(+n))
    .replace(/\\(r|n|t|\\|x([0-9a-f]{2}))/g, (m, c, hex) => hex ? String.fromCharCode(parseInt(hex, 16)) :
      ({ r: '\r', n: '\n', t: '\t', '\\': '\\' })[c]);
  let n = 0;
  for (const line of fs.readFileSync(file, 'latin1').split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const [kind, name, input, code, reason, bytesParsed] = line.split('\t');
    const p = parser(kind === 'req' ? b.REQUEST : b.RESPONSE);
    assert.deepStrictEqual(feed(p, unescape(input)), [code, reason, +bytesParsed], name);
    n++;
  }
  assert(n > 100);
}

// A callback that throws: execute() throws it, and the parser stops.
{
  const p = parser();
  p.onHeadersReturn = undefined;
  const { events } = p;
  Object.defineProperty(p, 'events', { get() { throw new Error('boom'); } });
  assert.throws(() => feed(p, 'GET / HTTP/1.1\r\n\r\n'), /boom/);
  Object.defineProperty(p, 'events', { value: events });
  assert.deepStrictEqual(feed(p, 'GET / HTTP/1.1\r\n\r\n'), ['HPE_USER', 'User callback error', 18]);
  // initialize() makes it usable again.
  p.initialize(b.REQUEST, 0, 0, false);
  assert.strictEqual(feed(p, 'GET / HTTP/1.1\r\n\r\n'), undefined);
  assert.strictEqual(p.events.length, 1);
}

// Bad arguments and receivers.
{
  const p = parser();
  assert.throws(() => p.execute('GET / HTTP/1.1\r\n\r\n'), { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => p.execute(Buffer.alloc(4), 3, 2), { name: 'RangeError', code: 'ERR_OUT_OF_RANGE' });
  assert.throws(() => p.execute(Buffer.alloc(4), 0, 5), { name: 'RangeError', code: 'ERR_OUT_OF_RANGE' });
  assert.throws(() => HTTPParser.prototype.execute.call({}, Buffer.alloc(1)),
                { name: 'TypeError', code: 'ERR_INVALID_THIS' });
  assert.throws(() => b.setCallbacks(() => {}), { code: 'ERR_INVALID_ARG_TYPE' });
  // close() frees the parser; initialize() brings it back.
  feed(p, 'GET / HTTP/1.1\r\nHost: a');
  p.close();
  p.initialize(b.RESPONSE, 0, 0, false);
  assert.strictEqual(feed(p, 'HTTP/1.1 204 No Content\r\n\r\n'), undefined);
}
