'use strict';
// structuredClone(): supported values, identity, cycles and shared parts.
const assert = require('assert');

assert.strictEqual(typeof structuredClone, 'function');
assert.strictEqual(structuredClone.name, 'structuredClone');

// Primitives come back as they are.
for (const v of [undefined, null, true, false, 0, 1.5, NaN, Infinity, 'str', '', 10n, -(2n ** 70n)]) {
  assert.ok(Object.is(structuredClone(v), v), String(v));
}
assert.ok(Object.is(structuredClone(-0), -0));

// Wrappers keep their kind and value, not extra properties.
const s = new String('ab');
s.extra = 1;
const sc = structuredClone(s);
assert.ok(sc instanceof String);
assert.strictEqual(sc.valueOf(), 'ab');
assert.strictEqual(sc.extra, undefined);
assert.strictEqual(structuredClone(Object(1)).valueOf(), 1);
assert.strictEqual(structuredClone(Object(false)).valueOf(), false);
assert.strictEqual(structuredClone(Object(3n)).valueOf(), 3n);
assert.strictEqual(typeof structuredClone(Object(3n)), 'object');

// Date
const d = new Date(1234567);
const dc = structuredClone(d);
assert.notStrictEqual(dc, d);
assert.ok(dc instanceof Date);
assert.strictEqual(dc.getTime(), 1234567);
assert.ok(Number.isNaN(structuredClone(new Date(NaN)).getTime()));

// RegExp: source and flags kept, lastIndex reset, extra properties dropped.
const re = /a+b/giy;
re.lastIndex = 3;
re.extra = true;
const rc = structuredClone(re);
assert.ok(rc instanceof RegExp);
assert.notStrictEqual(rc, re);
assert.strictEqual(rc.source, 'a+b');
assert.strictEqual(rc.flags, 'giy');
assert.strictEqual(rc.lastIndex, 0);
assert.strictEqual(rc.extra, undefined);

// Plain objects: own enumerable string keys only; prototype not kept;
// getters are read.
class Point {
  constructor() { this.x = 1; }
  get y() { return 2; }
}
const pc = structuredClone(new Point());
assert.strictEqual(Object.getPrototypeOf(pc), Object.prototype);
assert.deepStrictEqual(pc, { x: 1 });
const withHidden = { a: 1, get g() { return 'got'; }, [Symbol('s')]: 2 };
Object.defineProperty(withHidden, 'hidden', { value: 3, enumerable: false });
assert.deepStrictEqual(structuredClone(withHidden), { a: 1, g: 'got' });
assert.deepStrictEqual(Object.keys(structuredClone({ 2: 'a', b: 1, 1: 'c' })), ['1', '2', 'b']);
const nullProto = Object.create(null);
nullProto.k = 'v';
const npc = structuredClone(nullProto);
assert.strictEqual(Object.getPrototypeOf(npc), Object.prototype);
assert.strictEqual(npc.k, 'v');
// A getter that deletes a later property: that property is skipped.
assert.deepStrictEqual(structuredClone({ get a() { delete this.b; return 1; }, b: 2, c: 3 }), { a: 1, c: 3 });

// Arrays: holes, length and extra properties kept.
const arr = [1, , 3];
arr.extra = 'x';
arr.length = 5;
const ac = structuredClone(arr);
assert.ok(Array.isArray(ac));
assert.strictEqual(ac.length, 5);
assert.strictEqual(1 in ac, false);
assert.strictEqual(ac[2], 3);
assert.strictEqual(ac.extra, 'x');

// Map and Set, deep.
const key = { k: 1 };
const m = new Map([[key, new Set([1, 'two', key])]]);
const mc = structuredClone(m);
assert.ok(mc instanceof Map);
const [[ck, cv]] = mc;
assert.notStrictEqual(ck, key);
assert.deepStrictEqual(ck, { k: 1 });
assert.ok(cv instanceof Set);
assert.ok(cv.has(ck), 'shared key inside the set is the same clone');
assert.ok(cv.has('two'));

// Cycles and shared references.
const cyc = { name: 'root' };
cyc.self = cyc;
cyc.list = [cyc, { back: cyc }];
const cc = structuredClone(cyc);
assert.notStrictEqual(cc, cyc);
assert.strictEqual(cc.self, cc);
assert.strictEqual(cc.list[0], cc);
assert.strictEqual(cc.list[1].back, cc);
const shared = { v: 1 };
const shc = structuredClone([shared, shared, new Map([[shared, shared]])]);
assert.strictEqual(shc[0], shc[1]);
assert.strictEqual(shc[2].get(shc[0]), shc[0]);

// Errors: kind (from the name), message, stack and cause.
const err = new TypeError('bad', { cause: { why: 1 } });
err.extra = 'dropped';
const ec = structuredClone(err);
assert.ok(ec instanceof TypeError);
assert.notStrictEqual(ec, err);
assert.strictEqual(ec.name, 'TypeError');
assert.strictEqual(ec.message, 'bad');
assert.strictEqual(ec.stack, err.stack);
assert.deepStrictEqual(ec.cause, { why: 1 });
assert.strictEqual(ec.extra, undefined);
assert.strictEqual(Object.getOwnPropertyDescriptor(ec, 'message').enumerable, false);
assert.strictEqual(Object.getOwnPropertyDescriptor(ec, 'cause').enumerable, false);
for (const E of [Error, EvalError, RangeError, ReferenceError, SyntaxError, TypeError, URIError]) {
  const c = structuredClone(new E('m'));
  assert.strictEqual(Object.getPrototypeOf(c), E.prototype, E.name);
  assert.strictEqual(c.message, 'm');
}
class MyError extends RangeError {}
assert.strictEqual(Object.getPrototypeOf(structuredClone(new MyError('x'))), RangeError.prototype);
const named = new Error('n');
named.name = 'Custom';
assert.strictEqual(Object.getPrototypeOf(structuredClone(named)), Error.prototype);
const renamed = new Error('n');
renamed.name = 'EvalError';
assert.strictEqual(Object.getPrototypeOf(structuredClone(renamed)), EvalError.prototype);
assert.strictEqual(Object.hasOwn(structuredClone(new Error()), 'message'), false);
const numMsg = new Error();
numMsg.message = 5;
assert.strictEqual(structuredClone(numMsg).message, '5');
assert.ok(Object.hasOwn(structuredClone(new Error('a', { cause: undefined })), 'cause'));
assert.ok(structuredClone({ e: new RangeError('r') }).e instanceof RangeError);
// Not an Error object, only inheriting from one.
assert.strictEqual(Object.getPrototypeOf(structuredClone(Object.create(Error.prototype))), Object.prototype);
