'use strict';
// Workers listening on one Unix socket path share it through the primary
// (round-robin, and SCHED_NONE in a second run), as with TCP ports; the
// 'listening' address names the path, and the socket file goes away when
// the last worker closes.
const common = require('../common');
const assert = require('assert');
const cluster = require('cluster');
const fs = require('fs');
const net = require('net');
const os = require('os');
const path = require('path');

if (cluster.isWorker) {
  const server = net.createServer((s) => s.end(`${cluster.worker.id}`));
  server.listen(process.env.SOCKET_PATH, () => {
    assert.strictEqual(server.address(), process.env.SOCKET_PATH);
  });
  process.on('message', (m) => {
    if (m === 'close') server.close(() => process.send('closed'));
  });
  return;
}

if (!process.env.NODE_CLUSTER_SCHED_POLICY) {
  const r = common.run([__filename], { env: { ...process.env, NODE_CLUSTER_SCHED_POLICY: 'none' } });
  process.stdout.write(r.stdout);
  process.stderr.write(r.stderr);
  assert.strictEqual(r.status, 0, 'SCHED_NONE run');
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lode-cluster-'));
const socketPath = path.join(dir, 'server.sock');
cluster.setupPrimary({ exec: __filename });

let listening = 0;
cluster.on('listening', common.mustCall((worker, address) => {
  assert.deepStrictEqual(address, { addressType: -1, address: socketPath, port: -1, fd: undefined });
  if (++listening === 2) connectMany();
}, 2));
const workers = [1, 2].map(() => cluster.fork({ SOCKET_PATH: socketPath }));

function connectMany() {
  const answers = new Set();
  let done = 0;
  const total = 40;
  for (let i = 0; i < total; i++) {
    const c = net.connect(socketPath);
    let data = '';
    c.setEncoding('utf8');
    c.on('data', (d) => { data += d; });
    c.on('close', common.mustCall(() => {
      answers.add(data);
      if (++done === total) {
        // Round-robin alternates; the kernel's choice may favour one
        // worker, but each answer comes from one of ours.
        for (const a of answers) assert.ok(a === '1' || a === '2', a);
        if (cluster.schedulingPolicy === cluster.SCHED_RR) assert.strictEqual(answers.size, 2);
        closeAll();
      }
    }));
  }
}

function closeAll() {
  let closed = 0;
  for (const w of workers) {
    w.on('message', common.mustCall((m) => {
      assert.strictEqual(m, 'closed');
      if (++closed < workers.length) return;
      // The last close removes the socket file.
      setTimeout(() => {
        assert.strictEqual(fs.existsSync(socketPath), false);
        for (const x of workers) x.kill();
        fs.rmSync(dir, { recursive: true, force: true });
      }, 100);
    }));
    w.send('close');
  }
}
