'use strict';
// fs.watch: change events with the file name, close, errors.
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { mustCall } = require('../common');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lode-watch-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));

const w = fs.watch(dir);
assert.strictEqual(w.constructor.name, 'FSWatcher');
assert.strictEqual(w.ref(), w);
w.on('change', mustCall((eventType, filename) => {
  assert.ok(eventType === 'rename' || eventType === 'change');
  assert.strictEqual(filename, 'x.txt');
  w.close();
  w.close(); // closing twice is harmless
}, 1));
w.on('close', mustCall());
// Give the watch a moment to be in place before the change.
setTimeout(() => fs.writeFileSync(path.join(dir, 'x.txt'), '1'), 20);

// A listener argument, and an unref'd watcher does not keep the process alive.
const w2 = fs.watch(dir, { persistent: false }, () => {});
assert.strictEqual(w2.listenerCount('change'), 1);

assert.throws(() => fs.watch(path.join(dir, 'nope')), (err) => {
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(err.syscall, 'watch');
  assert.strictEqual(err.filename, path.join(dir, 'nope'));
  assert.strictEqual(err.message, `ENOENT: no such file or directory, watch '${path.join(dir, 'nope')}'`);
  return true;
});
assert.throws(() => fs.watch(dir, { recursive: 1 }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.recursive" property must be of type boolean. Received type number (1)',
});
assert.throws(() => fs.watch(dir, { encoding: 5 }), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => fs.watch(5), { code: 'ERR_INVALID_ARG_TYPE' });
