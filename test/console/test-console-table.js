'use strict';
// console.table(): box drawing as in Node, for arrays, objects, Map, Set,
// column filters and non-tabular values.
const assert = require('assert');

const { Console } = console;
let out = '';
const writes = [];
const stream = { write(s) { out += s; writes.push(s); return true; } };
const c = new Console({ stdout: stream, stderr: stream, ignoreErrors: false });

const cases = [
  [[{ a: 1, b: "x" }, { a: 2, c: true }], undefined,
    "┌─────────┬───┬─────┬──────┐\n│ (index) │ a │ b   │ c    │\n├─────────┼───┼─────┼──────┤\n│ 0       │ 1 │ 'x' │      │\n│ 1       │ 2 │     │ true │\n└─────────┴───┴─────┴──────┘\n"],
  [[[1, 2], [3, 4, 5]], undefined,
    "┌─────────┬───┬───┬───┐\n│ (index) │ 0 │ 1 │ 2 │\n├─────────┼───┼───┼───┤\n│ 0       │ 1 │ 2 │   │\n│ 1       │ 3 │ 4 │ 5 │\n└─────────┴───┴───┴───┘\n"],
  [{ r1: { c: 1 }, r2: { c: 2 } }, undefined,
    "┌─────────┬───┐\n│ (index) │ c │\n├─────────┼───┤\n│ r1      │ 1 │\n│ r2      │ 2 │\n└─────────┴───┘\n"],
  [[1, "two", { x: 3 }], undefined,
    "┌─────────┬───┬────────┐\n│ (index) │ x │ Values │\n├─────────┼───┼────────┤\n│ 0       │   │ 1      │\n│ 1       │   │ 'two'  │\n│ 2       │ 3 │        │\n└─────────┴───┴────────┘\n"],
  [[{ a: 1, b: 2 }], ["b"],
    "┌─────────┬───┐\n│ (index) │ b │\n├─────────┼───┤\n│ 0       │ 2 │\n└─────────┴───┘\n"],
  [[{ a: 1 }], ["b", "a"],
    "┌─────────┬───┬───┐\n│ (index) │ b │ a │\n├─────────┼───┼───┤\n│ 0       │   │ 1 │\n└─────────┴───┴───┘\n"],
  [[1, 2], ["x"],
    "┌─────────┬───┐\n│ (index) │ x │\n├─────────┼───┤\n│ 0       │   │\n│ 1       │   │\n└─────────┴───┘\n"],
  [[{ a: 1 }, 5], [],
    "┌─────────┐\n│ (index) │\n├─────────┤\n│ 0       │\n│ 1       │\n└─────────┘\n"],
  [new Map([["k", { v: 1 }], ["k2", 3]]), undefined,
    "┌───────────────────┬──────┬──────────┐\n│ (iteration index) │ Key  │ Values   │\n├───────────────────┼──────┼──────────┤\n│ 0                 │ 'k'  │ { v: 1 } │\n│ 1                 │ 'k2' │ 3        │\n└───────────────────┴──────┴──────────┘\n"],
  [new Map([[{ k: 1 }, 1]]), ["v"],
    "┌───────────────────┬──────────┬────────┐\n│ (iteration index) │ Key      │ Values │\n├───────────────────┼──────────┼────────┤\n│ 0                 │ { k: 1 } │ 1      │\n└───────────────────┴──────────┴────────┘\n"],
  [new Set([1, { a: 2 }]), undefined,
    "┌───────────────────┬──────────┐\n│ (iteration index) │ Values   │\n├───────────────────┼──────────┤\n│ 0                 │ 1        │\n│ 1                 │ { a: 2 } │\n└───────────────────┴──────────┘\n"],
  [[{ "long name": "value with 中文", n: 1.5 }], undefined,
    "┌─────────┬───────────────────┬─────┐\n│ (index) │ long name         │ n   │\n├─────────┼───────────────────┼─────┤\n│ 0       │ 'value with 中文' │ 1.5 │\n└─────────┴───────────────────┴─────┘\n"],
  [[], undefined,
    "┌─────────┐\n│ (index) │\n├─────────┤\n└─────────┘\n"],
  [{}, undefined,
    "┌─────────┐\n│ (index) │\n├─────────┤\n└─────────┘\n"],
  [[{ a: { nested: { deep: 1 } }, f() {} }], undefined,
    "┌─────────┬──────────────────────┬───────────────┐\n│ (index) │ a                    │ f             │\n├─────────┼──────────────────────┼───────────────┤\n│ 0       │ { nested: [Object] } │ [Function: f] │\n└─────────┴──────────────────────┴───────────────┘\n"],
  [[{ a: { x: 1, y: 2, z: 3 }, b: [1, 2, 3, 4, 5], c: { x: 1, y: { d: 1 } }, d: "multi\nline", e: [[1, [2]]] }], undefined,
    "┌─────────┬──────────┬───────────────────────────────┬───────────────────────┬───────────────┬─────────────┐\n│ (index) │ a        │ b                             │ c                     │ d             │ e           │\n├─────────┼──────────┼───────────────────────────────┼───────────────────────┼───────────────┼─────────────┤\n│ 0       │ [Object] │ [ 1, 2, 3, ... 2 more items ] │ { x: 1, y: [Object] } │ 'multi\\nline' │ [ [Array] ] │\n└─────────┴──────────┴───────────────────────────────┴───────────────────────┴───────────────┴─────────────┘\n"],
  [{ a: [1, 2], b: "s" }, undefined,
    "┌─────────┬───┬───┬────────┐\n│ (index) │ 0 │ 1 │ Values │\n├─────────┼───┼───┼────────┤\n│ a       │ 1 │ 2 │        │\n│ b       │   │   │ 's'    │\n└─────────┴───┴───┴────────┘\n"],
  [[null, undefined, { a: null }], undefined,
    "┌─────────┬──────┬───────────┐\n│ (index) │ a    │ Values    │\n├─────────┼──────┼───────────┤\n│ 0       │      │ null      │\n│ 1       │      │ undefined │\n│ 2       │ null │           │\n└─────────┴──────┴───────────┘\n"],
  [[[]], undefined,
    "┌─────────┐\n│ (index) │\n├─────────┤\n│ 0       │\n└─────────┘\n"],
  [["x"], ["length"],
    "┌─────────┬────────┐\n│ (index) │ length │\n├─────────┼────────┤\n│ 0       │        │\n└─────────┴────────┘\n"],
  [[{ "\u001b[31mred\u001b[39m": 1 }], undefined,
    "┌─────────┬─────┐\n│ (index) │ \u001b[31mred\u001b[39m │\n├─────────┼─────┤\n│ 0       │ 1   │\n└─────────┴─────┘\n"],
  [5, undefined,
    "5\n"],
  ["str", undefined,
    "str\n"],
  [null, undefined,
    "null\n"],
  [[Symbol("s"), 10n, -0], undefined,
    "┌─────────┬───────────┐\n│ (index) │ Values    │\n├─────────┼───────────┤\n│ 0       │ Symbol(s) │\n│ 1       │ 10n       │\n│ 2       │ -0        │\n└─────────┴───────────┘\n"],
];

for (const [data, properties, expected] of cases) {
  out = '';
  writes.length = 0;
  if (properties === undefined) c.table(data);
  else c.table(data, properties);
  assert.strictEqual(out, expected);
  assert.strictEqual(writes.length, 1, 'one write per call');
}

// Inside a group, every line of the table is indented.
out = '';
c.group();
c.table([{ a: 1 }]);
c.groupEnd();
assert.strictEqual(out, '  ┌─────────┬───┐\n  │ (index) │ a │\n  ├─────────┼───┤\n  │ 0       │ 1 │\n  └─────────┴───┘\n');

assert.throws(() => c.table([], 'x'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "properties" argument must be an instance of Array. Received type string (\'x\')',
});
