'use strict';
// fs.openAsBlob(path[, { type }]): a Promise of a Blob with the file's bytes.
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { pathToFileURL } = require('url');
const { Blob } = require('buffer');
const { mustCall } = require('../common');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lode-blob-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const file = path.join(dir, 'f.txt');
fs.writeFileSync(file, 'hello blob');
const big = path.join(dir, 'big.bin');
const bigBytes = Buffer.alloc(300000);
for (let i = 0; i < bigBytes.length; i++) bigBytes[i] = i % 251;
fs.writeFileSync(big, bigBytes);

assert.strictEqual(fs.openAsBlob.length, 1);

// Arguments are checked at once.
assert.throws(() => fs.openAsBlob(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "path" argument must be of type string or an instance of Buffer or URL. Received type number (1)',
});
assert.throws(() => fs.openAsBlob(file, 5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options" argument must be of type object. Received type number (5)',
});
assert.throws(() => fs.openAsBlob(file, { type: 5 }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.type" property must be of type string. Received type number (5)',
});
// A file that cannot be opened fails at once too.
assert.throws(() => fs.openAsBlob(path.join(dir, 'nope')), (err) => {
  assert.ok(err instanceof TypeError);
  assert.strictEqual(err.code, 'ERR_INVALID_ARG_VALUE');
  assert.strictEqual(err.message, 'Unable to open file as blob');
  return true;
});

(async () => {
  const p = fs.openAsBlob(file, { type: 'Text/Plain' });
  assert.ok(p instanceof Promise);
  const blob = await p;
  assert.ok(blob instanceof Blob);
  assert.strictEqual(blob.constructor.name, 'Blob');
  assert.strictEqual(blob.size, 10);
  assert.strictEqual(blob.type, 'Text/Plain'); // kept as given, unlike new Blob()
  assert.strictEqual(await blob.text(), 'hello blob');
  assert.strictEqual(await blob.slice(1, 3).text(), 'el');
  assert.deepStrictEqual(Buffer.from(await blob.arrayBuffer()), Buffer.from('hello blob'));

  const fromUrl = await fs.openAsBlob(pathToFileURL(file));
  assert.strictEqual(fromUrl.type, '');
  assert.strictEqual(await fromUrl.text(), 'hello blob');
  assert.strictEqual(await (await fs.openAsBlob(Buffer.from(file))).text(), 'hello blob');

  const b2 = await fs.openAsBlob(big);
  assert.strictEqual(b2.size, bigBytes.length);
  assert.ok(Buffer.from(await b2.arrayBuffer()).equals(bigBytes));
  // bytes() is a copy: changing it leaves the blob as it was.
  const copy = new Uint8Array(await b2.arrayBuffer());
  copy[0] = 99;
  assert.strictEqual(new Uint8Array(await b2.arrayBuffer())[0], 0);

  const empty = path.join(dir, 'empty');
  fs.writeFileSync(empty, '');
  const b3 = await fs.openAsBlob(empty);
  assert.strictEqual(b3.size, 0);
  assert.strictEqual(await b3.text(), '');
})().then(mustCall());
