'use strict';
// zlib streams: flush() kinds (Z_SYNC_FLUSH makes everything written so far
// decodable), params() mid-stream, dictionaries, concatenated gzip members
// (Gunzip reads them all; zero padding ends; Unzip detects from one byte at
// a time), info: true, maxOutputLength, bytesWritten, reset(), close() with
// a write in flight, backpressure, finishFlush, and the events' order.
const assert = require('assert');
const zlib = require('zlib');
const { pipeline, Readable, Writable } = require('stream');
const common = require('../common');

const { mustCall, mustNotCall } = common;

const { Z_SYNC_FLUSH, Z_FULL_FLUSH, Z_PARTIAL_FLUSH, Z_BLOCK, Z_NO_FLUSH } = zlib.constants;

// Collects a stream's output; next(buffer) at 'end'.
function collect(stream, next) {
  const parts = [];
  stream.on('data', (c) => parts.push(c));
  stream.on('end', mustCall(() => next(Buffer.concat(parts))));
}

// ---- flush: output so far decodes, for each flush kind ----
for (const kind of [Z_SYNC_FLUSH, Z_FULL_FLUSH, undefined]) {
  const d = zlib.createDeflate();
  const parts = [];
  d.on('data', (c) => parts.push(c));
  d.write('hello ');
  const flushed = mustCall(() => {
    // Decodes without the end of the stream.
    const sofar = zlib.inflateSync(Buffer.concat(parts), { finishFlush: Z_SYNC_FLUSH });
    assert.strictEqual(sofar.toString(), 'hello ');
    d.end('world');
  });
  if (kind === undefined) d.flush(flushed); // the default: Z_FULL_FLUSH
  else d.flush(kind, flushed);
  d.on('end', mustCall(() => assert.strictEqual(zlib.inflateSync(Buffer.concat(parts)).toString(), 'hello world')));
}
// flush(cb) with only a callback; Z_PARTIAL_FLUSH and Z_BLOCK also go through.
for (const kind of [Z_PARTIAL_FLUSH, Z_BLOCK]) {
  const d = zlib.createDeflateRaw();
  collect(d, (all) => assert.strictEqual(zlib.inflateRawSync(all).toString(), 'ab'));
  d.write('a');
  d.flush(kind, mustCall(() => d.end('b')));
}
// Brotli flush.
{
  const b = zlib.createBrotliCompress();
  const parts = [];
  b.on('data', (c) => parts.push(c));
  b.write('brotli data ');
  b.flush(mustCall(() => {
    const sofar = zlib.brotliDecompressSync(Buffer.concat(parts),
      { finishFlush: zlib.constants.BROTLI_OPERATION_FLUSH });
    assert.strictEqual(sofar.toString(), 'brotli data ');
    b.end('more');
  }));
  b.on('end', mustCall(() => assert.strictEqual(zlib.brotliDecompressSync(Buffer.concat(parts)).toString(), 'brotli data more')));
}
// Inflate that is fed a sync-flushed prefix gives its data before the end.
{
  const d = zlib.createDeflate();
  const inf = zlib.createInflate();
  d.pipe(inf);
  inf.once('data', mustCall((c) => {
    assert.strictEqual(c.toString(), 'first');
    d.end('second');
  }));
  collect(inf, (all) => assert.strictEqual(all.toString(), 'firstsecond'));
  d.write('first');
  d.flush(Z_SYNC_FLUSH);
}
// flush after end: after 'end'; after finish: on the next tick.
{
  const d = zlib.createGzip();
  d.resume();
  d.end('x');
  let ended = false;
  d.on('end', () => { ended = true; });
  d.flush(mustCall(() => {
    assert.ok(ended);
    d.flush(mustCall());
  }));
}
// The stream's own flush option: every write is sync-flushed.
{
  const d = zlib.createDeflate({ flush: Z_SYNC_FLUSH });
  const seen = [];
  d.on('data', (c) => seen.push(c));
  d.write('abc', mustCall(() => {
    setImmediate(mustCall(() => {
      assert.strictEqual(zlib.inflateSync(Buffer.concat(seen), { finishFlush: Z_SYNC_FLUSH }).toString(), 'abc');
      d.end();
    }));
  }));
}

// ---- params ----
{
  const d = zlib.createDeflate({ level: 0 });
  collect(d, (all) => {
    // 100 kB stored, then 100 kB at level 9.
    assert.ok(all.length > 100000 && all.length < 101000, String(all.length));
    assert.strictEqual(zlib.inflateSync(all).length, 200000);
  });
  d.write(Buffer.alloc(100000, 'a'), mustCall(() => {
    d.params(9, zlib.constants.Z_DEFAULT_STRATEGY, mustCall(() => {
      assert.strictEqual(d._level, 9);
      d.end(Buffer.alloc(100000, 'a'));
    }));
  }));
}
{
  // Unchanged settings: the callback on the next tick.
  const d = zlib.createDeflate({ level: 5, strategy: 1 });
  d.params(5, 1, mustCall(() => d.close()));
  // Gzip streams keep their level, as Node's do (output stays stored).
  const g = zlib.createGzip({ level: 0 });
  collect(g, (all) => assert.ok(all.length > 200000));
  g.write(Buffer.alloc(100000, 'a'), mustCall(() => {
    g.params(9, 0, mustCall(() => g.end(Buffer.alloc(100000, 'a'))));
  }));
  // params while a write is on the thread pool: node v20 crashes here (its
  // deflateParams races the worker thread); lode applies the new settings
  // when the write is back.
  if (common.isLode) {
    const r = zlib.createDeflateRaw({ level: 1 });
    collect(r, (all) => assert.strictEqual(zlib.inflateRawSync(all).length, 3 << 20));
    r.write(Buffer.alloc(1 << 20, 'q'));
    r.params(9, 0, mustCall());
    r.write(Buffer.alloc(1 << 20, 'r'));
    r.end(Buffer.alloc(1 << 20, 's'));
  }
}

// ---- dictionaries ----
{
  const dictionary = Buffer.from('the words that occur often: compression dictionary');
  const text = 'the words that occur often in a compression dictionary';
  for (const [C, D, d] of [['Deflate', 'Inflate', dictionary], ['DeflateRaw', 'InflateRaw', dictionary],
    ['Deflate', 'Unzip', dictionary], ['Deflate', 'Inflate', new Uint8Array(dictionary).buffer],
    ['Deflate', 'Inflate', new DataView(new Uint8Array(dictionary).buffer)]]) {
    const c = new zlib[C]({ dictionary: d });
    const u = new zlib[D]({ dictionary: d });
    c.pipe(u);
    collect(u, (all) => assert.strictEqual(all.toString(), text));
    c.end(text);
  }
  const withDict = zlib.deflateSync(text, { dictionary });
  assert.ok(withDict.length < zlib.deflateSync(text).length);
  // The header names the dictionary (FDICT and its adler32).
  assert.strictEqual(withDict[1] & 0x20, 0x20);
  const missing = zlib.createInflate();
  missing.on('error', mustCall((err) => {
    assert.strictEqual(err.code, 'Z_NEED_DICT');
    assert.strictEqual(err.message, 'Missing dictionary');
    assert.strictEqual(err.errno, 2);
  }));
  missing.end(withDict);
  const wrong = zlib.createInflate({ dictionary: Buffer.from('wrong') });
  wrong.on('error', mustCall((err) => assert.strictEqual(err.message, 'Bad dictionary')));
  wrong.end(withDict);
}

// ---- concatenated gzip members ----
{
  const members = [zlib.gzipSync('one '), zlib.gzipSync('two '), zlib.gzipSync(''), zlib.gzipSync('three')];
  const all = Buffer.concat(members);
  assert.strictEqual(zlib.gunzipSync(all).toString(), 'one two three');
  assert.strictEqual(zlib.unzipSync(all).toString(), 'one two three');
  // Zero padding after a member ends the stream; what follows is ignored.
  assert.strictEqual(zlib.gunzipSync(Buffer.concat([members[0], Buffer.alloc(10), members[1]])).toString(), 'one ');
  // Inflate stops at the end of its stream.
  assert.strictEqual(zlib.inflateSync(Buffer.concat([zlib.deflateSync('a'), zlib.deflateSync('b')])).toString(), 'a');
  for (const step of [1, 3, 7, 1000]) {
    const g = zlib.createGunzip();
    collect(g, (out) => {
      assert.strictEqual(out.toString(), 'one two three');
      assert.strictEqual(g.bytesWritten, all.length);
    });
    for (let i = 0; i < all.length; i += step) g.write(all.subarray(i, i + step));
    g.end();
  }
  // Unzip decides gzip or zlib from the first two bytes, even one at a time.
  for (const blob of [all, zlib.deflateSync('one two three')]) {
    const u = zlib.createUnzip();
    collect(u, (out) => assert.strictEqual(out.toString(), 'one two three'));
    for (const b of blob) u.write(Buffer.from([b]));
    u.end();
  }
}

// ---- info: true ----
{
  const r = zlib.gzipSync('info', { info: true });
  assert.deepStrictEqual(Object.keys(r), ['buffer', 'engine']);
  assert.ok(r.engine instanceof zlib.Gzip);
  assert.strictEqual(r.engine.bytesWritten, 4);
  assert.strictEqual(r.engine._handle, null);
  assert.strictEqual(zlib.gunzipSync(r.buffer).toString(), 'info');
  zlib.inflate(zlib.deflateSync('info!'), { info: true }, mustCall((err, res) => {
    assert.ifError(err);
    assert.strictEqual(res.buffer.toString(), 'info!');
    assert.ok(res.engine instanceof zlib.Inflate);
    assert.strictEqual(res.engine.bytesWritten, zlib.deflateSync('info!').length);
  }));
  zlib.brotliCompress('br', { info: true }, mustCall((err, res) => {
    assert.ifError(err);
    assert.ok(res.engine instanceof zlib.BrotliCompress);
    assert.strictEqual(zlib.brotliDecompressSync(res.buffer).toString(), 'br');
  }));
}

// ---- maxOutputLength ----
{
  const big = zlib.deflateSync(Buffer.alloc(100000));
  assert.strictEqual(zlib.inflateSync(big, { maxOutputLength: 100000 }).length, 100000);
  assert.throws(() => zlib.inflateSync(big, { maxOutputLength: 99999 }),
    { name: 'RangeError', code: 'ERR_BUFFER_TOO_LARGE', message: 'Cannot create a Buffer larger than 99999 bytes' });
  assert.throws(() => zlib.brotliDecompressSync(zlib.brotliCompressSync(Buffer.alloc(5000)), { maxOutputLength: 10 }),
    { code: 'ERR_BUFFER_TOO_LARGE' });
  zlib.gunzip(zlib.gzipSync(Buffer.alloc(70000)), { maxOutputLength: 65536 }, mustCall((err, out) => {
    assert.strictEqual(err.code, 'ERR_BUFFER_TOO_LARGE');
    assert.strictEqual(out, undefined);
  }));
}

// ---- bytesWritten, bytesRead (deprecated alias) ----
{
  const d = zlib.createDeflate();
  d.resume();
  d.write(Buffer.alloc(1000), mustCall(() => assert.strictEqual(d.bytesWritten, 1000)));
  d.end(Buffer.alloc(234));
  d.on('end', mustCall(() => assert.strictEqual(d.bytesWritten, 1234)));
  process.on('warning', mustCall((w) => assert.strictEqual(w.code, 'DEP0108')));
  assert.strictEqual(zlib.createDeflate().bytesRead, 0);
}

// ---- reset ----
{
  // Half a stream, then reset: the next bytes are read as a new stream.
  const i = zlib.createInflate();
  collect(i, (out) => assert.strictEqual(out.toString(), 'fresh'));
  i.write(zlib.deflateSync('old data').subarray(0, 2), mustCall(() => {
    i.reset();
    i.end(zlib.deflateSync('fresh'));
  }));
  const d = zlib.createDeflateRaw();
  d.reset();
  collect(d, (out) => assert.strictEqual(zlib.inflateRawSync(out).toString(), 'raw'));
  d.end('raw');
  const b = zlib.createBrotliDecompress();
  b.reset();
  collect(b, (out) => assert.strictEqual(out.toString(), 'after reset'));
  b.end(zlib.brotliCompressSync('after reset'));
}

// ---- close ----
{
  // close(cb) with a write on the thread pool: no crash, callback once.
  const g = zlib.createGzip();
  g.write(Buffer.alloc(4 << 20, 'z'));
  g.on('close', mustCall());
  g.close(mustCall(() => {
    assert.strictEqual(g._closed, true);
    assert.strictEqual(g.destroyed, true);
  }));
  // Writes after close are dropped (destroyed stream).
  const d = zlib.createDeflate();
  d.close();
  d.on('error', mustNotCall());
  d.write('x', mustCall((err) => assert.strictEqual(err.code, 'ERR_STREAM_DESTROYED')));
  // _processChunk with a callback after close: the callback still runs.
  const i = zlib.createInflate();
  i.close();
  i._processChunk(Buffer.alloc(1), Z_NO_FLUSH, mustCall());
}

// ---- backpressure: a slow reader, 8 MB of output from one write ----
{
  const g = zlib.createGunzip();
  const packed = zlib.gzipSync(Buffer.alloc(8 << 20, 'backpressure'));
  g.end(packed);
  setTimeout(mustCall(() => {
    // Nothing read yet: the stream stopped at its highWaterMark.
    assert.ok(g.readableLength <= 2 * g.readableHighWaterMark, String(g.readableLength));
    let n = 0;
    g.on('data', (c) => { n += c.length; });
    g.on('end', mustCall(() => assert.strictEqual(n, 8 << 20)));
  }), 50);
}

// ---- pipeline, finishFlush ----
{
  const source = Readable.from(['a', 'b', 'c'].map((s) => Buffer.from(s.repeat(10000))));
  let total = 0;
  pipeline(source, zlib.createBrotliCompress(), zlib.createBrotliDecompress(),
    new Writable({ write(c, e, cb) { total += c.length; cb(); } }),
    mustCall((err) => {
      assert.ifError(err);
      assert.strictEqual(total, 30000);
    }));
  // finishFlush Z_SYNC_FLUSH reads a stream that was cut short without an error.
  const cut = zlib.deflateSync('partial data here').subarray(0, 10);
  const inf = zlib.createInflate({ finishFlush: Z_SYNC_FLUSH });
  inf.on('error', mustNotCall());
  collect(inf, (out) => assert.ok('partial data here'.startsWith(out.toString())));
  inf.end(cut);
}

// ---- events: data, end, close (autoDestroy) ----
{
  const d = zlib.createDeflate();
  const order = [];
  d.on('data', () => order.push('data'));
  d.on('finish', () => order.push('finish'));
  d.on('end', () => order.push('end'));
  d.on('close', mustCall(() => {
    order.push('close');
    assert.deepStrictEqual(order.slice(-2), ['end', 'close']);
    assert.ok(order.includes('data') && order.indexOf('finish') < order.indexOf('end'));
    assert.strictEqual(d._closed, true);
  }));
  d.end('events');
}
