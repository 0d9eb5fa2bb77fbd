'use strict';
// TextEncoder and TextDecoder (WHATWG Encoding) for utf-8, utf-16le,
// utf-16be and windows-1252 (decoded byte for byte, as Node 20 does).

const {
  codes: {
    ERR_ENCODING_INVALID_ENCODED_DATA, ERR_ENCODING_NOT_SUPPORTED, ERR_INVALID_ARG_TYPE, ERR_INVALID_THIS,
  },
} = require('internal/errors');
const { validateObject, validateString } = require('internal/validators');
const {
  binding, sliceC, encodeC, encodeIntoUtf8, isUint8Array, isAnyArrayBuffer, ENC_UTF8, ENC_UCS2, ENC_LATIN1,
} = require('internal/buffer');
const { hideStackHeader } = require('internal/errors');

const customInspect = Symbol.for('nodejs.util.inspect.custom');

// ---------------------------------------------------------------------------
// TextEncoder

function encodeUtf8(str) {
  const len = str.length;
  if (len === 0) return new Uint8Array(0);
  if (len <= 32) {
    const out = new Uint8Array(len);
    let i = 0;
    for (; i < len; i++) {
      const c = str.charCodeAt(i);
      if (c > 0x7F) break;
      out[i] = c;
    }
    if (i === len) return out;
  }
  return new Uint8Array(encodeC(str, ENC_UTF8));
}

let isEncoder;

class TextEncoder {
  #brand = true;

  static {
    isEncoder = (v) => v !== null && typeof v === 'object' && #brand in v;
  }

  get encoding() {
    if (!isEncoder(this)) throw new ERR_INVALID_THIS('TextEncoder');
    return 'utf-8';
  }

  encode(input = '') {
    if (!isEncoder(this)) throw new ERR_INVALID_THIS('TextEncoder');
    return encodeUtf8(`${input}`);
  }

  encodeInto(src, dest) {
    if (!isEncoder(this)) throw new ERR_INVALID_THIS('TextEncoder');
    validateString(src, 'src');
    if (!isUint8Array(dest)) throw new ERR_INVALID_ARG_TYPE('dest', 'Uint8Array', dest);
    return encodeIntoUtf8(src, dest);
  }

  [customInspect](depth, options, inspect) {
    if (!isEncoder(this)) return this;
    return inspect({ encoding: 'utf-8' }, options);
  }
}

// ---------------------------------------------------------------------------
// TextDecoder

// Labels of the Encoding Standard for the encodings lode decodes.
const labels = new Map();
for (const [name, list] of [
  ['utf-8', ['unicode-1-1-utf-8', 'unicode11utf8', 'unicode20utf8', 'utf-8', 'utf8', 'x-unicode20utf8']],
  ['utf-16be', ['unicodefffe', 'utf-16be']],
  ['utf-16le', ['csunicode', 'iso-10646-ucs-2', 'ucs-2', 'unicode', 'unicodefeff', 'utf-16', 'utf-16le']],
  ['windows-1252', ['ansi_x3.4-1968', 'ascii', 'cp1252', 'cp819', 'csisolatin1', 'ibm819', 'iso-8859-1',
    'iso-ir-100', 'iso8859-1', 'iso88591', 'iso_8859-1', 'iso_8859-1:1987', 'l1', 'latin1', 'us-ascii',
    'windows-1252', 'x-cp1252']],
]) {
  for (const label of list) labels.set(label, name);
}

function getEncodingFromLabel(label) {
  const enc = labels.get(label);
  if (enc !== undefined) return enc;
  return labels.get(label.replace(/^[\t\n\f\r ]+|[\t\n\f\r ]+$/g, '').toLowerCase());
}

function invalidInput() {
  const err = new TypeError(
    'The "list" argument must be an instance of SharedArrayBuffer, ArrayBuffer or ArrayBufferView.');
  Object.defineProperty(err, 'code', {
    value: 'ERR_INVALID_ARG_TYPE', enumerable: true, writable: true, configurable: true,
  });
  hideStackHeader(err, 'TypeError [ERR_INVALID_ARG_TYPE]');
  return err;
}

function inputBytes(input) {
  if (input === undefined) return new Uint8Array(0);
  if (input instanceof Uint8Array) return input;
  if (ArrayBuffer.isView(input)) return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  if (isAnyArrayBuffer(input)) return new Uint8Array(input);
  throw invalidInput();
}

function concatBytes(a, b) {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

function swapPairs(bytes, end) {
  const out = new Uint8Array(end);
  for (let i = 0; i + 1 < end; i += 2) {
    out[i] = bytes[i + 1];
    out[i + 1] = bytes[i];
  }
  return out;
}

// windows-1252 code points of the bytes 0x80-0x9F.
const win1252High = [
  0x20AC, 0x81, 0x201A, 0x192, 0x201E, 0x2026, 0x2020, 0x2021, 0x2C6, 0x2030, 0x160, 0x2039, 0x152, 0x8D,
  0x17D, 0x8F, 0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x2DC, 0x2122, 0x161, 0x203A,
  0x153, 0x9D, 0x17E, 0x178,
];
function win1252Char(c) { return String.fromCharCode(win1252High[c.charCodeAt(0) - 0x80]); }

let isDecoder;

class TextDecoder {
  #encoding;
  #fatal;
  #ignoreBOM;
  #pending = null; // bytes of a character cut by the end of a streamed chunk
  #bomSeen = false; // a stream's first characters have been produced
  #win1252 = false;

  static {
    isDecoder = (v) => v !== null && typeof v === 'object' && #encoding in v;
  }

  constructor(encoding = 'utf-8', options = {}) {
    encoding = `${encoding}`;
    validateObject(options, 'options', { nullable: true, allowArray: true, allowFunction: true });
    const enc = getEncodingFromLabel(encoding);
    if (enc === undefined) throw new ERR_ENCODING_NOT_SUPPORTED(encoding);
    this.#encoding = enc;
    this.#fatal = Boolean(options?.fatal);
    this.#ignoreBOM = Boolean(options?.ignoreBOM);
  }

  decode(input = undefined, options = {}) {
    if (!isDecoder(this)) throw new ERR_INVALID_THIS('TextDecoder');
    let bytes = inputBytes(input);
    const stream = Boolean(options?.stream);
    if (this.#pending !== null) {
      bytes = concatBytes(this.#pending, bytes);
      this.#pending = null;
    }
    let out;
    switch (this.#encoding) {
      case 'utf-8': out = this.#decodeUtf8(bytes, stream); break;
      case 'windows-1252':
        // Node 20 decodes byte for byte until the first streamed call; from
        // then on it maps 0x80-0x9F as windows-1252 does.
        if (stream) this.#win1252 = true;
        out = bytes.length === 0 ? '' : sliceC(bytes, 0, bytes.length, ENC_LATIN1);
        if (this.#win1252) out = out.replace(/[\x80-\x9f]/g, win1252Char);
        break;
      default: out = this.#decodeUtf16(bytes, stream, this.#encoding === 'utf-16be'); break;
    }
    if (!this.#bomSeen && out.length > 0) {
      this.#bomSeen = true;
      if (!this.#ignoreBOM && out.charCodeAt(0) === 0xFEFF && this.#encoding !== 'windows-1252') {
        out = out.slice(1);
      }
    }
    if (!stream) this.#bomSeen = false;
    return out;
  }

  #fail() {
    this.#pending = null;
    this.#bomSeen = false;
    throw new ERR_ENCODING_INVALID_ENCODED_DATA(this.#encoding);
  }

  #decodeUtf8(bytes, stream) {
    let end = bytes.length;
    if (stream && end > 0) {
      const tail = binding.utf8IncompleteTail(bytes);
      if (tail > 0) {
        this.#pending = bytes.slice(end - tail);
        end -= tail;
      }
    }
    if (end === 0) return '';
    if (this.#fatal && !binding.isUtf8(end === bytes.length ? bytes : bytes.subarray(0, end))) this.#fail();
    return sliceC(bytes, 0, end, ENC_UTF8);
  }

  #decodeUtf16(bytes, stream, bigEndian) {
    const n = bytes.length;
    let end = n - (n & 1);
    if (stream) {
      // Keep an odd byte, and a high surrogate that may pair with what follows.
      if (end >= 2) {
        const hi = bigEndian ? bytes[end - 2] : bytes[end - 1];
        if (hi >= 0xD8 && hi <= 0xDB) end -= 2;
      }
      if (end < n) this.#pending = bytes.slice(end);
    }
    let out = '';
    if (end > 0) {
      out = sliceC(bigEndian ? swapPairs(bytes, end) : bytes, 0, end, ENC_UCS2);
      if (!out.isWellFormed()) {
        if (this.#fatal) this.#fail();
        out = out.toWellFormed();
      }
    }
    if (!stream && end < n) {
      // A lone byte at the end of the stream.
      if (this.#fatal) this.#fail();
      out += '\ufffd';
    }
    return out;
  }

  get encoding() {
    if (!isDecoder(this)) throw new ERR_INVALID_THIS('TextDecoder');
    return this.#encoding;
  }

  get fatal() {
    if (!isDecoder(this)) throw new ERR_INVALID_THIS('TextDecoder');
    return this.#fatal;
  }

  get ignoreBOM() {
    if (!isDecoder(this)) throw new ERR_INVALID_THIS('TextDecoder');
    return this.#ignoreBOM;
  }

  [customInspect](depth, options, inspect) {
    if (!isDecoder(this)) return this;
    const shown = { encoding: this.#encoding, fatal: this.#fatal, ignoreBOM: this.#ignoreBOM };
    return `TextDecoder ${inspect(shown, options)}`;
  }
}

for (const [cls, names] of [[TextEncoder, ['encoding', 'encode', 'encodeInto']],
  [TextDecoder, ['decode', 'encoding', 'fatal', 'ignoreBOM']]]) {
  for (const name of names) {
    const desc = Object.getOwnPropertyDescriptor(cls.prototype, name);
    desc.enumerable = true;
    Object.defineProperty(cls.prototype, name, desc);
  }
  Object.defineProperty(cls.prototype, Symbol.toStringTag, {
    value: cls.name, writable: false, enumerable: false, configurable: true,
  });
}

module.exports = { TextEncoder, TextDecoder, getEncodingFromLabel };
