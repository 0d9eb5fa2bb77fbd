'use strict';
// TextEncoder (encode, encodeInto) and TextDecoder (labels, BOM, fatal, streaming, utf-8/utf-16le/utf-16be/latin1).
// Expected values were produced by Node v20 (engine-specific messages of
// plain TypeErrors/RangeErrors are compared by name only).
const assert = require('assert');


const { check, run, show } = require('../common/expect');

check(() => (new TextEncoder().encoding), "\"utf-8\"");
check(() => (new TextEncoder().encode('h\u20ac\ud800')), "<Uint8Array 68e282acefbfbd>");
check(() => (new TextEncoder().encode()), "<Uint8Array >");
check(() => (new TextEncoder().encode(5)), "<Uint8Array 35>");
check(() => (new TextEncoder().encode(null)), "<Uint8Array 6e756c6c>");
check(() => (new TextEncoder().encode({ toString() { return 'x'; } })), "<Uint8Array 78>");
check(() => (new TextEncoder().encode('x'.repeat(40) + '\u00e9')), "<Uint8Array 78787878787878787878787878787878787878787878787878787878787878787878787878787878c3a9>");
check(() => ((() => { const u = new Uint8Array(4); return [new TextEncoder().encodeInto('a\u20acb', u), u]; })()), "[{read: 2, written: 4}, <Uint8Array 61e282ac>]");
check(() => ((() => { const u = new Uint8Array(5); return [new TextEncoder().encodeInto('\ud83d\ude00\ud83d\ude00', u), u]; })()), "[{read: 2, written: 4}, <Uint8Array f09f988000>]");
check(() => (new TextEncoder().encodeInto('a', new Uint16Array(2))), "!TypeError ERR_INVALID_ARG_TYPE The \"dest\" argument must be an instance of Uint8Array. Received an instance of Uint16Array");
check(() => (new TextEncoder().encodeInto('a')), "!TypeError ERR_INVALID_ARG_TYPE The \"dest\" argument must be an instance of Uint8Array. Received undefined");
check(() => (new TextEncoder().encodeInto(5, new Uint8Array(2))), "!TypeError ERR_INVALID_ARG_TYPE The \"src\" argument must be of type string. Received type number (5)");
check(() => (new TextEncoder().encodeInto('\ud800', new Uint8Array(2))), "{read: 0, written: 0}");
check(() => (new TextEncoder().encodeInto('\ud800', new Uint8Array(3))), "{read: 1, written: 3}");
check(() => (new TextEncoder().encodeInto('abc', new Uint8Array(new SharedArrayBuffer(4)))), "{read: 3, written: 3}");
check(() => (new TextEncoder().encodeInto('', new Uint8Array(0))), "{read: 0, written: 0}");
check(() => ((() => { const u = Buffer.alloc(6, '.'); return [new TextEncoder().encodeInto('xyz', u.subarray(2)), u]; })()), "[{read: 3, written: 3}, <Buffer 2e2e78797a2e>]");
check(() => (require('util').inspect(new TextEncoder())), "\"{ encoding: 'utf-8' }\"");
check(() => (Object.getOwnPropertyNames(TextEncoder.prototype)), "[\"constructor\", \"encoding\", \"encode\", \"encodeInto\"]");
check(() => (new TextEncoder().encode('abc').constructor.name), "\"Uint8Array\"");
check(() => (TextEncoder.prototype.encode.call({}, 'a')), "!TypeError ERR_INVALID_THIS Value of \"this\" must be of type TextEncoder");
check(() => (Object.getOwnPropertyDescriptor(TextEncoder.prototype, 'encoding').get.call({})), "!TypeError ERR_INVALID_THIS Value of \"this\" must be of type TextEncoder");
check(() => (TextEncoder.prototype.encodeInto.call({}, 'a', new Uint8Array(1))), "!TypeError ERR_INVALID_THIS Value of \"this\" must be of type TextEncoder");
check(() => (Object.prototype.toString.call(new TextEncoder())), "\"[object TextEncoder]\"");
check(() => (new TextDecoder().encoding), "\"utf-8\"");
check(() => ([new TextDecoder().fatal, new TextDecoder().ignoreBOM]), "[false, false]");
check(() => ((() => { const r = new TextDecoder().decode(Buffer.from([0xef, 0xbb, 0xbf, 0x41, 0xff])); return typeof r === 'string' ? [...r].map((c) => c.codePointAt(0).toString(16)).join(' ') : r; })()), "\"41 fffd\"");
check(() => ((() => { const r = new TextDecoder('utf-8', { ignoreBOM: true }).decode(Buffer.from([0xef, 0xbb, 0xbf, 0x41])); return typeof r === 'string' ? [...r].map((c) => c.codePointAt(0).toString(16)).join(' ') : r; })()), "\"feff 41\"");
check(() => (new TextDecoder('utf-8', { fatal: true }).decode(Buffer.from([0x41, 0xff]))), "!TypeError ERR_ENCODING_INVALID_ENCODED_DATA The encoded data was not valid for encoding utf-8");
check(() => (new TextDecoder('foo')), "!RangeError ERR_ENCODING_NOT_SUPPORTED The \"foo\" encoding is not supported");
check(() => (new TextDecoder('latin1').encoding), "\"windows-1252\"");
check(() => ((() => { const r = new TextDecoder('latin1').decode(Buffer.from([0x80, 0x9f, 0xe9, 0x81, 0x41])); return typeof r === 'string' ? [...r].map((c) => c.codePointAt(0).toString(16)).join(' ') : r; })()), "\"80 9f e9 81 41\"");
check(() => ((() => { const r = new TextDecoder('utf-16le').decode(Buffer.from([0x41, 0, 0x42])); return typeof r === 'string' ? [...r].map((c) => c.codePointAt(0).toString(16)).join(' ') : r; })()), "\"41 fffd\"");
check(() => ((() => { const r = new TextDecoder('utf-16be').decode(Buffer.from([0, 0x41])); return typeof r === 'string' ? [...r].map((c) => c.codePointAt(0).toString(16)).join(' ') : r; })()), "\"41\"");
check(() => (new TextDecoder(' UTF8 ').encoding), "\"utf-8\"");
check(() => (new TextDecoder('unicode-1-1-utf-8').encoding), "\"utf-8\"");
check(() => (new TextDecoder('ascii').encoding), "\"windows-1252\"");
check(() => (new TextDecoder('utf-16').encoding), "\"utf-16le\"");
check(() => (new TextDecoder('ucs-2').encoding), "\"utf-16le\"");
check(() => (new TextDecoder('UTF-16BE').encoding), "\"utf-16be\"");
check(() => (new TextDecoder('\t\nutf-8\f\r ').encoding), "\"utf-8\"");
check(() => (new TextDecoder('utf\u00a08').encoding), "!RangeError ERR_ENCODING_NOT_SUPPORTED The \"utf 8\" encoding is not supported");
check(() => (new TextDecoder().decode()), "\"\"");
check(() => ((() => { const r = new TextDecoder().decode(new ArrayBuffer(2)); return typeof r === 'string' ? [...r].map((c) => c.codePointAt(0).toString(16)).join(' ') : r; })()), "\"0 0\"");
check(() => (new TextDecoder().decode('abc')), "!TypeError ERR_INVALID_ARG_TYPE The \"list\" argument must be an instance of SharedArrayBuffer, ArrayBuffer or ArrayBufferView.");
check(() => (new TextDecoder().decode(new DataView(new Uint8Array([0x41, 0x42]).buffer, 1))), "\"B\"");
check(() => (new TextDecoder().decode(null)), "!TypeError ERR_INVALID_ARG_TYPE The \"list\" argument must be an instance of SharedArrayBuffer, ArrayBuffer or ArrayBufferView.");
check(() => (new TextDecoder().decode(Buffer.from('a'), 5)), "\"a\"");
check(() => (new TextDecoder().decode(Buffer.from('a'), null)), "\"a\"");
check(() => (new TextDecoder().decode(new Uint16Array([0x4241]))), "\"AB\"");
check(() => (new TextDecoder().decode(new SharedArrayBuffer(1)).length), "1");
check(() => ((() => { const d = new TextDecoder(); return [d.decode(Buffer.from([0xe2, 0x82]), { stream: true }), d.decode(Buffer.from([0xac]))]; })()), "[\"\", \"€\"]");
check(() => ((() => { const r = (() => { const d = new TextDecoder(); return d.decode(Buffer.from([0xe2, 0x82]), { stream: true }) + '|' + d.decode(); })(); return typeof r === 'string' ? [...r].map((c) => c.codePointAt(0).toString(16)).join(' ') : r; })()), "\"7c fffd\"");
check(() => ((() => { const d = new TextDecoder(); return [d.decode(Buffer.from([0xef, 0xbb]), { stream: true }), d.decode(Buffer.from([0xbf, 0x41]))]; })()), "[\"\", \"A\"]");
check(() => ((() => { const r = (() => { const d = new TextDecoder(); return d.decode(Buffer.from([0xef, 0xbb, 0xbf, 0x41])) + d.decode(Buffer.from([0xef, 0xbb, 0xbf, 0x42])); })(); return typeof r === 'string' ? [...r].map((c) => c.codePointAt(0).toString(16)).join(' ') : r; })()), "\"41 42\"");
check(() => ((() => { const r = (() => { const d = new TextDecoder(); return d.decode(Buffer.from([0xef, 0xbb, 0xbf, 0x41]), { stream: true }) + d.decode(Buffer.from([0xef, 0xbb, 0xbf, 0x42])); })(); return typeof r === 'string' ? [...r].map((c) => c.codePointAt(0).toString(16)).join(' ') : r; })()), "\"41 feff 42\"");
check(() => (require('util').inspect(new TextDecoder())), "\"TextDecoder { encoding: 'utf-8', fatal: false, ignoreBOM: false }\"");
check(() => (require('util').inspect(new TextDecoder('utf-16le', { fatal: true }))), "\"TextDecoder { encoding: 'utf-16le', fatal: true, ignoreBOM: false }\"");
check(() => (new TextDecoder('utf-8', 5)), "!TypeError ERR_INVALID_ARG_TYPE The \"options\" argument must be of type object. Received type number (5)");
check(() => (new TextDecoder('utf-8', null).encoding), "\"utf-8\"");
check(() => (new TextDecoder(undefined).encoding), "\"utf-8\"");
check(() => (new TextDecoder(null)), "!RangeError ERR_ENCODING_NOT_SUPPORTED The \"null\" encoding is not supported");
check(() => (new TextDecoder('utf-16le', { fatal: true }).decode(Buffer.from([0x00, 0xd8]))), "!TypeError ERR_ENCODING_INVALID_ENCODED_DATA The encoded data was not valid for encoding utf-16le");
check(() => ((() => { const r = new TextDecoder('utf-16le').decode(Buffer.from([0x00, 0xd8, 0x41, 0x00])); return typeof r === 'string' ? [...r].map((c) => c.codePointAt(0).toString(16)).join(' ') : r; })()), "\"fffd 41\"");
check(() => ((() => { const r = new TextDecoder('utf-16le').decode(Buffer.from([0xff, 0xfe, 0x41, 0x00])); return typeof r === 'string' ? [...r].map((c) => c.codePointAt(0).toString(16)).join(' ') : r; })()), "\"41\"");
check(() => ((() => { const r = new TextDecoder('utf-16be').decode(Buffer.from([0xfe, 0xff, 0, 0x41, 0xd8])); return typeof r === 'string' ? [...r].map((c) => c.codePointAt(0).toString(16)).join(' ') : r; })()), "\"41 fffd\"");
check(() => ((() => { const r = new TextDecoder('windows-1252').decode(Buffer.from([0x80, 0x81, 0x41, 0x8d, 0x90, 0x9d])); return typeof r === 'string' ? [...r].map((c) => c.codePointAt(0).toString(16)).join(' ') : r; })()), "\"80 81 41 8d 90 9d\"");
check(() => (Object.getOwnPropertyNames(TextDecoder.prototype)), "[\"constructor\", \"decode\", \"encoding\", \"fatal\", \"ignoreBOM\"]");
check(() => ((() => { const d = new TextDecoder('utf-8', { fatal: true }); try { d.decode(Buffer.from([0xe2, 0x82]), { stream: true }); return d.decode(Buffer.from([0x41])); } catch (e) { return e.message; } })()), "\"The encoded data was not valid for encoding utf-8\"");
check(() => ((() => { const d = new TextDecoder('utf-8', { fatal: true }); try { d.decode(Buffer.from([0xff])); } catch {} return d.decode(Buffer.from([0x41])); })()), "\"A\"");
check(() => (new TextDecoder('utf-16le').decode(Buffer.from([0x3d, 0xd8]), { stream: true })), "\"\"");
check(() => ((() => { const r = (() => { const d = new TextDecoder('utf-16le'); return d.decode(Buffer.from([0x3d, 0xd8, 0x00]), { stream: true }) + '|' + d.decode(Buffer.from([0xde])); })(); return typeof r === 'string' ? [...r].map((c) => c.codePointAt(0).toString(16)).join(' ') : r; })()), "\"7c 1f600\"");
check(() => ((() => { const r = (() => { const d = new TextDecoder('utf-16be'); return d.decode(Buffer.from([0xd8, 0x3d, 0xde]), { stream: true }) + '|' + d.decode(Buffer.from([0x00])); })(); return typeof r === 'string' ? [...r].map((c) => c.codePointAt(0).toString(16)).join(' ') : r; })()), "\"7c 1f600\"");
check(() => (new TextDecoder('utf-16le', { fatal: true }).decode(Buffer.from([0x41]))), "!TypeError ERR_ENCODING_INVALID_ENCODED_DATA The encoded data was not valid for encoding utf-16le");
check(() => (new TextDecoder('utf-8', { fatal: 1, ignoreBOM: 'x' }).fatal), "true");
check(() => (TextDecoder.prototype.decode.call({})), "!TypeError ERR_INVALID_THIS Value of \"this\" must be of type TextDecoder");
check(() => (Object.getOwnPropertyDescriptor(TextDecoder.prototype, 'encoding').get.call({})), "!TypeError ERR_INVALID_THIS Value of \"this\" must be of type TextDecoder");
check(() => ((() => { const r = (() => { const d = new TextDecoder('latin1'); return d.decode(Buffer.from([0x80])) + d.decode(Buffer.from([0x80]), { stream: true }) + d.decode(Buffer.from([0x80])); })(); return typeof r === 'string' ? [...r].map((c) => c.codePointAt(0).toString(16)).join(' ') : r; })()), "\"80 20ac 20ac\"");
check(() => ((() => { const r = (() => { const d = new TextDecoder('latin1'); return d.decode(Buffer.from([]), { stream: true }) + d.decode(Buffer.from([0x80, 0x9f])); })(); return typeof r === 'string' ? [...r].map((c) => c.codePointAt(0).toString(16)).join(' ') : r; })()), "\"20ac 178\"");
check(() => ((() => { const r = new TextDecoder('latin1').decode(Buffer.from([0xef, 0xbb, 0xbf, 0x41]), { stream: true }); return typeof r === 'string' ? [...r].map((c) => c.codePointAt(0).toString(16)).join(' ') : r; })()), "\"ef bb bf 41\"");
check(() => (new TextDecoder().decode(Buffer.from('h\u00e9llo w\u00f6rld \u20ac'.repeat(100))).length), "1300");
check(() => (Object.prototype.toString.call(new TextDecoder())), "\"[object TextDecoder]\"");

// Streaming in every chunk size gives the same text as one call.
const text = 'a\u00e9\u20ac\ud83d\ude00z'.repeat(20);
const bytes = Buffer.from(text);
const le = Buffer.from(text, 'utf16le');
for (let size = 1; size <= 7; size++) {
  const d8 = new TextDecoder();
  const d16 = new TextDecoder('utf-16le');
  let out8 = '';
  let out16 = '';
  for (let i = 0; i < bytes.length; i += size) out8 += d8.decode(bytes.subarray(i, i + size), { stream: true });
  for (let i = 0; i < le.length; i += size) out16 += d16.decode(le.subarray(i, i + size), { stream: true });
  out8 += d8.decode();
  out16 += d16.decode();
  assert.strictEqual(out8, text, 'utf-8 chunk ' + size);
  assert.strictEqual(out16, text, 'utf-16le chunk ' + size);
}

