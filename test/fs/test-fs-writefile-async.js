'use strict';
// fs.writeFile / fs.promises.writeFile / fs.appendFile of a path: one
// thread-pool job (open, write all, close); flags, mode, every kind of data
// and node's errors as before; a descriptor is written and left open.
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { promisify } = require('util');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lode-writefile-'));
const writeFile = promisify(fs.writeFile);
const appendFile = promisify(fs.appendFile);
const read = (f) => fs.readFileSync(f);

(async () => {
  const f = path.join(dir, 'a.txt');
  assert.strictEqual(await writeFile(f, 'h\u00e9llo'), undefined);
  assert.deepStrictEqual(read(f), Buffer.from('h\u00e9llo'));
  await writeFile(f, 'h\u00e9llo', 'latin1');
  assert.deepStrictEqual(read(f), Buffer.from([0x68, 0xe9, 0x6c, 0x6c, 0x6f]));
  await writeFile(f, new Uint16Array([0x6968]));
  assert.strictEqual(read(f).toString(), 'hi');
  await writeFile(f, new DataView(new Uint8Array([1, 2, 3]).buffer, 1));
  assert.deepStrictEqual(read(f), Buffer.from([2, 3]));
  await writeFile(f, '');
  assert.strictEqual(read(f).length, 0);
  const big = Buffer.alloc(3 * 1024 * 1024 + 7, 'xyz');
  await fs.promises.writeFile(f, big);
  assert.ok(read(f).equals(big));

  // Flags: append, exclusive.
  await writeFile(f, 'one');
  await appendFile(f, '-two');
  await writeFile(f, '-three', { flag: 'a' });
  assert.strictEqual(read(f).toString(), 'one-two-three');
  await assert.rejects(writeFile(f, 'x', { flag: 'wx' }), {
    code: 'EEXIST', syscall: 'open', path: f, message: `EEXIST: file already exists, open '${f}'`,
  });
  // Mode of a new file (under the umask).
  const m = path.join(dir, 'mode.txt');
  await writeFile(m, 'x', { mode: 0o600 });
  assert.strictEqual(fs.statSync(m).mode & 0o777, 0o600 & ~process.umask());

  // Errors: a missing directory, a directory as the file.
  const missing = path.join(dir, 'no', 'such.txt');
  await assert.rejects(writeFile(missing, 'x'), {
    name: 'Error', code: 'ENOENT', errno: -2, syscall: 'open', path: missing,
    message: `ENOENT: no such file or directory, open '${missing}'`,
  });
  await assert.rejects(writeFile(dir, 'x'), { code: 'EISDIR', syscall: 'open', path: dir });
  assert.throws(() => fs.writeFile(f, 5, () => {}), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => fs.writeFile(`${f}\u0000`, 'x', () => {}), { code: 'ERR_INVALID_ARG_VALUE' });

  // The callback gets one argument.
  await new Promise((resolve) => fs.writeFile(f, 'cb', function(...args) {
    assert.deepStrictEqual(args, [null]);
    resolve();
  }));

  // A descriptor: written at its position, left open.
  const fd = fs.openSync(f, 'w');
  await writeFile(fd, 'abc');
  await writeFile(fd, 'def');
  fs.closeSync(fd);
  assert.strictEqual(read(f).toString(), 'abcdef');

  // Many at once, each whole.
  const names = Array.from({ length: 300 }, (_, i) => path.join(dir, `n${i}`));
  await Promise.all(names.map((n, i) => fs.promises.writeFile(n, `file ${i}`)));
  names.forEach((n, i) => assert.strictEqual(read(n).toString(), `file ${i}`));
})().finally(() => fs.rmSync(dir, { recursive: true, force: true }));
