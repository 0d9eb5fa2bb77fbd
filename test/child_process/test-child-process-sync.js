'use strict';
// spawnSync, execSync and execFileSync: results (status, signal, output,
// pid, stdout, stderr), input, stdio, timeout + killSignal, maxBuffer,
// encodings, and the errors the throwing forms throw.
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync, execSync, execFileSync } = require('child_process');

const node = process.execPath;

if (process.argv[2] === 'stderr') {
  // Without a stdio option, execSync/execFileSync show the child's stderr
  // on ours and still return stdout.
  const out = process.argv[3] === 'exec' ?
    execSync('echo out; echo shown >&2', { encoding: 'utf8' }) :
    execFileSync('/bin/sh', ['-c', 'echo out; echo shown >&2'], { encoding: 'utf8' });
  assert.strictEqual(out, 'out\n');
  try {
    execSync('echo failing >&2; exit 1');
  } catch (err) {
    assert.strictEqual(err.status, 1);
  }
  return;
}

// The shape of a result.
{
  const r = spawnSync(node, ['-e', 'process.stdout.write("hi"); process.stderr.write("er"); process.exit(3)']);
  assert.deepStrictEqual(Object.keys(r), ['status', 'signal', 'output', 'pid', 'stdout', 'stderr']);
  assert.strictEqual(r.status, 3);
  assert.strictEqual(r.signal, null);
  assert.ok(r.pid > 0);
  assert.deepStrictEqual(r.output, [null, Buffer.from('hi'), Buffer.from('er')]);
  assert.strictEqual(r.stdout, r.output[1]);
  assert.strictEqual(r.stderr, r.output[2]);
  assert.strictEqual(r.error, undefined);
}

// encoding decodes every output; 'buffer' keeps Buffers.
{
  const r = spawnSync('/bin/sh', ['-c', 'printf hé'], { encoding: 'utf8' });
  assert.deepStrictEqual(r.output, [null, 'hé', '']);
  assert.strictEqual(spawnSync('echo', ['x'], { encoding: 'hex' }).stdout, '780a');
  assert.deepStrictEqual(spawnSync('echo', ['x'], { encoding: 'buffer' }).stdout, Buffer.from('x\n'));
  assert.throws(() => spawnSync('echo', ['x'], { encoding: 'bogus' }), { code: 'ERR_UNKNOWN_ENCODING' });
}

// Arguments only, options only.
assert.strictEqual(spawnSync('echo', { encoding: 'utf8' }).stdout, '\n');
assert.strictEqual(spawnSync('pwd', { cwd: '/', encoding: 'utf8' }).stdout, '/\n');
assert.strictEqual(spawnSync('pwd', { cwd: Buffer.from('/'), encoding: 'utf8' }).stdout, '/\n');

// A signal ends the child: status null.
{
  const r = spawnSync('/bin/sh', ['-c', 'kill -9 $$']);
  assert.strictEqual(r.status, null);
  assert.strictEqual(r.signal, 'SIGKILL');
  assert.deepStrictEqual(r.output, [null, Buffer.alloc(0), Buffer.alloc(0)]);
}

// input: string (in the encoding), Buffer, any TypedArray, DataView.
assert.strictEqual(spawnSync('cat', { input: 'abc', encoding: 'utf8' }).stdout, 'abc');
assert.strictEqual(spawnSync('cat', { input: 'é', encoding: 'latin1' }).stdout, 'é');
assert.deepStrictEqual(spawnSync('cat', { input: 'é', encoding: 'latin1' }).output[1], 'é');
assert.strictEqual(spawnSync('cat', { input: Buffer.from('buf') }).stdout.toString(), 'buf');
assert.strictEqual(spawnSync('cat', { input: new Uint16Array([0x4241, 0x4443]) }).stdout.toString(), 'ABCD');
assert.deepStrictEqual(spawnSync('cat', { input: new DataView(new ArrayBuffer(3), 1) }).stdout, Buffer.alloc(2));
assert.strictEqual(spawnSync('cat', { input: '' }).stdout.length, 0);
{
  const big = Buffer.alloc(5 * 1024 * 1024, 'x');
  const r = spawnSync('cat', { input: big, maxBuffer: 10 * 1024 * 1024 });
  assert.strictEqual(r.status, 0);
  assert.ok(r.stdout.equals(big));
}
assert.throws(() => spawnSync('cat', { input: 12 }), {
  name: 'TypeError',
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.stdio[0]" property must be of type string or an instance of Buffer, ' +
           'TypedArray, or DataView. Received type number (12)',
});
// A child that does not read its input still finishes.
assert.strictEqual(spawnSync('true', { input: Buffer.alloc(1024 * 1024) }).status, 0);

// stdio: inherit and ignore leave no output; a short array is padded with
// pipes; more than three slots.
{
  const r = spawnSync('/bin/sh', ['-c', 'exit 0'], { stdio: 'inherit' });
  assert.deepStrictEqual(r.output, [null, null, null]);
  assert.strictEqual(r.stdout, null);
  assert.deepStrictEqual(spawnSync('echo', ['x'], { stdio: 'ignore' }).output, [null, null, null]);
  assert.deepStrictEqual(spawnSync('echo', ['x'], { stdio: ['pipe'] }).output,
    [null, Buffer.from('x\n'), Buffer.alloc(0)]);
  assert.deepStrictEqual(spawnSync('/bin/sh', ['-c', 'echo four >&3'], { stdio: ['pipe', 'pipe', 'pipe', 'pipe'] }).output,
    [null, Buffer.alloc(0), Buffer.alloc(0), Buffer.from('four\n')]);
  assert.deepStrictEqual(spawnSync('echo', ['x'], { stdio: ['pipe', 'ignore', 'pipe'] }).output,
    [null, null, Buffer.alloc(0)]);
}
// An fd and an fs stream as stdout.
{
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lode-cp-sync-'));
  const file = path.join(tmp, 'out.txt');
  const fd = fs.openSync(file, 'w');
  const r = spawnSync('echo', ['to fd'], { stdio: ['pipe', fd, 'pipe'] });
  assert.deepStrictEqual(r.output, [null, null, Buffer.alloc(0)]);
  fs.closeSync(fd);
  assert.strictEqual(fs.readFileSync(file, 'utf8'), 'to fd\n');
  fs.rmSync(tmp, { recursive: true });
}

// timeout kills with killSignal; the result carries ETIMEDOUT.
{
  const r = spawnSync('/bin/sh', ['-c', 'echo started; sleep 10'], { timeout: 200 });
  assert.strictEqual(r.error.code, 'ETIMEDOUT');
  assert.strictEqual(r.error.errno, -110);
  assert.strictEqual(r.error.message, 'spawnSync /bin/sh ETIMEDOUT');
  assert.strictEqual(r.error.syscall, 'spawnSync /bin/sh');
  assert.strictEqual(r.error.path, '/bin/sh');
  assert.deepStrictEqual(r.error.spawnargs, ['-c', 'echo started; sleep 10']);
  assert.strictEqual(r.status, null);
  assert.strictEqual(r.signal, 'SIGTERM');
  assert.strictEqual(r.stdout.toString(), 'started\n');
  assert.deepStrictEqual(Object.keys(r), ['error', 'status', 'signal', 'output', 'pid', 'stdout', 'stderr']);
}
assert.strictEqual(spawnSync('sleep', ['10'], { timeout: 100, killSignal: 'SIGKILL' }).signal, 'SIGKILL');
assert.strictEqual(spawnSync('sleep', ['10'], { timeout: 100, killSignal: 9 }).signal, 'SIGKILL');
assert.strictEqual(spawnSync('sleep', ['10'], { timeout: 100, killSignal: 'sigint' }).signal, 'SIGINT');
// A grandchild holding the pipes open does not outlive the timeout.
{
  const r = spawnSync('/bin/sh', ['-c', 'sleep 10 & echo bg'], { timeout: 300 });
  assert.strictEqual(r.error.code, 'ETIMEDOUT');
  assert.strictEqual(r.status, 0);
  assert.strictEqual(r.stdout.toString(), 'bg\n');
}

// maxBuffer counts every output pipe; going over kills the child.
{
  const r = spawnSync('/bin/sh', ['-c', 'echo 1234567890; sleep 0.2; echo abcdefghij >&2; sleep 10; echo never'],
    { maxBuffer: 15 });
  assert.strictEqual(r.error.code, 'ENOBUFS');
  assert.strictEqual(r.error.message, 'spawnSync /bin/sh ENOBUFS');
  assert.strictEqual(r.signal, 'SIGTERM');
  assert.strictEqual(r.status, null);
  assert.strictEqual(r.stdout.toString(), '1234567890\n');
  assert.strictEqual(r.stderr.toString(), 'abcdefghij\n');
}
assert.strictEqual(spawnSync('echo', ['x'], { maxBuffer: Infinity }).status, 0);
assert.strictEqual(spawnSync('/bin/sh', ['-c', 'yes | head -c 2000000']).error.code, 'ENOBUFS');
assert.strictEqual(spawnSync('/bin/sh', ['-c', 'yes | head -c 2000000'], { maxBuffer: 4e6 }).stdout.length, 2e6);
assert.throws(() => spawnSync('ls', [], { maxBuffer: 'x' }), {
  name: 'RangeError',
  message: 'The value of "options.maxBuffer" is out of range. It must be a positive number. Received \'x\'',
});
assert.throws(() => spawnSync('ls', [], { timeout: 1.5 }), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => spawnSync('ls', [], { killSignal: 'SIGNOPE' }), { code: 'ERR_UNKNOWN_SIGNAL' });

// shell, env, argv0.
assert.strictEqual(spawnSync('echo $0 "$1"', ['a b'], { shell: true, encoding: 'utf8' }).stdout, '/bin/sh  a b\n');
assert.strictEqual(spawnSync('/bin/sh', ['-c', 'echo "$A"'], { env: { A: 'x' }, encoding: 'utf8' }).stdout, 'x\n');
assert.strictEqual(spawnSync('/bin/sh', ['-c', 'echo $0'], { argv0: 'named', encoding: 'utf8' }).stdout, 'named\n');

// ---- execFileSync / execSync ----

assert.deepStrictEqual(execFileSync('echo', ['hi']), Buffer.from('hi\n'));
assert.strictEqual(execFileSync('echo', ['hi'], { encoding: 'utf8' }), 'hi\n');
assert.strictEqual(execFileSync('/bin/sh', ['-c', 'echo $0'], { argv0: 'zz', encoding: 'utf8' }), 'zz\n');
assert.strictEqual(execSync('echo $((6 * 7))', { encoding: 'utf8' }), '42\n');
assert.strictEqual(execSync('cat', { input: 'piped in', encoding: 'utf8' }), 'piped in');
assert.strictEqual(execSync(':', { stdio: 'inherit' }), null);

// A non-zero status: 'Command failed', the stderr in the message, and the
// result's fields on the error.
assert.throws(() => execFileSync('/bin/sh', ['-c', 'echo out; echo err >&2; exit 4'], { stdio: 'pipe' }), (err) => {
  assert.strictEqual(err.message, 'Command failed: /bin/sh -c echo out; echo err >&2; exit 4\nerr\n');
  assert.strictEqual(err.status, 4);
  assert.strictEqual(err.signal, null);
  assert.deepStrictEqual(err.stdout, Buffer.from('out\n'));
  assert.deepStrictEqual(err.stderr, Buffer.from('err\n'));
  assert.deepStrictEqual(err.output, [null, err.stdout, err.stderr]);
  assert.ok(err.pid > 0);
  assert.deepStrictEqual(Object.keys(err), ['status', 'signal', 'output', 'pid', 'stdout', 'stderr']);
  return true;
});
assert.throws(() => execFileSync('/bin/sh', ['-c', 'exit 1'], { argv0: 'zz', stdio: 'pipe' }),
  { message: 'Command failed: zz -c exit 1' });
assert.throws(() => execSync('echo o; echo e2 >&2; exit 5', { stdio: 'pipe', encoding: 'utf8' }), (err) => {
  assert.strictEqual(err.message, 'Command failed: echo o; echo e2 >&2; exit 5\ne2\n');
  assert.strictEqual(err.status, 5);
  assert.strictEqual(err.stdout, 'o\n');
  assert.strictEqual(err.stderr, 'e2\n');
  return true;
});
// Killed by a signal.
assert.throws(() => execSync('kill $$', { stdio: 'pipe' }), (err) => {
  assert.strictEqual(err.message, 'Command failed: kill $$');
  assert.strictEqual(err.status, null);
  assert.strictEqual(err.signal, 'SIGTERM');
  return true;
});
// A timeout: the ETIMEDOUT error, with the result's fields.
assert.throws(() => execSync('sleep 10', { timeout: 100 }), (err) => {
  assert.strictEqual(err.code, 'ETIMEDOUT');
  assert.strictEqual(err.message, 'spawnSync /bin/sh ETIMEDOUT');
  assert.strictEqual(err.error, err);
  assert.strictEqual(err.signal, 'SIGTERM');
  assert.strictEqual(err.status, null);
  assert.deepStrictEqual(err.spawnargs, ['-c', 'sleep 10']);
  return true;
});

// The default stdio shows the child's stderr on ours.
for (const how of ['exec', 'execFile']) {
  const r = spawnSync(node, [__filename, 'stderr', how], { encoding: 'utf8' });
  assert.strictEqual(r.status, 0, r.stderr);
  assert.strictEqual(r.stdout, '');
  assert.strictEqual(r.stderr, 'shown\nfailing\n');
}
