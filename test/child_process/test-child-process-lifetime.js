'use strict';
// Children and their parent's lifetime: every child that ended is reaped
// (no zombie is left, while the parent runs or after it exits), and an
// unreferenced child — detached or not — lets its parent exit while it
// goes on running.
const assert = require('assert');
const fs = require('fs');
const { spawn, spawnSync, exec, execFile, execSync } = require('child_process');
const { mustCall } = require('../common');

// The processes whose parent is `pid`, with their state letter.
function childrenOf(pid) {
  const found = [];
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    let stat;
    try {
      stat = fs.readFileSync(`/proc/${name}/stat`, 'utf8');
    } catch {
      continue; // gone meanwhile
    }
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (Number(f[1]) === pid) found.push({ pid: Number(name), state: f[0] });
  }
  return found;
}

function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

const role = process.argv[2];

if (role === 'many') {
  // Many kinds of children, all waited for; then none may be left.
  const pids = [];
  let pending = 0;
  const done = () => {
    if (--pending > 0) return;
    execSync('true');
    spawnSync('true');
    const left = childrenOf(process.pid);
    assert.deepStrictEqual(left, []);
    process.stdout.write(JSON.stringify(pids));
  };
  for (let i = 0; i < 5; i++) {
    pending++;
    const c = spawn(process.execPath, ['-e', '0']);
    pids.push(c.pid);
    c.on('close', done);
  }
  pending++;
  pids.push(exec('echo x', done).pid);
  pending++;
  pids.push(execFile('true', done).pid);
  pending++;
  const k = spawn('sleep', ['10']);
  pids.push(k.pid);
  k.on('close', done);
  k.kill();
  return;
}

if (role === 'unref') {
  // Start a child that outlives us, unreferenced: we exit at once.
  const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 20000)'], {
    stdio: 'ignore',
    detached: process.argv[3] === 'detached',
  });
  child.unref();
  child.on('exit', () => { throw new Error('unreachable: the parent exits first'); });
  process.stdout.write(String(child.pid));
  return;
}

// Children that ended are reaped: after the parent's normal exit nothing
// of them remains, and none was a zombie while it ran.
{
  const r = spawnSync(process.execPath, [__filename, 'many'], { encoding: 'utf8', timeout: 30000 });
  assert.strictEqual(r.error, undefined);
  assert.strictEqual(r.status, 0, r.stderr);
  const pids = JSON.parse(r.stdout);
  assert.strictEqual(pids.length, 8);
  for (const pid of pids) assert.strictEqual(alive(pid), false, `child ${pid} is still there`);
  assert.deepStrictEqual(childrenOf(r.pid), []);
}

// An unreferenced child does not keep its parent: the parent exits while
// the child still runs (it is then no longer ours to wait for).
for (const mode of ['detached', 'attached']) {
  const r = spawnSync(process.execPath, [__filename, 'unref', mode], { encoding: 'utf8', timeout: 15000 });
  assert.strictEqual(r.error, undefined, `${mode}: the parent waited for its unreferenced child`);
  assert.strictEqual(r.status, 0, r.stderr);
  const pid = Number(r.stdout);
  assert.ok(pid > 0);
  assert.strictEqual(alive(pid), true);
  process.kill(pid, 'SIGKILL');
}

// Our own children are reaped as they end.
{
  const child = spawn(process.execPath, ['-e', '0'], { stdio: 'ignore' });
  const pid = child.pid;
  child.on('exit', mustCall(() => {
    setImmediate(mustCall(() => {
      assert.strictEqual(alive(pid), false);
      assert.deepStrictEqual(childrenOf(process.pid).filter((c) => c.pid === pid), []);
    }));
  }));
}
