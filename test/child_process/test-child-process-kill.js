'use strict';
// kill(): signal names and numbers, return values, ERR_UNKNOWN_SIGNAL; a
// child ended by a signal has signalCode set and exitCode null; spawn's
// timeout + killSignal and AbortSignal.
const assert = require('assert');
const os = require('os');
const { spawn } = require('child_process');
const { mustCall, mustNotCall } = require('../common');

// A child that stays until it is killed (and says when it is ready).
function sleeper(options) {
  return spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000); process.stdout.write("ready")'], options);
}
function whenReady(child, fn) {
  child.stdout.once('data', () => fn());
}

// Default signal: SIGTERM.
{
  const child = sleeper();
  whenReady(child, () => {
    assert.strictEqual(child.kill(), true);
    assert.strictEqual(child.killed, true);
    // Still running until the signal lands: a second kill also succeeds.
    assert.strictEqual(child.kill('SIGKILL'), true);
  });
  child.on('exit', mustCall((code, signal) => {
    assert.strictEqual(code, null);
    assert.ok(signal === 'SIGTERM' || signal === 'SIGKILL', signal);
    assert.strictEqual(child.exitCode, null);
    assert.strictEqual(child.signalCode, signal);
    // Once gone, kill() answers false.
    assert.strictEqual(child.kill(), false);
  }));
  child.on('close', mustCall((code, signal) => {
    assert.strictEqual(code, null);
    assert.strictEqual(signal, child.signalCode);
  }));
}

// By name (any case) and by number.
for (const sig of ['SIGINT', 'sighup', os.constants.signals.SIGKILL]) {
  const child = sleeper();
  whenReady(child, () => assert.strictEqual(child.kill(sig), true));
  child.on('exit', mustCall((code, signal) => {
    assert.strictEqual(code, null);
    const name = typeof sig === 'number' ? 'SIGKILL' : sig.toUpperCase();
    assert.strictEqual(signal, name);
  }));
}

// Signal 0 only checks that the child exists.
{
  const child = sleeper();
  whenReady(child, () => {
    assert.strictEqual(child.kill(0), true);
    child.kill('SIGKILL');
  });
  child.on('exit', mustCall((code, signal) => assert.strictEqual(signal, 'SIGKILL')));
}

// A child that handles SIGTERM and exits by itself: exitCode, no signal.
{
  const child = spawn(process.execPath, ['-e', `
    process.on('SIGTERM', () => { process.exitCode = 42; clearInterval(t); });
    const t = setInterval(() => {}, 1000);
    process.stdout.write('ready');`]);
  whenReady(child, () => child.kill());
  child.on('exit', mustCall((code, signal) => {
    assert.strictEqual(code, 42);
    assert.strictEqual(signal, null);
    assert.strictEqual(child.killed, true);
  }));
}

// Bad signals throw, and nothing is sent.
{
  const child = sleeper();
  for (const [sig, shown] of [['SIGFOO', 'SIGFOO'], [1.5, '1.5'], [{}, '{}'], [-1, '-1'], [1000, '1000']]) {
    assert.throws(() => child.kill(sig), {
      name: 'TypeError',
      code: 'ERR_UNKNOWN_SIGNAL',
      message: `Unknown signal: ${shown}`,
    });
  }
  assert.strictEqual(child.killed, false);
  child.kill(9);
  child.on('exit', mustCall((code, signal) => assert.strictEqual(signal, 'SIGKILL')));
}

// timeout: the child gets killSignal when it runs too long.
{
  const child = sleeper({ timeout: 200, killSignal: 'SIGKILL' });
  child.on('exit', mustCall((code, signal) => {
    assert.strictEqual(code, null);
    assert.strictEqual(signal, 'SIGKILL');
    assert.strictEqual(child.killed, true);
  }));
}
{
  const child = sleeper({ timeout: 200 });
  child.on('exit', mustCall((code, signal) => assert.strictEqual(signal, 'SIGTERM')));
}
// A child done before its timeout is not touched.
{
  const child = spawn(process.execPath, ['-e', '0'], { timeout: 60000, stdio: 'ignore' });
  child.on('exit', mustCall((code, signal) => {
    assert.strictEqual(code, 0);
    assert.strictEqual(child.killed, false);
  }));
}

// AbortSignal: abort kills with killSignal and emits an AbortError whose
// cause is the signal's reason.
{
  const ac = new AbortController();
  const child = sleeper({ signal: ac.signal, killSignal: 'SIGINT' });
  whenReady(child, () => ac.abort('my reason'));
  child.on('error', mustCall((err) => {
    assert.strictEqual(err.name, 'AbortError');
    assert.strictEqual(err.code, 'ABORT_ERR');
    assert.strictEqual(err.message, 'The operation was aborted');
    assert.strictEqual(err.cause, 'my reason');
  }));
  child.on('exit', mustCall((code, signal) => assert.strictEqual(signal, 'SIGINT')));
}
// Already aborted: the child is killed on the next tick.
{
  const ac = new AbortController();
  ac.abort();
  const child = sleeper({ signal: ac.signal });
  child.on('error', mustCall((err) => {
    assert.strictEqual(err.name, 'AbortError');
    assert.strictEqual(err.cause, ac.signal.reason);
  }));
  child.on('exit', mustCall((code, signal) => assert.strictEqual(signal, 'SIGTERM')));
}
// Aborting after the exit does nothing.
{
  const ac = new AbortController();
  const child = spawn(process.execPath, ['-e', '0'], { signal: ac.signal, stdio: 'ignore' });
  child.on('error', mustNotCall());
  child.on('exit', mustCall(() => ac.abort()));
}
