'use strict';
// readdir with recursive: true in the sync, callback and promise forms, with
// names and with Dirents, in Node's order (the promise form walks last
// directory first), following symbolic links to directories for names only.
const assert = require('assert');
const fs = require('fs');
const fsp = require('fs/promises');
const os = require('os');
const path = require('path');
const { mustCall } = require('../common');

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'lode-rd-'));
process.on('exit', () => fs.rmSync(root, { recursive: true, force: true }));
const base = path.join(root, 'rd');
for (const d of ['a/b/c', 'd/e', 'f']) fs.mkdirSync(path.join(base, d), { recursive: true });
for (const f of ['x', 'a/y', 'a/b/z', 'd/e/w', 'a/b/c/q']) fs.writeFileSync(path.join(base, f), f);
fs.symlinkSync(path.join(base, 'a'), path.join(base, 'lnk'));
fs.symlinkSync(path.join(root, 'missing'), path.join(base, 'dangling'));

const sortedNames = (list) => list.map(String).sort();

// Breadth first: the synchronous and callback forms.
const fifoNames = ['a', 'd', 'dangling', 'f', 'lnk', 'x', 'a/b', 'a/y', 'd/e', 'lnk/b', 'lnk/y',
  'a/b/c', 'a/b/z', 'd/e/w', 'lnk/b/c', 'lnk/b/z', 'a/b/c/q', 'lnk/b/c/q'];
// The promise form: a stack of directories.
const lifoNames = ['a', 'd', 'dangling', 'f', 'lnk', 'x', 'lnk/b', 'lnk/y', 'lnk/b/c', 'lnk/b/z',
  'lnk/b/c/q', 'd/e', 'd/e/w', 'a/b', 'a/y', 'a/b/c', 'a/b/z', 'a/b/c/q'];
// Dirents do not enter the link.
const fifoDirents = [['', 'a'], ['', 'd'], ['', 'dangling'], ['', 'f'], ['', 'lnk'], ['', 'x'],
  ['a', 'b'], ['a', 'y'], ['d', 'e'], ['a/b', 'c'], ['a/b', 'z'], ['d/e', 'w'], ['a/b/c', 'q']];
const lifoDirents = [['', 'a'], ['', 'd'], ['', 'dangling'], ['', 'f'], ['', 'lnk'], ['', 'x'],
  ['d', 'e'], ['d/e', 'w'], ['a', 'b'], ['a', 'y'], ['a/b', 'c'], ['a/b', 'z'], ['a/b/c', 'q']];

// Directory order within one directory is the file system's: compare each
// level's entries as sets, and the order of levels exactly.
function checkOrder(actual, expected) {
  assert.deepStrictEqual(sortedNames(actual), [...expected].sort());
  const groupOf = (name) => path.dirname(name);
  const groups = (list) => list.map(groupOf).filter((g, i, all) => i === 0 || all[i - 1] !== g);
  assert.deepStrictEqual(groups(actual), groups(expected));
}

function direntPairs(list, from) {
  return list.map((d) => {
    assert.ok(d instanceof fs.Dirent);
    assert.strictEqual(d.path, d.parentPath);
    const rel = d.parentPath === from ? '' : path.relative(base, d.parentPath);
    return `${rel}/${d.name}`;
  });
}
function checkDirents(list, expected, from = base) {
  const want = expected.map(([p, n]) => `${p}/${n}`);
  assert.deepStrictEqual([...direntPairs(list, from)].sort(), [...want].sort());
  const groups = (l) => l.map((x) => x.slice(0, x.lastIndexOf('/')))
    .filter((g, i, all) => i === 0 || all[i - 1] !== g);
  assert.deepStrictEqual(groups(direntPairs(list, from)), groups(want));
  const c = list.find((d) => d.name === 'c');
  assert.strictEqual(c.isDirectory(), true);
  assert.strictEqual(list.find((d) => d.name === 'lnk').isSymbolicLink(), true);
  assert.strictEqual(list.find((d) => d.name === 'q').isFile(), true);
}

checkOrder(fs.readdirSync(base, { recursive: true }), fifoNames);
checkDirents(fs.readdirSync(base, { recursive: true, withFileTypes: true }), fifoDirents);
// The root entries' parentPath is the path as given.
const given = `${base}${path.sep}`;
const top = fs.readdirSync(given, { recursive: true, withFileTypes: true });
assert.strictEqual(top.find((d) => d.name === 'x').parentPath, given);
assert.strictEqual(top.find((d) => d.name === 'q').parentPath, path.join(base, 'a/b/c'));
// Encodings apply to the names.
assert.deepStrictEqual(fs.readdirSync(path.join(base, 'a/b/c'), { encoding: 'hex' }),
  [Buffer.from('q').toString('hex')]);
assert.throws(() => fs.readdirSync(base, { recursive: 1 }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.recursive" property must be of type boolean. Received type number (1)',
});
assert.throws(() => fs.readdirSync(path.join(root, 'nope'), { recursive: true }), {
  code: 'ENOENT', syscall: 'scandir',
});
assert.throws(() => fs.readdirSync(path.join(base, 'x'), { recursive: true }), { code: 'ENOTDIR' });

// Callback form: same order as the synchronous one (Node 20 calls back
// synchronously here; lode does the walk on the thread pool).
fs.readdir(base, { recursive: true }, mustCall((err, names) => {
  assert.ifError(err);
  checkOrder(names, fifoNames);
  fs.readdir(base, { recursive: true, withFileTypes: true }, mustCall((err2, dirents) => {
    assert.ifError(err2);
    checkDirents(dirents, fifoDirents);
  }));
}));
// lode reports the error to the callback; Node 20 throws it.
const onMissing = mustCall((err) => {
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(err.message, `ENOENT: no such file or directory, scandir '${path.join(root, 'nope')}'`);
});
try {
  fs.readdir(path.join(root, 'nope'), { recursive: true }, onMissing);
} catch (err) {
  onMissing(err);
}
fs.readdir(path.join(base, 'a/b/c'), { recursive: true }, mustCall((err, names) => {
  assert.ifError(err);
  assert.deepStrictEqual(names, ['q']);
}));

// Promise form.
(async () => {
  checkOrder(await fsp.readdir(base, { recursive: true }), lifoNames);
  checkDirents(await fsp.readdir(base, { recursive: true, withFileTypes: true }), lifoDirents);
  assert.deepStrictEqual(sortedNames(await fsp.readdir(path.join(base, 'd'), { recursive: true })),
    ['e', 'e/w']);
  await assert.rejects(fsp.readdir(path.join(root, 'nope'), { recursive: true }), { code: 'ENOENT' });
  checkOrder(await fsp.readdir(base, { recursive: 'yes' }), lifoNames);
  // Not recursive: unchanged.
  assert.deepStrictEqual(sortedNames(await fsp.readdir(base)), ['a', 'd', 'dangling', 'f', 'lnk', 'x']);
})().then(mustCall());

// opendir with recursive: the same Dirents, breadth first.
const d = fs.opendirSync(base, { recursive: true });
const fromDir = [];
for (let e = d.readSync(); e !== null; e = d.readSync()) fromDir.push(e);
d.closeSync();
checkDirents(fromDir, fifoDirents);
assert.throws(() => fs.opendirSync(base, 5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options" argument must be one of type string or object. Received type number (5)',
});
fsp.opendir(base, { recursive: true }).then(mustCall(async (dir) => {
  const all = [];
  for await (const e of dir) all.push(e);
  checkDirents(all, fifoDirents);
}));
