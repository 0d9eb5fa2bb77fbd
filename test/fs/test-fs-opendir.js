'use strict';
// fs.opendir / opendirSync and fs.Dir.
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');
const { mustCall, isLode } = require('../common');

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

// Entries come in the directory's own order (what `ls -U` shows), not
// sorted as readdir's, whatever the batch size.
const many = fs.mkdtempSync(path.join(os.tmpdir(), 'lode-od-many-'));
process.on('exit', () => fs.rmSync(many, { recursive: true, force: true }));
for (let i = 0; i < 150; i++) fs.writeFileSync(path.join(many, `f${(i * 7919) % 1000}`), '');
const readAll = (opts) => {
  const dd = fs.opendirSync(many, opts);
  const out = [];
  for (let e = dd.readSync(); e !== null; e = dd.readSync()) out.push(e.name);
  assert.strictEqual(dd.readSync(), null); // stays at the end
  dd.closeSync();
  return out;
};
const dirOrder = readAll();
assert.deepStrictEqual(dirOrder.slice().sort(), fs.readdirSync(many).sort());
assert.deepStrictEqual(readAll({ bufferSize: 1 }), dirOrder);
assert.deepStrictEqual(readAll({ bufferSize: 1000 }), dirOrder);
const ls = spawnSync('ls', ['-U', '-A', many], { encoding: 'utf8' });
if (ls.status === 0) {
  assert.deepStrictEqual(dirOrder, ls.stdout.split('\n').filter(Boolean));
} else {
  console.log('ls -U unavailable: directory order not compared');
}

// encoding: 'buffer' names are Buffers.
{
  const dd = fs.opendirSync(dir, { encoding: 'buffer' });
  const e = dd.readSync();
  assert.ok(Buffer.isBuffer(e.name));
  assert.ok(['a', 'b'].includes(e.name.toString()));
  dd.closeSync();
}

// One asynchronous operation at a time: reads and a close wait their turn,
// the synchronous calls refuse to run beside them.
{
  const dd = fs.opendirSync(many, { bufferSize: 4 });
  const got = [];
  dd.read(mustCall((err, e) => { assert.ifError(err); got.push(e.name); }));
  assert.throws(() => dd.readSync(), {
    code: 'ERR_DIR_CONCURRENT_OPERATION',
    message: 'Cannot do synchronous work on directory handle with concurrent asynchronous operations',
  });
  assert.throws(() => dd.closeSync(), { code: 'ERR_DIR_CONCURRENT_OPERATION' });
  for (let i = 0; i < 9; i++) dd.read(mustCall((err, e) => { assert.ifError(err); got.push(e.name); }));
  dd.close(mustCall((err) => {
    assert.ifError(err);
    assert.deepStrictEqual(got, dirOrder.slice(0, 10));
    assert.throws(() => dd.read(() => {}), { code: 'ERR_DIR_CLOSED' });
    assert.throws(() => dd.read(), { code: 'ERR_DIR_CLOSED' });
    dd.close(mustCall((err2) => assert.strictEqual(err2.code, 'ERR_DIR_CLOSED')));
  }));
}

// Bad arguments and errors as node gives them (its synchronous open error
// names no path).
{
  const dd = fs.opendirSync(dir);
  assert.throws(() => dd.read(5), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "callback" argument must be of type function. Received type number (5)',
  });
  assert.throws(() => dd.close(5), { code: 'ERR_INVALID_ARG_TYPE' });
  dd.closeSync();
  assert.throws(() => fs.opendirSync(dir, { bufferSize: 0 }), { code: 'ERR_OUT_OF_RANGE' });
  assert.throws(() => fs.opendirSync(path.join(dir, 'a')), {
    code: 'ENOTDIR', syscall: 'opendir', message: 'ENOTDIR: not a directory, opendir',
  });
  assert.throws(() => fs.opendir(dir), { code: 'ERR_INVALID_ARG_TYPE' });
  fs.opendir(path.join(dir, 'nope'), mustCall((err) => {
    assert.strictEqual(err.message, `ENOENT: no such file or directory, opendir '${path.join(dir, 'nope')}'`);
    assert.strictEqual(err.path, path.join(dir, 'nope'));
  }));
}

// A recursive walk lists every entry of a subdirectory, however many
// (node 20 stops at the first bufferSize of each one; later node lists all).
{
  const top = fs.mkdtempSync(path.join(os.tmpdir(), 'lode-od-rec-'));
  process.on('exit', () => fs.rmSync(top, { recursive: true, force: true }));
  fs.mkdirSync(path.join(top, 'sub'));
  for (let i = 0; i < 50; i++) fs.writeFileSync(path.join(top, 'sub', `g${i}`), '');
  const count = (opts) => {
    const dd = fs.opendirSync(top, opts);
    let n = 0;
    while (dd.readSync() !== null) n++;
    dd.closeSync();
    return n;
  };
  assert.strictEqual(count({ recursive: true, bufferSize: 64 }), 51);
  if (isLode) assert.strictEqual(count({ recursive: true }), 51);
  fs.promises.opendir(top, { recursive: true, bufferSize: 3 }).then(mustCall(async (dd) => {
    const seen = [];
    for await (const e of dd) seen.push(path.join(e.parentPath, e.name));
    if (isLode) assert.strictEqual(seen.length, 51);
    assert.strictEqual(seen[0], path.join(top, 'sub'));
  }));
}

// Dirent: the type stays out of keys and JSON, as in node; readdir's
// Dirents follow the encoding option too.
{
  const [first] = fs.readdirSync(dir, { withFileTypes: true });
  assert.deepStrictEqual(Object.keys(first), ['name', 'parentPath', 'path']);
  assert.deepStrictEqual(Object.keys(JSON.parse(JSON.stringify(first))), ['name', 'parentPath', 'path']);
  assert.match(require('util').inspect(new fs.Dirent('n', 1, '/p')),
    /^Dirent \{ name: 'n', parentPath: '\/p', path: '\/p', \[Symbol\(type\)\]: 1 \}$/);
  const bufs = fs.readdirSync(dir, { withFileTypes: true, encoding: 'buffer' });
  assert.ok(bufs.every((e) => Buffer.isBuffer(e.name)));
  assert.deepStrictEqual(bufs.map((e) => e.name.toString()).sort(), ['a', 'b']);
  fs.readdir(dir, { withFileTypes: true, encoding: 'hex' }, mustCall((err, list) => {
    assert.ifError(err);
    assert.deepStrictEqual(list.map((e) => e.name).sort(), ['61', '62']);
  }));
}
