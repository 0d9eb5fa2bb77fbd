'use strict';
// Readable encodings: setEncoding, encoding option, multi-byte characters split across chunks.
const assert = require('assert');
const { Readable } = require('stream');

{
  const r = new Readable({ read() {} });
  assert.strictEqual(r.setEncoding('utf8'), r);
  assert.strictEqual(r.readableEncoding, 'utf8');
  const euro = Buffer.from('€');
  r.push(euro.subarray(0, 1));
  r.push(euro.subarray(1));
  r.push(null);
  const out = [];
  r.on('data', (c) => out.push(c));
  r.on('end', () => assert.deepStrictEqual(out, ['€']));
}

{
  const r = new Readable({ encoding: 'hex', read() {} });
  r.push(Buffer.from([1, 255]));
  assert.strictEqual(r.readableLength, 4);
  assert.strictEqual(r.read(), '01ff');
}

// setEncoding re-decodes data already buffered.
{
  const r = new Readable({ read() {} });
  r.push('abc');
  r.setEncoding('base64');
  assert.strictEqual(r.read(), 'YWJj');
}

// Pushing a string with its own encoding.
{
  const r = new Readable({ read() {} });
  r.push('6869', 'hex');
  assert.strictEqual(r.read().toString(), 'hi');
}

// read(n) counts characters once an encoding is set.
{
  const r = new Readable({ encoding: 'utf8', read() {} });
  r.push('h\u00e9llo');
  assert.strictEqual(r.readableLength, 5);
  assert.strictEqual(r.read(2), 'h\u00e9');
  r.push(null);
  assert.strictEqual(r.read(), 'llo');
}

// Typed arrays are pushed as bytes.
{
  const r = new Readable({ read() {} });
  r.push(new Uint16Array([1, 2]));
  assert.deepStrictEqual([...r.read()], [1, 0, 2, 0]);
}
