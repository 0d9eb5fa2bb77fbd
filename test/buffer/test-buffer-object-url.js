'use strict';
// buffer.resolveObjectURL reads what URL.createObjectURL registered.
const assert = require('assert');
const { Blob, resolveObjectURL } = require('buffer');

const blob = new Blob(['hi']);
const url = URL.createObjectURL(blob);
assert.match(url, /^blob:nodedata:[0-9a-f-]{36}$/);
const got = resolveObjectURL(url);
assert.ok(got instanceof Blob);
assert.strictEqual(got.size, 2);
URL.revokeObjectURL(url);
assert.strictEqual(resolveObjectURL(url), undefined);
assert.strictEqual(resolveObjectURL('nope'), undefined);
assert.strictEqual(resolveObjectURL('blob:nodedata:unknown'), undefined);
assert.throws(() => URL.createObjectURL({}), { code: 'ERR_INVALID_ARG_TYPE' });
