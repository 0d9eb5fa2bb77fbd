'use strict';
// http server timeouts, as node v20: headersTimeout (slowloris: header bytes
// trickled, never finished), requestTimeout (a body too slow), a new
// connection that sends nothing; each answered `408 Request Timeout` and
// closed, or handed to 'clientError' as ERR_HTTP_REQUEST_TIMEOUT. The check
// timer is unref'ed and stops with server.close(). Option validation.
// Only outcomes are asserted, never times.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

const R408 = 'HTTP/1.1 408 Request Timeout\r\nConnection: close\r\n\r\n';
const fast = { headersTimeout: 200, requestTimeout: 400, connectionsCheckingInterval: 50 };

// Opens a raw connection, writes `first`, then trickles `rest` a byte every
// 20 ms until the server closes; resolves with everything received.
function trickle(server, first, rest) {
  return new Promise((resolve) => {
    const c = net.connect(server.address().port, '127.0.0.1', () => {
      if (first) c.write(first);
      let i = 0;
      const timer = setInterval(() => {
        if (i < rest.length) c.write(rest[i++]);
      }, 20);
      c.on('close', () => clearInterval(timer));
    });
    let out = '';
    c.setEncoding('latin1');
    c.on('data', (d) => { out += d; });
    c.on('error', () => {});
    c.on('close', () => resolve(out));
  });
}

function listen(options, handler) {
  const server = http.createServer(options, handler);
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

async function main() {
  // Slowloris: the head never completes.
  {
    const server = await listen(fast, common.mustNotCall());
    const out = await trickle(server, '', `GET / HTTP/1.1\r\nHost: a\r\nX-Slow: ${'a'.repeat(10000)}`);
    assert.strictEqual(out, R408);
    server.close();
  }

  // requestTimeout: the head arrives, the body is too slow; the request
  // is aborted and the 408 still goes out (no response head was sent).
  {
    let onAborted;
    const aborted = new Promise((resolve) => { onAborted = resolve; });
    const server = await listen(fast, common.mustCall((req, res) => {
      req.on('aborted', onAborted);
      req.on('error', common.mustCall((e) => assert.strictEqual(e.code, 'ECONNRESET')));
      req.resume();
      req.on('end', common.mustNotCall());
    }));
    const out = await trickle(server, 'POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 1000\r\n\r\n', 'b'.repeat(1000));
    assert.strictEqual(out, R408);
    await aborted;
    server.close();
  }

  // A connection that sends nothing, and 'clientError' taking the error:
  // nothing is written for it.
  {
    const server = await listen(fast, common.mustNotCall());
    server.on('clientError', common.mustCall((err, socket) => {
      assert.strictEqual(err.code, 'ERR_HTTP_REQUEST_TIMEOUT');
      assert.strictEqual(err.message, 'Request timeout');
      assert.strictEqual(err.name, 'Error');
      assert(socket instanceof net.Socket);
      socket.destroy();
    }));
    assert.strictEqual(await trickle(server, '', ''), '');
    server.close();
  }

  // A keep-alive connection: answered requests are not timed; the next
  // request is, from its first byte. The timeouts are read at each check.
  {
    const server = await listen({ connectionsCheckingInterval: 50 }, common.mustCall((req, res) => {
      setTimeout(() => res.end('slow answer'), 500); // longer than the timeouts
    }));
    server.headersTimeout = 200;
    server.requestTimeout = 300;
    const out = await new Promise((resolve) => {
      const c = net.connect(server.address().port, '127.0.0.1');
      let s = '';
      let wrote = false;
      c.setEncoding('latin1');
      c.on('data', (d) => {
        s += d;
        // Idle between requests is not timed: no 408 before the next one begins.
        if (s.endsWith('slow answer')) setTimeout(() => { wrote = true; c.write('GET / HTTP/1.1\r\nHo'); }, 300);
        else assert(wrote);
      });
      c.on('close', () => resolve(s));
      c.write('GET / HTTP/1.1\r\nHost: a\r\n\r\n');
    });
    assert.match(out, /^HTTP\/1\.1 200 OK\r\n[^]*\r\n\r\nslow answerHTTP\/1\.1 408 /);
    assert(out.endsWith(`slow answer${R408}`));
    server.close();
  }

  // Both timeouts 0: no check.
  {
    const server = await listen({ headersTimeout: 0, requestTimeout: 0, connectionsCheckingInterval: 20 });
    const out = await new Promise((resolve) => {
      const c = net.connect(server.address().port, '127.0.0.1', () => c.write('GET / HTTP/1.1\r\n'));
      let s = '';
      c.on('data', (d) => { s += d; });
      setTimeout(() => c.destroy(), 300);
      c.on('close', () => resolve(s));
    });
    assert.strictEqual(out, '');
    server.close();
  }

  // server.close() stops the check: a half-sent request is no longer timed.
  {
    const server = await listen(fast, common.mustNotCall());
    server.once('connection', () => server.close(common.mustCall()));
    const out = await new Promise((resolve) => {
      const c = net.connect(server.address().port, '127.0.0.1', () => {
        c.write('GET / HTTP/1.1\r\n');
        setTimeout(() => c.destroy(), 500);
      });
      let s = '';
      c.on('data', (d) => { s += d; });
      c.on('close', () => resolve(s));
    });
    assert.strictEqual(out, '');
  }
}

// The check timer does not keep the process alive.
{
  const r = common.run(['-e', `
    const s = require('http').createServer({ connectionsCheckingInterval: 10 });
    s.listen(0, '127.0.0.1', () => { s.unref(); console.log('listening'); });`]);
  assert.strictEqual(r.status, 0, r.stderr);
  assert.strictEqual(r.stdout, 'listening\n');
}

// Options, as node validates them.
{
  const bad = [
    [{ headersTimeout: 500, requestTimeout: 100 }, RangeError, 'ERR_OUT_OF_RANGE',
     'The value of "headersTimeout" is out of range. It must be <= requestTimeout. Received 500'],
    [{ headersTimeout: 400000 }, RangeError, 'ERR_OUT_OF_RANGE',
     'The value of "headersTimeout" is out of range. It must be <= requestTimeout. Received 400000'],
    [{ headersTimeout: -1 }, RangeError, 'ERR_OUT_OF_RANGE',
     'The value of "headersTimeout" is out of range. It must be >= 0 && <= 9007199254740991. Received -1'],
    [{ requestTimeout: 1.5 }, RangeError, 'ERR_OUT_OF_RANGE',
     'The value of "requestTimeout" is out of range. It must be an integer. Received 1.5'],
    [{ requestTimeout: null }, TypeError, 'ERR_INVALID_ARG_TYPE',
     'The "requestTimeout" argument must be of type number. Received null'],
    [{ keepAliveTimeout: '5' }, TypeError, 'ERR_INVALID_ARG_TYPE',
     'The "keepAliveTimeout" argument must be of type number. Received type string (\'5\')'],
    [{ connectionsCheckingInterval: -5 }, RangeError, 'ERR_OUT_OF_RANGE',
     'The value of "connectionsCheckingInterval" is out of range. It must be >= 0 && <= 9007199254740991. Received -5'],
    [{ maxHeaderSize: 'z', insecureHTTPParser: 1 }, TypeError, 'ERR_INVALID_ARG_TYPE',
     'The "maxHeaderSize" argument must be of type number. Received type string (\'z\')'],
    [{ insecureHTTPParser: 1, requestTimeout: 'x' }, TypeError, 'ERR_INVALID_ARG_TYPE',
     'The "options.insecureHTTPParser" property must be of type boolean. Received type number (1)'],
    [{ requireHostHeader: 1 }, TypeError, 'ERR_INVALID_ARG_TYPE',
     'The "options.requireHostHeader" property must be of type boolean. Received type number (1)'],
    [{ joinDuplicateHeaders: 1 }, TypeError, 'ERR_INVALID_ARG_TYPE',
     'The "options.joinDuplicateHeaders" property must be of type boolean. Received type number (1)'],
    [{ rejectNonStandardBodyWrites: 1 }, TypeError, 'ERR_INVALID_ARG_TYPE',
     'The "options.rejectNonStandardBodyWrites" property must be of type boolean. Received type number (1)'],
    [{ highWaterMark: 'x' }, TypeError, 'ERR_INVALID_ARG_TYPE',
     'The "options.highWaterMark" property must be of type number. Received type string (\'x\')'],
    [{ keepAliveInitialDelay: 'x', highWaterMark: 'x' }, TypeError, 'ERR_INVALID_ARG_TYPE',
     'The "options.keepAliveInitialDelay" property must be of type number. Received type string (\'x\')'],
  ];
  for (const [options, name, code, message] of bad) {
    assert.throws(() => http.createServer(options), { name: name.name, code, message }, JSON.stringify(options));
  }
  const pick = (s) => [s.headersTimeout, s.requestTimeout, s.keepAliveTimeout, s.connectionsCheckingInterval];
  assert.deepStrictEqual(pick(http.createServer()), [60000, 300000, 5000, 30000]);
  // headersTimeout defaults to min(60000, requestTimeout); 0 turns either off.
  assert.deepStrictEqual(pick(http.createServer({ requestTimeout: 1000 })), [1000, 1000, 5000, 30000]);
  assert.deepStrictEqual(pick(http.createServer({ requestTimeout: 0 })), [0, 0, 5000, 30000]);
  assert.deepStrictEqual(pick(http.createServer({ headersTimeout: 500, requestTimeout: 0 })), [500, 0, 5000, 30000]);
  const s = http.createServer();
  assert.deepStrictEqual([s.requireHostHeader, s.rejectNonStandardBodyWrites, s.maxRequestsPerSocket, s.timeout,
                          s.highWaterMark], [true, false, 0, 0, 16384]);
  assert.strictEqual(s.setTimeout(100), s);
  assert.strictEqual(s.timeout, 100);
}

main().then(common.mustCall());
