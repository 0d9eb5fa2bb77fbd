'use strict';
// socket.bytesWritten counts UTF-8 bytes of string writes, whether the
// kernel took them at once or they were queued (a large write).
const assert = require('assert');
const net = require('net');
const common = require('../common');

const small = 'héllo €uro 😀'; // 1-, 2-, 3- and 4-byte characters
const large = 'ж'.repeat(4 * 1024 * 1024); // 8 MB: more than the socket takes at once
const expected = Buffer.byteLength(small) * 2 + Buffer.byteLength(large) + Buffer.byteLength('end');

const server = net.createServer(common.mustCall((sock) => {
  let received = 0;
  sock.on('data', (d) => { received += d.length; });
  sock.on('end', common.mustCall(() => {
    assert.strictEqual(received, expected);
    sock.end();
    server.close();
  }));
}));

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const c = net.connect(server.address().port, '127.0.0.1', common.mustCall(() => {
    c.write(small);
    // Counts what is written and what is still buffered, as node.
    assert.strictEqual(c.bytesWritten, Buffer.byteLength(small));
    c.write(large, 'utf8', common.mustCall());
    c.write(small);
    c.end('end', common.mustCall(() => {
      assert.strictEqual(c.bytesWritten, expected);
    }));
  }));
  c.resume();
  c.on('close', common.mustCall(() => assert.strictEqual(c.bytesWritten, expected)));
}));
