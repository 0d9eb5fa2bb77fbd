'use strict';
// fs/promises open() and FileHandle.
const assert = require('assert');
const fs = require('fs');
const fsp = require('fs/promises');
const os = require('os');
const path = require('path');
const { mustCall } = require('../common');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lode-fh-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const file = path.join(dir, 'f.txt');
fs.writeFileSync(file, 'hello');

(async () => {
  const fh = await fsp.open(file, 'r+');
  assert.strictEqual(fh.constructor.name, 'FileHandle');
  assert.strictEqual(typeof fh.fd, 'number');
  const r = await fh.read(Buffer.alloc(3), 0, 3, 1);
  assert.strictEqual(r.bytesRead, 3);
  assert.strictEqual(r.buffer.toString(), 'ell');
  const w = await fh.write('XY', 0);
  assert.strictEqual(w.bytesWritten, 2);
  assert.strictEqual(w.buffer, 'XY');
  assert.strictEqual(await fh.readFile('utf8'), 'XYllo');
  assert.strictEqual((await fh.stat()).size, 5);
  await fh.truncate(2);
  await fh.sync();
  await fh.chmod(0o600);
  assert.strictEqual((await fh.stat()).mode & 0o777, 0o600);
  const { bytesRead, buffer } = await fh.read({ buffer: Buffer.alloc(10), position: 0 });
  assert.strictEqual(buffer.subarray(0, bytesRead).toString(), 'XY');
  let closed = false;
  fh.on('close', () => { closed = true; });
  await fh.close();
  assert.strictEqual(closed, true);
  assert.strictEqual(fh.fd, -1);
  await fh.close(); // closing twice is fine
  await assert.rejects(fh.stat(), { code: 'EBADF', message: 'file closed', syscall: 'fstat' });
  await assert.rejects(fsp.open(path.join(dir, 'nope')), { code: 'ENOENT', syscall: 'open' });

  // writeFile / appendFile / a stream over a handle.
  const fh2 = await fsp.open(path.join(dir, 'g.txt'), 'w+');
  await fh2.writeFile('abc');
  await fh2.appendFile('def');
  await fh2.close();
  assert.strictEqual(fs.readFileSync(path.join(dir, 'g.txt'), 'utf8'), 'abcdef');
  const fh3 = await fsp.open(path.join(dir, 'g.txt'));
  let text = '';
  await new Promise((resolve) => {
    fh3.createReadStream({ encoding: 'utf8' }).on('data', (d) => { text += d; }).on('end', resolve);
  });
  assert.strictEqual(text, 'abcdef');
  await fh3.close();
})().then(mustCall());
