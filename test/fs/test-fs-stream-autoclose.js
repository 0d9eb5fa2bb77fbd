'use strict';
// autoClose on fs streams only decides whether the end (or an error)
// destroys the stream; destroy() always closes the descriptor, after any
// read or write that is still running on it.
const assert = require('assert');
const fs = require('fs');
const fsp = require('fs/promises');
const os = require('os');
const path = require('path');
const { mustCall } = require('../common');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lode-fsac-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const file = path.join(dir, 'f.txt');
fs.writeFileSync(file, 'some text');

const isOpen = (fd) => {
  try {
    fs.fstatSync(fd);
    return true;
  } catch (err) {
    assert.strictEqual(err.code, 'EBADF');
    return false;
  }
};
const tick = () => new Promise((resolve) => setImmediate(resolve));
const once = (emitter, name) => new Promise((resolve) => emitter.once(name, resolve));

(async () => {
  // A read stream with autoClose: false stays open after 'end'.
  {
    const rs = fs.createReadStream(file, { autoClose: false });
    rs.on('close', mustCall());
    rs.resume();
    await once(rs, 'end');
    await tick();
    const fd = rs.fd;
    assert.strictEqual(typeof fd, 'number');
    assert.strictEqual(rs.destroyed, false);
    assert.strictEqual(isOpen(fd), true);
    rs.destroy();
    await once(rs, 'close');
    assert.strictEqual(rs.fd, null);
    assert.strictEqual(isOpen(fd), false);
  }
  // The same for a write stream after 'finish'.
  {
    const ws = fs.createWriteStream(path.join(dir, 'w.txt'), { autoClose: false });
    await new Promise((resolve) => ws.end('abc', resolve));
    await tick();
    const fd = ws.fd;
    assert.strictEqual(ws.destroyed, false);
    assert.strictEqual(ws.closed, false);
    assert.strictEqual(isOpen(fd), true);
    ws.destroy();
    await once(ws, 'close');
    assert.strictEqual(isOpen(fd), false);
    assert.strictEqual(fs.readFileSync(path.join(dir, 'w.txt'), 'utf8'), 'abc');
  }
  // A descriptor passed in is closed by destroy() too.
  {
    const fd = fs.openSync(file, 'r');
    const rs = fs.createReadStream(null, { fd, autoClose: false });
    rs.destroy();
    await once(rs, 'close');
    assert.strictEqual(isOpen(fd), false);
  }
  // An error does not destroy a stream with autoClose: false.
  {
    const fd = fs.openSync(file, 'r');
    const ws = fs.createWriteStream(null, { fd, autoClose: false });
    ws.write('x');
    await once(ws, 'error').then((err) => assert.strictEqual(err.code, 'EBADF'));
    await tick();
    assert.strictEqual(ws.destroyed, false);
    assert.strictEqual(isOpen(fd), true);
    fs.closeSync(fd);
  }
  // FileHandle streams: the handle stays open after the end with
  // autoClose: false, and destroy() closes it.
  {
    const fh = await fsp.open(file);
    const rs = fh.createReadStream({ autoClose: false });
    rs.resume();
    await once(rs, 'end');
    await tick();
    assert.strictEqual(rs.destroyed, false);
    assert.notStrictEqual(fh.fd, -1);
    rs.destroy();
    await once(rs, 'close');
    assert.strictEqual(fh.fd, -1);
  }
  // destroy() while a write is running waits for it before closing; the
  // write then reports ERR_STREAM_DESTROYED, and so does the stream.
  {
    const out = path.join(dir, 'inflight.bin');
    const ws = fs.createWriteStream(out);
    await once(ws, 'open');
    await tick();
    const events = [];
    ws.write(Buffer.alloc(4 * 1024 * 1024, 'z'), mustCall((err) => events.push(`write:${err.code}`)));
    ws.destroy();
    ws.on('error', mustCall((err) => events.push(`error:${err.code}:${ws.fd}`)));
    await once(ws, 'close');
    assert.deepStrictEqual(events, ['write:ERR_STREAM_DESTROYED', 'error:ERR_STREAM_DESTROYED:null']);
    assert.strictEqual(fs.statSync(out).size, 4 * 1024 * 1024);
  }
})().then(mustCall());
