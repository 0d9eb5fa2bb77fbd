'use strict';
// The module object, the cache, cycles, builtins.
const assert = require('assert');
const path = require('path');
const Module = require('module');
const { fixtures } = require('../common');

const dir = path.join(fixtures, 'module');

// Wrapper variables.
const meta = require(path.join(dir, 'meta.js'));
assert.strictEqual(meta.filename, path.join(dir, 'meta.js'));
assert.strictEqual(meta.dirname, dir);
assert.strictEqual(meta.isMain, false);
assert.strictEqual(meta.id, path.join(dir, 'meta.js'));
assert.strictEqual(meta.loaded, false);
assert.strictEqual(meta.thisIsExports, true);

// This file is the main module.
assert.strictEqual(require.main, module);
assert.strictEqual(module.id, '.');
assert.strictEqual(module.filename, __filename);
assert.strictEqual(process.mainModule, module);
assert.ok(module.paths.includes(path.join(__dirname, 'node_modules')));
assert.strictEqual(module.exports, exports);
assert.strictEqual(Module.wrapper.length, 2);
assert.strictEqual(Module.wrap('x'), `${Module.wrapper[0]}x${Module.wrapper[1]}`);

// Cycles see partial exports.
const a = require(path.join(dir, 'a.js'));
assert.strictEqual(a.name, 'a');
assert.strictEqual(a.bAtLoad, 'b');
assert.strictEqual(a.done, true);
const b = require(path.join(dir, 'b.js'));
assert.deepStrictEqual(b.aPartial, { name: 'a' });

// children and loaded.
const aMod = require.cache[path.join(dir, 'a.js')];
assert.ok(aMod instanceof Module);
assert.strictEqual(aMod.loaded, true);
assert.ok(module.children.includes(aMod));
assert.ok(aMod.children.some((c) => c.id === path.join(dir, 'b.js')));

// require.cache: deleting forces a reload.
assert.strictEqual(require(path.join(dir, 'a.js')), a);
delete require.cache[path.join(dir, 'a.js')];
delete require.cache[path.join(dir, 'b.js')];
assert.notStrictEqual(require(path.join(dir, 'a.js')), a);
assert.strictEqual(require.cache, Module._cache);

// Builtins, with and without node:.
assert.strictEqual(require('node:path'), path);
assert.strictEqual(require('module'), Module);
assert.strictEqual(Module.isBuiltin('fs'), true);
assert.strictEqual(Module.isBuiltin('node:fs'), true);
assert.strictEqual(Module.isBuiltin('node:test'), true);
assert.strictEqual(Module.isBuiltin('test'), false);
assert.strictEqual(Module.isBuiltin('nope'), false);
assert.ok(Module.builtinModules.includes('fs'));
assert.ok(Module.builtinModules.includes('path/posix'));
assert.ok(!Module.builtinModules.some((m) => m.startsWith('internal/')));
// Every built-in module name loads.
for (const id of Module.builtinModules) {
  assert.notStrictEqual(require(id), undefined, id);
  assert.strictEqual(require(`node:${id}`), require(id));
}
// Internal modules are not reachable from user code.
assert.throws(() => require('internal/errors'), { code: 'MODULE_NOT_FOUND' });

// NODE_PATH is read at start-up.
const { run } = require('../common');
const r = run(['-p', 'require("simple")'], { env: { ...process.env, NODE_PATH: path.join(dir, 'node_modules') } });
assert.strictEqual(r.stdout, 'simple\n', r.stderr);

// A module lode does not implement yet still loads; its members throw when
// called, with ERR_NOT_IMPLEMENTED.
if (require('../common').isLode) {
  const { open } = require('inspector');
  assert.strictEqual(typeof open, 'function');
  assert.throws(() => open(), { code: 'ERR_NOT_IMPLEMENTED' });
}
