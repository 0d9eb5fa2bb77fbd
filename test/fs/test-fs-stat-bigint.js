'use strict';
// { bigint: true } for stat/lstat/fstat (sync, callback, promise,
// FileHandle.stat), statfs, and watchFile: BigIntStats with nanosecond times.
const assert = require('assert');
const fs = require('fs');
const fsp = require('fs/promises');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');
const { mustCall } = require('../common');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lode-bigint-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const file = path.join(dir, 'f.txt');
fs.writeFileSync(file, 'hello');
const link = path.join(dir, 'l');
fs.symlinkSync(file, link);

const intFields = ['dev', 'mode', 'nlink', 'uid', 'gid', 'rdev', 'blksize', 'ino', 'size', 'blocks'];
const keys = [...intFields, 'atimeMs', 'mtimeMs', 'ctimeMs', 'birthtimeMs',
  'atimeNs', 'mtimeNs', 'ctimeNs', 'birthtimeNs', 'atime', 'mtime', 'ctime', 'birthtime'];

function checkBig(big, num) {
  assert.strictEqual(big.constructor.name, 'BigIntStats');
  assert.deepStrictEqual(Object.keys(big), keys);
  for (const k of intFields) {
    assert.strictEqual(typeof big[k], 'bigint', k);
    assert.strictEqual(Number(big[k]), num[k], k);
  }
  for (const t of ['atime', 'mtime', 'ctime', 'birthtime']) {
    const ns = big[`${t}Ns`];
    const ms = big[`${t}Ms`];
    assert.strictEqual(typeof ns, 'bigint');
    assert.strictEqual(ms, ns / 1000000n, t);
    assert.strictEqual(Number(ms), Math.floor(num[`${t}Ms`]), t);
    assert.ok(big[t] instanceof Date);
    assert.strictEqual(big[t].getTime(), Number(ms));
  }
  // The sub-millisecond part agrees with the number form.
  const frac = Number(big.ctimeNs % 1000000n) / 1e6;
  assert.ok(Math.abs(frac - (num.ctimeMs % 1)) < 1e-3, `${frac} vs ${num.ctimeMs}`);
  assert.strictEqual(big.isFile(), num.isFile());
  assert.strictEqual(big.isDirectory(), num.isDirectory());
  assert.strictEqual(big.isSymbolicLink(), num.isSymbolicLink());
}

// Synchronous forms.
checkBig(fs.statSync(file, { bigint: true }), fs.statSync(file));
checkBig(fs.lstatSync(link, { bigint: true }), fs.lstatSync(link));
assert.strictEqual(fs.lstatSync(link, { bigint: true }).isSymbolicLink(), true);
const fd = fs.openSync(file, 'r');
checkBig(fs.fstatSync(fd, { bigint: true }), fs.fstatSync(fd));
fs.closeSync(fd);
checkBig(fs.statSync(dir, { bigint: true }), fs.statSync(dir));
assert.strictEqual(fs.statSync(path.join(dir, 'nope'), { bigint: true, throwIfNoEntry: false }), undefined);
assert.throws(() => fs.statSync(path.join(dir, 'nope'), { bigint: true }), { code: 'ENOENT' });

// The number form keeps its shape.
const num = fs.statSync(file);
assert.strictEqual(num.constructor.name, 'Stats');
assert.strictEqual(typeof num.size, 'number');
assert.strictEqual(num.atimeNs, undefined);
assert.strictEqual(Object.getPrototypeOf(fs.Stats.prototype).constructor.name, 'StatsBase');

// Nanoseconds are exact (touch sets them; a double could not hold them).
const r = spawnSync('touch', ['-d', '@1700000000.123456789', file], { encoding: 'utf8' });
if (r.status === 0) {
  const big = fs.statSync(file, { bigint: true });
  assert.strictEqual(big.mtimeNs, 1700000000123456789n);
  assert.strictEqual(big.atimeNs, 1700000000123456789n);
  assert.strictEqual(big.mtimeMs, 1700000000123n);
  assert.strictEqual(big.mtime.toISOString(), '2023-11-14T22:13:20.123Z');
  assert.strictEqual(fs.statSync(file).mtime.toISOString(), '2023-11-14T22:13:20.123Z');
}

// Callback forms.
fs.stat(file, { bigint: true }, mustCall((err, s) => {
  assert.ifError(err);
  checkBig(s, fs.statSync(file));
}));
fs.lstat(link, { bigint: true }, mustCall((err, s) => {
  assert.ifError(err);
  assert.strictEqual(s.isSymbolicLink(), true);
  assert.strictEqual(typeof s.mode, 'bigint');
}));
fs.open(file, 'r', mustCall((err, fd2) => {
  assert.ifError(err);
  fs.fstat(fd2, { bigint: true }, mustCall((err2, s) => {
    assert.ifError(err2);
    assert.strictEqual(s.size, 5n);
    fs.closeSync(fd2);
  }));
}));
fs.stat(path.join(dir, 'nope'), { bigint: true }, mustCall((err) => {
  assert.strictEqual(err.code, 'ENOENT');
}));

// statfs.
const sfBig = fs.statfsSync(dir, { bigint: true });
const sfNum = fs.statfsSync(dir);
assert.strictEqual(sfBig.constructor.name, 'StatFs');
for (const k of ['type', 'bsize', 'blocks', 'bfree', 'bavail', 'files', 'ffree']) {
  assert.strictEqual(typeof sfBig[k], 'bigint', k);
  assert.strictEqual(typeof sfNum[k], 'number', k);
}
assert.strictEqual(Number(sfBig.bsize), sfNum.bsize);
assert.strictEqual(Number(sfBig.type), sfNum.type);
fs.statfs(dir, { bigint: true }, mustCall((err, s) => {
  assert.ifError(err);
  assert.strictEqual(s.bsize, sfBig.bsize);
}));

// Promise forms and FileHandle.stat.
(async () => {
  checkBig(await fsp.stat(file, { bigint: true }), fs.statSync(file));
  assert.strictEqual((await fsp.lstat(link, { bigint: true })).isSymbolicLink(), true);
  const fh = await fsp.open(file);
  const s = await fh.stat({ bigint: true });
  assert.strictEqual(s.constructor.name, 'BigIntStats');
  assert.strictEqual(s.size, 5n);
  assert.strictEqual(typeof (await fh.stat()).size, 'number');
  await fh.close();
  assert.strictEqual((await fsp.statfs(dir, { bigint: true })).bsize, sfBig.bsize);
  await assert.rejects(fsp.stat(path.join(dir, 'nope'), { bigint: true }), { code: 'ENOENT' });
})().then(mustCall());

// watchFile hands BigIntStats to its listener.
const watched = path.join(dir, 'w.txt');
fs.writeFileSync(watched, 'a');
fs.watchFile(watched, { bigint: true, interval: 20 }, mustCall((curr, prev) => {
  assert.strictEqual(curr.constructor.name, 'BigIntStats');
  assert.strictEqual(prev.constructor.name, 'BigIntStats');
  assert.strictEqual(curr.size, 3n);
  assert.strictEqual(prev.size, 1n);
  fs.unwatchFile(watched);
}));
// Appending (not rewriting) so that no poll sees the file truncated to 0.
setTimeout(() => fs.appendFileSync(watched, 'bc'), 100);
