'use strict';
// spawn's options: cwd (string, Buffer, URL), env, argv0, shell (true or a
// path, with the command joined by spaces), uid/gid, and Node's errors for
// bad values.
const assert = require('assert');
const os = require('os');
const { pathToFileURL } = require('url');
const { spawn } = require('child_process');
const { mustCall } = require('../common');

function run(file, args, options, check) {
  const child = spawn(file, args, options);
  let out = '';
  let err = '';
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (d) => { out += d; });
  child.stderr.on('data', (d) => { err += d; });
  child.on('close', mustCall((code, signal) => check(out, code, signal, err)));
  return child;
}

const tmp = os.tmpdir();
const realTmp = require('fs').realpathSync(tmp);

// cwd as a string or a file: URL (spawnSync takes a Buffer too).
for (const cwd of [tmp, pathToFileURL(tmp)]) {
  run('pwd', [], { cwd }, (out, code) => {
    assert.strictEqual(code, 0);
    assert.strictEqual(out.trim(), realTmp);
  });
}

// env replaces the environment; own and inherited enumerable keys count,
// undefined values are left out.
{
  const env = Object.create({ INHERITED: 'yes' });
  env.OWN = 'own value';
  env.GONE = undefined;
  env.PATH = process.env.PATH;
  run(process.execPath, ['-e', 'console.log(JSON.stringify(process.env))'], { env }, (out, code) => {
    assert.strictEqual(code, 0);
    const seen = JSON.parse(out);
    assert.strictEqual(seen.OWN, 'own value');
    assert.strictEqual(seen.INHERITED, 'yes');
    assert.strictEqual('GONE' in seen, false);
    assert.strictEqual(seen.HOME, undefined);
  });
}

// Without env the child gets process.env, including changes made to it.
process.env.LODE_CP_TEST_VAR = 'from the parent';
process.env.LODE_CP_DELETED = 'x';
delete process.env.LODE_CP_DELETED;
run('/bin/sh', ['-c', 'echo "$LODE_CP_TEST_VAR[${LODE_CP_DELETED-unset}]"'], {}, (out) => {
  assert.strictEqual(out, 'from the parent[unset]\n');
});

// argv0 is what the child sees as its name; spawnargs shows it.
{
  const child = run('/bin/sh', ['-c', 'echo "$0"'], { argv0: 'custom-name' }, (out) => {
    assert.strictEqual(out, 'custom-name\n');
  });
  assert.deepStrictEqual(child.spawnargs, ['custom-name', '-c', 'echo "$0"']);
  assert.strictEqual(child.spawnfile, '/bin/sh');
}

// shell: true runs /bin/sh -c with the command and its arguments joined by
// spaces, so the shell's syntax works: pipes, variables, quotes, &&, ||.
{
  const cmd = 'echo "a  b" $LODE_CP_TEST_VAR | tr a-z A-Z && echo \'single $quoted\' || echo never';
  const child = run(cmd, [], { shell: true }, (out, code) => {
    assert.strictEqual(code, 0);
    assert.strictEqual(out, 'A  B FROM THE PARENT\nsingle $quoted\n');
  });
  assert.strictEqual(child.spawnfile, '/bin/sh');
  assert.deepStrictEqual(child.spawnargs, ['/bin/sh', '-c', cmd]);
}
{
  const child = run('echo', ['$HOME', '"x  y"', ';', 'echo', 'second'], { shell: true }, (out) => {
    assert.strictEqual(out, `${process.env.HOME} x  y\nsecond\n`);
  });
  assert.deepStrictEqual(child.spawnargs, ['/bin/sh', '-c', 'echo $HOME "x  y" ; echo second']);
}
run('exit 3', [], { shell: true }, (out, code) => assert.strictEqual(code, 3));
// A shell by path, and argv0 with it.
{
  const child = run('echo $0; echo "$BASH_VERSION" | cut -c1', [], { shell: '/bin/bash', argv0: 'zz' }, (out) => {
    assert.match(out, /^zz\n\d\n$/);
  });
  assert.strictEqual(child.spawnfile, '/bin/bash');
  assert.deepStrictEqual(child.spawnargs, ['zz', '-c', 'echo $0; echo "$BASH_VERSION" | cut -c1']);
}

// Arguments that are not strings are passed as their string forms.
run('echo', [1, true, null], {}, (out) => assert.strictEqual(out, '1 true null\n'));

// uid/gid: our own ids always work.
if (typeof process.getuid === 'function') {
  run('id', ['-u'], { uid: process.getuid(), gid: process.getgid() }, (out, code) => {
    assert.strictEqual(code, 0);
    assert.strictEqual(out.trim(), String(process.getuid()));
  });
}

// detached: the child leads a new process group (and session).
run(process.execPath, ['-e', `
  const s = require('fs').readFileSync('/proc/self/stat', 'utf8');
  const f = s.slice(s.lastIndexOf(')') + 2).split(' ');
  console.log(JSON.stringify({ pid: process.pid, pgrp: +f[2], session: +f[3] }));`],
{ detached: true }, (out, code) => {
  assert.strictEqual(code, 0);
  const info = JSON.parse(out);
  assert.strictEqual(info.pgrp, info.pid);
  assert.strictEqual(info.session, info.pid);
});

// ---- bad arguments ----

const typeError = (message) => ({ name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE', message });
const valueError = (message) => ({ name: 'TypeError', code: 'ERR_INVALID_ARG_VALUE', message });

assert.throws(() => spawn(5), typeError('The "file" argument must be of type string. Received type number (5)'));
assert.throws(() => spawn(''), valueError("The argument 'file' cannot be empty. Received ''"));
assert.throws(() => spawn('a\0b'),
  valueError("The argument 'file' must be a string without null bytes. Received 'a\\x00b'"));
assert.throws(() => spawn('ls', 'x'),
  typeError('The "args" argument must be of type object. Received type string (\'x\')'));
assert.throws(() => spawn('ls', ['a\0']),
  valueError("The argument 'args[0]' must be a string without null bytes. Received 'a\\x00'"));
assert.throws(() => spawn('ls', [], 5),
  typeError('The "options" argument must be of type object. Received type number (5)'));
assert.throws(() => spawn('ls', [], null), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => spawn('ls', [], { cwd: 5 }),
  typeError('The "options.cwd" property must be of type string or an instance of Buffer or URL. ' +
            'Received type number (5)'));
assert.throws(() => spawn('ls', [], { detached: 1 }),
  typeError('The "options.detached" property must be of type boolean. Received type number (1)'));
assert.throws(() => spawn('ls', [], { uid: 'x' }),
  typeError('The "options.uid" property must be int32. Received type string (\'x\')'));
assert.throws(() => spawn('ls', [], { uid: 1.5 }), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => spawn('ls', [], { gid: 2 ** 31 }), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => spawn('ls', [], { shell: 5 }),
  typeError('The "options.shell" property must be one of type boolean or string. Received type number (5)'));
assert.throws(() => spawn('ls', [], { argv0: 5 }),
  typeError('The "options.argv0" property must be of type string. Received type number (5)'));
assert.throws(() => spawn('ls', [], { windowsHide: 1 }), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => spawn('ls', [], { env: { A: 'x\0' } }),
  valueError("The property 'options.env['A']' must be a string without null bytes. Received 'x\\x00'"));
assert.throws(() => spawn('ls', [], { timeout: -1 }), {
  name: 'RangeError',
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "timeout" is out of range. It must be an unsigned integer. Received -1',
});
assert.throws(() => spawn('ls', [], { timeout: 1.5 }), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => spawn('ls', [], { killSignal: 'FOO' }), {
  name: 'TypeError', code: 'ERR_UNKNOWN_SIGNAL', message: 'Unknown signal: FOO',
});
assert.throws(() => spawn('ls', [], { killSignal: {} }),
  typeError('The "options.killSignal" property must be one of type string or number. ' +
            'Received an instance of Object'));
assert.throws(() => spawn('ls', [], { signal: {} }), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => spawn('echo', [Symbol('s')]), TypeError);
