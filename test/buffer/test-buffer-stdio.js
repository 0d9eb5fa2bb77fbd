'use strict';
// Buffers through the standard streams: stdin delivers Buffer chunks, and
// stdout.write(buffer) writes exactly the view's bytes (pooled buffers and
// subarrays start inside a larger ArrayBuffer).
const assert = require('assert');
const { spawnSync } = require('child_process');

const r = spawnSync(process.execPath, ['-e',
  "process.stdin.on('data', (d) => process.stdout.write(String(Buffer.isBuffer(d)) + ' ' + d.toString('hex')))"],
{ input: 'hi', encoding: 'utf8' });
assert.strictEqual(r.status, 0);
assert.strictEqual(r.stdout, 'true 6869');

const w = spawnSync(process.execPath, ['-e',
  "Buffer.from('pool filler'); process.stdout.write(Buffer.from('abc')); " +
  "process.stdout.write(Buffer.from('hello world').subarray(6)); " +
  'process.stdout.write(new Uint8Array([65, 66, 67]).subarray(1))'],
{ encoding: 'utf8' });
assert.strictEqual(w.status, 0);
assert.strictEqual(w.stdout, 'abcworldBC');
