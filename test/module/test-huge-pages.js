'use strict';
// Huge pages while a very large script or module is compiled and first run
// (src/huge_pages.c): internalBinding('huge_pages').begin(sourceLength)
// opens a window from 1 Mi characters up, in which the anonymous memory
// JSC has, and the memory it maps, is advised MADV_HUGEPAGE (when the
// system leaves huge pages to madvise); end() takes the advice off again.
// require() and import of a large file are inside such a window, whatever
// way they end. Seen through the `hg` flag of /proc/self/smaps. lode only.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');

if (!common.isLode) {
  console.log('skip: lode only');
  process.exit(0);
}
if (!fs.existsSync('/proc/self/smaps')) {
  console.log('skip: no /proc/self/smaps');
  process.exit(0);
}
common.withInternals(__filename);

const { internalBinding } = require('internal/test/binding');
const hugePages = internalBinding('huge_pages');

let mode = 'unknown';
try {
  mode = /\[(\w+)\]/.exec(fs.readFileSync('/sys/kernel/mm/transparent_hugepage/enabled', 'latin1'))[1];
} catch {}
// With "always" or "never" (or no THP at all) lode leaves the advice alone.
const advises = mode === 'madvise';

// Start addresses of the mappings advised MADV_HUGEPAGE.
function marked() {
  const out = [];
  let start = null;
  for (const line of fs.readFileSync('/proc/self/smaps', 'latin1').split('\n')) {
    const m = /^([0-9a-f]+)-[0-9a-f]+ /.exec(line);
    if (m !== null) start = m[1];
    else if (line.startsWith('VmFlags:') && / hg(?= |$)/.test(line)) out.push(start);
  }
  return out;
}
function assertWindow(open, what) {
  const n = marked().length;
  if (open && advises) assert.ok(n > 0, `${what}: no mapping advised for huge pages`);
  else assert.strictEqual(n, 0, `${what}: ${n} mappings advised for huge pages`);
}

assertWindow(false, 'at start');

// The binding: small sources open nothing; windows nest.
assert.strictEqual(hugePages.begin(1000), false);
assert.strictEqual(hugePages.begin(2 ** 20 - 1), false);
assertWindow(false, 'after begin of a small source');
hugePages.end(); // unmatched: no effect
assert.strictEqual(hugePages.begin(2 ** 20), true);
assertWindow(true, 'window open');
const before = new Set(marked());
// Memory JSC maps while the window is open is advised too.
// (Large buffers until JSC maps more: their pages are never touched.)
const buffers = [];
const grew = () => marked().some((a) => !before.has(a));
while (buffers.length < 16 && !grew()) buffers.push(new ArrayBuffer(64 << 20));
if (advises) assert.ok(grew(), 'no new mapping advised');
assert.strictEqual(hugePages.begin(5e6), true);
hugePages.end();
assertWindow(true, 'inner window closed');
hugePages.end();
assertWindow(false, 'outer window closed');
buffers.length = 0;

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lode-huge-pages-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));

// A file of at least `size` characters whose body records whether a
// window is open, then runs `tail`.
globalThis.probe = () => marked().length > 0;
function source(size, tail, exportWord) {
  const lines = ['const seen = globalThis.probe();'];
  let n = lines[0].length;
  for (let i = 0; n < size; i++) {
    const line = `function f${i}(a) { return a + ${i}; }`;
    lines.push(line);
    n += line.length + 1;
  }
  lines.push(`${exportWord} { seen, f0 };`, tail);
  return lines.join('\n');
}
function file(name, text) {
  const f = path.join(dir, name);
  fs.writeFileSync(f, text);
  return f;
}

// CommonJS.
const bigCjs = require(file('big.cjs', source(1.1 * 2 ** 20, '', 'module.exports =')));
assert.strictEqual(bigCjs.seen, advises);
assert.strictEqual(bigCjs.f0(1), 1);
assertWindow(false, 'after require of a large file');
const smallCjs = require(file('small.cjs', source(1000, '', 'module.exports =')));
assert.strictEqual(smallCjs.seen, false);
assert.throws(() => require(file('throws.cjs', source(1.1 * 2 ** 20, 'throw new Error("boom");', 'module.exports ='))),
  { message: 'boom' });
assertWindow(false, 'after a large file threw');
assert.throws(() => require(file('bad.cjs', source(1.1 * 2 ** 20, 'let let = 1;', 'module.exports ='))),
  SyntaxError);
assertWindow(false, 'after a large file failed to compile');

// ES modules.
(async () => {
  const bigEsm = await import(file('big.mjs', source(1.1 * 2 ** 20, '', 'export')));
  assert.strictEqual(bigEsm.seen, advises);
  assert.strictEqual(bigEsm.f0(2), 2);
  assertWindow(false, 'after import of a large module');
  const smallEsm = await import(file('small.mjs', source(1000, '', 'export')));
  assert.strictEqual(smallEsm.seen, false);
  await assert.rejects(import(file('throws.mjs', source(1.1 * 2 ** 20, 'throw new Error("bang");', 'export'))),
    { message: 'bang' });
  assertWindow(false, 'after a large module threw');
  await assert.rejects(import(file('bad.mjs', source(1.1 * 2 ** 20, 'let let = 1;', 'export'))), SyntaxError);
  assertWindow(false, 'after a large module failed to parse');
  // Top-level await: the window is the first run, up to the first await.
  const tla = await import(file('tla.mjs', source(1.1 * 2 ** 20,
    'await null; export const later = globalThis.probe();', 'export')));
  assert.strictEqual(tla.seen, advises);
  assert.strictEqual(tla.later, false);
  assertWindow(false, 'after a module with top-level await');
  // In a cycle, the module's function is a generator started at link.
  file('cycle-a.mjs', "import { f0 } from './cycle-b.mjs'; export const fromB = f0(3);");
  const cyc = await import(file('cycle-b.mjs', source(1.1 * 2 ** 20, "import { fromB } from './cycle-a.mjs';", 'export')));
  assert.strictEqual(cyc.seen, advises);
  assertWindow(false, 'after a large module in a cycle');
  console.log('ok');
})().catch((err) => {
  console.error(err);
  process.exit(1);
});
