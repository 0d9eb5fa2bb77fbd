'use strict';
// CommonJS and ES modules both ways. import of CommonJS: default is
// module.exports, named exports are what static analysis finds (re-exports
// followed), values as they were when it ran. require() of an ES module:
// its namespace (with __esModule when it has a default export, or its
// 'module.exports' export), ERR_REQUIRE_ASYNC_MODULE for top-level await,
// ERR_REQUIRE_CYCLE_MODULE in a cycle. Expected values are node's (v20).
const assert = require('assert');
const path = require('path');
const { fixtures, mustCall } = require('../common');

const dir = path.join(fixtures, 'esm', 'interop');

(async () => {
  const { result, late } = await import(path.join(dir, 'import-cjs.mjs'));
  assert.deepStrictEqual(result, {
    order: ['first.mjs', 'exports.cjs'],
    defaultIsModuleExports: true,
    named: [1, 2, 3, 4, true],
    nsKeys: ['__esModule', 'a', 'b', 'c', 'd', 'default'],
    reKeys: ['__esModule', 'a', 'b', 'c', 'd', 'default'],
    spreadKeys: ['default', 'local'],
    tsKeys: ['__esModule', 'a', 'b', 'c', 'd', 'default', 'own'],
    fn: ['called', 'prop', ['prop']],
  });
  // Named exports are a snapshot taken when the module ran.
  await new Promise((resolve) => setTimeout(resolve, 10));
  assert.strictEqual(late.early, 'early');
  assert.strictEqual(late.late, undefined);
  assert.strictEqual(late.default.late, 'late');

  await assert.rejects(import(path.join(dir, 'missing-named.mjs')), {
    name: 'SyntaxError',
    message: "Named export 'notThere' not found. The requested module './exports.cjs' is a CommonJS module, " +
      'which may not support all module.exports as named exports.\nCommonJS modules can always be imported ' +
      "via the default export, for example using:\n\nimport pkg from './exports.cjs';\nconst { a, notThere } = pkg;\n",
  });

  // require(esm)
  const r = require(path.join(dir, 'require-esm.cjs'));
  assert.deepStrictEqual(r.result, {
    keys: ['__esModule', 'bump', 'counter', 'default', 'named'],
    esModule: true,
    call: 'hello',
    same: true,
    cached: true,
    noDefault: r.result.noDefault,
    moduleExports: { replaced: true },
    hasEsModule: false,
    typeless: 'esm by syntax',
    live: 1,
  });
  assert.deepStrictEqual(Object.keys(r.result.noDefault), ['only']);
  assert.strictEqual(r.result.noDefault[Symbol.toStringTag], 'Module');
  const imported = await import(path.join(dir, 'esm.mjs'));
  assert.notStrictEqual(imported, r.ns);
  assert.strictEqual(imported.counter, 1);
  assert.strictEqual(imported.default, r.ns.default);

  for (const f of ['tla.mjs', 'imports-tla.mjs']) {
    assert.throws(() => require(path.join(dir, f)), {
      code: 'ERR_REQUIRE_ASYNC_MODULE',
      message: 'require() cannot be used on an ESM graph with top-level await. Use import() instead. To see ' +
        'where the top-level await comes from, use --experimental-print-required-tla.\n' +
        `  From ${__filename} \n  Requiring ${path.join(dir, f)} `,
    });
  }
  // The module was not evaluated: import() still works.
  assert.strictEqual((await import(path.join(dir, 'tla.mjs'))).t, 'tla');

  assert.throws(() => require(path.join(dir, 'throws.mjs')), { message: 'thrown from esm' });
  assert.throws(() => require(path.join(dir, 'throws.mjs')), { message: 'thrown from esm' });
  assert.strictEqual(globalThis.interopThrowsRuns, 1);
  assert.throws(() => require(path.join(dir, 'bad-syntax.mjs')), SyntaxError);

  const cycle = await import(path.join(dir, 'cycle.mjs'));
  assert.strictEqual(cycle.fromEsm, 'esm');
  assert.deepStrictEqual(globalThis.interopCycleError, [
    'ERR_REQUIRE_CYCLE_MODULE',
    `Cannot require() ES Module ${path.join(dir, 'cycle.mjs')} in a cycle. (from ${path.join(dir, 'cycle.cjs')}) ` +
      'A cycle involving require(esm) is not allowed to maintain invariants mandated by the ECMAScript ' +
      'specification. Try making at least part of the dependency in the graph lazily loaded.',
  ]);

  const cr = await import(path.join(dir, 'create-require.mjs'));
  assert.deepStrictEqual(cr.result, [1, 'function', true, 'function']);
})().then(mustCall());
