'use strict';
// fs.Dir (opendir): an open directory read a batch at a time (bufferSize
// entries) through libuv, in the directory's own order as in node. One
// asynchronous operation runs at a time; later ones wait in a queue, and the
// synchronous calls refuse to run beside them.

const {
  codes: { ERR_DIR_CLOSED, ERR_DIR_CONCURRENT_OPERATION, ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE },
} = require('internal/errors');
const { validateFunction, validateInteger } = require('internal/validators');
const pathModule = require('path');

const binding = internalBinding('fs_dir');
const shared = require('internal/fs/shared'); // filled by lib/fs.js

class Dir {
  #handle;
  #path;
  #options;
  #buffered = [];
  #closed = false;
  #queue = null;           // waiting operations while an asynchronous one runs
  #pending = [];           // recursive: directories still to list, in order
  #handlePath;             // the directory #handle lists

  constructor(handle, path, options) {
    if (handle == null) throw new ERR_INVALID_ARG_TYPE('handle', 'object', handle);
    this.#handle = handle;
    this.#path = path;
    this.#handlePath = path;
    this.#options = options;
  }

  get path() { return this.#path; }

  // Adds a batch from the binding (fs.c's listing format) as Dirents.
  #take(raw) {
    const batch = shared.listing(this.#handlePath, raw, { withFileTypes: true, encoding: this.#options.encoding });
    for (let i = 0; i < batch.length; i++) this.#buffered.push(batch[i]);
  }

  // The next buffered entry; a directory is remembered for a recursive walk.
  #next() {
    const dirent = this.#buffered.shift();
    if (this.#options.recursive && dirent.isDirectory()) {
      this.#pending.push(pathModule.join(this.#handlePath, String(dirent.name)));
    }
    return dirent;
  }

  // Recursive: leaves the listed directory for the next one waiting.
  #descend(handle) {
    binding.close(this.#handle);
    this.#handle = handle;
    this.#handlePath = this.#pending.shift();
  }

  read(callback) {
    if (this.#closed) throw new ERR_DIR_CLOSED();
    if (callback === undefined) {
      return new Promise((resolve, reject) => this.read((err, d) => (err ? reject(err) : resolve(d))));
    }
    validateFunction(callback, 'callback');
    if (this.#queue !== null) {
      this.#queue.push(() => this.read(callback));
      return;
    }
    if (this.#buffered.length > 0) {
      process.nextTick(callback, null, this.#next());
      return;
    }
    this.#queue = [];
    const finish = (err, dirent) => {
      process.nextTick(() => {
        const waiting = this.#queue;
        this.#queue = null;
        for (const op of waiting) op();
      });
      callback(err, dirent);
    };
    const step = () => {
      binding.read(this.#handle, this.#options.bufferSize, (err, raw) => {
        if (err) return finish(err);
        if (raw !== null) {
          this.#take(raw);
          return finish(null, this.#next());
        }
        if (this.#pending.length === 0) return finish(null, null);
        binding.open(this.#pending[0], (openErr, handle) => {
          if (openErr) return finish(openErr);
          try {
            this.#descend(handle);
          } catch (closeErr) {
            return finish(closeErr);
          }
          step();
        });
      });
    };
    step();
  }

  readSync() {
    if (this.#closed) throw new ERR_DIR_CLOSED();
    if (this.#queue !== null) throw new ERR_DIR_CONCURRENT_OPERATION();
    while (this.#buffered.length === 0) {
      const raw = binding.read(this.#handle, this.#options.bufferSize);
      if (raw !== null) {
        this.#take(raw);
      } else if (this.#pending.length > 0) {
        this.#descend(binding.open(this.#pending[0]));
      } else {
        return null;
      }
    }
    return this.#next();
  }

  close(callback) {
    if (callback === undefined) {
      if (this.#closed) return Promise.reject(new ERR_DIR_CLOSED());
      return new Promise((resolve, reject) => this.close((err) => (err ? reject(err) : resolve())));
    }
    validateFunction(callback, 'callback');
    if (this.#closed) {
      process.nextTick(callback, new ERR_DIR_CLOSED());
      return;
    }
    if (this.#queue !== null) {
      this.#queue.push(() => this.close(callback));
      return;
    }
    this.#closed = true;
    binding.close(this.#handle, (err) => callback(err));
  }

  closeSync() {
    if (this.#closed) throw new ERR_DIR_CLOSED();
    if (this.#queue !== null) throw new ERR_DIR_CONCURRENT_OPERATION();
    this.#closed = true;
    binding.close(this.#handle);
  }

  async* entries() {
    try {
      for (;;) {
        const dirent = await this.read();
        if (dirent === null) break;
        yield dirent;
      }
    } finally {
      await this.close();
    }
  }

  [Symbol.asyncIterator]() { return this.entries(); }
}

// opendir's options as node checks them.
function dirOptions(options) {
  if (options == null) options = {};
  else if (typeof options === 'string') options = { encoding: options };
  else if (typeof options !== 'object') throw new ERR_INVALID_ARG_TYPE('options', ['string', 'object'], options);
  const { encoding = 'utf8', bufferSize = 32, recursive = false } = options;
  if (encoding && encoding !== 'buffer' && !Buffer.isEncoding(encoding)) {
    throw new ERR_INVALID_ARG_VALUE('encoding', encoding, 'is invalid encoding');
  }
  validateInteger(bufferSize, 'options.bufferSize', 1, 4294967295);
  return { encoding, bufferSize, recursive: !!recursive };
}

function opendirSync(path, options) {
  const opts = dirOptions(options);
  return new Dir(binding.open(path), path, opts);
}

function opendir(path, options, cb) {
  if (typeof options === 'function') {
    cb = options;
    options = undefined;
  }
  validateFunction(cb, 'callback');
  const opts = dirOptions(options);
  binding.open(path, (err, handle) => (err ? cb(err) : cb(null, new Dir(handle, path, opts))));
}

module.exports = { Dir, opendir, opendirSync };
