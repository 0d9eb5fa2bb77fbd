'use strict';
// Shape of the path module: flavours, cross-links, constants.
const assert = require('assert');
const path = require('path');

assert.strictEqual(path, path.posix);
assert.strictEqual(path.posix.posix, path.posix);
assert.strictEqual(path.posix.win32, path.win32);
assert.strictEqual(path.win32.win32, path.win32);
assert.strictEqual(path.win32.posix, path.posix);
assert.strictEqual(require('path/posix'), path.posix);
assert.strictEqual(require('path/win32'), path.win32);
assert.strictEqual(require('node:path'), path);
assert.strictEqual(path.posix.sep, '/');
assert.strictEqual(path.posix.delimiter, ':');
assert.strictEqual(path.win32.sep, '\\');
assert.strictEqual(path.win32.delimiter, ';');
for (const fn of ['resolve', 'normalize', 'isAbsolute', 'join', 'relative', 'toNamespacedPath',
  'dirname', 'basename', 'extname', 'format', 'parse']) {
  assert.strictEqual(typeof path.posix[fn], 'function', fn);
  assert.strictEqual(typeof path.win32[fn], 'function', fn);
  // Functions work detached from the object.
  const { [fn]: f } = path.posix;
  assert.strictEqual(typeof f, 'function');
}
const { join, basename } = path;
assert.strictEqual(join('a', 'b'), 'a/b');
assert.strictEqual(basename('/x/y.z', '.z'), 'y');

// format(): dir wins over root, base over name+ext; ext gets a dot.
assert.strictEqual(path.format({ root: '/ignored', dir: '/home/user/dir', base: 'file.txt' }), '/home/user/dir/file.txt');
assert.strictEqual(path.format({ root: '/', base: 'file.txt', ext: 'ignored' }), '/file.txt');
assert.strictEqual(path.format({ root: '/', name: 'file', ext: '.txt' }), '/file.txt');
assert.strictEqual(path.format({ name: 'x', ext: 'js' }), 'x.js');
assert.strictEqual(path.format({}), '');
assert.strictEqual(path.format({ dir: 'a', name: 'b' }), 'a/b');
assert.strictEqual(path.win32.format({ dir: 'C:\\path\\dir', base: 'file.txt' }), 'C:\\path\\dir\\file.txt');
assert.strictEqual(path.win32.format({ root: 'C:\\', name: 'f', ext: '.e' }), 'C:\\f.e');
