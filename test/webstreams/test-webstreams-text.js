'use strict';
// Queuing strategies, TextEncoderStream, TextDecoderStream and the
// CompressionStream / DecompressionStream constructors.
const common = require('../common');
const assert = require('assert');
const util = require('util');
const {
  ByteLengthQueuingStrategy, CountQueuingStrategy, TextEncoderStream, TextDecoderStream, CompressionStream,
  DecompressionStream, ReadableStream, WritableStream,
} = require('stream/web');

// ---- queuing strategies
{
  const count = new CountQueuingStrategy({ highWaterMark: 3 });
  assert.strictEqual(count.highWaterMark, 3);
  assert.strictEqual(count.size(), 1);
  assert.strictEqual(count.size.name, 'size');
  assert.strictEqual(count.size, new CountQueuingStrategy({ highWaterMark: 1 }).size);
  const bytes = new ByteLengthQueuingStrategy({ highWaterMark: '8' });
  assert.strictEqual(bytes.highWaterMark, 8);
  assert.strictEqual(bytes.size(new Uint8Array(5)), 5);
  assert.strictEqual(bytes.size({ byteLength: 2 }), 2);
  assert.ok(Number.isNaN(new CountQueuingStrategy({ highWaterMark: 'x' }).highWaterMark));
  assert.deepStrictEqual(Object.keys(count), []);
  assert.strictEqual(util.inspect(count), 'CountQueuingStrategy { highWaterMark: 3 }');
  assert.strictEqual(util.inspect(bytes), 'ByteLengthQueuingStrategy { highWaterMark: 8 }');
  assert.strictEqual(Object.prototype.toString.call(count), '[object CountQueuingStrategy]');
  for (const Cls of [CountQueuingStrategy, ByteLengthQueuingStrategy]) {
    assert.throws(() => new Cls(), {
      name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
      message: 'The "init" argument must be of type object. Received undefined',
    });
    assert.throws(() => new Cls({}), {
      name: 'TypeError', code: 'ERR_MISSING_OPTION', message: 'init.highWaterMark is required',
    });
    assert.throws(() => Object.getOwnPropertyDescriptor(Cls.prototype, 'highWaterMark').get.call({}), {
      name: 'TypeError', code: 'ERR_INVALID_THIS', message: `Value of "this" must be of type ${Cls.name}`,
    });
  }
  // They drive the streams' desired sizes.
  let desired;
  new ReadableStream({ start(c) { desired = c.desiredSize; } }, new ByteLengthQueuingStrategy({ highWaterMark: 64 }));
  assert.strictEqual(desired, 64);
  const writer = new WritableStream({}, new ByteLengthQueuingStrategy({ highWaterMark: 4 })).getWriter();
  writer.write(new Uint8Array(3));
  assert.strictEqual(writer.desiredSize, 1);
}

async function pipeAll(ts, chunks) {
  const writer = ts.writable.getWriter();
  const out = [];
  const reading = (async () => {
    for await (const v of ts.readable) out.push(v);
  })();
  for (const c of chunks) writer.write(c).catch(() => {});
  writer.close().catch(() => {});
  await reading;
  return out;
}

(async () => {
  // ---- TextEncoderStream
  {
    const ts = new TextEncoderStream();
    assert.strictEqual(ts.encoding, 'utf-8');
    const out = await pipeAll(ts, ['a', '', 'é', '\uD83D', '\uDE00', 1, null]);
    assert.ok(out.every((c) => c instanceof Uint8Array));
    // Empty output is not enqueued; a surrogate pair split across chunks is joined.
    assert.deepStrictEqual(out.map((c) => [...c]),
      [[97], [195, 169], [240, 159, 152, 128], [49], [110, 117, 108, 108]]);
    // A lone high surrogate at the end becomes U+FFFD.
    const end = await pipeAll(new TextEncoderStream(), ['\uD83D']);
    assert.deepStrictEqual(end.map((c) => [...c]), [[239, 191, 189]]);
  }

  // ---- TextDecoderStream
  {
    const ts = new TextDecoderStream();
    assert.strictEqual(ts.encoding, 'utf-8');
    assert.strictEqual(ts.fatal, false);
    assert.strictEqual(ts.ignoreBOM, false);
    // A character split across chunks; a cut character at the end is U+FFFD.
    const out = await pipeAll(ts, [new Uint8Array([0xc3]), new Uint8Array([0xa9]), new Uint8Array(0),
      new Uint8Array([0xe2])]);
    assert.deepStrictEqual(out, ['é', '\ufffd']);
    assert.deepStrictEqual(await pipeAll(new TextDecoderStream(), [new Uint8Array([0xEF, 0xBB, 0xBF, 0x61])]), ['a']);
    assert.deepStrictEqual(await pipeAll(new TextDecoderStream(), [new ArrayBuffer(2), new DataView(new ArrayBuffer(1))]),
      ['\x00\x00', '\x00']);
    const le = new TextDecoderStream('utf-16le', { fatal: true, ignoreBOM: true });
    assert.deepStrictEqual([le.encoding, le.fatal, le.ignoreBOM], ['utf-16le', true, true]);
    assert.deepStrictEqual(await pipeAll(le, [new Uint8Array([0x68]), new Uint8Array([0, 0x69, 0])]), ['hi']);
    // fatal: invalid bytes error the stream.
    const fatal = new TextDecoderStream('utf-8', { fatal: true });
    await assert.rejects(pipeAll(fatal, [new Uint8Array([0xff])]), {
      name: 'TypeError', code: 'ERR_ENCODING_INVALID_ENCODED_DATA',
    });
    await assert.rejects(pipeAll(new TextDecoderStream('utf-8', { fatal: true }), [new Uint8Array([0xe2])]), {
      code: 'ERR_ENCODING_INVALID_ENCODED_DATA',
    });
    await assert.rejects(pipeAll(new TextDecoderStream(), ['abc']), {
      name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
      message: 'The "input" argument must be an instance of SharedArrayBuffer, ArrayBuffer or ArrayBufferView.',
    });
    assert.throws(() => new TextDecoderStream('nope'), {
      name: 'RangeError', code: 'ERR_ENCODING_NOT_SUPPORTED', message: 'The "nope" encoding is not supported',
    });
    assert.throws(() => new TextDecoderStream('utf8', 1), { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE' });
    assert.throws(() => Object.getOwnPropertyDescriptor(TextDecoderStream.prototype, 'readable').get.call({}), {
      name: 'TypeError', code: 'ERR_INVALID_THIS', message: 'Value of "this" must be of type TextDecoderStream',
    });
  }

  // ---- pipeThrough a text pipeline
  {
    const rs = ReadableStream.from(['héllo ', 'wörld']);
    const out = [];
    for await (const s of rs.pipeThrough(new TextEncoderStream()).pipeThrough(new TextDecoderStream())) out.push(s);
    assert.strictEqual(out.join(''), 'héllo wörld');
  }

  // ---- CompressionStream / DecompressionStream: formats are checked as in
  // Node; lode without zlib throws ERR_NOT_IMPLEMENTED for valid ones.
  for (const Cls of [CompressionStream, DecompressionStream]) {
    for (const bad of [undefined, 'GZIP', 'br']) {
      assert.throws(() => new Cls(bad), {
        name: 'TypeError', code: 'ERR_INVALID_ARG_VALUE', message: `The argument 'format' is invalid. Received ${util.inspect(bad)}`,
      });
    }
  }
  let compress;
  try {
    compress = new CompressionStream('gzip');
  } catch (err) {
    assert.ok(common.isLode);
    assert.strictEqual(err.code, 'ERR_NOT_IMPLEMENTED');
    assert.throws(() => new DecompressionStream('deflate'), { code: 'ERR_NOT_IMPLEMENTED' });
  }
  if (compress) {
    for (const format of ['gzip', 'deflate', 'deflate-raw']) {
      const text = 'compress me '.repeat(50);
      const rs = ReadableStream.from([new TextEncoder().encode(text)]);
      const out = [];
      for await (const s of rs.pipeThrough(new CompressionStream(format)).pipeThrough(new DecompressionStream(format))
        .pipeThrough(new TextDecoderStream())) {
        out.push(s);
      }
      assert.strictEqual(out.join(''), text);
    }
  }
})().then(common.mustCall());
