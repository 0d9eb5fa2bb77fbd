'use strict';
// The synchronous fs API: files, directories, stats, descriptors, errors.
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lode-fs-'));
assert.match(path.basename(dir), /^lode-fs-[A-Za-z0-9]{6}$/);
const file = path.join(dir, 'a.txt');
try {
  // write / read / append, with encodings and flags.
  fs.writeFileSync(file, 'h\u00e9llo');
  assert.strictEqual(fs.readFileSync(file, 'utf8'), 'h\u00e9llo');
  assert.deepStrictEqual(fs.readFileSync(file), Buffer.from('h\u00e9llo'));
  assert.strictEqual(fs.readFileSync(file, { encoding: 'hex' }), '68c3a96c6c6f');
  fs.appendFileSync(file, Buffer.from('!'));
  assert.strictEqual(fs.readFileSync(file, 'latin1'), 'h\u00c3\u00a9llo!');
  fs.writeFileSync(file, 'aGk=', 'base64');
  assert.strictEqual(fs.readFileSync(file, 'utf8'), 'hi');
  assert.throws(() => fs.writeFileSync(file, 'x', { flag: 'wx' }), { code: 'EEXIST', syscall: 'open' });
  fs.writeFileSync(file, new Uint16Array([0x6968]));
  assert.strictEqual(fs.readFileSync(file, 'utf8'), 'hi');
  // A file larger than one read, and one that reports size 0 (/proc).
  const big = Buffer.alloc(300000, 'xyz');
  fs.writeFileSync(file, big);
  assert.ok(fs.readFileSync(file).equals(big));
  assert.match(fs.readFileSync('/proc/self/status', 'utf8'), /^Name:/);

  // exists / access / stat.
  assert.strictEqual(fs.existsSync(file), true);
  assert.strictEqual(fs.existsSync(path.join(dir, 'nope')), false);
  assert.strictEqual(fs.existsSync(), false);
  assert.strictEqual(fs.existsSync({}), false);
  // Any failure is false, not only ENOENT (here ENOTDIR: a file as a directory).
  assert.strictEqual(fs.existsSync(path.join(file, 'below')), false);
  assert.strictEqual(fs.existsSync(path.join(dir, 'nope', 'deeper')), false);
  fs.accessSync(file, fs.constants.R_OK | fs.constants.W_OK);
  assert.throws(() => fs.accessSync(path.join(dir, 'nope')), {
    code: 'ENOENT', syscall: 'access', message: `ENOENT: no such file or directory, access '${path.join(dir, 'nope')}'`,
  });
  const st = fs.statSync(file);
  assert.ok(st instanceof fs.Stats);
  assert.strictEqual(st.size, 300000);
  assert.strictEqual(st.isFile(), true);
  assert.strictEqual(st.isDirectory(), false);
  assert.ok(st.mtime instanceof Date);
  assert.strictEqual(Math.round(st.mtime.getTime()), Math.round(st.mtimeMs));
  for (const k of ['dev', 'mode', 'nlink', 'uid', 'gid', 'rdev', 'blksize', 'ino', 'size', 'blocks']) {
    assert.strictEqual(typeof st[k], 'number', k);
  }
  assert.strictEqual(fs.statSync(dir).isDirectory(), true);
  assert.strictEqual(fs.statSync(path.join(dir, 'nope'), { throwIfNoEntry: false }), undefined);
  assert.strictEqual(fs.lstatSync(path.join(dir, 'nope'), { throwIfNoEntry: false }), undefined);
  assert.throws(() => fs.statSync(path.join(dir, 'nope')), { code: 'ENOENT', syscall: 'stat' });
  // throwIfNoEntry spares ENOENT only: ENOTDIR still throws, with node's error.
  for (const fn of [fs.statSync, fs.lstatSync]) {
    assert.throws(() => fn(path.join(file, 'below'), { throwIfNoEntry: false }), {
      code: 'ENOTDIR', errno: -20, syscall: fn === fs.statSync ? 'stat' : 'lstat', path: path.join(file, 'below'),
      message: `ENOTDIR: not a directory, ${fn === fs.statSync ? 'stat' : 'lstat'} '${path.join(file, 'below')}'`,
    });
  }
  // After a missing path, the next stat's values are its own.
  assert.strictEqual(fs.statSync(path.join(dir, 'nope'), { throwIfNoEntry: false }), undefined);
  assert.strictEqual(fs.statSync(file).size, 300000);

  // Descriptors.
  const fd = fs.openSync(file, 'r+');
  assert.strictEqual(typeof fd, 'number');
  assert.strictEqual(fs.fstatSync(fd).size, 300000);
  const buf = Buffer.alloc(5);
  assert.strictEqual(fs.readSync(fd, buf, 0, 5, 0), 5);
  assert.strictEqual(buf.toString(), 'xyzxy');
  assert.strictEqual(fs.readSync(fd, buf, 1, 2, 3), 2);
  assert.strictEqual(buf.toString(), 'xxyxy');
  assert.strictEqual(fs.writeSync(fd, 'ABC', 0), 3);
  assert.strictEqual(fs.writeSync(fd, Buffer.from('--DE--'), 2, 2, 3), 2);
  fs.ftruncateSync(fd, 6);
  fs.fsyncSync(fd);
  fs.closeSync(fd);
  assert.strictEqual(fs.readFileSync(file, 'utf8'), 'ABCDEz');
  assert.throws(() => fs.closeSync(fd), { code: 'EBADF', syscall: 'close' });
  assert.throws(() => fs.closeSync(-1), { code: 'ERR_OUT_OF_RANGE' });
  assert.throws(() => fs.readSync(0, 'x'), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => fs.openSync(file, 'bogus'), { code: 'ERR_INVALID_ARG_VALUE' });
  fs.truncateSync(file, 2);
  assert.strictEqual(fs.readFileSync(file, 'utf8'), 'AB');

  // Directories.
  assert.strictEqual(fs.mkdirSync(path.join(dir, 'd')), undefined);
  assert.throws(() => fs.mkdirSync(path.join(dir, 'd')), { code: 'EEXIST', syscall: 'mkdir' });
  assert.strictEqual(fs.mkdirSync(path.join(dir, 'p', 'q', 'r'), { recursive: true }), path.join(dir, 'p'));
  assert.strictEqual(fs.mkdirSync(path.join(dir, 'p', 'q'), { recursive: true }), undefined);
  assert.deepStrictEqual(fs.readdirSync(dir).sort(), ['a.txt', 'd', 'p']);
  const ents = fs.readdirSync(dir, { withFileTypes: true }).sort((x, y) => (x.name < y.name ? -1 : 1));
  assert.ok(ents[0] instanceof fs.Dirent);
  assert.deepStrictEqual(ents.map((e) => [e.name, e.isFile(), e.isDirectory()]),
    [['a.txt', true, false], ['d', false, true], ['p', false, true]]);
  assert.deepStrictEqual(fs.readdirSync(path.join(dir, 'p'), { recursive: true }).sort(), ['q', path.join('q', 'r')]);
  assert.throws(() => fs.readdirSync(path.join(dir, 'nope')), { code: 'ENOENT', syscall: 'scandir' });

  // rename, copy, links, unlink, rm.
  fs.renameSync(file, path.join(dir, 'b.txt'));
  assert.throws(() => fs.renameSync(path.join(dir, 'nope'), path.join(dir, 'x')), {
    code: 'ENOENT', syscall: 'rename',
    message: `ENOENT: no such file or directory, rename '${path.join(dir, 'nope')}' -> '${path.join(dir, 'x')}'`,
  });
  fs.copyFileSync(path.join(dir, 'b.txt'), path.join(dir, 'c.txt'));
  assert.throws(() => fs.copyFileSync(path.join(dir, 'b.txt'), path.join(dir, 'c.txt'), fs.constants.COPYFILE_EXCL),
    { code: 'EEXIST', syscall: 'copyfile' });
  fs.symlinkSync('b.txt', path.join(dir, 'l.txt'));
  assert.strictEqual(fs.readlinkSync(path.join(dir, 'l.txt')), 'b.txt');
  assert.strictEqual(fs.lstatSync(path.join(dir, 'l.txt')).isSymbolicLink(), true);
  assert.strictEqual(fs.realpathSync(path.join(dir, 'l.txt')), fs.realpathSync(path.join(dir, 'b.txt')));
  fs.linkSync(path.join(dir, 'b.txt'), path.join(dir, 'h.txt'));
  assert.strictEqual(fs.statSync(path.join(dir, 'h.txt')).nlink, 2);
  fs.unlinkSync(path.join(dir, 'h.txt'));
  fs.chmodSync(path.join(dir, 'c.txt'), 0o600);
  assert.strictEqual(fs.statSync(path.join(dir, 'c.txt')).mode & 0o777, 0o600);
  fs.utimesSync(path.join(dir, 'c.txt'), 1000, new Date(2000000));
  assert.strictEqual(fs.statSync(path.join(dir, 'c.txt')).mtimeMs, 2000000);
  // Owners (to ourselves: no privilege needed), descriptor variants.
  const me = os.userInfo();
  fs.chownSync(path.join(dir, 'c.txt'), me.uid, me.gid);
  fs.lchownSync(path.join(dir, 'l.txt'), me.uid, me.gid);
  const cfd = fs.openSync(path.join(dir, 'c.txt'), 'r+');
  fs.fchownSync(cfd, me.uid, me.gid);
  fs.fchmodSync(cfd, 0o640);
  fs.futimesSync(cfd, 5, 6);
  fs.fdatasyncSync(cfd);
  fs.closeSync(cfd);
  const cst = fs.statSync(path.join(dir, 'c.txt'));
  assert.strictEqual(cst.mode & 0o777, 0o640);
  assert.strictEqual(cst.mtimeMs, 6000);
  fs.lutimesSync(path.join(dir, 'l.txt'), 7, 8);
  assert.strictEqual(fs.lstatSync(path.join(dir, 'l.txt')).mtimeMs, 8000);
  assert.throws(() => fs.chownSync(path.join(dir, 'c.txt'), 'x', 0), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => fs.chownSync(path.join(dir, 'c.txt'), -2, 0), { code: 'ERR_OUT_OF_RANGE' });
  assert.throws(() => fs.rmSync(path.join(dir, 'p')), { code: 'ERR_FS_EISDIR' });
  assert.throws(() => fs.rmdirSync(path.join(dir, 'p')), { code: 'ENOTEMPTY', syscall: 'rmdir' });
  fs.rmSync(path.join(dir, 'nope'), { force: true });
  assert.throws(() => fs.rmSync(path.join(dir, 'nope')), { code: 'ENOENT' });

  // Bad paths.
  assert.throws(() => fs.readFileSync('a\u0000b'), {
    code: 'ERR_INVALID_ARG_VALUE',
    message: "The argument 'path' must be a string, Uint8Array, or URL without null bytes. Received 'a\\x00b'",
  });
  assert.throws(() => fs.statSync(123.5), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "path" argument must be of type string or an instance of Buffer or URL. Received type number (123.5)',
  });
  assert.strictEqual(fs.readFileSync(Buffer.from(path.join(dir, 'b.txt')), 'utf8'), 'AB');
  assert.strictEqual(fs.readFileSync(new URL(`file://${path.join(dir, 'b.txt')}`), 'utf8'), 'AB');
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
assert.strictEqual(fs.existsSync(dir), false);
assert.strictEqual(fs.constants.O_CREAT, 64);

// readv / writev.
{
  const vf = path.join(os.tmpdir(), `lode-vec-${process.pid}.txt`);
  const vfd = fs.openSync(vf, 'w+');
  try {
    assert.strictEqual(fs.writevSync(vfd, [Buffer.from('ab'), new Uint8Array([99, 100]), Buffer.from('e')]), 5);
    const a = Buffer.alloc(2);
    const b = Buffer.alloc(4);
    assert.strictEqual(fs.readvSync(vfd, [a, b], 0), 5);
    assert.deepStrictEqual([a.toString(), b.toString('latin1', 0, 3)], ['ab', 'cde']);
    assert.throws(() => fs.writevSync(vfd, 'x'), { code: 'ERR_INVALID_ARG_TYPE' });
    assert.throws(() => fs.readvSync(vfd, [1]), { code: 'ERR_INVALID_ARG_TYPE' });
  } finally {
    fs.closeSync(vfd);
    fs.unlinkSync(vf);
  }
}

// statfs.
const sfs = fs.statfsSync(os.tmpdir());
assert.strictEqual(sfs.constructor.name, 'StatFs');
assert.deepStrictEqual(Object.keys(sfs), ['type', 'bsize', 'blocks', 'bfree', 'bavail', 'files', 'ffree']);
assert.ok(sfs.bsize > 0 && sfs.blocks > 0);
assert.throws(() => fs.statfsSync('/definitely/not/here'), {
  code: 'ENOENT', syscall: 'statfs', message: "ENOENT: no such file or directory, statfs '/definitely/not/here'",
});
