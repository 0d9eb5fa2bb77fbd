'use strict';
// Blob and File (node:buffer, also globals). A Blob keeps its bytes in one
// immutable Uint8Array; slices share it.

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_THIS, ERR_MISSING_ARGS },
} = require('internal/errors');
const { utf8Ops, encodeC, ENC_UTF8 } = require('internal/buffer');

const customInspect = Symbol.for('nodejs.util.inspect.custom');
// Largest chunk Blob.prototype.stream() hands a default reader.
const kStreamChunkSize = 1024 * 1024;
let isBlob;
let blobBytes;
let createBlob;

function validateDictionary(value, name) {
  if (value != null && typeof value !== 'object' && typeof value !== 'function') {
    throw new ERR_INVALID_ARG_TYPE(name, 'a dictionary', value);
  }
}

function normalizeType(type) {
  if (type === undefined) return '';
  type = `${type}`;
  for (let i = 0; i < type.length; i++) {
    const c = type.charCodeAt(i);
    if (c < 0x20 || c > 0x7E) return '';
  }
  return type.toLowerCase();
}

function encodeString(str, endings) {
  if (endings === 'native') str = str.replace(/\r\n|\r|\n/g, '\n');
  if (str.length === 0) return new Uint8Array(0);
  return new Uint8Array(encodeC(str, ENC_UTF8));
}

function partBytes(part, endings) {
  if (isBlob(part)) return blobBytes(part);
  if (ArrayBuffer.isView(part)) return new Uint8Array(part.buffer, part.byteOffset, part.byteLength);
  if (part instanceof ArrayBuffer ||
      (typeof SharedArrayBuffer === 'function' && part instanceof SharedArrayBuffer)) {
    return new Uint8Array(part);
  }
  return encodeString(`${part}`, endings);
}

function relativeIndex(value, size, dflt) {
  if (value === undefined) return dflt;
  let n = Math.trunc(+value);
  if (Number.isNaN(n)) n = 0;
  if (n < 0) return Math.max(size + n, 0);
  return Math.min(n, size);
}

class Blob {
  #bytes;
  #type;

  static {
    isBlob = (v) => v !== null && typeof v === 'object' && #bytes in v;
    blobBytes = (b) => b.#bytes;
    // fs.openAsBlob: a Blob that owns bytes as they are, its type unnormalized (as Node's).
    createBlob = (bytes, type) => {
      const blob = new Blob();
      blob.#bytes = bytes;
      blob.#type = type;
      return blob;
    };
  }

  constructor(sources = [], options) {
    if (sources === null || typeof sources !== 'object' || typeof sources[Symbol.iterator] !== 'function') {
      throw new ERR_INVALID_ARG_TYPE('sources', 'a sequence', sources);
    }
    validateDictionary(options, 'options');
    const { endings = 'transparent', type = '' } = options ?? {};
    const ending = `${endings}`;
    if (ending !== 'transparent' && ending !== 'native') {
      throw new ERR_INVALID_ARG_VALUE('options.endings', endings);
    }
    const parts = [];
    let size = 0;
    for (const source of sources) {
      const bytes = partBytes(source, ending);
      parts.push(bytes);
      size += bytes.length;
    }
    let bytes;
    if (parts.length === 1) {
      bytes = parts[0].slice();
    } else {
      bytes = new Uint8Array(size);
      let off = 0;
      for (const p of parts) {
        bytes.set(p, off);
        off += p.length;
      }
    }
    this.#bytes = bytes;
    this.#type = normalizeType(type);
  }

  get type() {
    if (!isBlob(this)) throw new ERR_INVALID_THIS('Blob');
    return this.#type;
  }

  get size() {
    if (!isBlob(this)) throw new ERR_INVALID_THIS('Blob');
    return this.#bytes.length;
  }

  slice(start, end, contentType) {
    if (!isBlob(this)) throw new ERR_INVALID_THIS('Blob');
    const bytes = this.#bytes;
    const size = bytes.length;
    const from = relativeIndex(start, size, 0);
    const to = relativeIndex(end, size, size);
    const blob = new Blob();
    blob.#bytes = bytes.subarray(from, Math.max(from, to));
    blob.#type = normalizeType(contentType);
    return blob;
  }

  arrayBuffer() {
    if (!isBlob(this)) return Promise.reject(new ERR_INVALID_THIS('Blob'));
    const bytes = this.#bytes;
    return Promise.resolve(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length));
  }

  text() {
    if (!isBlob(this)) return Promise.reject(new ERR_INVALID_THIS('Blob'));
    const bytes = this.#bytes;
    return Promise.resolve(bytes.length === 0 ? '' : utf8Ops.slice(bytes, 0, bytes.length));
  }

  bytes() {
    if (!isBlob(this)) return Promise.reject(new ERR_INVALID_THIS('Blob'));
    return Promise.resolve(this.#bytes.slice());
  }

  stream() {
    if (!isBlob(this)) throw new ERR_INVALID_THIS('Blob');
    const { ReadableStream } = require('internal/webstreams/readablestream');
    const bytes = this.#bytes;
    let pos = 0;
    // A byte stream: BYOB readers get the bytes copied into their views.
    return new ReadableStream({
      type: 'bytes',
      pull(controller) {
        const request = controller.byobRequest;
        if (pos >= bytes.length) {
          controller.close();
          if (request) request.respond(0);
          return;
        }
        if (request) {
          const view = request.view;
          const n = Math.min(view.byteLength, bytes.length - pos);
          new Uint8Array(view.buffer, view.byteOffset, n).set(bytes.subarray(pos, pos + n));
          pos += n;
          request.respond(n);
          return;
        }
        const end = Math.min(bytes.length, pos + kStreamChunkSize);
        controller.enqueue(bytes.slice(pos, end));
        pos = end;
      },
    });
  }

  [customInspect](depth, options, inspect) {
    if (depth < 0) return '[Blob]';
    return `Blob ${inspect({ size: this.size, type: this.type }, { ...options, depth: options.depth == null ? null : options.depth - 1 })}`;
  }
}

Object.defineProperty(Blob.prototype, Symbol.toStringTag, {
  value: 'Blob', writable: false, enumerable: false, configurable: true,
});
for (const name of ['type', 'size', 'slice', 'arrayBuffer', 'text', 'bytes', 'stream']) {
  const desc = Object.getOwnPropertyDescriptor(Blob.prototype, name);
  desc.enumerable = true;
  Object.defineProperty(Blob.prototype, name, desc);
}

class File extends Blob {
  #name;
  #lastModified;

  constructor(fileBits, fileName, options = {}) {
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('fileBits', 'fileName');
    validateDictionary(options, 'options');
    super(fileBits, options);
    let lastModified = options?.lastModified;
    if (lastModified === undefined) {
      lastModified = Date.now();
    } else {
      lastModified = +lastModified;
      if (Number.isNaN(lastModified)) lastModified = 0;
    }
    this.#name = `${fileName}`;
    this.#lastModified = lastModified;
  }

  get name() {
    return this.#name;
  }

  get lastModified() {
    return this.#lastModified;
  }

  [customInspect](depth, options, inspect) {
    if (depth < 0) return '[File]';
    const shown = { size: this.size, type: this.type, name: this.name, lastModified: this.lastModified };
    return `File ${inspect(shown, { ...options, depth: options.depth == null ? null : options.depth - 1 })}`;
  }
}

Object.defineProperty(File.prototype, Symbol.toStringTag, {
  value: 'File', writable: false, enumerable: false, configurable: true,
});
for (const name of ['name', 'lastModified']) {
  const desc = Object.getOwnPropertyDescriptor(File.prototype, name);
  desc.enumerable = true;
  Object.defineProperty(File.prototype, name, desc);
}

// The Blob behind a URL.createObjectURL() URL (its registry lives with URL).
function resolveObjectURL(url) {
  return require('internal/url').resolveObjectURL(url);
}

module.exports = { Blob, File, resolveObjectURL, createBlob };
