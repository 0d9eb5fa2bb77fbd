'use strict';
// internalBinding('esm'): the module rewrite and records of src/js_rewrite.c
// (the contract is /work/notes/esm-contract.md), the import() rewrite of
// scripts, CommonJS export detection and module syntax detection. lode only
// (Node's loader is another design). The rewritten code is run here by a
// small linker of its own, so the rewrite's semantics are checked apart
// from lib/internal/modules/esm; the expected values are node's for the
// same modules.
const common = require('../common');
const assert = require('assert');

if (!common.isLode) {
  console.log('skip: lode only');
  process.exit(0);
}
common.withInternals(__filename);

const { internalBinding } = require('internal/test/binding');
const esm = internalBinding('esm');
// the runtime's evaluate(source, url), as the loader runs module code
const { evaluate } = internalBinding('builtins');

// ---- a tiny linker: files is { name: source }; returns the entry's namespace

function link(files, entry, ctxFor = () => ({})) {
  const mods = new Map();
  function load(name) {
    if (mods.has(name)) return mods.get(name);
    const m = { name, rec: esm.parseModule(files[name], `file:///${name}`), getters: null, ns: null };
    mods.set(name, m);
    m.deps = m.rec.requests.map((r) => load(r.specifier));
    return m;
  }
  function namespace(m) {
    if (m.ns) return m.ns;
    m.ns = Object.create(null);
    const names = new Map();
    for (const [e] of m.rec.localExports) names.set(e, () => m.getters[e]());
    for (const [e, k, i] of m.rec.indirectExports)
      names.set(e, i === '*' ? () => namespace(m.deps[k]) : () => namespace(m.deps[k])[i]);
    for (const k of m.rec.starExports) {
      const d = m.deps[k];
      for (const n of d.exportNames()) if (n !== 'default' && !names.has(n)) names.set(n, () => namespace(d)[n]);
    }
    for (const n of [...names.keys()].sort()) Object.defineProperty(m.ns, n, { get: names.get(n), enumerable: true });
    Object.defineProperty(m.ns, Symbol.toStringTag, { value: 'Module' });
    Object.seal(m.ns);
    return m.ns;
  }
  const root = load(entry);
  for (const m of mods.values()) {
    m.exportNames = () => [...m.rec.localExports.map((e) => e[0]), ...m.rec.indirectExports.map((e) => e[0])];
  }
  for (const m of mods.values()) {
    const fn = evaluate(m.rec.code, `file:///${m.name}`);
    const ctx = { e(g) { m.getters = g; }, meta: { url: `file:///${m.name}` }, import: (s) => `import:${s}`, ...ctxFor(m) };
    m.gen = fn.call(undefined, ctx, ...m.deps.map(namespace));
    m.gen.next();
  }
  const seen = new Set();
  (function run(m) {
    if (seen.has(m)) return;
    seen.add(m);
    m.deps.forEach(run);
    m.gen.next();
  })(root);
  return namespace(root);
}

// ---- records

{
  const r = esm.parseModule(`
import a, { b as c, 'd e' as f } from './m.js';
import * as ns from 'node:fs';
import data from './d.json' with { type: 'json', extra: 'x' };
import again from './m.js';
export * from './star.js';
export * as all from './all.js';
export { x as y, default as z } from './re.js';
export { c as cc, ns, local };
const local = 1;
export default 42;
import.meta;
`, '/tmp/x.mjs');
  assert.deepStrictEqual(r.requests, [
    { specifier: './m.js', type: null },
    { specifier: 'node:fs', type: null },
    { specifier: './d.json', type: 'json' },
    { specifier: './star.js', type: null },
    { specifier: './all.js', type: null },
    { specifier: './re.js', type: null },
  ]);
  assert.deepStrictEqual(r.importAttributesUnsupported, [[2, 'extra', 'x']]);
  assert.deepStrictEqual(r.imports, [
    ['a', 0, 'default'], ['c', 0, 'b'], ['f', 0, 'd e'], ['ns', 1, '*'], ['data', 2, 'default'], ['again', 0, 'default'],
  ]);
  assert.deepStrictEqual(r.starExports, [3]);
  assert.deepStrictEqual(r.indirectExports, [
    ['all', 4, '*'], ['y', 5, 'x'], ['z', 5, 'default'], ['cc', 0, 'b'], ['ns', 1, '*'],
  ]);
  assert.deepStrictEqual(r.localExports, [['local', 'local'], ['default', '$lode$default']]);
  assert.strictEqual(r.hasTLA, false);
  assert.strictEqual(r.usesMeta, true);
  assert.strictEqual(r.prefix, '$lode$');
  assert.match(r.code, /^\(function\* \(\$lode\$, \$lode\$n0, \$lode\$n1, \$lode\$n2, \$lode\$n3, \$lode\$n4, \$lode\$n5\) \{"use strict";/);
  // every line stays where it was
  assert.strictEqual(r.code.split('\n').length, 13 + 1);
}

{
  const r = esm.parseModule('await 1;', 'f');
  assert.strictEqual(r.hasTLA, true);
  assert.match(r.code, /^\(async function\* \(\$lode\$\) \{/);
  assert.strictEqual(esm.parseModule('for await (const x of []) {}').hasTLA, true);
  assert.strictEqual(esm.parseModule('async function f() { await 1; }').hasTLA, false);
  const p = esm.parseModule('const $lode$x = 1; export { $lode$x };');
  assert.strictEqual(p.prefix, '$lode$$');
  assert.match(p.code, /^\(function\* \(\$lode\$\$\) \{"use strict";\$lode\$\$\.e\(\{"\$lode\$x": \(\) => \$lode\$x\}\);yield;/);
}

// ---- syntax errors

function syntaxError(source, message, line, column) {
  assert.throws(() => esm.parseModule(source, '/tmp/bad.mjs'), (e) => {
    assert.strictEqual(e.name, 'SyntaxError');
    assert.strictEqual(e.message, message);
    assert.strictEqual(e.line, line);
    assert.strictEqual(e.column, column);
    assert.strictEqual(e.filename, '/tmp/bad.mjs');
    return true;
  });
}
syntaxError('let x = ;', "Unexpected token ';'", 1, 8);
syntaxError('\n\n  x = 1 +;', "Unexpected token ';'", 3, 9);
syntaxError("'😀' )", "Unexpected token ')'", 1, 5);
syntaxError('import { a } from "m"; let a;', "Identifier 'a' has already been declared", 1, 27);
syntaxError('export { x };', "Export 'x' is not defined in module", 1, 9);
syntaxError('const x = 1; export { x, x };', "Duplicate export of 'x'", 1, 25);
syntaxError('return 1', 'Illegal return statement', 1, 0);
syntaxError('with (a) {}', 'Strict mode code may not include a with statement', 1, 0);
syntaxError('import x from', 'Unexpected end of input', 1, 13);
syntaxError('let x = 08;', 'Decimals with leading zeros are not allowed in strict mode.', 1, 8);

// ---- the rewrite, run

{
  // live bindings, calls without `this`, namespace objects, default names
  const ns = link({
    'a.mjs': `
import { n, inc, self } from 'b.mjs';
import * as B from 'b.mjs';
import def from 'c.mjs';
import cls from 'd.mjs';
import arrow, { named as named2 } from 'e.mjs';
export const out = [];
out.push(n); inc(); out.push(n, B.n, def.name, cls.name, arrow.name, named2.name, typeof inc);
out.push(self() === undefined, B.self() === B);
out.push({ n }.n, Object.prototype.toString.call(B), Object.keys(B).join());
out.push(Object.isSealed(B), Object.getPrototypeOf(B));
`,
    'b.mjs': 'export let n = 1; export function inc() { n++; } export function self() { return this; }',
    'c.mjs': 'export default function () {}',
    'd.mjs': 'export default class {}',
    'e.mjs': 'export default (() => 1); export const named = function () {};',
  }, 'a.mjs');
  assert.deepStrictEqual(ns.out, [1, 2, 2, 'default', 'default', 'default', 'named', 'function',
                                  true, true, 2, '[object Module]', 'inc,n,self', true, null]);
}

{
  // shadowing: only references to the imports are rewritten
  const ns = link({
    'a.mjs': `
import { x, f } from 'b.mjs';
export const out = [];
function g(x) { return x; }
out.push(g(5));
{ let x = 6; out.push(x); }
try { throw 7; } catch (x) { out.push(x); }
out.push((function x() { return typeof x; })());
out.push((class x { static m() { return typeof x; } }).m());
const o = { x: 8, [x]: 9, x2: { x } };
out.push(o.x, o[1], o.x2.x);
x: for (;;) { break x; }
out.push(((y = x + 100) => y)());
out.push(((x) => x)(10));
for (const x of [11]) out.push(x);
out.push([1, 2].map(function () { var x = 12; return x; })[0]);
class K { x = x; static x = 13; m() { return x; } }
out.push(new K().x, K.x, new K().m());
const { a = x, b: [c = x] = [] } = {};
out.push(a, c);
out.push(\`\${x}\`, typeof x, f\`t\`, (f)(), f?.());
switch (x) { case 1: { let x = 14; out.push(x); } }
function h() { return x; var x = 15; }
out.push(h());
function k(p = x) { var x = 16; return p; }
out.push(k());
`,
    'b.mjs': 'export const x = 1; export function f() { return this === undefined; }',
  }, 'a.mjs');
  assert.deepStrictEqual(ns.out, [5, 6, 7, 'function', 'function', 8, 9, 1, 101, 10, 11, 12, 1, 13, 1, 1, 1,
                                  '1', 'number', true, true, true, 14, undefined, 1]);
}

{
  // assignments to imports throw at run time, as to a const
  const ns = link({
    'a.mjs': `
import { n } from 'b.mjs';
import * as B from 'b.mjs';
export const out = [];
const tries = [() => { n = 5; }, () => { n++; }, () => { --n; }, () => { n += 1; },
  () => { ({ n } = { n: 1 }); }, () => { [n] = [1]; }, () => { ({ q: n } = {}); }, () => { for (n of [1]); },
  () => { B = 1; }, () => { ({ n = 2 } = {}); }, () => { [...n] = []; }];
for (const t of tries) {
  try { t(); out.push('no error'); } catch (e) { out.push(e instanceof TypeError && e.message); }
}
let side = 0;
try { n = side = 1; } catch (e) { out.push(side); }
out.push(n ||= 3);
try { n &&= 0; } catch (e) { out.push('&&='); }
`,
    'b.mjs': 'export let n = 1;',
  }, 'a.mjs');
  const msg = 'Assignment to constant variable.';
  assert.deepStrictEqual(ns.out, [msg, msg, msg, msg, msg, msg, msg, msg, msg, msg, msg, 1, 1, '&&=']);
}

{
  // cycles: hoisted functions are callable before their module runs, a let
  // read too early is in its temporal dead zone
  const ns = link({
    'a.mjs': `
import { early, late } from 'b.mjs';
export function hoisted() { return 'hoisted'; }
export let value = 'value';
export const out = [early, late()];
`,
    'b.mjs': `
import { hoisted, value } from 'a.mjs';
export const early = hoisted();
let tdz;
try { value; } catch (e) { tdz = e instanceof ReferenceError; }
export const late = () => value + ' ' + tdz;
`,
  }, 'a.mjs');
  assert.deepStrictEqual(ns.out, ['hoisted', 'value true']);
}

{
  // export forms
  const ns = link({
    'a.mjs': `
import f, * as all from 'b.mjs';
import g from 'c.mjs';
export const out = [f(), f.name, all.v, all.w, all.x, all.y, g.name, Object.keys(all).join()];
`,
    'b.mjs': `
export default function named() { return 'named'; }
export var v = 1, { w, x: [y] } = { w: 2, x: [3] };
let x = 4;
export { x };
`,
    'c.mjs': 'export default class G { static m() {} }',
  }, 'a.mjs');
  assert.deepStrictEqual(ns.out, ['named', 'named', 1, 2, 4, 3, 'G', 'default,v,w,x,y']);
}

{
  // re-exports, star exports, namespace re-exports
  const ns = link({
    'a.mjs': `
import { p, q, r, ns, renamed } from 'b.mjs';
export const out = [p, q, r, ns.s, renamed];
`,
    'b.mjs': `
export * from 'c.mjs';
export { s as renamed } from 'd.mjs';
export * as ns from 'd.mjs';
import { t } from 'd.mjs';
export { t as r };
`,
    'c.mjs': 'export const p = 1, q = 2;',
    'd.mjs': 'export const s = 3, t = 4;',
  }, 'a.mjs');
  assert.deepStrictEqual(ns.out, [1, 2, 4, 3, 3]);
}

{
  // import.meta and import() go to the context object; `this` is undefined;
  // there is no `arguments` outside functions
  const ns = link({
    'a.mjs': `
export const out = [import.meta.url, import("./x.js"), typeof this, typeof arguments, (() => typeof arguments)(),
  (function () { return arguments.length; })(1, 2)];
try { arguments; } catch (e) { out.push(e.name); }
`,
  }, 'a.mjs');
  assert.deepStrictEqual(ns.out, ['file:///a.mjs', 'import:./x.js', 'undefined', 'undefined', 'undefined', 2,
                                  'ReferenceError']);
}

{
  // top-level await: an async generator
  const r = esm.parseModule('import { v } from "m"; export const got = await Promise.resolve(v + 1);', 'f');
  const fn = evaluate(r.code, 'file:///tla.mjs');
  let getters;
  const gen = fn.call(undefined, { e(g) { getters = g; } }, { v: 41 });
  gen.next().then(common.mustCall(() => gen.next())).then(common.mustCall(() => {
    assert.strictEqual(getters.got(), 42);
  }));
}

{
  // stack traces keep the source's line numbers
  const r = esm.parseModule('import { a } from "m";\n\nexport function thrower() {\n  throw new Error("boom");\n}\n', 'f');
  const fn = evaluate(r.code, 'file:///lines.mjs');
  let getters;
  fn.call(undefined, { e(g) { getters = g; } }, {}).next();
  assert.throws(() => getters.thrower()(), (e) => /lines\.mjs:4:/.test(e.stack));
}

// ---- many names: nothing lost to the collector while the arrays are made

{
  const n = 3000;
  let src = '';
  for (let i = 0; i < n; i++) src += `import { x${i} } from "m${i % 7}"; export const y${i} = x${i} + ${i};\n`;
  const r = esm.parseModule(src, 'big');
  assert.strictEqual(r.imports.length, n);
  assert.strictEqual(r.localExports.length, n);
  assert.strictEqual(r.requests.length, 7);
  for (let i = 0; i < n; i += 97) {
    assert.deepStrictEqual(r.imports[i], [`x${i}`, i % 7, `x${i}`]);
    assert.deepStrictEqual(r.localExports[i], [`y${i}`, `y${i}`]);
  }
  let cjs = '';
  for (let i = 0; i < n; i++) cjs += `exports.name${i} = ${i};\n`;
  const e = esm.cjsExports(cjs);
  assert.strictEqual(e.exports.length, n);
  for (let i = 0; i < n; i++) assert.strictEqual(e.exports[i], `name${i}`);
}

// ---- scripts: the import() rewrite

assert.strictEqual(esm.parseScript('x = 1', 'f'), null);
assert.strictEqual(esm.parseScript('x.import(y); reimport(z); "import(a)"', 'f'), null);
assert.strictEqual(esm.parseScript('import("a").then(f)', 'f'), '$lode$import("a").then(f)');
assert.strictEqual(esm.parseScript('return import ( "a", { with: { type: "json" } } )', 'f'),
                   'return $lode$import ( "a", { with: { type: "json" } } )');
assert.strictEqual(esm.parseScript('#!/usr/bin/env node\nimport(/* c */ "x")', 'f'), '#!/usr/bin/env node\n$lode$import(/* c */ "x")');
assert.throws(() => esm.parseScript('import("x");\nlet = ;', '/tmp/s.js'), (e) => {
  assert.strictEqual(e.name, 'SyntaxError');
  assert.strictEqual(e.message, "Unexpected token ';'");
  assert.strictEqual(e.line, 2);
  assert.strictEqual(e.column, 6);
  assert.strictEqual(e.filename, '/tmp/s.js');
  return true;
});

// ---- CommonJS export names (as node's cjs-module-lexer finds them)

function cjs(source, names, reexports = []) {
  assert.deepStrictEqual(esm.cjsExports(source), { exports: names, reexports });
}
cjs('exports.a = 1; module.exports.b = 2; exports["c-d"] = 3; if (exports.e === 1) {}', ['a', 'b', 'c-d', 'e']);
cjs('function f(exports) { exports.a = 1; } (exports).b = 1; exports.c += 1;', ['a']);
cjs('Object.defineProperty(exports, "a", { enumerable: true, get: function () { return q.p; } });' +
    'Object.defineProperty(exports, "__esModule", { value: true });', ['a', '__esModule']);
cjs('exports.z = 1; Object.defineProperty(exports, "z", { get() { return "unsafe"; } });', []);
cjs('module.exports = { a, b: c, "d": e, ...f, g: h.i, j }', ['a', 'b', 'd', 'g']);
cjs('module.exports = require("./x");', [], ['./x']);
cjs('module.exports = { ...require("./x"), a }; ', ['a'], ['./x']);
cjs('0 && (module.exports = { a, b });', ['a', 'b']);
cjs('var _x = require("./x"); Object.keys(_x).forEach(function (key) {\n' +
    '  if (key === "default" || key === "__esModule") return;\n  exports[key] = _x[key];\n});', [], ['./x']);
cjs('__exportStar(require("./a"), exports); tslib.__exportStar(require("./b"), exports);', [], ['./a', './b']);
cjs('exports.a = 1; let = ;', []);
cjs('#!/usr/bin/env node\nexports.a = 1;\nreturn;', ['a']);

// ---- module syntax detection (as node's for ambiguous .js files)

for (const [source, want] of [
  ['import fs from "fs";', true],
  ['export const a = 1;', true],
  ['console.log(import.meta.url)', true],
  ['const x = await Promise.resolve(1);', true],
  ['const require = 1;', true],
  ['x = 1', false],
  ['import("x"); require("y")', false],
  ['return 1', false],
  ['function f() { await 1; }', false],
  ['let = ;', false],
]) {
  assert.strictEqual(esm.detectModule(source), want, source);
}
