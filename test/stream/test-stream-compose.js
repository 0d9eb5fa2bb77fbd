'use strict';
// stream.compose(...streams) and readable.compose(stream[, options]).
const common = require('../common');
const assert = require('assert');
const { compose, Duplex, Readable, Writable, PassThrough, Transform } = require('stream');

const nextTurns = async (n = 5) => {
  for (let i = 0; i < n; i++) await new Promise((resolve) => setImmediate(resolve));
};
const upper = async function*(source) {
  for await (const chunk of source) yield String(chunk).toUpperCase();
};

// Arguments.
assert.throws(() => compose(), {
  code: 'ERR_MISSING_ARGS', name: 'TypeError', message: 'The "streams" argument must be specified',
});
{
  const pt = new PassThrough();
  assert.strictEqual(compose(pt), pt);
  const one = compose(upper);
  assert.ok(one instanceof Duplex);
  assert.strictEqual(one.constructor.name, 'Duplexify');
}
assert.throws(() => compose(new Writable({ write(c, e, cb) { cb(); } }), new PassThrough()), {
  code: 'ERR_INVALID_ARG_VALUE', message: /^The argument 'streams\[0\]' must be readable\. Received Writable/,
});
assert.throws(() => compose(new PassThrough(), new Readable({ read() {} })), {
  code: 'ERR_INVALID_ARG_VALUE', message: /^The argument 'streams\[1\]' must be writable\. Received Readable/,
});
const bodyMessage = 'The "body" argument must be of type function or an instance of Blob, ReadableStream, ' +
  'WritableStream, Stream, Iterable, AsyncIterable, or Promise or { readable, writable } pair. ' +
  'Received type number (5)';
for (const args of [[new PassThrough(), 5], [5, new PassThrough()], [new PassThrough(), 5, new PassThrough()]]) {
  assert.throws(() => compose(...args), { code: 'ERR_INVALID_ARG_TYPE', message: bodyMessage });
}
assert.throws(() => compose(() => 5, new PassThrough()), {
  code: 'ERR_INVALID_RETURN_VALUE',
  message: 'Expected Iterable, AsyncIterable or AsyncFunction to be returned from the "body" function ' +
    'but got type number (5).',
});
assert.throws(() => compose(new PassThrough(), () => 5, new PassThrough()), {
  code: 'ERR_INVALID_RETURN_VALUE',
  message: 'Expected AsyncIterable to be returned from the "transform[0]" function but got type number (5).',
});

(async () => {
  // A generator function first, a stream last: writable in object mode (the
  // function's side), readable in byte mode (the PassThrough's).
  {
    const d = compose(upper, new PassThrough());
    assert.ok(d instanceof Duplex);
    assert.strictEqual(d.constructor.name, 'Duplex');
    assert.deepStrictEqual([d.readable, d.writable, d.readableObjectMode, d.writableObjectMode],
      [true, true, false, true]);
    d.end('abc');
    assert.strictEqual(Buffer.concat(await d.toArray()).toString(), 'ABC');
  }

  // Object modes come from the ends.
  {
    const d = compose(new Transform({ objectMode: true, transform(c, e, cb) { cb(null, c); } }),
      new PassThrough({ objectMode: true }));
    assert.deepStrictEqual([d.readableObjectMode, d.writableObjectMode], [true, true]);
  }

  // A generator between two streams.
  {
    const d = compose(new PassThrough({ objectMode: true }), async function*(source) {
      for await (const n of source) yield n * 2;
    }, new PassThrough({ objectMode: true }));
    d.write(1);
    d.write(2);
    d.end();
    assert.deepStrictEqual(await d.toArray(), [2, 4]);
  }

  // Readable only: the first stage cannot be written.
  {
    const d = compose(Readable.from(['a', 'b']), async function*(source) {
      for await (const c of source) yield `${c}!`;
    });
    assert.deepStrictEqual([d.readable, d.writable], [true, false]);
    assert.deepStrictEqual(await d.toArray(), ['a!', 'b!']);

    const d2 = compose(Readable.from(['x']), new PassThrough());
    d2.on('error', common.mustCall((err) => assert.strictEqual(err.code, 'ERR_STREAM_WRITE_AFTER_END')));
    d2.write('z');
    await new Promise((resolve) => d2.on('close', resolve));
  }

  // Non-stream stages go through Duplex.from.
  {
    const d = compose(new PassThrough(), [1, 2]);
    assert.deepStrictEqual([d.readable, d.writable], [true, true]);
    const p = compose([1, 2], new PassThrough({ objectMode: true }));
    assert.deepStrictEqual([p.readable, p.writable], [true, false]);
    assert.deepStrictEqual(await p.toArray(), [1, 2]);
  }

  // Writable only: 'finish' once the last stage has consumed everything.
  {
    const events = [];
    const d = compose(new PassThrough(), async function(source) {
      let s = '';
      for await (const c of source) s += c;
      events.push(`sink ${s}`);
    });
    assert.deepStrictEqual([d.readable, d.writable], [false, true]);
    d.on('finish', () => events.push('finish'));
    d.write('x');
    d.end('y');
    await new Promise((resolve) => d.on('close', resolve));
    assert.deepStrictEqual(events, ['sink xy', 'finish']);
  }
  {
    const got = [];
    const w = new Writable({ write(c, e, cb) { got.push(String(c)); setImmediate(cb); } });
    const d = compose(new PassThrough(), w);
    const events = [];
    w.on('finish', () => events.push('w finish'));
    d.on('finish', () => events.push('d finish'));
    d.write('1');
    d.end('2');
    await new Promise((resolve) => d.on('close', resolve));
    assert.deepStrictEqual(got, ['1', '2']);
    assert.deepStrictEqual(events, ['w finish', 'd finish']);
  }

  // Readable and writable: 'finish' waits for the last stage to end, which
  // needs a reader.
  {
    const a = new PassThrough();
    const b = new PassThrough();
    const d = compose(a, b);
    const events = [];
    for (const [name, s] of [['b', b], ['d', d]]) {
      for (const ev of ['finish', 'end', 'close']) s.on(ev, () => events.push(`${name} ${ev}`));
    }
    d.write('x');
    d.end('y');
    await nextTurns();
    assert.deepStrictEqual(events, ['b finish']);
    const chunks = [];
    d.on('data', (c) => chunks.push(c));
    await new Promise((resolve) => d.on('close', resolve));
    assert.strictEqual(Buffer.concat(chunks).toString(), 'xy');
    assert.deepStrictEqual(events, ['b finish', 'b end', 'd end', 'b close', 'd finish', 'd close']);
  }

  // Backpressure crosses the composite both ways.
  {
    const d = compose(new PassThrough({ highWaterMark: 4 }), new PassThrough({ highWaterMark: 4 }));
    const chunk = Buffer.alloc(1024, 'a');
    let written = 0;
    let ok = true;
    while (ok && written < 1000) {
      ok = d.write(chunk);
      written++;
    }
    // Nothing reads the composite, so its buffer fills up.
    assert.strictEqual(ok, false);
    let n = 0;
    d.on('data', (c) => { n += c.length; });
    await new Promise((resolve) => d.once('drain', resolve));
    d.end();
    await new Promise((resolve) => d.on('end', resolve));
    assert.strictEqual(n, written * chunk.length);
  }

  // destroy() while the stages run aborts them all.
  {
    const a = new PassThrough();
    const b = new PassThrough();
    const d = compose(a, b);
    d.on('error', common.mustCall((err) => {
      assert.strictEqual(err.name, 'AbortError');
      assert.strictEqual(err.code, 'ABORT_ERR');
    }));
    d.destroy();
    await new Promise((resolve) => d.on('close', resolve));
    assert.strictEqual(a.destroyed, true);
    assert.strictEqual(b.destroyed, true);
    assert.strictEqual(b.errored.name, 'AbortError');
  }

  // destroy(err) passes err on.
  {
    const a = new PassThrough();
    const d = compose(a, new PassThrough());
    d.on('error', common.mustCall((err) => assert.strictEqual(err.message, 'boom')));
    d.destroy(new Error('boom'));
    await new Promise((resolve) => d.on('close', resolve));
    assert.strictEqual(a.destroyed, true);
  }

  // An error inside reaches the composite and tears the rest down.
  {
    const a = new PassThrough();
    const b = new PassThrough();
    const d = compose(a, b);
    d.on('error', common.mustCall((err) => {
      assert.strictEqual(err.message, 'inner');
      assert.strictEqual(b.destroyed, true);
    }));
    a.destroy(new Error('inner'));
    await new Promise((resolve) => d.on('close', resolve));
  }

  // A stage destroyed without an error is a premature close.
  {
    const b = new PassThrough();
    const d = compose(new PassThrough(), b);
    d.on('error', common.mustCall((err) => assert.strictEqual(err.code, 'ERR_STREAM_PREMATURE_CLOSE')));
    b.destroy();
    await new Promise((resolve) => d.on('close', resolve));
  }

  // A throwing generator errors the composite.
  {
    const d = compose(async function*(source) {
      for await (const c of source) throw new Error(`gen ${c}`);
    }, new PassThrough());
    d.on('error', common.mustCall((err) => assert.strictEqual(err.message, 'gen k')));
    d.write('k');
    await new Promise((resolve) => d.on('close', resolve));
  }

  // destroy() once everything finished is a plain close.
  {
    const d = compose(new PassThrough(), new PassThrough());
    d.on('error', common.mustNotCall());
    d.resume();
    d.on('finish', common.mustCall(() => d.destroy()));
    const closed = new Promise((resolve) => d.on('close', resolve));
    d.end('x');
    await closed;
    assert.strictEqual(d.errored, null);
  }

  // readable.compose() gives a Readable of the composed output.
  {
    const r = Readable.from(['a', 'b']).compose(upper);
    assert.ok(r instanceof Readable);
    assert.ok(!(r instanceof Duplex));
    assert.deepStrictEqual(await r.toArray(), ['A', 'B']);
    assert.throws(() => Readable.from([1]).compose(Readable.from([2])), {
      code: 'ERR_INVALID_ARG_VALUE', message: /^The argument 'stream' must be writable/,
    });
    assert.throws(() => Readable.from([1]).compose(upper, 5), {
      code: 'ERR_INVALID_ARG_TYPE', message: 'The "options" argument must be of type object. Received type number (5)',
    });
    const ac = new AbortController();
    const c = Readable.from(['x']).compose(new PassThrough({ objectMode: true }), { signal: ac.signal });
    ac.abort();
    await assert.rejects(c.toArray(), { name: 'AbortError' });
  }
})().then(common.mustCall());
