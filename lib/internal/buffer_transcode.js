'use strict';
// buffer.transcode(source, fromEnc, toEnc) between utf8, utf16le, latin1
// and ascii, with the results Node gets from ICU: malformed input becomes
// U+FFFD, characters the target cannot hold become '?', and the two strict
// paths (utf8 -> utf16le, utf16le -> utf8) fail on malformed input.

const {
  FastBuffer, normalizeEncoding, isUint8Array, sliceC, encodeC, ENC_UTF8, ENC_UCS2, ENC_LATIN1, binding,
} =
  require('internal/buffer');
const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');

const kSupported = new Set(['utf8', 'utf16le', 'latin1', 'ascii']);

function icuError(code, errno) {
  const err = new Error(`Unable to transcode Buffer [${code}]`);
  err.code = code;
  err.errno = errno;
  return err;
}

// Source bytes as a string of what ICU decodes (U+FFFD for bad input).
function decode(source, enc) {
  const n = source.length;
  if (n === 0) return '';
  switch (enc) {
    case 'utf8': return sliceC(source, 0, n, ENC_UTF8);
    case 'latin1': return sliceC(source, 0, n, ENC_LATIN1);
    case 'ascii': {
      let out = '';
      for (let i = 0; i < n; i += 8192) {
        const part = Array.from(source.subarray(i, Math.min(n, i + 8192)), (b) => (b < 0x80 ? b : 0xFFFD));
        out += String.fromCharCode.apply(null, part);
      }
      return out;
    }
    default: return sliceC(source, 0, n - (n & 1), ENC_UCS2);
  }
}

// A string into a single-byte target: '?' for what does not fit (one '?'
// per code point, so a surrogate pair gives one).
function toSingleBytes(str, max) {
  const out = new FastBuffer(str.length);
  let o = 0;
  for (let i = 0; i < str.length; i++) {
    const c = str.charCodeAt(i);
    if (c <= max) {
      out[o++] = c;
      continue;
    }
    if (c >= 0xD800 && c <= 0xDBFF && i + 1 < str.length) {
      const d = str.charCodeAt(i + 1);
      if (d >= 0xDC00 && d <= 0xDFFF) i++;
    }
    out[o++] = 0x3F;
  }
  return o === out.length ? out : out.subarray(0, o);
}

function encode(str, enc) {
  if (str.length === 0) return new FastBuffer();
  switch (enc) {
    case 'latin1': return toSingleBytes(str, 0xFF);
    case 'ascii': return toSingleBytes(str, 0x7F);
    case 'utf8': return new FastBuffer(encodeC(str, ENC_UTF8));
    default: return new FastBuffer(encodeC(str.toWellFormed(), ENC_UCS2));
  }
}

function transcode(source, fromEncoding, toEncoding) {
  if (!isUint8Array(source)) {
    throw new ERR_INVALID_ARG_TYPE('source', ['Buffer', 'Uint8Array'], source);
  }
  if (source.length === 0) return new FastBuffer();
  const from = normalizeEncoding(fromEncoding) || fromEncoding;
  const to = normalizeEncoding(toEncoding) || toEncoding;
  if (!kSupported.has(from) || !kSupported.has(to)) throw icuError('U_ILLEGAL_ARGUMENT_ERROR', 1);

  if (to === 'utf16le' && (from === 'latin1' || from === 'ascii')) {
    // Widened byte by byte (ascii bytes above 0x7F too, as Node does).
    const out = new FastBuffer(source.length * 2);
    for (let i = 0; i < source.length; i++) out[2 * i] = source[i];
    return out;
  }
  if (from === 'utf8' && to === 'utf16le') {
    if (!binding.isUtf8(source)) throw icuError('U_INVALID_CHAR_FOUND', 10);
    return encode(decode(source, from), to);
  }
  const str = decode(source, from);
  if (from === 'utf16le' && to === 'utf8' && !str.isWellFormed()) {
    throw icuError('U_INVALID_CHAR_FOUND', 10);
  }
  return encode(str, to);
}

module.exports = { transcode };
