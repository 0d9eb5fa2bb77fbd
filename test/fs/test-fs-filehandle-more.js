'use strict';
// FileHandle: readLines, readv, writev, readableWebStream, close as an own
// property, and streams that close their handle (autoClose).
const assert = require('assert');
const fs = require('fs');
const fsp = require('fs/promises');
const os = require('os');
const path = require('path');
const { mustCall } = require('../common');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lode-fh2-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const file = path.join(dir, 'f.txt');

async function lines(content, options) {
  fs.writeFileSync(file, content);
  const fh = await fsp.open(file);
  const out = [];
  for await (const line of fh.readLines(options)) out.push(line);
  return { out, fh };
}

(async () => {
  // Line breaks as readline sees them: \n, \r\n and a lone \r.
  const cases = [
    ['a\nb\r\nc\rd\n\ne', ['a', 'b', 'c', 'd', '', 'e']],
    ['x\n', ['x']],
    ['', []],
    ['\n', ['']],
    ['\r\n\r\n', ['', '']],
    ['last\r', ['last']],
    ['é\u2028z\u0085w\vq\fr', ['é\u2028z\u0085w\vq\fr']],
  ];
  for (const [content, expected] of cases) {
    const { out, fh } = await lines(content);
    assert.deepStrictEqual(out, expected, JSON.stringify(content));
    await new Promise((resolve) => setImmediate(resolve));
    assert.strictEqual(fh.fd, -1); // autoClose closed the handle
  }
  // A \r\n split across chunks is one break; a multi-byte character split too.
  assert.deepStrictEqual((await lines('ab\r\ncd', { highWaterMark: 3 })).out, ['ab', 'cd']);
  assert.deepStrictEqual((await lines('ééé\nü', { highWaterMark: 3 })).out, ['ééé', 'ü']);
  // Options go to the stream: encoding, start.
  assert.deepStrictEqual((await lines('héllo\nworld', { encoding: 'latin1', start: 1 })).out,
    ['Ã©llo', 'world']);
  // Many lines.
  const many = Array.from({ length: 5000 }, (_, i) => `line ${i}`);
  assert.deepStrictEqual((await lines(many.join('\n'), { highWaterMark: 1024 })).out, many);

  // Breaking out of the loop closes the handle; autoClose: false keeps it.
  fs.writeFileSync(file, 'one\ntwo\nthree\n');
  const fh1 = await fsp.open(file);
  for await (const line of fh1.readLines()) {
    assert.strictEqual(line, 'one');
    break;
  }
  await new Promise((resolve) => setTimeout(resolve, 20));
  assert.strictEqual(fh1.fd, -1);
  const fh2 = await fsp.open(file);
  for await (const line of fh2.readLines({ autoClose: false })) {
    assert.strictEqual(line, 'one');
    break;
  }
  await new Promise((resolve) => setTimeout(resolve, 20));
  assert.notStrictEqual(fh2.fd, -1);
  await fh2.close();

  // Events: 'line' and 'close'; close() stops after the current chunk.
  const fh3 = await fsp.open(file);
  const rl = fh3.readLines();
  assert.strictEqual(typeof rl.on, 'function');
  assert.strictEqual(typeof rl.close, 'function');
  const got = [];
  rl.on('line', (l) => got.push(l));
  await new Promise((resolve) => rl.on('close', resolve));
  assert.deepStrictEqual(got, ['one', 'two', 'three']);
  assert.throws(() => fh3.readLines({ encoding: 'bogus' }), {
    code: 'ERR_INVALID_ARG_VALUE',
    message: 'The argument \'encoding\' is invalid encoding. Received \'bogus\'',
  });

  // readv / writev.
  fs.writeFileSync(file, 'ab\r\ncd');
  const fh = await fsp.open(file, 'r+');
  assert.deepStrictEqual(Object.keys(fh).includes('close'), true);
  const bufs = [Buffer.alloc(2), Buffer.alloc(3)];
  const r = await fh.readv(bufs, 0);
  assert.strictEqual(Object.getPrototypeOf(r), null);
  assert.strictEqual(r.bytesRead, 5);
  assert.strictEqual(r.buffers, bufs);
  assert.strictEqual(Buffer.concat(bufs).toString(), 'ab\r\nc');
  const w = await fh.writev([Buffer.from('XY'), new Uint8Array([65])], 1);
  assert.strictEqual(Object.getPrototypeOf(w), null);
  assert.strictEqual(w.bytesWritten, 3);
  assert.strictEqual(fs.readFileSync(file, 'latin1'), 'aXYAcd');
  const r2 = await fh.readv([Buffer.alloc(100)], 2);
  assert.strictEqual(r2.bytesRead, 4);
  await assert.rejects(fh.readv('x'), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "buffers" argument must be an ArrayBufferView[]. Received type string (\'x\')',
  });
  await assert.rejects(fh.writev([1]), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.strictEqual(Object.getPrototypeOf(await fh.read()), null);
  await fh.close();
  await assert.rejects(fh.readv([Buffer.alloc(1)]), { code: 'EBADF', syscall: 'readv', message: 'file closed' });
  await assert.rejects(fh.writev([Buffer.alloc(1)]), { code: 'EBADF', syscall: 'writev' });
  assert.throws(() => fh.readLines(), { code: 'ERR_OUT_OF_RANGE' });

  // A read stream over a handle closes it at the end (autoClose).
  const fh4 = await fsp.open(file);
  const s = fh4.createReadStream({ encoding: 'latin1' });
  let text = '';
  s.on('data', (d) => { text += d; });
  await new Promise((resolve) => s.on('close', resolve));
  assert.strictEqual(text, 'aXYAcd');
  assert.strictEqual(fh4.fd, -1);

  // readableWebStream: ArrayBuffer chunks; a byte stream with type 'bytes'.
  if (typeof globalThis.ReadableStream === 'function') {
    fs.writeFileSync(file, 'x'.repeat(100000));
    const fh5 = await fsp.open(file);
    const rs = fh5.readableWebStream();
    assert.strictEqual(rs.constructor.name, 'ReadableStream');
    let n = 0;
    for await (const chunk of rs) {
      assert.ok(chunk instanceof ArrayBuffer);
      n += chunk.byteLength;
    }
    assert.strictEqual(n, 100000);
    assert.notStrictEqual(fh5.fd, -1); // the stream does not close the handle
    assert.throws(() => fh5.readableWebStream(), {
      code: 'ERR_INVALID_STATE', message: 'Invalid state: The FileHandle is locked',
    });
    await fh5.close();
    assert.throws(() => fh5.readableWebStream(), {
      code: 'ERR_INVALID_STATE', message: 'Invalid state: The FileHandle is closed',
    });
    const fh6 = await fsp.open(file);
    const reader = fh6.readableWebStream({ type: 'bytes' }).getReader({ mode: 'byob' });
    const { value, done } = await reader.read(new Uint8Array(10));
    assert.strictEqual(done, false);
    assert.ok(value instanceof Uint8Array);
    assert.strictEqual(Buffer.from(value).toString(), 'x'.repeat(10));
    reader.releaseLock();
    await fh6.close();
  }
})().then(mustCall());
