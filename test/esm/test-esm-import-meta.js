'use strict';
// import.meta (url, filename, dirname, resolve) and import() from ES
// modules and from CommonJS, as node gives them.
const assert = require('assert');
const path = require('path');
const { fixtures, mustCall } = require('../common');

const dir = path.join(fixtures, 'esm', 'meta');
const url = (f) => `file://${path.join(dir, f)}`;

(async () => {
  const m = await import(path.join(dir, 'meta.mjs'));
  assert.strictEqual(Object.getPrototypeOf(m.meta), null);
  assert.deepStrictEqual(Object.keys(m.meta), ['dirname', 'filename', 'resolve', 'url']);
  assert.strictEqual(m.meta.url, url('meta.mjs'));
  assert.strictEqual(m.meta.filename, path.join(dir, 'meta.mjs'));
  assert.strictEqual(m.meta.dirname, dir);
  assert.strictEqual(m.same, true);
  for (const d of Object.values(m.descriptors)) {
    assert.deepStrictEqual([d.writable, d.enumerable, d.configurable], [true, true, true]);
  }
  // resolve() returns the URL even for a file that does not exist.
  assert.deepStrictEqual(m.resolved, [url('other.mjs'), url('missing.mjs'), 'node:fs', 'node:fs', 1, 'resolve']);
  assert.throws(() => m.meta.resolve('no-such-package'), { code: 'ERR_MODULE_NOT_FOUND' });

  // import() from the module resolves against it.
  assert.strictEqual((await m.load('./other.mjs')).default, 'other');
  assert.strictEqual(await m.load('./other.mjs'), await import(path.join(dir, 'other.mjs')));
  await assert.rejects(m.load(Symbol('s')), TypeError);
  await assert.rejects(m.load('./missing.mjs'), { code: 'ERR_MODULE_NOT_FOUND' });

  // import() from CommonJS.
  const cjs = require(path.join(dir, 'from-cjs.cjs'));
  assert.strictEqual((await cjs.load('./other.mjs')).default, 'other');
  assert.strictEqual((await cjs.viaObject()).default, 'other');
  assert.strictEqual(cjs.notAModuleProp, 'property named import');
  await assert.rejects(cjs.load('./missing.mjs'), {
    code: 'ERR_MODULE_NOT_FOUND',
    message: `Cannot find module '${path.join(dir, 'missing.mjs')}' imported from ${path.join(dir, 'from-cjs.cjs')}`,
  });
  const commented = require(path.join(dir, 'from-cjs-comment.cjs'));
  assert.strictEqual((await commented.load('./other.mjs')).default, 'other');
  assert.strictEqual((await commented.load2('./other.mjs')).default, 'other');
  // This file is CommonJS too.
  assert.strictEqual((await import('node:path')).default, path);
  const p = import(path.join(dir, 'other.mjs'));
  assert.ok(p instanceof Promise);
})().then(mustCall());
