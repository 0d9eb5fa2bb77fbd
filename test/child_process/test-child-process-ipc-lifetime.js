'use strict';
// What keeps a forked child alive: its channel only while it has 'message'
// or 'disconnect' listeners (unless channel.ref()/unref() says otherwise),
// so a child with none exits by itself. The child's environment loses
// NODE_CHANNEL_FD. A parent's channel.unref() with child.unref() lets the
// parent exit first.
const assert = require('assert');
const { fork } = require('child_process');
const { mustCall, mustNotCall } = require('../common');

const mode = process.argv[2];
if (mode === 'no-listener') {
  assert.strictEqual(process.env.NODE_CHANNEL_FD, undefined);
  assert.strictEqual(process.env.NODE_CHANNEL_SERIALIZATION_MODE, undefined);
  assert.strictEqual(typeof process.send, 'function');
  assert.strictEqual(process.connected, true);
  assert.strictEqual(typeof process.channel.fd, 'number');
  assert.strictEqual(typeof process.channel.ref, 'function');
  process.send('hello'); // a pending write holds the process until done
  return;
}
if (mode === 'listener') {
  // Stays until the parent disconnects, answering meanwhile.
  process.on('message', (m) => process.send(`pong ${m}`));
  process.on('disconnect', () => { process.exitCode = 42; });
  return;
}
if (mode === 'listener-removed') {
  process.once('message', (m) => process.send(`got ${m}`));
  process.send('ready');
  return;
}
if (mode === 'disconnect-listener') {
  process.on('disconnect', () => { process.exitCode = 43; });
  process.send('ready');
  return;
}
if (mode === 'unref') {
  process.channel.unref();
  process.on('message', mustNotCall());
  return;
}
if (mode === 'quiet-listener') {
  process.on('message', () => {});
  return;
}
if (mode === 'parent-unref') {
  const child = fork(__filename, ['quiet-listener']);
  child.channel.unref();
  child.unref();
  child.send('ping');
  return;
}

// Not forked: no channel.
assert.strictEqual(process.send, undefined);
assert.strictEqual(process.channel, undefined);
assert.strictEqual(process.connected, undefined);

{
  const child = fork(__filename, ['no-listener']);
  child.on('message', mustCall((m) => assert.strictEqual(m, 'hello')));
  child.on('exit', mustCall((code) => {
    assert.strictEqual(code, 0);
    // The parent never disconnected.
  }));
}

{
  const child = fork(__filename, ['listener']);
  let pongs = 0;
  child.on('message', mustCall((m) => {
    assert.strictEqual(m, `pong ${pongs}`);
    if (++pongs < 3) child.send(pongs);
    else child.disconnect();
  }, 3));
  child.send(0);
  child.on('exit', mustCall((code) => assert.strictEqual(code, 42)));
}

{
  const child = fork(__filename, ['listener-removed']);
  child.on('message', mustCall((m) => {
    if (m === 'ready') child.send('once');
    else assert.strictEqual(m, 'got once');
  }, 2));
  // It exits without being disconnected.
  child.on('exit', mustCall((code) => assert.strictEqual(code, 0)));
}

{
  const child = fork(__filename, ['disconnect-listener']);
  child.on('message', mustCall(() => child.disconnect()));
  child.on('exit', mustCall((code) => assert.strictEqual(code, 43)));
}

{
  const child = fork(__filename, ['unref']);
  child.on('exit', mustCall((code) => assert.strictEqual(code, 0)));
}

{
  const parent = fork(__filename, ['parent-unref'], { stdio: 'inherit' });
  parent.on('exit', mustCall((code) => assert.strictEqual(code, 0)));
}
