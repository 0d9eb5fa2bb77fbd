'use strict';
// Buffer.from (strings, arrays, array-likes, ArrayBuffers, views, objects), copyBytesFrom, of.
// Expected values were produced by Node v20 (engine-specific messages of
// plain TypeErrors/RangeErrors are compared by name only).
const assert = require('assert');


function show(v) {
  if (typeof v === 'string') return JSON.stringify(v);
  if (typeof v === 'bigint') return `${v}n`;
  if (Buffer.isBuffer(v)) return `<Buffer ${v.toString('hex')}>`;
  if (v instanceof Uint8Array) return `<Uint8Array ${Buffer.from(v.buffer, v.byteOffset, v.length).toString('hex')}>`;
  if (Array.isArray(v)) return `[${v.map(show).join(', ')}]`;
  if (v && typeof v === 'object') return `{${Object.keys(v).map((k) => `${k}: ${show(v[k])}`).join(', ')}}`;
  return String(v);
}
function run(fn) {
  try {
    return show(fn());
  } catch (e) {
    return `!${e.name} ${e.code} ${e.message}`;
  }
}

function check(fn, expected, nameOnly = false) {
  let got = run(fn);
  if (nameOnly) got = got.split(' ')[0] + ' ' + (got.split(' ')[1] === 'undefined' ? 'undefined' : got.split(' ')[1]);
  assert.strictEqual(got, expected, fn.toString());
}
var ab4 = new ArrayBuffer(4); new Uint8Array(ab4).set([1, 2, 3, 4]);
check(() => (Buffer.from('abc')), "<Buffer 616263>");
check(() => (Buffer.from('')), "<Buffer >");
check(() => (Buffer.from('abc', 'utf8')), "<Buffer 616263>");
check(() => (Buffer.from('abc', 'UTF-8')), "<Buffer 616263>");
check(() => (Buffer.from('abc', 'Ucs-2')), "<Buffer 610062006300>");
check(() => (Buffer.from('abc', '')), "<Buffer 616263>");
check(() => (Buffer.from('abc', null)), "<Buffer 616263>");
check(() => (Buffer.from('abc', 5)), "<Buffer 616263>");
check(() => (Buffer.from('', 'nope')), "!TypeError ERR_UNKNOWN_ENCODING Unknown encoding: nope");
check(() => (Buffer.from('abc', 'foo')), "!TypeError ERR_UNKNOWN_ENCODING Unknown encoding: foo");
check(() => (Buffer.from([1, 2, 3])), "<Buffer 010203>");
check(() => (Buffer.from([257, -1, 1.7, '3', 'x', null])), "<Buffer 01ff01030000>");
check(() => (Buffer.from([])), "<Buffer >");
check(() => (Buffer.from({ length: 3, 0: 1 })), "<Buffer 010000>");
check(() => (Buffer.from({ length: -1 })), "<Buffer >");
check(() => (Buffer.from({ length: 'x' })), "<Buffer >");
check(() => (Buffer.from({ length: 2.5, 0: 1, 1: 2 })), "<Buffer 0102>");
check(() => (Buffer.from({ length: 3 }, 'hex')), "<Buffer 000000>");
check(() => (Buffer.from({ type: 'Buffer', data: [1, 2, 3] })), "<Buffer 010203>");
check(() => (Buffer.from({ type: 'Buffer', data: 'x' })), "!TypeError ERR_INVALID_ARG_TYPE The first argument must be of type string or an instance of Buffer, ArrayBuffer, or Array or an Array-like Object. Received an instance of Object");
check(() => (Buffer.from({ type: 'Other', data: [1] })), "!TypeError ERR_INVALID_ARG_TYPE The first argument must be of type string or an instance of Buffer, ArrayBuffer, or Array or an Array-like Object. Received an instance of Object");
check(() => (Buffer.from(Buffer.from('xy'))), "<Buffer 7879>");
check(() => (Buffer.from(new Uint16Array([1, 258]))), "<Buffer 0102>");
check(() => (Buffer.from(new Float64Array([1.5, -1]))), "<Buffer 01ff>");
check(() => (Buffer.from(new Uint8Array([1, 2, 3]).subarray(1))), "<Buffer 0203>");
check(() => (Buffer.from(new DataView(new ArrayBuffer(2)))), "<Buffer >");
check(() => ((() => { const src = Buffer.from('ab'); const b = Buffer.from(src); b[0] = 0; return src; })()), "<Buffer 6162>");
check(() => (Buffer.from(ab4)), "<Buffer 01020304>");
check(() => (Buffer.from(ab4, 1)), "<Buffer 020304>");
check(() => (Buffer.from(ab4, 1, 2)), "<Buffer 0203>");
check(() => (Buffer.from(ab4, '1', '2')), "<Buffer 0203>");
check(() => (Buffer.from(ab4, NaN, NaN)), "<Buffer >");
check(() => (Buffer.from(ab4, undefined, 2)), "<Buffer 0102>");
check(() => (Buffer.from(ab4, 1, -1)), "<Buffer >");
check(() => (Buffer.from(ab4, 4)), "<Buffer >");
check(() => (Buffer.from(ab4, 5)), "!RangeError ERR_BUFFER_OUT_OF_BOUNDS \"offset\" is outside of buffer bounds");
check(() => (Buffer.from(ab4, 1, 5)), "!RangeError ERR_BUFFER_OUT_OF_BOUNDS \"length\" is outside of buffer bounds");
check(() => (Buffer.from(ab4, 0, 4)), "<Buffer 01020304>");
check(() => (Buffer.from(ab4, -1)), "!RangeError undefined", true);
check(() => (Buffer.from(ab4).buffer === ab4), "true");
check(() => ((() => { const b = Buffer.from(ab4, 1, 2); b[0] = 9; return new Uint8Array(ab4)[1]; })()), "9");
check(() => (Buffer.from(new SharedArrayBuffer(2))), "<Buffer 0000>");
check(() => (Buffer.from(new String('hi'))), "<Buffer 6869>");
check(() => (Buffer.from({ valueOf() { return 'xyz'; } })), "<Buffer 78797a>");
check(() => (Buffer.from({ valueOf() { return [1, 2]; } })), "<Buffer 0102>");
check(() => (Buffer.from({ valueOf() { return 5; } })), "!TypeError ERR_INVALID_ARG_TYPE The first argument must be of type string or an instance of Buffer, ArrayBuffer, or Array or an Array-like Object. Received an instance of Object");
check(() => (Buffer.from({ valueOf() { return new ArrayBuffer(2); } })), "<Buffer 0000>");
check(() => (Buffer.from({ [Symbol.toPrimitive]() { return 'ab'; } })), "<Buffer 6162>");
check(() => (Buffer.from({ [Symbol.toPrimitive](hint) { return hint; } })), "<Buffer 737472696e67>");
check(() => (Buffer.from({ [Symbol.toPrimitive]() { return 5; }, length: 1, 0: 9 })), "<Buffer 09>");
check(() => (Buffer.from(new Number(5))), "!TypeError ERR_INVALID_ARG_TYPE The first argument must be of type string or an instance of Buffer, ArrayBuffer, or Array or an Array-like Object. Received an instance of Number");
check(() => (Buffer.from(5)), "!TypeError ERR_INVALID_ARG_TYPE The first argument must be of type string or an instance of Buffer, ArrayBuffer, or Array or an Array-like Object. Received type number (5)");
check(() => (Buffer.from()), "!TypeError ERR_INVALID_ARG_TYPE The first argument must be of type string or an instance of Buffer, ArrayBuffer, or Array or an Array-like Object. Received undefined");
check(() => (Buffer.from(null)), "!TypeError ERR_INVALID_ARG_TYPE The first argument must be of type string or an instance of Buffer, ArrayBuffer, or Array or an Array-like Object. Received null");
check(() => (Buffer.from({})), "!TypeError ERR_INVALID_ARG_TYPE The first argument must be of type string or an instance of Buffer, ArrayBuffer, or Array or an Array-like Object. Received an instance of Object");
check(() => (Buffer.from(Symbol())), "!TypeError ERR_INVALID_ARG_TYPE The first argument must be of type string or an instance of Buffer, ArrayBuffer, or Array or an Array-like Object. Received type symbol (Symbol())");
check(() => (Buffer.from(() => {})), "!TypeError ERR_INVALID_ARG_TYPE The first argument must be of type string or an instance of Buffer, ArrayBuffer, or Array or an Array-like Object. Received function ");
check(() => (Buffer.from(true)), "!TypeError ERR_INVALID_ARG_TYPE The first argument must be of type string or an instance of Buffer, ArrayBuffer, or Array or an Array-like Object. Received type boolean (true)");
check(() => (Buffer.from(new BigInt64Array(1))), "!TypeError undefined", true);
check(() => (Buffer.copyBytesFrom(new Uint16Array([1, 258, 3]))), "<Buffer 010002010300>");
check(() => (Buffer.copyBytesFrom(new Uint16Array([1, 258, 3]), 1)), "<Buffer 02010300>");
check(() => (Buffer.copyBytesFrom(new Uint16Array([1, 258, 3]), 1, 1)), "<Buffer 0201>");
check(() => (Buffer.copyBytesFrom(new Float64Array([1]), 0, 10)), "<Buffer 000000000000f03f>");
check(() => (Buffer.copyBytesFrom(new Uint8Array(0))), "<Buffer >");
check(() => (Buffer.copyBytesFrom(new Uint8Array(3), 5)), "<Buffer >");
check(() => (Buffer.copyBytesFrom([1])), "!TypeError ERR_INVALID_ARG_TYPE The \"view\" argument must be an instance of TypedArray. Received an instance of Array");
check(() => (Buffer.copyBytesFrom(new Uint8Array(3), -1)), "!RangeError ERR_OUT_OF_RANGE The value of \"offset\" is out of range. It must be >= 0 && <= 9007199254740991. Received -1");
check(() => (Buffer.copyBytesFrom(new Uint8Array(3), 0, -1)), "!RangeError ERR_OUT_OF_RANGE The value of \"length\" is out of range. It must be >= 0 && <= 9007199254740991. Received -1");
check(() => (Buffer.copyBytesFrom(new Uint8Array(3), '1')), "!TypeError ERR_INVALID_ARG_TYPE The \"offset\" argument must be of type number. Received type string ('1')");
check(() => (Buffer.copyBytesFrom(new Uint8Array(3), 1.5)), "!RangeError ERR_OUT_OF_RANGE The value of \"offset\" is out of range. It must be an integer. Received 1.5");
check(() => (Buffer.copyBytesFrom(new DataView(new ArrayBuffer(1)))), "!TypeError ERR_INVALID_ARG_TYPE The \"view\" argument must be an instance of TypedArray. Received an instance of DataView");
check(() => ((() => { const u = new Uint8Array([1, 2]); const b = Buffer.copyBytesFrom(u); u[0] = 9; return b; })()), "<Buffer 0102>");

