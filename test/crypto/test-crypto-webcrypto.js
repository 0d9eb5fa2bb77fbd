'use strict';
// The Web Crypto global: globalThis.crypto is require('crypto').webcrypto,
// a Crypto with subtle (tested in test-webcrypto-*.js), getRandomValues and
// randomUUID.
const assert = require('assert');
const nodeCrypto = require('crypto');
const { run } = require('../common');

assert.strictEqual(typeof crypto, 'object');
assert.strictEqual(globalThis.crypto, nodeCrypto.webcrypto);
assert.strictEqual(Object.prototype.toString.call(crypto), '[object Crypto]');
assert.ok(crypto instanceof Crypto);
assert.strictEqual(crypto.constructor, Crypto);
assert.deepStrictEqual(Object.getOwnPropertyNames(crypto), []);
const d = Object.getOwnPropertyDescriptor(globalThis, 'crypto');
assert.strictEqual(d.enumerable, true);
assert.strictEqual(d.configurable, true);
assert.strictEqual(Object.getOwnPropertyDescriptor(globalThis, 'Crypto').enumerable, false);
assert.deepStrictEqual(Object.getOwnPropertyNames(Crypto.prototype),
  ['constructor', 'subtle', 'getRandomValues', 'randomUUID']);
for (const name of ['getRandomValues', 'randomUUID']) {
  const m = Object.getOwnPropertyDescriptor(Crypto.prototype, name);
  assert.strictEqual(typeof m.value, 'function', name);
  assert.strictEqual(m.enumerable, true, name);
}
assert.strictEqual(crypto.getRandomValues.length, 1);
assert.strictEqual(crypto.randomUUID.length, 0);
assert.strictEqual(crypto.subtle, nodeCrypto.subtle);
assert.strictEqual(Object.getOwnPropertyDescriptor(Crypto.prototype, 'subtle').enumerable, true);

// getRandomValues: integer typed arrays up to 65536 bytes, filled in place.
const u8 = new Uint8Array(1024);
assert.strictEqual(crypto.getRandomValues(u8), u8);
assert.ok(new Set(u8).size > 200);
assert.strictEqual(crypto.getRandomValues(new Int32Array(16384)).length, 16384);
assert.throws(() => crypto.getRandomValues(new Int32Array(16385)),
  { name: 'QuotaExceededError', code: 22, message: 'The requested length exceeds 65,536 bytes' });
assert.throws(() => crypto.getRandomValues(new Float64Array(1)),
  { name: 'TypeMismatchError', code: 17, message: 'The data argument must be an integer-type TypedArray' });
assert.throws(() => crypto.getRandomValues(undefined), { name: 'TypeMismatchError' });
assert.throws(() => crypto.getRandomValues(), {
  name: 'TypeError', code: 'ERR_MISSING_ARGS',
  message: "Failed to execute 'getRandomValues' on 'Crypto': 1 argument required, but only 0 present.",
});

// Methods check their receiver.
const { getRandomValues, randomUUID } = crypto;
for (const call of [() => getRandomValues(new Uint8Array(1)), () => randomUUID(),
  () => crypto.getRandomValues.call({}, new Uint8Array(1)), () => Crypto.prototype.randomUUID()]) {
  assert.throws(call, { name: 'TypeError', code: 'ERR_INVALID_THIS', message: 'Value of "this" must be of type Crypto' });
}
assert.throws(() => new Crypto(), { name: 'TypeError', code: 'ERR_ILLEGAL_CONSTRUCTOR', message: 'Illegal constructor' });

// randomUUID ignores arguments.
assert.match(crypto.randomUUID(1), /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
assert.notStrictEqual(crypto.randomUUID(), crypto.randomUUID());

// As in Node the global is an accessor without a setter: sloppy assignment
// is ignored, strict assignment throws, delete removes it. (Node's -e binds a
// bare `crypto` to the module, hence globalThis.)
assert.strictEqual(typeof d.get, 'function');
assert.strictEqual(d.set, undefined);
assert.strictEqual(d.get.name, 'get crypto');
assert.throws(() => { globalThis.crypto = 1; }, TypeError);
const r = run(['-e', `
globalThis.crypto = 1;
process._rawDebug(JSON.stringify([typeof globalThis.crypto.randomUUID, delete globalThis.crypto,
  'crypto' in globalThis, typeof require('crypto').webcrypto.getRandomValues]));
`]);
assert.strictEqual(r.status, 0, r.stderr);
assert.strictEqual(r.stderr, '["function",true,false,"function"]\n');
