'use strict';
// node:cluster: events and their order, messages both ways, listen(0)
// giving every worker one port, both scheduling policies, disconnect and
// kill. This file is both the primary and (forked by it) the workers.
const common = require('../common');
const assert = require('assert');
const cluster = require('cluster');
const http = require('http');
const net = require('net');

if (cluster.isWorker) {
  assert.strictEqual(cluster.isPrimary, false);
  assert.strictEqual(process.env.NODE_UNIQUE_ID, undefined);
  process.on('message', (m) => {
    if (m === 'ping') process.send({ pong: cluster.worker.id });
    if (m === 'exit-code') process.exit(7);
  });
  const server = http.createServer((req, res) => res.end(`worker ${cluster.worker.id}`));
  server.listen(0, '127.0.0.1');
  return;
}

assert.strictEqual(cluster.isPrimary, true);
assert.strictEqual(cluster.isMaster, true);
assert.strictEqual(cluster.isWorker, false);
assert.deepStrictEqual(cluster.workers, {});
assert.strictEqual(cluster.SCHED_RR, 2);
assert.strictEqual(cluster.SCHED_NONE, 1);
const policy = process.env.NODE_CLUSTER_SCHED_POLICY === 'none' ? cluster.SCHED_NONE : cluster.SCHED_RR;
assert.strictEqual(cluster.schedulingPolicy, policy);

// Run once more with SCHED_NONE (the kernel balances one shared socket).
if (!process.env.NODE_CLUSTER_SCHED_POLICY) {
  const r = common.run([__filename], { env: { ...process.env, NODE_CLUSTER_SCHED_POLICY: 'none' } });
  process.stdout.write(r.stdout);
  process.stderr.write(r.stderr);
  assert.strictEqual(r.status, 0, 'SCHED_NONE run');
}

cluster.on('setup', common.mustCall((settings) => {
  assert.strictEqual(settings.exec, __filename);
}, 2)); // once per fork(), as Node

const events = [];
const ports = new Set();
for (const name of ['fork', 'online', 'listening']) {
  cluster.on(name, (worker, address) => {
    events.push(`${name} ${worker.id}`);
    if (name === 'listening') {
      assert.strictEqual(address.address, '127.0.0.1');
      assert.strictEqual(address.addressType, 4);
      ports.add(address.port);
      if (events.filter((e) => e.startsWith('listening')).length === 2) onListening();
    }
  });
}
const w1 = cluster.fork();
const w2 = cluster.fork({ EXTRA: '1' });
assert.strictEqual(w1.id, 1);
assert.strictEqual(w2.id, 2);
assert.ok(w1 instanceof cluster.Worker);
assert.strictEqual(cluster.workers[1], w1);
assert.strictEqual(typeof w1.process.pid, 'number');

function get(port) {
  return new Promise((resolve, reject) => {
    http.get({ host: '127.0.0.1', port, agent: false }, (res) => {
      let b = '';
      res.setEncoding('utf8');
      res.on('data', (d) => { b += d; });
      res.on('end', () => resolve(b));
    }).on('error', reject);
  });
}

async function onListening() {
  for (const id of [1, 2]) {
    const order = events.filter((e) => e.endsWith(` ${id}`));
    assert.deepStrictEqual(order, [`fork ${id}`, `online ${id}`, `listening ${id}`]);
  }
  assert.strictEqual(ports.size, 1, 'listen(0) gives all workers one port');
  const [port] = ports;
  const seen = new Set();
  for (let round = 0; round < 20 && seen.size < 2; round++) {
    const bodies = await Promise.all(Array.from({ length: 8 }, () => get(port)));
    for (const b of bodies) seen.add(b);
  }
  assert.deepStrictEqual([...seen].sort(), ['worker 1', 'worker 2']);

  // Messages both ways; cluster 'message' sees them too.
  const got = [];
  cluster.on('message', (worker, m) => got.push([worker.id, m.pong]));
  w1.send('ping');
  w2.send('ping');
  await new Promise((resolve) => {
    const check = () => (got.length === 2 ? resolve() : setTimeout(check, 10));
    check();
  });
  assert.deepStrictEqual(got.sort(), [[1, 1], [2, 2]]);

  // A worker that exits on its own: 'exit' with its code, not after disconnect.
  w2.on('exit', common.mustCall((code, signal) => {
    assert.strictEqual(code, 7);
    assert.strictEqual(signal, null);
    assert.strictEqual(w2.exitedAfterDisconnect, false);
    assert.strictEqual(cluster.workers[2], undefined);
    // disconnect(): the worker closes its server and leaves.
    w1.on('disconnect', common.mustCall());
    cluster.on('exit', common.mustCall((worker, c) => {
      if (worker !== w1) return;
      assert.strictEqual(w1.exitedAfterDisconnect, true);
      assert.strictEqual(c, 0);
      assert.strictEqual(w1.isDead(), true);
      assert.deepStrictEqual(cluster.workers, {});
      // Nothing listens on the port any more.
      net.connect(port, '127.0.0.1').on('error', common.mustCall((err) => {
        assert.strictEqual(err.code, 'ECONNREFUSED');
      }));
    }, 2));
    cluster.disconnect(common.mustCall());
  }));
  w2.send('exit-code');
}
