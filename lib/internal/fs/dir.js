'use strict';
// fs.Dir (opendir): the entries are read with one scandir (or a recursive
// readdir) when opened and handed out one by one.

const {
  codes: { ERR_DIR_CLOSED, ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE },
} = require('internal/errors');
const { validateInteger } = require('internal/validators');

function lazyFs() { return require('fs'); }

const kEntries = Symbol('kEntries');
const kClosed = Symbol('kClosed');

class Dir {
  constructor(path, entries) {
    Object.defineProperty(this, 'path', { value: path, enumerable: false });
    this[kEntries] = entries;
    this[kClosed] = false;
  }

  readSync() {
    if (this[kClosed]) throw new ERR_DIR_CLOSED();
    return this[kEntries].length > 0 ? this[kEntries].shift() : null;
  }

  read(cb) {
    if (typeof cb === 'function') {
      let entry;
      try {
        entry = this.readSync();
      } catch (err) {
        process.nextTick(cb, err);
        return;
      }
      process.nextTick(cb, null, entry);
      return;
    }
    return new Promise((resolve, reject) => this.read((err, e) => (err ? reject(err) : resolve(e))));
  }

  closeSync() {
    if (this[kClosed]) throw new ERR_DIR_CLOSED();
    this[kClosed] = true;
  }

  close(cb) {
    if (typeof cb === 'function') {
      try {
        this.closeSync();
      } catch (err) {
        process.nextTick(cb, err);
        return;
      }
      process.nextTick(cb, null);
      return;
    }
    return new Promise((resolve, reject) => this.close((err) => (err ? reject(err) : resolve())));
  }

  async* entries() {
    try {
      for (;;) {
        const e = this.readSync();
        if (e === null) break;
        yield e;
      }
    } finally {
      if (!this[kClosed]) this.closeSync();
    }
  }

  [Symbol.asyncIterator]() { return this.entries(); }
}

// opendir's options as readdir's: recursive (truthy) walks the tree breadth
// first, as Node's Dir does.
function readdirOptions(options) {
  if (options == null) options = {};
  else if (typeof options === 'string') options = { encoding: options };
  else if (typeof options !== 'object') throw new ERR_INVALID_ARG_TYPE('options', ['string', 'object'], options);
  const { encoding = 'utf8', bufferSize = 32, recursive = false } = options;
  if (encoding && encoding !== 'buffer' && !Buffer.isEncoding(encoding)) {
    throw new ERR_INVALID_ARG_VALUE('encoding', encoding, 'is invalid encoding');
  }
  validateInteger(bufferSize, 'options.bufferSize', 1, 4294967295);
  return { withFileTypes: true, encoding, recursive: !!recursive };
}

function opendirSync(path, options) {
  const fs = lazyFs();
  const opts = readdirOptions(options);
  try {
    return new Dir(path, fs.readdirSync(path, opts));
  } catch (err) {
    if (err.syscall === 'scandir') err.syscall = 'opendir';
    if (typeof err.message === 'string') err.message = err.message.replace(', scandir ', ', opendir ');
    throw err;
  }
}

function opendir(path, options, cb) {
  if (typeof options === 'function') {
    cb = options;
    options = undefined;
  }
  const fs = lazyFs();
  fs.readdir(path, readdirOptions(options), (err, entries) => {
    if (err) {
      if (err.syscall === 'scandir') err.syscall = 'opendir';
      err.message = err.message.replace(', scandir ', ', opendir ');
      return cb(err);
    }
    cb(null, new Dir(path, entries));
  });
}

module.exports = { Dir, opendir, opendirSync };
