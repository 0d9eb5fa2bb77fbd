'use strict';
// fs/promises FileHandle over the callback API.

const EventEmitter = require('events');
const { validateInteger, validateObject } = require('internal/validators');

function lazyFs() { return require('fs'); }

const kFd = Symbol('kFd');
const kWebStream = Symbol('kWebStream');
const kWebChunkSize = 64 * 1024;

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
    // An own property in Node, not a prototype method.
    this.close = () => this.#close();
  }

  get fd() { return this[kFd]; }

  // Runs fs[name](fd, …args) and resolves with what the callback gives.
  #call(name, syscall, args, shape) {
    if (this[kFd] === -1) return Promise.reject(closedError(syscall));
    return new Promise((resolve, reject) => {
      lazyFs()[name](this[kFd], ...args, (err, a, b) => (err ? reject(err) : resolve(shape ? shape(a, b) : a)));
    });
  }

  // read([options]), read(buffer[, options]), read(buffer, offset, length,
  // position). Positions that are not valid offsets read from the current
  // one, as in Node (which does not check them here).
  read(buffer, offset, length, position) {
    let options;
    if (!ArrayBuffer.isView(buffer)) {
      if (buffer !== undefined) {
        try {
          validateObject(buffer, 'options', { nullable: true });
        } catch (err) {
          return Promise.reject(err);
        }
      }
      options = buffer ?? {};
      buffer = options.buffer ?? Buffer.alloc(16384);
    } else if (offset !== null && typeof offset === 'object') {
      options = offset;
    }
    if (options !== undefined) {
      ({ offset = 0, length = buffer.byteLength - offset, position = null } = options);
    }
    if (typeof position === 'number') {
      if (!Number.isSafeInteger(position) || position < 0) position = null;
    } else if (typeof position === 'bigint') {
      if (position < 0n || position > 2n ** 63n - 1n) position = null;
    } else {
      position = null;
    }
    return this.#call('read', 'read', [buffer, offset, length, position],
      (bytesRead, buf) => ({ __proto__: null, bytesRead, buffer: buf }));
  }

  write(buffer, ...rest) {
    return this.#call('write', 'write', [buffer, ...rest],
      (bytesWritten, buf) => ({ __proto__: null, bytesWritten, buffer: buf }));
  }

  readv(buffers, position) {
    return this.#call('readv', 'readv', [buffers, position],
      (bytesRead, bufs) => ({ __proto__: null, bytesRead, buffers: bufs }));
  }

  writev(buffers, position) {
    return this.#call('writev', 'writev', [buffers, position],
      (bytesWritten, bufs) => ({ __proto__: null, bytesWritten, buffers: bufs }));
  }

  readFile(options) { return this.#call('readFile', 'readFile', [options]); }
  writeFile(data, options) { return this.#call('writeFile', 'writeFile', [data, options]); }
  appendFile(data, options) { return this.#call('appendFile', 'writeFile', [data, options]); }
  stat(options) { return this.#call('fstat', 'fstat', [options]); }
  truncate(len = 0) { return this.#call('ftruncate', 'ftruncate', [len]); }
  sync() { return this.#call('fsync', 'fsync', []); }
  datasync() { return this.#call('fdatasync', 'fdatasync', []); }
  chmod(mode) { return this.#call('fchmod', 'fchmod', [mode]); }
  chown(uid, gid) { return this.#call('fchown', 'fchown', [uid, gid]); }
  utimes(atime, mtime) { return this.#call('futimes', 'futimes', [atime, mtime]); }

  #close() {
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

  // A stream over this handle's descriptor; destroying the stream closes the
  // FileHandle (autoClose decides whether end/finish/error destroy it).
  #stream(create, options) {
    if (typeof options === 'string') options = { encoding: options };
    const encoding = options?.encoding;
    if (encoding && encoding !== 'buffer' && !Buffer.isEncoding(encoding)) {
      const { codes: { ERR_INVALID_ARG_VALUE } } = require('internal/errors');
      throw new ERR_INVALID_ARG_VALUE('encoding', encoding, 'is invalid encoding');
    }
    validateInteger(this[kFd], 'fd', 0, 2147483647);
    const stream = create(null, { ...options, fd: this[kFd] });
    stream[require('internal/fs/streams').kCloseFd] = (fd, done) => this.#close().then(() => done(), done);
    return stream;
  }

  createReadStream(options) {
    return this.#stream((p, o) => lazyFs().createReadStream(p, o), options);
  }

  createWriteStream(options) {
    return this.#stream((p, o) => lazyFs().createWriteStream(p, o), options);
  }

  readLines(options) {
    const { Interface } = require('internal/fs/read_lines');
    return new Interface(this.createReadStream(options));
  }

  // A WHATWG ReadableStream of the file from its current position: chunks
  // are ArrayBuffers (Node 20), or a byte stream with { type: 'bytes' }. The
  // handle stays locked to it and is not closed by it.
  readableWebStream(options = {}) {
    const { codes: { ERR_INVALID_STATE } } = require('internal/errors');
    if (this[kFd] === -1) throw new ERR_INVALID_STATE('The FileHandle is closed');
    if (this[kWebStream] !== undefined) throw new ERR_INVALID_STATE('The FileHandle is locked');
    const { ReadableStream } = require('stream/web');
    const readInto = (view) => {
      if (this[kFd] === -1) return Promise.resolve(0);
      return this.read(view, 0, view.byteLength, null).then((r) => r.bytesRead);
    };
    let stream;
    if (options?.type === 'bytes') {
      stream = new ReadableStream({
        type: 'bytes',
        autoAllocateChunkSize: kWebChunkSize,
        async pull(controller) {
          const request = controller.byobRequest;
          const n = await readInto(request.view);
          if (n === 0) {
            controller.close();
            request.respond(0);
          } else {
            request.respond(n);
          }
        },
      });
    } else {
      stream = new ReadableStream({
        async pull(controller) {
          const buffer = new Uint8Array(kWebChunkSize);
          const n = await readInto(buffer);
          if (n === 0) controller.close();
          else controller.enqueue(buffer.buffer.slice(0, n));
        },
      }, { highWaterMark: 0 });
    }
    this[kWebStream] = stream;
    return stream;
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
