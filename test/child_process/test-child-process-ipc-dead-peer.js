'use strict';
// A socket sent to a child that has died but is not yet reaped (the
// cluster primary handing a connection to a worker just killed): as in
// Node, send() neither throws nor emits 'error' (the peer's end is gone, the
// write fails with EPIPE); 'disconnect' follows and the socket, held back
// for an ACK that never comes, is closed, so its client sees the end (Node
// leaves that socket open until it exits).
const assert = require('assert');
const fs = require('fs');
const net = require('net');
const { fork } = require('child_process');
const { mustCall, mustNotCall } = require('../common');

if (process.argv[2] === 'child') {
  process.send('ready');
  setInterval(() => {}, 1000);
  return;
}

// Waits, without returning to the event loop, until `pid` is a zombie: dead,
// its descriptors closed, its exit not yet seen by us.
function waitForZombie(pid) {
  for (;;) {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    if (stat[stat.lastIndexOf(')') + 2] === 'Z') return;
  }
}

const child = fork(__filename, ['child']);
child.on('error', mustNotCall('no error event'));
child.on('exit', mustCall((code, signal) => assert.strictEqual(signal, 'SIGKILL')));
child.once('message', mustCall(() => {
  const server = net.createServer({ pauseOnConnect: true }, mustCall((socket) => {
    process.kill(child.pid, 'SIGKILL');
    waitForZombie(child.pid);
    assert.strictEqual(child.send({ to: 'nobody' }, socket), true);
    server.close();
  }));
  server.listen(0, '127.0.0.1', mustCall(() => {
    const client = net.connect(server.address().port, '127.0.0.1');
    client.on('error', () => {}); // ECONNRESET or a clean end: either is an end
    client.on('close', mustCall());
  }));
}));

// With a callback: the callback gets null, as Node's does.
const child2 = fork(__filename, ['child']);
child2.on('error', mustNotCall('no error event'));
child2.once('message', mustCall(() => {
  const server = net.createServer({ pauseOnConnect: true }, mustCall((socket) => {
    process.kill(child2.pid, 'SIGKILL');
    waitForZombie(child2.pid);
    child2.send({ to: 'nobody' }, socket, mustCall((err) => {
      assert.strictEqual(err, null);
      server.close();
    }));
  }));
  server.listen(0, '127.0.0.1', mustCall(() => {
    net.connect(server.address().port, '127.0.0.1').on('error', () => {});
  }));
}));
