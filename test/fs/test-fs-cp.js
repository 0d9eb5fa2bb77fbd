'use strict';
// fs.cp / cpSync / promises.cp.
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { mustCall } = require('../common');

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'lode-cp-'));
process.on('exit', () => fs.rmSync(root, { recursive: true, force: true }));
const src = path.join(root, 'src');
fs.mkdirSync(path.join(src, 'sub'), { recursive: true });
fs.writeFileSync(path.join(src, 'a'), 'a');
fs.writeFileSync(path.join(src, 'sub', 'b'), 'b');
fs.symlinkSync('a', path.join(src, 'link'));
const tree = (d) => fs.readdirSync(d, { recursive: true }).sort();

assert.throws(() => fs.cpSync(src, path.join(root, 'd1')), {
  name: 'SystemError', code: 'ERR_FS_EISDIR',
  message: `Path is a directory: cp returned EISDIR (${src} is a directory (not copied)) ${src}`,
});
fs.cpSync(src, path.join(root, 'd2'), { recursive: true });
assert.deepStrictEqual(tree(path.join(root, 'd2')), ['a', 'link', 'sub', path.join('sub', 'b')]);
// A relative link is copied pointing at the original's target.
assert.strictEqual(fs.readlinkSync(path.join(root, 'd2', 'link')), path.join(src, 'a'));
fs.cpSync(path.join(src, 'a'), path.join(root, 'one'));
assert.strictEqual(fs.readFileSync(path.join(root, 'one'), 'utf8'), 'a');
fs.writeFileSync(path.join(root, 'one'), 'changed');
fs.cpSync(path.join(src, 'a'), path.join(root, 'one'), { force: false });
assert.strictEqual(fs.readFileSync(path.join(root, 'one'), 'utf8'), 'changed');
assert.throws(() => fs.cpSync(path.join(src, 'a'), path.join(root, 'one'), { force: false, errorOnExist: true }), {
  code: 'ERR_FS_CP_EEXIST',
});
fs.cpSync(src, path.join(root, 'd3'), { recursive: true, filter: (s) => !s.endsWith('b') });
assert.deepStrictEqual(tree(path.join(root, 'd3')), ['a', 'link']);
assert.throws(() => fs.cpSync(path.join(root, 'nope'), path.join(root, 'x')), { code: 'ENOENT', syscall: 'lstat' });
assert.throws(() => fs.cpSync(src, path.join(src, 'sub', 'inner'), { recursive: true }), { code: 'ERR_FS_CP_EINVAL' });
assert.throws(() => fs.cpSync(src, path.join(root, 'x'), { filter: 5 }), { code: 'ERR_INVALID_ARG_TYPE' });

fs.cp(src, path.join(root, 'd4'), { recursive: true }, mustCall((err) => {
  assert.strictEqual(err, null);
  assert.deepStrictEqual(tree(path.join(root, 'd4')), ['a', 'link', 'sub', path.join('sub', 'b')]);
  fs.cp(src, path.join(root, 'd5'), mustCall((err2) => assert.strictEqual(err2.code, 'ERR_FS_EISDIR')));
}));
fs.promises.cp(path.join(src, 'sub'), path.join(root, 'd6'), { recursive: true }).then(mustCall(() => {
  assert.deepStrictEqual(tree(path.join(root, 'd6')), ['b']);
}));
