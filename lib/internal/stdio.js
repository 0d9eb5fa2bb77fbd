'use strict';
// process.stdin / stdout / stderr, built on first use as Node builds them:
// a terminal is a tty.ReadStream / tty.WriteStream, a pipe or socket a
// net.Socket, a file an fs stream (SyncWriteStream for output). Output is
// synchronous on all of them (terminals and pipes are set blocking).
//
// stdio cannot be closed: destroy() and end() run the usual events, and the
// stream is usable again afterwards (dummyDestroy), as in Node.

const { Writable } = require('stream');

function handleType(fd) {
  const t = internalBinding('tty').guessHandleType(fd);
  return t === 'FILE' ? 'fs' : t === 'PIPE' || t === 'TCP' ? 'pipe' : t === 'TTY' ? 'tty' : t.toLowerCase();
}

function dummyDestroy(err, cb) {
  cb(err);
  this._undestroy();
  // 'close' is still observable, for finished() and pipeline().
  if (!this._writableState.emitClose) process.nextTick(() => this.emit('close'));
}

function createWritable(fd) {
  const type = handleType(fd);
  let stream;
  if (type === 'tty') {
    stream = new (require('tty').WriteStream)(fd);
    watchWindowSize(stream);
  } else if (type === 'fs') {
    const SyncWriteStream = require('internal/fs/sync_write_stream');
    stream = new SyncWriteStream(fd, { autoClose: false });
  } else if (type === 'pipe') {
    stream = new (require('net').Socket)({ fd, readable: false, writable: true });
  } else {
    // Nothing usable behind the descriptor: output goes nowhere.
    stream = new Writable({ write(buf, enc, cb) { cb(); } });
  }
  stream._type = type;
  stream.fd = fd;
  stream._isStdio = true;
  stream.destroySoon = stream.destroy;
  stream._destroy = dummyDestroy;
  return stream;
}

// One SIGWINCH listener refreshes every terminal stream's size.
const ttyStreams = new Set();
function watchWindowSize(stream) {
  if (ttyStreams.size === 0) {
    process.on('SIGWINCH', () => {
      for (const s of ttyStreams) s._refreshSize();
    });
  }
  ttyStreams.add(stream);
}

function createStdin() {
  const fd = 0;
  const type = handleType(fd);
  let stdin;
  if (type === 'tty') {
    stdin = new (require('tty').ReadStream)(fd);
  } else if (type === 'fs') {
    stdin = new (require('fs').ReadStream)(null, { fd, autoClose: false });
  } else if (type === 'pipe') {
    stdin = new (require('net').Socket)({ fd, readable: true, writable: false, manualStart: true });
    // Reading starts when someone reads; until then the loop may end.
    stdin._handle.reading = false;
  } else {
    stdin = new (require('stream').Readable)({ read() {} });
    stdin.push(null);
  }
  stdin._type = type;
  stdin.fd = fd;
  // pause() stops reading from the descriptor one tick later, so that a
  // paused stdin lets the process exit.
  if (stdin._handle && stdin._handle.readStop !== undefined) stdin._handle.readStop();
  stdin.on('pause', () => process.nextTick(onpause));
  function onpause() {
    const h = stdin._handle;
    if (!h || !h.reading || stdin.readableFlowing) return;
    stdin._readableState.reading = false;
    h.reading = false;
    internalBinding('stream_wrap').readStop(h);
  }
  return stdin;
}

function create(fd) {
  return fd === 0 ? createStdin() : createWritable(fd);
}

module.exports = { create };
