'use strict';
// stream.finished() and stream/promises.finished() of web streams: called
// (on a later tick) when the stream closes, with the error when it errors,
// with an AbortError when the signal fires first.
const assert = require('assert');
const { finished } = require('stream');
const promises = require('stream/promises');
const { mustCall } = require('../common');

const order = [];
const readable = new ReadableStream({ start(c) { c.enqueue('a'); c.close(); } });
finished(readable, mustCall(function(err) {
  assert.strictEqual(err, undefined);
  assert.strictEqual(this, readable);
  order.push('finished');
}));
(async () => {
  for await (const chunk of readable) order.push(chunk);
})().then(mustCall());

const boom = new Error('boom');
finished(new ReadableStream({ start(c) { c.error(boom); } }), mustCall((err) => assert.strictEqual(err, boom)));

const writable = new WritableStream();
promises.finished(writable).then(mustCall());
writable.getWriter().close();
const broken = new WritableStream({ write() { throw boom; } });
promises.finished(broken).then(assert.fail, mustCall((err) => assert.strictEqual(err, boom)));
broken.getWriter().write('x').catch(() => {});

const ac = new AbortController();
finished(new ReadableStream(), { signal: ac.signal }, mustCall((err) => {
  assert.strictEqual(err.name, 'AbortError');
  assert.strictEqual(err.code, 'ABORT_ERR');
}));
ac.abort();

const closed = new ReadableStream({ start(c) { c.close(); } });
setTimeout(mustCall(() => finished(closed, mustCall((err) => assert.strictEqual(err, undefined)))), 10);

assert.throws(() => finished({}, () => {}), { code: 'ERR_INVALID_ARG_TYPE' });
process.on('exit', () => assert.deepStrictEqual(order, ['a', 'finished']));
