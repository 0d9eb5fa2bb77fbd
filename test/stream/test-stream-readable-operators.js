'use strict';
// Readable iterator helpers (map, filter, toArray, reduce, ...).
const assert = require('assert');
const { Readable } = require('stream');

let done = false;
process.on('exit', () => assert.strictEqual(done, true));

const from = (arr) => Readable.from(arr);

(async () => {
  assert.deepStrictEqual(await from([1, 2, 3]).map((x) => x * 2).toArray(), [2, 4, 6]);
  assert.deepStrictEqual(await from([1, 2, 3]).map(async (x) => x + 1).toArray(), [2, 3, 4]);
  assert.deepStrictEqual(await from([1, 2, 3, 4]).filter((x) => x % 2 === 0).toArray(), [2, 4]);
  assert.deepStrictEqual(await from([1, 2]).flatMap((x) => [x, x]).toArray(), [1, 1, 2, 2]);
  assert.deepStrictEqual(await from([1, 2, 3]).take(2).toArray(), [1, 2]);
  assert.deepStrictEqual(await from([1, 2, 3]).take('2').toArray(), [1, 2]);
  assert.deepStrictEqual(await from([1, 2, 3]).drop(1).toArray(), [2, 3]);
  assert.strictEqual(await from([1, 2, 3]).reduce((a, b) => a + b), 6);
  assert.strictEqual(await from([1, 2, 3]).reduce((a, b) => a + b, 10), 16);
  assert.strictEqual(await from([1, 5]).some((x) => x > 4), true);
  assert.strictEqual(await from([1, 5]).every((x) => x > 4), false);
  assert.strictEqual(await from([1, 5, 7]).find((x) => x > 4), 5);
  assert.strictEqual(await from([1]).find((x) => x > 4), undefined);
  const seen = [];
  assert.strictEqual(await from(['a', 'b']).forEach((x) => { seen.push(x); }), undefined);
  assert.deepStrictEqual(seen, ['a', 'b']);
  assert.ok(from([1]).map((x) => x) instanceof Readable);

  await assert.rejects(from([]).reduce((a, b) => a + b), {
    code: 'ERR_MISSING_ARGS',
    name: 'TypeError',
    message: 'Reduce of an empty stream requires an initial value',
  });
  assert.throws(() => from([]).map(5), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "fn" argument must be of type function or an instance of AsyncFunction. Received type number (5)',
  });
  assert.throws(() => from([]).take(-1), {
    code: 'ERR_OUT_OF_RANGE',
    message: 'The value of "number" is out of range. It must be >= 0. Received -1',
  });
  assert.throws(() => from([]).map((x) => x, 5), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "options" argument must be of type object. Received type number (5)',
  });
  // Errors from the callback reject.
  await assert.rejects(from([1]).map(() => { throw new Error('cb'); }).toArray(), { message: 'cb' });
  done = true;
})().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
