'use strict';
// fork(): a child of the same runtime running a module, with an IPC
// channel on an extra stdio slot; its options (args, silent, stdio,
// execArgv, execPath, cwd, env) and errors. The channel's protocol itself
// is tested with the IPC code.
const assert = require('assert');
const path = require('path');
const { pathToFileURL } = require('url');
const { fork, ChildProcess } = require('child_process');
const { mustCall } = require('../common');

if (process.argv[2] === 'child') {
  const info = {
    args: process.argv.slice(3),
    execArgv: process.execArgv,
    cwd: process.cwd(),
    env: process.env.LODE_FORK_TEST,
    connected: process.connected,
  };
  if (process.argv[3] === 'print') {
    process.stdout.write('printed');
    process.stderr.write('to stderr');
  }
  process.send(info);
  process.on('message', (m) => {
    if (m === 'bye') process.disconnect();
  });
  return;
}

// The plain form: stdio inherited, the channel on fd 3.
{
  const child = fork(__filename, ['child', 'x', 'y']);
  assert.ok(child instanceof ChildProcess);
  assert.strictEqual(child.connected, true);
  assert.deepStrictEqual(child.stdio, [null, null, null, null]);
  assert.strictEqual(child.stdout, null);
  assert.strictEqual(child.spawnfile, process.execPath);
  assert.deepStrictEqual(child.spawnargs, [process.execPath, __filename, 'child', 'x', 'y']);
  const events = [];
  child.on('message', mustCall((m) => {
    events.push('message');
    assert.deepStrictEqual(m.args, ['x', 'y']);
    assert.deepStrictEqual(m.execArgv, []);
    assert.strictEqual(m.connected, true);
    child.send('bye');
  }));
  child.on('disconnect', mustCall(() => events.push('disconnect')));
  child.on('exit', mustCall((code, signal) => {
    events.push('exit');
    assert.strictEqual(code, 0);
    assert.strictEqual(signal, null);
  }));
  child.on('close', mustCall((code) => {
    assert.strictEqual(code, 0);
    // 'close' waits for the channel as for the stdio streams.
    assert.deepStrictEqual(events.slice().sort(), ['disconnect', 'exit', 'message']);
    assert.strictEqual(child.connected, false);
  }));
}

// silent: stdin/stdout/stderr are pipes.
{
  const child = fork(__filename, ['child', 'print'], { silent: true });
  assert.strictEqual(child.stdio.length, 4);
  assert.strictEqual(child.stdio[3], null);
  let out = '';
  let err = '';
  child.stdout.on('data', (d) => { out += d; });
  child.stderr.on('data', (d) => { err += d; });
  child.on('message', mustCall(() => child.send('bye')));
  child.on('close', mustCall(() => {
    assert.strictEqual(out, 'printed');
    assert.strictEqual(err, 'to stderr');
  }));
}

// stdio as a string gets 'ipc' added; execArgv, execPath, cwd, env and a
// URL module path.
{
  process.env.LODE_FORK_TEST = 'inherited';
  const child = fork(pathToFileURL(__filename), ['child'], {
    stdio: 'pipe',
    execArgv: ['--no-deprecation'],
    execPath: process.execPath,
    cwd: path.dirname(__dirname),
  });
  assert.strictEqual(child.stdio.length, 4);
  assert.ok(child.stdout);
  assert.deepStrictEqual(child.spawnargs.slice(1), ['--no-deprecation', __filename, 'child']);
  child.on('message', mustCall((m) => {
    assert.deepStrictEqual(m.execArgv, ['--no-deprecation']);
    assert.strictEqual(m.cwd, path.dirname(__dirname));
    assert.strictEqual(m.env, 'inherited');
    child.send('bye');
  }));
  child.on('close', mustCall((code) => assert.strictEqual(code, 0)));
}
{
  const child = fork(__filename, ['child'], { env: { ...process.env, LODE_FORK_TEST: 'given' } });
  child.on('message', mustCall((m) => {
    assert.strictEqual(m.env, 'given');
    child.send('bye');
  }));
}
// An explicit stdio array with 'ipc' in another place.
{
  const child = fork(__filename, ['child'], { stdio: ['ipc', 'inherit', 'inherit'] });
  assert.deepStrictEqual(child.stdio, [null, null, null]);
  child.on('message', mustCall(() => child.send('bye')));
  child.on('close', mustCall((code) => assert.strictEqual(code, 0)));
}

// Errors.
assert.throws(() => fork(5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "modulePath" argument must be of type string or an instance of Buffer or URL. ' +
           'Received type number (5)',
});
assert.throws(() => fork('x', 5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "args" argument must be an instance of Array. Received type number (5)',
});
assert.throws(() => fork('x', [], 5), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => fork('x', { stdio: ['pipe', 'pipe', 'pipe'] }), {
  name: 'Error',
  code: 'ERR_CHILD_PROCESS_IPC_REQUIRED',
  message: "Forked processes must have an IPC channel, missing value 'ipc' in options.stdio",
});
assert.throws(() => fork('x', { execArgv: ['a\0'] }), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The property 'options.execArgv[0]' must be a string without null bytes. Received 'a\\x00'",
});
assert.throws(() => fork('x', { stdio: 'bad' }), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => fork('x', { stdio: ['ipc', 'ipc'] }), { code: 'ERR_IPC_ONE_PIPE' });

// Forked from `-e` code: the child runs its module, not the code again
// (the guard variable makes a second run fail instead of forking on).
{
  const { spawnSync } = require('child_process');
  const code = `
    if (process.env.LODE_FORK_GUARD) process.exit(99);
    const c = require('child_process').fork(${JSON.stringify(__filename)}, ['child'],
      { env: { ...process.env, LODE_FORK_GUARD: '1' } });
    c.on('message', (m) => { console.log(JSON.stringify(m.execArgv)); c.send('bye'); });
    c.on('exit', (code) => { process.exitCode = code; });`;
  const r = spawnSync(process.execPath, ['-e', code], { encoding: 'utf8', timeout: 20000 });
  assert.strictEqual(r.status, 0, r.stderr);
  assert.strictEqual(r.stdout, '[]\n');
}
