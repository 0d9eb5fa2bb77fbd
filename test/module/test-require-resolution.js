'use strict';
// CommonJS resolution and loading, against fixtures in test/fixtures/module.
const assert = require('assert');
const path = require('path');
const Module = require('module');
const { fixtures } = require('../common');

const dir = path.join(fixtures, 'module');
const req = Module.createRequire(path.join(dir, 'entry.js'));

// Relative, absolute, extensions, JSON, directory index, package main.
assert.strictEqual(req('./dir'), 'dir-index');
assert.strictEqual(req('./dir/'), 'dir-index');
assert.strictEqual(req('./dir/index'), 'dir-index');
assert.strictEqual(req(path.join(dir, 'dir', 'index.js')), 'dir-index');
assert.deepStrictEqual(req('./data.json'), { x: 1, list: [1, 2] });
assert.deepStrictEqual(req('./data'), { x: 1, list: [1, 2] });
assert.strictEqual(req('./pkg-main'), 'pkg-main-entry');
assert.strictEqual(req('./ext.cjs'), 'cjs-ext');

// node_modules, scoped packages, package.json "exports" with conditions,
// subpath patterns, null targets and unexported paths.
assert.strictEqual(req('simple'), 'simple');
assert.strictEqual(req('@scope/name'), '@scope/name');
assert.strictEqual(req('exp'), 'exp-main');
assert.strictEqual(req('exp/feature'), 'feat-node');
assert.strictEqual(req('exp/sub/thing'), 'exp-sub-thing');
assert.strictEqual(req('exp/package.json').name, 'exp');
assert.throws(() => req('exp/lib/main.js'), {
  code: 'ERR_PACKAGE_PATH_NOT_EXPORTED',
  message: `Package subpath './lib/main.js' is not defined by "exports" in ${path.join(dir, 'node_modules', 'exp', 'package.json')}`,
});
assert.throws(() => req('exp/private/x'), { code: 'ERR_PACKAGE_PATH_NOT_EXPORTED' });

// package.json "imports" (#specifiers) and self-reference by package name.
assert.deepStrictEqual(req('./imports-pkg/use'), ['internal', 'simple', 'star-x']);
assert.strictEqual(req('./self-ref/main'), 'self-other');

// require.resolve and its paths option; require.resolve.paths.
assert.strictEqual(req.resolve('./dir'), path.join(dir, 'dir', 'index.js'));
assert.strictEqual(req.resolve('simple'), path.join(dir, 'node_modules', 'simple', 'index.js'));
assert.strictEqual(req.resolve('fs'), 'fs');
assert.strictEqual(req.resolve('node:fs'), 'node:fs');
assert.strictEqual(require.resolve('simple', { paths: [dir] }), path.join(dir, 'node_modules', 'simple', 'index.js'));
assert.strictEqual(require.resolve('./data.json', { paths: [dir] }), path.join(dir, 'data.json'));
assert.deepStrictEqual(req.resolve.paths('simple').slice(0, 2), [
  path.join(dir, 'node_modules'), path.join(path.dirname(dir), 'node_modules'),
]);
assert.strictEqual(req.resolve.paths('fs'), null);
assert.deepStrictEqual(req.resolve.paths('./x'), [dir]);

// MODULE_NOT_FOUND with the require stack.
assert.throws(() => req('./nope'), (err) => {
  assert.strictEqual(err.code, 'MODULE_NOT_FOUND');
  assert.deepStrictEqual(err.requireStack, [path.join(dir, 'entry.js')]);
  assert.strictEqual(err.message, `Cannot find module './nope'\nRequire stack:\n- ${path.join(dir, 'entry.js')}`);
  return true;
});
assert.throws(() => req('no-such-package'), { code: 'MODULE_NOT_FOUND' });
assert.throws(() => req('node:no-such'), {
  code: 'ERR_UNKNOWN_BUILTIN_MODULE',
  message: 'No such built-in module: node:no-such',
});
assert.throws(() => req(''), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'id' must be a non-empty string. Received ''",
});
assert.throws(() => req(5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "id" argument must be of type string. Received type number (5)',
});

// A "type": "module" file: require(esm) gives its namespace (node 20.19+).
assert.strictEqual(req('./esm-type/file.js').default, 1);

// A module that throws while loading is not cached.
assert.throws(() => req('./throws'), /load failure/);
assert.throws(() => req('./throws'), /load failure/);
assert.strictEqual(globalThis.throwsLoaded, 2);

// Syntax errors propagate as SyntaxError.
assert.throws(() => req('./syntax'), SyntaxError);

// createRequire validation.
assert.throws(() => Module.createRequire('relative/path'), { code: 'ERR_INVALID_ARG_VALUE' });
assert.strictEqual(typeof Module.createRequire(`file://${dir}/x.js`)('./dir'), 'string');
