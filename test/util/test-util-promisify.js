'use strict';
// util.promisify and util.callbackify.
const assert = require('assert');
const util = require('util');
const { promisify, callbackify } = util;

const pending = [];
function later(promise) { pending.push(promise); }

assert.strictEqual(promisify.custom, Symbol.for('nodejs.util.promisify.custom'));

// Resolves with the first callback value, rejects with the error.
function cbStyle(a, b, cb) {
  if (a === 'fail') return cb(new Error('failed'));
  cb(null, a + b, 'ignored');
}
const p = promisify(cbStyle);
assert.strictEqual(typeof p, 'function');
assert.strictEqual(p.name, 'cbStyle');
assert.strictEqual(p.length, 3);
assert.strictEqual(p[promisify.custom], p);
assert.strictEqual(promisify(p), p);
later(p(1, 2).then((v) => assert.strictEqual(v, 3)));
later(p('fail', 0).then(() => assert.fail('should reject'), (err) => assert.strictEqual(err.message, 'failed')));

// `this` is forwarded.
const obj = { base: 10, add: promisify(function (x, cb) { cb(null, this.base + x); }) };
later(obj.add(5).then((v) => assert.strictEqual(v, 15)));

// A synchronous throw becomes a rejection.
const thrower = promisify(() => { throw new TypeError('sync'); });
later(thrower().then(() => assert.fail('should reject'), (err) => assert.strictEqual(err.message, 'sync')));

// Custom promisified function.
function withCustom() {}
const custom = () => Promise.resolve('custom');
withCustom[promisify.custom] = custom;
assert.strictEqual(promisify(withCustom), custom);
assert.strictEqual(custom[promisify.custom], custom);

// Own properties and the prototype are copied.
function propsFn(cb) { cb(null, 1); }
propsFn.extra = 'x';
assert.strictEqual(promisify(propsFn).extra, 'x');
async function asyncFn(cb) { cb(null, 1); }
assert.strictEqual(Object.getPrototypeOf(promisify(asyncFn)), Object.getPrototypeOf(asyncFn));

// Falsy errors do not reject.
later(promisify((cb) => cb(null))().then((v) => assert.strictEqual(v, undefined)));
later(promisify((cb) => cb(0, 'zero-err'))().then((v) => assert.strictEqual(v, 'zero-err')));

// Bad input.
for (const bad of [undefined, null, 1, 'str', {}]) {
  assert.throws(() => promisify(bad), { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
}
assert.throws(() => promisify(1), {
  message: 'The "original" argument must be of type function. Received type number (1)',
});
function badCustom() {}
badCustom[promisify.custom] = 42;
assert.throws(() => promisify(badCustom), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "util.promisify.custom" property must be of type function. Received type number (42)',
});

// callbackify
async function addAsync(a, b) { return a + b; }
const cbAdd = callbackify(addAsync);
assert.strictEqual(cbAdd.name, 'addAsyncCallbackified');
assert.strictEqual(cbAdd.length, 3);
later(new Promise((resolve) => {
  let sync = true;
  cbAdd(2, 3, (err, value) => {
    assert.strictEqual(sync, false, 'callback must be asynchronous');
    assert.strictEqual(err, null);
    assert.strictEqual(value, 5);
    resolve();
  });
  sync = false;
}));

later(new Promise((resolve) => {
  callbackify(async () => { throw new RangeError('nope'); })((err, value) => {
    assert.ok(err instanceof RangeError);
    assert.strictEqual(value, undefined);
    resolve();
  });
}));

for (const falsy of [null, undefined, 0, '', false]) {
  later(new Promise((resolve) => {
    callbackify(() => Promise.reject(falsy))((err) => {
      assert.strictEqual(err.code, 'ERR_FALSY_VALUE_REJECTION');
      assert.strictEqual(err.message, 'Promise was rejected with falsy value');
      assert.ok(err instanceof Error);
      assert.ok('reason' in err);
      assert.strictEqual(err.reason, falsy);
      resolve();
    });
  }));
}

// `this` is forwarded to both the original and the callback.
later(new Promise((resolve) => {
  const o = { v: 7, get: callbackify(async function () { return this.v; }) };
  o.get(function (err, v) {
    assert.strictEqual(err, null);
    assert.strictEqual(v, 7);
    assert.strictEqual(this, o);
    resolve();
  });
}));

assert.throws(() => callbackify(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "original" argument must be of type function. Received type number (1)',
});
assert.throws(() => callbackify(async () => {})(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The last argument must be of type function. Received type number (1)',
});
assert.throws(() => callbackify(async () => {})(), { code: 'ERR_INVALID_ARG_TYPE' });

let done = false;
Promise.all(pending).then(() => { done = true; });
process.on('exit', () => assert.ok(done, 'not all promisify/callbackify checks completed'));
