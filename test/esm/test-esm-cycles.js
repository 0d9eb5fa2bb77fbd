'use strict';
// Cycles: function declarations are hoisted and callable before their
// module runs, `let`/`class` bindings throw in the TDZ, a module can import
// itself. Expected orders are node's (v20).
const assert = require('assert');
const path = require('path');
const { fixtures, mustCall } = require('../common');

const dir = path.join(fixtures, 'esm', 'cycle');

(async () => {
  const { log } = await import(path.join(dir, 'main.mjs'));
  assert.deepStrictEqual(log, [
    'b: hoistedA', 'b: ReferenceError', 'a: hoistedB', 'a reads b: B', 'a reads itself through b: A', 'main: A B',
  ]);

  const self = await import(path.join(dir, 'self.mjs'));
  assert.deepStrictEqual(self.keys(), ['keys', 'same', 'viaSelf', 'x']);
  assert.strictEqual(self.viaSelf(), 1);
  assert.strictEqual(self.same, self);

  const c = await import(path.join(dir, 'c-main.mjs'));
  assert.deepStrictEqual(c.log.slice(-5), ['c3', 'c3: ReferenceError', 'c2', 'c1', 'made: C']);
})().then(mustCall());
