'use strict';
// ServerResponse emits 'drain' once per write() that returned false, and
// writableNeedDrain is false again when it does (so later socket drains do
// not repeat it).
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

const big = Buffer.alloc(1 << 20, 'a');
let falses = 0;
let drains = 0;
const server = http.createServer(common.mustCall((req, res) => {
  res.on('drain', () => {
    drains++;
    assert.strictEqual(res.writableNeedDrain, false);
  });
  let n = 0;
  // Writes whether or not a drain is pending, as some servers do: only the
  // writes that returned false while none was pending may be answered.
  (function more() {
    while (n < 16) {
      n++;
      if (!res.write(big)) {
        falses++;
        return res.once('drain', more);
      }
    }
    res.end(() => {
      assert.ok(falses > 0);
      assert.ok(drains <= falses, `${drains} drains for ${falses} full writes`);
    });
  })();
}));

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const c = net.connect(server.address().port, '127.0.0.1');
  let bytes = 0;
  c.on('data', (d) => {
    bytes += d.length;
    c.pause();
    setImmediate(() => c.resume());
  });
  c.on('end', common.mustCall(() => {
    assert.ok(bytes > 16 << 20);
    server.close();
  }));
  c.write('GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
}));
