'use strict';
// time() / timeLog() / timeEnd() and the warnings for unknown labels.
const assert = require('assert');

const { Console } = console;
const writes = [];
const stream = { write(s) { writes.push(s); return true; } };
const c = new Console({ stdout: stream, stderr: stream, ignoreErrors: false });

const warnings = [];
process.on('warning', (w) => warnings.push(w.message));

const duration = /^(\d+(\.\d{1,3})?ms|\d+\.\d{3}s)$/;

c.time();
c.timeLog();
c.timeLog('default', 'extra', { a: 1 });
c.timeEnd();
assert.strictEqual(writes.length, 3);
let m = /^default: (\S+)\n$/.exec(writes[0]);
assert.ok(m, writes[0]);
assert.match(m[1], duration);
m = /^default: (\S+) extra \{ a: 1 \}\n$/.exec(writes[1]);
assert.ok(m, writes[1]);
m = /^default: (\S+)\n$/.exec(writes[2]);
assert.ok(m, writes[2]);
writes.length = 0;

// Labels are strings; '%' in a label is not a format directive.
c.time('100%s');
c.timeEnd('100%s');
assert.match(writes[0], /^100%s: \S+\n$/);
c.time(42);
c.timeEnd('42');
assert.match(writes[1], /^42: \S+\n$/);
writes.length = 0;

// Unknown or repeated labels only warn.
c.timeEnd('nope');
c.timeLog('nope2');
c.time('dup');
c.time('dup');
c.countReset('missing');
assert.deepStrictEqual(writes, []);
c.timeEnd('dup');
assert.strictEqual(writes.length, 1);

setImmediate(() => {
  assert.deepStrictEqual(warnings, [
    "No such label 'nope' for console.timeEnd()",
    "No such label 'nope2' for console.timeLog()",
    "Label 'dup' already exists for console.time()",
    "Count for 'missing' does not exist",
  ]);
});
