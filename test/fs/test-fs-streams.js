'use strict';
// fs.createReadStream / createWriteStream: events, ranges, piping, errors.
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { pipeline } = require('stream');
const { mustCall } = require('../common');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lode-fsst-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const src = path.join(dir, 'src.txt');
fs.writeFileSync(src, 'abcdefghij');

// Events in Node's order, a byte range, small chunks.
const ev = [];
const rs = fs.createReadStream(src, { start: 2, end: 5, highWaterMark: 2 });
assert.ok(rs instanceof fs.ReadStream);
assert.strictEqual(rs.pending, true);
assert.strictEqual(rs.path, src);
assert.strictEqual(rs.bytesRead, 0);
rs.on('open', (fd) => ev.push(`open:${typeof fd}`));
rs.on('ready', () => ev.push('ready'));
rs.on('data', (d) => ev.push(`data:${d}`));
rs.on('end', () => ev.push('end'));
rs.on('close', mustCall(() => {
  ev.push('close');
  assert.deepStrictEqual(ev, ['open:number', 'ready', 'data:cd', 'data:ef', 'end', 'close']);
  assert.strictEqual(rs.bytesRead, 4);
}));

// Encoding; an empty range start === end reads one byte.
let text = '';
fs.createReadStream(src, { encoding: 'utf8', start: 9 }).on('data', (d) => { text += d; })
  .on('end', mustCall(() => assert.strictEqual(text, 'j')));

// Write stream: events, bytesWritten, content.
const out = path.join(dir, 'out.txt');
const ws = fs.createWriteStream(out);
assert.ok(ws instanceof fs.WriteStream);
const wev = [];
ws.on('open', () => wev.push('open'));
ws.on('ready', () => wev.push('ready'));
ws.on('finish', () => wev.push('finish'));
ws.on('close', mustCall(() => {
  wev.push('close');
  assert.deepStrictEqual(wev, ['open', 'ready', 'finish', 'close']);
  assert.strictEqual(ws.bytesWritten, 11);
  assert.strictEqual(fs.readFileSync(out, 'utf8'), 'hello world');
}));
ws.write('hello ');
ws.end(Buffer.from('world'));

// A larger file copied through pipeline with backpressure.
const big = Buffer.alloc(1 << 20);
for (let i = 0; i < big.length; i++) big[i] = i % 251;
fs.writeFileSync(path.join(dir, 'big.bin'), big);
pipeline(fs.createReadStream(path.join(dir, 'big.bin')), fs.createWriteStream(path.join(dir, 'copy.bin')),
  mustCall((err) => {
    assert.ifError(err);
    assert.ok(fs.readFileSync(path.join(dir, 'copy.bin')).equals(big));
  }));

// Append mode and a start position.
const app = path.join(dir, 'app.txt');
fs.writeFileSync(app, '0123456789');
fs.createWriteStream(app, { flags: 'r+', start: 3 }).end('xy', mustCall(() => {
  setImmediate(mustCall(() => assert.strictEqual(fs.readFileSync(app, 'utf8'), '012xy56789')));
}));

// Errors: a missing file, bad ranges.
fs.createReadStream(path.join(dir, 'nope'))
  .on('error', mustCall((err) => {
    assert.strictEqual(err.code, 'ENOENT');
    assert.strictEqual(err.syscall, 'open');
  }))
  .on('close', mustCall());
assert.throws(() => fs.createReadStream(src, { start: 5, end: 2 }), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => fs.createReadStream(src, { start: 'x' }), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => fs.createReadStream(src, 5), { code: 'ERR_INVALID_ARG_TYPE' });
