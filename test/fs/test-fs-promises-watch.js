'use strict';
// fs.promises.watch: an async iterator of { eventType, filename } with
// signal, recursive and encoding; and fs.watch's recursive mode.
const assert = require('assert');
const fs = require('fs');
const fsp = require('fs/promises');
const os = require('os');
const path = require('path');
const { mustCall } = require('../common');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lode-pwatch-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
// Each part watches its own directory: libuv shares one inotify watch per
// directory, so events still queued for a closed watcher could reach the next.
const part = (name) => {
  const p = path.join(dir, name);
  fs.mkdirSync(p);
  return p;
};

// Changes made a moment later, so that the watch is in place.
const later = (fn) => setTimeout(fn, 50);

(async () => {
  const d1 = part('one');
  const it = fsp.watch(d1);
  assert.strictEqual(Object.prototype.toString.call(it), '[object AsyncGenerator]');
  assert.strictEqual(it[Symbol.asyncIterator](), it);

  // Bad arguments reject on the first next().
  await assert.rejects(fsp.watch(123).next(), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "path" argument must be of type string or an instance of Buffer or URL. Received type number (123)',
  });
  await assert.rejects(fsp.watch(dir, 5).next(), { code: 'ERR_INVALID_ARG_TYPE' });
  await assert.rejects(fsp.watch(dir, { recursive: 'x' }).next(), {
    message: 'The "options.recursive" property must be of type boolean. Received type string (\'x\')',
  });
  await assert.rejects(fsp.watch(dir, { persistent: 1 }).next(), { code: 'ERR_INVALID_ARG_TYPE' });
  await assert.rejects(fsp.watch(dir, { signal: 1 }).next(), { code: 'ERR_INVALID_ARG_TYPE' });
  await assert.rejects(fsp.watch(dir, { encoding: 'bogus' }).next(), {
    code: 'ERR_INVALID_ARG_VALUE',
    message: 'The argument \'bogus\' is invalid encoding. Received \'encoding\'',
  });
  await assert.rejects(fsp.watch(path.join(dir, 'nope')).next(), (err) => {
    assert.strictEqual(err.code, 'ENOENT');
    assert.strictEqual(err.syscall, 'watch');
    assert.strictEqual(err.filename, path.join(dir, 'nope'));
    return true;
  });

  // One event, then return() ends the iterator.
  later(() => fs.writeFileSync(path.join(d1, 'a.txt'), 'x'));
  const first = await it.next();
  assert.strictEqual(first.done, false);
  assert.deepStrictEqual(Object.keys(first.value), ['eventType', 'filename']);
  assert.ok(['rename', 'change'].includes(first.value.eventType));
  assert.strictEqual(first.value.filename, 'a.txt');
  assert.deepStrictEqual(await it.return(), { value: undefined, done: true });
  assert.deepStrictEqual(await it.next(), { value: undefined, done: true });

  // for await with an AbortSignal: aborting ends the loop with AbortError.
  const ac = new AbortController();
  const d2 = part('two');
  later(() => fs.writeFileSync(path.join(d2, 'b.txt'), 'x'));
  await assert.rejects((async () => {
    for await (const { eventType, filename } of fsp.watch(d2, { signal: ac.signal })) {
      assert.ok(['rename', 'change'].includes(eventType));
      assert.strictEqual(filename, 'b.txt');
      ac.abort('why');
    }
  })(), (err) => {
    assert.strictEqual(err.name, 'AbortError');
    assert.strictEqual(err.code, 'ABORT_ERR');
    assert.strictEqual(err.message, 'The operation was aborted');
    assert.strictEqual(err.cause, 'why');
    return true;
  });

  // An already aborted signal.
  const ac2 = new AbortController();
  ac2.abort();
  await assert.rejects(fsp.watch(dir, { signal: ac2.signal }).next(), { name: 'AbortError' });

  // Encodings other than utf8 apply to the file name.
  const d3 = part('three');
  const hex = fsp.watch(d3, { encoding: 'hex' });
  const pendingHex = hex.next();
  later(() => fs.writeFileSync(path.join(d3, 'c.txt'), 'x'));
  assert.strictEqual((await pendingHex).value.filename, Buffer.from('c.txt').toString('hex'));
  await hex.return();

  // Recursive: names relative to the watched directory, new directories too.
  const d4 = part('four');
  fs.mkdirSync(path.join(d4, 'sub', 'deep'), { recursive: true });
  const rec = fsp.watch(d4, { recursive: true });
  const deep = rec.next();
  later(() => fs.writeFileSync(path.join(d4, 'sub', 'deep', 'r.txt'), '1'));
  const ev = await deep;
  assert.strictEqual(ev.value.filename, path.join('sub', 'deep', 'r.txt'));
  await rec.return();

  // throw() closes it too.
  const t = fsp.watch(dir);
  await assert.rejects(t.throw(new Error('boom')), { message: 'boom' });
  assert.deepStrictEqual(await t.next(), { value: undefined, done: true });

  // A non-persistent watch does not keep the process alive; it is never
  // answered here.
  fsp.watch(dir, { persistent: false }).next().then(() => {});

  // fs.watch applies its encoding to the file name as well.
  const d5 = part('five');
  await new Promise((resolve) => {
    const w = fs.watch(d5, { encoding: 'hex' }, (eventType, filename) => {
      assert.strictEqual(filename, Buffer.from('h.txt').toString('hex'));
      w.close();
      resolve();
    });
    later(() => fs.writeFileSync(path.join(d5, 'h.txt'), 'x'));
  });
  watchRecursive();
})().then(mustCall());

// fs.watch recursive: events below the top directory, and in directories
// created after the watch started.
function watchRecursive() {
  const top = path.join(dir, 'tree');
  fs.mkdirSync(path.join(top, 'old'), { recursive: true });
  const seen = [];
  const w = fs.watch(top, { recursive: true }, (eventType, filename) => {
    seen.push(filename);
    if (seen.includes(path.join('made', 'm.txt'))) w.close();
  });
  w.on('close', mustCall(() => {
    assert.ok(seen.includes('made'), seen.join());
    assert.ok(seen.includes(path.join('old', 'o.txt')), seen.join());
  }));
  later(() => {
    fs.writeFileSync(path.join(top, 'old', 'o.txt'), 'x');
    fs.mkdirSync(path.join(top, 'made'));
    later(() => fs.writeFileSync(path.join(top, 'made', 'm.txt'), 'x'));
  });
}
