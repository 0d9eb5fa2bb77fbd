'use strict';
// tls: megabytes through TLS, byte for byte. The client streams 8 MB in
// chunks of mixed sizes (honouring 'drain') to a server that echoes them
// with pipe(); the server then sends 6 MB in one write to a client that
// reads slowly (paused and resumed), which exercises flow control on both
// ends of the TLS layer.
const common = require('../common');
const assert = require('assert');
const crypto = require('crypto');
const tls = require('tls');
const certs = require('./certs');

const upload = crypto.randomBytes(8 * 1024 * 1024);
const download = crypto.randomBytes(6 * 1024 * 1024);

const server = tls.createServer({ key: certs.server.key, cert: certs.server.cert }, common.mustCall((s) => {
  s.once('data', common.mustCall((first) => {
    const mode = first.toString('latin1', 0, 4);
    const rest = first.subarray(4);
    if (mode === 'ECHO') {
      s.write(rest);
      s.pipe(s);
    } else {
      s.end(download);
      s.resume();
    }
  }));
}, 2));

function echoRound(port, done) {
  const c = tls.connect({ port, host: '127.0.0.1', ca: certs.ca.cert }, common.mustCall(() => {
    const sizes = [1, 100, 16384, 16385, 65536, 100000, 3];
    let off = 0;
    let i = 0;
    c.write('ECHO');
    (function more() {
      while (off < upload.length) {
        const n = Math.min(sizes[i++ % sizes.length], upload.length - off);
        const ok = c.write(upload.subarray(off, off + n));
        off += n;
        if (!ok) return c.once('drain', more);
      }
    })();
  }));
  const chunks = [];
  let got = 0;
  c.on('data', (d) => {
    chunks.push(d);
    got += d.length;
    if (got === upload.length) c.end();
  });
  c.on('end', common.mustCall(() => {
    const all = Buffer.concat(chunks);
    assert.strictEqual(all.length, upload.length);
    assert.ok(all.equals(upload), 'echoed bytes differ');
  }));
  c.on('close', common.mustCall(done));
}

function downloadRound(port, done) {
  const c = tls.connect({ port, host: '127.0.0.1', ca: certs.ca.cert }, common.mustCall(() => c.write('DOWN')));
  const chunks = [];
  let pauses = 0;
  c.on('data', (d) => {
    chunks.push(d);
    // Every fourth chunk, stop reading for a moment.
    if (chunks.length % 4 === 0) {
      pauses++;
      c.pause();
      setTimeout(() => c.resume(), 1);
    }
  });
  c.on('end', common.mustCall(() => {
    const all = Buffer.concat(chunks);
    assert.strictEqual(all.length, download.length);
    assert.ok(all.equals(download), 'downloaded bytes differ');
    assert.ok(pauses > 0);
    c.end();
  }));
  c.on('close', common.mustCall(done));
}

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const port = server.address().port;
  echoRound(port, () => downloadRound(port, () => server.close()));
}));
