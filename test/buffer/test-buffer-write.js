'use strict';
// buf.write (every argument form) and buf.fill (strings, numbers, buffers, encodings, offsets).
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

check(() => ((() => { const b = Buffer.alloc(8, '.'); return [b.write('abc'), b]; })()), "[3, <Buffer 6162632e2e2e2e2e>]");
check(() => ((() => { const b = Buffer.alloc(8, '.'); return [b.write('abc', 2), b]; })()), "[3, <Buffer 2e2e6162632e2e2e>]");
check(() => ((() => { const b = Buffer.alloc(8, '.'); return [b.write('abc', 'latin1'), b]; })()), "[3, <Buffer 6162632e2e2e2e2e>]");
check(() => ((() => { const b = Buffer.alloc(8, '.'); return [b.write('abc', 2, 'latin1'), b]; })()), "[3, <Buffer 2e2e6162632e2e2e>]");
check(() => ((() => { const b = Buffer.alloc(8, '.'); return [b.write('abcdef', 2, 3), b]; })()), "[3, <Buffer 2e2e6162632e2e2e>]");
check(() => ((() => { const b = Buffer.alloc(8, '.'); return [b.write('abcdef', 2, 3, 'hex'), b]; })()), "[3, <Buffer 2e2eabcdef2e2e2e>]");
check(() => ((() => { const b = Buffer.alloc(8, '.'); return [b.write('abcdef', 6), b]; })()), "[2, <Buffer 2e2e2e2e2e2e6162>]");
check(() => ((() => { const b = Buffer.alloc(8, '.'); return [b.write('abc', 8), b]; })()), "[0, <Buffer 2e2e2e2e2e2e2e2e>]");
check(() => ((() => { const b = Buffer.alloc(8, '.'); return [b.write('abc', 9), b]; })()), "!RangeError ERR_OUT_OF_RANGE The value of \"offset\" is out of range. It must be >= 0 && <= 8. Received 9");
check(() => ((() => { const b = Buffer.alloc(8, '.'); return [b.write('abc', -1), b]; })()), "!RangeError ERR_OUT_OF_RANGE The value of \"offset\" is out of range. It must be >= 0 && <= 8. Received -1");
check(() => ((() => { const b = Buffer.alloc(8, '.'); return [b.write('abc', 1.5), b]; })()), "!RangeError ERR_OUT_OF_RANGE The value of \"offset\" is out of range. It must be an integer. Received 1.5");
check(() => ((() => { const b = Buffer.alloc(8, '.'); return [b.write('abc', '1'), b]; })()), "!TypeError ERR_UNKNOWN_ENCODING Unknown encoding: 1");
check(() => ((() => { const b = Buffer.alloc(8, '.'); return [b.write('abc', 0, 10), b]; })()), "!RangeError ERR_OUT_OF_RANGE The value of \"length\" is out of range. It must be >= 0 && <= 8. Received 10");
check(() => ((() => { const b = Buffer.alloc(8, '.'); return [b.write('abc', 0, -1), b]; })()), "!RangeError ERR_OUT_OF_RANGE The value of \"length\" is out of range. It must be >= 0 && <= 8. Received -1");
check(() => ((() => { const b = Buffer.alloc(8, '.'); return [b.write('abc', 0, 2, 'nope'), b]; })()), "!TypeError ERR_UNKNOWN_ENCODING Unknown encoding: nope");
check(() => ((() => { const b = Buffer.alloc(8, '.'); return [b.write('abc', 0, 2, 5), b]; })()), "!TypeError ERR_UNKNOWN_ENCODING Unknown encoding: 5");
check(() => ((() => { const b = Buffer.alloc(8, '.'); return [b.write(5), b]; })()), "!TypeError ERR_INVALID_ARG_TYPE argument must be a string");
check(() => ((() => { const b = Buffer.alloc(8, '.'); return [b.write('abc', undefined, 2), b]; })()), "[3, <Buffer 6162632e2e2e2e2e>]");
check(() => ((() => { const b = Buffer.alloc(8, '.'); return [b.write('abc', 1, undefined, 'ucs2'), b]; })()), "[6, <Buffer 2e6100620063002e>]");
check(() => ((() => { const b = Buffer.alloc(8, '.'); return [b.write('abc', 0, 'ucs2'), b]; })()), "[6, <Buffer 6100620063002e2e>]");
check(() => ((() => { const b = Buffer.alloc(8, '.'); return [b.write('\u20ac\u20ac\u20ac'), b]; })()), "[6, <Buffer e282ace282ac2e2e>]");
check(() => ((() => { const b = Buffer.alloc(8, '.'); return [b.write('abc', NaN), b]; })()), "!RangeError ERR_OUT_OF_RANGE The value of \"offset\" is out of range. It must be an integer. Received NaN");
check(() => ((() => { const b = Buffer.alloc(8, '.'); return [b.write('abc', 0, NaN), b]; })()), "!RangeError ERR_OUT_OF_RANGE The value of \"length\" is out of range. It must be an integer. Received NaN");
check(() => ((() => { const b = Buffer.alloc(8, '.'); return [b.write('abc', null), b]; })()), "!TypeError ERR_INVALID_ARG_TYPE The \"offset\" argument must be of type number. Received null");
check(() => ((() => { const b = Buffer.alloc(8, '.'); return [b.write('abc', 0, null), b]; })()), "!TypeError ERR_INVALID_ARG_TYPE The \"length\" argument must be of type number. Received null");
check(() => ((() => { const b = Buffer.alloc(8, '.'); return [b.write('abc', 2 ** 32), b]; })()), "!RangeError ERR_OUT_OF_RANGE The value of \"offset\" is out of range. It must be >= 0 && <= 8. Received 4294967296");
check(() => ((() => { const b = Buffer.alloc(8, '.'); return [b.write('abc', 0, 1.5), b]; })()), "!RangeError ERR_OUT_OF_RANGE The value of \"length\" is out of range. It must be an integer. Received 1.5");
check(() => ((() => { const b = Buffer.alloc(8, '.'); return [b.write('abc', 0, 3, undefined), b]; })()), "[3, <Buffer 6162632e2e2e2e2e>]");
check(() => ((() => { const b = Buffer.alloc(8, '.'); return [b.write('', 0), b]; })()), "[0, <Buffer 2e2e2e2e2e2e2e2e>]");
check(() => ((() => { const b = Buffer.alloc(8, '.'); return [b.write('abc', 'ucs2', 3), b]; })()), "!TypeError ERR_INVALID_ARG_TYPE The \"offset\" argument must be of type number. Received type string ('ucs2')");
check(() => ((() => { const b = Buffer.alloc(8, '.'); return [b.write('abc', 0, 'nope'), b]; })()), "!TypeError ERR_UNKNOWN_ENCODING Unknown encoding: nope");
check(() => ((() => { const b = Buffer.alloc(8, '.'); return [b.write('YWJj', 'base64'), b]; })()), "[3, <Buffer 6162632e2e2e2e2e>]");
check(() => ((() => { const b = Buffer.alloc(8, '.'); return [b.write('abc', {}), b]; })()), "!TypeError ERR_INVALID_ARG_TYPE The \"offset\" argument must be of type number. Received an instance of Object");
check(() => ((() => { const b = Buffer.alloc(8, '.'); return [b.write('abc', 0, {}), b]; })()), "!TypeError ERR_INVALID_ARG_TYPE The \"length\" argument must be of type number. Received an instance of Object");
check(() => ((() => { const b = Buffer.alloc(8, '.'); return [b.write('abc', 8, 0), b]; })()), "[0, <Buffer 2e2e2e2e2e2e2e2e>]");
check(() => ((() => { const b = Buffer.alloc(8, '.'); return [b.write('abc', 7, 1), b]; })()), "[1, <Buffer 2e2e2e2e2e2e2e61>]");
check(() => ((() => { const b = Buffer.alloc(8, '.'); return [b.write('abc', 0, 0), b]; })()), "[0, <Buffer 2e2e2e2e2e2e2e2e>]");
check(() => ((() => { const b = Buffer.alloc(8, '.'); return [b.write('abc', 0, 9), b]; })()), "!RangeError ERR_OUT_OF_RANGE The value of \"length\" is out of range. It must be >= 0 && <= 8. Received 9");
check(() => ((() => { const b = Buffer.alloc(8, '.'); return [b.write('abc', Infinity), b]; })()), "!RangeError ERR_OUT_OF_RANGE The value of \"offset\" is out of range. It must be an integer. Received Infinity");
check(() => ((() => { const b = Buffer.alloc(8, '.'); return [b.write('ab', 'hex'), b]; })()), "[1, <Buffer ab2e2e2e2e2e2e2e>]");
check(() => ((() => { const b = Buffer.alloc(8, '.'); return [b.write('abc', 0, 3, null), b]; })()), "[3, <Buffer 6162632e2e2e2e2e>]");
check(() => ((() => { const b = Buffer.alloc(8, '.'); return [b.write('a\u20ac', 0, 3), b]; })()), "[1, <Buffer 612e2e2e2e2e2e2e>]");
check(() => ((() => { const b = Buffer.alloc(8, '.'); return [b.write('\ud83d\ude00', 5), b]; })()), "[0, <Buffer 2e2e2e2e2e2e2e2e>]");
check(() => ((() => { const b = Buffer.alloc(8, '.'); return [b.write('\ud83d\ude00', 4), b]; })()), "[4, <Buffer 2e2e2e2ef09f9880>]");
check(() => ((() => { const b = Buffer.alloc(8, '.'); return [b.write('abcdefghij', 'ucs2'), b]; })()), "[8, <Buffer 6100620063006400>]");
check(() => ((() => { const b = Buffer.alloc(8, '.'); return [b.write('YWJjZGVmZ2hpams=', 'base64'), b]; })()), "[8, <Buffer 6162636465666768>]");
check(() => ((() => { const b = Buffer.alloc(8, '.'); return [b.write('aGVsbG8gd29ybGQ', 6, 'base64url'), b]; })()), "[2, <Buffer 2e2e2e2e2e2e6865>]");
check(() => ((() => { const b = Buffer.alloc(8, '.'); return [b.write('0102030405060708090a', 'hex'), b]; })()), "[8, <Buffer 0102030405060708>]");
check(() => ((() => { const b = Buffer.alloc(8, '.'); return [b.write('abc', 'UTF-8'), b]; })()), "[3, <Buffer 6162632e2e2e2e2e>]");
check(() => ((() => { const b = Buffer.alloc(8, '.'); return [b.write('\u00e9\u00e9', 'binary'), b]; })()), "[2, <Buffer e9e92e2e2e2e2e2e>]");
check(() => ((() => { const b = Buffer.alloc(8, '.'); return [b.write('\u00e9\u00e9', 'ascii'), b]; })()), "[2, <Buffer e9e92e2e2e2e2e2e>]");
check(() => ((() => { const b = Buffer.alloc(8, '.'); return [b.write(undefined), b]; })()), "!TypeError ERR_INVALID_ARG_TYPE argument must be a string");
check(() => ((() => { const b = Buffer.alloc(8, '.'); return [b.write(null), b]; })()), "!TypeError ERR_INVALID_ARG_TYPE argument must be a string");
check(() => ((() => { const b = Buffer.alloc(8, '.'); return [b.write({}), b]; })()), "!TypeError ERR_INVALID_ARG_TYPE argument must be a string");
check(() => ((() => { const b = Buffer.alloc(8, '.'); return [b.write('\ud800'), b]; })()), "[3, <Buffer efbfbd2e2e2e2e2e>]");
check(() => ((() => { const b = Buffer.alloc(8, '.'); return [b.write('x'.repeat(100)), b]; })()), "[8, <Buffer 7878787878787878>]");
check(() => ((() => { const b = Buffer.alloc(8, '.'); return [b.write('\u00e9'.repeat(100)), b]; })()), "[8, <Buffer c3a9c3a9c3a9c3a9>]");
check(() => ((() => { const b = Buffer.alloc(8, '.'); return [b.write('abc', 'BASE64'), b]; })()), "[2, <Buffer 69b72e2e2e2e2e2e>]");
check(() => (Buffer.alloc(0).write('abc')), "0");
check(() => (Buffer.alloc(0).write('')), "0");
check(() => (Buffer.alloc(8, '.').fill('ab')), "<Buffer 6162616261626162>");
check(() => (Buffer.alloc(8, '.').fill('ab', 1)), "<Buffer 2e61626162616261>");
check(() => (Buffer.alloc(8, '.').fill('ab', 1, 5)), "<Buffer 2e616261622e2e2e>");
check(() => (Buffer.alloc(8, '.').fill('ab', 'latin1')), "<Buffer 6162616261626162>");
check(() => (Buffer.alloc(8, '.').fill('ab', 1, 'latin1')), "<Buffer 2e61626162616261>");
check(() => (Buffer.alloc(8, '.').fill('616', 'hex')), "<Buffer 6161616161616161>");
check(() => (Buffer.alloc(8, '.').fill('zz', 'hex')), "!TypeError ERR_INVALID_ARG_VALUE The argument 'value' is invalid. Received 'zz'");
check(() => (Buffer.alloc(8, '.').fill('')), "<Buffer 0000000000000000>");
check(() => (Buffer.alloc(8, '.').fill('', 2)), "<Buffer 2e2e000000000000>");
check(() => (Buffer.alloc(8, '.').fill(0x141)), "<Buffer 4141414141414141>");
check(() => (Buffer.alloc(8, '.').fill(-1, 2, 4)), "<Buffer 2e2effff2e2e2e2e>");
check(() => (Buffer.alloc(8, '.').fill('a', -1)), "!RangeError ERR_OUT_OF_RANGE The value of \"offset\" is out of range. It must be >= 0 && <= 4294967296. Received -1");
check(() => (Buffer.alloc(8, '.').fill('a', 0, 9)), "!RangeError ERR_OUT_OF_RANGE The value of \"end\" is out of range. It must be >= 0 && <= 8. Received 9");
check(() => (Buffer.alloc(8, '.').fill('a', 5, 2)), "<Buffer 2e2e2e2e2e2e2e2e>");
check(() => (Buffer.alloc(8, '.').fill('a', 1.5)), "!RangeError ERR_OUT_OF_RANGE The value of \"offset\" is out of range. It must be an integer. Received 1.5");
check(() => (Buffer.alloc(8, '.').fill('a', '1')), "!TypeError ERR_UNKNOWN_ENCODING Unknown encoding: 1");
check(() => (Buffer.alloc(8, '.').fill('a', 0, '5')), "!TypeError ERR_UNKNOWN_ENCODING Unknown encoding: 5");
check(() => (Buffer.alloc(8, '.').fill(Buffer.from('xyz'), 1)), "<Buffer 2e78797a78797a78>");
check(() => (Buffer.alloc(8, '.').fill(new Uint16Array([0x4142]), 1)), "<Buffer 2e42414241424142>");
check(() => (Buffer.alloc(8, '.').fill(new Uint8Array(0))), "!TypeError ERR_INVALID_ARG_VALUE The argument 'value' is invalid. Received Uint8Array(0) []");
check(() => (Buffer.alloc(8, '.').fill({})), "<Buffer 0000000000000000>");
check(() => (Buffer.alloc(8, '.').fill(null)), "<Buffer 0000000000000000>");
check(() => (Buffer.alloc(8, '.').fill(true)), "<Buffer 0101010101010101>");
check(() => (Buffer.alloc(8, '.').fill(undefined)), "<Buffer 0000000000000000>");
check(() => (Buffer.alloc(8, '.').fill('a', null)), "!TypeError ERR_INVALID_ARG_TYPE The \"offset\" argument must be of type number. Received null");
check(() => (Buffer.alloc(8, '.').fill('a', 0, null)), "!TypeError ERR_INVALID_ARG_TYPE The \"end\" argument must be of type number. Received null");
check(() => (Buffer.alloc(8, '.').fill('a', 0, 8, 'nope')), "!TypeError ERR_UNKNOWN_ENCODING Unknown encoding: nope");
check(() => (Buffer.alloc(8, '.').fill('a', 0, 8, 5)), "!TypeError ERR_INVALID_ARG_TYPE The \"encoding\" argument must be of type string. Received type number (5)");
check(() => (Buffer.alloc(8, '.').fill('\u20ac')), "<Buffer e282ace282ace282>");
check(() => (Buffer.alloc(8, '.').fill('\u20ac', 'ucs2')), "<Buffer ac20ac20ac20ac20>");
check(() => (Buffer.alloc(8, '.').fill('\u00e9', 'latin1')), "<Buffer e9e9e9e9e9e9e9e9>");
check(() => (Buffer.alloc(8, '.').fill('\u00e9', 'ascii')), "<Buffer e9e9e9e9e9e9e9e9>");
check(() => (Buffer.alloc(8, '.').fill(3.9)), "<Buffer 0303030303030303>");
check(() => (Buffer.alloc(8, '.').fill(NaN)), "<Buffer 0000000000000000>");
check(() => (Buffer.alloc(8, '.').fill('a', NaN)), "!RangeError ERR_OUT_OF_RANGE The value of \"offset\" is out of range. It must be an integer. Received NaN");
check(() => (Buffer.alloc(8, '.').fill('a', 2 ** 32)), "<Buffer 2e2e2e2e2e2e2e2e>");
check(() => (Buffer.alloc(8, '.').fill('a', 0, -1)), "!RangeError ERR_OUT_OF_RANGE The value of \"end\" is out of range. It must be >= 0 && <= 8. Received -1");
check(() => (Buffer.alloc(8, '.').fill(1n)), "!TypeError undefined", true);
check(() => (Buffer.alloc(8, '.').fill('x', 8)), "<Buffer 2e2e2e2e2e2e2e2e>");
check(() => (Buffer.alloc(8, '.').fill('a', 0, Infinity)), "!RangeError ERR_OUT_OF_RANGE The value of \"end\" is out of range. It must be an integer. Received Infinity");
check(() => (Buffer.alloc(8, '.').fill(new DataView(new ArrayBuffer(2)))), "<Buffer 0000000000000000>");
check(() => (Buffer.alloc(8, '.').fill('YQ', 'base64')), "<Buffer 6161616161616161>");
check(() => (Buffer.alloc(8, '.').fill(Symbol())), "!TypeError undefined", true);
check(() => (Buffer.alloc(8, '.').fill([1, 2])), "<Buffer 0000000000000000>");
check(() => (Buffer.alloc(8, '.').fill(300, 0, 8, 'hex')), "<Buffer 2c2c2c2c2c2c2c2c>");
check(() => (Buffer.alloc(8, '.').fill('a', 0, 8, undefined)), "<Buffer 6161616161616161>");
check(() => (Buffer.alloc(8, '.').fill('a', 0, 8, null)), "<Buffer 6161616161616161>");
check(() => (Buffer.alloc(8, '.').fill('a', undefined, undefined, 'latin1')), "<Buffer 6161616161616161>");
check(() => (Buffer.alloc(8, '.').fill('a', 'utf8', 5)), "<Buffer 6161616161616161>");
check(() => (Buffer.alloc(8, '.').fill('abc', 2, 4)), "<Buffer 2e2e61622e2e2e2e>");
check(() => (Buffer.alloc(8, '.').fill(Buffer.from('0123456789'), 0)), "<Buffer 3031323334353637>");
check(() => (Buffer.alloc(8, '.').fill('\u00e9', 'utf8')), "<Buffer c3a9c3a9c3a9c3a9>");
check(() => (Buffer.alloc(8, '.').fill('ab', 'BINARY')), "<Buffer 6162616261626162>");
check(() => (Buffer.alloc(8, '.').fill('a', 1, 8, 'latin1')), "<Buffer 2e61616161616161>");
check(() => (Buffer.alloc(8, '.').fill('\ud83d\ude00')), "<Buffer f09f9880f09f9880>");
check(() => ((() => { const b = Buffer.alloc(8, '.'); return b.fill('x') === b; })()), "true");
check(() => (Buffer.alloc(1000).fill('abc').toString().slice(990)), "\"abcabcabca\"");
check(() => (Buffer.alloc(1000).fill(Buffer.from('0123456789')).toString('latin1', 995)), "\"56789\"");
check(() => (Buffer.prototype.fill.call(new Uint8Array(4), 'ab')), "<Uint8Array 61626162>");

