'use strict';
// node:stream/consumers: arrayBuffer, blob, buffer, json, text.
const common = require('../common');
const assert = require('assert');
const { Readable, PassThrough } = require('stream');
const consumers = require('stream/consumers');
const { arrayBuffer, blob, buffer, json, text } = consumers;

assert.strictEqual(require('node:stream/consumers'), consumers);
assert.deepStrictEqual(Object.keys(consumers).sort(), ['arrayBuffer', 'blob', 'buffer', 'json', 'text']);
assert.strictEqual(text.length, 1);

// Mixed chunks: a Buffer, a string, a Uint8Array.
const mixed = () => Readable.from([Buffer.from('{"a":'), '1', new Uint8Array([125])]);

(async () => {
  assert.strictEqual(await text(mixed()), '{"a":1}');
  assert.deepStrictEqual(await json(mixed()), { a: 1 });
  {
    const b = await buffer(mixed());
    assert.ok(Buffer.isBuffer(b));
    assert.strictEqual(b.toString(), '{"a":1}');
  }
  {
    const ab = await arrayBuffer(mixed());
    assert.ok(ab instanceof ArrayBuffer);
    assert.strictEqual(Buffer.from(ab).toString(), '{"a":1}');
  }
  {
    const bl = await blob(mixed());
    assert.ok(bl instanceof Blob);
    assert.strictEqual(bl.size, 7);
    assert.strictEqual(bl.type, '');
    assert.strictEqual(await bl.text(), '{"a":1}');
  }

  // A character split between chunks.
  {
    const euro = Buffer.from('€');
    assert.strictEqual(await text(Readable.from([euro.subarray(0, 1), euro.subarray(1, 2), euro.subarray(2)])), '€');
  }
  // Any async iterable, and any view of bytes.
  assert.strictEqual(await text((async function*() {
    yield 'x';
    yield new Uint16Array([0x6968]);
    yield new DataView(new Uint8Array([0x21]).buffer);
  })()), 'xhi!');
  assert.strictEqual(await text([Buffer.from('arr')]), 'arr');
  // A stream with an encoding gives strings.
  {
    const r = new Readable({ read() {} });
    r.setEncoding('hex');
    r.push('hi');
    r.push(null);
    assert.strictEqual(await text(r), '6869');
  }
  // Empty.
  assert.strictEqual(await text(Readable.from([])), '');
  assert.strictEqual((await buffer(Readable.from([]))).length, 0);

  // Blob-based consumers stringify other values, as new Blob() does; text
  // takes bytes or strings only.
  assert.strictEqual((await buffer(Readable.from([1, { a: 1 }]))).toString(), '1[object Object]');
  await assert.rejects(text(Readable.from([1])), { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE' });
  await assert.rejects(json(Readable.from(['{bad'])), { name: 'SyntaxError' });

  // Not iterable.
  for (const bad of [5, {}, undefined]) {
    await assert.rejects(text(bad), TypeError);
    await assert.rejects(blob(bad), TypeError);
  }

  // A stream that errors rejects with its error.
  {
    const r = new PassThrough();
    const p = text(r);
    r.write('a');
    r.destroy(new Error('boom'));
    await assert.rejects(p, { message: 'boom' });
  }

  // Web ReadableStreams are async iterables too.
  let ReadableStream;
  try {
    ({ ReadableStream } = require('stream/web'));
    new ReadableStream();
  } catch {
    ReadableStream = undefined;
  }
  if (ReadableStream) {
    const rs = new ReadableStream({
      start(c) {
        c.enqueue(new TextEncoder().encode('he'));
        c.enqueue('llo');
        c.close();
      },
    });
    assert.strictEqual(await text(rs), 'hello');
    const rs2 = new ReadableStream({ start(c) { c.enqueue(new Uint8Array([1, 2])); c.close(); } });
    assert.deepStrictEqual([...await buffer(rs2)], [1, 2]);
  } else {
    console.log('web streams not available: ReadableStream cases skipped');
  }
})().then(common.mustCall());
