'use strict';
// node:diagnostics_channel: channels, subscribers, stores and tracing
// channels, compared with Node's behaviour.
const common = require('../common');
const assert = require('assert');
const dc = require('diagnostics_channel');

// Channels are shared by name; subscribers get (message, name).
const c = dc.channel('lode:test');
assert.strictEqual(c, dc.channel('lode:test'));
assert.ok(c instanceof dc.Channel);
assert.strictEqual(c.hasSubscribers, false);
assert.strictEqual(dc.hasSubscribers('lode:test'), false);
const seen = [];
const sub = (m, name) => seen.push([m, name]);
dc.subscribe('lode:test', sub);
assert.strictEqual(c.hasSubscribers, true);
c.publish({ n: 1 });
assert.deepStrictEqual(seen, [[{ n: 1 }, 'lode:test']]);
assert.strictEqual(dc.unsubscribe('lode:test', sub), true);
assert.strictEqual(c.unsubscribe(sub), false);
c.publish({ n: 2 });
assert.strictEqual(seen.length, 1);
const sym = Symbol('s');
assert.strictEqual(dc.channel(sym).name, sym);

assert.throws(() => dc.channel(5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "channel" argument must be one of type string or symbol. Received type number (5)',
});
assert.throws(() => c.subscribe(5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "subscription" argument must be of type function. Received type number (5)',
});
assert.throws(() => dc.tracingChannel(5), { code: 'ERR_INVALID_ARG_TYPE' });

// A throwing subscriber does not stop publish(); its error is uncaught later.
const bad = dc.channel('lode:bad');
bad.subscribe(() => { throw new Error('subscriber failed'); });
const after = common.mustCall();
bad.subscribe(after);
process.once('uncaughtException', common.mustCall((err) => {
  assert.strictEqual(err.message, 'subscriber failed');
}));
bad.publish('x');

// Stores: anything with run(value, fn); transform maps the message.
const store = { value: undefined, run(v, fn) { const old = this.value; this.value = v; try { return fn(); } finally { this.value = old; } } };
const sc = dc.channel('lode:stores');
sc.bindStore(store, (m) => m.id);
assert.strictEqual(sc.hasSubscribers, true);
assert.strictEqual(sc.runStores({ id: 7 }, function(a) { return [this.t, a, store.value]; }, { t: 1 }, 2).join(), '1,2,7');
assert.strictEqual(sc.unbindStore(store), true);

// Tracing channels.
const tc = dc.tracingChannel('lode:op');
assert.strictEqual(tc.start.name, 'tracing:lode:op:start');
assert.strictEqual(tc.asyncEnd.name, 'tracing:lode:op:asyncEnd');
assert.strictEqual(tc.hasSubscribers, false);
// Without subscribers: a plain call.
assert.strictEqual(tc.traceSync((a, b) => a + b, {}, null, 1, 2), 3);

const events = [];
const handlers = {};
for (const e of ['start', 'end', 'asyncStart', 'asyncEnd', 'error']) {
  handlers[e] = (ctx) => events.push([e, ctx.result, ctx.error && ctx.error.message]);
}
tc.subscribe(handlers);
assert.strictEqual(tc.hasSubscribers, true);
assert.strictEqual(tc.traceSync(() => 'ok', {}), 'ok');
assert.deepStrictEqual(events.splice(0), [['start', undefined, undefined], ['end', 'ok', undefined]]);
assert.throws(() => tc.traceSync(() => { throw new Error('sync'); }), /sync/);
assert.deepStrictEqual(events.splice(0), [['start', undefined, undefined], ['error', undefined, 'sync'],
  ['end', undefined, 'sync']]);

tc.traceCallback((x, cb) => setImmediate(cb, null, x * 2), -1, {}, null, 21, common.mustCall((err, v) => {
  assert.strictEqual(v, 42);
  assert.deepStrictEqual(events.splice(0), [['start', undefined, undefined], ['end', undefined, undefined],
    ['asyncStart', 42, undefined]]);
  setImmediate(common.mustCall(() => {
    assert.deepStrictEqual(events.splice(0), [['asyncEnd', 42, undefined]]);
    tc.tracePromise(async () => { throw new Error('async'); }, {}).then(common.mustNotCall(), common.mustCall((err) => {
      assert.strictEqual(err.message, 'async');
      assert.deepStrictEqual(events.splice(0), [['start', undefined, undefined], ['end', undefined, undefined],
        ['error', undefined, 'async'], ['asyncStart', undefined, 'async'], ['asyncEnd', undefined, 'async']]);
      assert.strictEqual(tc.unsubscribe(handlers), true);
      assert.strictEqual(tc.hasSubscribers, false);
    }));
  }));
}));
