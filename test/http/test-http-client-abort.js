'use strict';
// Ending a request early, and the events in node's order: abort() before
// the socket, after it, during the response; destroy() and destroy(err);
// an AbortSignal aborted before and during the request.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

// Answers /slow with a head and part of the body, then waits.
const server = net.createServer((s) => {
  s.on('error', () => {});
  s.once('data', (d) => {
    if (d.toString('latin1').startsWith('GET /slow')) s.write('HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc');
    else s.write('HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok');
  });
});

function watch(options, act) {
  return new Promise((resolve) => {
    const events = [];
    const req = http.get({ host: '127.0.0.1', port: server.address().port, agent: false, ...options });
    for (const ev of ['socket', 'abort', 'close', 'response']) req.on(ev, () => events.push(ev));
    req.on('error', (e) => events.push(`error ${e.name} ${e.code} ${e.message}`));
    req.on('response', (res) => {
      res.on('data', () => events.push('data'));
      res.on('aborted', () => events.push('res aborted'));
      res.on('error', (e) => events.push(`res error ${e.code} ${e.message}`));
      res.on('close', () => events.push('res close'));
    });
    act(req, events);
    req.on('close', () => setTimeout(() => resolve({ req, events }), 30));
  });
}

server.listen(0, '127.0.0.1', common.mustCall(async () => {
  let r = await watch({}, (req, events) => {
    req.abort();
    events.push(`aborted ${req.aborted} ${req.destroyed}`);
  });
  assert.deepStrictEqual(r.events, ['aborted true true', 'close', 'abort']);

  r = await watch({}, (req) => req.on('socket', () => req.abort()));
  assert.deepStrictEqual(r.events, ['socket', 'abort', 'error Error ECONNRESET socket hang up', 'close']);

  r = await watch({ path: '/slow' }, (req) => req.on('response', (res) => res.once('data', () => req.abort())));
  assert.deepStrictEqual(r.events, ['socket', 'response', 'data', 'abort', 'res aborted', 'close',
    'res error ECONNRESET aborted', 'res close']);
  assert.strictEqual(r.req.res.aborted, true);

  r = await watch({}, (req, events) => {
    req.destroy();
    events.push(`destroyed ${req.destroyed}`);
  });
  assert.deepStrictEqual(r.events, ['destroyed true', 'error Error ECONNRESET socket hang up', 'close']);

  r = await watch({}, (req) => req.destroy(new Error('boom')));
  assert.deepStrictEqual(r.events, ['error Error undefined boom', 'close']);

  r = await watch({ path: '/slow' }, (req) => {
    req.on('response', (res) => res.once('data', () => req.destroy(new Error('boom'))));
  });
  assert.deepStrictEqual(r.events, ['socket', 'response', 'data', 'error Error undefined boom', 'res aborted', 'close',
    'res error ECONNRESET aborted', 'res close']);

  // AbortSignal: aborted already, or while the request waits.
  const ac = new AbortController();
  ac.abort();
  r = await watch({ signal: ac.signal }, () => {});
  assert.deepStrictEqual(r.events, ['error AbortError ABORT_ERR The operation was aborted', 'close']);
  assert.strictEqual(r.req.destroyed, true);

  const ac2 = new AbortController();
  const why = new Error('why');
  let cause;
  r = await watch({ signal: ac2.signal, path: '/slow' }, (req) => {
    req.on('response', () => ac2.abort(why));
    req.on('error', (e) => { cause = e.cause; });
  });
  assert.deepStrictEqual(r.events, ['socket', 'response', 'error AbortError ABORT_ERR The operation was aborted',
    'res aborted', 'close', 'res error ECONNRESET aborted', 'res close']);
  assert.strictEqual(cause, why);

  http.globalAgent.destroy();
  server.close();
}));
