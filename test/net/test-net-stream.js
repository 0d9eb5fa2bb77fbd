'use strict';
// net: 8 MB through a socket with backpressure, intact; half-open sockets;
// idle timeouts; Unix domain sockets; destroy with an error.
const common = require('../common');
const assert = require('assert');
const net = require('net');
const fs = require('fs');
const os = require('os');
const path = require('path');

// Bulk transfer: the server pauses and resumes while the client writes.
{
  const size = 8 * 1024 * 1024;
  const payload = Buffer.alloc(size);
  for (let i = 0; i < size; i++) payload[i] = (i * 7) & 0xff;
  const server = net.createServer(common.mustCall((s) => {
    const chunks = [];
    let paused = 0;
    s.on('data', (d) => {
      chunks.push(d);
      if (chunks.length % 16 === 0) {
        paused++;
        s.pause();
        setTimeout(() => s.resume(), 1);
      }
    });
    s.on('end', common.mustCall(() => {
      const all = Buffer.concat(chunks);
      assert.strictEqual(all.length, size);
      assert.ok(all.equals(payload));
      assert.ok(paused > 0);
      s.end();
      server.close();
    }));
  }));
  server.listen(0, '127.0.0.1', common.mustCall(() => {
    const c = net.connect(server.address().port, '127.0.0.1');
    let drains = 0;
    c.on('drain', () => drains++);
    c.on('connect', common.mustCall(() => {
      let off = 0;
      (function writeMore() {
        while (off < size) {
          const ok = c.write(payload.subarray(off, off + 65536));
          off += 65536;
          if (!ok) {
            c.once('drain', writeMore);
            return;
          }
        }
        c.end();
      })();
    }));
    c.on('close', common.mustCall(() => assert.ok(drains > 0)));
    c.resume();
  }));
}

// allowHalfOpen: the server still writes after the client ended.
{
  const server = net.createServer({ allowHalfOpen: true }, common.mustCall((s) => {
    s.on('end', common.mustCall(() => {
      assert.strictEqual(s.writable, true);
      s.end('late reply');
    }));
    s.resume();
  }));
  server.listen(0, '127.0.0.1', common.mustCall(() => {
    const c = net.connect({ port: server.address().port, host: '127.0.0.1', allowHalfOpen: true });
    c.end('done');
    let got = '';
    c.setEncoding('utf8');
    c.on('data', (d) => { got += d; });
    c.on('end', common.mustCall(() => {
      assert.strictEqual(got, 'late reply');
      server.close();
    }));
  }));
}

// Idle timeout: 'timeout' fires, the socket stays open until destroyed.
{
  const server = net.createServer((s) => s.resume());
  server.listen(0, '127.0.0.1', common.mustCall(() => {
    const c = net.connect(server.address().port, '127.0.0.1');
    c.setTimeout(30, common.mustCall(() => {
      assert.strictEqual(c.timeout, 30);
      assert.strictEqual(c.destroyed, false);
      c.destroy(new Error('idle'));
    }));
    c.on('error', common.mustCall((err) => assert.strictEqual(err.message, 'idle')));
    c.on('close', common.mustCall((hadError) => {
      assert.strictEqual(hadError, true);
      server.close();
    }));
  }));
}

// A Unix domain socket: address() is the path.
{
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lode-net-'));
  const sock = path.join(dir, 's.sock');
  const server = net.createServer(common.mustCall((s) => s.end('over unix')));
  server.listen(sock, common.mustCall(() => {
    assert.strictEqual(server.address(), sock);
    const c = net.connect(sock);
    let got = '';
    c.on('data', (d) => { got += d; });
    c.on('end', common.mustCall(() => {
      assert.strictEqual(got, 'over unix');
      server.close(common.mustCall(() => fs.rmSync(dir, { recursive: true, force: true })));
    }));
  }));
}

// An unref'd server does not keep the process alive.
net.createServer().listen(0, '127.0.0.1').unref();
