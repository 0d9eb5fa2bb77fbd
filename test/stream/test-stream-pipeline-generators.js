'use strict';
// stream/promises pipeline with generator stages, async function sinks and AbortSignal.
const assert = require('assert');
const { Readable, Writable, PassThrough } = require('stream');
const { pipeline, finished } = require('stream/promises');

let done = false;
process.on('exit', () => assert.strictEqual(done, true));

(async () => {
  const out = [];
  await pipeline(
    Readable.from(['a', 'b']),
    async function* upper(src) {
      for await (const c of src) yield c.toUpperCase();
    },
    new Writable({ objectMode: true, write(c, e, cb) { out.push(c); cb(); } }),
  );
  assert.deepStrictEqual(out, ['A', 'B']);

  // An async function as the last stage: its result resolves the pipeline.
  const joined = await pipeline(Readable.from(['x', 'y']), async (src) => {
    let s = '';
    for await (const c of src) s += c;
    return s;
  });
  assert.strictEqual(joined, 'xy');

  // A generator function as the source.
  const got = [];
  await pipeline(function* () { yield 'q'; yield 'r'; }, new Writable({
    objectMode: true,
    write(c, e, cb) { got.push(c); cb(); },
  }));
  assert.deepStrictEqual(got, ['q', 'r']);

  // A failing stage rejects and destroys the source.
  const src = Readable.from(['1', '2', '3']);
  await assert.rejects(pipeline(src, async function* (s) {
    for await (const c of s) {
      if (c === '2') throw new Error('stage failed');
      yield c;
    }
  }, new PassThrough({ objectMode: true })), { message: 'stage failed' });
  assert.strictEqual(src.destroyed, true);

  // Abort through options.signal.
  const ac = new AbortController();
  const p = pipeline(new Readable({ read() {} }), new PassThrough(), { signal: ac.signal });
  ac.abort();
  await assert.rejects(p, { name: 'AbortError', code: 'ABORT_ERR' });

  const r = new Readable({ read() {} });
  const ac2 = new AbortController();
  const f = finished(r, { signal: ac2.signal });
  ac2.abort();
  await assert.rejects(f, { name: 'AbortError' });
  done = true;
})().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
