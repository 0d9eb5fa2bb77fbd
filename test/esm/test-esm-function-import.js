'use strict';
// import() inside new Function(...) code (TypeScript's CommonJS output loads
// ES modules this way): it works, relative to the calling file, and the
// global Function behaves as the engine's otherwise.
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');
const { mustCall } = require('../common');

const dynamicImport = new Function('specifier', 'return import(specifier)');
assert.strictEqual(dynamicImport.name, 'anonymous');
assert.strictEqual(dynamicImport.length, 1);
assert.match(dynamicImport.toString(), /^function anonymous\(specifier\n\) \{\n/);
dynamicImport('node:path').then(mustCall((ns) => assert.strictEqual(ns.join, path.join)));
Function('return import("node:os")')().then(mustCall((ns) => assert.strictEqual(ns.default, os)));

// Relative to the file that called Function, whatever the current folder.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lode-fn-import-'));
fs.writeFileSync(path.join(dir, 'dep.mjs'), 'export default "dep";\n');
fs.writeFileSync(path.join(dir, 'main.cjs'),
  "new Function('s', 'return import(s)')('./dep.mjs').then((m) => console.log(m.default));\n");
const r = spawnSync(process.execPath, [path.join(dir, 'main.cjs')], { cwd: os.tmpdir(), encoding: 'utf8' });
assert.strictEqual(r.stderr, '');
assert.strictEqual(r.stdout, 'dep\n');
fs.rmSync(dir, { recursive: true, force: true });

// The rest of Function as before.
const add = new Function('a', 'b', 'return a + b');
assert.strictEqual(add(1, 2), 3);
assert.ok(add instanceof Function);
assert.strictEqual((function() {}).constructor, Function);
assert.strictEqual(Function.name, 'Function');
assert.strictEqual(Function.length, 1);
assert.strictEqual(Object.getPrototypeOf(add), Function.prototype);
assert.strictEqual(Function('return this')(), globalThis);
class Sub extends Function {}
const sub = new Sub('return 5');
assert.ok(sub instanceof Sub);
assert.strictEqual(sub(), 5);
// A body cannot close the function early, import() or not.
assert.throws(() => new Function('}); (function() { return import("x")'), SyntaxError);
assert.throws(() => Function(Symbol('s')), TypeError);
const order = [];
Function({ toString() { order.push('a'); return 'a'; } }, { toString() { order.push('body'); return ''; } });
assert.deepStrictEqual(order, ['a', 'body']);
