'use strict';
// for await over Readables, Readable.from(iterable | async iterable | string).
const assert = require('assert');
const { Readable } = require('stream');

let done = false;
process.on('exit', () => assert.strictEqual(done, true));

(async () => {
  // Sync iterable, object mode by default.
  const r1 = Readable.from([1, 2, 3]);
  assert.strictEqual(r1.readableObjectMode, true);
  const got1 = [];
  for await (const v of r1) got1.push(v);
  assert.deepStrictEqual(got1, [1, 2, 3]);
  assert.strictEqual(r1.destroyed, true);

  // Async generator.
  async function* gen() {
    yield 'a';
    await null;
    yield 'b';
  }
  const got2 = [];
  for await (const v of Readable.from(gen())) got2.push(v);
  assert.deepStrictEqual(got2, ['a', 'b']);

  // A string is one chunk, not characters.
  const got3 = [];
  for await (const v of Readable.from('hello')) got3.push(v);
  assert.deepStrictEqual(got3, ['hello']);

  // objectMode: false gives Buffers.
  const got4 = [];
  for await (const v of Readable.from(['ab', 'cd'], { objectMode: false })) got4.push(v);
  assert.ok(Buffer.isBuffer(got4[0]));
  assert.strictEqual(Buffer.concat(got4).toString(), 'abcd');

  // Iterating a pushed stream with encoding.
  const r5 = new Readable({ encoding: 'utf8', read() {} });
  setImmediate(() => { r5.push('x'); r5.push('y'); r5.push(null); });
  let s = '';
  for await (const c of r5) s += c;
  assert.strictEqual(s, 'xy');

  // break destroys the stream and stops the generator.
  let cleaned = false;
  function* inf() {
    try {
      for (let i = 0; ; i++) yield i;
    } finally {
      cleaned = true;
    }
  }
  const r6 = Readable.from(inf());
  for await (const v of r6) if (v === 2) break;
  assert.strictEqual(r6.destroyed, true);
  await new Promise((resolve) => setImmediate(resolve));
  assert.strictEqual(cleaned, true);

  // Errors surface from the loop.
  const r7 = new Readable({ read() { this.destroy(new Error('it broke')); } });
  await assert.rejects(async () => {
    for await (const v of r7) assert.fail(`unexpected ${v}`);
  }, { message: 'it broke' });

  // An error thrown by the source iterator destroys the stream.
  async function* failing() {
    yield 1;
    throw new Error('gen failed');
  }
  const r8 = Readable.from(failing());
  const errors = [];
  r8.on('error', (e) => errors.push(e.message));
  r8.resume();
  await new Promise((resolve) => r8.on('close', resolve));
  assert.deepStrictEqual(errors, ['gen failed']);

  // null in the iterable is rejected.
  const r9 = Readable.from([null]);
  await assert.rejects(async () => { for await (const v of r9) void v; }, {
    code: 'ERR_STREAM_NULL_VALUES',
  });

  assert.throws(() => Readable.from(5), { code: 'ERR_INVALID_ARG_TYPE' });
  done = true;
})().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
