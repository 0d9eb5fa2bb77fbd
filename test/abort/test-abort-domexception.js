'use strict';
// DOMException as used for abort reasons.
const assert = require('assert');

{
  const d = new DOMException('m', 'NotFoundError');
  assert.strictEqual(d.name, 'NotFoundError');
  assert.strictEqual(d.message, 'm');
  assert.strictEqual(d.code, 8);
  assert.ok(d instanceof DOMException);
  assert.ok(d instanceof Error);
  assert.deepStrictEqual(Object.keys(d), []);
  assert.strictEqual(String(d), 'NotFoundError: m');
  assert.strictEqual(Object.prototype.toString.call(d), '[object DOMException]');
  assert.strictEqual(typeof d.stack, 'string');
  assert.strictEqual(Object.getPrototypeOf(DOMException.prototype), Error.prototype);
}

{
  const d = new DOMException();
  assert.deepStrictEqual([d.name, d.message, d.code], ['Error', '', 0]);
  const u = new DOMException(undefined, undefined);
  assert.deepStrictEqual([u.name, u.message], ['Error', '']);
  const n = new DOMException(1, 2);
  assert.deepStrictEqual([n.name, n.message], ['2', '1']);
  assert.strictEqual(new DOMException('x', 'Foo').code, 0);
}

// Options object with a cause.
{
  const d = new DOMException('x', { name: 'TimeoutError', cause: 1 });
  assert.strictEqual(d.name, 'TimeoutError');
  assert.strictEqual(d.code, 23);
  assert.strictEqual(d.cause, 1);
  assert.strictEqual(Object.keys(d).includes('cause'), false);
  assert.strictEqual(new DOMException('x', { name: 'A', cause: undefined }).hasOwnProperty('cause'), true);
  assert.strictEqual(new DOMException('x', { name: 'A' }).hasOwnProperty('cause'), false);
}

// Legacy codes.
const table = {
  INDEX_SIZE_ERR: ['IndexSizeError', 1],
  HIERARCHY_REQUEST_ERR: ['HierarchyRequestError', 3],
  NOT_FOUND_ERR: ['NotFoundError', 8],
  NOT_SUPPORTED_ERR: ['NotSupportedError', 9],
  INVALID_STATE_ERR: ['InvalidStateError', 11],
  SYNTAX_ERR: ['SyntaxError', 12],
  NETWORK_ERR: ['NetworkError', 19],
  ABORT_ERR: ['AbortError', 20],
  QUOTA_EXCEEDED_ERR: ['QuotaExceededError', 22],
  TIMEOUT_ERR: ['TimeoutError', 23],
  DATA_CLONE_ERR: ['DataCloneError', 25],
};
for (const [constant, [name, code]] of Object.entries(table)) {
  assert.strictEqual(DOMException[constant], code);
  assert.strictEqual(DOMException.prototype[constant], code);
  assert.strictEqual(new DOMException('', name).code, code);
}
assert.strictEqual(Object.keys(DOMException).length, 25);

// Subclassing.
{
  class MyError extends DOMException {
    constructor() { super('sub', 'AbortError'); }
  }
  const e = new MyError();
  assert.ok(e instanceof MyError);
  assert.strictEqual(e.name, 'AbortError');
  assert.strictEqual(e.code, 20);
}

assert.throws(() => DOMException(), TypeError);
assert.throws(() => Object.getOwnPropertyDescriptor(DOMException.prototype, 'name').get.call({}), {
  name: 'TypeError',
  code: 'ERR_INVALID_THIS',
  message: 'Value of "this" must be of DOMException',
});
