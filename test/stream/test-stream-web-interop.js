'use strict';
// Web streams in Duplex.from, compose, pipeline and fromWeb/toWeb, through
// lib/internal/webstreams/adapters.js (without it, Duplex.from says
// ERR_NOT_IMPLEMENTED and the cases are skipped).
const common = require('../common');
const assert = require('assert');
const { Duplex, Readable, Writable, PassThrough, compose, pipeline } = require('stream');

let web;
try {
  web = require('stream/web');
  new web.ReadableStream(); // lode's placeholder module throws here
} catch {
  web = null;
}
let adapters = !!web;
if (web) {
  try {
    Duplex.from(new web.ReadableStream());
  } catch (err) {
    assert.strictEqual(err.code, 'ERR_NOT_IMPLEMENTED');
    adapters = false;
  }
}

if (!adapters) {
  console.log('web stream adapters not available: skipped');
} else {
  const { ReadableStream, WritableStream, TransformStream } = web;
  const strings = (...chunks) => new ReadableStream({
    start(c) {
      for (const chunk of chunks) c.enqueue(chunk);
      c.close();
    },
  });
  const turn = () => new Promise((resolve) => setImmediate(resolve));
  const shape = (d) => [d.constructor.name, d.readable, d.writable, d.readableObjectMode, d.writableObjectMode];

  (async () => {
    // A ReadableStream: readable only, byte mode.
    {
      const d = Duplex.from(strings('a', 'b'));
      assert.deepStrictEqual(shape(d), ['Duplexify', true, false, false, false]);
      assert.deepStrictEqual((await d.toArray()).map(String), ['a', 'b']);
    }
    // A WritableStream: writable only.
    {
      const got = [];
      const d = Duplex.from(new WritableStream({ write(c) { got.push(c); } }));
      assert.deepStrictEqual(shape(d), ['Duplexify', false, true, false, false]);
      d.end('q');
      await new Promise((resolve) => d.on('finish', resolve));
      assert.deepStrictEqual(got.map(String), ['q']);
    }
    // A TransformStream, or any { readable, writable } pair of web streams.
    {
      const d = Duplex.from(new TransformStream({
        transform(c, controller) { controller.enqueue(String(c).toUpperCase()); },
      }));
      assert.deepStrictEqual(shape(d), ['Duplex', true, true, false, false]);
      d.end('low');
      assert.strictEqual(Buffer.concat(await d.toArray()).toString(), 'LOW');
      const ts = new TransformStream();
      assert.strictEqual(Duplex.from({ readable: ts.readable, writable: ts.writable }).constructor.name, 'Duplex');
    }

    // compose: web stages in either place.
    {
      const c = compose(new PassThrough(), new TransformStream({
        transform(chunk, controller) { controller.enqueue(`${chunk}!`); },
      }));
      assert.deepStrictEqual([c.readable, c.writable, c.readableObjectMode], [true, true, false]);
      c.end('k');
      assert.strictEqual(Buffer.concat(await c.toArray()).toString(), 'k!');
      const c2 = compose(strings('x'), new PassThrough({ objectMode: true }));
      assert.deepStrictEqual([c2.readable, c2.writable], [true, false]);
      assert.deepStrictEqual(await c2.toArray(), ['x']);
      assert.throws(() => compose(new WritableStream(), new PassThrough()), {
        code: 'ERR_INVALID_ARG_VALUE', message: /^The argument 'streams\[0\]' must be readable/,
      });
    }

    // pipeline: chunks pass through unchanged; a WritableStream last is a
    // stream, not the options object.
    {
      const got = [];
      await require('stream/promises').pipeline(strings('a', 'b'), new PassThrough({ objectMode: true }),
        new WritableStream({ write(c) { got.push(c); } }));
      assert.deepStrictEqual(got, ['a', 'b']);
      const got2 = [];
      await require('stream/promises').pipeline(Readable.from(['x', 'y']),
        new TransformStream({ transform(c, controller) { controller.enqueue(`${c}!`); } }),
        new WritableStream({ write(c) { got2.push(c); } }));
      assert.deepStrictEqual(got2, ['x!', 'y!']);
      await new Promise((resolve) => {
        pipeline(strings('m'), new PassThrough(), common.mustCall((err) => {
          assert.ifError(err);
          resolve();
        })).resume();
      });
    }

    // fromWeb helpers.
    {
      const r = Readable.fromWeb(strings('z'), { objectMode: true });
      assert.deepStrictEqual(await r.toArray(), ['z']);
      const got = [];
      const w = Writable.fromWeb(new WritableStream({ write(c) { got.push(c); } }));
      w.end('q');
      await new Promise((resolve) => w.on('finish', resolve));
      assert.deepStrictEqual(got.map(String), ['q']);
      const d = Duplex.fromWeb(new TransformStream(), { objectMode: true });
      d.end('t');
      assert.deepStrictEqual(await d.toArray(), ['t']);
    }

    // State helpers and addAbortSignal on web streams.
    {
      const { isDisturbed, isErrored, isReadable, addAbortSignal } = require('stream');
      const rs = strings('a');
      assert.deepStrictEqual([isDisturbed(rs), isErrored(rs), isReadable(rs)], [false, false, true]);
      await rs.getReader().read();
      // Read, and closed: its only chunk was taken.
      assert.deepStrictEqual([isDisturbed(rs), isReadable(rs)], [true, false]);
      const more = new ReadableStream({ start(c) { c.enqueue(1); c.enqueue(2); } });
      await more.getReader().read();
      assert.deepStrictEqual([isDisturbed(more), isReadable(more)], [true, true]);
      const errored = new ReadableStream({ start(c) { c.error(new Error('x')); } });
      await turn();
      assert.deepStrictEqual([isErrored(errored), isReadable(errored)], [true, false]);

      const ac = new AbortController();
      const open = new ReadableStream({ start(c) { c.enqueue('a'); } });
      assert.strictEqual(addAbortSignal(ac.signal, open), open);
      const r2 = open.getReader();
      assert.deepStrictEqual(await r2.read(), { value: 'a', done: false });
      const pending = r2.read();
      ac.abort('R');
      await assert.rejects(pending, (err) => err.name === 'AbortError' && err.cause === 'R');
      const ac2 = new AbortController();
      ac2.abort();
      const ws = new WritableStream();
      addAbortSignal(ac2.signal, ws);
      await assert.rejects(ws.getWriter().write('x'), { name: 'AbortError' });
      assert.throws(() => addAbortSignal(new AbortController().signal, new TransformStream()), {
        code: 'ERR_INVALID_ARG_TYPE',
      });
    }

    // toWeb helpers.
    {
      const { text } = require('stream/consumers');
      const rs = Readable.toWeb(Readable.from(['a', 'b']));
      assert.ok(rs instanceof ReadableStream);
      assert.strictEqual(await text(rs), 'ab');
      const got = [];
      const ws = Writable.toWeb(new Writable({ write(c, e, cb) { got.push(String(c)); cb(); } }));
      assert.ok(ws instanceof WritableStream);
      const writer = ws.getWriter();
      await writer.write(new Uint8Array([104, 105]));
      await writer.close();
      assert.deepStrictEqual(got, ['hi']);
      const pair = Duplex.toWeb(new PassThrough());
      assert.ok(pair.readable instanceof ReadableStream);
      const w2 = pair.writable.getWriter();
      w2.write(new Uint8Array([65]));
      w2.close();
      assert.strictEqual(await text(pair.readable), 'A');
    }
  })().then(common.mustCall());
}
