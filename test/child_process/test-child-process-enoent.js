'use strict';
// A command that does not exist: spawn reports ENOENT as an async 'error'
// (then 'close', no 'spawn' or 'exit'), spawnSync returns it, and
// execFileSync/execSync throw it.
const assert = require('assert');
const { spawn, spawnSync, execFileSync, execSync } = require('child_process');
const { mustCall, mustNotCall } = require('../common');

const missing = 'lode-no-such-command-xyz';

{
  const child = spawn(missing, ['a', 'b']);
  let sync = true;
  assert.strictEqual(child.pid, undefined);
  assert.strictEqual(child.spawnfile, missing);
  assert.deepStrictEqual(child.spawnargs, [missing, 'a', 'b']);
  // The stdio streams exist, without a child behind them.
  assert.ok(child.stdout);
  assert.ok(child.stdin);
  child.on('spawn', mustNotCall());
  child.on('exit', mustNotCall());
  child.on('error', mustCall((err) => {
    assert.strictEqual(sync, false);
    assert.strictEqual(err.message, `spawn ${missing} ENOENT`);
    assert.strictEqual(err.code, 'ENOENT');
    assert.strictEqual(err.errno, -2);
    assert.strictEqual(err.syscall, `spawn ${missing}`);
    assert.strictEqual(err.path, missing);
    assert.deepStrictEqual(err.spawnargs, ['a', 'b']);
    assert.deepStrictEqual(Object.keys(err), ['errno', 'code', 'syscall', 'path', 'spawnargs']);
    assert.strictEqual(child.exitCode, -2);
    assert.strictEqual(child.stdin.destroyed, true);
  }));
  child.on('close', mustCall((code, signal) => {
    assert.strictEqual(code, -2);
    assert.strictEqual(signal, null);
    assert.strictEqual(child.stdout.destroyed, true);
    assert.strictEqual(child.stderr.destroyed, true);
  }));
  child.stdout.on('end', mustCall());
  sync = false;
}

// Without an 'error' listener the error is thrown (uncaught), as any
// 'error' event.
process.once('uncaughtException', mustCall((err) => {
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(err.path, `${missing}-2`);
}));
spawn(`${missing}-2`, { stdio: 'ignore' });

// A missing cwd is ENOENT for the command too.
spawn('ls', [], { cwd: '/lode/no/such/dir' }).on('error', mustCall((err) => {
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(err.syscall, 'spawn ls');
  assert.strictEqual(err.path, 'ls');
}));

// Not executable: EACCES, also as an 'error' event.
spawn('/etc/passwd').on('error', mustCall((err) => {
  assert.strictEqual(err.code, 'EACCES');
  assert.strictEqual(err.message, 'spawn /etc/passwd EACCES');
}));

// spawnSync returns the error.
{
  const r = spawnSync(missing, ['q']);
  assert.strictEqual(r.error.message, `spawnSync ${missing} ENOENT`);
  assert.strictEqual(r.error.code, 'ENOENT');
  assert.strictEqual(r.error.errno, -2);
  assert.strictEqual(r.error.syscall, `spawnSync ${missing}`);
  assert.strictEqual(r.error.path, missing);
  assert.deepStrictEqual(r.error.spawnargs, ['q']);
  assert.deepStrictEqual(Object.keys(r), ['error', 'status', 'signal', 'output', 'pid', 'stdout', 'stderr']);
  assert.strictEqual(r.status, null);
  assert.strictEqual(r.signal, null);
  assert.strictEqual(r.output, null);
  assert.strictEqual(r.pid, 0);
  assert.strictEqual(r.stdout, null);
  assert.strictEqual(r.stderr, null);
}

// The throwing forms throw it, carrying the result's fields.
assert.throws(() => execFileSync(missing, ['q']), (err) => {
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(err.message, `spawnSync ${missing} ENOENT`);
  assert.strictEqual(err.error, err);
  assert.strictEqual(err.status, null);
  assert.strictEqual(err.output, null);
  assert.strictEqual(err.pid, 0);
  assert.deepStrictEqual(Object.keys(err), ['errno', 'code', 'syscall', 'path', 'spawnargs', 'error',
    'status', 'signal', 'output', 'pid', 'stdout', 'stderr']);
  return true;
});
assert.throws(() => execSync('true', { shell: '/lode/no/shell' }), {
  code: 'ENOENT',
  syscall: 'spawnSync /lode/no/shell',
});

// A fork that never started still has its channel, as in Node: connected
// until it closes, a send fails with EPIPE, and 'disconnect' comes after
// 'close'.
{
  const { fork } = require('child_process');
  const child = fork(__filename, { execPath: missing });
  assert.strictEqual(child.connected, true);
  assert.strictEqual(typeof child.send, 'function');
  assert.strictEqual(child.pid, undefined);
  const events = [];
  child.on('error', mustCall((err) => {
    assert.strictEqual(err.code, 'ENOENT');
    events.push('error');
    child.send('hello', mustCall((sendErr) => {
      assert.strictEqual(sendErr.code, 'EPIPE');
      events.push('send');
    }));
  }));
  child.on('exit', mustNotCall());
  child.on('close', mustCall((code, signal) => {
    assert.deepStrictEqual([code, signal], [-2, null]);
    events.push('close');
  }));
  child.on('disconnect', mustCall(() => {
    events.push('disconnect');
    assert.strictEqual(child.connected, false);
  }));
  process.on('exit', () => assert.deepStrictEqual(events.sort(), ['close', 'disconnect', 'error', 'send']));
}
