'use strict';
// Blob and File: construction, parts, type, endings, slice, text/arrayBuffer/bytes, bad input.
// Expected values were produced by Node v20 (engine-specific messages of
// plain TypeErrors/RangeErrors are compared by name only).
const assert = require('assert');


const { check, run, show } = require('../common/expect');
var { Blob, File } = require('buffer'); var util = require('util');
check(() => (new Blob(['abc', Buffer.from('de'), new Uint16Array([0x4142])]).size), "7");
check(() => (new Blob(['abc']).size), "3");
check(() => (new Blob(['abc'], { type: 'Text/Plain' }).type), "\"text/plain\"");
check(() => (new Blob(['abc'], { type: 'a\u0100' }).type), "\"\"");
check(() => (new Blob('abc')), "!TypeError ERR_INVALID_ARG_TYPE The \"sources\" argument must be a sequence. Received type string ('abc')");
check(() => (new Blob(['a\r\nb\n'], { endings: 'native' }).size), "4");
check(() => (new Blob(['a\r\nb\n']).size), "5");
check(() => (new Blob(['a'], { endings: 'bad' })), "!TypeError ERR_INVALID_ARG_VALUE The property 'options.endings' is invalid. Received 'bad'");
check(() => (Object.prototype.toString.call(new Blob([]))), "\"[object Blob]\"");
check(() => (new Blob(['\ud800']).size), "3");
check(() => (new Blob(null)), "!TypeError ERR_INVALID_ARG_TYPE The \"sources\" argument must be a sequence. Received null");
check(() => (new Blob(undefined).size), "0");
check(() => (new Blob(['a'], null).size), "1");
check(() => (new Blob(['a'], 5)), "!TypeError ERR_INVALID_ARG_TYPE The \"options\" argument must be a dictionary. Received type number (5)");
check(() => (util.inspect(new Blob(['ab'], { type: 'x' }))), "\"Blob { size: 2, type: 'x' }\"");
check(() => (new Blob([new ArrayBuffer(3)]).size), "3");
check(() => (new Blob(['abcdef']).slice(4, 2).size), "0");
check(() => (new Blob(['abcdef']).slice('1', '3').size), "2");
check(() => (Object.keys(new Blob([]))), "[]");
check(() => (new Blob({ [Symbol.iterator]: function* () { yield 'ab'; } }).size), "2");
check(() => (new Blob(['abcdef']).slice(1, 3, 'X/Y').type), "\"x/y\"");
check(() => (new Blob(['a']).slice(0, 1, 'a\u0100').type), "\"\"");
check(() => (new Blob(['abcdef']).slice(undefined, -1).size), "5");
check(() => (new Blob(['abcdef']).slice(-2).size), "2");
check(() => (new Blob(['abcdef']).slice(-10, 100).size), "6");
check(() => (Object.getOwnPropertyNames(Blob.prototype)), "[\"constructor\", \"type\", \"size\", \"slice\", \"arrayBuffer\", \"text\", \"bytes\", \"stream\"]");
check(() => (Object.getOwnPropertyNames(File.prototype)), "[\"constructor\", \"name\", \"lastModified\"]");
check(() => (new File(['a'], 'n', { lastModified: 1.9 }).lastModified), "1.9");
check(() => (new File(['a'], 'n', { lastModified: -1 }).lastModified), "-1");
check(() => (new File(['a'], 'n', { lastModified: 'x' }).lastModified), "0");
check(() => (new File(['a'], {}).name), "\"[object Object]\"");
check(() => (util.inspect(new Blob(['a']), { depth: -1 })), "\"[Blob]\"");
check(() => (util.inspect([new Blob(['a'])], { depth: 0 })), "\"[ [Blob] ]\"");
check(() => (new File(['a'], 'n', 5)), "!TypeError ERR_INVALID_ARG_TYPE The \"options\" argument must be a dictionary. Received type number (5)");
check(() => (Blob()), "!TypeError undefined", true);
check(() => (new Blob(['a'], { type: undefined }).type), "\"\"");
check(() => (new Blob(['a'], { type: null }).type), "\"null\"");
check(() => (new Blob([], { type: 'A/B; Charset=UTF-8' }).type), "\"a/b; charset=utf-8\"");
check(() => (Blob.name), "\"Blob\"");
check(() => (Blob.length), "0");
check(() => (File.length), "2");
check(() => (Object.prototype.toString.call(new File([], 'x'))), "\"[object File]\"");
check(() => (new File(['a'], 'b') instanceof Blob), "true");
check(() => (new Blob([new Blob(['abc']).slice(1)]).size), "2");
check(() => ((() => { const f = new File(['abc'], 'f.txt'); return [f.name, typeof f.lastModified, f.size, f.type]; })()), "[\"f.txt\", \"number\", 3, \"\"]");
check(() => (new File(['abc'])), "!TypeError ERR_MISSING_ARGS The \"fileBits\" and \"fileName\" arguments must be specified");
check(() => (util.inspect(new File(['ab'], 'n', { lastModified: 5, type: 'T' }))), "\"File { size: 2, type: 't', name: 'n', lastModified: 5 }\"");
check(() => (Blob.prototype.slice.call({})), "!TypeError ERR_INVALID_THIS Value of \"this\" must be of type Blob");
check(() => (Object.getOwnPropertyDescriptor(Blob.prototype, 'size').get.call({})), "!TypeError ERR_INVALID_THIS Value of \"this\" must be of type Blob");
check(() => (Object.getOwnPropertyDescriptor(File.prototype, 'name').get.call(new Blob([]))), "!TypeError undefined", true);
check(() => ((() => { const u = new Uint8Array([1, 2]); const b = new Blob([u]); u[0] = 9; return b.size; })()), "2");

(async () => {
  assert.strictEqual(await new Blob(['abcdef']).slice(1, 3).text(), 'bc');
  assert.strictEqual(await new Blob([{}]).text(), '[object Object]');
  assert.strictEqual(await new Blob([1, 2]).text(), '12');
  assert.strictEqual(await new Blob([new Uint8Array([0xff, 0x41])]).text(), '\ufffdA');
  assert.strictEqual(await new Blob([new Blob(['x']), 'y']).text(), 'xy');
  const ab = await new Blob(['abc']).arrayBuffer();
  assert.ok(ab instanceof ArrayBuffer);
  assert.deepStrictEqual([...new Uint8Array(ab)], [97, 98, 99]);
  const bytes = await new Blob(['ab']).bytes();
  assert.ok(bytes instanceof Uint8Array && !Buffer.isBuffer(bytes));
  assert.deepStrictEqual([...bytes], [97, 98]);
  const u = new Uint8Array([1, 2]);
  const b = new Blob([u]);
  u[0] = 9;
  assert.deepStrictEqual([...new Uint8Array(await b.arrayBuffer())], [1, 2]);
  await assert.rejects(Blob.prototype.text.call({}), { code: 'ERR_INVALID_THIS' });
  await assert.rejects(Blob.prototype.arrayBuffer.call({}), { code: 'ERR_INVALID_THIS' });
  const f = new File(['x'], 'n.txt', { type: 'text/plain', lastModified: 42 });
  assert.strictEqual(await f.text(), 'x');
  assert.strictEqual(f.lastModified, 42);
})().then(() => {}, (err) => { process.exitCode = 1; console.error(err); });

