'use strict';
// ES module resolution as Node does it, through import() and
// import.meta.resolve from fixture modules: relative, absolute and file:
// URL specifiers, symlinks, query and hash, no extension guessing and no
// directory index, bare specifiers through node_modules with "exports"
// (conditions, patterns, null, arrays, invalid targets), legacy "main",
// "imports" (#specifiers), self-reference, builtins and unsupported schemes,
// with Node's error codes and messages (taken from node v20). Run with
// `-C lode-test` for the custom condition.
const assert = require('assert');
const path = require('path');
const { fixtures, mustCall, run } = require('../common');

if (!process.execArgv.includes('-C')) {
  const r = run(['-C', 'lode-test', __filename]);
  process.stdout.write(r.stdout);
  process.stderr.write(r.stderr);
  process.exit(r.status);
}

const dir = path.join(fixtures, 'esm', 'resolve');

// [specifier, import() outcome, import.meta.resolve() outcome]
const fromRoot = [
  ['./plain.mjs', { ok: "plain" }, `file://${dir}/plain.mjs`],
  ['./link.mjs', { ok: "plain" }, `file://${dir}/plain.mjs`],
  ['./with space.mjs', { ok: "with space" }, `file://${dir}/with%20space.mjs`],
  ['./with%20space.mjs', { ok: "with space" }, `file://${dir}/with%20space.mjs`],
  ['./plain.mjs?query=1#hash', { ok: "plain" }, `file://${dir}/plain.mjs?query=1#hash`],
  ['./nope.mjs', { code: 'ERR_MODULE_NOT_FOUND', message: `Cannot find module '${dir}/nope.mjs' imported from ${dir}/probe.mjs` }, `file://${dir}/nope.mjs`],
  ['./sibling', { code: 'ERR_MODULE_NOT_FOUND', message: `Cannot find module '${dir}/sibling' imported from ${dir}/probe.mjs` }, `file://${dir}/sibling`],
  ['./dir-with-index', { code: 'ERR_UNSUPPORTED_DIR_IMPORT', message: `Directory import '${dir}/dir-with-index' is not supported resolving ES modules imported from ${dir}/probe.mjs` }, `file://${dir}/dir-with-index`],
  ['./dir-with-index/', { code: 'ERR_UNSUPPORTED_DIR_IMPORT', message: `Directory import '${dir}/dir-with-index/' is not supported resolving ES modules imported from ${dir}/probe.mjs` }, `file://${dir}/dir-with-index/`],
  ['./empty-dir', { code: 'ERR_UNSUPPORTED_DIR_IMPORT', message: `Directory import '${dir}/empty-dir' is not supported resolving ES modules imported from ${dir}/probe.mjs` }, `file://${dir}/empty-dir`],
  ['./plain.mjs/', { code: 'ERR_UNSUPPORTED_DIR_IMPORT', message: `Directory import '${dir}/plain.mjs/' is not supported resolving ES modules imported from ${dir}/probe.mjs` }, `file://${dir}/plain.mjs/`],
  ['./a%2Fb.mjs', { code: 'ERR_INVALID_MODULE_SPECIFIER', message: `Invalid module "${dir}/a%2Fb.mjs" must not include encoded "/" or "\\" characters imported from ${dir}/probe.mjs` }, { code: 'ERR_INVALID_MODULE_SPECIFIER' }],
  ['./a%5cb.mjs', { code: 'ERR_INVALID_MODULE_SPECIFIER', message: `Invalid module "${dir}/a%5cb.mjs" must not include encoded "/" or "\\" characters imported from ${dir}/probe.mjs` }, { code: 'ERR_INVALID_MODULE_SPECIFIER' }],
  [`file://${dir}/plain.mjs`, { ok: "plain" }, `file://${dir}/plain.mjs`],
  ['cond', { ok: "sync" }, `file://${dir}/node_modules/cond/sync.mjs`],
  ['cond/node-only', { ok: "node" }, `file://${dir}/node_modules/cond/node.mjs`],
  ['cond/require-only', { code: 'ERR_PACKAGE_PATH_NOT_EXPORTED', message: `Package subpath './require-only' is not defined by "exports" in ${dir}/node_modules/cond/package.json imported from ${dir}/probe.mjs` }, { code: 'ERR_PACKAGE_PATH_NOT_EXPORTED' }],
  ['cond/custom', { ok: "custom" }, `file://${dir}/node_modules/cond/custom.mjs`],
  ['cond/lib/z.js', { ok: "lib/z" }, `file://${dir}/node_modules/cond/lib/z.mjs`],
  ['cond/lib/z', { ok: "lib/z" }, `file://${dir}/node_modules/cond/lib/z.mjs`],
  ['cond/deep/sub', { ok: "lib/sub/index" }, `file://${dir}/node_modules/cond/lib/sub/index.mjs`],
  ['cond/hidden/x', { code: 'ERR_PACKAGE_PATH_NOT_EXPORTED', message: `Package subpath './hidden/x' is not defined by "exports" in ${dir}/node_modules/cond/package.json imported from ${dir}/probe.mjs` }, { code: 'ERR_PACKAGE_PATH_NOT_EXPORTED' }],
  ['cond/fallback', { code: 'ERR_MODULE_NOT_FOUND', message: `Cannot find module '${dir}/node_modules/cond/missing-file.mjs' imported from ${dir}/probe.mjs` }, `file://${dir}/node_modules/cond/missing-file.mjs`],
  ['cond/bad-fallback', { ok: "node" }, `file://${dir}/node_modules/cond/node.mjs`],
  ['cond/empty', { code: 'ERR_PACKAGE_PATH_NOT_EXPORTED', message: `Package subpath './empty' is not defined by "exports" in ${dir}/node_modules/cond/package.json imported from ${dir}/probe.mjs` }, { code: 'ERR_PACKAGE_PATH_NOT_EXPORTED' }],
  ['cond/not-relative', { code: 'ERR_INVALID_PACKAGE_TARGET', message: `Invalid "exports" target "lib/x.mjs" defined for './not-relative' in the package config ${dir}/node_modules/cond/package.json imported from ${dir}/probe.mjs; targets must start with "./"` }, { code: 'ERR_INVALID_PACKAGE_TARGET' }],
  ['cond/escape', { code: 'ERR_INVALID_PACKAGE_TARGET', message: `Invalid "exports" target "./../outside.mjs" defined for './escape' in the package config ${dir}/node_modules/cond/package.json imported from ${dir}/probe.mjs` }, { code: 'ERR_INVALID_PACKAGE_TARGET' }],
  ['cond/nm', { code: 'ERR_INVALID_PACKAGE_TARGET', message: `Invalid "exports" target "./a/node_modules/b.mjs" defined for './nm' in the package config ${dir}/node_modules/cond/package.json imported from ${dir}/probe.mjs` }, { code: 'ERR_INVALID_PACKAGE_TARGET' }],
  ['cond/numeric', { code: 'ERR_INVALID_PACKAGE_CONFIG', message: `Invalid package config ${dir}/node_modules/cond/package.json while importing file://${dir}/probe.mjs. "exports" cannot contain numeric property keys.` }, { code: 'ERR_INVALID_PACKAGE_CONFIG' }],
  ['cond/missing', { code: 'ERR_MODULE_NOT_FOUND', message: `Cannot find module '${dir}/node_modules/cond/missing.mjs' imported from ${dir}/probe.mjs` }, `file://${dir}/node_modules/cond/missing.mjs`],
  ['cond/lib/../z', { code: 'ERR_INVALID_MODULE_SPECIFIER', message: `Invalid module "./lib/../z" request is not a valid match in pattern "./lib/*" for the "exports" resolution of ${dir}/node_modules/cond/package.json imported from ${dir}/probe.mjs` }, { code: 'ERR_INVALID_MODULE_SPECIFIER' }],
  ['cond/lib/%2e%2e/z', { code: 'ERR_INVALID_MODULE_SPECIFIER', message: `Invalid module "./lib/%2e%2e/z" request is not a valid match in pattern "./lib/*" for the "exports" resolution of ${dir}/node_modules/cond/package.json imported from ${dir}/probe.mjs` }, { code: 'ERR_INVALID_MODULE_SPECIFIER' }],
  ['cond/nope', { code: 'ERR_PACKAGE_PATH_NOT_EXPORTED', message: `Package subpath './nope' is not defined by "exports" in ${dir}/node_modules/cond/package.json imported from ${dir}/probe.mjs` }, { code: 'ERR_PACKAGE_PATH_NOT_EXPORTED' }],
  ['cond/', { code: 'ERR_PACKAGE_PATH_NOT_EXPORTED', message: `Package subpath './' is not defined by "exports" in ${dir}/node_modules/cond/package.json imported from ${dir}/probe.mjs` }, { code: 'ERR_PACKAGE_PATH_NOT_EXPORTED' }],
  ['legacy', { ok: "legacy lib/index.js" }, `file://${dir}/node_modules/legacy/lib/index.js`],
  ['legacy/file', { code: 'ERR_MODULE_NOT_FOUND', message: `Cannot find module '${dir}/node_modules/legacy/file' imported from ${dir}/probe.mjs
Did you mean to import "legacy/file.js"?` }, `file://${dir}/node_modules/legacy/file`],
  ['legacy/file.js', { ok: "legacy file" }, `file://${dir}/node_modules/legacy/file.js`],
  ['nomain', { ok: "nomain index" }, `file://${dir}/node_modules/nomain/index.js`],
  ['badmain', { code: 'ERR_MODULE_NOT_FOUND', message: `Cannot find package '${dir}/node_modules/badmain/gone.js' imported from ${dir}/probe.mjs` }, { code: 'ERR_MODULE_NOT_FOUND' }],
  ['@scope/pkg', { ok: "@scope/pkg" }, `file://${dir}/node_modules/@scope/pkg/main.mjs`],
  ['@scope', { code: 'ERR_INVALID_MODULE_SPECIFIER', message: `Invalid module "@scope" is not a valid package name imported from ${dir}/probe.mjs` }, { code: 'ERR_INVALID_MODULE_SPECIFIER' }],
  ['@scope/nope', { code: 'ERR_MODULE_NOT_FOUND', message: `Cannot find package '@scope/nope' imported from ${dir}/probe.mjs` }, { code: 'ERR_MODULE_NOT_FOUND' }],
  ['badjson', { code: 'ERR_INVALID_PACKAGE_CONFIG' }, { code: 'ERR_INVALID_PACKAGE_CONFIG' }],
  ['mixed', { code: 'ERR_INVALID_PACKAGE_CONFIG', message: `Invalid package config ${dir}/node_modules/mixed/package.json while importing file://${dir}/probe.mjs. "exports" cannot contain some keys starting with '.' and some not. The exports object must either be an object of package subpath keys or an object of main entry condition name keys only.` }, { code: 'ERR_INVALID_PACKAGE_CONFIG' }],
  ['no-such-package', { code: 'ERR_MODULE_NOT_FOUND', message: `Cannot find package 'no-such-package' imported from ${dir}/probe.mjs` }, { code: 'ERR_MODULE_NOT_FOUND' }],
  ['.hidden', { code: 'ERR_INVALID_MODULE_SPECIFIER', message: `Invalid module ".hidden" is not a valid package name imported from ${dir}/probe.mjs` }, { code: 'ERR_INVALID_MODULE_SPECIFIER' }],
  ['bad\\name', { code: 'ERR_INVALID_MODULE_SPECIFIER', message: `Invalid module "bad\\name" is not a valid package name imported from ${dir}/probe.mjs` }, { code: 'ERR_INVALID_MODULE_SPECIFIER' }],
  ['fs', { ok: 'object' }, 'node:fs'],
  ['node:fs', { ok: 'object' }, 'node:fs'],
  ['node:nope', { code: 'ERR_UNKNOWN_BUILTIN_MODULE', message: `No such built-in module: node:nope` }, `node:nope`],
  ['fs/nope', { code: 'ERR_MODULE_NOT_FOUND', message: `Cannot find package 'fs' imported from ${dir}/probe.mjs` }, { code: 'ERR_MODULE_NOT_FOUND' }],
  ['https://example.com/x.mjs', { code: 'ERR_UNSUPPORTED_ESM_URL_SCHEME', message: `Only URLs with a scheme in: file, data, and node are supported by the default ESM loader. Received protocol 'https:'` }, `https://example.com/x.mjs`],
  ['C:\\x.mjs', { code: 'ERR_UNSUPPORTED_ESM_URL_SCHEME', message: `Only URLs with a scheme in: file, data, and node are supported by the default ESM loader. Received protocol 'c:'` }, `c:\\x.mjs`],
  ['#x', { code: 'ERR_PACKAGE_IMPORT_NOT_DEFINED', message: `Package import specifier "#x" is not defined imported from ${dir}/probe.mjs` }, { code: 'ERR_PACKAGE_IMPORT_NOT_DEFINED' }],
  ['#', { code: 'ERR_INVALID_MODULE_SPECIFIER', message: `Invalid module "#" is not a valid internal imports specifier name imported from ${dir}/probe.mjs` }, { code: 'ERR_INVALID_MODULE_SPECIFIER' }],
];

// The same from app/src, inside a package with "exports" and "imports".
const fromApp = [
  ['app', { ok: "app main" }, `file://${dir}/app/src/main.mjs`],
  ['app/feature', { ok: "app feature" }, `file://${dir}/app/src/feature.mjs`],
  ['app/bad', { code: 'ERR_INVALID_PACKAGE_TARGET', message: `Invalid "exports" target "nope" defined for './bad' in the package config ${dir}/app/package.json imported from ${dir}/app/src/probe.mjs; targets must start with "./"` }, { code: 'ERR_INVALID_PACKAGE_TARGET' }],
  ['app/nope', { code: 'ERR_PACKAGE_PATH_NOT_EXPORTED', message: `Package subpath './nope' is not defined by "exports" in ${dir}/app/package.json imported from ${dir}/app/src/probe.mjs` }, { code: 'ERR_PACKAGE_PATH_NOT_EXPORTED' }],
  ['#internal', { ok: "app feature" }, `file://${dir}/app/src/feature.mjs`],
  ['#dep', { ok: "sync" }, `file://${dir}/node_modules/cond/sync.mjs`],
  ['#dep/z', { ok: "lib/z" }, `file://${dir}/node_modules/cond/lib/z.mjs`],
  ['#builtin', { code: 'ERR_INVALID_PACKAGE_TARGET', message: `Invalid "imports" target "node:path" defined for '#builtin' in the package config ${dir}/app/package.json imported from ${dir}/app/src/probe.mjs` }, { code: 'ERR_INVALID_PACKAGE_TARGET' }],
  ['#pattern/feature', { ok: "app feature" }, `file://${dir}/app/src/feature.mjs`],
  ['#null', { code: 'ERR_PACKAGE_IMPORT_NOT_DEFINED', message: `Package import specifier "#null" is not defined in package ${dir}/app/package.json imported from ${dir}/app/src/probe.mjs` }, { code: 'ERR_PACKAGE_IMPORT_NOT_DEFINED' }],
  ['#conditional', { ok: "app feature" }, `file://${dir}/app/src/feature.mjs`],
  ['#require-only', { code: 'ERR_PACKAGE_IMPORT_NOT_DEFINED', message: `Package import specifier "#require-only" is not defined in package ${dir}/app/package.json imported from ${dir}/app/src/probe.mjs` }, { code: 'ERR_PACKAGE_IMPORT_NOT_DEFINED' }],
  ['#escape', { code: 'ERR_INVALID_PACKAGE_TARGET', message: `Invalid "imports" target "../outside.mjs" defined for '#escape' in the package config ${dir}/app/package.json imported from ${dir}/app/src/probe.mjs` }, { code: 'ERR_INVALID_PACKAGE_TARGET' }],
  ['#url', { code: 'ERR_INVALID_PACKAGE_TARGET', message: `Invalid "imports" target "https://example.com/x.mjs" defined for '#url' in the package config ${dir}/app/package.json imported from ${dir}/app/src/probe.mjs` }, { code: 'ERR_INVALID_PACKAGE_TARGET' }],
  ['#nope', { code: 'ERR_PACKAGE_IMPORT_NOT_DEFINED', message: `Package import specifier "#nope" is not defined in package ${dir}/app/package.json imported from ${dir}/app/src/probe.mjs` }, { code: 'ERR_PACKAGE_IMPORT_NOT_DEFINED' }],
  ['#/x', { code: 'ERR_INVALID_MODULE_SPECIFIER', message: `Invalid module "#/x" is not a valid internal imports specifier name imported from ${dir}/app/src/probe.mjs` }, { code: 'ERR_INVALID_MODULE_SPECIFIER' }],
  ['#pattern/', { code: 'ERR_INVALID_MODULE_SPECIFIER', message: `Invalid module "#pattern/" is not a valid internal imports specifier name imported from ${dir}/app/src/probe.mjs` }, { code: 'ERR_INVALID_MODULE_SPECIFIER' }],
  ['cond', { ok: "sync" }, `file://${dir}/node_modules/cond/sync.mjs`],
];

async function check(probeFile, table) {
  const { probe, resolveHere } = await import(probeFile);
  for (const [specifier, outcome, resolved] of table) {
    const got = await probe(specifier);
    if ('ok' in outcome) {
      assert.deepStrictEqual(got, outcome, specifier);
    } else {
      assert.strictEqual(got.code, outcome.code, specifier);
      if (outcome.message !== undefined) assert.strictEqual(got.message, outcome.message, specifier);
    }
    assert.deepStrictEqual(resolveHere(specifier), resolved, specifier);
  }
}

(async () => {
  await check(path.join(dir, 'probe.mjs'), fromRoot);
  await check(path.join(dir, 'app', 'src', 'probe.mjs'), fromApp);
})().then(mustCall());
