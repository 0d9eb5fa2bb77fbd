'use strict';
// Buffer() and new Buffer() work and warn once with DEP0005, except when
// called from a dependency (a file under node_modules).
const assert = require('assert');
const path = require('path');

const warnings = [];
process.on('warning', (w) => warnings.push(w));

const oldDep = require(path.join(__dirname, 'fixtures', 'node_modules', 'old-dep'));
assert.strictEqual(oldDep(3).length, 3);
assert.ok(Buffer.isBuffer(oldDep(1)));

setImmediate(() => {
  assert.strictEqual(warnings.length, 0);
  assert.deepStrictEqual([...Buffer(2)], [0, 0]);
  assert.strictEqual(new Buffer('ab').toString(), 'ab');
  assert.strictEqual(Buffer([1, 2]).length, 2);
  setImmediate(() => {
    assert.strictEqual(warnings.length, 1);
    assert.strictEqual(warnings[0].name, 'DeprecationWarning');
    assert.strictEqual(warnings[0].code, 'DEP0005');
    assert.strictEqual(warnings[0].message, 'Buffer() is deprecated due to security and usability issues. ' +
      'Please use the Buffer.alloc(), Buffer.allocUnsafe(), or Buffer.from() methods instead.');
  });
});
