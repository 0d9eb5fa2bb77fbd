'use strict';
// node:fs/promises over the callback API, with FileHandle (open).
const fs = require('fs');
const shared = require('internal/fs/shared');
const { codes: { ERR_METHOD_NOT_IMPLEMENTED } } = require('internal/errors');

function promisify(fn) {
  return (...args) => new Promise((resolve, reject) => {
    fn(...args, (err, value) => (err ? reject(err) : resolve(value)));
  });
}

const promises = {};
for (const name of ['access', 'appendFile', 'chmod', 'chown', 'copyFile', 'lchown', 'link',
  'lstat', 'lutimes', 'mkdir', 'statfs',
  'mkdtemp', 'readFile', 'readlink', 'rename', 'rmdir', 'stat', 'symlink',
  'rm', 'truncate', 'unlink', 'utimes', 'writeFile']) {
  promises[name] = promisify(fs[name]);
}
promises.realpath = promisify(fs.realpath.native); // no lstat walk here, as in Node
promises.open = require('internal/fs/filehandle').open;

// A FileHandle works in place of a path (its method does the job); a bare
// descriptor does not, as in Node.
const { FileHandle } = require('internal/fs/filehandle');
const {
  codes: { ERR_INVALID_ARG_TYPE },
} = require('internal/errors');
for (const name of ['readFile', 'writeFile', 'appendFile', 'truncate']) {
  const viaPath = promises[name];
  promises[name] = function(path, ...args) {
    if (path instanceof FileHandle && name !== 'truncate') return path[name](...args);
    if (typeof path === 'number') {
      return Promise.reject(new ERR_INVALID_ARG_TYPE('path', ['string', 'Buffer', 'URL'], path));
    }
    return viaPath(path, ...args);
  };
  Object.defineProperty(promises[name], 'name', { value: name });
}
promises.opendir = (path, options) => new Promise((resolve, reject) => {
  fs.opendir(path, options, (err, dir) => (err ? reject(err) : resolve(dir)));
});
promises.cp = (src, dest, options) => new Promise((resolve, reject) => {
  fs.cp(src, dest, options, (err) => (err ? reject(err) : resolve()));
});

// Recursive readdir walks last in, first out here (Node's promise order).
promises.readdir = async function readdir(path, options) {
  options = shared.readdirOptions(options, false);
  if (!options.recursive) {
    return new Promise((resolve, reject) => {
      fs.readdir(path, { ...options, recursive: false }, (err, list) => (err ? reject(err) : resolve(list)));
    });
  }
  path = shared.getPath(path);
  return new Promise((resolve, reject) => {
    shared.readdirRecursive(path, options, true, (err, list) => (err ? reject(err) : resolve(list)));
  });
};

// Linux has no lchmod; Node's promise form exists and always rejects.
promises.lchmod = async function lchmod(path, mode) {
  throw new ERR_METHOD_NOT_IMPLEMENTED('lchmod()');
};

promises.watch = function watch(filename, options) {
  return require('internal/fs/watchers').watchAsync(filename, options);
};
promises.constants = fs.constants;
module.exports = promises;
