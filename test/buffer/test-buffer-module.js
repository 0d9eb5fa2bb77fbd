'use strict';
// node:buffer exports: constants, kMaxLength, INSPECT_MAX_BYTES and util.inspect of Buffers, isUtf8, isAscii, atob/btoa, transcode.
// Expected values were produced by Node v20 (engine-specific messages of
// plain TypeErrors/RangeErrors are compared by name only).
const assert = require('assert');


const { check, run, show } = require('../common/expect');
var buffer = require('buffer'); var util = require('util');
check(() => (Object.keys(buffer)), "[\"Buffer\", \"SlowBuffer\", \"transcode\", \"isUtf8\", \"isAscii\", \"kMaxLength\", \"kStringMaxLength\", \"btoa\", \"atob\", \"constants\", \"INSPECT_MAX_BYTES\", \"Blob\", \"resolveObjectURL\", \"File\"]");
check(() => (buffer.constants), "{MAX_LENGTH: 4294967296, MAX_STRING_LENGTH: 536870888}");
check(() => (buffer.kMaxLength), "4294967296");
check(() => (buffer.kStringMaxLength), "536870888");
check(() => (buffer.constants.MAX_LENGTH === buffer.kMaxLength), "true");
check(() => (buffer.INSPECT_MAX_BYTES), "50");
check(() => (buffer.Buffer === Buffer), "true");
check(() => (require('node:buffer') === buffer), "true");
check(() => (typeof buffer.atob), "\"function\"");
check(() => (buffer.btoa('hi')), "\"aGk=\"");
check(() => (buffer.atob('aGk=')), "\"hi\"");
check(() => (Object.getOwnPropertyNames(Buffer)), "[\"length\", \"name\", \"prototype\", \"poolSize\", \"from\", \"copyBytesFrom\", \"of\", \"alloc\", \"allocUnsafe\", \"allocUnsafeSlow\", \"isBuffer\", \"compare\", \"isEncoding\", \"concat\", \"byteLength\"]");
check(() => (Object.getOwnPropertyNames(Buffer.prototype).length), "96");
check(() => (util.inspect(Buffer.from('hello'))), "\"<Buffer 68 65 6c 6c 6f>\"");
check(() => (util.inspect(Buffer.alloc(60))), "\"<Buffer 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 ... 10 more bytes>\"");
check(() => (util.inspect(Buffer.alloc(51))), "\"<Buffer 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 ... 1 more byte>\"");
check(() => (util.inspect(Buffer.alloc(0))), "\"<Buffer >\"");
check(() => ((() => { const b = Buffer.from('ab'); b.foo = 1; b.bar = 'x'; return util.inspect(b); })()), "\"<Buffer 61 62, foo: 1, bar: 'x'>\"");
check(() => ((() => { const b = Buffer.alloc(0); b.foo = 1; return util.inspect(b); })()), "\"<Buffer foo: 1>\"");
check(() => (util.inspect({ a: Buffer.from('ab'), b: [Buffer.from('c')] })), "\"{ a: <Buffer 61 62>, b: [ <Buffer 63> ] }\"");
check(() => (util.inspect(Buffer.from('ab'), { showHidden: true })), "\"<Buffer 61 62>\"");
check(() => ((() => { class MyB extends Uint8Array {} Object.setPrototypeOf(MyB.prototype, Buffer.prototype); return util.inspect(Buffer.from('hi')); })()), "\"<Buffer 68 69>\"");
check(() => ((() => { const c = Buffer.from('ab'); c[Symbol('s')] = 1; return util.inspect(c); })()), "\"<Buffer 61 62, [Symbol(s)]: 1>\"");
check(() => ((() => { const d = Buffer.from('ab'); d.nested = { x: { y: 1 } }; return util.inspect(d, { depth: 0 }); })()), "\"<Buffer 61 62, nested: [Object]>\"");
check(() => (util.inspect(Buffer.alloc(3), { depth: -1 })), "\"<Buffer 00 00 00>\"");
check(() => (util.inspect([Buffer.alloc(3)], { depth: 0 })), "\"[ <Buffer 00 00 00> ]\"");
check(() => ((() => { buffer.INSPECT_MAX_BYTES = 2; try { return util.inspect(Buffer.from('hello')); } finally { buffer.INSPECT_MAX_BYTES = 50; } })()), "\"<Buffer 68 65 ... 3 more bytes>\"");
check(() => ((() => { buffer.INSPECT_MAX_BYTES = 0; try { return util.inspect(Buffer.from('hello')); } finally { buffer.INSPECT_MAX_BYTES = 50; } })()), "\"<Buffer  ... 5 more bytes>\"");
check(() => ((() => { buffer.INSPECT_MAX_BYTES = 4; try { return util.inspect(Buffer.from('hello')); } finally { buffer.INSPECT_MAX_BYTES = 50; } })()), "\"<Buffer 68 65 6c 6c ... 1 more byte>\"");
check(() => ((() => { buffer.INSPECT_MAX_BYTES = -1; })()), "!RangeError ERR_OUT_OF_RANGE The value of \"INSPECT_MAX_BYTES\" is out of range. It must be >= 0. Received -1");
check(() => ((() => { buffer.INSPECT_MAX_BYTES = 'x'; })()), "!TypeError ERR_INVALID_ARG_TYPE The \"INSPECT_MAX_BYTES\" argument must be of type number. Received type string ('x')");
check(() => (Buffer.from('ab').inspect()), "\"<Buffer 61 62>\"");
check(() => (buffer.isUtf8(Buffer.from('\u00e9'))), "true");
check(() => (buffer.isUtf8(Buffer.from([0xff]))), "false");
check(() => (buffer.isUtf8('x')), "!TypeError ERR_INVALID_ARG_TYPE The \"input\" argument must be an instance of ArrayBuffer, Buffer, or TypedArray. Received type string ('x')");
check(() => (buffer.isUtf8(new ArrayBuffer(2))), "true");
check(() => (buffer.isUtf8(new Uint16Array([0xffff]))), "false");
check(() => (buffer.isUtf8(Buffer.alloc(0))), "true");
check(() => (buffer.isUtf8(Buffer.from([0xed, 0xa0, 0x80]))), "false");
check(() => (buffer.isUtf8(Buffer.from([0xe2, 0x82]))), "false");
check(() => (buffer.isUtf8(Buffer.from('x'.repeat(100) + '\ud83d\ude00'))), "true");
check(() => (buffer.isUtf8()), "!TypeError ERR_INVALID_ARG_TYPE The \"input\" argument must be an instance of ArrayBuffer, Buffer, or TypedArray. Received undefined");
check(() => (buffer.isAscii(Buffer.from('\u00e9'))), "false");
check(() => (buffer.isAscii(Buffer.from('abc'))), "true");
check(() => (buffer.isAscii(new DataView(new ArrayBuffer(1)))), "!TypeError ERR_INVALID_ARG_TYPE The \"input\" argument must be an instance of ArrayBuffer, Buffer, or TypedArray. Received an instance of DataView");
check(() => (buffer.isAscii(new ArrayBuffer(3))), "true");
check(() => (buffer.isAscii(Buffer.from('a'.repeat(100) + '\u0080'))), "false");
check(() => (buffer.isAscii(null)), "!TypeError ERR_INVALID_ARG_TYPE The \"input\" argument must be an instance of ArrayBuffer, Buffer, or TypedArray. Received null");
check(() => ((() => { const ab = new ArrayBuffer(2); structuredClone(ab, { transfer: [ab] }); return buffer.isUtf8(ab); })()), "!Error ERR_INVALID_STATE Cannot validate on a detached buffer");
check(() => ((() => { const ab = new ArrayBuffer(2); const u = new Uint8Array(ab); structuredClone(ab, { transfer: [ab] }); return buffer.isAscii(u); })()), "true");
check(() => (buffer.resolveObjectURL('blob:nodedata:abc')), "undefined");
check(() => (buffer.transcode(Buffer.from('h\u20acllo \u00e9'), 'utf8', 'ascii')), "<Buffer 683f6c6c6f203f>");
check(() => (buffer.transcode(Buffer.from('h\u20acllo \u00e9'), 'utf8', 'latin1')), "<Buffer 683f6c6c6f20e9>");
check(() => (buffer.transcode(Buffer.from('h\u20acllo \u00e9'), 'utf8', 'ucs2')), "<Buffer 6800ac206c006c006f002000e900>");
check(() => (buffer.transcode(Buffer.from('h\u20acllo', 'ucs2'), 'ucs2', 'utf8')), "<Buffer 68e282ac6c6c6f>");
check(() => (buffer.transcode(Buffer.from([0xe9, 0x80]), 'latin1', 'utf8')), "<Buffer c3a9c280>");
check(() => (buffer.transcode(Buffer.from([0xe9, 0x80]), 'ascii', 'utf8')), "<Buffer efbfbdefbfbd>");
check(() => (buffer.transcode(Buffer.from('abc'), 'utf8', 'hex')), "!Error U_ILLEGAL_ARGUMENT_ERROR Unable to transcode Buffer [U_ILLEGAL_ARGUMENT_ERROR]");
check(() => (buffer.transcode(Buffer.from('abc'), 'hex', 'utf8')), "!Error U_ILLEGAL_ARGUMENT_ERROR Unable to transcode Buffer [U_ILLEGAL_ARGUMENT_ERROR]");
check(() => (buffer.transcode('abc', 'utf8', 'ucs2')), "!TypeError ERR_INVALID_ARG_TYPE The \"source\" argument must be an instance of Buffer or Uint8Array. Received type string ('abc')");
check(() => (buffer.transcode(Buffer.from([0xff, 0xfe, 0x41]), 'utf8', 'ucs2')), "!Error U_INVALID_CHAR_FOUND Unable to transcode Buffer [U_INVALID_CHAR_FOUND]");
check(() => (buffer.transcode(Buffer.from('abc'), 'UTF8', 'UCS2')), "<Buffer 610062006300>");
check(() => (buffer.transcode(Buffer.from('abc'), 'binary', 'utf16le')), "<Buffer 610062006300>");
check(() => (buffer.transcode(Buffer.alloc(0), 'utf8', 'ucs2')), "<Buffer >");
check(() => (buffer.transcode(Buffer.from('\ud83d\ude00'), 'utf8', 'latin1')), "<Buffer 3f>");
check(() => (buffer.transcode(Buffer.from('\ud83d\ude00'), 'utf8', 'ascii')), "<Buffer 3f>");
check(() => (buffer.transcode(Buffer.from('abc'), 'utf8', 'utf8')), "<Buffer 616263>");
check(() => (buffer.transcode(Buffer.from('a'), 'utf8', 'nope')), "!Error U_ILLEGAL_ARGUMENT_ERROR Unable to transcode Buffer [U_ILLEGAL_ARGUMENT_ERROR]");
check(() => (buffer.transcode(new Uint8Array([65]), 'utf8', 'ucs2')), "<Buffer 4100>");
check(() => (buffer.transcode(Buffer.from([0x41, 0x00, 0x00, 0xd8]), 'ucs2', 'utf8')), "!Error U_INVALID_CHAR_FOUND Unable to transcode Buffer [U_INVALID_CHAR_FOUND]");
check(() => (buffer.transcode(Buffer.from([0x41, 0x00, 0x42]), 'ucs2', 'utf8')), "<Buffer 41>");
check(() => (buffer.transcode(Buffer.from([0x41, 0x80]), 'ascii', 'latin1')), "<Buffer 413f>");
check(() => (buffer.transcode(Buffer.from('\u0100\u0100', 'ucs2'), 'ucs2', 'latin1')), "<Buffer 3f3f>");
check(() => (buffer.transcode(Buffer.from([0xff, 0x41]), 'utf8', 'utf8')), "<Buffer efbfbd41>");
check(() => (buffer.transcode(Buffer.from([0xff, 0x41]), 'utf8', 'latin1')), "<Buffer 3f41>");
check(() => (buffer.transcode(Buffer.from('\u00e9\u20ac', 'ucs2'), 'ucs2', 'ascii')), "<Buffer 3f3f>");
check(() => (buffer.transcode(Buffer.from([0xe9, 0x41]), 'latin1', 'ascii')), "<Buffer 3f41>");
check(() => (buffer.transcode(Buffer.from([0xe9, 0x41]), 'latin1', 'ucs2')), "<Buffer e9004100>");
check(() => (buffer.transcode(Buffer.from([0xe9, 0x41]), 'ascii', 'ucs2')), "<Buffer e9004100>");
check(() => (buffer.transcode(Buffer.from([0x41, 0x00, 0x00, 0xd8]), 'ucs2', 'latin1')), "<Buffer 413f>");
check(() => (buffer.transcode(Buffer.from([0x41, 0x00, 0x00, 0xd8]), 'ucs2', 'ucs2')), "<Buffer 4100fdff>");
check(() => (buffer.transcode(Buffer.from([0xe2, 0x82]), 'utf8', 'ucs2')), "!Error U_INVALID_CHAR_FOUND Unable to transcode Buffer [U_INVALID_CHAR_FOUND]");
check(() => (buffer.transcode(Buffer.from([0xe2, 0x82]), 'utf8', 'latin1')), "<Buffer 3f>");
check(() => (buffer.transcode(Buffer.from([0xc0, 0x80]), 'utf8', 'latin1')), "<Buffer 3f3f>");
check(() => (buffer.transcode(Buffer.from('\ud83d\ude00', 'ucs2'), 'ucs2', 'latin1')), "<Buffer 3f>");
check(() => (buffer.transcode(Buffer.from([0x80, 0x41]), 'ascii', 'ascii')), "<Buffer 3f41>");
check(() => (buffer.transcode(Buffer.from('a'), 5, 'ucs2')), "!Error U_ILLEGAL_ARGUMENT_ERROR Unable to transcode Buffer [U_ILLEGAL_ARGUMENT_ERROR]");
check(() => ((() => { try { buffer.transcode(Buffer.from('a'), 'utf8', 'hex'); } catch (e) { return [e.code, e.errno, Object.keys(e)]; } })()), "[\"U_ILLEGAL_ARGUMENT_ERROR\", 1, [\"code\", \"errno\"]]");

// Globals: Buffer, Blob and File are lazy, non-enumerable properties of globalThis.
for (const name of ['Buffer', 'Blob', 'File', 'TextEncoder', 'TextDecoder']) {
  const desc = Object.getOwnPropertyDescriptor(globalThis, name);
  assert.strictEqual(desc.enumerable, false, name);
  assert.strictEqual(typeof globalThis[name], 'function', name);
}
assert.strictEqual(globalThis.Buffer, buffer.Buffer);
assert.strictEqual(globalThis.Blob, buffer.Blob);
assert.strictEqual(util.TextEncoder, globalThis.TextEncoder);

