'use strict';
// node:fs/promises over the callback API, with FileHandle (open). The rest
// arrives with the streams and file system issue (P3).
const fs = require('fs');
const { codes: { ERR_NOT_IMPLEMENTED } } = require('internal/errors');

function promisify(fn) {
  return (...args) => new Promise((resolve, reject) => {
    fn(...args, (err, value) => (err ? reject(err) : resolve(value)));
  });
}

const promises = {};
for (const name of ['access', 'appendFile', 'chmod', 'chown', 'copyFile', 'lchown', 'link',
  'lstat', 'lutimes', 'mkdir', 'statfs',
  'mkdtemp', 'readdir', 'readFile', 'readlink', 'realpath', 'rename', 'rmdir', 'stat', 'symlink',
  'rm', 'truncate', 'unlink', 'utimes', 'writeFile']) {
  promises[name] = promisify(fs[name]);
}
promises.open = require('internal/fs/filehandle').open;
promises.opendir = (path, options) => new Promise((resolve, reject) => {
  fs.opendir(path, options, (err, dir) => (err ? reject(err) : resolve(dir)));
});
promises.cp = (src, dest, options) => new Promise((resolve, reject) => {
  fs.cp(src, dest, options, (err) => (err ? reject(err) : resolve()));
});
for (const name of ['watch']) {
  promises[name] = function notImplemented() {
    return Promise.reject(new ERR_NOT_IMPLEMENTED(`fs.promises.${name}`));
  };
}
promises.constants = fs.constants;
module.exports = promises;
