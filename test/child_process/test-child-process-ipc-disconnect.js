'use strict';
// disconnect() from either side: 'disconnect' on both, connected false,
// channel null; later sends fail with ERR_IPC_CHANNEL_CLOSED (to the
// callback, else as 'error'); a second disconnect() emits
// ERR_IPC_DISCONNECTED. Messages already read are still delivered.
const assert = require('assert');
const { fork } = require('child_process');
const { mustCall, mustNotCall } = require('../common');

const closed = { code: 'ERR_IPC_CHANNEL_CLOSED', name: 'Error', message: 'Channel closed' };
const disconnected = {
  code: 'ERR_IPC_DISCONNECTED', name: 'Error', message: 'IPC channel is already disconnected',
};

// What a side sees after its channel went away.
function checkClosed(target, label) {
  assert.strictEqual(target.connected, false, label);
  assert.strictEqual(target.channel, null, label);
  const errors = [];
  target.on('error', (err) => errors.push(err));
  assert.strictEqual(target.send('late'), false);
  assert.strictEqual(target.send('late', mustCall((err) => assert.throws(() => { throw err; }, closed))), false);
  target.disconnect(); // emits synchronously
  assert.strictEqual(errors.length, 1);
  assert.throws(() => { throw errors[0]; }, disconnected);
  process.nextTick(mustCall(() => {
    assert.strictEqual(errors.length, 2);
    assert.throws(() => { throw errors[1]; }, closed);
  }));
}

if (process.argv[2] === 'child-disconnects') {
  process.on('message', mustCall((m) => {
    assert.strictEqual(m, 'please disconnect');
    process.send('bye');
    process.disconnect();
    assert.strictEqual(process.connected, false);
  }));
  process.on('disconnect', mustCall(() => checkClosed(process, 'child')));
  return;
}

if (process.argv[2] === 'parent-disconnects') {
  const got = [];
  process.on('message', (m) => got.push(m));
  process.on('disconnect', mustCall(() => {
    // Messages sent before the disconnect arrived first.
    assert.deepStrictEqual(got, [1, 2, 3]);
    checkClosed(process, 'child');
  }));
  process.send('ready');
  return;
}

if (process.argv[2] === 'exits') return;

// The child disconnects.
{
  const child = fork(__filename, ['child-disconnects']);
  child.on('message', mustCall((m) => assert.strictEqual(m, 'bye')));
  child.on('disconnect', mustCall(() => checkClosed(child, 'parent')));
  child.on('exit', mustCall((code) => assert.strictEqual(code, 0)));
  child.send('please disconnect');
}

// The parent disconnects (right after sending: the messages still go).
{
  const child = fork(__filename, ['parent-disconnects']);
  child.on('message', mustCall((m) => {
    assert.strictEqual(m, 'ready');
    child.send(1);
    child.send(2);
    child.send(3);
    child.disconnect();
    assert.strictEqual(child.connected, false);
    // 'disconnect' comes on a later tick.
    child.on('disconnect', mustCall(() => {
      checkClosed(child, 'parent');
    }));
  }));
  child.on('exit', mustCall((code) => assert.strictEqual(code, 0)));
}

// A child that exits ends the channel: 'disconnect' comes before 'exit'.
{
  const child = fork(__filename, ['exits']);
  const events = [];
  child.on('disconnect', mustCall(() => events.push('disconnect')));
  child.on('exit', mustCall(() => events.push('exit')));
  child.on('close', mustCall(() => {
    assert.deepStrictEqual(events, ['disconnect', 'exit']);
  }));
  child.on('message', mustNotCall());
}
