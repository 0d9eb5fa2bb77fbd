'use strict';
// Client timeouts: options.timeout and req.setTimeout() emit 'timeout' on
// the request (nothing else happens until the user acts); a body that
// stalls also emits 'timeout' on the response; res.setTimeout(); an agent's
// timeout and the request's own on one socket. (Events only, no timing.)
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

// /never: no answer. /stall: a head and part of a body, the rest later.
const server = net.createServer((s) => {
  s.on('error', () => {});
  s.once('data', (d) => {
    const path = d.toString('latin1').split(' ')[1];
    if (path === '/stall') {
      s.write('HTTP/1.1 200 OK\r\nContent-Length: 4\r\n\r\nab');
      s.once('finish-it', () => s.end('cd'));
      server.stalled = s;
    } else if (path === '/ok') {
      s.write('HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok');
    }
  });
});

function request(options) {
  return http.get({ host: '127.0.0.1', port: server.address().port, agent: false, ...options });
}

server.listen(0, '127.0.0.1', common.mustCall(async () => {
  // options.timeout: 'timeout', then the user destroys the request.
  let events = [];
  await new Promise((resolve) => {
    const req = request({ path: '/never', timeout: 20 });
    req.on('timeout', common.mustCall(() => {
      events.push('timeout');
      req.destroy();
    }));
    req.on('error', (e) => events.push(`error ${e.code} ${e.message}`));
    req.on('close', resolve);
  });
  assert.deepStrictEqual(events, ['timeout', 'error ECONNRESET socket hang up']);

  // req.setTimeout(ms, cb): cb is a 'timeout' listener.
  events = [];
  await new Promise((resolve) => {
    const req = request({ path: '/never' });
    assert.strictEqual(req.setTimeout(20, () => {
      events.push('cb');
      req.abort();
    }), req);
    req.on('timeout', () => events.push('timeout'));
    req.on('error', (e) => events.push(`error ${e.code}`));
    req.on('close', resolve);
  });
  assert.deepStrictEqual(events, ['cb', 'timeout', 'error ECONNRESET']);

  // A stalled body: both the request and the response see 'timeout'.
  events = [];
  await new Promise((resolve) => {
    const req = request({ path: '/stall', timeout: 20 });
    req.on('response', (res) => {
      res.on('timeout', () => {
        events.push('res timeout');
        server.stalled.emit('finish-it');
      });
      res.on('data', (d) => events.push(`data ${d}`));
      res.on('end', () => events.push('end'));
    });
    req.on('timeout', () => events.push('req timeout'));
    req.on('close', resolve);
  });
  assert.deepStrictEqual(events, ['data ab', 'req timeout', 'res timeout', 'data cd', 'end']);

  // res.setTimeout(ms, cb).
  events = [];
  await new Promise((resolve) => {
    const req = request({ path: '/stall' });
    req.on('response', (res) => {
      assert.strictEqual(res.setTimeout(20, () => {
        events.push('res cb');
        server.stalled.emit('finish-it');
      }), res);
      res.on('data', (d) => events.push(`data ${d}`));
    });
    req.on('timeout', () => events.push('req timeout'));
    req.on('close', resolve);
  });
  assert.deepStrictEqual(events, ['data ab', 'res cb', 'data cd']);

  // After the response, setTimeout() does nothing.
  await new Promise((resolve) => {
    const req = request({ path: '/ok' });
    req.on('response', (res) => {
      res.resume();
      res.on('end', () => assert.strictEqual(req.setTimeout(1, common.mustNotCall()), req));
    });
    req.on('close', resolve);
  });

  // The request's timeout on the agent's socket, the agent's once pooled.
  const agent = new http.Agent({ keepAlive: true, timeout: 1000 });
  await new Promise((resolve) => {
    const req = request({ path: '/ok', agent, timeout: 77 });
    req.on('response', (res) => {
      assert.strictEqual(res.socket.timeout, 77);
      res.resume();
      res.on('end', () => setImmediate(() => {
        assert.strictEqual(req.socket.timeout, 1000);
        agent.destroy();
        resolve();
      }));
    });
  });

  http.globalAgent.destroy();
  server.close();
}));
