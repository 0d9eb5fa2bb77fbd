'use strict';
// worker_threads from the main thread (no worker threads in lode yet), and
// MessageChannel / MessagePort / BroadcastChannel within this thread:
// structured clones delivered from the event loop, in order, node's
// EventEmitter style and the web's, close events, and the event loop kept
// alive by a listening port unless it is unref()'d.
const assert = require('assert');
const { spawnSync } = require('child_process');
const wt = require('worker_threads');

assert.strictEqual(wt.isMainThread, true);
assert.strictEqual(wt.parentPort, null);
assert.strictEqual(wt.threadId, 0);
assert.strictEqual(wt.workerData, null);
assert.deepStrictEqual(wt.resourceLimits, {});
assert.strictEqual(wt.SHARE_ENV, Symbol.for('nodejs.worker_threads.SHARE_ENV'));
wt.setEnvironmentData('k', { v: 1 });
assert.deepStrictEqual(wt.getEnvironmentData('k'), { v: 1 });
assert.strictEqual(wt.getEnvironmentData('none'), undefined);
for (const name of ['MessageChannel', 'MessagePort', 'MessageEvent', 'BroadcastChannel']) {
  assert.strictEqual(typeof globalThis[name], 'function', name);
}
assert.strictEqual(wt.MessageChannel, MessageChannel);
if (process.versions.lode) assert.throws(() => new wt.Worker('x.js'), { code: 'ERR_NOT_IMPLEMENTED' });

const events = [];
const done = new Promise((resolve) => {
  const { port1, port2 } = new MessageChannel();
  assert.ok(port1 instanceof MessagePort && port1 instanceof EventTarget);
  port2.on('message', (m) => events.push(['p2', m]));
  port2.on('close', () => { events.push(['p2 close']); resolve(); });
  port1.on('close', () => events.push(['p1 close']));
  const sent = { a: 1, d: new Date(0), nested: [new Map([[1, 2]])] };
  port1.postMessage(sent);
  sent.a = 2; // a copy was made when posting
  port1.postMessage('two');
  events.push(['sync']);
  setTimeout(() => {
    port1.postMessage('three');
    port1.close();
    port1.postMessage('after close'); // dropped
  }, 10);
  assert.throws(() => port1.postMessage(() => {}), { name: 'DataCloneError' });
});

// Queued until started; receiveMessageOnPort takes one synchronously.
const c2 = new MessageChannel();
c2.port1.postMessage('queued');
assert.deepStrictEqual(wt.receiveMessageOnPort(c2.port2), { message: 'queued' });
assert.strictEqual(wt.receiveMessageOnPort(c2.port2), undefined);
assert.throws(() => wt.receiveMessageOnPort({}), { code: 'ERR_INVALID_ARG_TYPE' });
const webStyle = new Promise((resolve) => {
  c2.port2.onmessage = (e) => {
    assert.ok(e instanceof MessageEvent);
    assert.strictEqual(e.type, 'message');
    c2.port1.close();
    resolve(e.data);
  };
});
c2.port1.postMessage('x');

const broadcast = new Promise((resolve) => {
  const b1 = new BroadcastChannel('ch');
  const b2 = new BroadcastChannel('ch');
  const b3 = new BroadcastChannel('other');
  b3.onmessage = () => assert.fail('another name');
  b1.onmessage = () => assert.fail('not to itself');
  b2.onmessage = (e) => {
    assert.strictEqual(b2.name, 'ch');
    for (const b of [b1, b2, b3]) b.close();
    assert.throws(() => b1.postMessage('closed'), { name: 'InvalidStateError' });
    resolve(e.data);
  };
  b1.postMessage('hello bc');
});

Promise.all([done, webStyle, broadcast]).then(([, web, bc]) => {
  assert.deepStrictEqual(events, [['sync'], ['p2', { a: 1, d: new Date(0), nested: [new Map([[1, 2]])] }], ['p2', 'two'],
    ['p2', 'three'], ['p1 close'], ['p2 close']]);
  assert.strictEqual(web, 'x');
  assert.strictEqual(bc, 'hello bc');

  // A listening port keeps the process alive; unref() lets it end.
  const run = (code) => spawnSync(process.execPath, ['-e', code], { timeout: 1500 });
  assert.strictEqual(run("const {port1}=new MessageChannel(); port1.on('message',()=>{})").signal, 'SIGTERM');
  assert.strictEqual(run("const {port1}=new MessageChannel(); port1.on('message',()=>{}); port1.unref()").status, 0);
  assert.strictEqual(run("const b=new BroadcastChannel('x'); b.onmessage=()=>{}; b.unref()").status, 0);
});
