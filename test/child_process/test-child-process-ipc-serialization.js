'use strict';
// What a message becomes on the other side: with 'json', what
// JSON.stringify/parse make of it; with 'advanced', a structured clone
// (Map, Set, Date, RegExp, BigInt, typed arrays, Buffers, cycles, holes,
// errors, boxed primitives, -0, lone surrogates). A value that cannot be
// cloned throws at send().
const assert = require('assert');
const { fork } = require('child_process');
const { mustCall } = require('../common');

if (process.argv[2] === 'child') {
  process.on('message', (m) => {
    if (m === 'end') process.disconnect();
    else process.send(m);
  });
  return;
}

function roundTrip(serialization, values, check) {
  const child = fork(__filename, ['child'], { serialization });
  const got = [];
  child.on('message', (m) => {
    got.push(m);
    if (got.length === values.length) {
      check(got);
      child.send('end');
    }
  });
  for (const v of values) child.send(v);
  child.on('exit', mustCall((code) => assert.strictEqual(code, 0)));
  return child;
}

const date = new Date(86400000);
roundTrip('json', [
  { b: Buffer.from('hi'), m: new Map([[1, 2]]), u: undefined, d: date, n: NaN, z: -0 },
  [undefined, () => {}],
  { toJSON() { return 'custom'; } },
], mustCall((got) => {
  assert.deepStrictEqual(got, [
    { b: { type: 'Buffer', data: [104, 105] }, m: {}, d: date.toISOString(), n: null, z: 0 },
    [null, null],
    'custom',
  ]);
}));

const cyc = { name: 'cycle' };
cyc.self = cyc;
const shared = { s: 1 };
const values = [
  new Map([[1, { x: 2n }], ['k', new Set(['a', 1])]]),
  date,
  /a.b/gimsuy,
  [1, , 3],
  Buffer.from('buffer'),
  new Uint8Array([1, 2, 3]),
  new Float64Array([1.5, -2]),
  new BigInt64Array([-5n]),
  new Uint8Array(new ArrayBuffer(8), 2, 3),
  new ArrayBuffer(4),
  new DataView(new Uint8Array([7, 8]).buffer),
  cyc,
  { a: shared, b: [shared] },
  Object(5),
  Object('boxed'),
  Object(false),
  -0,
  NaN,
  'lone \ud800 surrogate',
  { 1: 'one', key: undefined },
];
roundTrip('advanced', values, mustCall((got) => {
  for (let i = 0; i < values.length; i++) {
    assert.deepStrictEqual(got[i], values[i]);
    assert.strictEqual(Object.getPrototypeOf(got[i] ?? 0), Object.getPrototypeOf(values[i] ?? 0), `value ${i}`);
  }
  assert.strictEqual(got[11].self, got[11]);
  assert.strictEqual(got[12].a, got[12].b[0]);
  assert.ok(Object.is(got[16], -0));
}));

// Errors keep their kind, message and cause.
roundTrip('advanced', [new RangeError('out'), new TypeError('t', { cause: 'why' }), new Error('plain')],
  mustCall((got) => {
    assert.ok(got[0] instanceof RangeError);
    assert.strictEqual(got[0].message, 'out');
    assert.ok(got[1] instanceof TypeError);
    assert.strictEqual(got[1].cause, 'why');
    assert.strictEqual(Object.getPrototypeOf(got[2]), Error.prototype);
    assert.strictEqual(got[2].message, 'plain');
  }));

// Values that cannot be cloned throw at send(), and nothing is sent.
{
  const child = roundTrip('advanced', ['after'], mustCall((got) => assert.deepStrictEqual(got, ['after'])));
  for (const [value, text] of [
    [{ f() {} }, 'f() {} could not be cloned.'],
    [{ s: Symbol('x') }, 'Symbol(x) could not be cloned.'],
    [{ w: new WeakMap() }, '#<WeakMap> could not be cloned.'],
    [Promise.resolve(), '#<Promise> could not be cloned.'],
  ]) {
    assert.throws(() => child.send(value), { name: 'Error', message: text });
  }
  assert.throws(() => child.send(1n), { code: 'ERR_INVALID_ARG_TYPE' });
}
