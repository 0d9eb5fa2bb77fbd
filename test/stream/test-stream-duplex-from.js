'use strict';
// Duplex.from(body) for every kind of body Node takes except web streams
// (test-stream-web-interop.js has those).
const common = require('../common');
const assert = require('assert');
const { Duplex, Readable, Writable, PassThrough, Stream } = require('stream');

const shape = (d) => [d.constructor.name, d.readable, d.writable, d.readableObjectMode,
  d.writableObjectMode, d.readableHighWaterMark, d.writableHighWaterMark];
const closed = (s) => new Promise((resolve) => s.on('close', resolve));

// Shapes, as Node builds them.
{
  const pt = new PassThrough();
  assert.strictEqual(Duplex.from(pt), pt);
  assert.strictEqual(Duplex.from.length, 1);
  assert.deepStrictEqual(shape(Duplex.from(new Readable({ read() {} }))),
    ['Duplexify', true, false, false, false, 16384, 16384]);
  assert.deepStrictEqual(shape(Duplex.from(new Writable({ write(c, e, cb) { cb(); } }))),
    ['Duplexify', false, true, false, false, 16384, 16384]);
  assert.deepStrictEqual(shape(Duplex.from([1, 2])), ['Duplexify', true, false, true, true, 1, 1]);
  assert.deepStrictEqual(shape(Duplex.from('abc')), ['Duplexify', true, false, true, true, 16, 16]);
  assert.deepStrictEqual(shape(Duplex.from(Buffer.from('abc'))), ['Duplexify', true, false, true, true, 16, 16]);
  assert.deepStrictEqual(shape(Duplex.from((async function*() { yield 1; })())),
    ['Duplexify', true, false, true, true, 1, 1]);
  assert.deepStrictEqual(shape(Duplex.from(Promise.resolve('v'))), ['Duplexify', true, false, true, true, 16, 16]);
  assert.deepStrictEqual(shape(Duplex.from(new Blob(['hi']))), ['Duplexify', true, false, true, true, 16, 16]);
  assert.deepStrictEqual(shape(Duplex.from(async function*(src) { for await (const c of src) yield c; })),
    ['Duplexify', true, true, true, true, 1, 1]);
  assert.deepStrictEqual(shape(Duplex.from(async function(src) { for await (const c of src); })),
    ['Duplexify', false, true, true, true, 16, 16]);
  assert.deepStrictEqual(shape(Duplex.from({
    readable: new Readable({ read() {}, objectMode: true }),
    writable: new Writable({ write(c, e, cb) { cb(); } }),
  })), ['Duplexify', true, true, true, false, 16, 16384]);
  assert.deepStrictEqual(shape(Duplex.from({ readable: [1, 2] })), ['Duplexify', true, false, true, false, 16, 16384]);
  // A legacy Stream is read through Readable.wrap (object mode).
  assert.deepStrictEqual(shape(Duplex.from(new Stream())), ['Duplexify', true, false, true, false, 16, 16384]);
}

// Bad bodies.
{
  const message = (received) => 'The "body" argument must be of type function or an instance of Blob, ' +
    'ReadableStream, WritableStream, Stream, Iterable, AsyncIterable, or Promise or { readable, writable } ' +
    `pair. Received ${received}`;
  for (const [body, received] of [[5, 'type number (5)'], [null, 'null'], [undefined, 'undefined'],
    [{}, 'an instance of Object'], [{ readable: 5 }, 'an instance of Object'], [true, 'type boolean (true)']]) {
    assert.throws(() => Duplex.from(body), { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError', message: message(received) });
  }
  assert.throws(() => Duplex.from(() => 5), {
    code: 'ERR_INVALID_RETURN_VALUE',
    message: 'Expected Iterable, AsyncIterable or AsyncFunction to be returned from the "body" function but got type number (5).',
  });
  assert.throws(() => Duplex.from(() => null), {
    code: 'ERR_INVALID_RETURN_VALUE',
    message: 'Expected Iterable, AsyncIterable or AsyncFunction to be returned from the "body" function but got null.',
  });
}

(async () => {
  // Iterables and promises are read-only sources.
  assert.deepStrictEqual(await Duplex.from([1, 2, 3]).toArray(), [1, 2, 3]);
  assert.deepStrictEqual(await Duplex.from('abc').toArray(), ['abc']);
  assert.deepStrictEqual(await Duplex.from(function*() { yield 1; yield 2; }).toArray(), [1, 2]);
  assert.deepStrictEqual(await Duplex.from(Promise.resolve('v')).toArray(), ['v']);
  assert.deepStrictEqual(await Duplex.from(Promise.resolve(null)).toArray(), []);
  {
    const d = Duplex.from(Promise.reject(new Error('pr')));
    d.on('error', common.mustCall((err) => assert.strictEqual(err.message, 'pr')));
    await closed(d);
  }
  {
    const chunks = await Duplex.from(new Blob(['hel', 'lo'])).toArray();
    assert.strictEqual(chunks.length, 1);
    assert.ok(chunks[0] instanceof ArrayBuffer);
    assert.strictEqual(Buffer.from(chunks[0]).toString(), 'hello');
  }

  // A generator function transforms what is written; a write completes once
  // the function took its chunk, after that chunk went downstream.
  {
    const events = [];
    const d = Duplex.from(async function*(source, options) {
      assert.deepStrictEqual(Object.keys(options), ['signal']);
      for await (const c of source) {
        events.push(`got ${c}`);
        yield `${c}!`;
      }
      events.push('source done');
    });
    d.on('data', (c) => events.push(`data ${c}`));
    assert.strictEqual(d.write('a', () => events.push('cb a')), false);
    d.write('b', () => events.push('cb b'));
    d.end(() => events.push('end cb'));
    await closed(d);
    assert.deepStrictEqual(events, ['got a', 'data a!', 'cb a', 'got b', 'data b!', 'cb b', 'source done', 'end cb']);
  }

  // An async function consumes; 'finish' comes once it returned.
  {
    const events = [];
    const d = Duplex.from(async function(source) {
      let s = '';
      for await (const c of source) s += c;
      events.push(`sink ${s}`);
    });
    d.on('finish', () => events.push('finish'));
    d.write('z');
    d.end('z');
    await closed(d);
    assert.deepStrictEqual(events, ['sink zz', 'finish']);
  }
  {
    const d = Duplex.from(async function(source) {
      for await (const c of source);
      return 'value';
    });
    d.on('error', common.mustCall((err) => {
      assert.strictEqual(err.code, 'ERR_INVALID_RETURN_VALUE');
      assert.strictEqual(err.message,
        'Expected nully to be returned from the "body" function but got type string (\'value\').');
    }));
    d.end('x');
    await closed(d);
  }
  {
    const d = Duplex.from(async function(source) {
      for await (const c of source) throw new Error(`rejected ${c}`);
    });
    d.on('error', common.mustCall((err) => assert.strictEqual(err.message, 'rejected q')));
    d.write('q');
    await closed(d);
  }
  // The async function's signal aborts when the Duplex is destroyed.
  {
    let signal;
    const d = Duplex.from(async function(source, options) {
      signal = options.signal;
      for await (const c of source);
    });
    d.on('error', common.mustCall((err) => assert.strictEqual(err.message, 'stop')));
    assert.strictEqual(signal.aborted, false);
    d.destroy(new Error('stop'));
    await closed(d);
    assert.strictEqual(signal.aborted, true);
  }

  // { readable, writable }: writes go to one, reads come from the other.
  {
    const got = [];
    const w = new Writable({ write(c, e, cb) { got.push(String(c)); cb(); } });
    const r = new Readable({ read() {} });
    const d = Duplex.from({ readable: r, writable: w });
    const events = [];
    for (const [name, s] of [['d', d], ['r', r], ['w', w]]) {
      for (const ev of ['finish', 'end', 'close']) s.on(ev, () => events.push(`${name} ${ev}`));
    }
    d.on('data', (c) => events.push(`data ${c}`));
    d.write('x');
    d.end('y');
    r.push('1');
    r.push(null);
    await closed(d);
    assert.deepStrictEqual(got, ['x', 'y']);
    assert.deepStrictEqual(events,
      ['data 1', 'w finish', 'r end', 'd finish', 'w close', 'd end', 'r close', 'd close']);
  }
  // destroy() aborts both sides.
  {
    const r = new Readable({ read() {} });
    const w = new Writable({ write(c, e, cb) { cb(); } });
    const d = Duplex.from({ readable: r, writable: w });
    r.on('error', common.mustCall((err) => assert.strictEqual(err.name, 'AbortError')));
    w.on('error', common.mustCall((err) => assert.strictEqual(err.name, 'AbortError')));
    d.on('error', common.mustCall((err) => assert.strictEqual(err.message, 'The operation was aborted')));
    d.destroy();
    await closed(d);
    assert.strictEqual(r.destroyed && w.destroyed, true);
  }
  // An inner error reaches the Duplex and the other side.
  {
    const r = new Readable({ read() {} });
    const w = new Writable({ write(c, e, cb) { cb(); } });
    const d = Duplex.from({ readable: r, writable: w });
    d.on('error', common.mustCall((err) => assert.strictEqual(err.message, 'w3')));
    w.destroy(new Error('w3'));
    await closed(d);
    assert.strictEqual(r.destroyed, true);
  }
  // One side done, the other still open: no close until both are.
  {
    const r = Readable.from(['z']);
    const w = new Writable({ write(c, e, cb) { cb(); } });
    const d = Duplex.from({ readable: r, writable: w });
    d.on('close', common.mustCall());
    d.resume();
    await new Promise((resolve) => d.on('end', resolve));
    await new Promise((resolve) => setImmediate(resolve));
    assert.strictEqual(d.destroyed, false);
    assert.strictEqual(d.writable, true);
    d.end();
    await closed(d);
  }
  // Non-stream halves go through Duplex.from.
  assert.deepStrictEqual(await Duplex.from({ readable: [1, 2, 3] }).toArray(), [1, 2, 3]);
  {
    const d = Duplex.from({ readable: (async function*() { yield 'k'; })(), writable: null });
    assert.strictEqual(d.writable, false);
    assert.deepStrictEqual(await d.toArray(), ['k']);
  }
  // A Writable alone.
  {
    const got = [];
    const w = new Writable({ write(c, e, cb) { got.push(String(c)); cb(); } });
    const d = Duplex.from(w);
    const events = [];
    d.on('finish', () => events.push('d finish'));
    w.on('finish', () => events.push('w finish'));
    d.end('hi');
    await closed(d);
    assert.deepStrictEqual(got, ['hi']);
    assert.deepStrictEqual(events, ['w finish', 'd finish']);
  }
  // A Readable alone.
  {
    const d = Duplex.from(Readable.from(['a', 'b'], { objectMode: true }));
    assert.deepStrictEqual(await d.toArray(), ['a', 'b']);
  }
})().then(common.mustCall());

