'use strict';
// Strings written to a socket reach the peer in their encoding, alone or
// several at once (cork/uncork: one writev, where lode encodes UTF-8 and
// latin1 strings in C), and bytesWritten counts their bytes.
const assert = require('assert');
const net = require('net');
const { mustCall } = require('../common');

const pieces = [
  ['héllo wörld \u20ac \ud83d\ude00', 'utf8'],
  ['caf\u00e9 \u00ff\u0100\u0141', 'latin1'],
  ['', 'latin1'],
  ['plain ascii \u00e9', 'ascii'],
  ['', 'utf8'],
  ['binary \u00fe', 'binary'],
  ['48656c6c6f', 'hex'],
  ['aGVsbG8=', 'base64'],
  [Buffer.from([0, 1, 2, 255])],
  ['tail \u00e0', 'utf-8'],
  ['\ud800 lone', 'utf8'],
  // Large enough that the kernel takes part now and the rest is queued.
  ['\u00e9x'.repeat(1 << 19), 'utf8'],
  ['\u00e9x'.repeat(1 << 19), 'latin1'],
];
const expected = Buffer.concat(pieces.map(([p, enc]) => (typeof p === 'string' ? Buffer.from(p, enc) : p)));
const single = Buffer.from('one write \u00e9\u00ff\u0101', 'latin1');

const server = net.createServer(mustCall((sock) => {
  const got = [];
  sock.on('data', (d) => got.push(d));
  sock.on('end', mustCall(() => {
    assert.deepStrictEqual(Buffer.concat(got), Buffer.concat([expected, single]));
    server.close();
  }));
}));
server.listen(0, '127.0.0.1', mustCall(() => {
  const client = net.connect(server.address().port, '127.0.0.1', mustCall(() => {
    client.cork();
    for (const [p, enc] of pieces) client.write(p, enc);
    client.uncork();
    client.write('one write \u00e9\u00ff\u0101', 'latin1', mustCall(() => {
      assert.strictEqual(client.bytesWritten, expected.length + single.length);
      client.end();
    }));
  }));
}));
