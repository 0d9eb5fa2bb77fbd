'use strict';
// A throwing EventTarget listener does not stop dispatch; the error surfaces
// afterwards as an uncaught exception, as do rejections of returned promises.
const assert = require('assert');

const uncaught = [];
process.on('uncaughtException', (err) => uncaught.push(err.message));

const et = new EventTarget();
const order = [];
et.addEventListener('err', () => {
  order.push('first');
  throw new Error('boom');
});
et.addEventListener('err', () => order.push('second'));
et.addEventListener('err', { handleEvent() { throw new Error('from object'); } });
et.addEventListener('aerr', async () => { throw new Error('async boom'); });

assert.strictEqual(et.dispatchEvent(new Event('err')), true);
assert.deepStrictEqual(order, ['first', 'second']);
// Nothing is reported synchronously.
assert.deepStrictEqual(uncaught, []);
et.dispatchEvent(new Event('aerr'));

// A listener on an AbortSignal.
const ac = new AbortController();
ac.signal.addEventListener('abort', () => { throw new Error('abort listener'); });
ac.abort();
assert.strictEqual(ac.signal.aborted, true);

setTimeout(() => {
  assert.deepStrictEqual(uncaught.sort(),
    ['abort listener', 'async boom', 'boom', 'from object']);
}, 10);
