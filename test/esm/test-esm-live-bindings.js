'use strict';
// Live bindings, export default forms and their names, assignment to an
// import, shadowing, and the shape of module namespace objects. The
// expected values are node's (v20).
const assert = require('assert');
const path = require('path');
const util = require('util');
const { fixtures, mustCall } = require('../common');

const dir = path.join(fixtures, 'esm', 'live');

(async () => {
  const { log } = await import(path.join(dir, 'main.mjs'));
  assert.deepStrictEqual(log, [
    0, 0, 0, 2, 2, 2, undefined, 'set', 'set', 'var', 'function', true, 'anonymous default',
    'TypeError', 2, 'arrow', 'default', 'default', 'default', 'named', 'aliased', 'aliased',
    'local', 'block', 2, '2',
  ]);

  // String export names.
  assert.deepStrictEqual((await import(path.join(dir, 'use-names.mjs'))).values, [1, 2]);

  // The namespace: null prototype, sorted names, @@toStringTag, sealed,
  // non-extensible, read-only; the same object on every import.
  const ns = await import(path.join(dir, 'counter.mjs'));
  assert.strictEqual(ns, await import(path.join(dir, 'counter.mjs')));
  assert.strictEqual(Object.getPrototypeOf(ns), null);
  assert.deepStrictEqual(Object.keys(ns), [
    'Klass', 'aliasOfCount', 'count', 'default', 'hoisted', 'increment', 'later', 'object', 'setLater',
  ]);
  assert.deepStrictEqual(Reflect.ownKeys(ns).slice(-1), [Symbol.toStringTag]);
  assert.strictEqual(ns[Symbol.toStringTag], 'Module');
  assert.strictEqual(Object.prototype.toString.call(ns), '[object Module]');
  const tag = Object.getOwnPropertyDescriptor(ns, Symbol.toStringTag);
  assert.deepStrictEqual(tag, { value: 'Module', writable: false, enumerable: false, configurable: false });
  assert.strictEqual(Object.isExtensible(ns), false);
  assert.strictEqual(Object.isSealed(ns), true);
  assert.throws(() => { ns.count = 1; }, TypeError);
  assert.throws(() => { ns.added = 1; }, TypeError);
  assert.throws(() => { delete ns.count; }, TypeError);
  assert.strictEqual('count' in ns, true);
  assert.strictEqual(ns.nothing, undefined);
  assert.strictEqual(ns.count, 2);
  ns.increment();
  assert.strictEqual(ns.count, 3);
  assert.strictEqual(ns.aliasOfCount, 3);
  assert.strictEqual(Object.getOwnPropertyDescriptor(ns, 'count').enumerable, true);
  assert.strictEqual(Object.getOwnPropertyDescriptor(ns, 'count').configurable, false);
  assert.deepStrictEqual(JSON.parse(JSON.stringify(ns)).count, 3);
  assert.deepStrictEqual({ ...ns }.later, 'set');
  assert.throws(() => String(ns), TypeError);

  // How util.inspect shows a namespace: values, not getters.
  const small = await import(path.join(dir, 'default-alias.mjs'));
  assert.strictEqual(util.inspect(small), "[Module: null prototype] { default: 'aliased', value: 'aliased' }");
  assert.strictEqual(util.types.isModuleNamespaceObject(small), true);
  assert.strictEqual(util.types.isModuleNamespaceObject({}), false);
})().then(mustCall());
