'use strict';
// fs.Dir (opendir): the entries are read with one scandir when opened and
// handed out one by one.

const { codes: { ERR_DIR_CLOSED } } = require('internal/errors');

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

function opendirSync(path) {
  const fs = lazyFs();
  try {
    return new Dir(path, fs.readdirSync(path, { withFileTypes: true }));
  } catch (err) {
    if (err.syscall === 'scandir') err.syscall = 'opendir';
    if (typeof err.message === 'string') err.message = err.message.replace(', scandir ', ', opendir ');
    throw err;
  }
}

function opendir(path, options, cb) {
  if (typeof options === 'function') cb = options;
  const fs = lazyFs();
  fs.readdir(path, { withFileTypes: true }, (err, entries) => {
    if (err) {
      if (err.syscall === 'scandir') err.syscall = 'opendir';
      err.message = err.message.replace(', scandir ', ', opendir ');
      return cb(err);
    }
    cb(null, new Dir(path, entries));
  });
}

module.exports = { Dir, opendir, opendirSync };
