'use strict';
// A keep-alive connection whose last response ended while the client held
// the socket paused for backpressure (a large body read through 'data') must
// read again when the Agent hands it to the next request: npm's registry
// fetches stalled on the third or fourth request of a connection.
const assert = require('assert');
const http = require('http');

const sizes = [564807, 41159, 14486, 123151, 23691, 14808, 36477];
const server = http.createServer((req, res) => {
  const size = Number(req.url.slice(1));
  // A little later, so that the client is idle-waiting on the reused socket.
  setTimeout(() => res.end('x'.repeat(size)), 20);
});

server.listen(0, '127.0.0.1', () => {
  const agent = new http.Agent({ keepAlive: true });
  const got = [];
  const reused = [];
  const guard = setTimeout(() => assert.fail(`no response to request ${got.length + 1}`), 10000);
  function next() {
    if (got.length === sizes.length) {
      clearTimeout(guard);
      assert.deepStrictEqual(got, sizes);
      assert.deepStrictEqual(reused, sizes.map((_, i) => i > 0));
      agent.destroy();
      server.close();
      return;
    }
    const size = sizes[got.length];
    const req = http.get({ port: server.address().port, host: '127.0.0.1', path: `/${size}`, agent }, (res) => {
      let n = 0;
      res.on('data', (chunk) => { n += chunk.length; });
      res.on('end', () => {
        got.push(n);
        reused.push(req.reusedSocket);
        setImmediate(next);
      });
    });
  }
  next();
});
