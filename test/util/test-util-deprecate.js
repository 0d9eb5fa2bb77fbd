'use strict';
// util.deprecate and util.debuglog.
const assert = require('assert');
const util = require('util');
const { spawnSync } = require('child_process');

const warnings = [];
process.on('warning', (w) => warnings.push([w.name, w.code, w.message]));

const withThis = util.deprecate(function (x) { return [this, x]; }, 'first message', 'DEP_LODE_A');
const sameCode = util.deprecate(() => 2, 'second message', 'DEP_LODE_A');
const noCode = util.deprecate(() => 3, 'third message');
const ctx = {};
assert.deepStrictEqual(withThis.call(ctx, 1), [ctx, 1]);
withThis();
assert.strictEqual(sameCode(), 2);
assert.strictEqual(noCode(), 3);
noCode();
assert.strictEqual(util.inspect(withThis), '[Function: deprecated]');

// Classes stay constructible and keep their prototype.
class Original { constructor(v) { this.v = v; } }
const Wrapped = util.deprecate(Original, 'class message', 'DEP_LODE_B');
const instance = new Wrapped(4);
assert.ok(instance instanceof Original);
assert.ok(instance instanceof Wrapped);
assert.strictEqual(instance.v, 4);
assert.strictEqual(Wrapped.prototype, Original.prototype);
assert.strictEqual(Object.getPrototypeOf(Wrapped), Original);

// No warning while process.noDeprecation is set.
process.noDeprecation = true;
const silent = util.deprecate(() => 5, 'silent message', 'DEP_LODE_SILENT');
assert.strictEqual(silent(), 5);
process.noDeprecation = false;

assert.throws(() => util.deprecate(() => {}, 'm', 1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "code" argument must be of type string. Received type number (1)',
});

setImmediate(() => {
  assert.deepStrictEqual(warnings, [
    ['DeprecationWarning', 'DEP_LODE_A', 'first message'],
    ['DeprecationWarning', undefined, 'third message'],
    ['DeprecationWarning', 'DEP_LODE_B', 'class message'],
  ]);
});

// debuglog: disabled unless NODE_DEBUG names the section.
const off = util.debuglog('lode_test_section_off');
assert.strictEqual(off.enabled, false);
assert.strictEqual(off('nothing'), undefined);
assert.strictEqual(util.debug, util.debuglog);
const desc = Object.getOwnPropertyDescriptor(off, 'enabled');
assert.strictEqual(typeof desc.get, 'function');
assert.strictEqual(desc.enumerable, true);

const script = `
  const util = require('util');
  const d = util.debuglog('foo', (fn) => process.stdout.write('cb:' + typeof fn + '\\n'));
  process.stdout.write(String(d.enabled) + '\\n');
  d('hi %d', 1, { a: 1 });
  util.debuglog('bar')('x');
  util.debuglog('nope')('y');
  process.stdout.write([util.debuglog('nope').enabled, util.debuglog('BAZ').enabled].join() + '\\n');
`;
const child = spawnSync(process.execPath, ['-e', script], {
  env: { ...process.env, NODE_DEBUG: 'foo,ba*' },
  encoding: 'utf8',
});
assert.strictEqual(child.status, 0, child.stderr);
assert.strictEqual(child.stdout, 'true\ncb:function\nfalse,true\n');
const pid = /^FOO (\d+): /.exec(child.stderr);
assert.ok(pid, child.stderr);
assert.strictEqual(child.stderr, `FOO ${pid[1]}: hi 1 { a: 1 }\nBAR ${pid[1]}: x\n`);
