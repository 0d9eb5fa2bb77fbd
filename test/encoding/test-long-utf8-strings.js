'use strict';
// Texts longer than 128 KB reach JS from C in 64 KB pieces (one final
// string; see src/encoding.c). A cut must never change the decoding: every
// kind of sequence, valid or not, is placed across each 64 KB boundary at
// every offset, and the result compared with Buffer's decoding of the same
// bytes in one go (a separate path that never cuts). querystring.unescape
// of bytes that are not valid UTF-8 (a 0xFF at the start makes sure)
// decodes through the pieced path; an ES module's code does too.
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const qs = require('querystring');

const PIECE = 64 * 1024;
const sequences = [
  [0xC3, 0xA9], // é
  [0xE2, 0x82, 0xAC], // €
  [0xF0, 0x9F, 0x98, 0x80], // 😀
  [0xE2, 0x82], // truncated
  [0xF0, 0x9F, 0x98], // truncated
  [0xE0, 0x80, 0x80], // overlong
  [0xED, 0xA0, 0x80], // a surrogate
  [0xF4, 0x90, 0x80, 0x80], // past U+10FFFF
  [0x80, 0x81, 0x82, 0x83, 0x84, 0x85], // stray continuation bytes
  [0xC0, 0xFF, 0xFE],
];

function percent(bytes) {
  let s = '';
  for (const b of bytes) s += '%' + (b < 16 ? '0' : '') + b.toString(16);
  return s;
}

let checked = 0;
for (const seq of sequences) {
  for (let shift = 0; shift <= seq.length; shift++) {
    // Three boundaries; ASCII filler elsewhere, the sequence straddling
    // each boundary `shift` bytes before it.
    const bytes = Buffer.alloc(3 * PIECE + 1000, 0x61);
    bytes[10] = 0xFF;
    for (const boundary of [PIECE, 2 * PIECE, 3 * PIECE]) {
      for (let i = 0; i < seq.length; i++) bytes[boundary - shift + i] = seq[i];
    }
    const expected = bytes.toString('utf8');
    const got = qs.unescape(percent(bytes));
    assert.strictEqual(got.length, expected.length, `${seq} shift ${shift}`);
    assert.ok(got === expected, `${seq} shift ${shift}`);
    checked++;
  }
}
assert.strictEqual(checked, sequences.reduce((n, s) => n + s.length + 1, 0));

// Long runs of continuation bytes (no character open after four of them)
// and random bytes, across many cuts.
let seed = 7;
const rnd = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff);
for (const fill of [() => 0x80 + (rnd() % 64), () => rnd() % 256]) {
  const bytes = Buffer.alloc(5 * PIECE + 17);
  for (let i = 0; i < bytes.length; i++) bytes[i] = fill();
  assert.ok(qs.unescape(percent(bytes)) === bytes.toString('utf8'));
}

// A file read as UTF-8 text (readFileSync, readFile, fs.promises.readFile)
// takes the wide door from 1 KB up (src/encoding.c: ASCII becomes a 16-bit
// string there), source code read for require() the compact one: around
// both thresholds and the 64 KB cuts, with NULs and non-ASCII at the end,
// every form gives exactly Buffer's decoding.
const textDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lode-utf8-text-'));
const textCases = [];
for (const size of [0, 1, 1023, 1024, 1025, 4096, 2 * PIECE, 2 * PIECE + 1, 3 * PIECE + 5]) {
  for (const tail of [[], [0], [0xC3, 0xA9], [0xFF]]) {
    const bytes = Buffer.alloc(size + tail.length, 0x62);
    for (let i = 0; i < size; i += 97) bytes[i] = 0x30 + (i % 10);
    bytes.set(tail, size);
    const file = path.join(textDir, `t${textCases.length}.txt`);
    fs.writeFileSync(file, bytes);
    textCases.push({ file, expected: bytes.toString('utf8') });
  }
}
for (const { file, expected } of textCases) {
  assert.ok(fs.readFileSync(file, 'utf8') === expected, file);
}
const src = path.join(textDir, 'src.js');
const value = 'x'.repeat(3000);
fs.writeFileSync(src, `module.exports = ${JSON.stringify(value)};\n`);
assert.ok(require(src) === value);
let textLeft = textCases.length;
for (const { file, expected } of textCases) {
  fs.readFile(file, 'utf8', (err, got) => {
    assert.ifError(err);
    assert.ok(got === expected, file);
    if (--textLeft === 0) {
      Promise.all(textCases.map(async (c) => assert.ok((await fs.promises.readFile(c.file, 'utf8')) === c.expected)))
        .then(() => fs.rmSync(textDir, { recursive: true, force: true }));
    }
  });
}

// An ES module of ~1 MB whose code has non-ASCII text across the cuts:
// the exported string is exactly the source's.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lode-long-utf8-'));
const text = 'aé€😀'.repeat(100000);
const file = path.join(dir, 'big.mjs');
fs.writeFileSync(file, `export const text = ${JSON.stringify(text)};\n`);
import(file).then((ns) => {
  assert.ok(ns.text === text);
  fs.rmSync(dir, { recursive: true, force: true });
});
