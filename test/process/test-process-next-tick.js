'use strict';
const assert = require('assert');
const { mustCall } = require('../common');

const order = [];
process.nextTick(mustCall((a, b) => {
  assert.deepStrictEqual([a, b], [1, 2]);
  order.push('tick1');
}), 1, 2);
process.nextTick(() => order.push('tick2'));
Promise.resolve().then(() => order.push('promise'));
queueMicrotask(() => order.push('microtask'));
order.push('sync');

process.on('exit', () => {
  assert.deepStrictEqual(order, ['sync', 'tick1', 'tick2', 'promise', 'microtask']);
});

assert.throws(() => process.nextTick(), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "callback" argument must be of type function. Received undefined',
});
assert.throws(() => process.nextTick('x'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => queueMicrotask(5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "callback" argument must be of type function. Received type number (5)',
});

// A deep chain of ticks all runs before promise jobs.
let depth = 0;
const seen = [];
function chain() { if (++depth < 1000) process.nextTick(chain); else seen.push('chain-done'); }
process.nextTick(chain);
Promise.resolve().then(() => seen.push('promise-after-chain'));
process.on('exit', () => assert.deepStrictEqual(seen, ['chain-done', 'promise-after-chain']));

// Every argument count reaches the callback unchanged, with `this` undefined
// (the queue stores 0, 1, 2 and many arguments differently).
const argSets = [[], [1], [1, 'b'], [1, 'b', null], [1, 'b', null, undefined], [1, 2, 3, 4, 5, 6, 7]];
for (const args of argSets) {
  process.nextTick(mustCall(function(...got) {
    assert.strictEqual(this, undefined);
    assert.deepStrictEqual(got, args);
  }), ...args);
}
assert.strictEqual(process.nextTick.name, 'nextTick');
assert.strictEqual(process.nextTick.length, 1);
