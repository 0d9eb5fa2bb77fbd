'use strict';
// vm contexts: createContext(sandbox), runInContext, runInNewContext,
// Script#runInContext, compileFunction's parsingContext. The sandbox's
// properties are the context's globals; declarations and assignments land
// on it; the context has its own built-ins (another realm).
const assert = require('assert');
const vm = require('vm');

assert.strictEqual(vm.runInNewContext('typeof setTimeout + typeof Array + typeof require'), 'undefinedfunctionundefined');

const sb = { a: 1 };
assert.strictEqual(vm.createContext(sb), sb);
assert.ok(vm.isContext(sb));
assert.strictEqual(vm.createContext(sb), sb); // already one
vm.runInContext('var b = a + 1; c = 3; let d = 4; function f() { return d; }', sb);
assert.deepStrictEqual(Object.keys(sb), ['a', 'f', 'b', 'c']);
assert.strictEqual(sb.b, 2);
assert.strictEqual(sb.f(), 4); // the let stays in the context
assert.ok(!('d' in sb));
assert.strictEqual(vm.runInContext('b + c', sb), 5);
assert.strictEqual(vm.runInContext('this === globalThis', sb), true);
assert.deepStrictEqual([...vm.runInContext('Object.keys(this)', sb)], ['a', 'f', 'b', 'c']);

// Another realm: its own Array, errors of its own classes.
const arr = vm.runInContext('[1, 2]', sb);
assert.ok(!(arr instanceof Array));
assert.ok(Array.isArray(arr));
assert.throws(() => vm.runInContext('throw new TypeError("x")', sb), (err) => {
  assert.ok(!(err instanceof TypeError));
  assert.strictEqual(err.name, 'TypeError');
  assert.strictEqual(err.message, 'x');
  return true;
});
assert.strictEqual(vm.runInContext('Object.getPrototypeOf([]) === Array.prototype', sb), true);

// Sandbox changes from outside are seen (for names the code did not declare).
sb.z = 9;
assert.strictEqual(vm.runInContext('z * 2', sb), 18);
delete sb.a;
assert.strictEqual(vm.runInContext('typeof a', sb), 'undefined');
assert.strictEqual(vm.runInContext('delete c; typeof c', sb), 'undefined');
assert.ok(!('c' in sb));

assert.strictEqual(vm.runInNewContext('x * 2', { x: 21 }), 42);
const script = new vm.Script('n = (typeof n === "number" ? n : 0) + 1');
const counter = vm.createContext({});
script.runInContext(counter);
script.runInContext(counter);
assert.strictEqual(counter.n, 2);
const fresh = {};
script.runInNewContext(fresh);
assert.strictEqual(fresh.n, 1);
assert.strictEqual(vm.createContext().constructor, Object);

const fn = vm.compileFunction('return x + y', ['y'], { parsingContext: vm.createContext({ x: 5 }) });
assert.strictEqual(fn(1), 6);

assert.throws(() => vm.runInContext('1', {}), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "contextifiedObject" argument must be an vm.Context. Received an instance of Object',
});
assert.throws(() => vm.createContext(1), { code: 'ERR_INVALID_ARG_TYPE' });

// Errors name the file; functions from a context outlive references to it.
try {
  vm.runInContext('\nthrow new Error("boom")', vm.createContext({}), { filename: 'ctx.js' });
  assert.fail('no throw');
} catch (err) {
  assert.match(err.stack, /ctx\.js:2/);
}
const later = (() => {
  const box = { y: 41 };
  vm.createContext(box);
  return vm.runInContext('(function () { return y + 1; })', box);
})();
// Many contexts, most of them garbage at once.
let total = 0;
for (let i = 0; i < 2000; i++) {
  const s = { i };
  vm.createContext(s);
  total += vm.runInContext('var twice = i * 2; twice', s);
}
assert.strictEqual(total, 1999 * 2000);
assert.strictEqual(later(), 42);

// Contexts collected while functions from others live on (with real
// collections in between: --expose-gc gives gc()).
const { spawnSync } = require('child_process');
const code = `
  const vm = require('vm');
  const keep = [];
  for (let i = 0; i < 3000; i++) {
    const sb = { i, data: new Array(50).fill(i) };
    vm.createContext(sb);
    vm.runInContext('var x = i * 2; function get() { return x + data.length; }', sb);
    if (i % 100 === 0) keep.push(sb.get);
    if (i % 500 === 0) gc();
  }
  gc();
  let sum = 0;
  for (const get of keep) sum += get();
  console.log(sum);
`;
const r = spawnSync(process.execPath, ['--expose-gc', '-e', code], { encoding: 'utf8' });
assert.strictEqual(r.stderr, '');
assert.strictEqual(r.stdout, `${keep30()}\n`);
function keep30() {
  let sum = 0;
  for (let i = 0; i < 3000; i += 100) sum += i * 2 + 50;
  return sum;
}
