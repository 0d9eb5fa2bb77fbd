'use strict';
// process.stdin: reads piped, file and TTY input. A minimal readable until
// node:stream lands: 'data'/'end'/'close', pause/resume, setEncoding,
// 'readable'/read(), pipe, async iteration, setRawMode on a TTY.

const EventEmitter = require('events');
const { codes: { ERR_UNKNOWN_ENCODING } } = require('internal/errors');

const binding = internalBinding('stdin');
const { utf8Decode } = internalBinding('encoding');

function toChunk(u8) {
  const B = globalThis.Buffer;
  return typeof B === 'function' ? B.from(u8.buffer, u8.byteOffset, u8.byteLength) : u8;
}

// Bytes at the end of `u8` that start an incomplete UTF-8 sequence.
function incompleteTail(u8) {
  const n = u8.length;
  for (let back = 1; back <= 3 && back <= n; back++) {
    const b = u8[n - back];
    if ((b & 0xC0) === 0x80) continue; // continuation byte: keep looking
    const need = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
    return need > back ? back : 0;
  }
  return 0;
}

class StdinStream extends EventEmitter {
  constructor() {
    super();
    this.fd = 0;
    const type = internalBinding('tty').guessHandleType(0);
    this._type = type.toLowerCase();
    if (type === 'TTY') {
      this.isTTY = true;
      this.isRaw = false;
    }
    this.readable = true;
    this.readableFlowing = null;
    this.readableEnded = false;
    this.readableEncoding = null;
    this.destroyed = false;
    this._buffer = [];
    this._pending = null; // incomplete UTF-8 bytes carried to the next chunk
    this._ended = false;
    this._reading = false;
    this.on('newListener', (ev) => {
      if (ev === 'data' && this.readableFlowing !== false) this.resume();
      if (ev === 'readable') this._startReading();
    });
  }

  _startReading() {
    if (this._reading || this._ended) return;
    this._reading = true;
    const err = binding.start((chunk) => this._onData(chunk));
    if (err) {
      this._reading = false;
      const { errnoException } = require('internal/errors');
      process.nextTick(() => this.emit('error', errnoException(err, 'read')));
    }
  }

  _decode(u8) {
    if (this.readableEncoding === null) return toChunk(u8);
    if (this.readableEncoding === 'latin1') return String.fromCharCode.apply(null, u8);
    if (this._pending !== null) {
      const joined = new Uint8Array(this._pending.length + u8.length);
      joined.set(this._pending);
      joined.set(u8, this._pending.length);
      u8 = joined;
      this._pending = null;
    }
    const tail = incompleteTail(u8);
    if (tail > 0) this._pending = u8.slice(u8.length - tail);
    return utf8Decode(u8, 0, u8.length - tail);
  }

  _onData(chunk) {
    if (chunk === null || typeof chunk === 'number') {
      this._reading = false;
      if (typeof chunk === 'number') {
        const { errnoException } = require('internal/errors');
        this.emit('error', errnoException(chunk, 'read'));
        return;
      }
      if (this._pending !== null) {
        const rest = utf8Decode(this._pending);
        this._pending = null;
        this._push(rest);
      }
      this._ended = true;
      this._maybeEnd();
      return;
    }
    const data = this._decode(chunk);
    if (data.length === 0) return;
    this._push(data);
  }

  _push(data) {
    if (this.readableFlowing === true && this._buffer.length === 0) {
      this.emit('data', data);
    } else {
      this._buffer.push(data);
      if (this.listenerCount('readable') > 0) this.emit('readable');
    }
  }

  _maybeEnd() {
    if (!this._ended || this._buffer.length > 0 || this.readableEnded) return;
    if (this.readableFlowing !== true && this.listenerCount('readable') === 0) return;
    this.readableEnded = true;
    process.nextTick(() => {
      if (this.listenerCount('readable') > 0) this.emit('readable');
      this.emit('end');
      this.readable = false;
      this.destroyed = true;
      this.emit('close');
    });
  }

  read() {
    if (this._buffer.length === 0) {
      this._startReading();
      this._maybeEnd();
      return null;
    }
    const parts = this._buffer;
    this._buffer = [];
    let out;
    if (typeof parts[0] === 'string') out = parts.join('');
    else if (parts.length === 1) out = parts[0];
    else {
      const total = parts.reduce((n, p) => n + p.length, 0);
      const u8 = new Uint8Array(total);
      let off = 0;
      for (const p of parts) {
        u8.set(p, off);
        off += p.length;
      }
      out = toChunk(u8);
    }
    if (this._ended) this._maybeEnd();
    return out;
  }

  resume() {
    this.readableFlowing = true;
    while (this._buffer.length > 0 && this.readableFlowing) this.emit('data', this._buffer.shift());
    this._startReading();
    this._maybeEnd();
    this.emit('resume');
    return this;
  }

  pause() {
    if (this.readableFlowing !== false) {
      this.readableFlowing = false;
      if (this._reading) {
        binding.stop();
        this._reading = false;
      }
      this.emit('pause');
    }
    return this;
  }

  isPaused() { return this.readableFlowing === false; }

  setEncoding(enc = 'utf8') {
    const e = String(enc).toLowerCase();
    if (e === 'utf8' || e === 'utf-8') this.readableEncoding = 'utf8';
    else if (e === 'latin1' || e === 'binary') this.readableEncoding = 'latin1';
    else throw new ERR_UNKNOWN_ENCODING(enc);
    return this;
  }

  setRawMode(flag) {
    const err = binding.setRawMode(!!flag);
    if (err) {
      const { errnoException } = require('internal/errors');
      throw errnoException(err, 'setRawMode');
    }
    this.isRaw = !!flag;
    return this;
  }

  ref() { binding.setRef(true); return this; }
  unref() { binding.setRef(false); return this; }

  pipe(dest, { end = true } = {}) {
    this.on('data', (chunk) => dest.write(chunk));
    if (end && dest !== process.stdout && dest !== process.stderr) this.on('end', () => dest.end());
    return dest;
  }

  destroy(err) {
    binding.stop();
    this._reading = false;
    this.destroyed = true;
    process.nextTick(() => {
      if (err) this.emit('error', err);
      this.emit('close');
    });
    return this;
  }

  async *[Symbol.asyncIterator]() {
    const queue = [];
    let wake = null;
    let done = false;
    let failure = null;
    const notify = () => { if (wake) { const w = wake; wake = null; w(); } };
    this.on('data', (c) => { queue.push(c); notify(); });
    this.on('end', () => { done = true; notify(); });
    this.on('error', (e) => { failure = e; notify(); });
    for (;;) {
      if (queue.length > 0) yield queue.shift();
      else if (failure) throw failure;
      else if (done) return;
      else await new Promise((r) => { wake = r; });
    }
  }
}

function create() {
  // On a terminal, process.stdin is a tty.ReadStream.
  if (internalBinding('tty').guessHandleType(0) === 'TTY') return new (require('tty').ReadStream)(0);
  return new StdinStream();
}

module.exports = { create, StdinStream };
