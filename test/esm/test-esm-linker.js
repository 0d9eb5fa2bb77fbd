'use strict';
// The loader's linker and evaluator on hand-written module records in the
// shape internalBinding('esm').parseModule gives (the contract between the
// C rewrite and the JS loader), without the parser: live bindings through
// namespace getters, re-exports, link errors, cached evaluation errors, the
// specification's order for async modules. lode only.
const common = require('../common');
const assert = require('assert');

if (!common.isLode) {
  console.log('skip: lode only');
  process.exit(0);
}
common.withInternals(__filename);

const loader = require('internal/modules/esm/loader');

let n = 0;
// A module from a record; `body` is the module source after the rewrite.
function mod({ local = [], indirect = [], star = [], imports = [], hasTLA = false, body = '' }, deps = []) {
  const url = `file:///lode-linker-test/m${n++}.mjs`;
  const m = loader.getModule(url);
  const getters = local.map(([name, binding]) => `${JSON.stringify(name)}: () => ${binding}`).join(', ');
  const params = ['$lode$', ...deps.map((d, i) => `$lode$n${i}`)].join(', ');
  const code = `(${hasTLA ? 'async ' : ''}function* (${params}) {"use strict";$lode$.e({${getters}});yield;\n${body}\n})`;
  m.format = 'module';
  m.loaded = true;
  m.record = {
    code,
    prefix: '$lode$',
    requests: deps.map((d, i) => ({ specifier: `./dep${i}.mjs`, type: null })),
    importAttributesUnsupported: [],
    localExports: local.map(([name, binding]) => [name, binding]),
    indirectExports: indirect,
    starExports: star,
    imports,
    hasTLA,
    usesMeta: false,
  };
  m.hasTLA = hasTLA;
  m.sourceLine1 = body.indexOf('\n') === -1 ? body.length : body.indexOf('\n');
  m.deps = deps;
  return m;
}

// Live bindings, function hoisting, namespace shape.
const counter = mod({
  local: [['n', 'n'], ['inc', 'inc'], ['z', 'z']],
  body: 'let n = 0; function inc() { n++; } const z = "last";',
});
const user = mod({
  local: [['log', 'log']],
  imports: [['n', 0, 'n'], ['inc', 0, 'inc']],
  body: 'const log = [$lode$n0.n]; (0, $lode$n0.inc)(); log.push($lode$n0.n);',
}, [counter]);
loader.link(user);
loader.evaluateSync(user);
assert.deepStrictEqual(user.namespace.log, [0, 1]);
counter.namespace.inc();
assert.strictEqual(counter.namespace.n, 2);
assert.deepStrictEqual(Object.keys(counter.namespace), ['inc', 'n', 'z']);
assert.strictEqual(Object.isSealed(counter.namespace), true);

// Re-exports: export { n as m } from, export * from, export * as ns from.
const barrel = mod({
  local: [['own', 'own']],
  indirect: [['m', 0, 'n'], ['all', 0, '*']],
  star: [0],
  body: 'const own = 1;',
}, [counter]);
loader.link(barrel);
loader.evaluateSync(barrel);
assert.deepStrictEqual(Object.keys(barrel.namespace), ['all', 'inc', 'm', 'n', 'own', 'z']);
assert.strictEqual(barrel.namespace.all, counter.namespace);
counter.namespace.inc();
assert.strictEqual(barrel.namespace.m, 3);

// A missing import fails the link; nothing is evaluated.
const bad = mod({
  imports: [['nope', 0, 'nope']],
  body: 'globalThis.linkerTestRan = true;',
}, [counter]);
assert.throws(() => loader.link(bad), {
  name: 'SyntaxError',
  message: "The requested module './dep0.mjs' does not provide an export named 'nope'",
});
assert.strictEqual(globalThis.linkerTestRan, undefined);

// An evaluation error is kept and thrown again.
const thrower = mod({ body: 'throw new Error("once");' });
const importer = mod({ body: 'globalThis.linkerImporterRan = true;' }, [thrower]);
loader.link(importer);
let first;
assert.throws(() => loader.evaluateSync(importer), (e) => { first = e; return e.message === 'once'; });
assert.throws(() => loader.evaluateSync(importer), (e) => e === first);
assert.throws(() => loader.evaluateSync(thrower), (e) => e === first);
assert.strictEqual(globalThis.linkerImporterRan, undefined);

// A cycle: each module sees the other's hoisted function before either
// runs (they are compiled as generators, called at link time), and a let
// binding is in the TDZ until its module runs.
const c1 = mod({
  local: [['f1', 'f1']],
  imports: [['f2', 0, 'f2']],
  body: 'function f1() { return "f1"; } globalThis.linkerCycle = (globalThis.linkerCycle || []).concat("c1:" + (0, $lode$n0.f2)());',
}, [null]);
const c2 = mod({
  local: [['f2', 'f2']],
  imports: [['f1', 0, 'f1']],
  body: 'function f2() { return "f2"; } globalThis.linkerCycle = (globalThis.linkerCycle || []).concat("c2:" + (0, $lode$n0.f1)());',
}, [c1]);
c1.deps[0] = c2;
loader.link(c1);
assert.strictEqual(c1.isGenerator && c2.isGenerator, true);
assert.strictEqual(typeof c1.namespace.f1, 'function');
assert.strictEqual(c1.namespace.f1(), 'f1');
assert.strictEqual(user.isGenerator || counter.isGenerator, false);
loader.evaluateSync(c1);
assert.deepStrictEqual(globalThis.linkerCycle, ['c2:f1', 'c1:f2']);

// Async modules: siblings start in order, a parent runs after both.
const log = [];
globalThis.linkerLog = log;
const a1 = mod({ hasTLA: true, body: 'linkerLog.push("a1 start"); await 0; linkerLog.push("a1 end");' });
const a2 = mod({ hasTLA: true, body: 'linkerLog.push("a2 start"); await 0; linkerLog.push("a2 end");' });
const top = mod({ body: 'linkerLog.push("top");' }, [a1, a2]);
loader.link(top);
(async () => {
  await null;
  await null;
  await loader.evaluate(top);
  assert.deepStrictEqual(log, ['a1 start', 'a2 start', 'a1 end', 'a2 end', 'top']);
})().then(common.mustCall());
