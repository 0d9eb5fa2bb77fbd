'use strict';
// tls: a string of megabytes written at once reaches the peer as its UTF-8
// bytes (lode encodes it in C into one buffer, its pages made present in
// one call): characters of 1 to 4 bytes, a length that is no round number.
const common = require('../common');
const assert = require('assert');
const tls = require('tls');
const certs = require('./certs');

const text = 'a\u00e9\u20ac\ud83d\ude00'.repeat(150000) + 'tail';
const bytes = Buffer.from(text, 'utf8');
assert.ok(bytes.length > 1024 * 1024);

const server = tls.createServer({ key: certs.server.key, cert: certs.server.cert }, common.mustCall((s) => {
  s.end(text);
  s.resume();
}));
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const c = tls.connect({ port: server.address().port, host: '127.0.0.1', ca: certs.ca.cert });
  const got = [];
  c.on('data', (d) => got.push(d));
  c.on('end', common.mustCall(() => {
    assert.ok(Buffer.concat(got).equals(bytes));
    c.end();
    server.close();
  }));
}));
