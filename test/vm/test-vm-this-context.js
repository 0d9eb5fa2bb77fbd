'use strict';
// node:vm in this context: Script, runInThisContext, compileFunction.
const assert = require('assert');
const vm = require('vm');

// Declarations land on the global object, as for any script.
assert.strictEqual(vm.runInThisContext('var vmTestVar = 21; vmTestVar * 2'), 42);
assert.strictEqual(globalThis.vmTestVar, 21);
assert.strictEqual(vm.runInThisContext('typeof require'), 'undefined'); // not the module's scope

const script = new vm.Script('globalThis.vmCount = (globalThis.vmCount || 0) + 1', { filename: 'count.js' });
script.runInThisContext();
assert.strictEqual(script.runInThisContext(), 2);
assert.ok(vm.createScript('1') instanceof vm.Script);

// Syntax errors throw when the script is made; the file name shows in stacks.
assert.throws(() => new vm.Script('var a = ;', { filename: 'bad.js' }), SyntaxError);
assert.throws(() => vm.runInThisContext('(', 'paren.js'), SyntaxError);
try {
  vm.runInThisContext('\n\nthrow new Error("boom")', { filename: 'thrower.js' });
  assert.fail('no throw');
} catch (err) {
  assert.strictEqual(err.message, 'boom');
  assert.match(err.stack, /thrower\.js:3/);
}
try {
  vm.runInThisContext('throw new Error("late")', { filename: 'offset.js', lineOffset: 10 });
} catch (err) {
  assert.match(err.stack, /offset\.js:11/);
}

// compileFunction: parameters, strict bodies, names from contextExtensions.
const add = vm.compileFunction('return a + b', ['a', 'b']);
assert.strictEqual(add(2, 3), 5);
assert.strictEqual(add.length, 2);
assert.strictEqual(vm.compileFunction('"use strict"; return this')(), undefined);
const ext = vm.compileFunction('return a + c', ['a'], { contextExtensions: [{ c: 10 }] });
assert.strictEqual(ext(1), 11);
try {
  vm.compileFunction('\nthrow new Error("in fn")', [], { filename: 'fn.js' })();
} catch (err) {
  assert.match(err.stack, /fn\.js:2/);
}
assert.throws(() => vm.compileFunction('return', 'a'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => vm.compileFunction('}{'), SyntaxError);
assert.throws(() => vm.runInThisContext('1', { filename: 1 }), { code: 'ERR_INVALID_ARG_TYPE' });

assert.strictEqual(vm.isContext({}), false);
assert.throws(() => vm.isContext(1), { code: 'ERR_INVALID_ARG_TYPE' });
assert.strictEqual(Object.getPrototypeOf(vm.constants), null);
assert.strictEqual(typeof vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER, 'symbol');
