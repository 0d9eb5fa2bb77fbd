'use strict';
// process.setuid/setgid/seteuid/setegid/setgroups/initgroups: numbers or
// names, node's errors. Changing ids happens in a child process: as root it
// drops to nobody; otherwise the kernel's refusal comes back as node
// reports it (`EPERM, Operation not permitted`, errno positive).
const assert = require('assert');
const { spawnSync } = require('child_process');

for (const fn of ['setuid', 'setgid', 'seteuid', 'setegid']) {
  assert.throws(() => process[fn]({}), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "id" argument must be one of type number or string. Received an instance of Object',
  });
  assert.throws(() => process[fn](-1), { code: 'ERR_OUT_OF_RANGE' });
  assert.strictEqual(process[fn].length, 1);
}
assert.throws(() => process.setuid('no-such-user-lode'), {
  code: 'ERR_UNKNOWN_CREDENTIAL', message: 'User identifier does not exist: no-such-user-lode',
});
assert.throws(() => process.setegid('no-such-group-lode'), {
  code: 'ERR_UNKNOWN_CREDENTIAL', message: 'Group identifier does not exist: no-such-group-lode',
});
assert.throws(() => process.setgroups(1), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => process.setgroups([process.getgid(), 'no-such-group-lode']), {
  code: 'ERR_UNKNOWN_CREDENTIAL', message: 'Group identifier does not exist: no-such-group-lode',
});
assert.throws(() => process.initgroups({}, 0), { code: 'ERR_INVALID_ARG_TYPE' });
assert.strictEqual(process.initgroups.length, 2);

if (process.getuid() === 0) {
  const code = 'process.initgroups("nobody", 65534); process.setgid(65534); process.setuid("nobody");' +
    'console.log(process.getuid(), process.getgid(), process.getgroups().join());' +
    'try { process.setuid(0); } catch (e) { console.log(e.message, e.code, e.errno, e.syscall); }';
  const r = spawnSync(process.execPath, ['-e', code], { encoding: 'utf8' });
  assert.strictEqual(r.stderr, '');
  assert.strictEqual(r.stdout, '65534 65534 65534\nEPERM, Operation not permitted EPERM 1 setuid\n');
} else {
  assert.throws(() => process.setuid(0), (err) => {
    assert.strictEqual(err.message, 'EPERM, Operation not permitted');
    assert.deepStrictEqual([err.code, err.errno, err.syscall], ['EPERM', 1, 'setuid']);
    return true;
  });
}
