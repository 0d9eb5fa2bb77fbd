'use strict';
// structuredClone(): ArrayBuffer, views and transfer.
const assert = require('assert');

const buf = new ArrayBuffer(8);
new Uint8Array(buf).set([1, 2, 3, 4, 5, 6, 7, 8]);
const bc = structuredClone(buf);
assert.ok(bc instanceof ArrayBuffer);
assert.notStrictEqual(bc, buf);
assert.deepStrictEqual([...new Uint8Array(bc)], [1, 2, 3, 4, 5, 6, 7, 8]);
new Uint8Array(bc)[0] = 99;
assert.strictEqual(new Uint8Array(buf)[0], 1, 'the clone does not share memory');

// Views keep type, offset and length; views of one buffer share one clone.
const u8 = new Uint8Array(buf, 2, 4);
const dv = new DataView(buf, 1, 6);
const f32 = new Float32Array(buf, 4, 1);
const vc = structuredClone({ u8, dv, f32, buf });
assert.ok(vc.u8 instanceof Uint8Array);
assert.ok(vc.dv instanceof DataView);
assert.ok(vc.f32 instanceof Float32Array);
assert.strictEqual(vc.u8.buffer, vc.dv.buffer);
assert.strictEqual(vc.u8.buffer, vc.f32.buffer);
assert.strictEqual(vc.u8.buffer, vc.buf);
assert.strictEqual(vc.u8.byteOffset, 2);
assert.strictEqual(vc.u8.length, 4);
assert.strictEqual(vc.dv.byteOffset, 1);
assert.strictEqual(vc.dv.byteLength, 6);
assert.strictEqual(vc.f32.byteOffset, 4);
assert.deepStrictEqual([...vc.u8], [3, 4, 5, 6]);
vc.u8[0] = 42;
assert.strictEqual(vc.dv.getUint8(1), 42);

const f64 = structuredClone(new Float64Array([1.5, -0, NaN]));
assert.strictEqual(f64[0], 1.5);
assert.ok(Object.is(f64[1], -0));
assert.ok(Number.isNaN(f64[2]));
assert.deepStrictEqual([...structuredClone(new BigInt64Array([1n, -2n]))], [1n, -2n]);
// Extra properties of a view are not kept; a subclass instance (like a
// Buffer) comes back as the base typed array.
const tagged = new Uint16Array([7]);
tagged.extra = 1;
assert.strictEqual(structuredClone(tagged).extra, undefined);
class Bytes extends Uint8Array {}
const fromSub = structuredClone(Bytes.from([97, 98]));
assert.strictEqual(Object.getPrototypeOf(fromSub), Uint8Array.prototype);
assert.deepStrictEqual([...fromSub], [97, 98]);

// Resizable buffers stay resizable.
const rb = new ArrayBuffer(4, { maxByteLength: 16 });
const rbc = structuredClone(rb);
assert.strictEqual(rbc.resizable, true);
assert.strictEqual(rbc.maxByteLength, 16);
assert.strictEqual(rbc.byteLength, 4);

// Transfer: the source is detached, the clone holds the data.
const tb = new ArrayBuffer(4);
const tv = new Uint8Array(tb);
tv[0] = 9;
const tc = structuredClone(tv, { transfer: [tb] });
assert.strictEqual(tb.byteLength, 0);
assert.strictEqual(tv.length, 0);
assert.strictEqual(tc[0], 9);
assert.strictEqual(tc.buffer.byteLength, 4);
// A buffer in the transfer list is detached even when the value does not
// reference it.
const unused = new ArrayBuffer(3);
assert.strictEqual(structuredClone('x', { transfer: [unused] }), 'x');
assert.strictEqual(unused.byteLength, 0);
// A detached buffer cannot be cloned...
assert.throws(() => structuredClone(tb), {
  name: 'DataCloneError',
  message: 'An ArrayBuffer is detached and could not be cloned.',
});
// ... and when serialization fails nothing is detached.
const kept = new ArrayBuffer(2);
assert.throws(() => structuredClone({ kept, f() {} }, { transfer: [kept] }), { name: 'DataCloneError' });
assert.strictEqual(kept.byteLength, 2);

// Options that carry no transfer list.
assert.strictEqual(structuredClone(1, undefined), 1);
assert.strictEqual(structuredClone(1, null), 1);
assert.strictEqual(structuredClone(1, {}), 1);
assert.strictEqual(structuredClone(1, { transfer: undefined }), 1);
assert.strictEqual(structuredClone(1, { transfer: [] }), 1);
