'use strict';
// process.allowedNodeEnvironmentFlags: the options lode takes in
// NODE_OPTIONS, as a read-only Set whose has() takes a flag the way node's
// does. Every flag listed is checked by starting lode with it.
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');

const flags = process.allowedNodeEnvironmentFlags;
assert.strictEqual(flags.constructor.name, 'NodeEnvironmentFlagsSet');
assert.ok(flags instanceof Set);
assert.ok(Object.isFrozen(flags));
assert.strictEqual(process.allowedNodeEnvironmentFlags, flags);
assert.strictEqual(flags.add('--x'), flags);
assert.strictEqual(flags.has('--x'), false);
assert.strictEqual(flags.delete('--require'), false);
const size = flags.size;
flags.clear();
assert.strictEqual(flags.size, size);

for (const f of ['--require', 'require', '-r', 'r', 'max_old_space_size', '--max-old-space-size=100', '--no-warnings',
  '--experimental-vm-modules', '--experimental-anything']) {
  assert.strictEqual(flags.has(f), true, f);
}
for (const f of ['--eval', '-e', '--print', '--interactive', '--expose-internals', '', 'x', 1, undefined]) {
  assert.strictEqual(flags.has(f), false, String(f));
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lode-env-flags-'));
fs.writeFileSync(path.join(dir, 'pre.js'), '');
fs.writeFileSync(path.join(dir, 'pre.mjs'), '');
const values = {
  '--require': ` ${path.join(dir, 'pre.js')}`, '-r': ` ${path.join(dir, 'pre.js')}`,
  '--import': `=${path.join(dir, 'pre.mjs')}`, '--unhandled-rejections': '=warn', '--max-http-header-size': '=1000',
  '--input-type': '=commonjs', '--title': '=t', '--conditions': '=c', '-C': ' c', '--stack-trace-limit': '=10',
  '--max-old-space-size': '=100', '--disable-warning': '=DEP0025', '--experimental-default-type': '=commonjs',
  '--dns-result-order': '=ipv4first',
};
for (const f of flags) {
  const r = spawnSync(process.execPath, ['-e', '0'], {
    env: { ...process.env, NODE_OPTIONS: f + (values[f] ?? '') }, encoding: 'utf8',
  });
  assert.strictEqual(r.status, 0, `NODE_OPTIONS=${f}: ${r.stderr}`);
}
const refused = spawnSync(process.execPath, ['-e', '0'], { env: { ...process.env, NODE_OPTIONS: '--eval=1' }, encoding: 'utf8' });
assert.strictEqual(refused.status, 9);
fs.rmSync(dir, { recursive: true, force: true });
