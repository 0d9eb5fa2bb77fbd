'use strict';
// --expose-gc (command line or NODE_OPTIONS) gives globalThis.gc().
const assert = require('assert');
const { spawnSync } = require('child_process');

const show = 'console.log(typeof gc, gc === undefined ? "" : String(gc()), Object.keys(globalThis).includes("gc"))';
assert.strictEqual(spawnSync(process.execPath, ['--expose-gc', '-e', show], { encoding: 'utf8' }).stdout,
  'function undefined true\n');
assert.strictEqual(spawnSync(process.execPath, ['-e', 'console.log(typeof gc)'], {
  env: { ...process.env, NODE_OPTIONS: '--expose-gc' }, encoding: 'utf8',
}).stdout, 'function\n');
assert.strictEqual(typeof globalThis.gc, 'undefined');
