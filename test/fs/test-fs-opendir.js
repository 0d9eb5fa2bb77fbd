'use strict';
// fs.opendir / opendirSync and fs.Dir.
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { mustCall } = require('../common');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lode-od-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
fs.writeFileSync(path.join(dir, 'a'), '');
fs.mkdirSync(path.join(dir, 'b'));

const d = fs.opendirSync(dir);
assert.strictEqual(d.constructor.name, 'Dir');
assert.strictEqual(d.path, dir);
assert.deepStrictEqual(Object.keys(d), []);
const names = [];
for (let e = d.readSync(); e !== null; e = d.readSync()) {
  assert.ok(e instanceof fs.Dirent);
  names.push([e.name, e.isDirectory()]);
}
assert.deepStrictEqual(names.sort(), [['a', false], ['b', true]]);
d.closeSync();
assert.throws(() => d.readSync(), { code: 'ERR_DIR_CLOSED', message: 'Directory handle was closed' });
assert.throws(() => d.closeSync(), { code: 'ERR_DIR_CLOSED' });

fs.opendir(path.join(dir, 'nope'), mustCall((err) => {
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(err.syscall, 'opendir');
}));
assert.throws(() => fs.opendirSync(path.join(dir, 'nope')), { code: 'ENOENT', syscall: 'opendir' });

fs.opendir(dir, mustCall((err, d2) => {
  assert.ifError(err);
  d2.read(mustCall((err2, e) => {
    assert.ifError(err2);
    assert.ok(['a', 'b'].includes(e.name));
    d2.close(mustCall((err3) => assert.ifError(err3)));
  }));
}));

(async () => {
  const seen = [];
  for await (const e of await fs.promises.opendir(dir)) seen.push(e.name);
  assert.deepStrictEqual(seen.sort(), ['a', 'b']);
  const d3 = fs.opendirSync(dir);
  assert.ok((await d3.read()) !== null);
  await d3.close();
  await assert.rejects(d3.close(), { code: 'ERR_DIR_CLOSED' });
})().then(mustCall());
