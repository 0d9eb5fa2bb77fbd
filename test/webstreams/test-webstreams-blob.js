'use strict';
// Blob.prototype.stream(): a byte stream of the blob's bytes, for default
// and BYOB readers.
const common = require('../common');
const assert = require('assert');
const { ReadableStream } = require('stream/web');

(async () => {
  const blob = new Blob(['hello ', new Uint8Array([119, 111]), 'rld']);
  const stream = blob.stream();
  assert.ok(stream instanceof ReadableStream);
  assert.strictEqual(require('util').inspect(stream),
    "ReadableStream { locked: false, state: 'readable', supportsBYOB: true }");
  const chunks = [];
  for await (const chunk of stream) {
    assert.ok(chunk instanceof Uint8Array);
    chunks.push(chunk);
  }
  assert.strictEqual(Buffer.concat(chunks).toString(), 'hello world');

  // A BYOB reader fills the views it is given.
  const reader = new Blob(['hello']).stream().getReader({ mode: 'byob' });
  const a = await reader.read(new Uint8Array(2));
  assert.deepStrictEqual([a.done, Buffer.from(a.value).toString()], [false, 'he']);
  const b = await reader.read(new Uint8Array(10));
  assert.deepStrictEqual([b.done, Buffer.from(b.value).toString()], [false, 'llo']);
  const c = await reader.read(new Uint8Array(10));
  assert.strictEqual(c.done, true);
  assert.strictEqual(c.value.byteLength, 0);

  // Large blobs arrive whole, in order; each stream starts from the beginning.
  const big = new Uint8Array(3 * 1024 * 1024 + 5);
  for (let i = 0; i < big.length; i++) big[i] = i & 0xff;
  const bigBlob = new Blob([big]);
  for (let round = 0; round < 2; round++) {
    const parts = [];
    for await (const chunk of bigBlob.stream()) parts.push(chunk);
    assert.ok(Buffer.concat(parts).equals(Buffer.from(big)));
  }

  // Slices and empty blobs.
  const sliced = [];
  for await (const chunk of blob.slice(6, 8).stream()) sliced.push(chunk);
  assert.strictEqual(Buffer.concat(sliced).toString(), 'wo');
  assert.deepStrictEqual(await new Blob([]).stream().getReader().read(), { value: undefined, done: true });

  // The stream's chunks are copies: changing them leaves the blob alone.
  const first = (await blob.stream().getReader().read()).value;
  first[0] = 0;
  assert.strictEqual(await blob.text(), 'hello world');

  // Through a pipe.
  const text = [];
  for await (const s of new Blob(['pipé']).stream().pipeThrough(new TextDecoderStream())) text.push(s);
  assert.strictEqual(text.join(''), 'pipé');

  // Canceling is fine.
  await new Blob(['x']).stream().cancel();
  assert.throws(() => Blob.prototype.stream.call({}), { name: 'TypeError', code: 'ERR_INVALID_THIS' });
})().then(common.mustCall());
