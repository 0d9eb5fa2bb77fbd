'use strict';
// node:crypto random numbers: randomBytes, randomFill(Sync), randomInt,
// randomUUID, getRandomValues, and timingSafeEqual; argument errors as
// Node v20 reports them (the check() table was produced by running node).
const assert = require('assert');
const crypto = require('crypto');
const { mustCall } = require('../common');
const { check } = require('../common/expect');

// Output looks random: not constant, all byte values show up.
{
  const b = crypto.randomBytes(4096);
  assert.ok(Buffer.isBuffer(b));
  assert.strictEqual(b.length, 4096);
  assert.strictEqual(new Set(b).size, 256);
  assert.notDeepStrictEqual(crypto.randomBytes(16), crypto.randomBytes(16));
  assert.strictEqual(crypto.randomBytes(100000).length, 100000);
}
crypto.randomBytes(32, mustCall(function(err, buf) {
  assert.strictEqual(err, null);
  assert.strictEqual(arguments.length, 2);
  assert.ok(Buffer.isBuffer(buf));
  assert.strictEqual(buf.length, 32);
}));
crypto.randomBytes(0, mustCall((err, buf) => {
  assert.strictEqual(err, null);
  assert.strictEqual(buf.length, 0);
}));
crypto.randomBytes(1 << 20, mustCall((err, buf) => assert.strictEqual(buf.length, 1 << 20)));

// randomFillSync fills exactly [offset, offset + size), counted in elements.
{
  const b = crypto.randomFillSync(Buffer.alloc(4096), 1024, 2048);
  assert.ok(b.subarray(0, 1024).every((x) => x === 0));
  assert.ok(b.subarray(3072).every((x) => x === 0));
  assert.ok(new Set(b.subarray(1024, 3072)).size > 200);
  const u32 = crypto.randomFillSync(new Uint32Array(64), 16, 16);
  assert.ok(u32.subarray(0, 16).every((x) => x === 0) && u32.subarray(32).every((x) => x === 0));
  assert.ok(u32.subarray(16, 32).some((x) => x !== 0));
  const ab = new ArrayBuffer(64);
  assert.strictEqual(crypto.randomFillSync(ab), ab);
  assert.ok(new Uint8Array(ab).some((x) => x !== 0));
  const dv = new DataView(new ArrayBuffer(64), 8, 16);
  crypto.randomFillSync(dv);
  assert.ok(new Uint8Array(dv.buffer, 0, 8).every((x) => x === 0));
  assert.ok(new Uint8Array(dv.buffer, 24).every((x) => x === 0));
  const f64 = new Float64Array(8);
  assert.strictEqual(crypto.randomFillSync(f64), f64);
}
{
  const buf = Buffer.alloc(64);
  crypto.randomFill(buf, 8, 16, mustCall((err, result) => {
    assert.strictEqual(err, null);
    assert.strictEqual(result, buf);
    assert.ok(buf.subarray(0, 8).every((x) => x === 0) && buf.subarray(24).every((x) => x === 0));
    assert.ok(buf.subarray(8, 24).some((x) => x !== 0));
  }));
  const u16 = new Uint16Array(8);
  crypto.randomFill(u16, 2, mustCall((err, result) => {
    assert.strictEqual(result, u16);
    assert.ok(u16[0] === 0 && u16[1] === 0);
  }));
  const ab = new ArrayBuffer(8);
  crypto.randomFill(ab, mustCall((err, result) => assert.strictEqual(result, ab)));
  crypto.randomFill(Buffer.alloc(0), mustCall((err, result) => assert.strictEqual(result.length, 0)));
}
{
  // The buffer is detached while the bytes are being made: nothing is
  // written behind JS's back, and the callback still runs.
  const ab = new ArrayBuffer(1024);
  const view = new Uint8Array(ab);
  crypto.randomFill(view, mustCall((err, result) => {
    assert.strictEqual(err, null);
    assert.strictEqual(result, view);
    assert.strictEqual(view.length, 0);
  }));
  structuredClone(ab, { transfer: [ab] });
}

// randomInt: every value of a small range appears, never one outside it.
{
  const seen = new Set();
  for (let i = 0; i < 2000; i++) {
    const n = crypto.randomInt(-3, 4);
    assert.ok(Number.isInteger(n) && n >= -3 && n < 4, String(n));
    seen.add(n);
  }
  assert.strictEqual(seen.size, 7);
  for (let i = 0; i < 100; i++) {
    const n = crypto.randomInt(2 ** 48 - 1);
    assert.ok(Number.isSafeInteger(n) && n >= 0 && n < 2 ** 48 - 1);
    const m = crypto.randomInt(-(2 ** 47), 2 ** 47 - 1);
    assert.ok(m >= -(2 ** 47) && m < 2 ** 47 - 1);
  }
  let sync = true;
  crypto.randomInt(10, mustCall(function(err, n) {
    assert.strictEqual(sync, false);
    assert.strictEqual(arguments.length, 2);
    assert.strictEqual(err, undefined);
    assert.ok(n >= 0 && n < 10);
  }));
  crypto.randomInt(5, 7, mustCall((err, n) => assert.ok(n === 5 || n === 6)));
  sync = false;
}

// randomUUID: version 4, RFC 4122 variant, unique, with or without the cache.
{
  const re = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
  const seen = new Set();
  for (let i = 0; i < 1000; i++) {
    const u = crypto.randomUUID(i % 2 ? { disableEntropyCache: true } : undefined);
    assert.match(u, re);
    seen.add(u);
  }
  assert.strictEqual(seen.size, 1000);
}

// getRandomValues fills in place and answers the same array.
{
  const a = new Uint32Array(256);
  assert.strictEqual(crypto.getRandomValues(a), a);
  assert.ok(a.some((x) => x !== 0));
  const big = new BigUint64Array(4);
  crypto.getRandomValues(big);
  assert.ok(big.some((x) => x !== 0n));
  const { getRandomValues } = crypto; // works unbound
  assert.strictEqual(getRandomValues(new Uint8Array(8)).length, 8);
  assert.throws(() => crypto.getRandomValues(new Float32Array(1)), { name: 'TypeMismatchError', code: 17 });
}

// ---- table (values from Node v20) ----
check(() => (crypto.randomBytes(4).length), "4");
check(() => (crypto.randomBytes(4).buffer.byteLength), "4");
check(() => (crypto.randomBytes(0)), "<Buffer >");
check(() => (crypto.randomBytes(1.5).length), "1");
check(() => (crypto.randomBytes(-1)), "!RangeError ERR_OUT_OF_RANGE The value of \"size\" is out of range. It must be >= 0 && <= 2147483647. Received -1");
check(() => (crypto.randomBytes('1')), "!TypeError ERR_INVALID_ARG_TYPE The \"size\" argument must be of type number. Received type string ('1')");
check(() => (crypto.randomBytes(2 ** 31)), "!RangeError ERR_OUT_OF_RANGE The value of \"size\" is out of range. It must be >= 0 && <= 2147483647. Received 2147483648");
check(() => (crypto.randomBytes(2 ** 31 - 1, 5)), "!TypeError ERR_INVALID_ARG_TYPE The \"callback\" argument must be of type function. Received type number (5)");
check(() => (crypto.randomBytes(NaN)), "!RangeError ERR_OUT_OF_RANGE The value of \"size\" is out of range. It must be >= 0 && <= 2147483647. Received NaN");
check(() => (crypto.randomBytes(Infinity)), "!RangeError ERR_OUT_OF_RANGE The value of \"size\" is out of range. It must be >= 0 && <= 2147483647. Received Infinity");
check(() => (crypto.randomBytes()), "!TypeError ERR_INVALID_ARG_TYPE The \"size\" argument must be of type number. Received undefined");
check(() => (crypto.randomBytes(null)), "!TypeError ERR_INVALID_ARG_TYPE The \"size\" argument must be of type number. Received null");
check(() => (crypto.randomBytes(1, 'x')), "!TypeError ERR_INVALID_ARG_TYPE The \"callback\" argument must be of type function. Received type string ('x')");
check(() => (crypto.randomBytes(1, null)), "!TypeError ERR_INVALID_ARG_TYPE The \"callback\" argument must be of type function. Received null");
check(() => (crypto.randomBytes(1, undefined).length), "1");
check(() => ([crypto.pseudoRandomBytes === crypto.randomBytes, crypto.prng === crypto.randomBytes, crypto.rng === crypto.randomBytes]), "[true, true, true]");
check(() => (crypto.randomFillSync(Buffer.alloc(4), 5)), "!RangeError ERR_OUT_OF_RANGE The value of \"offset\" is out of range. It must be >= 0 && <= 4. Received 5");
check(() => (crypto.randomFillSync(Buffer.alloc(4), 2, 3)), "!RangeError ERR_OUT_OF_RANGE The value of \"size + offset\" is out of range. It must be <= 4. Received 5");
check(() => (crypto.randomFillSync(Buffer.alloc(4), -1)), "!RangeError ERR_OUT_OF_RANGE The value of \"offset\" is out of range. It must be >= 0 && <= 4. Received -1");
check(() => (crypto.randomFillSync(Buffer.alloc(4), '1')), "!TypeError ERR_INVALID_ARG_TYPE The \"offset\" argument must be of type number. Received type string ('1')");
check(() => (crypto.randomFillSync(Buffer.alloc(4), 1, 'x')), "!TypeError ERR_INVALID_ARG_TYPE The \"size\" argument must be of type number. Received type string ('x')");
check(() => (crypto.randomFillSync(Buffer.alloc(4), 4)), "<Buffer 00000000>");
check(() => (crypto.randomFillSync(Buffer.alloc(4), 0, 5)), "!RangeError ERR_OUT_OF_RANGE The value of \"size + offset\" is out of range. It must be <= 4. Received 5");
check(() => (crypto.randomFillSync(Buffer.alloc(4), 0, 0)), "<Buffer 00000000>");
check(() => (crypto.randomFillSync(Buffer.alloc(4), null)), "!TypeError ERR_INVALID_ARG_TYPE The \"offset\" argument must be of type number. Received null");
check(() => (crypto.randomFillSync(Buffer.alloc(4), 0, null)), "!TypeError ERR_INVALID_ARG_TYPE The \"size\" argument must be of type number. Received null");
check(() => (crypto.randomFillSync([1, 2])), "!TypeError ERR_INVALID_ARG_TYPE The \"buf\" argument must be an instance of ArrayBuffer or ArrayBufferView. Received an instance of Array");
check(() => (crypto.randomFillSync(null)), "!TypeError ERR_INVALID_ARG_TYPE The \"buf\" argument must be an instance of ArrayBuffer or ArrayBufferView. Received null");
check(() => (crypto.randomFillSync()), "!TypeError ERR_INVALID_ARG_TYPE The \"buf\" argument must be an instance of ArrayBuffer or ArrayBufferView. Received undefined");
check(() => (crypto.randomFillSync('abc')), "!TypeError ERR_INVALID_ARG_TYPE The \"buf\" argument must be an instance of ArrayBuffer or ArrayBufferView. Received type string ('abc')");
check(() => (crypto.randomFillSync(new Float32Array(4), 5)), "!RangeError ERR_OUT_OF_RANGE The value of \"offset\" is out of range. It must be >= 0 && <= 16. Received 20");
check(() => (crypto.randomFillSync(new Float32Array(4), 1, 4)), "!RangeError ERR_OUT_OF_RANGE The value of \"size + offset\" is out of range. It must be <= 16. Received 20");
check(() => (crypto.randomFillSync(new DataView(new ArrayBuffer(4)), 5)), "!RangeError ERR_OUT_OF_RANGE The value of \"offset\" is out of range. It must be >= 0 && <= 4. Received 5");
check(() => (crypto.randomFillSync(new Uint16Array(new ArrayBuffer(8), 2, 2), 3)), "!RangeError ERR_OUT_OF_RANGE The value of \"offset\" is out of range. It must be >= 0 && <= 4. Received 6");
check(() => (crypto.randomFillSync(Buffer.alloc(4), 0, -1)), "!RangeError ERR_OUT_OF_RANGE The value of \"size\" is out of range. It must be >= 0 && <= 2147483647. Received -1");
check(() => (crypto.randomFillSync(Buffer.alloc(4), 0, 2 ** 31)), "!RangeError ERR_OUT_OF_RANGE The value of \"size\" is out of range. It must be >= 0 && <= 2147483647. Received 2147483648");
check(() => (crypto.randomFillSync(Buffer.alloc(4), 2 ** 31)), "!RangeError ERR_OUT_OF_RANGE The value of \"offset\" is out of range. It must be >= 0 && <= 4. Received 2147483648");
check(() => (crypto.randomFillSync(Buffer.alloc(4), 0, NaN)), "!RangeError ERR_OUT_OF_RANGE The value of \"size\" is out of range. It must be >= 0 && <= 2147483647. Received NaN");
check(() => (crypto.randomFillSync(Buffer.alloc(4), NaN)), "!RangeError ERR_OUT_OF_RANGE The value of \"offset\" is out of range. It must be >= 0 && <= 4. Received NaN");
check(() => (crypto.randomFillSync(Buffer.alloc(4), Infinity)), "!RangeError ERR_OUT_OF_RANGE The value of \"offset\" is out of range. It must be >= 0 && <= 4. Received Infinity");
check(() => (crypto.randomFillSync(Buffer.alloc(4), 1.5)[0]), "0");
check(() => (crypto.randomFillSync(Buffer.alloc(4), 0, 1.5).subarray(1)), "<Buffer 000000>");
check(() => (crypto.randomFillSync(new Uint32Array(4), 1, 2)[3]), "0");
check(() => (crypto.randomFillSync(new Uint32Array(4), 1, 2)[0]), "0");
check(() => (crypto.randomFill(Buffer.alloc(4))), "!TypeError ERR_INVALID_ARG_TYPE The \"callback\" argument must be of type function. Received undefined");
check(() => (crypto.randomFill(Buffer.alloc(4), 1)), "!TypeError ERR_INVALID_ARG_TYPE The \"callback\" argument must be of type function. Received undefined");
check(() => (crypto.randomFill(Buffer.alloc(4), 5, () => {})), "!RangeError ERR_OUT_OF_RANGE The value of \"offset\" is out of range. It must be >= 0 && <= 4. Received 5");
check(() => (crypto.randomFill(Buffer.alloc(4), 1, 5, () => {})), "!RangeError ERR_OUT_OF_RANGE The value of \"size + offset\" is out of range. It must be <= 4. Received 6");
check(() => (crypto.randomFill(Buffer.alloc(4), 1, 2, 3)), "!TypeError ERR_INVALID_ARG_TYPE The \"callback\" argument must be of type function. Received type number (3)");
check(() => (crypto.randomFill(Buffer.alloc(4), null, () => {})), "!TypeError ERR_INVALID_ARG_TYPE The \"offset\" argument must be of type number. Received null");
check(() => (crypto.randomFill(Buffer.alloc(4), undefined, undefined, () => {})), "!TypeError ERR_INVALID_ARG_TYPE The \"offset\" argument must be of type number. Received undefined");
check(() => (crypto.randomFill(Buffer.alloc(4), '1', () => {})), "!TypeError ERR_INVALID_ARG_TYPE The \"offset\" argument must be of type number. Received type string ('1')");
check(() => (crypto.randomFill(3, () => {})), "!TypeError ERR_INVALID_ARG_TYPE The \"buf\" argument must be an instance of ArrayBuffer or ArrayBufferView. Received type number (3)");
check(() => (crypto.randomFill(null, () => {})), "!TypeError ERR_INVALID_ARG_TYPE The \"buf\" argument must be an instance of ArrayBuffer or ArrayBufferView. Received null");
check(() => (crypto.randomInt(1)), "0");
check(() => (crypto.randomInt(5, 6)), "5");
check(() => (crypto.randomInt(-7, -6)), "-7");
check(() => (crypto.randomInt(10, 1)), "!RangeError ERR_OUT_OF_RANGE The value of \"max\" is out of range. It must be greater than the value of \"min\" (10). Received 1");
check(() => (crypto.randomInt(1, 1)), "!RangeError ERR_OUT_OF_RANGE The value of \"max\" is out of range. It must be greater than the value of \"min\" (1). Received 1");
check(() => (crypto.randomInt(0)), "!RangeError ERR_OUT_OF_RANGE The value of \"max\" is out of range. It must be greater than the value of \"min\" (0). Received 0");
check(() => (crypto.randomInt(-5)), "!RangeError ERR_OUT_OF_RANGE The value of \"max\" is out of range. It must be greater than the value of \"min\" (0). Received -5");
check(() => (crypto.randomInt(1.5)), "!TypeError ERR_INVALID_ARG_TYPE The \"max\" argument must be a safe integer. Received type number (1.5)");
check(() => (crypto.randomInt('1')), "!TypeError ERR_INVALID_ARG_TYPE The \"max\" argument must be a safe integer. Received type string ('1')");
check(() => (crypto.randomInt(2 ** 48)), "!RangeError ERR_OUT_OF_RANGE The value of \"max\" is out of range. It must be <= 281474976710655. Received 281_474_976_710_656");
check(() => (crypto.randomInt(0, 2 ** 48)), "!RangeError ERR_OUT_OF_RANGE The value of \"max - min\" is out of range. It must be <= 281474976710655. Received 281_474_976_710_656");
check(() => (crypto.randomInt(-1, 2 ** 48 - 1)), "!RangeError ERR_OUT_OF_RANGE The value of \"max - min\" is out of range. It must be <= 281474976710655. Received 281_474_976_710_656");
check(() => (crypto.randomInt(-(2 ** 53), 0)), "!TypeError ERR_INVALID_ARG_TYPE The \"min\" argument must be a safe integer. Received type number (-9007199254740992)");
check(() => (crypto.randomInt(2 ** 53, 2 ** 53 + 1)), "!TypeError ERR_INVALID_ARG_TYPE The \"min\" argument must be a safe integer. Received type number (9007199254740992)");
check(() => (crypto.randomInt(1, 'x')), "!TypeError ERR_INVALID_ARG_TYPE The \"max\" argument must be a safe integer. Received type string ('x')");
check(() => (crypto.randomInt(1, 5, 'x')), "!TypeError ERR_INVALID_ARG_TYPE The \"callback\" argument must be of type function. Received type string ('x')");
check(() => (crypto.randomInt(1, 5, null)), "!TypeError ERR_INVALID_ARG_TYPE The \"callback\" argument must be of type function. Received null");
check(() => (crypto.randomInt()), "!TypeError ERR_INVALID_ARG_TYPE The \"max\" argument must be a safe integer. Received undefined");
check(() => (crypto.randomInt(undefined, 5)), "!TypeError ERR_INVALID_ARG_TYPE The \"min\" argument must be a safe integer. Received undefined");
check(() => (crypto.randomInt(null, 5)), "!TypeError ERR_INVALID_ARG_TYPE The \"min\" argument must be a safe integer. Received null");
check(() => (crypto.randomInt(NaN)), "!TypeError ERR_INVALID_ARG_TYPE The \"max\" argument must be a safe integer. Received type number (NaN)");
check(() => (crypto.randomInt(Infinity)), "!TypeError ERR_INVALID_ARG_TYPE The \"max\" argument must be a safe integer. Received type number (Infinity)");
check(() => (crypto.randomInt(5, () => {})), "undefined");
check(() => (crypto.randomInt(1, 5, () => {})), "undefined");
check(() => (crypto.randomUUID().length), "36");
check(() => (crypto.randomUUID({ disableEntropyCache: true }).length), "36");
check(() => (crypto.randomUUID({})[14]), "\"4\"");
check(() => (crypto.randomUUID(1)), "!TypeError ERR_INVALID_ARG_TYPE The \"options\" argument must be of type object. Received type number (1)");
check(() => (crypto.randomUUID(null)), "!TypeError ERR_INVALID_ARG_TYPE The \"options\" argument must be of type object. Received null");
check(() => (crypto.randomUUID('x')), "!TypeError ERR_INVALID_ARG_TYPE The \"options\" argument must be of type object. Received type string ('x')");
check(() => (crypto.randomUUID([])), "!TypeError ERR_INVALID_ARG_TYPE The \"options\" argument must be of type object. Received an instance of Array");
check(() => (crypto.randomUUID({ disableEntropyCache: 1 })), "!TypeError ERR_INVALID_ARG_TYPE The \"options.disableEntropyCache\" property must be of type boolean. Received type number (1)");
check(() => (crypto.randomUUID({ disableEntropyCache: null })), "!TypeError ERR_INVALID_ARG_TYPE The \"options.disableEntropyCache\" property must be of type boolean. Received null");
check(() => ([crypto.randomBytes.length, crypto.randomFill.length, crypto.randomFillSync.length, crypto.randomInt.length, crypto.randomUUID.length, crypto.getRandomValues.length, crypto.timingSafeEqual.length]), "[2, 4, 1, 3, 1, 1, 0]");
check(() => (crypto.getRandomValues(new Uint8Array(4)).length), "4");
check(() => (crypto.getRandomValues(new Float32Array(4))), "!TypeMismatchError 17 The data argument must be an integer-type TypedArray");
check(() => (crypto.getRandomValues(new Float64Array(4))), "!TypeMismatchError 17 The data argument must be an integer-type TypedArray");
check(() => (crypto.getRandomValues(new DataView(new ArrayBuffer(4)))), "!TypeMismatchError 17 The data argument must be an integer-type TypedArray");
check(() => (crypto.getRandomValues(new Uint8Array(65537))), "!QuotaExceededError 22 The requested length exceeds 65,536 bytes");
check(() => (crypto.getRandomValues(new Uint32Array(16385))), "!QuotaExceededError 22 The requested length exceeds 65,536 bytes");
check(() => (crypto.getRandomValues(new Uint8Array(65536)).length), "65536");
check(() => (crypto.getRandomValues(new BigInt64Array(2)).length), "2");
check(() => (crypto.getRandomValues(new BigUint64Array(2)).length), "2");
check(() => (crypto.getRandomValues(new Uint8ClampedArray(2)).length), "2");
check(() => (crypto.getRandomValues(new Int16Array(2)).length), "2");
check(() => (crypto.getRandomValues(Buffer.alloc(2)).length), "2");
check(() => (crypto.getRandomValues(new Uint8Array(0)).length), "0");
check(() => (crypto.getRandomValues([])), "!TypeMismatchError 17 The data argument must be an integer-type TypedArray");
check(() => (crypto.getRandomValues()), "!TypeMismatchError 17 The data argument must be an integer-type TypedArray");
check(() => (crypto.getRandomValues(null)), "!TypeMismatchError 17 The data argument must be an integer-type TypedArray");
check(() => (crypto.getRandomValues(new ArrayBuffer(2))), "!TypeMismatchError 17 The data argument must be an integer-type TypedArray");
check(() => (crypto.timingSafeEqual(Buffer.from('ab'), Buffer.from('ab'))), "true");
check(() => (crypto.timingSafeEqual(Buffer.from('ab'), Buffer.from('ac'))), "false");
check(() => (crypto.timingSafeEqual(Buffer.from(''), Buffer.from(''))), "true");
check(() => (crypto.timingSafeEqual(Buffer.from('ab'), Buffer.from('abc'))), "!RangeError ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH Input buffers must have the same byte length");
check(() => (crypto.timingSafeEqual('ab', Buffer.from('ab'))), "!TypeError ERR_INVALID_ARG_TYPE The \"buf1\" argument must be an instance of ArrayBuffer, Buffer, TypedArray, or DataView.");
check(() => (crypto.timingSafeEqual(Buffer.from('ab'), 'ab')), "!TypeError ERR_INVALID_ARG_TYPE The \"buf2\" argument must be an instance of ArrayBuffer, Buffer, TypedArray, or DataView.");
check(() => (crypto.timingSafeEqual(new ArrayBuffer(2), new Uint16Array(1))), "true");
check(() => (crypto.timingSafeEqual(new DataView(new ArrayBuffer(2)), new Uint16Array(1))), "true");
check(() => (crypto.timingSafeEqual(new Float64Array([0]), new Float64Array([-0]))), "false");
check(() => (crypto.timingSafeEqual(new Uint8Array([1, 2, 3]).subarray(1), new Uint8Array([2, 3]))), "true");
// Short byte arrays are compared in JS, longer ones in C: both sides of 64.
check(() => (crypto.timingSafeEqual(new Int8Array([-1, 5]), new Uint8Array([255, 5]))), "true");
check(() => (crypto.timingSafeEqual(new Uint8ClampedArray([1, 2]), Buffer.from([1, 3]))), "false");
check(() => ([64, 65].map((n) => { const a = Buffer.alloc(n, 7); const b = Buffer.alloc(n, 7); const r = [crypto.timingSafeEqual(a, b)]; b[n - 1] = 8; r.push(crypto.timingSafeEqual(a, b)); b[n - 1] = 7; b[0] = 0; r.push(crypto.timingSafeEqual(a, b)); return r.join(); }).join(' ')), '"true,false,false true,false,false"');
check(() => (crypto.timingSafeEqual()), "!TypeError ERR_INVALID_ARG_TYPE The \"buf1\" argument must be an instance of ArrayBuffer, Buffer, TypedArray, or DataView.");
check(() => (crypto.timingSafeEqual(null, null)), "!TypeError ERR_INVALID_ARG_TYPE The \"buf1\" argument must be an instance of ArrayBuffer, Buffer, TypedArray, or DataView.");
check(() => (crypto.timingSafeEqual([1], [1])), "!TypeError ERR_INVALID_ARG_TYPE The \"buf1\" argument must be an instance of ArrayBuffer, Buffer, TypedArray, or DataView.");
