'use strict';
// readable.pipe() does not end process.stdout or process.stderr (nor a
// stream put in their place), and asking does not build them: under lode a
// pipe() between other streams leaves stdout unbuilt.
const assert = require('assert');
const { Readable, Writable, PassThrough } = require('stream');
const { run, isLode, mustCall } = require('../common');

if (process.argv[2] === 'child') {
  const r = Readable.from(['a', 'b\n']);
  r.pipe(process.stdout);
  r.on('end', () => setTimeout(() => {
    assert.strictEqual(process.stdout.writableEnded, false);
    process.stdout.write('still open\n');
  }, 10));
  return;
}
if (process.argv[2] === 'replaced') {
  const seen = [];
  const mine = new Writable({ write(c, e, cb) { seen.push(String(c)); cb(); } });
  Object.defineProperty(process, 'stdout', { value: mine, configurable: true, writable: true });
  const r = Readable.from(['x', 'y']);
  r.pipe(mine);
  r.on('end', () => setTimeout(() => {
    assert.strictEqual(mine.writableEnded, false);
    require('fs').writeSync(1, seen.join('') + ' open\n');
  }, 10));
  return;
}
if (process.argv[2] === 'internals') {
  const { stdioCreated } = require('internal/process/object');
  const r = Readable.from(['1', '2']);
  const sink = new PassThrough();
  sink.resume();
  r.pipe(sink);
  sink.on('end', mustCall(() => {
    assert.strictEqual(stdioCreated('stdout'), false);
    assert.strictEqual(stdioCreated('stderr'), false);
  }));
  return;
}

const child = run([__filename, 'child']);
assert.strictEqual(child.status, 0, child.stderr);
assert.strictEqual(child.stdout, 'ab\nstill open\n');
const replaced = run([__filename, 'replaced']);
assert.strictEqual(replaced.status, 0, replaced.stderr);
assert.strictEqual(replaced.stdout, 'xy open\n');
// A Writable that is not stdout is ended as usual.
const r = Readable.from(['q']);
const w = new PassThrough();
w.resume();
r.pipe(w);
w.on('finish', mustCall());
if (isLode) {
  const internals = run(['--expose-internals', __filename, 'internals']);
  assert.strictEqual(internals.status, 0, internals.stderr);
}
