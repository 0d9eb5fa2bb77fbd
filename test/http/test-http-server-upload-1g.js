'use strict';
// A 1 GiB streamed upload: a raw socket sends a POST body (a deterministic
// pattern, test/common/pattern.js) honouring write() / 'drain'; the server
// pipes the request into a Writable that checks every byte against the
// pattern and yields to the event loop after each chunk, so the socket has
// to be paused behind it. The memory high-water mark stays far below the
// size: the proof that backpressure held on both sides.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');
const { Writable } = require('stream');
const { BLOCK, block, Checker } = require('../common/pattern');

const SIZE = 1024 * 1024 * 1024;
const RSS_LIMIT = 300 * 1024 * 1024;

let peakRss = 0;
const sampler = setInterval(() => { peakRss = Math.max(peakRss, process.memoryUsage().rss); }, 50);

const server = http.createServer({ requestTimeout: 0 }, common.mustCall((req, res) => {
  assert.strictEqual(req.headers['content-length'], String(SIZE));
  const checker = new Checker();
  const sink = new Writable({
    write(chunk, encoding, cb) {
      checker.update(chunk);
      setImmediate(cb);
    },
  });
  req.pipe(sink);
  sink.on('finish', common.mustCall(() => res.end(`received ${checker.offset}`)));
}));

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const socket = net.connect(server.address().port, '127.0.0.1');
  socket.write(`POST /upload HTTP/1.1\r\nHost: a\r\nContent-Length: ${SIZE}\r\n\r\n`);
  let k = 0;
  const send = () => {
    while (k * BLOCK < SIZE) {
      const n = Math.min(BLOCK, SIZE - k * BLOCK);
      if (!socket.write(block(k++, n))) {
        socket.once('drain', send);
        return;
      }
    }
  };
  send();
  let answer = '';
  socket.setEncoding('latin1');
  socket.on('data', (d) => {
    answer += d;
    if (!answer.endsWith(`received ${SIZE}`)) return;
    socket.end();
    server.close();
  });
  socket.on('close', common.mustCall(() => {
    clearInterval(sampler);
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
    assert.match(answer, /^HTTP\/1\.1 200 OK\r\n/);
    assert(peakRss < RSS_LIMIT, `peak rss ${peakRss} bytes`);
  }));
}));
