'use strict';
// process.stdout / process.stderr: properties, write() and its callback,
// encodings, bad arguments, end() and destroy(). Output checks run in child
// processes, whose stdout and stderr are pipes.
const assert = require('assert');
const { spawnSync } = require('child_process');
const { run, mustCall } = require('../common');

function child(code, expected) {
  const r = run(['-e', code]);
  assert.strictEqual(r.status, expected.status || 0, `${code}\n${r.stderr}`);
  if (expected.stdout !== undefined) assert.strictEqual(r.stdout, expected.stdout, code);
  if (expected.stderr !== undefined) assert.strictEqual(r.stderr, expected.stderr, code);
  return r;
}

// Properties on pipes: no isTTY, no columns / rows.
{
  const r = child(`
const info = (s) => ({ fd: s.fd, _type: s._type, isTTY: s.isTTY, hasColumns: 'columns' in s,
  hasRows: 'rows' in s, writable: s.writable, readable: s.readable, destroyed: s.destroyed,
  writableEnded: s.writableEnded, writableFinished: s.writableFinished, _isStdio: s._isStdio,
  writableHighWaterMark: s.writableHighWaterMark, writableLength: s.writableLength,
  writableObjectMode: s.writableObjectMode, isEmitter: s instanceof require('events'),
  colorMethods: [typeof s.hasColors, typeof s.getColorDepth, typeof s.getWindowSize, typeof s.cursorTo] });
process.stdout.write(JSON.stringify([info(process.stdout), info(process.stderr)]));
`, {});
  const common = { isTTY: undefined, hasColumns: false, hasRows: false, writable: true, readable: false,
    destroyed: false, writableEnded: false, writableFinished: false, _isStdio: true,
    writableHighWaterMark: 16384, writableLength: 0, writableObjectMode: false, isEmitter: true,
    // tty.WriteStream's methods exist only on terminals.
    colorMethods: ['undefined', 'undefined', 'undefined', 'undefined'] };
  const [out, err] = JSON.parse(r.stdout);
  delete common.isTTY; // JSON drops undefined
  assert.deepStrictEqual(out, { fd: 1, _type: 'pipe', ...common });
  assert.deepStrictEqual(err, { fd: 2, _type: 'pipe', ...common });
}
// A file (here /dev/null) is of type 'fs'.
{
  const r = spawnSync('/bin/sh', ['-c', '"$0" -e "$1" >/dev/null', process.execPath,
    'process.stderr.write(process.stdout._type + " " + process.stdout.isTTY)'], { encoding: 'utf8' });
  assert.strictEqual(r.stderr, 'fs undefined');
}
// The same object on every access.
assert.strictEqual(process.stdout, process.stdout);
assert.strictEqual(process.stderr, process.stderr);
assert.notStrictEqual(process.stdout, process.stderr);

// write(): strings, typed arrays, DataView; returns true; the callback runs
// asynchronously with null, before ticks queued after the write.
child(`
const order = [];
const r = process.stdout.write('a\\n', (...args) => order.push('cb1 ' + args.length + ' ' + args[0]));
order.push('returned ' + r);
process.stdout.write(new Uint8Array([98, 10]), (err) => order.push('cb2 ' + err));
process.stdout.write('c\\n', 'utf8', (err) => order.push('cb3 ' + err));
process.stdout.write(new DataView(new Uint8Array([100, 10]).buffer));
process.stdout.write(new Uint16Array([0x0a65]));
process.stdout.write('');
process.nextTick(() => order.push('tick'));
Promise.resolve().then(() => order.push('microtask'));
setImmediate(() => process.stderr.write(order.join(',')));
`, { stdout: 'a\nb\nc\nd\ne\n', stderr: 'returned true,cb1 1 null,cb2 null,cb3 null,tick,microtask' });

// Encodings for string chunks (as Buffer.from would decode them).
child(`
process.stdout.write('6869', 'hex');
process.stdout.write('6a6bzz6c', 'hex');
process.stdout.write('IQ==', 'base64');
process.stdout.write('YT8-Pz8_', 'base64url');
process.stdout.write('YT8+Pz8/', 'base64');
process.stdout.write('\\xc3\\xa9', 'latin1');
process.stdout.write('\\xc3\\xa9', 'binary');
process.stdout.write('\\xc3\\xa9', 'ascii');
process.stdout.write('AB', 'ucs2');
process.stdout.write('CD', 'utf16le');
process.stdout.write('\\u20ac', 'UTF-8');
process.stdout.write('\\u20ac', null);
process.stdout.write(new Uint8Array([0x21]), 'hex');
`, { stdout: 'hijk!a?>???a?>???\u00e9\u00e9\u00e9A\0B\0C\0D\0\u20ac\u20ac!' });

// Bad chunks throw synchronously; the callback is not called.
const chunkType = (received) => ({
  name: 'TypeError',
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "chunk" argument must be of type string or an instance of Buffer, TypedArray, or ' +
    `DataView. Received ${received}`,
});
for (const stream of [process.stdout, process.stderr]) {
  const cb = () => assert.fail('callback called');
  assert.throws(() => stream.write(), chunkType('undefined'));
  assert.throws(() => stream.write(123, cb), chunkType('type number (123)'));
  assert.throws(() => stream.write({}, cb), chunkType('an instance of Object'));
  assert.throws(() => stream.write(new ArrayBuffer(2), cb), chunkType('an instance of ArrayBuffer'));
  assert.throws(() => stream.write(null, cb), {
    name: 'TypeError', code: 'ERR_STREAM_NULL_VALUES', message: 'May not write null values to stream',
  });
  assert.throws(() => stream.write('x', 'bogus', cb), {
    name: 'TypeError', code: 'ERR_UNKNOWN_ENCODING', message: 'Unknown encoding: bogus',
  });
  // An empty write succeeds.
  assert.strictEqual(stream.write('', mustCall((err) => assert.strictEqual(err, null))), true);
}

// end(): 'prefinish', the callback (with null), 'finish', then 'close';
// then the stream is writable again.
child(`
const s = process.stdout;
const log = [];
const state = (when) => log.push(when + ' ' + [s.writable, s.writableEnded, s.writableFinished].join('/'));
for (const ev of ['prefinish', 'finish', 'close']) s.on(ev, () => { log.push(ev); if (ev === 'close') state('closed'); });
state('before');
const ret = s.end('last\\n', (...args) => { log.push('end cb ' + args.length + ' ' + args[0]); state('in cb'); });
log.push('returns stream ' + (ret === s));
state('after end');
setImmediate(() => process.stderr.write(log.join('\\n')));
`, {
  stdout: 'last\n',
  stderr: ['before true/false/false', 'returns stream true', 'after end false/true/false',
    'prefinish', 'end cb 1 null', 'in cb false/true/true', 'finish', 'close',
    'closed true/false/false'].join('\n'),
});
// Right after end(), a write fails: its callback and an 'error' event get
// ERR_STREAM_WRITE_AFTER_END.
child(`
process.stdout.end('last\\n');
process.stdout.on('error', (e) => process.stderr.write('error ' + e.code + ' ' + e.message + '\\n'));
const ret = process.stdout.write('too late\\n', (err) => process.stderr.write('cb ' + err.code + '\\n'));
process.stderr.write('returned ' + ret + '\\n');
`, { stdout: 'last\n', stderr: 'returned false\ncb ERR_STREAM_WRITE_AFTER_END\nerror ERR_STREAM_WRITE_AFTER_END write after end\n' });
// Writing after end() with no 'error' listener is an uncaught error.
{
  const r = run(['-e', 'process.stdout.end("x\\n"); process.stdout.write("y\\n")']);
  assert.strictEqual(r.status, 1);
  assert.strictEqual(r.stdout, 'x\n');
  assert.match(r.stderr, /ERR_STREAM_WRITE_AFTER_END/);
}
// Once ended, a pipe's write side is shut: later writes fail with EPIPE.
child(`
process.stdout.end('one\\n', () => {
  setImmediate(() => {
    process.stdout.on('error', (e) => process.stderr.write('error ' + e.code + ' ' + e.syscall + ' ' + e.errno));
    process.stdout.write('two\\n', (err) => process.stderr.write('cb ' + err.code + '\\n'));
  });
});
`, { stdout: 'one\n', stderr: 'cb EPIPE\nerror EPIPE write -32' });
// process.stderr.end() likewise; the process goes on.
child(`
process.stderr.end('bye\\n', () => setImmediate(() => {
  process.stderr.on('error', (e) => process.stdout.write('stderr error ' + e.code + '\\n'));
  process.stderr.write('lost\\n');
  process.stdout.write('still running\\n');
}));
`, { stdout: 'still running\nstderr error EPIPE\n', stderr: 'bye\n' });

// destroy(): stdio stays usable; 'close' (and 'error' when given one) is emitted.
child(`
const s = process.stdout;
s.on('close', () => process.stderr.write('close\\n'));
s.on('error', (e) => process.stderr.write('error ' + e.message + '\\n'));
process.stderr.write('returns stream ' + (s.destroy(new Error('boom')) === s) + ' ' + s.destroyed + '\\n');
setImmediate(() => s.write('written after destroy\\n', (err) => process.stderr.write('cb ' + err + '\\n')));
`, { stdout: 'written after destroy\n', stderr: 'returns stream true false\nerror boom\nclose\ncb null\n' });
