'use strict';
// node:fs: the synchronous API on libuv's fs calls, the callback API on the
// thread pool (results come back through the door), fs/promises over the
// callbacks. Streams, watchers, Dir and cp live in lib/internal/fs/.

const binding = internalBinding('fs');
const pathModule = require('path');
const {
  codes: {
    ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_OUT_OF_RANGE,
    ERR_FS_FILE_TOO_LARGE,
  },
  uvException,
} = require('internal/errors');
const {
  validateInteger, validateInt32, validateUint32, validateFunction, validateBoolean, validateObject,
  validateString,
} = require('internal/validators');

// Node's shape: a null-prototype object of read-only properties.
const constants = readOnly({
  UV_FS_SYMLINK_DIR: 1, UV_FS_SYMLINK_JUNCTION: 2, O_RDONLY: 0, O_WRONLY: 1, O_RDWR: 2,
  UV_DIRENT_UNKNOWN: 0, UV_DIRENT_FILE: 1, UV_DIRENT_DIR: 2, UV_DIRENT_LINK: 3, UV_DIRENT_FIFO: 4,
  UV_DIRENT_SOCKET: 5, UV_DIRENT_CHAR: 6, UV_DIRENT_BLOCK: 7, EXTENSIONLESS_FORMAT_JAVASCRIPT: 0,
  EXTENSIONLESS_FORMAT_WASM: 1, S_IFMT: 61440, S_IFREG: 32768, S_IFDIR: 16384, S_IFCHR: 8192,
  S_IFBLK: 24576, S_IFIFO: 4096, S_IFLNK: 40960, S_IFSOCK: 49152, O_CREAT: 64, O_EXCL: 128,
  UV_FS_O_FILEMAP: 0, O_NOCTTY: 256, O_TRUNC: 512, O_APPEND: 1024, O_DIRECTORY: 65536,
  O_NOATIME: 262144, O_NOFOLLOW: 131072, O_SYNC: 1052672, O_DSYNC: 4096, O_DIRECT: 16384,
  O_NONBLOCK: 2048, S_IRWXU: 448, S_IRUSR: 256, S_IWUSR: 128, S_IXUSR: 64, S_IRWXG: 56,
  S_IRGRP: 32, S_IWGRP: 16, S_IXGRP: 8, S_IRWXO: 7, S_IROTH: 4, S_IWOTH: 2, S_IXOTH: 1,
  F_OK: 0, R_OK: 4, W_OK: 2, X_OK: 1, UV_FS_COPYFILE_EXCL: 1, COPYFILE_EXCL: 1,
  UV_FS_COPYFILE_FICLONE: 2, COPYFILE_FICLONE: 2, UV_FS_COPYFILE_FICLONE_FORCE: 4,
  COPYFILE_FICLONE_FORCE: 4,
});
function readOnly(values) {
  const obj = Object.create(null);
  for (const [key, value] of Object.entries(values)) {
    Object.defineProperty(obj, key, { value, writable: false, enumerable: true, configurable: false });
  }
  return obj;
}
const { O_RDONLY, O_WRONLY, O_RDWR, O_CREAT, O_EXCL, O_TRUNC, O_APPEND, O_SYNC } = constants;

// ---- calls into src/fs.c: synchronous, or on the thread pool ----

const ops = {};
binding.ops.forEach((name, i) => { ops[name] = i; });
function fsSync(op, ...args) { return binding.call(ops[op], undefined, ...args); }
function submit(op, cb, ...args) { binding.call(ops[op], cb, ...args); }
// Synchronous, answering a negative errno (a number) instead of throwing.
function fsTry(op, ...args) { return binding.call(ops[op], null, ...args); }
const UV_ENOENT = -2; // libuv's -ENOENT

// stat/lstat that answers false for a missing path instead of throwing
// (without building the error: a missing path is common and the error
// costs several times the call). Other errors throw as usual.
function statOrMissing(op, path, throwIfMissing = false) {
  if (throwIfMissing) return fsSync(op, path);
  const r = fsTry(op, path);
  if (r !== UV_ENOENT && typeof r === 'number') return fsSync(op, path);
  return r === true;
}

// ---- arguments ----

function getPath(path, name = 'path') {
  if (typeof path === 'string') {
    // nothing
  } else if (path instanceof Uint8Array) {
    path = Buffer.from(path.buffer, path.byteOffset, path.byteLength).toString('utf8');
  } else if (path !== null && typeof path === 'object' && typeof path.href === 'string' &&
             path.protocol !== undefined) {
    path = require('url').fileURLToPath(path);
  } else {
    throw new ERR_INVALID_ARG_TYPE(name, ['string', 'Buffer', 'URL'], path);
  }
  if (path.includes('\u0000')) {
    throw new ERR_INVALID_ARG_VALUE(name, path, 'must be a string, Uint8Array, or URL without null bytes');
  }
  return path;
}

function getFd(fd) {
  validateInteger(fd, 'fd', 0, 2147483647);
  return fd;
}

const flagTable = {
  r: O_RDONLY, rs: O_RDONLY | O_SYNC, sr: O_RDONLY | O_SYNC, 'r+': O_RDWR,
  'rs+': O_RDWR | O_SYNC, 'sr+': O_RDWR | O_SYNC, w: O_TRUNC | O_CREAT | O_WRONLY,
  wx: O_TRUNC | O_CREAT | O_WRONLY | O_EXCL, xw: O_TRUNC | O_CREAT | O_WRONLY | O_EXCL,
  'w+': O_TRUNC | O_CREAT | O_RDWR, 'wx+': O_TRUNC | O_CREAT | O_RDWR | O_EXCL,
  'xw+': O_TRUNC | O_CREAT | O_RDWR | O_EXCL, a: O_APPEND | O_CREAT | O_WRONLY,
  ax: O_APPEND | O_CREAT | O_WRONLY | O_EXCL, xa: O_APPEND | O_CREAT | O_WRONLY | O_EXCL,
  as: O_APPEND | O_CREAT | O_WRONLY | O_SYNC, sa: O_APPEND | O_CREAT | O_WRONLY | O_SYNC,
  'a+': O_APPEND | O_CREAT | O_RDWR, 'ax+': O_APPEND | O_CREAT | O_RDWR | O_EXCL,
  'xa+': O_APPEND | O_CREAT | O_RDWR | O_EXCL, 'as+': O_APPEND | O_CREAT | O_RDWR | O_SYNC,
  'sa+': O_APPEND | O_CREAT | O_RDWR | O_SYNC,
};

function stringToFlags(flags, name = 'flags') {
  if (typeof flags === 'number') return flags;
  if (flags == null) return O_RDONLY;
  const f = flagTable[flags];
  if (f === undefined) throw new ERR_INVALID_ARG_VALUE(name, flags, 'is invalid');
  return f;
}

function parseMode(mode, name, def) {
  if (mode === undefined || mode === null) return def;
  if (typeof mode === 'string') {
    if (!/^[0-7]+$/.test(mode)) {
      throw new ERR_INVALID_ARG_VALUE(name, mode, 'must be a 32-bit unsigned integer or an octal string');
    }
    return parseInt(mode, 8);
  }
  validateInteger(mode, name, 0, 4294967295);
  return mode;
}

function getOptions(options, defaults) {
  if (options == null || typeof options === 'function') return defaults;
  if (typeof options === 'string') return { ...defaults, encoding: options };
  if (typeof options !== 'object') throw new ERR_INVALID_ARG_TYPE('options', ['string', 'Object'], options);
  return { ...defaults, ...options };
}

function checkEncoding(encoding) {
  if (encoding === 'utf8') return; // the default, without loading Buffer for it
  if (encoding && encoding !== 'buffer' && !Buffer.isEncoding(encoding)) {
    throw new ERR_INVALID_ARG_VALUE('encoding', encoding, 'is invalid encoding');
  }
}

// ---- Stats and Dirent ----

function dateFromMs(ms) { return new Date(Math.round(ms)); }

// The type tests shared by Stats and BigIntStats; each compares mode its own way.
class StatsBase {
  isDirectory() { return this._checkModeProperty(constants.S_IFDIR); }
  isFile() { return this._checkModeProperty(constants.S_IFREG); }
  isBlockDevice() { return this._checkModeProperty(constants.S_IFBLK); }
  isCharacterDevice() { return this._checkModeProperty(constants.S_IFCHR); }
  isSymbolicLink() { return this._checkModeProperty(constants.S_IFLNK); }
  isFIFO() { return this._checkModeProperty(constants.S_IFIFO); }
  isSocket() { return this._checkModeProperty(constants.S_IFSOCK); }
}

class Stats extends StatsBase {
  constructor(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks,
    atimeMs, mtimeMs, ctimeMs, birthtimeMs) {
    super();
    this.dev = dev;
    this.mode = mode;
    this.nlink = nlink;
    this.uid = uid;
    this.gid = gid;
    this.rdev = rdev;
    this.blksize = blksize;
    this.ino = ino;
    this.size = size;
    this.blocks = blocks;
    this.atimeMs = atimeMs;
    this.mtimeMs = mtimeMs;
    this.ctimeMs = ctimeMs;
    this.birthtimeMs = birthtimeMs;
    this.atime = dateFromMs(atimeMs);
    this.mtime = dateFromMs(mtimeMs);
    this.ctime = dateFromMs(ctimeMs);
    this.birthtime = dateFromMs(birthtimeMs);
  }

  isFile() { return this._checkModeProperty(constants.S_IFREG); }
  _checkModeProperty(type) { return (this.mode & constants.S_IFMT) === type; }
}

const kNsPerSec = 1000000000n;
const kNsPerMs = 1000000n;

// { bigint: true }: every field a BigInt, times also in nanoseconds. Built
// from [ten integer fields, then (sec, nsec) for atime, mtime, ctime, birthtime].
class BigIntStats extends StatsBase {
  constructor(v) {
    super();
    this.dev = v[0];
    this.mode = v[1];
    this.nlink = v[2];
    this.uid = v[3];
    this.gid = v[4];
    this.rdev = v[5];
    this.blksize = v[6];
    this.ino = v[7];
    this.size = v[8];
    this.blocks = v[9];
    const atimeNs = v[10] * kNsPerSec + v[11];
    const mtimeNs = v[12] * kNsPerSec + v[13];
    const ctimeNs = v[14] * kNsPerSec + v[15];
    const birthtimeNs = v[16] * kNsPerSec + v[17];
    this.atimeMs = atimeNs / kNsPerMs;
    this.mtimeMs = mtimeNs / kNsPerMs;
    this.ctimeMs = ctimeNs / kNsPerMs;
    this.birthtimeMs = birthtimeNs / kNsPerMs;
    this.atimeNs = atimeNs;
    this.mtimeNs = mtimeNs;
    this.ctimeNs = ctimeNs;
    this.birthtimeNs = birthtimeNs;
    this.atime = new Date(Number(this.atimeMs));
    this.mtime = new Date(Number(this.mtimeMs));
    this.ctime = new Date(Number(this.ctimeMs));
    this.birthtime = new Date(Number(this.birthtimeMs));
  }

  _checkModeProperty(type) { return (this.mode & BigInt(constants.S_IFMT)) === BigInt(type); }
}

// The last stat the binding made, as Stats or BigIntStats.
function statsFromBinding(bigint = false) {
  if (bigint) return new BigIntStats(binding.statBigValues);
  const v = binding.statValues;
  return new Stats(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9], v[10], v[11],
    v[12], v[13]);
}

class StatFs {
  constructor(type, bsize, blocks, bfree, bavail, files, ffree) {
    this.type = type;
    this.bsize = bsize;
    this.blocks = blocks;
    this.bfree = bfree;
    this.bavail = bavail;
    this.files = files;
    this.ffree = ffree;
  }
}

// Node keeps a Dirent's type under a symbol described 'type', so that it
// stays out of keys and JSON but shows in util.inspect.
const kType = Symbol('type');
class Dirent {
  constructor(name, type, path) {
    this.name = name;
    this.parentPath = path;
    this.path = path;
    this[kType] = type;
  }

  isDirectory() { return this[kType] === constants.UV_DIRENT_DIR; }
  isFile() { return this[kType] === constants.UV_DIRENT_FILE; }
  isBlockDevice() { return this[kType] === constants.UV_DIRENT_BLOCK; }
  isCharacterDevice() { return this[kType] === constants.UV_DIRENT_CHAR; }
  isSymbolicLink() { return this[kType] === constants.UV_DIRENT_LINK; }
  isFIFO() { return this[kType] === constants.UV_DIRENT_FIFO; }
  isSocket() { return this[kType] === constants.UV_DIRENT_SOCKET; }
}

// ---- the synchronous API ----

function existsSync(path) {
  try {
    path = getPath(path);
  } catch {
    return false;
  }
  return fsTry('stat', path) === true; // any failure is false, as in node
}

// access and copyFile modes (0 to 7), with the messages Node gives them.
function smallMode(mode) {
  if (mode == null) return 0;
  let err;
  if (typeof mode !== 'number') {
    err = new TypeError('mode must be int32 or null/undefined');
    err.code = 'ERR_INVALID_ARG_TYPE';
  } else if (!Number.isFinite(mode) || Math.trunc(mode) < 0 || Math.trunc(mode) > 7) {
    err = new RangeError(Number.isFinite(mode) ? 'mode is out of range: >= 0 && <= 7' : 'mode is out of range');
    err.code = 'ERR_OUT_OF_RANGE';
  } else {
    return Math.trunc(mode);
  }
  throw err;
}

function accessSync(path, mode) {
  fsSync('access', getPath(path), smallMode(mode));
}

function statSync(path, options = undefined) {
  // Without options (the usual call): straight to the binding.
  if (options === undefined) {
    binding.call(ops.stat, undefined, getPath(path));
    return statsFromBinding(false);
  }
  const ok = statOrMissing('stat', getPath(path), options.throwIfNoEntry !== false);
  return ok ? statsFromBinding(options.bigint) : undefined;
}

function lstatSync(path, options = undefined) {
  if (options === undefined) {
    binding.call(ops.lstat, undefined, getPath(path));
    return statsFromBinding(false);
  }
  const ok = statOrMissing('lstat', getPath(path), options.throwIfNoEntry !== false);
  return ok ? statsFromBinding(options.bigint) : undefined;
}

function fstatSync(fd, options = { bigint: false }) {
  fsSync('fstat', getFd(fd));
  return statsFromBinding(options.bigint);
}

function openSync(path, flags, mode) {
  return fsSync('open', getPath(path), stringToFlags(flags), parseMode(mode, 'mode', 0o666));
}

function closeSync(fd) {
  fsSync('close', getFd(fd));
}

function checkView(buffer, name = 'buffer') {
  if (!ArrayBuffer.isView(buffer)) {
    throw new ERR_INVALID_ARG_TYPE(name, ['Buffer', 'TypedArray', 'DataView'], buffer);
  }
  return buffer instanceof Uint8Array ? buffer :
    new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

// A read or write position: null/undefined (or -1) means "the current one".
const kMaxPositionBig = 2n ** 63n - 1n;
function readPosition(position) {
  if (position == null) return -1;
  if (typeof position === 'number') {
    validateInteger(position, 'position', -1);
    return position;
  }
  if (typeof position === 'bigint') {
    if (position > kMaxPositionBig || position < -kMaxPositionBig - 1n) {
      throw new ERR_OUT_OF_RANGE('position', `>= ${-kMaxPositionBig - 1n} && <= ${kMaxPositionBig}`, position);
    }
    return Number(position);
  }
  throw new ERR_INVALID_ARG_TYPE('position', ['integer', 'bigint'], position);
}

// read's offset, length and position, checked as Node does: the length is
// truncated to an int32 (1.5 reads one byte), and 0 means nothing to do.
// Returns null for an empty read.
function readRange(buffer, view, offset, length, position) {
  if (offset == null) offset = 0;
  else validateInteger(offset, 'offset', 0);
  length |= 0;
  if (length === 0) return null;
  if (view.byteLength === 0) throw new ERR_INVALID_ARG_VALUE('buffer', buffer, 'is empty and cannot be written');
  if (length < 0) throw new ERR_OUT_OF_RANGE('length', '>= 0', length);
  if (offset + length > view.byteLength) {
    throw new ERR_OUT_OF_RANGE('length', `<= ${view.byteLength - offset}`, length);
  }
  return [offset, length, readPosition(position)];
}

function readSync(fd, buffer, offsetOrOptions, length, position) {
  fd = getFd(fd);
  const view = checkView(buffer);
  let offset = offsetOrOptions;
  // readSync(fd, buffer[, options]): also with an object (or null) third.
  if (arguments.length <= 3 || typeof offsetOrOptions === 'object') {
    if (offsetOrOptions !== undefined) validateObject(offsetOrOptions, 'options', { nullable: true });
    ({ offset = 0, length = view.byteLength - offset, position = null } = offsetOrOptions ?? {});
  }
  const range = readRange(buffer, view, offset, length, position);
  if (range === null) return 0;
  return fsSync('read', fd, view, range[0], range[1], range[2]);
}

// write's arguments as Node takes them: a view with offset, length and
// position (or an options object in their place), or a string with
// position and encoding. Positions that are not numbers mean "current".
// Returns [view, offset, length, position].
function writeArgs(buffer, offset, length, position) {
  if (!ArrayBuffer.isView(buffer)) {
    if (typeof buffer !== 'string') {
      throw new ERR_INVALID_ARG_TYPE('buffer', ['string', 'Buffer', 'TypedArray', 'DataView'], buffer);
    }
    const encoding = typeof length === 'string' && Buffer.isEncoding(length) ? length : 'utf8';
    const bytes = Buffer.from(buffer, encoding);
    return [bytes, 0, bytes.byteLength, typeof offset === 'number' ? offset : -1];
  }
  const view = checkView(buffer);
  if (offset !== null && typeof offset === 'object') {
    ({ offset = 0, length = view.byteLength - offset, position = null } = offset);
  }
  if (offset == null) offset = 0;
  else validateInteger(offset, 'offset', 0);
  if (typeof length !== 'number') length = view.byteLength - offset;
  if (offset > view.byteLength) throw new ERR_OUT_OF_RANGE('offset', `<= ${view.byteLength}`, offset);
  if (length > view.byteLength - offset) {
    throw new ERR_OUT_OF_RANGE('length', `<= ${view.byteLength - offset}`, length);
  }
  if (length < 0) throw new ERR_OUT_OF_RANGE('length', '>= 0', length);
  validateInt32(length, 'length', 0);
  return [view, offset, length, typeof position === 'number' ? position : -1];
}

function writeSync(fd, buffer, offsetOrOptions, length, position) {
  fd = getFd(fd);
  const [view, offset, len, pos] = writeArgs(buffer, offsetOrOptions, length, position);
  return fsSync('write', fd, view, offset, len, pos);
}

function isFd(p) { return typeof p === 'number' && Number.isInteger(p) && p >= 0; }

function readFileSync(path, options) {
  // The usual call: one call into C opens, reads, closes (and decodes),
  // with node's errors. Bytes of a file over 2 GiB come back undefined: the
  // path below raises ERR_FS_FILE_TOO_LARGE (UTF-8 text that large is
  // ERR_STRING_TOO_LONG, as in node).
  const whole = wholeFileEncoding(path, options);
  if (whole === 'utf8') return binding.readFileUtf8(getPath(path), true);
  if (whole === 'bytes') {
    const ab = binding.readFileBytes(getPath(path));
    if (ab !== undefined) return Buffer.from(ab);
  }
  options = getOptions(options, { flag: 'r', encoding: null });
  checkEncoding(options.encoding);
  const own = !isFd(path);
  const fd = own ? openSync(path, options.flag, 0o666) : path;
  try {
    let size = 0;
    fsSync('fstat', fd);
    if ((binding.statValues[1] & constants.S_IFMT) === constants.S_IFREG) size = binding.statValues[8];
    if (size > 2 ** 31 - 1) throw new ERR_FS_FILE_TOO_LARGE(size);
    let data;
    if (size > 0) {
      // A regular file: the size fstat gave, into one buffer, and no more
      // (as Node; a read past it would cost a second buffer and a copy).
      const buf = Buffer.allocUnsafeSlow(size);
      let total = 0;
      while (total < size) {
        const n = fsSync('read', fd, buf, total, size - total, -1);
        if (n === 0) break;
        total += n;
      }
      data = total === size ? buf : buf.subarray(0, total);
    } else {
      // Size unknown (/proc, pipes, ttys): read to EOF in growing chunks.
      const chunks = [];
      let buf = Buffer.allocUnsafeSlow(8192);
      let total = 0;
      for (;;) {
        if (total === buf.byteLength) {
          chunks.push(buf);
          buf = Buffer.allocUnsafeSlow(Math.max(8192, total));
          total = 0;
        }
        const n = fsSync('read', fd, buf, total, buf.byteLength - total, -1);
        if (n === 0) break;
        total += n;
      }
      chunks.push(buf.subarray(0, total));
      data = chunks.length === 1 ? chunks[0] : Buffer.concat(chunks);
    }
    return options.encoding && options.encoding !== 'buffer' ? data.toString(options.encoding) : data;
  } finally {
    if (own) fsSync('close', fd);
  }
}

function toBytes(data, encoding, name = 'data') {
  if (typeof data === 'string') return Buffer.from(data, encoding || 'utf8');
  if (ArrayBuffer.isView(data)) return checkView(data, name);
  throw new ERR_INVALID_ARG_TYPE(name, ['string', 'Buffer', 'TypedArray', 'DataView'], data);
}

function writeAll(fd, bytes) {
  let off = 0;
  while (off < bytes.byteLength) off += fsSync('write', fd, bytes, off, bytes.byteLength - off, -1);
}

function writeFileSync(path, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w' });
  checkEncoding(options.encoding);
  const bytes = toBytes(data, options.encoding);
  const own = !isFd(path);
  const fd = own ? openSync(path, options.flag, options.mode) : path;
  try {
    writeAll(fd, bytes);
  } finally {
    if (own) fsSync('close', fd);
  }
}

function appendFileSync(path, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' });
  if (!options.flag || isFd(path)) options.flag = 'a';
  writeFileSync(path, data, options);
}

function mkdirSync(path, options) {
  let mode = 0o777;
  let recursive = false;
  if (typeof options === 'number' || typeof options === 'string') {
    mode = parseMode(options, 'mode', 0o777);
  } else if (options) {
    if (options.recursive !== undefined) validateBoolean(options.recursive, 'options.recursive');
    recursive = !!options.recursive;
    mode = parseMode(options.mode, 'mode', 0o777);
  }
  path = getPath(path);
  if (!recursive) {
    fsSync('mkdir', path, mode);
    return undefined;
  }
  // Create missing parents; return the first directory created.
  const abs = pathModule.resolve(path);
  const missing = [];
  let cur = abs;
  try {
    while (statOrMissing('stat', cur) === false) {
      missing.push(cur);
      const parent = pathModule.dirname(cur);
      if (parent === cur) break;
      cur = parent;
    }
  } catch (err) {
    throw mkdirError(err, path);
  }
  if (missing.length === 0) {
    if ((binding.statValues[1] & constants.S_IFMT) !== constants.S_IFDIR) {
      throw uvException({ errno: -17, syscall: 'mkdir', path });
    }
    return undefined;
  }
  for (let i = missing.length - 1; i >= 0; i--) {
    try {
      fsSync('mkdir', missing[i], mode);
    } catch (err) {
      // The synchronous form names the whole path (the others the step).
      if (err.code !== 'EEXIST') throw mkdirError(err, path);
    }
  }
  return missing[missing.length - 1];
}

// A failed look at a parent (ENOTDIR…) is reported as mkdir of the path.
function mkdirError(err, path) {
  return typeof err.errno === 'number' ? uvException({ errno: err.errno, syscall: 'mkdir', path }) : err;
}

// readdir's names in the asked encoding ('buffer' gives Buffers).
function encodeName(name, encoding) {
  if (!encoding || encoding === 'utf8' || encoding === 'utf-8') return name;
  const bytes = Buffer.from(name, 'utf8');
  return encoding === 'buffer' ? bytes : bytes.toString(encoding);
}

// The promise form does not check the type of recursive (as in Node 20).
function readdirOptions(options, validate = true) {
  options = getOptions(options, { encoding: 'utf8', withFileTypes: false, recursive: false });
  checkEncoding(options.encoding);
  if (validate && options.recursive !== undefined) validateBoolean(options.recursive, 'options.recursive');
  return options;
}

// A directory listing from the binding: [names joined by '/', types as the
// characters '0' + type].
function scandirNames(raw) {
  return raw[1].length === 0 ? [] : raw[0].split('/');
}

function scandirType(raw, i) {
  return raw[1].charCodeAt(i) - 48;
}

function scandirEntries(raw) {
  const names = scandirNames(raw);
  const out = new Array(names.length);
  for (let i = 0; i < names.length; i++) out[i] = { name: names[i], type: scandirType(raw, i) };
  return out;
}

function typeFromMode(mode) {
  switch (mode & constants.S_IFMT) {
    case constants.S_IFREG: return constants.UV_DIRENT_FILE;
    case constants.S_IFDIR: return constants.UV_DIRENT_DIR;
    case constants.S_IFLNK: return constants.UV_DIRENT_LINK;
    case constants.S_IFIFO: return constants.UV_DIRENT_FIFO;
    case constants.S_IFSOCK: return constants.UV_DIRENT_SOCKET;
    case constants.S_IFCHR: return constants.UV_DIRENT_CHAR;
    case constants.S_IFBLK: return constants.UV_DIRENT_BLOCK;
    default: return constants.UV_DIRENT_UNKNOWN;
  }
}

// Recursive readdir, as Node orders it: the synchronous and callback forms
// read directories first in, first out; the promise form last in, first
// out. Names mode descends into symbolic links to directories (a stat);
// withFileTypes mode only into real directories. Entries libuv could not
// type are settled with stat (names) or lstat (Dirents).
function needsProbe(type, withFileTypes) {
  return type === constants.UV_DIRENT_UNKNOWN || (!withFileTypes && type === constants.UV_DIRENT_LINK);
}

// One directory's entries: adds them to out, returns the subdirectories to visit.
function collectEntries(dir, rel, entries, options, out) {
  const dirs = [];
  for (const { name, type } of entries) {
    const childRel = rel === '' ? name : pathModule.join(rel, name);
    const full = pathModule.join(dir, name);
    if (options.withFileTypes) out.push(new Dirent(encodeName(name, options.encoding), type, dir));
    else out.push(encodeName(childRel, options.encoding));
    if (type === constants.UV_DIRENT_DIR) dirs.push([full, childRel]);
  }
  return dirs;
}

function readdirRecursiveSync(path, options) {
  const out = [];
  const queue = [[path, '']];
  while (queue.length > 0) {
    const [dir, rel] = queue.shift();
    const entries = scandirEntries(fsSync('scandir', dir));
    for (const e of entries) {
      if (!needsProbe(e.type, options.withFileTypes)) continue;
      try {
        fsSync(options.withFileTypes ? 'lstat' : 'stat', pathModule.join(dir, e.name));
        e.type = typeFromMode(binding.statValues[1]);
      } catch {
        // dangling, looping or vanished: not a directory to enter
      }
    }
    queue.push(...collectEntries(dir, rel, entries, options, out));
  }
  return out;
}

function readdirRecursive(path, options, lifo, cb) {
  const out = [];
  const pending = [[path, '']];
  const next = () => {
    if (pending.length === 0) return cb(null, out);
    const [dir, rel] = lifo ? pending.pop() : pending.shift();
    submit('scandir', (err, raw) => {
      if (err) return cb(err);
      const entries = scandirEntries(raw);
      const probes = entries.filter((e) => needsProbe(e.type, options.withFileTypes));
      let left = probes.length;
      const done = () => {
        pending.push(...collectEntries(dir, rel, entries, options, out));
        next();
      };
      if (left === 0) return done();
      for (const e of probes) {
        submit(options.withFileTypes ? 'lstat' : 'stat', (statErr) => {
          if (!statErr) e.type = typeFromMode(binding.statValues[1]);
          if (--left === 0) done();
        }, pathModule.join(dir, e.name));
      }
    }, dir);
  };
  next();
}

// One directory's listing, without the per-entry objects and joined paths
// the recursive walk needs.
function listing(path, raw, options) {
  const names = scandirNames(raw);
  const encoding = options.encoding;
  if (options.withFileTypes) {
    for (let i = 0; i < names.length; i++) {
      names[i] = new Dirent(encodeName(names[i], encoding), scandirType(raw, i), path);
    }
  } else if (encoding !== undefined && encoding !== 'utf8' && encoding !== 'utf-8') {
    for (let i = 0; i < names.length; i++) names[i] = encodeName(names[i], encoding);
  }
  return names;
}

function readdirSync(path, options) {
  options = readdirOptions(options);
  path = getPath(path);
  if (options.recursive) return readdirRecursiveSync(path, options);
  return listing(path, fsSync('scandir', path), options);
}

// rm's and rmdir's options, checked as Node does.
function rmOptions(options) {
  if (options === undefined) return { force: false, recursive: false };
  validateObject(options, 'options');
  const { force = false, recursive = false, retryDelay = 100, maxRetries = 0 } = options;
  validateBoolean(force, 'options.force');
  validateBoolean(recursive, 'options.recursive');
  validateInt32(retryDelay, 'options.retryDelay', 0);
  validateUint32(maxRetries, 'options.maxRetries');
  return { force, recursive };
}

let warnedRecursiveRmdir = false;
function warnRecursiveRmdir() {
  if (warnedRecursiveRmdir) return;
  warnedRecursiveRmdir = true;
  process.emitWarning('In future versions of Node.js, fs.rmdir(path, { recursive: true }) will be removed. ' +
    'Use fs.rm(path, { recursive: true }) instead', 'DeprecationWarning', 'DEP0147');
}

// Node's SystemError for rm on a directory without recursive.
function rmIsDirectoryError(path) {
  const info = { code: 'EISDIR', message: 'is a directory', path, syscall: 'rm', errno: 21 };
  const err = new Error(`Path is a directory: rm returned EISDIR (is a directory) ${path}`);
  Object.defineProperty(err, 'name', { value: 'SystemError', writable: true, configurable: true });
  Object.assign(err, { code: 'ERR_FS_EISDIR', info, errno: 21, syscall: 'rm', path });
  return err;
}

function isDirectoryMode() { return (binding.statValues[1] & constants.S_IFMT) === constants.S_IFDIR; }

function rmdirSync(path, options) {
  if (options?.recursive) warnRecursiveRmdir();
  const { recursive } = rmOptions(options);
  path = getPath(path);
  // recursive: a missing path fails in lstat; a file as rmdir does.
  if (recursive && statOrMissing('lstat', path, true) && isDirectoryMode()) return removeSync(path, true, false);
  fsSync('rmdir', path);
}

function rmSync(path, options) {
  const { recursive, force } = rmOptions(options);
  removeSync(getPath(path), recursive, force);
}

function removeSync(path, recursive, force) {
  if (statOrMissing('lstat', path, !force) === false) return;
  if (!isDirectoryMode()) {
    fsSync('unlink', path);
    return;
  }
  if (!recursive) throw rmIsDirectoryError(path);
  const raw = fsSync('scandir', path);
  for (const name of scandirNames(raw)) removeSync(pathModule.join(path, name), recursive, force);
  fsSync('rmdir', path);
}

function unlinkSync(path) { fsSync('unlink', getPath(path)); }
function renameSync(oldPath, newPath) { fsSync('rename', getPath(oldPath, 'oldPath'), getPath(newPath, 'newPath')); }
function copyFileSync(src, dest, mode) {
  fsSync('copyfile', getPath(src, 'src'), getPath(dest, 'dest'), smallMode(mode));
}
function symlinkSync(target, path, type) {
  fsSync('symlink', getPath(target, 'target'), getPath(path), type === 'dir' ? 1 : type === 'junction' ? 2 : 0);
}
function linkSync(existingPath, newPath) {
  fsSync('link', getPath(existingPath, 'existingPath'), getPath(newPath, 'newPath'));
}
function readlinkSync(path) { return fsSync('readlink', getPath(path)); }
// Node's realpath (not .native) walks the path with lstat, and stat on
// links, so its failures name the first step that failed: find that step.
function realpathError(err, path) {
  let cur = '/';
  for (const part of pathModule.resolve(path).split('/')) {
    if (part === '') continue;
    cur = pathModule.join(cur, part);
    try {
      fsSync('lstat', cur);
      if ((binding.statValues[1] & constants.S_IFMT) === constants.S_IFLNK) fsSync('stat', cur);
    } catch (stepErr) {
      return stepErr;
    }
  }
  return err;
}
function realpathSync(path) {
  path = getPath(path);
  try {
    return binding.realpath(path);
  } catch (err) {
    throw realpathError(err, path);
  }
}
realpathSync.native = function realpathSync(path) { return binding.realpath(getPath(path)); };
function chmodSync(path, mode) { fsSync('chmod', getPath(path), parseMode(mode, 'mode')); }
// A time argument in seconds: a Date, a number (negative means now) or a
// numeric string (fs._toUnixTimestamp).
function toSeconds(t, name = 'time') {
  if (typeof t === 'string' && +t == t) return +t; // loose on purpose: '' is 0, as in Node
  if (typeof t === 'number' && Number.isFinite(t)) return t < 0 ? Date.now() / 1000 : t;
  if (t instanceof Date) return t.getTime() / 1000;
  throw new ERR_INVALID_ARG_TYPE(name, ['Date', 'Time in seconds'], t);
}
function utimesSync(path, atime, mtime) { fsSync('utime', getPath(path), toSeconds(atime), toSeconds(mtime)); }
function getId(id, name) {
  validateInteger(id, name, -1, 4294967295);
  return id;
}
function chownSync(path, uid, gid) { fsSync('chown', getPath(path), getId(uid, 'uid'), getId(gid, 'gid')); }
function lchownSync(path, uid, gid) { fsSync('lchown', getPath(path), getId(uid, 'uid'), getId(gid, 'gid')); }
function fchownSync(fd, uid, gid) { fsSync('fchown', getFd(fd), getId(uid, 'uid'), getId(gid, 'gid')); }
function fchmodSync(fd, mode) { fsSync('fchmod', getFd(fd), parseMode(mode, 'mode')); }
function futimesSync(fd, atime, mtime) { fsSync('futime', getFd(fd), toSeconds(atime), toSeconds(mtime)); }
function lutimesSync(path, atime, mtime) { fsSync('lutime', getPath(path), toSeconds(atime), toSeconds(mtime)); }
function fdatasyncSync(fd) { fsSync('fdatasync', getFd(fd)); }
function checkViews(buffers) {
  if (!Array.isArray(buffers)) {
    throw new ERR_INVALID_ARG_TYPE('buffers', 'ArrayBufferView[]', buffers);
  }
  for (const b of buffers) {
    if (!ArrayBuffer.isView(b)) throw new ERR_INVALID_ARG_TYPE('buffers', 'ArrayBufferView[]', buffers);
  }
  return buffers.map((b) => checkView(b, 'buffers'));
}
// Node names readv's and writev's failures after read and write.
function vectorError(err, syscall) {
  return typeof err?.errno === 'number' ? uvException({ errno: err.errno, syscall }) : err;
}
function readvSync(fd, buffers, position) {
  const args = [getFd(fd), checkViews(buffers), typeof position === 'number' ? position : -1];
  try {
    return fsSync('readv', ...args);
  } catch (err) {
    throw vectorError(err, 'read');
  }
}
function writevSync(fd, buffers, position) {
  const args = [getFd(fd), checkViews(buffers), typeof position === 'number' ? position : -1];
  try {
    return fsSync('writev', ...args);
  } catch (err) {
    throw vectorError(err, 'write');
  }
}

function statfsSync(path, options = { bigint: false }) {
  return new StatFs(...fsSync('statfs', getPath(path), !!options.bigint));
}
// A length to truncate to: an integer, negative ones meaning 0.
function truncateLength(len) {
  if (len === undefined) return 0;
  validateInteger(len, 'len');
  return Math.max(0, len);
}
function ftruncateSync(fd, len) {
  fd = getFd(fd);
  fsSync('ftruncate', fd, truncateLength(len));
}
function truncateSync(path, len) {
  if (isFd(path)) return ftruncateSync(path, len);
  len = truncateLength(len);
  const fd = openSync(path, 'r+');
  try {
    ftruncateSync(fd, len);
  } finally {
    closeSync(fd);
  }
}
function fsyncSync(fd) { fsSync('fsync', getFd(fd)); }
// mkdtemp's failures name the call and the template (sync) or the name tried.
function mkdtempError(err, path) {
  return typeof err.errno === 'number' ? uvException({ errno: err.errno, syscall: 'mkdtemp', path }) : err;
}

function mkdtempSync(prefix) {
  prefix = getPath(prefix, 'prefix');
  const chars = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
  for (let attempt = 0; ; attempt++) {
    let suffix = '';
    for (let i = 0; i < 6; i++) suffix += chars[Math.floor(Math.random() * chars.length)];
    try {
      fsSync('mkdir', prefix + suffix, 0o700);
      return prefix + suffix;
    } catch (err) {
      if (err.code !== 'EEXIST' || attempt > 100) throw mkdtempError(err, `${prefix}XXXXXX`);
    }
  }
}

// ---- the callback API: the same calls on the thread pool ----

function takeCallback(args) {
  const cb = args[args.length - 1];
  validateFunction(cb, 'cb');
  return cb;
}

function open(path, flags, mode, cb) {
  cb = takeCallback(arguments);
  if (typeof flags === 'function') flags = undefined;
  if (typeof mode === 'function') mode = undefined;
  submit('open', cb, getPath(path), stringToFlags(flags), parseMode(mode, 'mode', 0o666));
}

function close(fd, cb = () => {}) {
  validateFunction(cb, 'cb');
  submit('close', cb, getFd(fd));
}

// read(fd, buffer, offset, length, position, cb), read(fd, buffer, options, cb),
// read(fd, options, cb), read(fd, buffer, cb) and read(fd, cb).
function read(fd, buffer, offset, length, position, cb) {
  fd = getFd(fd);
  let options;
  if (arguments.length <= 4) {
    if (arguments.length === 4) {
      validateObject(offset, 'options', { nullable: true });
      cb = length;
      options = offset;
    } else if (arguments.length === 3) {
      cb = offset;
      if (!ArrayBuffer.isView(buffer)) {
        options = buffer;
        buffer = options?.buffer ?? Buffer.alloc(16384);
      }
    } else {
      cb = buffer;
      buffer = Buffer.alloc(16384);
    }
    if (options !== undefined) validateObject(options, 'options', { nullable: true });
    ({ offset = 0, length = buffer?.byteLength - offset, position = null } = options ?? {});
  }
  const view = checkView(buffer);
  validateFunction(cb, 'cb');
  const range = readRange(buffer, view, offset, length, position);
  if (range === null) {
    process.nextTick(cb, null, 0, buffer);
    return;
  }
  submit('read', (err, n) => cb(err, n || 0, buffer), fd, view, range[0], range[1], range[2]);
}

function write(fd, buffer, offset, length, position, cb) {
  cb = takeCallback(arguments);
  fd = getFd(fd);
  // The callback may stand in any of the optional places.
  if (typeof offset === 'function') offset = undefined;
  if (typeof length === 'function') length = undefined;
  if (typeof position === 'function') position = undefined;
  const [view, off, len, pos] = writeArgs(buffer, offset, length, position);
  submit('write', (err, n) => cb(err, n || 0, buffer), fd, view, off, len, pos);
}

function statLike(op) {
  return function(target, options, cb) {
    cb = takeCallback(arguments);
    const bigint = typeof options === 'object' && options !== null && !!options.bigint;
    const arg = op === 'fstat' ? getFd(target) : getPath(target);
    submit(op, (err) => (err ? cb(err) : cb(null, statsFromBinding(bigint))), arg);
  };
}
const stat = statLike('stat');
const lstat = statLike('lstat');
const fstat = statLike('fstat');

function simple(op, prepare) {
  const fn = function(...args) {
    const cb = takeCallback(args);
    submit(op, (err, value) => (err ? cb(err) : cb(null, value)), ...prepare(...args.slice(0, -1)));
  };
  Object.defineProperty(fn, 'name', { value: op });
  return fn;
}

function rmdir(path, options, cb) {
  cb = takeCallback(arguments);
  if (typeof options === 'function') options = undefined;
  if (options?.recursive) warnRecursiveRmdir();
  const { recursive } = rmOptions(options);
  path = getPath(path);
  if (!recursive) return submit('rmdir', (err) => cb(err || null), path);
  submit('lstat', (err) => {
    if (err) return cb(err);
    if (!isDirectoryMode()) return submit('rmdir', (e) => cb(e || null), path);
    rm(path, { recursive: true }, cb);
  }, path);
}
const unlink = simple('unlink', (p) => [getPath(p)]);
const access = simple('access', (p, mode) => [getPath(p), smallMode(mode)]);
const rename = simple('rename', (a, b) => [getPath(a, 'oldPath'), getPath(b, 'newPath')]);
const copyFile = simple('copyfile', (a, b, mode) => [getPath(a, 'src'), getPath(b, 'dest'), smallMode(mode)]);
function realpath(path, options, cb) {
  cb = takeCallback(arguments);
  path = getPath(path);
  submit('realpath', (err, value) => (err ? cb(realpathError(err, path)) : cb(null, value)), path);
}
realpath.native = simple('realpath', (p) => [getPath(p)]);
const readlink = simple('readlink', (p) => [getPath(p)]);
const ftruncate = simple('ftruncate', (fd, len) => [getFd(fd), truncateLength(typeof len === 'function' ? undefined : len)]);
const fsync = simple('fsync', (fd) => [getFd(fd)]);
const symlink = simple('symlink', (t, p, type) => [getPath(t, 'target'), getPath(p), type === 'dir' ? 1 : type === 'junction' ? 2 : 0]);
const link = simple('link', (a, b) => [getPath(a, 'existingPath'), getPath(b, 'newPath')]);
const chmod = simple('chmod', (p, mode) => [getPath(p), parseMode(mode, 'mode')]);
const utimes = simple('utime', (p, at, mt) => [getPath(p), toSeconds(at), toSeconds(mt)]);
const futimes = simple('futime', (fd, at, mt) => [getFd(fd), toSeconds(at), toSeconds(mt)]);
const lutimes = simple('lutime', (p, at, mt) => [getPath(p), toSeconds(at), toSeconds(mt)]);
const chown = simple('chown', (p, u, g) => [getPath(p), getId(u, 'uid'), getId(g, 'gid')]);
const lchown = simple('lchown', (p, u, g) => [getPath(p), getId(u, 'uid'), getId(g, 'gid')]);
const fchown = simple('fchown', (fd, u, g) => [getFd(fd), getId(u, 'uid'), getId(g, 'gid')]);
const fchmod = simple('fchmod', (fd, mode) => [getFd(fd), parseMode(mode, 'mode')]);
const fdatasync = simple('fdatasync', (fd) => [getFd(fd)]);
function readv(fd, buffers, position, cb) {
  cb = takeCallback(arguments);
  const views = checkViews(buffers);
  submit('readv', (err, n) => cb(vectorError(err, 'read'), n || 0, buffers), getFd(fd), views,
    typeof position === 'number' ? position : -1);
}
function writev(fd, buffers, position, cb) {
  cb = takeCallback(arguments);
  const views = checkViews(buffers);
  submit('writev', (err, n) => cb(vectorError(err, 'write'), n || 0, buffers), getFd(fd), views,
    typeof position === 'number' ? position : -1);
}
function statfs(path, options, cb) {
  cb = takeCallback(arguments);
  const bigint = options !== null && typeof options === 'object' && !!options.bigint;
  submit('statfs', (err, v) => (err ? cb(err) : cb(null, new StatFs(...v))), getPath(path), bigint);
}

function exists(path, cb) {
  validateFunction(cb, 'cb');
  let p;
  try {
    p = getPath(path);
  } catch {
    process.nextTick(cb, false);
    return;
  }
  submit('access', (err) => cb(!err), p, constants.F_OK);
}

function mkdir(path, options, cb) {
  cb = takeCallback(arguments);
  if (typeof options === 'function') options = undefined;
  const isObject = typeof options === 'object' && options !== null;
  if (isObject && options.recursive !== undefined) validateBoolean(options.recursive, 'options.recursive');
  const recursive = isObject && options.recursive === true;
  const mode = parseMode(isObject ? options.mode : typeof options === 'boolean' ? undefined : options, 'mode', 0o777);
  path = getPath(path);
  if (!recursive) {
    submit('mkdir', (err) => cb(err || null), path, mode);
    return;
  }
  // Walk up to the first existing directory, then create downwards.
  const abs = pathModule.resolve(path);
  const missing = [];
  const probe = (p) => submit('stat', (err) => {
    if (err && err.code === 'ENOENT' && pathModule.dirname(p) !== p) {
      missing.push(p);
      probe(pathModule.dirname(p));
      return;
    }
    if (err) return cb(mkdirError(err, path));
    if (missing.length === 0) {
      if ((binding.statValues[1] & constants.S_IFMT) !== constants.S_IFDIR) {
        return cb(uvException({ errno: -17, syscall: 'mkdir', path }));
      }
      return cb(null, undefined);
    }
    const first = missing[missing.length - 1];
    const next = () => {
      const p2 = missing.pop();
      if (p2 === undefined) return cb(null, first);
      submit('mkdir', (e) => (e && e.code !== 'EEXIST' ? cb(e) : next()), p2, mode);
    };
    next();
  }, p);
  probe(abs);
}

function readdir(path, options, cb) {
  cb = takeCallback(arguments);
  options = readdirOptions(typeof options === 'function' ? undefined : options);
  path = getPath(path);
  if (options.recursive) return readdirRecursive(path, options, false, cb);
  submit('scandir', (err, raw) => (err ? cb(err) : cb(null, listing(path, raw, options))), path);
}

// readFileSync's and readFile's usual call: a file named by a string, read
// whole as bytes or as UTF-8 (no other flag, no signal). Returns undefined,
// 'bytes' or 'utf8'.
function wholeFileEncoding(path, options) {
  if (typeof path !== 'string') return undefined;
  let enc = options;
  if (enc !== null && typeof enc === 'object') {
    if ((enc.flag !== undefined && enc.flag !== 'r') || enc.signal != null) return undefined;
    enc = enc.encoding ?? undefined;
  }
  if (enc === undefined) return 'bytes';
  return enc === 'utf8' || enc === 'utf-8' ? 'utf8' : undefined;
}

function readFile(path, options, cb) {
  cb = takeCallback(arguments);
  if (typeof options === 'function') options = undefined;
  const whole = wholeFileEncoding(path, options);
  if (whole !== undefined) {
    // One trip to the thread pool: open, fstat, read and close there.
    binding.readFileAsync(getPath(path), whole === 'utf8', (err, value) => {
      if (err) cb(err);
      else if (value !== undefined) cb(null, whole === 'utf8' ? value : Buffer.from(value));
      else readFileInSteps(path, options, cb); // over 2 GiB: refused there, with its size
    });
    return;
  }
  readFileInSteps(path, options, cb);
}

function readFileInSteps(path, options, cb) {
  options = getOptions(options, { flag: 'r', encoding: null });
  checkEncoding(options.encoding);
  const own = !isFd(path);
  const finish = (fd, err, data) => {
    if (!own) return cb(err, data);
    submit('close', (closeErr) => cb(err || closeErr || null, err ? undefined : data), fd);
  };
  const start = (fd) => submit('fstat', (err) => {
    if (err) return finish(fd, err);
    const regular = (binding.statValues[1] & constants.S_IFMT) === constants.S_IFREG;
    const size = regular ? binding.statValues[8] : 0;
    if (size > 2 ** 31 - 1) return finish(fd, new ERR_FS_FILE_TOO_LARGE(size));
    // As readFileSync: a regular file's size in one buffer, no more; other
    // files to EOF in growing chunks.
    const chunks = [];
    let buf = Buffer.allocUnsafeSlow(size > 0 ? size : 8192);
    let total = 0;
    const end = () => {
      chunks.push(buf.subarray(0, total));
      const data = chunks.length === 1 ? (total === buf.byteLength ? buf : chunks[0]) : Buffer.concat(chunks);
      finish(fd, null, options.encoding && options.encoding !== 'buffer' ? data.toString(options.encoding) : data);
    };
    const step = () => {
      if (total === buf.byteLength) {
        if (size > 0) return end();
        chunks.push(buf);
        buf = Buffer.allocUnsafeSlow(Math.max(8192, total));
        total = 0;
      }
      submit('read', (e, n) => {
        if (e) return finish(fd, e);
        if (n === 0) return end();
        total += n;
        step();
      }, fd, buf, total, buf.byteLength - total, -1);
    };
    step();
  }, fd);
  if (own) {
    submit('open', (err, fd) => (err ? cb(err) : start(fd)), getPath(path), stringToFlags(options.flag), 0o666);
  } else {
    start(path);
  }
}

function writeFile(path, data, options, cb) {
  cb = takeCallback(arguments);
  options = getOptions(typeof options === 'function' ? undefined : options,
    { encoding: 'utf8', mode: 0o666, flag: 'w' });
  checkEncoding(options.encoding);
  const bytes = toBytes(data, options.encoding);
  if (!isFd(path)) {
    // One trip to the thread pool: open, write all, close there.
    binding.writeFileAsync(getPath(path), stringToFlags(options.flag), parseMode(options.mode, 'mode', 0o666),
      bytes, (err) => cb(err));
    return;
  }
  // A descriptor: written from where it is, and left open.
  let off = 0;
  const step = () => {
    if (off >= bytes.byteLength) return cb(null);
    submit('write', (e, n) => {
      if (e) return cb(e);
      off += n;
      step();
    }, path, bytes, off, bytes.byteLength - off, -1);
  };
  step();
}

function appendFile(path, data, options, cb) {
  cb = takeCallback(arguments);
  options = getOptions(typeof options === 'function' ? undefined : options,
    { encoding: 'utf8', mode: 0o666, flag: 'a' });
  if (!options.flag || isFd(path)) options.flag = 'a';
  writeFile(path, data, options, cb);
}

function truncate(path, len, cb) {
  cb = takeCallback(arguments);
  len = truncateLength(typeof len === 'function' ? undefined : len);
  if (isFd(path)) return ftruncate(path, len, cb);
  open(path, 'r+', (err, fd) => {
    if (err) return cb(err);
    ftruncate(fd, len, (e) => close(fd, (e2) => cb(e || e2 || null)));
  });
}

function mkdtemp(prefix, options, cb) {
  cb = takeCallback(arguments);
  prefix = getPath(prefix, 'prefix');
  const chars = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
  const attempt = (n) => {
    let suffix = '';
    for (let i = 0; i < 6; i++) suffix += chars[Math.floor(Math.random() * chars.length)];
    submit('mkdir', (err) => {
      if (err && err.code === 'EEXIST' && n < 100) return attempt(n + 1);
      if (err) return cb(mkdtempError(err, prefix + suffix));
      cb(null, prefix + suffix);
    }, prefix + suffix, 0o700);
  };
  attempt(0);
}

function rm(path, options, cb) {
  cb = takeCallback(arguments);
  const { recursive, force } = rmOptions(typeof options === 'function' ? undefined : options);
  path = getPath(path);
  const remove = (p, done) => submit('lstat', (err) => {
    if (err) return done(err.code === 'ENOENT' && force ? null : err);
    if ((binding.statValues[1] & constants.S_IFMT) !== constants.S_IFDIR) {
      return submit('unlink', (e) => done(e || null), p);
    }
    if (!recursive) return done(rmIsDirectoryError(p));
    submit('scandir', (e, raw) => {
      if (e) return done(e);
      const names = scandirNames(raw);
      const next = () => {
        const name = names.shift();
        if (name === undefined) return submit('rmdir', (e2) => done(e2 || null), p);
        remove(pathModule.join(p, name), (e3) => (e3 ? done(e3) : next()));
      };
      next();
    }, p);
  }, p);
  remove(path, cb);
}

const callbackApi = {
  rm,
  open, close, read, write, stat, lstat, fstat, rmdir, unlink, access, rename, copyFile, realpath,
  readlink, ftruncate, fsync, fdatasync, symlink, link, chmod, utimes, futimes, lutimes, chown,
  lchown, fchown, fchmod, statfs, readv, writev, exists, mkdir, readdir,
  readFile, writeFile, appendFile, truncate, mkdtemp,
};

const sync = {
  existsSync, accessSync, statSync, lstatSync, fstatSync, openSync, closeSync, readSync, writeSync,
  readFileSync, writeFileSync, appendFileSync, mkdirSync, readdirSync, rmdirSync, rmSync,
  unlinkSync, renameSync, copyFileSync, symlinkSync, linkSync, readlinkSync, realpathSync,
  chmodSync, utimesSync, ftruncateSync, truncateSync, fsyncSync, fdatasyncSync, mkdtempSync,
  chownSync, lchownSync, fchownSync, fchmodSync, futimesSync, lutimesSync, statfsSync,
  readvSync, writevSync,
};

// fs.openAsBlob: the file is checked now (Node throws at once when it cannot
// be opened) and read whole before the promise settles; the Blob holds a
// copy, so later changes to the file do not show (Node's Blob reads lazily
// and fails with NotReadableError when the file changed).
function openAsBlob(path, options = {}) {
  path = getPath(path);
  validateObject(options, 'options');
  const type = options.type === undefined ? '' : options.type;
  validateString(type, 'options.type');
  let fd;
  try {
    fd = openSync(path, 'r');
  } catch {
    const err = new TypeError('Unable to open file as blob');
    err.code = 'ERR_INVALID_ARG_VALUE';
    throw err;
  }
  return new Promise((resolve, reject) => {
    readFile(fd, (err, data) => {
      close(fd, () => {
        if (err) {
          const { DOMException } = require('internal/dom_exception');
          reject(new DOMException('The blob could not be read', 'NotReadableError'));
          return;
        }
        const bytes = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
        resolve(require('internal/buffer_blob').createBlob(bytes, type));
      });
    });
  });
}

// fs.watchFile: one StatWatcher per resolved path, shared by its listeners.
const statWatchers = new Map();
function watchFile(filename, options, listener) {
  filename = pathModule.resolve(getPath(filename, 'filename'));
  if (typeof options === 'function') {
    listener = options;
    options = {};
  }
  options = { persistent: true, interval: 5007, ...options };
  validateFunction(listener, 'listener');
  let watcher = statWatchers.get(filename);
  if (watcher === undefined) {
    const { StatWatcher } = require('internal/fs/watchers');
    const bigint = !!options.bigint;
    watcher = new StatWatcher((v) => (bigint ? new BigIntStats(v) : new Stats(...v)));
    watcher.start(filename, options.persistent, options.interval, bigint);
    statWatchers.set(filename, watcher);
  }
  watcher.addListener('change', listener);
  return watcher;
}

function unwatchFile(filename, listener) {
  filename = pathModule.resolve(getPath(filename, 'filename'));
  const watcher = statWatchers.get(filename);
  if (watcher === undefined) return;
  if (typeof listener === 'function') watcher.removeListener('change', listener);
  else watcher.removeAllListeners('change');
  if (watcher.listenerCount('change') === 0) {
    watcher.stop();
    statWatchers.delete(filename);
  }
}

function watch(filename, options, listener) {
  if (typeof options === 'function') {
    listener = options;
    options = {};
  }
  options = getOptions(options, { persistent: true, recursive: false, encoding: 'utf8' });
  if (options.recursive !== undefined) validateBoolean(options.recursive, 'options.recursive');
  checkEncoding(options.encoding);
  const { FSWatcher } = require('internal/fs/watchers');
  const watcher = new FSWatcher();
  watcher.start(getPath(filename, 'filename'), options.persistent, options.recursive, options.encoding);
  if (listener !== undefined) {
    validateFunction(listener, 'listener');
    watcher.on('change', listener);
  }
  if (options.signal) {
    if (options.signal.aborted) process.nextTick(() => watcher.close());
    else options.signal.addEventListener('abort', () => watcher.close(), { once: true });
  }
  return watcher;
}

function cp(src, dest, options, cb) {
  require('internal/fs/cp').cp(getPath(src, 'src'), getPath(dest, 'dest'), options, cb);
}
function cpSync(src, dest, options) {
  require('internal/fs/cp').cpSync(getPath(src, 'src'), getPath(dest, 'dest'), options);
}

function opendir(path, options, cb) {
  cb = takeCallback(arguments);
  require('internal/fs/dir').opendir(getPath(path), options, cb);
}
function opendirSync(path, options) { return require('internal/fs/dir').opendirSync(getPath(path), options); }

function createReadStream(path, options) {
  return new (require('internal/fs/streams').ReadStream)(path, options);
}
function createWriteStream(path, options) {
  return new (require('internal/fs/streams').WriteStream)(path, options);
}

const fs = {
  ...callbackApi, ...sync, watch, watchFile, unwatchFile, cp, cpSync, createReadStream, createWriteStream, opendir, opendirSync,
  openAsBlob,
  // Linux has no lchmod: Node leaves these names undefined there.
  lchmod: undefined, lchmodSync: undefined,
  Stats, Dirent,
  F_OK: 0, R_OK: 4, W_OK: 2, X_OK: 1,
  _toUnixTimestamp: function toUnixTimestamp(time, name) { return toSeconds(time, name); },
};
Object.defineProperty(fs, 'constants', { value: constants, writable: false, enumerable: true, configurable: false });
// Lazy classes; assigning replaces them, as in Node.
function lazyClass(name, load) {
  const accessors = {
    get [name]() { return load(); },
    set [name](value) {
      Object.defineProperty(fs, name, { value, writable: true, enumerable: true, configurable: true });
    },
  };
  const { get, set } = Object.getOwnPropertyDescriptor(accessors, name);
  Object.defineProperty(fs, name, { get, set, enumerable: true, configurable: true });
}
lazyClass('ReadStream', () => require('internal/fs/streams').ReadStream);
lazyClass('WriteStream', () => require('internal/fs/streams').WriteStream);
lazyClass('FileReadStream', () => require('internal/fs/streams').ReadStream);
lazyClass('FileWriteStream', () => require('internal/fs/streams').WriteStream);
lazyClass('Dir', () => require('internal/fs/dir').Dir);
Object.defineProperty(fs, 'promises', {
  get() { return require('fs/promises'); }, enumerable: true, configurable: true,
});

Object.assign(require('internal/fs/shared'), { readdirOptions, readdirRecursive, getPath, listing });

module.exports = fs;
