'use strict';
// async_hooks.AsyncResource: ids, scopes, bind, validation as Node's.
const common = require('../common');
const assert = require('assert');
const { AsyncResource } = require('async_hooks');

const r = new AsyncResource('MY_RESOURCE');
assert.strictEqual(typeof r.asyncId(), 'number');
assert.strictEqual(r.triggerAsyncId(), 1);
const r2 = new AsyncResource('MY_RESOURCE', { triggerAsyncId: r.asyncId() });
assert.notStrictEqual(r2.asyncId(), r.asyncId());
assert.strictEqual(r2.triggerAsyncId(), r.asyncId());
assert.strictEqual(new AsyncResource('X', 7).triggerAsyncId(), 7);
assert.strictEqual(r.emitDestroy(), r);

// runInAsyncScope passes this and the arguments, returns the result, throws through.
assert.strictEqual(r.runInAsyncScope(function(a, b) { return this.v + a + b; }, { v: 1 }, 2, 3), 6);
assert.throws(() => r.runInAsyncScope(() => { throw new Error('inside'); }), /inside/);

// bind keeps the length, the caller's this (or the given one).
const f = r.bind(function(a, b) { return [this, a, b]; });
assert.strictEqual(f.length, 2);
const self = {};
assert.deepStrictEqual(f.call(self, 1, 2), [self, 1, 2]);
const g = r.bind(function() { return this; }, self);
assert.strictEqual(g.call({}), self);
const h = AsyncResource.bind(function named() { return 42; });
assert.strictEqual(h(), 42);

process.on('warning', common.mustCall((w) => {
  assert.strictEqual(w.code, 'DEP0172');
}));
assert.strictEqual(f.asyncResource, r);
assert.strictEqual(f.asyncResource, r); // warns once

// Validation, as Node.
assert.throws(() => new AsyncResource(5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "type" argument must be of type string. Received type number (5)',
});
assert.throws(() => new AsyncResource('x', { triggerAsyncId: -2 }), {
  code: 'ERR_INVALID_ASYNC_ID',
  name: 'RangeError',
  message: 'Invalid triggerAsyncId value: -2',
});
assert.throws(() => r.bind(5), { code: 'ERR_INVALID_ARG_TYPE' });

// A timer callback bound to a resource runs later, as bound.
setTimeout(r.bind(common.mustCall(function(x) {
  assert.strictEqual(x, 'later');
}), null), 1, 'later');
