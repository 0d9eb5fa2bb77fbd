'use strict';
// TextEncoderStream and TextDecoderStream: TransformStreams around the
// TextEncoder / TextDecoder of internal/encoding.

const {
  codes: { ERR_INVALID_THIS },
  hideStackHeader,
} = require('internal/errors');
const { validateObject } = require('internal/validators');
const { TextEncoder, TextDecoder } = require('internal/encoding');
const { kInspect } = require('internal/webstreams/util');
const { createTransformStream } = require('internal/webstreams/transformstream');
const { inspectStream, makeWebIDL } = require('internal/webstreams/readablestream');

const replacementBytes = [0xEF, 0xBF, 0xBD];

let isEncoderStream;

class TextEncoderStream {
  #transform;

  static {
    isEncoderStream = (v) => v !== null && typeof v === 'object' && #transform in v;
  }

  constructor() {
    const encoder = new TextEncoder();
    // A high surrogate that ended the previous chunk waits for its pair.
    let pending = '';
    this.#transform = createTransformStream((chunk, enqueue) => {
      let s = `${chunk}`;
      if (pending !== '') {
        s = pending + s;
        pending = '';
      }
      const last = s.charCodeAt(s.length - 1);
      if (last >= 0xD800 && last <= 0xDBFF) {
        pending = s[s.length - 1];
        s = s.slice(0, -1);
      }
      if (s.length > 0) enqueue(encoder.encode(s));
    }, (enqueue) => {
      if (pending !== '') enqueue(new Uint8Array(replacementBytes));
    });
  }

  get encoding() {
    if (!isEncoderStream(this)) throw new ERR_INVALID_THIS('TextEncoderStream');
    return 'utf-8';
  }

  get readable() {
    if (!isEncoderStream(this)) throw new ERR_INVALID_THIS('TextEncoderStream');
    return this.#transform.readable;
  }

  get writable() {
    if (!isEncoderStream(this)) throw new ERR_INVALID_THIS('TextEncoderStream');
    return this.#transform.writable;
  }

  [kInspect](depth, options, inspect) {
    if (!isEncoderStream(this)) return this;
    return inspectStream(this, 'TextEncoderStream', {
      encoding: 'utf-8',
      readable: this.#transform.readable,
      writable: this.#transform.writable,
    }, depth, options, inspect);
  }
}

function invalidInput() {
  const err = new TypeError(
    'The "input" argument must be an instance of SharedArrayBuffer, ArrayBuffer or ArrayBufferView.');
  Object.defineProperty(err, 'code', {
    value: 'ERR_INVALID_ARG_TYPE', enumerable: true, writable: true, configurable: true,
  });
  hideStackHeader(err, 'TypeError [ERR_INVALID_ARG_TYPE]');
  return err;
}

function isBufferSource(v) {
  return ArrayBuffer.isView(v) || v instanceof ArrayBuffer ||
    (typeof SharedArrayBuffer === 'function' && v instanceof SharedArrayBuffer);
}

let isDecoderStream;

class TextDecoderStream {
  #transform;
  #decoder;

  static {
    isDecoderStream = (v) => v !== null && typeof v === 'object' && #decoder in v;
  }

  constructor(encoding = 'utf-8', options = {}) {
    validateObject(options, 'options', { nullable: true, allowArray: true, allowFunction: true });
    const decoder = this.#decoder = new TextDecoder(encoding, options);
    this.#transform = createTransformStream((chunk, enqueue) => {
      if (!isBufferSource(chunk)) throw invalidInput();
      const s = decoder.decode(chunk, { stream: true });
      if (s.length > 0) enqueue(s);
    }, (enqueue) => {
      const s = decoder.decode();
      if (s.length > 0) enqueue(s);
    });
  }

  get encoding() {
    if (!isDecoderStream(this)) throw new ERR_INVALID_THIS('TextDecoderStream');
    return this.#decoder.encoding;
  }

  get fatal() {
    if (!isDecoderStream(this)) throw new ERR_INVALID_THIS('TextDecoderStream');
    return this.#decoder.fatal;
  }

  get ignoreBOM() {
    if (!isDecoderStream(this)) throw new ERR_INVALID_THIS('TextDecoderStream');
    return this.#decoder.ignoreBOM;
  }

  get readable() {
    if (!isDecoderStream(this)) throw new ERR_INVALID_THIS('TextDecoderStream');
    return this.#transform.readable;
  }

  get writable() {
    if (!isDecoderStream(this)) throw new ERR_INVALID_THIS('TextDecoderStream');
    return this.#transform.writable;
  }

  [kInspect](depth, options, inspect) {
    if (!isDecoderStream(this)) return this;
    const d = this.#decoder;
    return inspectStream(this, 'TextDecoderStream', {
      encoding: d.encoding,
      fatal: d.fatal,
      ignoreBOM: d.ignoreBOM,
      readable: this.#transform.readable,
      writable: this.#transform.writable,
    }, depth, options, inspect);
  }
}

for (const cls of [TextEncoderStream, TextDecoderStream]) {
  makeWebIDL(cls);
  Object.defineProperty(cls.prototype, kInspect, { enumerable: false });
  // Node 20 gives these two no Symbol.toStringTag.
  delete cls.prototype[Symbol.toStringTag];
}

module.exports = { TextEncoderStream, TextDecoderStream };
