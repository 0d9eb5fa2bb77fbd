'use strict';
// events.EventEmitterAsyncResource: an EventEmitter that owns an
// AsyncResource (whose eventEmitter points back) and emits in its scope.
const assert = require('assert');
const { EventEmitter, EventEmitterAsyncResource } = require('events');
const { AsyncResource } = require('async_hooks');
const { mustCall } = require('../common');

class Foo extends EventEmitterAsyncResource {}
const foo = new Foo(); // a subclass is named after itself
assert.ok(foo instanceof EventEmitter);
assert.strictEqual(typeof foo.asyncId, 'number');
assert.strictEqual(foo.triggerAsyncId, 1);
const resource = foo.asyncResource;
assert.ok(resource instanceof AsyncResource);
assert.strictEqual(resource.constructor.name, 'EventEmitterReferencingAsyncResource');
assert.strictEqual(resource.eventEmitter, foo);
assert.strictEqual(resource.asyncId(), foo.asyncId);
assert.notStrictEqual(new Foo().asyncId, foo.asyncId);
assert.deepStrictEqual(Object.keys(foo), ['_events', '_eventsCount', '_maxListeners']);
assert.deepStrictEqual(Object.getOwnPropertyNames(EventEmitterAsyncResource.prototype),
  ['constructor', 'emit', 'emitDestroy', 'asyncId', 'triggerAsyncId', 'asyncResource']);

foo.on('x', mustCall(function(a, b) {
  assert.strictEqual(this, foo);
  assert.deepStrictEqual([a, b], [1, 2]);
}));
assert.strictEqual(foo.emit('x', 1, 2), true);
assert.strictEqual(foo.emit('nobody'), false);
assert.strictEqual(foo.emitDestroy(), undefined);

assert.strictEqual(new EventEmitterAsyncResource({ name: 'n', triggerAsyncId: 7 }).triggerAsyncId, 7);
assert.strictEqual(typeof new EventEmitterAsyncResource('by-string').asyncId, 'number');

// EventEmitter options still apply.
const capturing = new EventEmitterAsyncResource({ name: 'c', captureRejections: true });
capturing.on('z', async () => { throw new Error('boom'); });
capturing.on('error', mustCall((err) => assert.strictEqual(err.message, 'boom')));
capturing.emit('z');

// The class itself needs a name; the getters check their receiver.
for (const bad of [undefined, 5, { name: 5 }]) {
  assert.throws(() => new EventEmitterAsyncResource(bad), { code: 'ERR_INVALID_ARG_TYPE' });
}
assert.throws(() => Object.getOwnPropertyDescriptor(EventEmitterAsyncResource.prototype, 'asyncId').get.call({}),
  { code: 'ERR_INVALID_THIS', message: 'Value of "this" must be of type EventEmitterAsyncResource' });
assert.throws(() => EventEmitterAsyncResource.prototype.emit.call(new EventEmitter(), 'x'), { code: 'ERR_INVALID_THIS' });
