'use strict';
const assert = require('assert');
const os = require('os');

assert.strictEqual(os.EOL, '\n');
assert.strictEqual(os.devNull, '/dev/null');
assert.strictEqual(os.platform(), process.platform);
assert.strictEqual(os.arch(), process.arch);
assert.strictEqual(os.type(), 'Linux');
assert.strictEqual(os.endianness(), 'LE');
assert.match(os.release(), /^\d+\.\d+/);
assert.strictEqual(typeof os.version(), 'string');
assert.strictEqual(typeof os.machine(), 'string');
assert.ok(os.hostname().length > 0);
assert.ok(os.uptime() > 0);
assert.ok(os.totalmem() > os.freemem() && os.freemem() > 0);
assert.strictEqual(os.loadavg().length, 3);
assert.ok(os.availableParallelism() >= 1);
const cpus = os.cpus();
assert.ok(cpus.length >= 1);
assert.deepStrictEqual(Object.keys(cpus[0]), ['model', 'speed', 'times']);
assert.deepStrictEqual(Object.keys(cpus[0].times), ['user', 'nice', 'sys', 'idle', 'irq']);

const lo = os.networkInterfaces().lo;
assert.ok(Array.isArray(lo));
const v4 = lo.find((i) => i.family === 'IPv4');
assert.deepStrictEqual(v4, {
  address: '127.0.0.1', netmask: '255.0.0.0', family: 'IPv4', mac: '00:00:00:00:00:00',
  internal: true, cidr: '127.0.0.1/8',
});

const ui = os.userInfo();
assert.strictEqual(Object.getPrototypeOf(ui), null);
assert.deepStrictEqual(Object.keys(ui), ['uid', 'gid', 'username', 'homedir', 'shell']);
assert.strictEqual(ui.uid, process.getuid());
assert.strictEqual(typeof os.homedir(), 'string');

// tmpdir follows TMPDIR and drops a trailing slash.
const saved = process.env.TMPDIR;
process.env.TMPDIR = '/var/tmp/';
assert.strictEqual(os.tmpdir(), '/var/tmp');
if (saved === undefined) delete process.env.TMPDIR;
else process.env.TMPDIR = saved;

// Constants.
assert.strictEqual(os.constants.signals.SIGINT, 2);
assert.strictEqual(os.constants.signals.SIGTERM, 15);
assert.strictEqual(os.constants.errno.ENOENT, 2);
assert.strictEqual(os.constants.priority.PRIORITY_HIGHEST, -20);
assert.strictEqual(os.constants.dlopen.RTLD_NOW, 2);

// Priorities.
assert.strictEqual(typeof os.getPriority(), 'number');
assert.strictEqual(os.getPriority(), os.getPriority(0));
assert.throws(() => os.setPriority('x'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "priority" argument must be of type number. Received type string (\'x\')',
});
assert.throws(() => os.setPriority(0, 100), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "priority" is out of range. It must be >= -20 && <= 19. Received 100',
});
assert.throws(() => os.getPriority('x'), { code: 'ERR_INVALID_ARG_TYPE' });
