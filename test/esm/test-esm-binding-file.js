'use strict';
// internalBinding('esm').parseModuleFile(path, url): the loader's way to
// parse a module file (read in C, no source string): the record of
// parseModule with the code in the plain form (`plain`, `yieldAt`) and
// `line1`, the length of the source's first line. lode only.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');

if (!common.isLode) {
  console.log('skip: lode only');
  process.exit(0);
}
common.withInternals(__filename);

const { internalBinding } = require('internal/test/binding');
const esm = internalBinding('esm');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lode-esm-file-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
let count = 0;
function write(content) {
  const file = path.join(dir, `m${count++}.mjs`);
  fs.writeFileSync(file, content);
  return file;
}

// The record from the file is parseModule's for the text read as UTF-8,
// with the code without its `*` and `yield;`.
function check(content) {
  const file = write(content);
  const got = esm.parseModuleFile(file, `file://${file}`);
  const source = fs.readFileSync(file, 'utf8');
  const want = esm.parseModule(source, `file://${file}`);
  assert.strictEqual(got.plain, true);
  const star = want.code.startsWith('(async function* (') ? 15 : 9;
  assert.strictEqual(want.code[star], '*');
  assert.strictEqual(want.code.slice(got.yieldAt + 1, got.yieldAt + 7), 'yield;');
  const plain = want.code.slice(0, star) + want.code.slice(star + 1, got.yieldAt + 1) + want.code.slice(got.yieldAt + 7);
  assert.strictEqual(got.code, plain);
  assert.strictEqual(got.code.slice(got.yieldAt - 3, got.yieldAt), '});');
  const nl = source.indexOf('\n');
  assert.strictEqual(got.line1, nl === -1 ? source.length : nl);
  for (const k of ['requests', 'importAttributesUnsupported', 'localExports', 'indirectExports', 'starExports',
    'imports', 'hasTLA', 'usesMeta', 'prefix']) {
    assert.deepStrictEqual(got[k], want[k], k);
  }
  return got;
}

check('export const a = 1;\n');
check('');
check('export const noNewline = 1');
check('import x, { y as z } from "./a.mjs";\nexport * from "./b.mjs";\nexport { z };\nexport default x;\n');
// top-level await: an async function
assert.match(check('const v = await 1;\nexport { v };\n').code, /^\(async function \(\$lode\$\) \{"use strict";/);
// non-ASCII on line 1 (in the getters' keys and in the source): UTF-16 units
const r = check('export const \u00e9t\u00e9 = "\u{1f600}"; export { \u00e9t\u00e9 as "\u{1f601} x" };\nlet b;\n');
assert.deepStrictEqual(r.localExports, [['\u00e9t\u00e9', '\u00e9t\u00e9'], ['\u{1f601} x', '\u00e9t\u00e9']]);
// a byte-order mark and CRLF line ends are kept as they are
check('\ufeffexport const a = 1;\r\nexport const b = 2;\r\n');
// invalid UTF-8 is replaced as when read as a string
{
  const file = path.join(dir, 'invalid.mjs');
  fs.writeFileSync(file, Buffer.concat([Buffer.from('export const s = "a'), Buffer.from([0xff, 0xc3]),
    Buffer.from('b";\n')]));
  const got = esm.parseModuleFile(file, 'file:///invalid.mjs');
  assert.ok(got.code.includes('const s = "a\ufffd\ufffdb";'));
}
// large modules (the code becomes a string in one copy): ASCII, and not
{
  let ascii = 'import { h } from "./h.mjs";\n';
  for (let i = 0; ascii.length < 300000; i++) ascii += `export function f${i}(a) { return h(a) + ${i}; }\n`;
  const a = check(ascii);
  assert.ok(a.code.includes('return (0, $lode$n0.h)(a) + 7;'));
  const wide = check(`${ascii}export const s = "\u00e9\u{1f600}\u2028";\n`);
  assert.ok(wide.code.includes('const s = "\u00e9\u{1f600}\u2028";'));
}
// the code runs as a plain function
{
  const file = write('export let n = 1;\nexport function inc() { n++; }\n');
  const got = esm.parseModuleFile(file, 'file:///run.mjs');
  const fn = internalBinding('builtins').evaluate(got.code, 'file:///run.mjs');
  let getters;
  fn.call(undefined, { e(g) { getters = g; } });
  getters.inc()();
  assert.strictEqual(getters.n(), 2);
}

// parseModule of a string with a lone surrogate after other non-ASCII
// text: all of the text is parsed (the engine's UTF-8 conversion stops at
// the surrogate; the binding's own takes over)
{
  const got = esm.parseModule('export const s = "\u00e9\ud800";\nexport const t = 1;\n', 'file:///lone.mjs');
  assert.deepStrictEqual(got.localExports, [['s', 's'], ['t', 't']]);
  assert.ok(got.code.includes('const s = "\u00e9'));
  // where the bytes before the surrogate happen to be as many as the units
  assert.strictEqual(esm.parseModule("'\u00e9\u00e9\ud800'", 'file:///lone2.mjs').localExports.length, 0);
}

// errors: the file's (as readFileUtf8 throws them), and syntax errors
assert.throws(() => esm.parseModuleFile(path.join(dir, 'missing.mjs'), 'file:///missing.mjs'), (e) => {
  assert.strictEqual(e.code, 'ENOENT');
  assert.strictEqual(e.syscall, 'open');
  return true;
});
assert.throws(() => esm.parseModuleFile(write('export const a = 1;\nconst x = ;\n'), 'file:///bad.mjs'), (e) => {
  assert.strictEqual(e.name, 'SyntaxError');
  assert.strictEqual(e.message, "Unexpected token ';'");
  assert.strictEqual(e.line, 2);
  assert.strictEqual(e.column, 10);
  assert.strictEqual(e.filename, 'file:///bad.mjs');
  return true;
});
