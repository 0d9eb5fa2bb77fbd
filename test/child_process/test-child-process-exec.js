'use strict';
// exec and execFile: the callback's (err, stdout, stderr), the error's
// fields, encodings (including 'buffer'), maxBuffer, timeout + killSignal,
// AbortSignal, and the util.promisify forms.
const assert = require('assert');
const util = require('util');
const { exec, execFile, ChildProcess } = require('child_process');
const { mustCall } = require('../common');

const node = process.execPath;

// Success: strings in utf8 by default.
{
  const child = exec('echo out; echo err >&2', mustCall((err, stdout, stderr) => {
    assert.strictEqual(err, null);
    assert.strictEqual(stdout, 'out\n');
    assert.strictEqual(stderr, 'err\n');
  }));
  assert.ok(child instanceof ChildProcess);
  assert.deepStrictEqual(child.spawnargs, ['/bin/sh', '-c', 'echo out; echo err >&2']);
}
execFile(node, ['-e', 'process.stdout.write("é")'], mustCall((err, stdout, stderr) => {
  assert.strictEqual(err, null);
  assert.strictEqual(stdout, 'é');
  assert.strictEqual(stderr, '');
}));
// execFile with only options, and with neither args nor options.
execFile('/bin/true', { env: { X: 'from env' } }, mustCall((err) => assert.strictEqual(err, null)));
execFile('true', mustCall((err, stdout) => {
  assert.strictEqual(err, null);
  assert.strictEqual(stdout, '');
}));
// execFile does no shell work; its shell option does.
execFile('echo', ['$HOME', '|', 'x'], mustCall((err, stdout) => assert.strictEqual(stdout, '$HOME | x\n')));
execFile('echo', ['$0'], { shell: true }, mustCall((err, stdout) => assert.strictEqual(stdout, '/bin/sh\n')));
// exec with a shell by path.
exec('echo $BASH_VERSION', { shell: '/bin/bash' }, mustCall((err, stdout) => assert.match(stdout, /^\d/)));
// cwd and env.
exec('pwd; echo $FOO', { cwd: '/', env: { FOO: 'bar' } }, mustCall((err, stdout) => {
  assert.strictEqual(stdout, '/\nbar\n');
}));

// A failing command: code, killed, signal, cmd; message with stderr.
exec('echo out; echo problem >&2; exit 2', mustCall((err, stdout, stderr) => {
  assert.ok(err instanceof Error);
  assert.strictEqual(err.message, 'Command failed: echo out; echo problem >&2; exit 2\nproblem\n');
  assert.strictEqual(err.code, 2);
  assert.strictEqual(err.killed, false);
  assert.strictEqual(err.signal, null);
  assert.strictEqual(err.cmd, 'echo out; echo problem >&2; exit 2');
  assert.deepStrictEqual(Object.keys(err), ['code', 'killed', 'signal', 'cmd']);
  assert.strictEqual(stdout, 'out\n');
  assert.strictEqual(stderr, 'problem\n');
}));
execFile('/bin/sh', ['-c', 'exit 5'], mustCall((err) => {
  assert.strictEqual(err.message, 'Command failed: /bin/sh -c exit 5\n');
  assert.strictEqual(err.cmd, '/bin/sh -c exit 5');
  assert.strictEqual(err.code, 5);
}));

// A child killed by a signal it sent itself.
exec('kill -9 $$', mustCall((err) => {
  assert.strictEqual(err.code, null);
  assert.strictEqual(err.signal, 'SIGKILL');
  assert.strictEqual(err.killed, false);
}));

// encoding: 'buffer' (and unknown encodings) give Buffers; others decode.
execFile('/bin/sh', ['-c', 'printf abc; printf e >&2'], { encoding: 'buffer' }, mustCall((err, stdout, stderr) => {
  assert.strictEqual(err, null);
  assert.ok(Buffer.isBuffer(stdout));
  assert.ok(Buffer.isBuffer(stderr));
  assert.strictEqual(stdout.toString(), 'abc');
  assert.strictEqual(stderr.toString(), 'e');
}));
exec('printf hi', { encoding: 'bogus' }, mustCall((err, stdout) => assert.deepStrictEqual(stdout, Buffer.from('hi'))));
exec('printf hi', { encoding: null }, mustCall((err, stdout) => assert.deepStrictEqual(stdout, Buffer.from('hi'))));
exec('printf hi', { encoding: 'hex' }, mustCall((err, stdout, stderr) => {
  assert.strictEqual(stdout, '6869');
  assert.strictEqual(stderr, '');
}));
exec('printf hi', { encoding: 'base64' }, mustCall((err, stdout) => assert.strictEqual(stdout, 'aGk=')));

// maxBuffer: what fits is kept, the child is killed, the error is
// ERR_CHILD_PROCESS_STDIO_MAXBUFFER.
{
  const child = exec('yes', { maxBuffer: 100 }, mustCall((err, stdout, stderr) => {
    assert.strictEqual(err.name, 'RangeError');
    assert.strictEqual(err.code, 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER');
    assert.strictEqual(err.message, 'stdout maxBuffer length exceeded');
    assert.strictEqual(err.cmd, 'yes');
    assert.strictEqual(stdout, 'y\n'.repeat(50));
    assert.strictEqual(stderr, '');
    assert.strictEqual(child.killed, true);
  }));
  // The child dies of the signal or of its closed stdout, whichever comes first.
  child.on('exit', mustCall());
}
exec('printf abcdef >&2', { maxBuffer: 3 }, mustCall((err, stdout, stderr) => {
  assert.strictEqual(err.message, 'stderr maxBuffer length exceeded');
  assert.strictEqual(stderr, 'abc');
}));
exec('yes', { maxBuffer: 10, encoding: 'buffer' }, mustCall((err, stdout) => {
  assert.strictEqual(err.code, 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER');
  assert.deepStrictEqual(stdout, Buffer.from('y\ny\ny\ny\ny\n'));
}));
// Counted in bytes, cut in characters (as Node does).
exec('printf "\\303\\251\\303\\251\\303\\251"', { maxBuffer: 3 }, mustCall((err, stdout) => {
  assert.strictEqual(err.code, 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER');
  assert.strictEqual(stdout, 'ééé');
}));
exec('printf "\\303\\251\\303\\251"', { maxBuffer: 3, encoding: 'buffer' }, mustCall((err, stdout) => {
  assert.deepStrictEqual(stdout, Buffer.from([0xc3, 0xa9, 0xc3]));
}));
exec('printf 12345', { maxBuffer: 5 }, mustCall((err, stdout) => {
  assert.strictEqual(err, null);
  assert.strictEqual(stdout, '12345');
}));
exec('yes | head -c 3000000', { maxBuffer: Infinity }, mustCall((err, stdout) => {
  assert.strictEqual(err, null);
  assert.strictEqual(stdout.length, 3000000);
}));

// timeout and killSignal.
exec('sleep 10', { timeout: 100 }, mustCall((err, stdout, stderr) => {
  assert.strictEqual(err.message, 'Command failed: sleep 10\n');
  assert.strictEqual(err.code, null);
  assert.strictEqual(err.killed, true);
  assert.strictEqual(err.signal, 'SIGTERM');
  assert.strictEqual(err.cmd, 'sleep 10');
}));
execFile('sleep', ['10'], { timeout: 100, killSignal: 'SIGKILL' }, mustCall((err) => {
  assert.strictEqual(err.killed, true);
  assert.strictEqual(err.signal, 'SIGKILL');
  assert.strictEqual(err.cmd, 'sleep 10');
}));

// AbortSignal.
{
  const ac = new AbortController();
  exec('sleep 10', { signal: ac.signal }, mustCall((err) => {
    assert.strictEqual(err.name, 'AbortError');
    assert.strictEqual(err.code, 'ABORT_ERR');
    assert.strictEqual(err.cmd, 'sleep 10');
  }));
  setTimeout(() => ac.abort(), 50);
}

// A missing command through execFile: the spawn error, with cmd.
execFile('lode-no-such-command', ['a', 'b'], mustCall((err, stdout, stderr) => {
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(err.errno, -2);
  assert.strictEqual(err.syscall, 'spawn lode-no-such-command');
  assert.strictEqual(err.path, 'lode-no-such-command');
  assert.deepStrictEqual(err.spawnargs, ['a', 'b']);
  assert.strictEqual(err.cmd, 'lode-no-such-command a b');
  assert.strictEqual(err.message, 'spawn lode-no-such-command ENOENT');
  assert.strictEqual(stdout, '');
  assert.strictEqual(stderr, '');
}));
// Through exec, the shell reports it.
exec('lode-no-such-command', mustCall((err, stdout, stderr) => {
  assert.strictEqual(err.code, 127);
  assert.match(stderr, /not found/);
}));

// util.promisify forms.
{
  const execP = util.promisify(exec);
  const execFileP = util.promisify(execFile);
  assert.strictEqual(execP, exec[util.promisify.custom]);
  const p = execP('echo promised');
  assert.ok(p.child instanceof ChildProcess);
  p.then(mustCall((r) => assert.deepStrictEqual(r, { stdout: 'promised\n', stderr: '' })));
  execP('echo o; echo e >&2; exit 3').catch(mustCall((err) => {
    assert.strictEqual(err.code, 3);
    assert.strictEqual(err.stdout, 'o\n');
    assert.strictEqual(err.stderr, 'e\n');
    assert.deepStrictEqual(Object.keys(err), ['code', 'killed', 'signal', 'cmd', 'stdout', 'stderr']);
  }));
  execFileP('/bin/echo', ['q'], { encoding: 'buffer' }).then(mustCall((r) => {
    assert.deepStrictEqual(r, { stdout: Buffer.from('q\n'), stderr: Buffer.alloc(0) });
  }));
  execFileP('lode-no-such-command').catch(mustCall((err) => {
    assert.strictEqual(err.code, 'ENOENT');
    assert.strictEqual(err.stdout, '');
  }));
}

// Bad arguments.
assert.throws(() => exec(5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "command" argument must be of type string. Received type number (5)',
});
assert.throws(() => exec('ls', {}, 5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "callback" argument must be of type function. Received type number (5)',
});
assert.throws(() => execFile('ls', 5), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => execFile('ls', [], { maxBuffer: -1 }), {
  name: 'RangeError',
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "options.maxBuffer" is out of range. It must be a positive number. Received -1',
});
assert.throws(() => execFile('ls', [], { timeout: 'x' }), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => execFile('ls', [], { killSignal: 'x' }), { code: 'ERR_UNKNOWN_SIGNAL' });
assert.throws(() => execFile('ls', [], { argv0: 1 }), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => exec('a\0b'), { code: 'ERR_INVALID_ARG_VALUE' });
