'use strict';
// A 1 GiB streamed download: the server writes a deterministic pattern
// (test/common/pattern.js) honouring res.write() / 'drain'; a raw socket
// client pipes the response into a Writable that checks every body byte
// and yields to the event loop after each chunk, so the server has to wait
// for it. The memory high-water mark stays far below the size: the proof
// that backpressure held on both sides.
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

let drains = 0;
const server = http.createServer(common.mustCall((req, res) => {
  res.writeHead(200, { 'Content-Length': SIZE });
  let k = 0;
  const send = () => {
    while (k * BLOCK < SIZE) {
      const n = Math.min(BLOCK, SIZE - k * BLOCK);
      if (!res.write(block(k++, n))) {
        drains++;
        res.once('drain', send);
        return;
      }
    }
    res.end();
  };
  send();
}));

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const socket = net.connect(server.address().port, '127.0.0.1');
  socket.write('GET /download HTTP/1.1\r\nHost: a\r\n\r\n');
  const checker = new Checker();
  let head = null;
  let pending = Buffer.alloc(0);
  const sink = new Writable({
    write(chunk, encoding, cb) {
      if (head === null) {
        pending = Buffer.concat([pending, chunk]);
        const end = pending.indexOf('\r\n\r\n');
        if (end === -1) return cb();
        head = pending.subarray(0, end).toString('latin1');
        chunk = pending.subarray(end + 4);
      }
      checker.update(chunk);
      if (checker.offset === SIZE) socket.end();
      setImmediate(cb);
    },
  });
  socket.pipe(sink);
  socket.on('close', common.mustCall(() => {
    server.close();
    clearInterval(sampler);
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
    assert.match(head, /^HTTP\/1\.1 200 OK\r\nContent-Length: 1073741824\r\n/);
    assert.strictEqual(checker.offset, SIZE);
    assert(drains > 0); // the server did wait for the client
    assert(peakRss < RSS_LIMIT, `peak rss ${peakRss} bytes`);
  }));
}));
