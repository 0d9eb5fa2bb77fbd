'use strict';
// The members of node:fs and fs/promises as Node 20 on Linux has them:
// lchmod, _toUnixTimestamp, FileReadStream/FileWriteStream, constants.
const assert = require('assert');
const fs = require('fs');
const fsp = require('fs/promises');
const { mustCall } = require('../common');

// Every name Node 20 has (none missing; extra lode-only names would show too).
const names = ['appendFile', 'appendFileSync', 'access', 'accessSync', 'chown', 'chownSync',
  'chmod', 'chmodSync', 'close', 'closeSync', 'copyFile', 'copyFileSync', 'cp', 'cpSync',
  'createReadStream', 'createWriteStream', 'exists', 'existsSync', 'fchown', 'fchownSync',
  'fchmod', 'fchmodSync', 'fdatasync', 'fdatasyncSync', 'fstat', 'fstatSync', 'fsync',
  'fsyncSync', 'ftruncate', 'ftruncateSync', 'futimes', 'futimesSync', 'lchown', 'lchownSync',
  'lchmod', 'lchmodSync', 'link', 'linkSync', 'lstat', 'lstatSync', 'lutimes', 'lutimesSync',
  'mkdir', 'mkdirSync', 'mkdtemp', 'mkdtempSync', 'open', 'openSync', 'openAsBlob', 'readdir',
  'readdirSync', 'read', 'readSync', 'readv', 'readvSync', 'readFile', 'readFileSync',
  'readlink', 'readlinkSync', 'realpath', 'realpathSync', 'rename', 'renameSync', 'rm',
  'rmSync', 'rmdir', 'rmdirSync', 'stat', 'statfs', 'statSync', 'statfsSync', 'symlink',
  'symlinkSync', 'truncate', 'truncateSync', 'unwatchFile', 'unlink', 'unlinkSync', 'utimes',
  'utimesSync', 'watch', 'watchFile', 'writeFile', 'writeFileSync', 'write', 'writeSync',
  'writev', 'writevSync', 'Dirent', 'Stats', 'ReadStream', 'WriteStream', 'FileReadStream',
  'FileWriteStream', '_toUnixTimestamp', 'Dir', 'opendir', 'opendirSync', 'F_OK', 'R_OK',
  'W_OK', 'X_OK', 'constants', 'promises'];
assert.deepStrictEqual(Object.keys(fs).sort(), [...names].sort());
assert.deepStrictEqual(Object.keys(fsp).sort(), ['access', 'appendFile', 'chmod', 'chown',
  'constants', 'copyFile', 'cp', 'lchmod', 'lchown', 'link', 'lstat', 'lutimes', 'mkdir',
  'mkdtemp', 'open', 'opendir', 'readFile', 'readdir', 'readlink', 'realpath', 'rename', 'rm',
  'rmdir', 'stat', 'statfs', 'symlink', 'truncate', 'unlink', 'utimes', 'watch', 'writeFile']);

// Linux has no lchmod: the names exist, undefined; the promise form rejects.
assert.ok('lchmod' in fs);
assert.strictEqual(fs.lchmod, undefined);
assert.strictEqual(fs.lchmodSync, undefined);
assert.strictEqual(typeof fsp.lchmod, 'function');
assert.strictEqual(fsp.lchmod.length, 2);
const p = fsp.lchmod('/tmp', 0o777);
assert.ok(p instanceof Promise);
p.catch(mustCall((err) => {
  assert.strictEqual(err.code, 'ERR_METHOD_NOT_IMPLEMENTED');
  assert.strictEqual(err.message, 'The lchmod() method is not implemented');
  assert.ok(err instanceof Error);
}));
fsp.lchmod(123).catch(mustCall((err) => assert.strictEqual(err.code, 'ERR_METHOD_NOT_IMPLEMENTED')));

// Stream class aliases, lazy and replaceable.
assert.strictEqual(fs.FileReadStream, fs.ReadStream);
assert.strictEqual(fs.FileWriteStream, fs.WriteStream);
const desc = Object.getOwnPropertyDescriptor(fs, 'FileReadStream');
assert.strictEqual(typeof desc.get, 'function');
assert.strictEqual(typeof desc.set, 'function');
assert.strictEqual(desc.get.name, 'get FileReadStream');
assert.strictEqual(desc.enumerable, true);

// _toUnixTimestamp: seconds from a Date, a number or a numeric string.
assert.strictEqual(fs._toUnixTimestamp(new Date(1500)), 1.5);
assert.strictEqual(fs._toUnixTimestamp(12), 12);
assert.strictEqual(fs._toUnixTimestamp('12'), 12);
assert.strictEqual(fs._toUnixTimestamp('-3'), -3);
assert.strictEqual(fs._toUnixTimestamp(''), 0);
assert.ok(Math.abs(fs._toUnixTimestamp(-1) - Date.now() / 1000) < 60); // negative: now
for (const bad of [NaN, Infinity, 'abc', null, undefined, {}, 5n]) {
  assert.throws(() => fs._toUnixTimestamp(bad), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: /^The "time" argument must be an instance of Date or an Time in seconds\. Received /,
  });
}

// constants: a null-prototype object of read-only values, shared by fs/promises.
assert.strictEqual(Object.getPrototypeOf(fs.constants), null);
assert.strictEqual(fsp.constants, fs.constants);
assert.deepStrictEqual(Object.getOwnPropertyDescriptor(fs.constants, 'O_RDONLY'),
  { value: 0, writable: false, enumerable: true, configurable: false });
const cdesc = Object.getOwnPropertyDescriptor(fs, 'constants');
assert.strictEqual(cdesc.writable, false);
assert.strictEqual(cdesc.configurable, false);
