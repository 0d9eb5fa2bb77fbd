'use strict';
// fs/promises FileHandle over the callback API.

const EventEmitter = require('events');

function lazyFs() { return require('fs'); }

const kFd = Symbol('kFd');

function closedError(syscall) {
  const err = new Error('file closed');
  err.code = 'EBADF';
  err.syscall = syscall;
  return err;
}

class FileHandle extends EventEmitter {
  constructor(fd) {
    super();
    this[kFd] = fd;
  }

  get fd() { return this[kFd]; }

  // Runs fs[name](fd, …args) and resolves with what the callback gives.
  #call(name, syscall, args, shape) {
    if (this[kFd] === -1) return Promise.reject(closedError(syscall));
    return new Promise((resolve, reject) => {
      lazyFs()[name](this[kFd], ...args, (err, a, b) => (err ? reject(err) : resolve(shape ? shape(a, b) : a)));
    });
  }

  read(buffer, offset, length, position) {
    if (buffer === undefined || (buffer !== null && typeof buffer === 'object' && !ArrayBuffer.isView(buffer))) {
      const o = buffer || {};
      buffer = o.buffer || Buffer.alloc(16384);
      offset = o.offset || 0;
      length = o.length === undefined ? buffer.byteLength - offset : o.length;
      position = o.position === undefined ? null : o.position;
    }
    return this.#call('read', 'read', [buffer, offset, length, position],
      (bytesRead, buf) => ({ bytesRead, buffer: buf }));
  }

  write(buffer, ...rest) {
    return this.#call('write', 'write', [buffer, ...rest], (bytesWritten, buf) => ({ bytesWritten, buffer: buf }));
  }

  readFile(options) { return this.#call('readFile', 'read', [options]); }
  writeFile(data, options) { return this.#call('writeFile', 'write', [data, options]); }
  appendFile(data, options) { return this.#call('appendFile', 'write', [data, options]); }
  stat(options) { return this.#call('fstat', 'fstat', [options]); }
  truncate(len = 0) { return this.#call('ftruncate', 'ftruncate', [len]); }
  sync() { return this.#call('fsync', 'fsync', []); }
  datasync() { return this.#call('fdatasync', 'fdatasync', []); }
  chmod(mode) { return this.#call('fchmod', 'fchmod', [mode]); }
  chown(uid, gid) { return this.#call('fchown', 'fchown', [uid, gid]); }
  utimes(atime, mtime) { return this.#call('futimes', 'futime', [atime, mtime]); }

  close() {
    if (this[kFd] === -1) return Promise.resolve();
    const fd = this[kFd];
    this[kFd] = -1;
    return new Promise((resolve, reject) => {
      lazyFs().close(fd, (err) => {
        if (err) return reject(err);
        this.emit('close');
        resolve();
      });
    });
  }

  createReadStream(options) {
    return lazyFs().createReadStream(null, { ...options, fd: this[kFd], autoClose: false });
  }

  createWriteStream(options) {
    return lazyFs().createWriteStream(null, { ...options, fd: this[kFd], autoClose: false });
  }
}
Object.defineProperty(FileHandle.prototype, Symbol.asyncDispose ?? Symbol.for('nodejs.asyncDispose'), {
  value() { return this.close(); }, writable: true, configurable: true,
});

function open(path, flags, mode) {
  return new Promise((resolve, reject) => {
    lazyFs().open(path, flags, mode, (err, fd) => (err ? reject(err) : resolve(new FileHandle(fd))));
  });
}

module.exports = { FileHandle, open };
