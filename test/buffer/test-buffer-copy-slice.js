'use strict';
// buf.copy, slice/subarray (shared memory), toJSON, swap16/32/64, parent/offset, toLocaleString.
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
var a = Buffer.from('abc');
check(() => ((() => { const d = Buffer.alloc(8, '.'); return [Buffer.from('abcdef').copy(d), d]; })()), "[6, <Buffer 6162636465662e2e>]");
check(() => ((() => { const d = Buffer.alloc(8, '.'); return [Buffer.from('abcdef').copy(d, 4), d]; })()), "[4, <Buffer 2e2e2e2e61626364>]");
check(() => ((() => { const d = Buffer.alloc(8, '.'); return [Buffer.from('abcdef').copy(d, 0, 2), d]; })()), "[4, <Buffer 636465662e2e2e2e>]");
check(() => ((() => { const d = Buffer.alloc(8, '.'); return [Buffer.from('abcdef').copy(d, 0, 2, 4), d]; })()), "[2, <Buffer 63642e2e2e2e2e2e>]");
check(() => ((() => { const d = Buffer.alloc(8, '.'); return [Buffer.from('abcdef').copy(d, 10), d]; })()), "[0, <Buffer 2e2e2e2e2e2e2e2e>]");
check(() => ((() => { const d = Buffer.alloc(8, '.'); return [Buffer.from('abcdef').copy(d, -1), d]; })()), "!RangeError ERR_OUT_OF_RANGE The value of \"targetStart\" is out of range. It must be >= 0. Received -1");
check(() => ((() => { const d = Buffer.alloc(8, '.'); return [Buffer.from('abcdef').copy(d, 0, -1), d]; })()), "!RangeError ERR_OUT_OF_RANGE The value of \"sourceStart\" is out of range. It must be >= 0 && <= 6. Received -1");
check(() => ((() => { const d = Buffer.alloc(8, '.'); return [Buffer.from('abcdef').copy(d, 0, 10), d]; })()), "!RangeError ERR_OUT_OF_RANGE The value of \"sourceStart\" is out of range. It must be >= 0 && <= 6. Received 10");
check(() => ((() => { const d = Buffer.alloc(8, '.'); return [Buffer.from('abcdef').copy(d, 0, 0, 10), d]; })()), "[6, <Buffer 6162636465662e2e>]");
check(() => ((() => { const d = Buffer.alloc(8, '.'); return [Buffer.from('abcdef').copy(d, 0, 4, 2), d]; })()), "[0, <Buffer 2e2e2e2e2e2e2e2e>]");
check(() => ((() => { const d = Buffer.alloc(8, '.'); return [Buffer.from('abcdef').copy(d, 0, 0, -1), d]; })()), "!RangeError ERR_OUT_OF_RANGE The value of \"sourceEnd\" is out of range. It must be >= 0. Received -1");
check(() => ((() => { const d = Buffer.alloc(8, '.'); return [Buffer.from('abcdef').copy(d, '1'), d]; })()), "[6, <Buffer 2e6162636465662e>]");
check(() => ((() => { const d = Buffer.alloc(8, '.'); return [Buffer.from('abcdef').copy(d, 1.5), d]; })()), "[6, <Buffer 2e6162636465662e>]");
check(() => ((() => { const d = Buffer.alloc(8, '.'); return [Buffer.from('abcdef').copy(d, NaN, NaN, NaN), d]; })()), "[0, <Buffer 2e2e2e2e2e2e2e2e>]");
check(() => ((() => { const d = Buffer.alloc(8, '.'); return [Buffer.from('abcdef').copy({}), d]; })()), "!TypeError ERR_INVALID_ARG_TYPE The \"target\" argument must be an instance of Buffer or Uint8Array. Received an instance of Object");
check(() => ((() => { const d = Buffer.alloc(8, '.'); return [Buffer.from('abcdef').copy(), d]; })()), "!TypeError ERR_INVALID_ARG_TYPE The \"target\" argument must be an instance of Buffer or Uint8Array. Received undefined");
check(() => ((() => { const d = Buffer.alloc(8, '.'); return [Buffer.from('abcdef').copy(new Uint16Array(4)), d]; })()), "!TypeError ERR_INVALID_ARG_TYPE The \"target\" argument must be an instance of Buffer or Uint8Array. Received an instance of Uint16Array");
check(() => ((() => { const d = Buffer.alloc(8, '.'); return [Buffer.from('abcdef').copy(d, 0, 2 ** 40), d]; })()), "!RangeError ERR_OUT_OF_RANGE The value of \"sourceStart\" is out of range. It must be >= 0 && <= 6. Received 1_099_511_627_776");
check(() => ((() => { const d = Buffer.alloc(8, '.'); return [Buffer.from('abcdef').copy(d, undefined, 1), d]; })()), "[5, <Buffer 62636465662e2e2e>]");
check(() => ((() => { const d = Buffer.alloc(8, '.'); return [Buffer.from('abcdef').copy(d, 0, null), d]; })()), "[6, <Buffer 6162636465662e2e>]");
check(() => ((() => { const d = Buffer.alloc(8, '.'); return [Buffer.from('abcdef').copy(d, {}, []), d]; })()), "[6, <Buffer 6162636465662e2e>]");
check(() => ((() => { const d = Buffer.alloc(8, '.'); return [Buffer.from('abcdef').copy(d, 8), d]; })()), "[0, <Buffer 2e2e2e2e2e2e2e2e>]");
check(() => ((() => { const d = Buffer.alloc(8, '.'); return [Buffer.from('abcdef').copy(d, 0, 6), d]; })()), "[0, <Buffer 2e2e2e2e2e2e2e2e>]");
check(() => ((() => { const d = Buffer.alloc(8, '.'); return [Buffer.from('abcdef').copy(d, 0, 7), d]; })()), "!RangeError ERR_OUT_OF_RANGE The value of \"sourceStart\" is out of range. It must be >= 0 && <= 6. Received 7");
check(() => ((() => { const d = Buffer.alloc(8, '.'); return [Buffer.from('abcdef').copy(d, 0, 1, 1.7), d]; })()), "[0, <Buffer 2e2e2e2e2e2e2e2e>]");
check(() => ((() => { const d = Buffer.alloc(8, '.'); return [Buffer.from('abcdef').copy(d, 0.5), d]; })()), "[6, <Buffer 6162636465662e2e>]");
check(() => ((() => { const d = Buffer.alloc(8, '.'); return [Buffer.from('abcdef').copy(new DataView(new ArrayBuffer(4))), d]; })()), "!TypeError ERR_INVALID_ARG_TYPE The \"target\" argument must be an instance of Buffer or Uint8Array. Received an instance of DataView");
check(() => ((() => { const d = Buffer.alloc(8, '.'); return [Buffer.from('abcdef').copy(d, 0, '2'), d]; })()), "[4, <Buffer 636465662e2e2e2e>]");
check(() => ((() => { const d = Buffer.alloc(8, '.'); return [Buffer.from('abcdef').copy(d, 0, 0, '3'), d]; })()), "[3, <Buffer 6162632e2e2e2e2e>]");
check(() => ((() => { const d = Buffer.alloc(8, '.'); return [Buffer.from('abcdef').copy(d, 0, 0, Infinity), d]; })()), "[0, <Buffer 2e2e2e2e2e2e2e2e>]");
check(() => ((() => { const d = Buffer.alloc(8, '.'); return [Buffer.from('abcdef').copy(d, Infinity), d]; })()), "[6, <Buffer 6162636465662e2e>]");
check(() => ((() => { const d = Buffer.alloc(8, '.'); return [Buffer.from('abcdef').copy(d, -Infinity), d]; })()), "[6, <Buffer 6162636465662e2e>]");
check(() => ((() => { const d = Buffer.alloc(8, '.'); return [Buffer.from('abcdef').copy(d, 6), d]; })()), "[2, <Buffer 2e2e2e2e2e2e6162>]");
check(() => ((() => { const d = Buffer.alloc(8, '.'); return [Buffer.from('abcdef').copy(d, 3, 1), d]; })()), "[5, <Buffer 2e2e2e6263646566>]");
check(() => ((() => { const b = Buffer.from('abcdef'); return [b.copy(b, 2, 0, 4), b]; })()), "[4, <Buffer 616261626364>]");
check(() => ((() => { const b = Buffer.from('abcdef'); return [b.copy(b, 0, 2), b]; })()), "[4, <Buffer 636465666566>]");
check(() => ((() => { const b = Buffer.from('abcdef'); return [b.subarray(0, 4).copy(b.subarray(1)), b]; })()), "[4, <Buffer 616162636466>]");
check(() => ((() => { const d = Buffer.alloc(4); return [Buffer.prototype.copy.call(new Uint8Array([1, 2]), d), d]; })()), "[2, <Buffer 01020000>]");
check(() => ((() => { const d = new Uint8Array(3); Buffer.from('xyz').copy(d); return Buffer.from(d); })()), "<Buffer 78797a>");
check(() => ((() => { const s = Buffer.alloc(300, 7); const d = Buffer.alloc(300); return [s.copy(d, 10, 5), d[9], d[10], d[299]]; })()), "[290, 0, 7, 7]");
check(() => (a.slice(1)), "<Buffer 6263>");
check(() => (a.slice(-1)), "<Buffer 63>");
check(() => (a.slice(-5, 2)), "<Buffer 6162>");
check(() => (a.slice(2, 1)), "<Buffer >");
check(() => (a.slice('1', '2')), "<Buffer 62>");
check(() => (a.slice(1.5)), "<Buffer 6263>");
check(() => (a.slice(NaN, NaN)), "<Buffer >");
check(() => (a.slice({})), "<Buffer 616263>");
check(() => (a.subarray(1).buffer === a.buffer), "true");
check(() => ((() => { const b = Buffer.from('abc'); const s = b.slice(1); s[0] = 0x7a; return b; })()), "<Buffer 617a63>");
check(() => ((() => { const b = Buffer.from('abc'); const s = b.subarray(2); s[0] = 0x7a; return b; })()), "<Buffer 61627a>");
check(() => (a.slice(0, Infinity)), "<Buffer 616263>");
check(() => (a.subarray(-Infinity, 2)), "<Buffer 6162>");
check(() => (a.slice(undefined, 2)), "<Buffer 6162>");
check(() => (a.slice(1n)), "!TypeError undefined", true);
check(() => (a.subarray(1) instanceof Buffer), "true");
check(() => (a.slice(1) instanceof Buffer), "true");
check(() => (a.subarray(1, 2).byteOffset - a.byteOffset), "1");
check(() => (a.subarray(5)), "<Buffer >");
check(() => (a.subarray(1, -1)), "<Buffer 62>");
check(() => (a.subarray()), "<Buffer 616263>");
check(() => (Buffer.prototype.slice.call(new Uint8Array([1, 2, 3]), 1)), "<Uint8Array 0203>");
check(() => (JSON.stringify(Buffer.from([1, 2, 255]))), "\"{\\\"type\\\":\\\"Buffer\\\",\\\"data\\\":[1,2,255]}\"");
check(() => (Buffer.from([1, 2]).toJSON()), "{type: \"Buffer\", data: [1, 2]}");
check(() => (Buffer.alloc(0).toJSON()), "{type: \"Buffer\", data: []}");
check(() => (JSON.stringify({ b: Buffer.from('a') })), "\"{\\\"b\\\":{\\\"type\\\":\\\"Buffer\\\",\\\"data\\\":[97]}}\"");
check(() => (Buffer.from(JSON.parse(JSON.stringify(Buffer.from('hello'))))), "<Buffer 68656c6c6f>");
check(() => (Buffer.from('abcd').swap16()), "<Buffer 62616463>");
check(() => (Buffer.from('abc').swap16()), "!RangeError ERR_INVALID_BUFFER_SIZE Buffer size must be a multiple of 16-bits");
check(() => (Buffer.from('abcdefgh').swap32()), "<Buffer 6463626168676665>");
check(() => (Buffer.from('abcdef').swap32()), "!RangeError ERR_INVALID_BUFFER_SIZE Buffer size must be a multiple of 32-bits");
check(() => (Buffer.from('abcdefgh').swap64()), "<Buffer 6867666564636261>");
check(() => (Buffer.from('abcd').swap64()), "!RangeError ERR_INVALID_BUFFER_SIZE Buffer size must be a multiple of 64-bits");
check(() => (Buffer.alloc(0).swap16()), "<Buffer >");
check(() => ((() => { const b = Buffer.from('abcd'); return b.swap16() === b; })()), "true");
check(() => (Buffer.from('abcdefghijklmnop').swap64()), "<Buffer 6867666564636261706f6e6d6c6b6a69>");
check(() => (Buffer.from('0123456789abcdef').subarray(2, 10).swap32()), "<Buffer 3534333239383736>");
check(() => (Buffer.from('ab').parent === Buffer.from('ab').buffer), "true");
check(() => ((() => { const b = Buffer.from('ab'); return [b.parent === b.buffer, b.offset === b.byteOffset]; })()), "[true, true]");
check(() => (Buffer.prototype.parent), "undefined");
check(() => (Buffer.prototype.offset), "undefined");
check(() => (Buffer.prototype.toLocaleString === Buffer.prototype.toString), "true");
check(() => (Buffer.prototype.inspect === Buffer.prototype[Symbol.for('nodejs.util.inspect.custom')]), "true");
check(() => (Object.getOwnPropertyDescriptor(Buffer.prototype, 'parent').enumerable), "true");

