'use strict';
// System errors of the main fs functions in all three forms (sync, callback,
// fs/promises): ENOENT, ENOTDIR, EISDIR, EEXIST, ENOTEMPTY, EBADF and (when
// not root) EACCES, each with Node's code, errno, syscall, path and message.
const assert = require('assert');
const fs = require('fs');
const fsp = require('fs/promises');
const os = require('os');
const path = require('path');
const { mustCall } = require('../common');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lode-fserr-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const F = path.join(dir, 'file');
const D = path.join(dir, 'dir');
const E = path.join(dir, 'empty');
const N = path.join(dir, 'nope');
const NN = path.join(N, 'deeper');
const FS = path.join(F, 'sub');
// Far above any descriptor this process has open.
const BADFD = 2 ** 30;

function reset() {
  fs.writeFileSync(F, 'hello');
  fs.mkdirSync(D, { recursive: true });
  fs.writeFileSync(path.join(D, 'x'), '1');
  fs.mkdirSync(E, { recursive: true });
}

const errnos = {
  ENOENT: [-2, 'no such file or directory'], ENOTDIR: [-20, 'not a directory'],
  EISDIR: [-21, 'illegal operation on a directory'], EEXIST: [-17, 'file already exists'],
  ENOTEMPTY: [-39, 'directory not empty'], EBADF: [-9, 'bad file descriptor'],
  EACCES: [-13, 'permission denied'],
};
// What Node gives: `CODE: description, syscall 'path' -> 'dest'`.
function sysError(code, syscall, p, dest) {
  const [errno, desc] = errnos[code];
  let message = `${code}: ${desc}, ${syscall}`;
  if (p !== undefined) message += ` '${p}'`;
  if (dest !== undefined) message += ` -> '${dest}'`;
  const e = { code, errno, syscall, message };
  if (p !== undefined) e.path = p;
  if (dest !== undefined) e.dest = dest;
  return e;
}

function checkErr(err, expected, label) {
  assert.ok(err instanceof Error, `${label}: no error`);
  for (const [k, v] of Object.entries(expected)) assert.strictEqual(err[k], v, `${label}: ${k}`);
  // Only what Node sets: no path or dest when there is none.
  if (!('path' in expected)) assert.strictEqual(err.path, undefined, `${label}: path`);
  if (!('dest' in expected)) assert.strictEqual(err.dest, undefined, `${label}: dest`);
}

// fs[name + 'Sync'], fs[name] and fsp[name] (where forms says so) fail the same way.
async function check(name, args, expected, forms = 'scp') {
  const label = `${name}(${args.map((a) => (typeof a === 'string' ? a.replace(dir, '<d>') : String(a))).join(', ')})`;
  reset();
  if (forms.includes('s')) {
    let err;
    try {
      fs[`${name}Sync`](...args);
    } catch (e) {
      err = e;
    }
    checkErr(err, expected, `${label} sync`);
    reset();
  }
  if (forms.includes('c')) {
    const err = await new Promise((resolve) => fs[name](...args, resolve));
    checkErr(err, expected, `${label} callback`);
    reset();
  }
  if (forms.includes('p')) {
    const err = await fsp[name](...args).then(() => null, (e) => e);
    checkErr(err, expected, `${label} promise`);
  }
}

(async () => {
  // ENOENT, with the syscall Node names.
  await check('open', [N, 'r'], sysError('ENOENT', 'open', N));
  await check('open', [NN, 'w'], sysError('ENOENT', 'open', NN));
  await check('readFile', [N], sysError('ENOENT', 'open', N));
  await check('writeFile', [NN, 'x'], sysError('ENOENT', 'open', NN));
  await check('appendFile', [NN, 'x'], sysError('ENOENT', 'open', NN));
  await check('stat', [N], sysError('ENOENT', 'stat', N));
  await check('lstat', [N], sysError('ENOENT', 'lstat', N));
  await check('mkdir', [NN], sysError('ENOENT', 'mkdir', NN));
  await check('rmdir', [N], sysError('ENOENT', 'rmdir', N));
  await check('rm', [N], sysError('ENOENT', 'lstat', N));
  await check('unlink', [N], sysError('ENOENT', 'unlink', N));
  await check('rename', [N, path.join(dir, 'b')], sysError('ENOENT', 'rename', N, path.join(dir, 'b')));
  await check('rename', [F, path.join(N, 'b')], sysError('ENOENT', 'rename', F, path.join(N, 'b')));
  await check('readdir', [N], sysError('ENOENT', 'scandir', N));
  await check('truncate', [N], sysError('ENOENT', 'open', N));
  await check('access', [N], sysError('ENOENT', 'access', N));
  await check('copyFile', [N, F], sysError('ENOENT', 'copyfile', N, F));
  // realpath walks the path with lstat (the native one does not).
  await check('realpath', [NN], sysError('ENOENT', 'lstat', N), 'sc');
  checkErr(await fsp.realpath(NN).catch((e) => e), sysError('ENOENT', 'realpath', NN), 'fsp.realpath');
  assert.throws(() => fs.realpathSync.native(NN), sysError('ENOENT', 'realpath', NN));
  // mkdtemp names the template (sync) or the name it tried.
  assert.throws(() => fs.mkdtempSync(path.join(N, 'x')), sysError('ENOENT', 'mkdtemp', path.join(N, 'xXXXXXX')));
  const mkdtempErr = await fsp.mkdtemp(path.join(N, 'x')).catch((e) => e);
  assert.strictEqual(mkdtempErr.syscall, 'mkdtemp');
  assert.match(mkdtempErr.path, /[\\/]nope[\\/]x[A-Za-z0-9]{6}$/);

  // ENOTDIR: a file used as a directory.
  await check('stat', [FS], sysError('ENOTDIR', 'stat', FS));
  await check('mkdir', [FS], sysError('ENOTDIR', 'mkdir', FS));
  await check('mkdir', [path.join(FS, 'a', 'b'), { recursive: true }],
    sysError('ENOTDIR', 'mkdir', path.join(FS, 'a', 'b')));
  await check('rmdir', [F], sysError('ENOTDIR', 'rmdir', F));
  await check('rm', [FS], sysError('ENOTDIR', 'lstat', FS));
  await check('unlink', [FS], sysError('ENOTDIR', 'unlink', FS));
  await check('readdir', [F], sysError('ENOTDIR', 'scandir', F));
  await check('rename', [D, F], sysError('ENOTDIR', 'rename', D, F));

  // EISDIR: a directory used as a file.
  await check('open', [D, 'w'], sysError('EISDIR', 'open', D));
  await check('readFile', [D], sysError('EISDIR', 'read'));
  await check('writeFile', [D, 'x'], sysError('EISDIR', 'open', D));
  await check('appendFile', [D, 'x'], sysError('EISDIR', 'open', D));
  await check('unlink', [D], sysError('EISDIR', 'unlink', D));
  await check('rename', [F, D], sysError('EISDIR', 'rename', F, D));
  await check('truncate', [D], sysError('EISDIR', 'open', D));
  await check('copyFile', [F, D], sysError('EISDIR', 'copyfile', F, D));
  {
    const dfd = fs.openSync(D, 'r');
    assert.throws(() => fs.readSync(dfd, Buffer.alloc(4), 0, 4, 0), sysError('EISDIR', 'read'));
    const err = await new Promise((resolve) => fs.read(dfd, Buffer.alloc(4), 0, 4, 0, resolve));
    checkErr(err, sysError('EISDIR', 'read'), 'read(dirfd) callback');
    fs.closeSync(dfd);
  }
  // rm on a directory without recursive: Node's SystemError.
  await check('rm', [D], {
    name: 'SystemError', code: 'ERR_FS_EISDIR', errno: 21, syscall: 'rm', path: D,
    message: `Path is a directory: rm returned EISDIR (is a directory) ${D}`,
  });
  assert.throws(() => fs.rmSync(D), (err) => {
    assert.deepStrictEqual(err.info, { code: 'EISDIR', message: 'is a directory', path: D, syscall: 'rm', errno: 21 });
    return true;
  });

  // EEXIST and ENOTEMPTY.
  await check('open', [F, 'wx'], sysError('EEXIST', 'open', F));
  await check('writeFile', [F, 'x', { flag: 'wx' }], sysError('EEXIST', 'open', F));
  await check('mkdir', [F], sysError('EEXIST', 'mkdir', F));
  await check('mkdir', [D], sysError('EEXIST', 'mkdir', D));
  await check('mkdir', [F, { recursive: true }], sysError('EEXIST', 'mkdir', F));
  await check('link', [F, F], sysError('EEXIST', 'link', F, F));
  await check('rmdir', [D], sysError('ENOTEMPTY', 'rmdir', D));
  await check('rename', [E, D], sysError('ENOTEMPTY', 'rename', E, D));

  // EBADF: a descriptor that is not open (no path in the error).
  const B = Buffer.alloc(4);
  await check('read', [BADFD, B, 0, 4, 0], sysError('EBADF', 'read'), 'sc');
  await check('write', [BADFD, B, 0, 4], sysError('EBADF', 'write'), 'sc');
  await check('write', [BADFD, 'str'], sysError('EBADF', 'write'), 'sc');
  await check('close', [BADFD], sysError('EBADF', 'close'), 'sc');
  await check('fstat', [BADFD], sysError('EBADF', 'fstat'), 'sc');
  await check('ftruncate', [BADFD, 0], sysError('EBADF', 'ftruncate'), 'sc');
  await check('fsync', [BADFD], sysError('EBADF', 'fsync'), 'sc');
  await check('readv', [BADFD, [B]], sysError('EBADF', 'read'), 'sc');
  await check('writev', [BADFD, [B]], sysError('EBADF', 'write'), 'sc');
  {
    // A read-only descriptor cannot be written or truncated.
    const rfd = fs.openSync(F, 'r');
    assert.throws(() => fs.writeSync(rfd, 'x'), sysError('EBADF', 'write'));
    assert.throws(() => fs.ftruncateSync(rfd, 0), { code: 'EINVAL', syscall: 'ftruncate' });
    fs.closeSync(rfd);
    assert.throws(() => fs.closeSync(rfd), sysError('EBADF', 'close'));
  }
  // A closed FileHandle: EBADF 'file closed', named after the method.
  {
    const fh = await fsp.open(F, 'r+');
    await fh.close();
    await fh.close(); // closing twice is fine
    const calls = {
      read: [[], 'read'], write: [['x'], 'write'], stat: [[], 'fstat'], truncate: [[], 'ftruncate'],
      readFile: [[], 'readFile'], writeFile: [['x'], 'writeFile'], appendFile: [['x'], 'writeFile'],
      sync: [[], 'fsync'], datasync: [[], 'fdatasync'], chmod: [[0o644], 'fchmod'], utimes: [[1, 1], 'futimes'],
    };
    for (const [method, [args, syscall]] of Object.entries(calls)) {
      await assert.rejects(fh[method](...args), { code: 'EBADF', syscall, message: 'file closed' }, method);
    }
  }

  // EACCES needs an unprivileged user: root may do all of this.
  if (typeof process.getuid === 'function' && process.getuid() !== 0) {
    const noread = path.join(dir, 'noread');
    fs.writeFileSync(noread, 'x');
    fs.chmodSync(noread, 0);
    const ro = path.join(dir, 'ro');
    fs.mkdirSync(ro);
    fs.writeFileSync(path.join(ro, 'f'), 'x');
    fs.mkdirSync(path.join(ro, 'sub'));
    fs.chmodSync(ro, 0o555);
    const nox = path.join(dir, 'nox');
    fs.mkdirSync(nox);
    fs.writeFileSync(path.join(nox, 'f'), 'x');
    fs.chmodSync(nox, 0o666); // listable, but nothing inside can be reached
    const nolist = path.join(dir, 'nolist');
    fs.mkdirSync(nolist, 0o300);
    try {
      await check('open', [noread, 'r'], sysError('EACCES', 'open', noread));
      await check('readFile', [noread], sysError('EACCES', 'open', noread));
      await check('writeFile', [noread, 'y'], sysError('EACCES', 'open', noread));
      await check('writeFile', [path.join(ro, 'new'), 'y'], sysError('EACCES', 'open', path.join(ro, 'new')));
      await check('stat', [path.join(nox, 'f')], sysError('EACCES', 'stat', path.join(nox, 'f')));
      await check('mkdir', [path.join(ro, 'd')], sysError('EACCES', 'mkdir', path.join(ro, 'd')));
      // The synchronous recursive form names the whole path, the others the step.
      await check('mkdir', [path.join(ro, 'd', 'e'), { recursive: true }],
        sysError('EACCES', 'mkdir', path.join(ro, 'd', 'e')), 's');
      await check('mkdir', [path.join(ro, 'd', 'e'), { recursive: true }],
        sysError('EACCES', 'mkdir', path.join(ro, 'd')), 'cp');
      await check('rmdir', [path.join(ro, 'sub')], sysError('EACCES', 'rmdir', path.join(ro, 'sub')));
      await check('rm', [path.join(ro, 'f')], sysError('EACCES', 'unlink', path.join(ro, 'f')));
      await check('unlink', [path.join(ro, 'f')], sysError('EACCES', 'unlink', path.join(ro, 'f')));
      await check('rename', [path.join(ro, 'f'), path.join(dir, 'moved')],
        sysError('EACCES', 'rename', path.join(ro, 'f'), path.join(dir, 'moved')));
      await check('readdir', [nolist], sysError('EACCES', 'scandir', nolist));
      await check('access', [noread, fs.constants.R_OK], sysError('EACCES', 'access', noread));
      await check('truncate', [noread], sysError('EACCES', 'open', noread));
    } finally {
      fs.chmodSync(ro, 0o755);
      fs.chmodSync(nox, 0o755);
      fs.chmodSync(nolist, 0o755);
    }
  } else {
    console.log('skipping the EACCES cases: running as root');
  }
})().then(mustCall());
