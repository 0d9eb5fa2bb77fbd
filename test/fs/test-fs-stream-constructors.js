'use strict';
// fs.ReadStream / fs.WriteStream are plain constructor functions, as Node's:
// graceful-fs (and so npm) applies them to objects of its own, and they work
// without `new`.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');

function GracefulRead(p, options) {
  if (this instanceof GracefulRead) return fs.ReadStream.apply(this, arguments), this;
  return GracefulRead.apply(Object.create(GracefulRead.prototype), arguments);
}
GracefulRead.prototype = Object.create(fs.ReadStream.prototype);

function GracefulWrite(p, options) {
  if (this instanceof GracefulWrite) return fs.WriteStream.apply(this, arguments), this;
  return GracefulWrite.apply(Object.create(GracefulWrite.prototype), arguments);
}
GracefulWrite.prototype = Object.create(fs.WriteStream.prototype);

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lode-fs-ctor-'));
const file = path.join(dir, 'out.txt');

const w = new GracefulWrite(file);
assert.ok(w instanceof fs.WriteStream);
assert.strictEqual(w.pending, true);
w.end('hello stream', common.mustCall(() => {
  const r = GracefulRead(file, { start: 6 });
  assert.ok(r instanceof fs.ReadStream);
  let got = '';
  r.setEncoding('utf8');
  r.on('data', (d) => { got += d; });
  r.on('close', common.mustCall(() => {
    assert.strictEqual(got, 'stream');
    assert.strictEqual(r.bytesRead, 6);
    fs.rmSync(dir, { recursive: true, force: true });
  }));
}));

// Without new, as functions.
const plain = fs.ReadStream(__filename, { end: 4 });
assert.ok(plain instanceof fs.ReadStream);
plain.on('data', common.mustCall((d) => assert.strictEqual(String(d), "'use ")));
assert.strictEqual(Object.getPrototypeOf(fs.ReadStream), require('stream').Readable);
