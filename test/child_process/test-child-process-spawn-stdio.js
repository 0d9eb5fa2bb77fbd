'use strict';
// spawn's stdio kinds: 'inherit', 'ignore', descriptor numbers, streams
// with a descriptor (fs streams, process.stdout), and sockets (another
// child's stdout), plus the bad ones.
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawn, spawnSync } = require('child_process');
const { mustCall, mustNotCall } = require('../common');

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lode-cp-stdio-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));

if (process.argv[2] === 'inherit') {
  // The middle process: its children write straight to its own stdio.
  const mode = process.argv[3];
  const stdio = mode === 'stream' ? ['ignore', process.stdout, process.stderr] : 'inherit';
  const child = spawn(process.execPath,
    ['-e', 'process.stdout.write("to stdout;"); process.stderr.write("to stderr;")'], { stdio });
  assert.strictEqual(child.stdout, null);
  assert.strictEqual(child.stderr, null);
  assert.deepStrictEqual(child.stdio, [null, null, null]);
  child.on('close', mustCall((code) => {
    assert.strictEqual(code, 0);
    process.stdout.write('parent done');
  }));
  return;
}

// 'inherit' and process.stdout/stderr (streams with an fd): the child
// writes to the middle process's own descriptors.
for (const mode of ['inherit', 'stream']) {
  const r = spawnSync(process.execPath, [__filename, 'inherit', mode], { encoding: 'utf8' });
  assert.strictEqual(r.status, 0, r.stderr);
  assert.strictEqual(r.stdout, 'to stdout;parent done');
  assert.strictEqual(r.stderr, 'to stderr;');
}

// 'ignore': the child's stdio is /dev/null.
{
  const child = spawn(process.execPath, ['-e', `
    const fs = require('fs');
    const where = [0, 1, 2].map((fd) => fs.readlinkSync('/proc/self/fd/' + fd));
    fs.writeSync(3, JSON.stringify(where));`], { stdio: ['ignore', 'ignore', 'ignore', 'pipe'] });
  assert.deepStrictEqual(child.stdio.slice(0, 3), [null, null, null]);
  let got = '';
  child.stdio[3].on('data', (d) => { got += d; });
  child.on('close', mustCall((code) => {
    assert.strictEqual(code, 0);
    assert.deepStrictEqual(JSON.parse(got), ['/dev/null', '/dev/null', '/dev/null']);
  }));
}

// A descriptor number: the child writes into our file.
{
  const file = path.join(tmp, 'fd-out.txt');
  const fd = fs.openSync(file, 'w');
  const child = spawn(process.execPath, ['-e', 'process.stdout.write("into the file")'],
    { stdio: ['ignore', fd, 'inherit'] });
  assert.strictEqual(child.stdout, null);
  child.on('close', mustCall((code) => {
    assert.strictEqual(code, 0);
    fs.closeSync(fd);
    assert.strictEqual(fs.readFileSync(file, 'utf8'), 'into the file');
  }));
}

// An fs stream once it has its descriptor, and a file read as stdin.
{
  const input = path.join(tmp, 'in.txt');
  fs.writeFileSync(input, 'from a file\n');
  const out = fs.createWriteStream(path.join(tmp, 'stream-out.txt'));
  const inp = fs.createReadStream(input);
  let opened = 0;
  const go = mustCall(() => {
    if (++opened < 2) return;
    const child = spawn('cat', [], { stdio: [inp, out, 'inherit'] });
    child.on('close', mustCall((code) => {
      assert.strictEqual(code, 0);
      out.end(() => {
        assert.strictEqual(fs.readFileSync(path.join(tmp, 'stream-out.txt'), 'utf8'), 'from a file\n');
        inp.destroy();
      });
    }));
  }, 2);
  out.on('open', go);
  inp.on('open', go);
  inp.pause();
}

// A socket: one child's stdout becomes the next one's stdin.
{
  const first = spawn(process.execPath, ['-e', 'process.stdout.write("a\\nb\\nc\\n")']);
  const second = spawn('wc', ['-l'], { stdio: [first.stdout, 'pipe', 'inherit'] });
  let out = '';
  second.stdout.on('data', (d) => { out += d; });
  second.on('close', mustCall((code) => {
    assert.strictEqual(code, 0);
    assert.strictEqual(out.trim(), '3');
  }));
  // first's stdout now belongs to the second child: no 'close' for first.
  first.on('exit', mustCall());
}

// Bad stdio values.
assert.throws(() => spawn('ls', [], { stdio: 'foo' }), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'stdio' is invalid. Received 'foo'",
});
assert.throws(() => spawn('ls', [], { stdio: 5 }), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => spawn('ls', [], { stdio: [{}] }), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'stdio' is invalid. Received {}",
});
assert.throws(() => spawn('ls', [], { stdio: [true] }), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => spawn('ls', [], { stdio: ['abc'] }), {
  name: 'TypeError',
  code: 'ERR_INVALID_SYNC_FORK_INPUT',
  message: "Asynchronous forks do not support Buffer, TypedArray, DataView or string input: 'abc'",
});
assert.throws(() => spawn('ls', [], { stdio: [Buffer.from('x')] }), { code: 'ERR_INVALID_SYNC_FORK_INPUT' });
assert.throws(() => spawn('ls', [], { stdio: ['ipc', 'ipc'] }), {
  code: 'ERR_IPC_ONE_PIPE',
  message: 'Child process can have only one IPC pipe',
});
assert.throws(() => spawnSync('ls', [], { stdio: ['pipe', 'pipe', 'pipe', 'ipc'] }), {
  code: 'ERR_IPC_SYNC_FORK',
  message: 'IPC cannot be used with synchronous forks',
});
assert.throws(() => spawn('ls', [], { serialization: 'x' }), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The property 'options.serialization' must be one of: undefined, 'json', 'advanced'. Received 'x'",
});

// A descriptor that is not open: thrown at once, not an 'error' event.
{
  let fd = 200;
  while (fdOpen(fd)) fd++;
  assert.throws(() => spawn('ls', [], { stdio: ['pipe', fd, 'pipe'] }), (err) => {
    assert.strictEqual(err.code, 'EBADF');
    assert.strictEqual(err.errno, os.constants.errno.EBADF * -1);
    assert.strictEqual(err.syscall, 'spawn');
    assert.strictEqual(err.message, 'spawn EBADF');
    return true;
  });
}

function fdOpen(fd) {
  try {
    fs.fstatSync(fd);
    return true;
  } catch {
    return false;
  }
}

process.on('uncaughtException', mustNotCall());
