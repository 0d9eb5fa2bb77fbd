'use strict';
// process.sourceMapsEnabled / setSourceMapsEnabled and --enable-source-maps.
const assert = require('assert');
const { spawnSync } = require('child_process');

assert.strictEqual(process.sourceMapsEnabled, false);
const desc = Object.getOwnPropertyDescriptor(process, 'sourceMapsEnabled');
assert.strictEqual(typeof desc.get, 'function');
assert.strictEqual(desc.set, undefined);
process.setSourceMapsEnabled(true);
assert.strictEqual(process.sourceMapsEnabled, true);
process.setSourceMapsEnabled(false);
assert.strictEqual(process.sourceMapsEnabled, false);
assert.throws(() => process.setSourceMapsEnabled(1), { code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "val" argument must be of type boolean. Received type number (1)' });

const r = spawnSync(process.execPath, ['--enable-source-maps', '-e', 'console.log(process.sourceMapsEnabled)']);
assert.strictEqual(r.stdout.toString(), 'true\n');
