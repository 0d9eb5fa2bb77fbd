'use strict';
// node:tty. ReadStream and WriteStream are net.Sockets over a TTY handle
// (src/tty.c, read and written through stream_wrap); process.stdin/stdout/
// stderr on a terminal are instances.

const net = require('net');
const { errnoException, codes: { ERR_INVALID_FD, ERR_TTY_INIT_FAILED } } = require('internal/errors');
const { validateInteger } = require('internal/validators');

const binding = internalBinding('tty');
const sw = internalBinding('stream_wrap');

function isatty(fd) {
  return Number.isInteger(fd) && fd >= 0 && fd <= 2147483647 && binding.isatty(fd);
}

function ttyHandle(fd) {
  if (!Number.isInteger(fd) || fd < 0 || fd > 2147483647) throw new ERR_INVALID_FD(fd);
  const h = binding.create(fd);
  if (typeof h === 'number') {
    const ctx = { code: internalBinding('uv').errname(h), message: internalBinding('uv').strerror(h),
      errno: h, syscall: 'uv_tty_init' };
    throw new ERR_TTY_INIT_FAILED(ctx);
  }
  h.kind = 'tty';
  return h;
}

function ReadStream(fd, options) {
  if (!(this instanceof ReadStream)) return new ReadStream(fd, options);
  const handle = ttyHandle(fd);
  net.Socket.call(this, { readableHighWaterMark: 0, handle, manualStart: true, ...options });
  this.isRaw = false;
  this.isTTY = true;
}
Object.setPrototypeOf(ReadStream.prototype, net.Socket.prototype);
Object.setPrototypeOf(ReadStream, net.Socket);

ReadStream.prototype.setRawMode = function(flag) {
  flag = !!flag;
  const err = this._handle ? binding.setRawMode(this._handle, flag) : 0;
  if (err) {
    this.emit('error', errnoException(err, 'setRawMode'));
    return this;
  }
  this.isRaw = flag;
  return this;
};

function WriteStream(fd) {
  if (!(this instanceof WriteStream)) return new WriteStream(fd);
  const handle = ttyHandle(fd);
  net.Socket.call(this, { readableHighWaterMark: 0, handle, manualStart: true });
  // Terminal output is synchronous, as in Node.
  sw.setBlocking(handle, true);
  const size = binding.getWindowSize(fd);
  this.columns = size ? size[0] : 80;
  this.rows = size ? size[1] : 24;
}
Object.setPrototypeOf(WriteStream.prototype, net.Socket.prototype);
Object.setPrototypeOf(WriteStream, net.Socket);

WriteStream.prototype.isTTY = true;

// On SIGWINCH: new columns/rows, and 'resize' when they changed.
WriteStream.prototype._refreshSize = function() {
  const size = binding.getWindowSize(this.fd ?? sw.fd(this._handle));
  if (!size) return;
  const [columns, rows] = size;
  if (this.columns !== columns || this.rows !== rows) {
    this.columns = columns;
    this.rows = rows;
    this.emit('resize');
  }
};

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


WriteStream.prototype.getColorDepth = function(env = process.env) { return colorDepth(env); };

WriteStream.prototype.hasColors = function(count, env) {
  if (env === undefined && count !== null && typeof count === 'object') {
    env = count;
    count = 16;
  } else if (count === undefined) {
    count = 16;
  } else {
    validateInteger(count, 'count', 2);
  }
  return count <= 2 ** colorDepth(env === undefined ? process.env : env);
};

WriteStream.prototype.getWindowSize = function() { return [this.columns, this.rows]; };

// ANSI cursor control, as the readline helpers write it.
WriteStream.prototype.cursorTo = function(x, y, cb) {
  if (typeof y === 'function') {
    cb = y;
    y = undefined;
  }
  const seq = typeof y === 'number' ? `\x1b[${y + 1};${x + 1}H` : `\x1b[${x + 1}G`;
  return this.write(seq, cb);
};

WriteStream.prototype.moveCursor = function(dx, dy, cb) {
  let seq = '';
  if (dx < 0) seq += `\x1b[${-dx}D`;
  else if (dx > 0) seq += `\x1b[${dx}C`;
  if (dy < 0) seq += `\x1b[${-dy}A`;
  else if (dy > 0) seq += `\x1b[${dy}B`;
  return this.write(seq, cb);
};

WriteStream.prototype.clearLine = function(dir, cb) {
  return this.write(dir < 0 ? '\x1b[1K' : dir > 0 ? '\x1b[0K' : '\x1b[2K', cb);
};

WriteStream.prototype.clearScreenDown = function(cb) { return this.write('\x1b[0J', cb); };

module.exports = { isatty, ReadStream, WriteStream };
