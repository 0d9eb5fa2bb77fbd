'use strict';
// Buffer.alloc / allocUnsafe / allocUnsafeSlow / SlowBuffer / Buffer(): sizes, fills, bad input.
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
var buffer = require('buffer');
check(() => (Buffer.alloc(0)), "<Buffer >");
check(() => (Buffer.alloc(5)), "<Buffer 0000000000>");
check(() => (Buffer.alloc(1.5)), "<Buffer 00>");
check(() => (Buffer.alloc(4, 'ab')), "<Buffer 61626162>");
check(() => (Buffer.alloc(5, 'abc', 'latin1')), "<Buffer 6162636162>");
check(() => (Buffer.alloc(4, 'aGk=', 'base64')), "<Buffer 68696869>");
check(() => (Buffer.alloc(3, '6162', 'hex')), "<Buffer 616261>");
check(() => (Buffer.alloc(4, 257)), "<Buffer 01010101>");
check(() => (Buffer.alloc(4, -1)), "<Buffer ffffffff>");
check(() => (Buffer.alloc(4, 3.7)), "<Buffer 03030303>");
check(() => (Buffer.alloc(4, true)), "<Buffer 01010101>");
check(() => (Buffer.alloc(4, {})), "<Buffer 00000000>");
check(() => (Buffer.alloc(4, Buffer.from('xy'))), "<Buffer 78797879>");
check(() => (Buffer.alloc(5, new Uint8Array([1, 2]))), "<Buffer 0102010201>");
check(() => (Buffer.alloc(4, '')), "<Buffer 00000000>");
check(() => (Buffer.alloc(3, '€')), "<Buffer e282ac>");
check(() => (Buffer.alloc(4, 'é', 'ucs2')), "<Buffer e900e900>");
check(() => (Buffer.alloc(0, 'abc')), "<Buffer >");
check(() => (Buffer.alloc(2 ** 53)), "!RangeError ERR_OUT_OF_RANGE The value of \"size\" is out of range. It must be >= 0 && <= 4294967296. Received 9_007_199_254_740_992");
check(() => (Buffer.alloc(2 ** 32 + 1)), "!RangeError ERR_OUT_OF_RANGE The value of \"size\" is out of range. It must be >= 0 && <= 4294967296. Received 4_294_967_297");
check(() => (Buffer.alloc(-1)), "!RangeError ERR_OUT_OF_RANGE The value of \"size\" is out of range. It must be >= 0 && <= 4294967296. Received -1");
check(() => (Buffer.alloc('5')), "!TypeError ERR_INVALID_ARG_TYPE The \"size\" argument must be of type number. Received type string ('5')");
check(() => (Buffer.alloc(NaN)), "!RangeError ERR_OUT_OF_RANGE The value of \"size\" is out of range. It must be >= 0 && <= 4294967296. Received NaN");
check(() => (Buffer.alloc()), "!TypeError ERR_INVALID_ARG_TYPE The \"size\" argument must be of type number. Received undefined");
check(() => (Buffer.alloc(null)), "!TypeError ERR_INVALID_ARG_TYPE The \"size\" argument must be of type number. Received null");
check(() => (Buffer.alloc(Infinity)), "!RangeError ERR_OUT_OF_RANGE The value of \"size\" is out of range. It must be >= 0 && <= 4294967296. Received Infinity");
check(() => (Buffer.alloc(4, 'ab', 'foo')), "!TypeError ERR_UNKNOWN_ENCODING Unknown encoding: foo");
check(() => (Buffer.alloc(4, 'zz', 'hex')), "!TypeError ERR_INVALID_ARG_VALUE The argument 'value' is invalid. Received 'zz'");
check(() => (Buffer.alloc(4, Buffer.alloc(0))), "!TypeError ERR_INVALID_ARG_VALUE The argument 'value' is invalid. Received <Buffer >");
check(() => (Buffer.alloc(4, new Uint8Array(0))), "!TypeError ERR_INVALID_ARG_VALUE The argument 'value' is invalid. Received Uint8Array(0) []");
check(() => (Buffer.alloc(4, 'a', 5)), "!TypeError ERR_INVALID_ARG_TYPE The \"encoding\" argument must be of type string. Received type number (5)");
check(() => (Buffer.allocUnsafe(3).length), "3");
check(() => (Buffer.allocUnsafe(0)), "<Buffer >");
check(() => (Buffer.allocUnsafe(2 ** 53)), "!RangeError ERR_OUT_OF_RANGE The value of \"size\" is out of range. It must be >= 0 && <= 4294967296. Received 9_007_199_254_740_992");
check(() => (Buffer.allocUnsafe()), "!TypeError ERR_INVALID_ARG_TYPE The \"size\" argument must be of type number. Received undefined");
check(() => (Buffer.allocUnsafe(-1)), "!RangeError ERR_OUT_OF_RANGE The value of \"size\" is out of range. It must be >= 0 && <= 4294967296. Received -1");
check(() => (Buffer.allocUnsafe('1')), "!TypeError ERR_INVALID_ARG_TYPE The \"size\" argument must be of type number. Received type string ('1')");
check(() => (Buffer.allocUnsafeSlow(3).length), "3");
check(() => (Buffer.allocUnsafeSlow(0)), "<Buffer >");
check(() => (Buffer.allocUnsafeSlow(-1)), "!RangeError ERR_OUT_OF_RANGE The value of \"size\" is out of range. It must be >= 0 && <= 4294967296. Received -1");
check(() => (Buffer.allocUnsafeSlow(2 ** 40)), "!RangeError ERR_OUT_OF_RANGE The value of \"size\" is out of range. It must be >= 0 && <= 4294967296. Received 1_099_511_627_776");
check(() => (Buffer.allocUnsafeSlow(10).buffer.byteLength), "10");
check(() => (Buffer.alloc(10).buffer.byteLength), "10");
check(() => (Buffer.alloc(10).byteOffset), "0");
check(() => (Buffer.allocUnsafe(10).buffer.byteLength), "8192");
check(() => (Buffer.allocUnsafe(Buffer.poolSize >>> 1).buffer.byteLength), "4096");
check(() => (Buffer.allocUnsafe((Buffer.poolSize >>> 1) - 1).buffer.byteLength), "8192");
check(() => (Buffer.allocUnsafe(10).byteOffset % 8), "0");
check(() => ((() => { Buffer.allocUnsafe(3); return Buffer.allocUnsafe(3).byteOffset % 8; })()), "0");
check(() => ((() => { const a = Buffer.allocUnsafe(16); const b = Buffer.allocUnsafe(16); return a.buffer === b.buffer; })()), "true");
check(() => (Buffer.from('hello').buffer.byteLength), "8192");
check(() => (Buffer.from('x'.repeat(5000)).buffer.byteLength), "5000");
check(() => (Buffer.poolSize), "8192");
check(() => (buffer.SlowBuffer(3)), "<Buffer 000000>");
check(() => (new buffer.SlowBuffer(2)), "<Buffer 0000>");
check(() => (buffer.SlowBuffer('3')), "!TypeError ERR_INVALID_ARG_TYPE The \"size\" argument must be of type number. Received type string ('3')");
check(() => (buffer.SlowBuffer(-1)), "!RangeError ERR_OUT_OF_RANGE The value of \"size\" is out of range. It must be >= 0 && <= 4294967296. Received -1");
check(() => (buffer.SlowBuffer.length), "1");
check(() => (Object.getPrototypeOf(buffer.SlowBuffer.prototype) === Uint8Array.prototype), "true");
check(() => (buffer.SlowBuffer(2) instanceof Buffer), "true");
check(() => (Buffer(2)), "<Buffer 0000>");
check(() => (Buffer('ab')), "<Buffer 6162>");
check(() => (Buffer([1, 2])), "<Buffer 0102>");
check(() => (new Buffer('ab', 'hex')), "<Buffer ab>");
check(() => (Buffer(new ArrayBuffer(4), 1, 2).length), "2");
check(() => (Buffer(-1)), "!RangeError ERR_OUT_OF_RANGE The value of \"size\" is out of range. It must be >= 0 && <= 4294967296. Received -1");
check(() => (Buffer(null)), "!TypeError ERR_INVALID_ARG_TYPE The first argument must be of type string or an instance of Buffer, ArrayBuffer, or Array or an Array-like Object. Received null");
check(() => (Buffer(5, 'utf8')), "!TypeError ERR_INVALID_ARG_TYPE The \"string\" argument must be of type string. Received type number (5)");
check(() => (Buffer('5', 5)), "<Buffer 35>");
check(() => (Buffer.alloc(3) instanceof Buffer), "true");
check(() => (Buffer.alloc(3) instanceof Uint8Array), "true");
check(() => (Buffer.alloc(3).constructor === Buffer), "true");
check(() => (Object.getPrototypeOf(Buffer.prototype) === Uint8Array.prototype), "true");
check(() => (Object.getPrototypeOf(Buffer) === Uint8Array), "true");
check(() => (Buffer.name), "\"Buffer\"");
check(() => (Buffer.length), "3");
check(() => (Buffer.alloc.length), "3");
check(() => (Buffer.from.length), "3");
check(() => (Buffer[Symbol.species] === Buffer), "false");
check(() => (Buffer.from('abc').map((x) => x + 1)), "<Buffer 626364>");
check(() => (Buffer.from('abc').map((x) => x) instanceof Buffer), "true");
check(() => (Buffer.from('abc').filter((x) => x > 97)), "<Buffer 6263>");
check(() => (Uint8Array.prototype.slice.call(Buffer.from('abc'), 1)), "<Buffer 6263>");
check(() => (Buffer.isBuffer(Buffer.alloc(1))), "true");
check(() => (Buffer.isBuffer(new Uint8Array(1))), "false");
check(() => (Buffer.isBuffer()), "false");
check(() => (Buffer.isBuffer('x')), "false");
check(() => (Buffer.isBuffer(Object.create(Buffer.prototype))), "true");
check(() => (Buffer.of(1, 2, 300)), "<Buffer 01022c>");
check(() => (Buffer.of()), "<Buffer >");
check(() => (Buffer.of(1) instanceof Buffer), "true");

// A failed allocation is a RangeError, never a crash.
assert.throws(() => Buffer.alloc(2 ** 32 + 1), RangeError);
// Changing Buffer.poolSize is honoured by later pooled allocations.
const saved = Buffer.poolSize;
Buffer.poolSize = 64;
const pooled = Buffer.allocUnsafe(8);
assert.strictEqual(pooled.length, 8);
assert.ok(pooled.buffer.byteLength >= 64);
assert.strictEqual(Buffer.allocUnsafe(40).buffer.byteLength, 40);
Buffer.poolSize = saved;

