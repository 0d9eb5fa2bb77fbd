'use strict';
// readFileSync / readFile / fs.promises.readFile of a path, whole, as bytes
// or UTF-8: done in one call into C (one thread-pool job for the async
// forms: open, fstat, read, close), with node's answers for every case the
// longer path had: empty files, files without a size (/proc), errors with
// their syscall and path, and the limits (a file over 2 GiB is not read:
// bytes give ERR_FS_FILE_TOO_LARGE, UTF-8 text ERR_STRING_TOO_LONG, as
// node 20).
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { promisify } = require('util');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lode-readfile-'));
try {
  const file = path.join(dir, 'text.txt');
  const text = 'h\u00e9llo w\u00f6rld \u20ac \ud83d\ude00\n'.repeat(1000);
  fs.writeFileSync(file, text);
  for (const opts of [undefined, {}, { encoding: null }, { flag: 'r' }]) {
    const b = fs.readFileSync(file, opts);
    assert.ok(Buffer.isBuffer(b));
    assert.strictEqual(b.toString(), text);
  }
  for (const opts of ['utf8', 'utf-8', { encoding: 'utf8' }, { encoding: 'utf-8', flag: 'r' }]) {
    assert.strictEqual(fs.readFileSync(file, opts), text);
  }
  // Invalid UTF-8 is replaced as Buffer#toString does.
  fs.writeFileSync(file, Buffer.from([0x61, 0xff, 0xc3, 0x62]));
  assert.strictEqual(fs.readFileSync(file, 'utf8'), 'a\ufffd\ufffdb');

  const empty = path.join(dir, 'empty');
  fs.writeFileSync(empty, '');
  assert.deepStrictEqual(fs.readFileSync(empty), Buffer.alloc(0));
  assert.strictEqual(fs.readFileSync(empty, 'utf8'), '');

  // No size from fstat: read to the end.
  assert.match(fs.readFileSync('/proc/self/status', 'utf8'), /^Name:/);
  assert.ok(fs.readFileSync('/proc/self/status').length > 100);

  const missing = path.join(dir, 'missing');
  for (const opts of [undefined, 'utf8']) {
    assert.throws(() => fs.readFileSync(missing, opts), {
      name: 'Error', code: 'ENOENT', errno: -2, syscall: 'open', path: missing,
      message: `ENOENT: no such file or directory, open '${missing}'`,
    });
    assert.throws(() => fs.readFileSync(dir, opts), {
      name: 'Error', code: 'EISDIR', syscall: 'read', message: 'EISDIR: illegal operation on a directory, read',
    });
    assert.throws(() => fs.readFileSync(`${file}\u0000`, opts), { code: 'ERR_INVALID_ARG_VALUE' });
  }

  // A sparse file of 2 GiB: refused before anything is read.
  const big = path.join(dir, 'big');
  const fd = fs.openSync(big, 'w');
  fs.ftruncateSync(fd, 2 ** 31);
  fs.closeSync(fd);
  assert.throws(() => fs.readFileSync(big), {
    name: 'RangeError', code: 'ERR_FS_FILE_TOO_LARGE', message: 'File size (2147483648) is greater than 2 GiB',
  });
  for (const opts of ['utf8', { encoding: 'utf8' }]) {
    assert.throws(() => fs.readFileSync(big, opts), {
      name: 'Error', code: 'ERR_STRING_TOO_LONG', message: 'Cannot create a string longer than 0x1fffffe8 characters',
    });
  }
} catch (err) {
  fs.rmSync(dir, { recursive: true, force: true });
  throw err;
}

// The same through the callback and promise forms.
const readFile = promisify(fs.readFile);
(async () => {
  const file = path.join(dir, 'text.txt');
  const text = 'h\u00e9llo w\u00f6rld \u20ac \ud83d\ude00\n'.repeat(1000);
  fs.writeFileSync(file, text);
  for (const read of [readFile, fs.promises.readFile]) {
    for (const opts of [undefined, {}, { encoding: null }, { flag: 'r' }]) {
      const b = await read(file, opts);
      assert.ok(Buffer.isBuffer(b));
      assert.strictEqual(b.toString(), text);
    }
    for (const opts of ['utf8', 'utf-8', { encoding: 'utf8' }, { encoding: 'utf-8', flag: 'r' }]) {
      assert.strictEqual(await read(file, opts), text);
    }
    assert.strictEqual((await read(file, 'latin1')).length, Buffer.byteLength(text));
    assert.deepStrictEqual(await read(path.join(dir, 'empty')), Buffer.alloc(0));
    assert.match(await read('/proc/self/status', 'utf8'), /^Name:/);
    const missing = path.join(dir, 'missing');
    for (const opts of [undefined, 'utf8']) {
      await assert.rejects(read(missing, opts), {
        name: 'Error', code: 'ENOENT', errno: -2, syscall: 'open', path: missing,
        message: `ENOENT: no such file or directory, open '${missing}'`,
      });
      await assert.rejects(read(dir, opts), { code: 'EISDIR', syscall: 'read' });
    }
    // (The asynchronous forms check the size first for text too, as node's.)
    for (const opts of [undefined, 'utf8']) {
      await assert.rejects(read(path.join(dir, 'big'), opts), {
        name: 'RangeError', code: 'ERR_FS_FILE_TOO_LARGE', message: 'File size (2147483648) is greater than 2 GiB',
      });
    }
  }
  // A bad path still throws at the call.
  assert.throws(() => fs.readFile(`${file}\u0000`, () => {}), { code: 'ERR_INVALID_ARG_VALUE' });
  // Many at once.
  const all = await Promise.all(Array.from({ length: 200 }, () => fs.promises.readFile(file, 'utf8')));
  assert.ok(all.every((t) => t === text));
})().finally(() => fs.rmSync(dir, { recursive: true, force: true }));
