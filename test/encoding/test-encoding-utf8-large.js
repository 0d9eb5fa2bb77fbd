'use strict';
// Large UTF-8 texts decoded to strings (lode makes the engine string of
// a large text in one copy, 1-byte for ASCII, 2-byte otherwise, where it
// decodes in C: module sources, internal file reads): the same characters
// as node, through Buffer#toString, TextDecoder, fs.readFileSync(file,
// 'utf8') and require() of large files.
require('../common');
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lode-utf8-large-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));

function pattern(unit, length) {
  let s = '';
  while (s.length < length) s += unit;
  return s;
}

const cases = [
  ['ascii', pattern('abc 123\n', 100000)],
  ['ascii, just over 16 KiB', pattern('x', 16385)],
  ['latin1', pattern('caf\u00e9 ', 70000)],
  ['bmp', pattern('\u65e5\u672c\u2028', 50000)],
  ['astral', pattern('a\u{1f600}', 40000)],
  ['one wide at the end', `${pattern('y', 40000)}\u20ac`],
  ['nul bytes', pattern('a\0b', 30000)],
];
let i = 0;
for (const [name, text] of cases) {
  const bytes = Buffer.from(text, 'utf8');
  assert.ok(bytes.toString('utf8') === text, name);
  if (bytes.length === text.length) { // ASCII: a byte a character
    assert.ok(bytes.toString('utf8', 1, bytes.length - 1) === text.slice(1, -1), name);
  }
  assert.ok(new TextDecoder().decode(bytes) === text, name);
  const file = path.join(dir, `f${i++}.txt`);
  fs.writeFileSync(file, bytes);
  const read = fs.readFileSync(file, 'utf8');
  assert.ok(read === text, name);
  assert.strictEqual(read.length, text.length, name);
  // the string behaves as any other
  assert.strictEqual(read.lastIndexOf(text.slice(-3)), text.length - 3, name);
  assert.strictEqual(`${read}!`.length, text.length + 1, name);
  assert.strictEqual(read.split('\n').length, text.split('\n').length, name);
}

// invalid sequences become U+FFFD, as in node
{
  const bytes = Buffer.concat([Buffer.from(pattern('z', 20000)), Buffer.from([0xff, 0xe2, 0x82, 0x41, 0xc3])]);
  const want = `${pattern('z', 20000)}\ufffd\ufffdA\ufffd`;
  assert.ok(bytes.toString('utf8') === want);
  const file = path.join(dir, 'invalid.txt');
  fs.writeFileSync(file, bytes);
  assert.ok(fs.readFileSync(file, 'utf8') === want);
}

// large CommonJS modules, read as UTF-8 by the module loader and compiled
for (const tail of ['', ' \u00e9', ' \u{1f600}']) {
  let src = '// a comment\nmodule.exports = [\n';
  for (let k = 0; k < 5000; k++) src += `  ${JSON.stringify(`item ${k}${tail}`)},\n`;
  src += '];\n';
  const file = path.join(dir, `big${i++}.js`);
  fs.writeFileSync(file, src);
  const list = require(file);
  assert.strictEqual(list.length, 5000);
  assert.strictEqual(list[4999], `item 4999${tail}`);
  assert.strictEqual(list[17], `item 17${tail}`);
}

// many large strings: they stay intact while the collector runs
{
  const bytes = Buffer.from(pattern('0123456789', 50000));
  const kept = [];
  for (let k = 0; k < 200; k++) kept.push(bytes.toString('utf8'));
  if (typeof globalThis.gc === 'function') globalThis.gc();
  for (const s of kept) assert.ok(s === kept[0]);
  assert.strictEqual(kept[199].length, 50000);
}
