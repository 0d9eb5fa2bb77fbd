'use strict';
// fs.watchFile / unwatchFile: Stats of the current and previous state.
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { mustCall } = require('../common');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lode-wf-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const file = path.join(dir, 'f.txt');
fs.writeFileSync(file, 'a');

const listener = mustCall((curr, prev) => {
  assert.ok(curr instanceof fs.Stats);
  assert.ok(prev instanceof fs.Stats);
  assert.strictEqual(curr.size, 3);
  assert.strictEqual(prev.size, 1);
  fs.unwatchFile(file, listener);
});
const w = fs.watchFile(file, { interval: 20 }, listener);
assert.strictEqual(w.constructor.name, 'StatWatcher');
// The same watcher serves every listener of a path.
const other = () => {};
assert.strictEqual(fs.watchFile(file, { interval: 20 }, other), w);
fs.unwatchFile(file, other);
// Files change by a rename into place, so that a poll never sees one
// created or truncated but not yet written.
const replace = (target, text) => {
  fs.writeFileSync(`${target}.tmp`, text);
  fs.renameSync(`${target}.tmp`, target);
};
setTimeout(() => replace(file, 'abc'), 100);

// A file that does not exist yet reports all-zero stats until it appears.
const later = path.join(dir, 'later.txt');
const appeared = mustCall();
fs.watchFile(later, { interval: 20 }, (curr, prev) => {
  if (curr.size !== 2) {
    assert.strictEqual(curr.mtimeMs, 0); // the missing file
    return;
  }
  assert.strictEqual(prev.mtimeMs, 0);
  fs.unwatchFile(later);
  appeared();
});
setTimeout(() => replace(later, 'hi'), 100);

assert.throws(() => fs.watchFile(file), { code: 'ERR_INVALID_ARG_TYPE' });
fs.unwatchFile(path.join(dir, 'never-watched'));
