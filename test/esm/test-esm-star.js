'use strict';
// export * (names found through several stars resolve once; ambiguous
// names are left out; `default` is never star-exported; a module's own
// export shadows a star), export * as ns, and the link errors Node gives
// for ambiguous and missing names.
const assert = require('assert');
const path = require('path');
const { fixtures, mustCall } = require('../common');

const dir = path.join(fixtures, 'esm', 'star');

(async () => {
  const barrel = await import(path.join(dir, 'barrel.mjs'));
  assert.deepStrictEqual(Object.keys(barrel), ['only3', 'own', 'renamed', 'sub', 'w', 'x', 'y']);
  assert.strictEqual(barrel.own, 'own');
  assert.strictEqual(barrel.y, 2);
  assert.strictEqual(barrel.renamed, 5);
  const s1 = await import(path.join(dir, 's1.mjs'));
  assert.strictEqual(barrel.sub, s1);

  const ns = await import(path.join(dir, 'ns-import.mjs'));
  assert.strictEqual(ns.s1, s1);
  assert.strictEqual(ns.same, true);

  await assert.rejects(import(path.join(dir, 'import-amb.mjs')), {
    name: 'SyntaxError',
    message: "The requested module './barrel.mjs' contains conflicting star exports for name 'amb'",
  });
  await assert.rejects(import(path.join(dir, 'import-default.mjs')), {
    name: 'SyntaxError',
    message: "The requested module './barrel.mjs' does not provide an export named 'default'",
  });
  await assert.rejects(import(path.join(dir, 'reexport-missing.mjs')), {
    name: 'SyntaxError',
    message: "The requested module './s1.mjs' does not provide an export named 'nothing'",
  });
})().then(mustCall());
