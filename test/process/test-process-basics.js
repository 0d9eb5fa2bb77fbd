'use strict';
const assert = require('assert');
const path = require('path');

// Identity and platform.
assert.strictEqual(process.platform, 'linux');
assert.ok(['x64', 'arm64'].includes(process.arch));
assert.match(process.version, /^v20\.\d+\.\d+$/);
assert.strictEqual(process.versions.node, process.version.slice(1));
assert.strictEqual(typeof process.versions.uv, 'string');
// The libraries behind crypto, dns and Intl report their versions, as in Node.
for (const lib of ['uv', 'openssl', 'ares', 'icu', 'unicode', 'zlib', 'brotli']) {
  assert.match(process.versions[lib], /^\d+\.\d+(\.\d+)?/, lib);
}
assert.strictEqual(process.release.name, 'node');
assert.strictEqual(typeof process.pid, 'number');
assert.strictEqual(typeof process.ppid, 'number');
assert.ok(path.isAbsolute(process.execPath));
assert.strictEqual(process.argv[0], process.execPath);
assert.strictEqual(process.argv[1], __filename);
assert.ok(Array.isArray(process.execArgv));
assert.strictEqual(typeof process.argv0, 'string');
assert.strictEqual(typeof process.title, 'string');
assert.strictEqual(Object.getPrototypeOf(process).constructor.name, 'process');
assert.ok(process instanceof require('events'));
assert.strictEqual(globalThis.process, process);
assert.strictEqual(require('process'), process);
assert.strictEqual(require('node:process'), process);

// env: live, coerced to strings, deletable, enumerable.
process.env.LODE_TEST_VAR = 42;
assert.strictEqual(process.env.LODE_TEST_VAR, '42');
assert.ok('LODE_TEST_VAR' in process.env);
assert.ok(Object.keys(process.env).includes('LODE_TEST_VAR'));
process.env.LODE_TEST_VAR = undefined;
assert.strictEqual(process.env.LODE_TEST_VAR, 'undefined');
delete process.env.LODE_TEST_VAR;
assert.strictEqual(process.env.LODE_TEST_VAR, undefined);
assert.ok(!('LODE_TEST_VAR' in process.env));
assert.strictEqual(delete process.env.NEVER_SET_LODE, true);
assert.strictEqual(typeof process.env.PATH, 'string');
assert.throws(() => { process.env.X = Symbol('s'); }, TypeError);
// Values read are kept; every way of changing a variable is seen after.
process.env.LODE_TEST_VAR2 = 'one';
assert.strictEqual(process.env.LODE_TEST_VAR2, 'one');
process.env.LODE_TEST_VAR2 = 'two';
assert.strictEqual(process.env.LODE_TEST_VAR2, 'two');
Object.defineProperty(process.env, 'LODE_TEST_VAR2', { value: 3, configurable: true, writable: true, enumerable: true });
assert.strictEqual(process.env.LODE_TEST_VAR2, '3');
assert.strictEqual(require('child_process').execSync('echo $LODE_TEST_VAR2', { encoding: 'utf8' }), '3\n');
delete process.env.LODE_TEST_VAR2;
assert.strictEqual(process.env.LODE_TEST_VAR2, undefined);
assert.ok(!Object.keys(process.env).includes('LODE_TEST_VAR2'));
// A name read while unset (kept as missing), then set, deleted and set again.
for (const how of ['assign', 'define']) {
  const name = `LODE_TEST_MISSING_${how}`;
  assert.strictEqual(process.env[name], undefined);
  assert.strictEqual(name in process.env, false);
  if (how === 'assign') process.env[name] = 'now';
  else Object.defineProperty(process.env, name, { value: 'now', configurable: true, writable: true, enumerable: true });
  assert.strictEqual(process.env[name], 'now');
  assert.strictEqual(name in process.env, true);
  delete process.env[name];
  assert.strictEqual(process.env[name], undefined);
  process.env[name] = 'again';
  assert.strictEqual(process.env[name], 'again');
  assert.strictEqual(require('child_process').execSync(`echo $${name}`, { encoding: 'utf8' }), 'again\n');
}
// Many different unset names read, then one of them set.
for (let i = 0; i < 2000; i++) assert.strictEqual(process.env[`LODE_UNSET_${i}`], undefined);
process.env.LODE_UNSET_7 = 'x';
process.env.LODE_UNSET_1999 = 'y';
assert.strictEqual(process.env.LODE_UNSET_7, 'x');
assert.strictEqual(process.env.LODE_UNSET_1999, 'y');
assert.strictEqual(process.env.LODE_UNSET_8, undefined);
// A name with '=' is not set (node ignores it too).
process.env['LODE=X'] = 'v';
assert.strictEqual(process.env['LODE=X'], undefined);
// Only a plain data descriptor, as an assignment makes (node's errors).
for (const [desc, message] of [
  [{ value: 1 }, "'process.env' only accepts a configurable, writable, and enumerable data descriptor"],
  [{ configurable: true, writable: true, enumerable: true }, "'process.env' only accepts a configurable, writable, and enumerable data descriptor"],
  [{ get() { return 1; }, configurable: true, enumerable: true }, "'process.env' does not accept an accessor(getter/setter) descriptor"],
]) {
  assert.throws(() => Object.defineProperty(process.env, 'LODE_TEST_VAR3', desc), {
    name: 'TypeError', code: 'ERR_INVALID_OBJECT_DEFINE_PROPERTY', message,
  });
}
assert.strictEqual(process.env.LODE_TEST_VAR3, undefined);
// os.homedir follows HOME.
const home = process.env.HOME;
process.env.HOME = '/lode/home';
assert.strictEqual(require('os').homedir(), '/lode/home');
process.env.HOME = home;
assert.strictEqual(require('os').homedir(), home);

// cwd / chdir.
const cwd = process.cwd();
assert.ok(path.isAbsolute(cwd));
process.chdir('..');
assert.strictEqual(process.cwd(), path.dirname(cwd));
assert.strictEqual(path.resolve('x'), path.join(path.dirname(cwd), 'x'));
process.chdir(cwd);
assert.strictEqual(process.cwd(), cwd);
assert.strictEqual(path.resolve('x'), path.join(cwd, 'x'));
assert.throws(() => process.chdir('/definitely/not/here'), {
  code: 'ENOENT',
  syscall: 'chdir',
  path: cwd,
  dest: '/definitely/not/here',
  message: `ENOENT: no such file or directory, chdir '${cwd}' -> '/definitely/not/here'`,
});
assert.strictEqual(process.cwd(), cwd); // a failed chdir changes nothing
assert.throws(() => process.chdir(5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "directory" argument must be of type string. Received type number (5)',
});

// umask.
const old = process.umask(0o22);
assert.strictEqual(process.umask(), 0o22);
assert.strictEqual(process.umask('0027'), 0o22);
assert.strictEqual(process.umask(old), 0o27);
assert.throws(() => process.umask('8'), { code: 'ERR_INVALID_ARG_VALUE' });

// hrtime.
const t0 = process.hrtime();
assert.strictEqual(t0.length, 2);
const d = process.hrtime(t0);
assert.ok(d[0] >= 0 && d[1] >= 0 && d[1] < 1e9);
assert.throws(() => process.hrtime(1), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => process.hrtime([1]), { code: 'ERR_OUT_OF_RANGE' });
const b0 = process.hrtime.bigint();
assert.strictEqual(typeof b0, 'bigint');
assert.ok(process.hrtime.bigint() >= b0);
// The same clock as hrtime(), in nanoseconds.
const h0 = process.hrtime();
const b1 = process.hrtime.bigint();
const h1 = process.hrtime();
assert.ok(b1 >= BigInt(h0[0]) * 1000000000n + BigInt(h0[1]));
assert.ok(b1 <= BigInt(h1[0]) * 1000000000n + BigInt(h1[1]));
assert.ok(process.uptime() > 0 && process.uptime() < 1000);

// Resource usage.
const mu = process.memoryUsage();
for (const k of ['rss', 'heapTotal', 'heapUsed', 'external', 'arrayBuffers']) assert.strictEqual(typeof mu[k], 'number');
assert.ok(process.memoryUsage.rss() > 1e6);
const cpu = process.cpuUsage();
assert.ok(cpu.user >= 0 && cpu.system >= 0);
const cd = process.cpuUsage(cpu);
assert.ok(cd.user >= 0);
assert.throws(() => process.cpuUsage({ user: 'x', system: 1 }), { code: 'ERR_INVALID_ARG_TYPE' });
const ru = process.resourceUsage();
assert.strictEqual(typeof ru.maxRSS, 'number');
assert.strictEqual(typeof ru.voluntaryContextSwitches, 'number');
assert.deepStrictEqual(Object.keys(ru), ['userCPUTime', 'systemCPUTime', 'maxRSS', 'sharedMemorySize',
  'unsharedDataSize', 'unsharedStackSize', 'minorPageFault', 'majorPageFault', 'swappedOut', 'fsRead',
  'fsWrite', 'ipcSent', 'ipcReceived', 'signalsCount', 'voluntaryContextSwitches',
  'involuntaryContextSwitches']);
// Each field is the right one: CPU times in microseconds, at least what
// cpuUsage saw before; maxRSS in kB, at least the current RSS.
assert.ok(ru.userCPUTime >= cpu.user && ru.systemCPUTime >= cpu.system);
assert.ok(ru.maxRSS * 1024 >= process.memoryUsage.rss() * 0.9, `${ru.maxRSS}`);
assert.ok(ru.minorPageFault > 100 && ru.majorPageFault >= 0 && ru.sharedMemorySize === 0);

// ids.
assert.strictEqual(typeof process.getuid(), 'number');
assert.strictEqual(typeof process.geteuid(), 'number');
assert.strictEqual(typeof process.getgid(), 'number');
assert.strictEqual(typeof process.getegid(), 'number');
assert.ok(process.getgroups().includes(process.getegid()));

// kill: signal 0 checks existence; bad signals throw.
assert.strictEqual(process.kill(process.pid, 0), true);
assert.throws(() => process.kill(process.pid, 'SIGNOPE'), { code: 'ERR_UNKNOWN_SIGNAL', message: 'Unknown signal: SIGNOPE' });
assert.throws(() => process.kill('abc'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => process.kill(2 ** 22 + 12345, 0), { code: 'ESRCH', syscall: 'kill' });

// exitCode validation.
assert.throws(() => { process.exitCode = 'x'; }, {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "code" argument must be of type number. Received type string (\'x\')',
});
process.exitCode = 0;
assert.strictEqual(process.exitCode, 0);

// kill's signal argument: falsy means SIGTERM, any integer goes to kill(2),
// anything else is ERR_UNKNOWN_SIGNAL formatted with inspect.
const noPid = 2 ** 22 + 12345;
for (const sig of [null, '', false, NaN, undefined, 9999, 'SIGTERM', 0]) {
  assert.throws(() => process.kill(noPid, sig), { code: 'ESRCH', message: 'kill ESRCH' });
}
assert.throws(() => process.kill(noPid, {}), { code: 'ERR_UNKNOWN_SIGNAL', message: 'Unknown signal: {}' });
assert.throws(() => process.kill(noPid, [1]), { message: 'Unknown signal: [ 1 ]' });
assert.throws(() => process.kill(noPid, 1.5), { message: 'Unknown signal: 1.5' });
assert.throws(() => process.kill(process.pid, 9999), { code: 'EINVAL', syscall: 'kill' });
