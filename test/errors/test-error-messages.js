'use strict';
// Node's error messages fill their %s placeholders as util.format does:
// objects are inspected, bigints keep their n and -0 its sign (String()
// would give "[object Object]", "1,2", "10" and "0").
const assert = require('assert');

function unknownEncoding(value) {
  try {
    Buffer.from([1]).toString(value);
  } catch (err) {
    assert.strictEqual(err.code, 'ERR_UNKNOWN_ENCODING');
    return err.message;
  }
  assert.fail('no error');
}

assert.strictEqual(unknownEncoding({}), 'Unknown encoding: {}');
assert.strictEqual(unknownEncoding({ length: 5 }), 'Unknown encoding: { length: 5 }');
assert.strictEqual(unknownEncoding([1, 2]), 'Unknown encoding: [ 1, 2 ]');
assert.strictEqual(unknownEncoding(10n), 'Unknown encoding: 10n');
assert.strictEqual(unknownEncoding(-0), 'Unknown encoding: -0');
assert.strictEqual(unknownEncoding('bogus'), 'Unknown encoding: bogus');
assert.strictEqual(unknownEncoding(5), 'Unknown encoding: 5');
assert.strictEqual(unknownEncoding({ toString() { return 'mine'; } }), 'Unknown encoding: mine');

// Two placeholders, each with its own argument: re-dispatching an event
// that is being dispatched.
const target = new EventTarget();
const event = new Event('x');
let inner;
target.addEventListener('x', () => {
  try {
    target.dispatchEvent(event);
  } catch (err) {
    inner = err;
  }
});
target.dispatchEvent(event);
assert.strictEqual(inner.code, 'ERR_EVENT_RECURSION');
assert.strictEqual(inner.message, 'The event "x" is already being dispatched');
