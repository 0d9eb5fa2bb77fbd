'use strict';
// resolve(), relative() and toNamespacedPath() against the current directory.
const assert = require('assert');
const path = require('path');

const cwd = process.cwd();
const wcwd = cwd.replace(/\//g, '\\');

// posix
assert.strictEqual(path.posix.resolve(), cwd);
assert.strictEqual(path.posix.resolve(''), cwd);
assert.strictEqual(path.posix.resolve('a'), path.posix.join(cwd, 'a'));
assert.strictEqual(path.posix.resolve('a/b/', '..'), path.posix.join(cwd, 'a'));
assert.strictEqual(path.posix.resolve('/foo/bar', './baz'), '/foo/bar/baz');
assert.strictEqual(path.posix.resolve('/foo/bar', '/tmp/file/'), '/tmp/file');
assert.strictEqual(path.posix.resolve('/', '..', '..'), '/');
assert.strictEqual(path.posix.resolve('/a', '', 'b', ''), '/a/b');
assert.strictEqual(path.posix.resolve('//a//b//'), '/a/b');
assert.strictEqual(path.posix.resolve('wwwroot', 'static_files/png/', '../gif/image.gif'),
  path.posix.join(cwd, 'wwwroot/static_files/gif/image.gif'));
assert.strictEqual(path.posix.relative('', ''), '');
assert.strictEqual(path.posix.relative('.', cwd), '');
assert.strictEqual(path.posix.relative('a', 'b'), '../b');
assert.strictEqual(path.posix.relative('/data/orandea/test/aaa', '/data/orandea/impl/bbb'), '../../impl/bbb');
assert.strictEqual(path.posix.relative('/', cwd), cwd.slice(1));
assert.strictEqual(path.posix.toNamespacedPath('a/b'), 'a/b');

// win32 on a POSIX host: the current directory is read as a rooted path
// without a drive.
assert.strictEqual(path.win32.resolve(), wcwd);
assert.strictEqual(path.win32.resolve('a'), `${wcwd}\\a`);
assert.strictEqual(path.win32.resolve('a/b', '..\\c'), `${wcwd}\\a\\c`);
assert.strictEqual(path.win32.resolve('C:foo'), `C:${wcwd}\\foo`);
assert.strictEqual(path.win32.resolve('C:'), `C:${wcwd}`);
assert.strictEqual(path.win32.resolve('c:/foo', 'D:bar'), `D:${wcwd}\\bar`);
assert.strictEqual(path.win32.resolve('c:/blah\\blah', 'd:/games', 'c:../a'), 'c:\\blah\\a');
assert.strictEqual(path.win32.resolve('c:/ignore', 'd:\\a/b\\c/d', '\\e.exe'), 'd:\\e.exe');
assert.strictEqual(path.win32.resolve('c:/ignore', 'c:/some/file'), 'c:\\some\\file');
assert.strictEqual(path.win32.resolve('d:/ignore', 'd:some/dir//'), 'd:\\ignore\\some\\dir');
assert.strictEqual(path.win32.resolve('.'), wcwd);
assert.strictEqual(path.win32.resolve('//server/share', '..', 'relative\\'), '\\\\server\\share\\relative');
assert.strictEqual(path.win32.resolve('c:/', '//'), 'c:\\');
assert.strictEqual(path.win32.resolve('c:/', '//dir'), 'c:\\dir');
assert.strictEqual(path.win32.resolve('c:/', '//server/share'), '\\\\server\\share\\');
assert.strictEqual(path.win32.resolve('c:/', '//server//share'), '\\\\server\\share\\');
assert.strictEqual(path.win32.resolve('c:/', '///some//dir'), 'c:\\some\\dir');
assert.strictEqual(path.win32.resolve('C:\\foo\\tmp.3\\', '..\\tmp.3\\cycles\\root.js'), 'C:\\foo\\tmp.3\\cycles\\root.js');
assert.strictEqual(path.win32.resolve('\\\\.\\PHYSICALDRIVE0'), '\\\\.\\PHYSICALDRIVE0');
assert.strictEqual(path.win32.resolve('\\\\?\\PHYSICALDRIVE0'), '\\\\?\\PHYSICALDRIVE0');
assert.strictEqual(path.win32.resolve('//./x', '..'), '\\\\.\\');
assert.strictEqual(path.win32.relative('a', 'b'), '..\\b');
assert.strictEqual(path.win32.relative('C:\\', 'C:\\'), '');
assert.strictEqual(path.win32.relative('c:/AaAa/bbbb', 'c:/aaaa/bbbb'), '');
assert.strictEqual(path.win32.relative('c:/aaaa/bbbb', 'c:/aaaa/cccc'), '..\\cccc');
assert.strictEqual(path.win32.relative('c:/aaaa/', 'c:/aaaa/cccc'), 'cccc');
assert.strictEqual(path.win32.relative('c:/', 'c:\\aaaa\\bbbb'), 'aaaa\\bbbb');
assert.strictEqual(path.win32.relative('c:/aaaa/bbbb', 'd:\\'), 'd:\\');
assert.strictEqual(path.win32.relative('\\\\foo\\baz', '\\\\foo\\baz-quux'), '..\\baz-quux');
assert.strictEqual(path.win32.relative('C:\\baz-quux', 'C:\\baz'), '..\\baz');
assert.strictEqual(path.win32.relative('\\\\foo\\bar\\baz', '\\\\foo\\bar'), '..');
assert.strictEqual(path.win32.relative('C:\\a', wcwd), `${wcwd}`);
assert.strictEqual(path.win32.toNamespacedPath('a'), `${wcwd}\\a`);
assert.strictEqual(path.win32.toNamespacedPath('C:a'), `\\\\?\\C:${wcwd}\\a`);
assert.strictEqual(path.win32.toNamespacedPath('\\\\s\\sh'), '\\\\?\\UNC\\s\\sh\\');
