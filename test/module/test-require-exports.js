'use strict';
// require() through package.json "exports" shares the ES module resolver's
// matching (as in Node): its conditions (require, node, module-sync),
// patterns, arrays, null targets, and Node's errors and messages (taken
// from node v20), without "imported from" for a dependency's exports.
const assert = require('assert');
const path = require('path');
const { createRequire } = require('module');
const { fixtures } = require('../common');

const dir = path.join(fixtures, 'esm', 'resolve');
const cond = path.join(dir, 'node_modules', 'cond');
const req = createRequire(path.join(dir, 'probe.cjs'));

// module-sync comes before require: an ES module, through require(esm).
assert.strictEqual(req('cond').default, 'sync');
assert.strictEqual(req('cond').__esModule, true);
assert.strictEqual(req('cond/require-only'), 'default.cjs');
assert.strictEqual(req('cond/node-only').default, 'node');
assert.strictEqual(req('cond/lib/z').default, 'lib/z');
assert.strictEqual(req('cond/bad-fallback').default, 'node');
assert.strictEqual(req('@scope/pkg').default, '@scope/pkg');
assert.strictEqual(req.resolve('cond/lib/z.js'), path.join(cond, 'lib', 'z.mjs'));

assert.throws(() => req('cond/not-relative'), {
  code: 'ERR_INVALID_PACKAGE_TARGET',
  message: `Invalid "exports" target "lib/x.mjs" defined for './not-relative' in the package config ${cond}/package.json; ` +
    'targets must start with "./"',
});
assert.throws(() => req('cond/numeric'), {
  code: 'ERR_INVALID_PACKAGE_CONFIG',
  message: `Invalid package config ${cond}/package.json. "exports" cannot contain numeric property keys.`,
});
assert.throws(() => req('cond/missing'), (e) => {
  assert.strictEqual(e.code, 'MODULE_NOT_FOUND');
  assert.strictEqual(e.message, `Cannot find module '${path.join(cond, 'missing.mjs')}'`);
  assert.strictEqual(e.path, path.join(cond, 'package.json'));
  return true;
});
assert.throws(() => req('cond/hidden/x'), {
  code: 'ERR_PACKAGE_PATH_NOT_EXPORTED',
  message: `Package subpath './hidden/x' is not defined by "exports" in ${cond}/package.json`,
});
assert.throws(() => req('cond/lib/../z'), {
  code: 'ERR_INVALID_MODULE_SPECIFIER',
  message: 'Invalid module "./lib/../z" request is not a valid match in pattern "./lib/*" for the "exports" ' +
    `resolution of ${cond}/package.json`,
});
assert.throws(() => req('mixed'), { code: 'ERR_INVALID_PACKAGE_CONFIG' });
// A package.json that does not parse.
assert.throws(() => req('badjson'), (e) => {
  const json = path.join(dir, 'node_modules', 'badjson', 'package.json');
  assert.ok(e.message.startsWith(`Error parsing ${json}: `), e.message);
  assert.strictEqual(e.path, json);
  return true;
});

// "imports" and self-reference name their importer.
const app = createRequire(path.join(dir, 'app', 'src', 'x.cjs'));
assert.strictEqual(app('#internal').default, 'app feature');
assert.strictEqual(app('app').default, 'app main');
assert.throws(() => app('#nope'), {
  code: 'ERR_PACKAGE_IMPORT_NOT_DEFINED',
  message: `Package import specifier "#nope" is not defined in package ${dir}/app/package.json imported from ` +
    `${path.join(dir, 'app', 'src', 'x.cjs')}`,
});
assert.throws(() => app('app/nope'), {
  code: 'ERR_PACKAGE_PATH_NOT_EXPORTED',
  message: `Package subpath './nope' is not defined by "exports" in ${dir}/app/package.json imported from ` +
    `${path.join(dir, 'app', 'src', 'x.cjs')}`,
});
// Outside any package with "imports", a #specifier is just not found.
assert.throws(() => req('#whatever'), { code: 'MODULE_NOT_FOUND' });
