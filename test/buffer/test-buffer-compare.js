'use strict';
// buf.compare, Buffer.compare, buf.equals and Buffer.concat, with ranges and bad input.
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
var a = Buffer.from('abcdef'), b = Buffer.from('abd'), c1 = Buffer.from('abc'), c2 = Buffer.from('de');
check(() => (a.compare(b)), "-1");
check(() => (a.compare(b, 0, 2, 0, 2)), "0");
check(() => (a.compare(b, 0, 3, 0, 3)), "-1");
check(() => (a.compare(b, 4)), "1");
check(() => (a.compare(b, -1)), "!RangeError ERR_OUT_OF_RANGE The value of \"targetStart\" is out of range. It must be >= 0 && <= 4294967296. Received -1");
check(() => (a.compare(b, 0, 4)), "!RangeError ERR_OUT_OF_RANGE The value of \"targetEnd\" is out of range. It must be >= 0 && <= 3. Received 4");
check(() => (a.compare(b, 0, 3, 7)), "-1");
check(() => (a.compare(b, 0, 3, 0, 7)), "!RangeError ERR_OUT_OF_RANGE The value of \"sourceEnd\" is out of range. It must be >= 0 && <= 6. Received 7");
check(() => (a.compare(b, '1')), "!TypeError ERR_INVALID_ARG_TYPE The \"targetStart\" argument must be of type number. Received type string ('1')");
check(() => (a.compare(b, 1.5)), "!RangeError ERR_OUT_OF_RANGE The value of \"targetStart\" is out of range. It must be an integer. Received 1.5");
check(() => (a.compare('abc')), "!TypeError ERR_INVALID_ARG_TYPE The \"target\" argument must be an instance of Buffer or Uint8Array. Received type string ('abc')");
check(() => (a.compare(new Uint8Array([97]))), "1");
check(() => (a.compare(b, 2, 1)), "1");
check(() => (a.compare(b, 0, 3, 2, 1)), "-1");
check(() => (a.compare(b, 3, 3, 2, 2)), "0");
check(() => (a.compare(b, undefined, undefined, 1)), "1");
check(() => (a.compare(b, null)), "!TypeError ERR_INVALID_ARG_TYPE The \"targetStart\" argument must be of type number. Received null");
check(() => (a.compare(b, NaN)), "!RangeError ERR_OUT_OF_RANGE The value of \"targetStart\" is out of range. It must be an integer. Received NaN");
check(() => (a.compare(b, 0, 0, 0, 0)), "0");
check(() => (Buffer.alloc(0).compare(Buffer.alloc(0), 0, 0, 0, 0)), "0");
check(() => (a.compare(b, 0, 3, 3)), "1");
check(() => (a.compare(b, 0, 3, 6)), "-1");
check(() => (a.compare(b, 0, 3, 0, 6)), "-1");
check(() => (a.compare(b, 0, 3, 0, 0)), "-1");
check(() => (a.compare(b, 3, 3)), "1");
check(() => (a.compare(b, 0, 0)), "1");
check(() => (a.compare(a)), "0");
check(() => (a.compare(Buffer.from('abcdef'))), "0");
check(() => (a.compare(Buffer.from('abcdefg'))), "-1");
check(() => (Buffer.from('b').compare(a)), "1");
check(() => (a.compare()), "!TypeError ERR_INVALID_ARG_TYPE The \"target\" argument must be an instance of Buffer or Uint8Array. Received undefined");
check(() => (a.compare(b, 2 ** 33)), "!RangeError ERR_OUT_OF_RANGE The value of \"targetStart\" is out of range. It must be >= 0 && <= 4294967296. Received 8_589_934_592");
check(() => (Buffer.compare(a, b)), "-1");
check(() => (Buffer.compare(b, a)), "1");
check(() => (Buffer.compare(a, a)), "0");
check(() => (Buffer.compare(a, 'x')), "!TypeError ERR_INVALID_ARG_TYPE The \"buf2\" argument must be an instance of Buffer or Uint8Array. Received type string ('x')");
check(() => (Buffer.compare('x', a)), "!TypeError ERR_INVALID_ARG_TYPE The \"buf1\" argument must be an instance of Buffer or Uint8Array. Received type string ('x')");
check(() => (Buffer.compare()), "!TypeError ERR_INVALID_ARG_TYPE The \"buf1\" argument must be an instance of Buffer or Uint8Array. Received undefined");
check(() => (Buffer.compare(new Uint8Array([1]), new Uint8Array([1]))), "0");
check(() => (Buffer.compare(new Uint8Array([1, 2]), new Uint8Array([1]))), "1");
check(() => (Buffer.compare(Buffer.alloc(100, 1), Buffer.alloc(100, 1))), "0");
check(() => (Buffer.compare(Buffer.alloc(100, 1), Buffer.alloc(100, 2))), "-1");
check(() => (Buffer.compare(Buffer.alloc(100, 2), Buffer.alloc(101, 2))), "-1");
check(() => (Buffer.compare(Buffer.from([0x80]), Buffer.from([0x7f]))), "1");
check(() => (a.equals(Buffer.from('abcdef'))), "true");
check(() => (a.equals(a)), "true");
check(() => (a.equals('abcdef')), "!TypeError ERR_INVALID_ARG_TYPE The \"otherBuffer\" argument must be an instance of Buffer or Uint8Array. Received type string ('abcdef')");
check(() => (a.equals(new Uint8Array([97]))), "false");
check(() => (a.equals(new Uint16Array([97]))), "!TypeError ERR_INVALID_ARG_TYPE The \"otherBuffer\" argument must be an instance of Buffer or Uint8Array. Received an instance of Uint16Array");
check(() => (a.equals(new Uint8Array(Buffer.from('abcdef')))), "true");
check(() => (Buffer.alloc(0).equals(Buffer.alloc(0))), "true");
check(() => (Buffer.alloc(200, 3).equals(Buffer.alloc(200, 3))), "true");
check(() => ((() => { const x = Buffer.alloc(200, 3); x[199] = 4; return x.equals(Buffer.alloc(200, 3)); })()), "false");
check(() => (a.equals()), "!TypeError ERR_INVALID_ARG_TYPE The \"otherBuffer\" argument must be an instance of Buffer or Uint8Array. Received undefined");
check(() => (Buffer.concat([c1, c2])), "<Buffer 6162636465>");
check(() => (Buffer.concat([c1, c2], 4)), "<Buffer 61626364>");
check(() => (Buffer.concat([c1, c2], 10)), "<Buffer 61626364650000000000>");
check(() => (Buffer.concat([])), "<Buffer >");
check(() => (Buffer.concat([], 5)), "<Buffer >");
check(() => (Buffer.concat([c1, 'x'])), "!TypeError ERR_INVALID_ARG_TYPE The \"list[1]\" argument must be an instance of Buffer or Uint8Array. Received type string ('x')");
check(() => (Buffer.concat('x')), "!TypeError ERR_INVALID_ARG_TYPE The \"list\" argument must be an instance of Array. Received type string ('x')");
check(() => (Buffer.concat([c1, new Uint8Array([1])])), "<Buffer 61626301>");
check(() => (Buffer.concat([c1, c2], -1)), "!RangeError ERR_OUT_OF_RANGE The value of \"length\" is out of range. It must be >= 0 && <= 4294967296. Received -1");
check(() => (Buffer.concat([c1, c2], 1.5)), "!RangeError ERR_OUT_OF_RANGE The value of \"length\" is out of range. It must be an integer. Received 1.5");
check(() => (Buffer.concat([c1, c2], '3')), "!TypeError ERR_INVALID_ARG_TYPE The \"length\" argument must be of type number. Received type string ('3')");
check(() => (Buffer.concat([c1, new Uint16Array([1])])), "!TypeError ERR_INVALID_ARG_TYPE The \"list[1]\" argument must be an instance of Buffer or Uint8Array. Received an instance of Uint16Array");
check(() => (Buffer.concat([c1]) === c1), "false");
check(() => (Buffer.concat({ length: 1, 0: c1 })), "!TypeError ERR_INVALID_ARG_TYPE The \"list\" argument must be an instance of Array. Received an instance of Object");
check(() => (Buffer.concat([c1, c2], 0)), "<Buffer >");
check(() => (Buffer.concat([c1, c2], 2 ** 33)), "!RangeError ERR_OUT_OF_RANGE The value of \"length\" is out of range. It must be >= 0 && <= 4294967296. Received 8_589_934_592");
check(() => (Buffer.concat([c1, undefined])), "!TypeError undefined", true);
check(() => (Buffer.concat([c1, 'x'], 1)), "!TypeError ERR_INVALID_ARG_TYPE The \"list[1]\" argument must be an instance of Buffer or Uint8Array. Received type string ('x')");
check(() => (Buffer.concat([c1, Buffer.alloc(0), c2])), "<Buffer 6162636465>");
check(() => (Buffer.concat([c1]) instanceof Buffer), "true");
check(() => (Buffer.concat([Buffer.alloc(100, 1), Buffer.alloc(50, 2)], 120).toString('hex').slice(190)), "\"01010101010202020202020202020202020202020202020202\"");
check(() => (Buffer.concat(Array.from({ length: 1000 }, (_, i) => Buffer.from(String(i % 10)))).toString().slice(0, 25)), "\"0123456789012345678901234\"");

