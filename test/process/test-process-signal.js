'use strict';
// Signal events on process: listeners get (name, number); without a
// listener the default action applies; listeners do not keep the process
// alive; a signal callback runs like an I/O callback in the event loop.
// (SIGUSR1 is avoided: Node reserves it for the inspector.)
const assert = require('assert');
const { mustCall, run } = require('../common');

// The listener is called with the signal's name and number, on process.
{
  const order = [];
  const onSignal = mustCall(function(...args) {
    assert.strictEqual(this, process);
    assert.deepStrictEqual(args, ['SIGUSR2', 12]);
    order.push('handler');
    // In an I/O-phase callback, setImmediate runs before setTimeout(0).
    setTimeout(() => order.push('timeout'), 0);
    setImmediate(() => order.push('immediate'));
    process.nextTick(() => order.push('tick'));
    Promise.resolve().then(() => order.push('microtask'));
  });
  process.on('SIGUSR2', onSignal);
  const second = mustCall((name) => order.push(`second ${name}`));
  process.on('SIGUSR2', second);
  assert.strictEqual(process.kill(process.pid, 'SIGUSR2'), true);
  // Delivered asynchronously, never during kill().
  order.push('after kill');
  const done = setInterval(() => {
    if (!order.includes('timeout')) return;
    clearInterval(done);
    process.removeListener('SIGUSR2', onSignal);
    process.removeListener('SIGUSR2', second);
    assert.deepStrictEqual(order,
      ['after kill', 'handler', 'second SIGUSR2', 'tick', 'microtask', 'immediate', 'timeout']);
  }, 5);
}

// By number too.
{
  const r = run(['-e', `
process.on('SIGUSR2', (name, num) => process._rawDebug('got', name, num));
process.kill(process.pid, 12);
setTimeout(() => {}, 50);
`]);
  assert.strictEqual(r.stderr, 'got SIGUSR2 12\n');
  assert.strictEqual(r.status, 0);
}

// A listener replaces the default action; removing it restores it.
{
  const r = run(['-e', `
const h = (name) => process._rawDebug('handled', name);
process.on('SIGTERM', h);
process.kill(process.pid, 'SIGTERM');
setTimeout(() => {
  process.removeListener('SIGTERM', h);
  process._rawDebug('removed');
  process.kill(process.pid, 'SIGTERM');
  setTimeout(() => process._rawDebug('still alive'), 5000);
}, 50);
`]);
  assert.strictEqual(r.stderr, 'handled SIGTERM\nremoved\n');
  assert.strictEqual(r.status, null);
  assert.strictEqual(r.signal, 'SIGTERM');
}
// The same with removeAllListeners, and for other signals.
for (const sig of ['SIGHUP', 'SIGINT', 'SIGUSR2']) {
  const r = run(['-e', `
process.on('${sig}', () => {});
process.on('${sig}', () => {});
process.removeAllListeners('${sig}');
process.kill(process.pid, '${sig}');
setTimeout(() => {}, 5000);
`]);
  assert.strictEqual(r.signal, sig);
  assert.strictEqual(r.status, null);
}
// once(): handled the first time, default action the second.
{
  const r = run(['-e', `
process.once('SIGUSR2', (s) => process._rawDebug('once', s));
process.kill(process.pid, 'SIGUSR2');
setTimeout(() => { process.kill(process.pid, 'SIGUSR2'); setTimeout(() => {}, 5000); }, 50);
`]);
  assert.strictEqual(r.stderr, 'once SIGUSR2\n');
  assert.strictEqual(r.signal, 'SIGUSR2');
}
// Signal listeners alone do not keep the process alive.
{
  const r = run(['-e', `
process.on('SIGINT', () => {});
process.on('SIGTERM', () => {});
process.on('exit', (c) => process._rawDebug('exit', c));
`]);
  assert.strictEqual(r.stderr, 'exit 0\n');
  assert.strictEqual(r.status, 0);
  assert.strictEqual(r.signal, null);
}
// An exception thrown by a signal listener is an uncaught exception.
{
  const r = run(['-e', `
process.on('uncaughtException', (e) => process._rawDebug('uncaught', e.message));
process.on('SIGUSR2', () => { throw new Error('from handler'); });
process.kill(process.pid, 'SIGUSR2');
setTimeout(() => {}, 50);
`]);
  assert.strictEqual(r.stderr, 'uncaught from handler\n');
  assert.strictEqual(r.status, 0);
}

// process.kill argument checks.
assert.strictEqual(process.kill(process.pid, 0), true);
assert.strictEqual(process.kill(process.pid, 'SIGCONT'), true);
assert.strictEqual(process.kill(String(process.pid), 0), true);
for (const sig of ['SIGFOO', 'sigusr2']) {
  assert.throws(() => process.kill(process.pid, sig), {
    name: 'TypeError', code: 'ERR_UNKNOWN_SIGNAL', message: `Unknown signal: ${sig}`,
  });
}
assert.throws(() => process.kill(process.pid, 1.5), {
  name: 'TypeError', code: 'ERR_UNKNOWN_SIGNAL', message: 'Unknown signal: 1.5',
});
for (const [pid, received] of [['abc', "type string ('abc')"], [1.5, 'type number (1.5)'],
  [NaN, 'type number (NaN)'], [undefined, 'undefined'], [{}, 'an instance of Object']]) {
  assert.throws(() => process.kill(pid, 0), {
    name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
    message: `The "pid" argument must be of type number. Received ${received}`,
  });
}
// No such process.
assert.throws(() => process.kill(2 ** 22 + 12345, 0), {
  name: 'Error', code: 'ESRCH', errno: -3, syscall: 'kill', message: 'kill ESRCH',
});
