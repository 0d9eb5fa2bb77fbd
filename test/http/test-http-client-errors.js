'use strict';
// http client errors as node reports them: ECONNREFUSED; 'socket hang up'
// (ECONNRESET) when the server closes before answering; a response cut
// short ('aborted' on the response); a malformed response (HPE_*); a second
// response to one request; a body until EOF; and the argument checks of
// http.request.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

const behaviours = {
  '/close': (s) => s.end(),
  '/cut': (s) => {
    s.write('HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc');
    setTimeout(() => s.destroy(), 20);
  },
  '/bad': (s) => s.write('HTTP/1.1 200 OK\r\nX y: 1\r\n\r\n'),
  '/two': (s) => s.write('HTTP/1.1 200 OK\r\nContent-Length: 1\r\n\r\naHTTP/1.1 200 OK\r\nContent-Length: 1\r\n\r\nb'),
  '/eof': (s) => s.end('HTTP/1.1 200 OK\r\n\r\nuntil the end'),
};
const raw = net.createServer((s) => {
  s.on('error', () => {});
  s.once('data', (d) => behaviours[d.toString('latin1').split(' ')[1]](s));
});

function run(path, setup) {
  return new Promise((resolve) => {
    const events = [];
    const req = http.get({ host: '127.0.0.1', port: raw.address().port, path, agent: false });
    req.on('error', (e) => events.push(`error ${e.code} ${e.message}`));
    req.on('response', (res) => {
      events.push(`response ${res.statusCode}`);
      res.on('data', (d) => events.push(`data ${d}`));
      res.on('aborted', () => events.push('aborted'));
      res.on('end', () => events.push('end'));
      res.on('close', () => events.push(`res close ${res.complete}`));
      if (setup) setup(res, events);
    });
    req.on('close', () => {
      events.push('close');
      setTimeout(() => resolve(events), 30);
    });
  });
}

async function refused() {
  const s = net.createServer();
  await new Promise((resolve) => s.listen(0, '127.0.0.1', resolve));
  const port = s.address().port;
  await new Promise((resolve) => s.close(resolve));
  const events = [];
  await new Promise((resolve) => {
    const req = http.get({ host: '127.0.0.1', port });
    req.on('socket', () => events.push('socket'));
    req.on('finish', () => events.push('finish'));
    req.on('error', (e) => {
      events.push('error');
      assert.strictEqual(e.code, 'ECONNREFUSED');
      assert.strictEqual(e.syscall, 'connect');
      assert.strictEqual(e.message, `connect ECONNREFUSED 127.0.0.1:${port}`);
    });
    req.on('close', () => { events.push('close'); resolve(); });
  });
  // Nothing was written: no 'finish'.
  assert.deepStrictEqual(events, ['socket', 'error', 'close']);
}

async function responses() {
  assert.deepStrictEqual(await run('/close'), ['error ECONNRESET socket hang up', 'close']);
  // The response's 'error' (ECONNRESET 'aborted') only when listened for.
  assert.deepStrictEqual(await run('/cut', (res, events) => {
    res.on('error', (e) => events.push(`res error ${e.code} ${e.message}`));
  }), ['response 200', 'data abc', 'aborted', 'close', 'res error ECONNRESET aborted', 'res close false']);
  assert.deepStrictEqual(await run('/cut'), ['response 200', 'data abc', 'aborted', 'close', 'res close false']);
  const bad = [];
  await new Promise((resolve) => {
    const req = http.get({ host: '127.0.0.1', port: raw.address().port, path: '/bad', agent: false });
    req.on('error', (e) => {
      bad.push([e.message, e.code, e.reason, e.bytesParsed, Buffer.isBuffer(e.rawPacket)]);
    });
    req.on('close', resolve);
  });
  assert.deepStrictEqual(bad, [['Parse Error: Invalid header token', 'HPE_INVALID_HEADER_TOKEN', 'Invalid header token',
                                18, true]]);
  // The second response is dropped.
  assert.deepStrictEqual(await run('/two'), ['response 200', 'data a', 'end', 'res close true', 'close']);
  // Without a length the body runs until the connection ends.
  assert.deepStrictEqual(await run('/eof'), ['response 200', 'data until the end', 'end', 'res close true', 'close']);
}

function argumentChecks() {
  const cases = [
    [() => http.request('https://example/'), 'TypeError', 'ERR_INVALID_PROTOCOL',
      'Protocol "https:" not supported. Expected "http:"'],
    [() => http.request({ protocol: 'ftp:' }), 'TypeError', 'ERR_INVALID_PROTOCOL',
      'Protocol "ftp:" not supported. Expected "http:"'],
    [() => http.request({ method: 'BAD METHOD' }), 'TypeError', 'ERR_INVALID_HTTP_TOKEN',
      'Method must be a valid HTTP token ["BAD METHOD"]'],
    [() => http.request({ method: 5 }), 'TypeError', 'ERR_INVALID_ARG_TYPE',
      'The "options.method" property must be of type string. Received type number (5)'],
    [() => http.request({ path: '/a b' }), 'TypeError', 'ERR_UNESCAPED_CHARACTERS',
      'Request path contains unescaped characters'],
    [() => http.request({ path: '/a\u0100' }), 'TypeError', 'ERR_UNESCAPED_CHARACTERS',
      'Request path contains unescaped characters'],
    [() => http.request({ host: 5 }), 'TypeError', 'ERR_INVALID_ARG_TYPE',
      'The "options.host" property must be of type string or one of undefined or null. Received type number (5)'],
    [() => http.request({ agent: 'x' }), 'TypeError', 'ERR_INVALID_ARG_TYPE',
      'The "options.agent" property must be one of Agent-like Object, undefined, or false. Received type string (\'x\')'],
    [() => http.request({ timeout: -1 }), 'RangeError', 'ERR_OUT_OF_RANGE',
      'The value of "timeout" is out of range. It must be a non-negative finite number. Received -1'],
    [() => http.request({ insecureHTTPParser: 1 }), 'TypeError', 'ERR_INVALID_ARG_TYPE',
      'The "options.insecureHTTPParser" property must be of type boolean. Received type number (1)'],
    [() => http.request('not a url'), 'TypeError', 'ERR_INVALID_URL', 'Invalid URL'],
    [() => http.request({ headers: { 'bad name': 1 } }), 'TypeError', 'ERR_INVALID_HTTP_TOKEN',
      'Header name must be a valid HTTP token ["bad name"]'],
    [() => http.request({ headers: ['a'] }), 'TypeError', 'ERR_INVALID_ARG_VALUE',
      "The argument 'headers' is invalid. Received [ 'a' ]"],
    [() => http.request({ signal: 5 }), 'TypeError', 'ERR_INVALID_ARG_TYPE',
      'The "signal" argument must be an instance of AbortSignal. Received type number (5)'],
    // Checked in that order: the path first, the method after the protocol.
    [() => http.request({ path: '/ b', protocol: 'https:' }), 'TypeError', 'ERR_UNESCAPED_CHARACTERS',
      'Request path contains unescaped characters'],
    [() => http.request({ method: 'x y', protocol: 'https:' }), 'TypeError', 'ERR_INVALID_PROTOCOL',
      'Protocol "https:" not supported. Expected "http:"'],
  ];
  for (const [fn, name, code, message] of cases) assert.throws(fn, { name, code, message });

  // Headers are fixed once sent.
  const req = http.request({ host: '127.0.0.1', port: raw.address().port, path: '/close', agent: false });
  req.on('error', () => {});
  req.end();
  assert.throws(() => req.setHeader('a', 'b'), {
    code: 'ERR_HTTP_HEADERS_SENT', message: 'Cannot set headers after they are sent to the client',
  });
}

raw.listen(0, '127.0.0.1', common.mustCall(async () => {
  argumentChecks();
  await refused();
  await responses();
  http.globalAgent.destroy();
  raw.close();
}));
