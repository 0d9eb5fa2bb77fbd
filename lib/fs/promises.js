'use strict';
// node:fs/promises: arrives with the streams and file system issue (P3).
const { codes: { ERR_NOT_IMPLEMENTED } } = require('internal/errors');

const names = ['access', 'appendFile', 'chmod', 'chown', 'copyFile', 'cp', 'lchown', 'link',
  'lstat', 'lutimes', 'mkdir', 'mkdtemp', 'open', 'opendir', 'readdir', 'readFile', 'readlink',
  'realpath', 'rename', 'rm', 'rmdir', 'stat', 'statfs', 'symlink', 'truncate', 'unlink', 'utimes',
  'watch', 'writeFile'];
const promises = {};
for (const name of names) {
  promises[name] = function notImplemented() {
    return Promise.reject(new ERR_NOT_IMPLEMENTED(`fs.promises.${name}`));
  };
}
promises.constants = require('fs').constants;
module.exports = promises;
