'use strict';
// process.stdout / process.stderr: synchronous writes (files, pipes and TTYs
// are synchronous on Linux in Node). A minimal stream surface until
// node:stream lands: write, end, destroy, events, isTTY, columns/rows.
//
// Node's stdio streams cannot really be closed: end() runs the usual
// 'prefinish' / callback / 'finish' / 'close' sequence and then the stream
// reports itself writable again. On a pipe the write side is shut down by
// then, so later writes fail with EPIPE; on a file or TTY they still work.

const EventEmitter = require('events');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_STREAM_NULL_VALUES, ERR_STREAM_WRITE_AFTER_END, ERR_UNKNOWN_ENCODING },
} = require('internal/errors');

const UV_EPIPE = -32;

const encodings = new Map([
  ['utf8', 'utf8'], ['utf-8', 'utf8'],
  ['ucs2', 'utf16le'], ['ucs-2', 'utf16le'], ['utf16le', 'utf16le'], ['utf-16le', 'utf16le'],
  ['latin1', 'latin1'], ['binary', 'latin1'], ['ascii', 'latin1'],
  ['base64', 'base64'], ['base64url', 'base64'], ['hex', 'hex'],
]);

function normalizeEncoding(enc) {
  if (enc === undefined || enc === null || enc === 'utf8' || enc === 'buffer') return 'utf8';
  const name = encodings.get(`${enc}`.toLowerCase());
  if (name === undefined) throw new ERR_UNKNOWN_ENCODING(enc);
  return name;
}

// A string in a non-UTF-8 encoding, as bytes (Buffer.from's rules).
function stringToBytes(str, enc) {
  if (enc === 'latin1') {
    const out = new Uint8Array(str.length);
    for (let i = 0; i < str.length; i++) out[i] = str.charCodeAt(i);
    return out;
  }
  if (enc === 'utf16le') {
    const out = new Uint8Array(str.length * 2);
    for (let i = 0; i < str.length; i++) {
      const c = str.charCodeAt(i);
      out[2 * i] = c & 0xff;
      out[2 * i + 1] = c >> 8;
    }
    return out;
  }
  if (enc === 'hex') {
    // Stops at the first pair that is not hex.
    const m = /^(?:[0-9a-fA-F]{2})*/.exec(str)[0];
    return Uint8Array.fromHex(m);
  }
  // base64 and base64url alike: other characters are skipped, '=' ends it.
  let clean = '';
  for (let i = 0; i < str.length; i++) {
    const ch = str[i];
    if (ch === '=') break;
    if (ch === '-') clean += '+';
    else if (ch === '_') clean += '/';
    else if (/[A-Za-z0-9+/]/.test(ch)) clean += ch;
  }
  if (clean.length % 4 === 1) clean = clean.slice(0, -1);
  return Uint8Array.fromBase64(clean, { lastChunkHandling: 'loose' });
}

function handleType(fd) {
  const t = internalBinding('tty').guessHandleType(fd).toLowerCase();
  return t === 'file' ? 'fs' : t;
}

function uvError(errno) {
  const { errnoException } = require('internal/errors');
  return errnoException(errno, 'write');
}

class StdioWriteStream extends EventEmitter {
  constructor(fd) {
    super();
    this.fd = fd;
    this._type = handleType(fd);
    this._isStdio = true;
    this.readable = false;
    this.writable = true;
    this.destroyed = false;
    this.closed = false;
    this.writableEnded = false;
    this.writableFinished = false;
    this.writableHighWaterMark = 16384;
    this.writableLength = 0;
    this.writableObjectMode = false;
    this.writableCorked = 0;
    this.writableNeedDrain = false;
    this._shutDown = false;
    this._endCallbacks = null;
  }

  // Writes chunk now; returns 0 or a negative errno.
  _writeNow(chunk, encoding) {
    const fs = internalBinding('fs');
    if (chunk instanceof Uint8Array) return fs.writeBytes(this.fd, chunk);
    if (typeof chunk !== 'string') {
      return fs.writeBytes(this.fd, new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
    }
    if (encoding === 'utf8') return fs.writeString(this.fd, chunk);
    return fs.writeBytes(this.fd, stringToBytes(chunk, encoding));
  }

  _fail(err, cb) {
    if (typeof cb === 'function') process.nextTick(cb, err);
    // Emitted even without a listener: an unhandled EPIPE ends the process.
    // The failed stream is then "destroyed", which for stdio only means 'close'.
    process.nextTick(() => {
      this.emit('error', err);
      this.emit('close');
    });
    return false;
  }

  write(chunk, encoding, cb) {
    if (typeof encoding === 'function') {
      cb = encoding;
      encoding = undefined;
    }
    if (chunk === null) throw new ERR_STREAM_NULL_VALUES();
    if (typeof chunk !== 'string' && !ArrayBuffer.isView(chunk)) {
      throw new ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'TypedArray', 'DataView'], chunk);
    }
    encoding = typeof chunk === 'string' ? normalizeEncoding(encoding) : 'utf8';
    if (this.writableEnded) return this._fail(new ERR_STREAM_WRITE_AFTER_END(), cb);
    if (this._shutDown) return this._fail(uvError(UV_EPIPE), cb);
    const errno = this._writeNow(chunk, encoding);
    if (errno) return this._fail(uvError(errno), cb);
    if (typeof cb === 'function') process.nextTick(cb, null);
    return true;
  }

  end(chunk, encoding, cb) {
    if (typeof chunk === 'function') {
      cb = chunk;
      chunk = undefined;
    } else if (typeof encoding === 'function') {
      cb = encoding;
      encoding = undefined;
    }
    if (chunk !== undefined && chunk !== null) this.write(chunk, encoding);
    if (this.writableEnded) {
      if (typeof cb === 'function') this._endCallbacks.push(cb);
      return this;
    }
    this.writable = false;
    this.writableEnded = true;
    this._endCallbacks = typeof cb === 'function' ? [cb] : [];
    // Two ticks: a write made right after end() sees its error first.
    process.nextTick(() => process.nextTick(() => this._finish()));
    return this;
  }

  _finish() {
    this.emit('prefinish');
    this.writableFinished = true;
    const callbacks = this._endCallbacks;
    this._endCallbacks = null;
    for (const fn of callbacks) fn(null);
    this.emit('finish');
    if (this._type === 'pipe') this._shutDown = true;
    this.writable = true;
    this.writableEnded = false;
    this.writableFinished = false;
    process.nextTick(() => this.emit('close'));
  }

  // stdio cannot be destroyed: only the events are emitted.
  destroy(err) {
    process.nextTick(() => {
      if (err) this.emit('error', err);
      this.emit('close');
    });
    return this;
  }

  cork() {}
  uncork() {}
  setDefaultEncoding() { return this; }
}

// Color support from the environment, as Node decides it for a TTY.
const termPatterns = [/^xterm/i, /^screen/i, /^rxvt/i, /^vt100/i, /^linux/i, /^eterm/i, /ansi/i, /color/i];
const term16 = new Set(['cons25', 'console', 'cygwin', 'dtterm', 'gnome', 'hurd', 'jfbterm', 'konsole',
  'kterm', 'mlterm', 'putty', 'st']);
const term24 = new Set(['mosh', 'terminator']);
const ciVendors = ['TRAVIS', 'CIRCLECI', 'APPVEYOR', 'GITLAB_CI', 'GITHUB_ACTIONS', 'BUILDKITE', 'DRONE'];
let forceColorWarned = false;

function forcedDepth(env) {
  const f = env.FORCE_COLOR;
  const depth = (f === '' || f === '1' || f === 'true') ? 4 : f === '2' ? 8 : f === '3' ? 24 : 1;
  if (depth > 1 && !forceColorWarned) {
    const ignored = ['NODE_DISABLE_COLORS', 'NO_COLOR'].filter((k) => env[k] !== undefined);
    if (ignored.length > 0) {
      forceColorWarned = true;
      process.emitWarning(`The ${ignored.map((k) => `'${k}'`).join(' and ')} env is ignored due to the ` +
        "'FORCE_COLOR' env being set.", 'Warning');
    }
  }
  return depth;
}

function colorDepth(env) {
  if (env.FORCE_COLOR !== undefined) return forcedDepth(env);
  if (env.NODE_DISABLE_COLORS !== undefined || env.NO_COLOR !== undefined || env.TERM === 'dumb') return 1;
  if (env.TMUX) return 8;
  if (env.CI) {
    return ciVendors.some((k) => k in env) || env.CI_NAME === 'codeship' ? 8 : 1;
  }
  if (env.TEAMCITY_VERSION) return /^(9\.(0*[1-9]\d*)\.|\d{2,}\.)/.test(env.TEAMCITY_VERSION) ? 4 : 1;
  switch (env.TERM_PROGRAM) {
    case 'iTerm.app':
      return !env.TERM_PROGRAM_VERSION || parseInt(env.TERM_PROGRAM_VERSION, 10) < 3 ? 8 : 24;
    case 'HyperTerm':
    case 'MacTerm':
      return 24;
    case 'Apple_Terminal':
      return 8;
    default:
      break;
  }
  if (env.COLORTERM === 'truecolor' || env.COLORTERM === '24bit') return 24;
  const term = env.TERM;
  if (term) {
    if (/^xterm-256/.test(term)) return 8;
    const lower = term.toLowerCase();
    if (term24.has(lower)) return 24;
    if (term16.has(lower) || termPatterns.some((re) => re.test(term))) return 4;
  }
  return env.COLORTERM ? 4 : 1;
}

// process.stdout / stderr on a terminal: tty.WriteStream's extra surface.
class StdioTTYWriteStream extends StdioWriteStream {
  constructor(fd) {
    super(fd);
    this.isTTY = true;
    const size = internalBinding('tty').getWindowSize(fd);
    this.columns = size ? size[0] : 80;
    this.rows = size ? size[1] : 24;
  }

  getColorDepth(env = process.env) { return colorDepth(env); }

  hasColors(count, env) {
    if (env === undefined && count !== null && typeof count === 'object') {
      env = count;
      count = 16;
    } else if (count === undefined) {
      count = 16;
    } else {
      require('internal/validators').validateInteger(count, 'count', 2);
    }
    return count <= 2 ** colorDepth(env === undefined ? process.env : env);
  }

  getWindowSize() { return [this.columns, this.rows]; }

  // ANSI cursor control, as the readline helpers write it.
  cursorTo(x, y, cb) {
    if (typeof y === 'function') {
      cb = y;
      y = undefined;
    }
    const seq = typeof y === 'number' ? `\x1b[${y + 1};${x + 1}H` : `\x1b[${x + 1}G`;
    return this.write(seq, cb);
  }

  moveCursor(dx, dy, cb) {
    let seq = '';
    if (dx < 0) seq += `\x1b[${-dx}D`;
    else if (dx > 0) seq += `\x1b[${dx}C`;
    if (dy < 0) seq += `\x1b[${-dy}A`;
    else if (dy > 0) seq += `\x1b[${dy}B`;
    return this.write(seq, cb);
  }

  clearLine(dir, cb) {
    return this.write(dir < 0 ? '\x1b[1K' : dir > 0 ? '\x1b[0K' : '\x1b[2K', cb);
  }

  clearScreenDown(cb) { return this.write('\x1b[0J', cb); }
}

function create(fd) {
  if (fd === 0) return require('internal/stdin').create();
  // On a terminal, process.stdout/stderr are tty.WriteStream instances.
  if (handleType(fd) === 'tty') return new (require('tty').WriteStream)(fd);
  return new StdioWriteStream(fd);
}

module.exports = { create, StdioWriteStream, StdioTTYWriteStream };
