'use strict';
// node:string_decoder. Bytes of a character split across writes are kept
// (lastChar, lastNeed, lastTotal, as Node exposes them) until the rest
// arrives; complete bytes decode in one call into C.

const {
  FastBuffer, normalizeEncoding, getEncodingOps, sliceC, ENC_UCS2,
} = require('internal/buffer');
const { codes: { ERR_INVALID_ARG_TYPE, ERR_UNKNOWN_ENCODING } } = require('internal/errors');

const kBufTypes = ['Buffer', 'TypedArray', 'DataView'];

function bytesOf(buf) {
  if (buf instanceof Uint8Array) return buf;
  if (ArrayBuffer.isView(buf)) return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
  throw new ERR_INVALID_ARG_TYPE('buf', kBufTypes, buf);
}

// Length of the UTF-8 sequence a lead byte starts (0: not a lead byte).
function utf8SeqLength(b) {
  if (b >= 0xC0 && b <= 0xDF) return 2;
  if (b >= 0xE0 && b <= 0xEF) return 3;
  if (b >= 0xF0 && b <= 0xF7) return 4;
  return 0;
}

// Buffer's utf8 slice: short runs decode in JS (a call into C costs more).
const utf8Slice = getEncodingOps('utf8').slice;
function decodeUtf8(bytes, start, end) {
  return end > start ? utf8Slice(bytes, start, end) : '';
}

function decodeUtf16(bytes, start, end) {
  return end - start >= 2 ? sliceC(bytes, start, end, ENC_UCS2) : '';
}

const kOps = Symbol('ops');
const kKind = Symbol('kind'); // 'utf8', 'utf16le', 'base64', or '' for encodings without state
const kLastChar = Symbol('lastChar');
const kLastNeed = Symbol('lastNeed');
const kLastTotal = Symbol('lastTotal');

// A plain constructor function, as Node's: packages subclass it the old way
// (StringDecoder.call(this, enc), iconv-lite among them).
function StringDecoder(encoding) {
  const normalized = normalizeEncoding(encoding);
  if (normalized === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
  this.encoding = normalized;
  this[kOps] = getEncodingOps(normalized);
  this[kKind] = normalized === 'utf8' || normalized === 'utf16le' ? normalized :
    normalized === 'base64' || normalized === 'base64url' ? 'base64' : '';
  this[kLastChar] = new FastBuffer(4);
  this[kLastNeed] = 0;
  this[kLastTotal] = 0;
}

StringDecoder.prototype.write = function write(buf) {
  if (typeof buf === 'string') return buf;
  const bytes = bytesOf(buf);
  const n = bytes.length;
  const kind = this[kKind];
  if (kind === '') return n === 0 ? '' : this[kOps].slice(bytes, 0, n);
  let i = 0;
  let prefix = '';
  if (this[kLastNeed] > 0) {
    i = completePending(this, bytes);
    if (i < 0) return '';
    prefix = pendingString(this, this[kLastTotal] - this[kLastNeed]);
    this[kLastNeed] = 0;
    this[kLastTotal] = 0;
  }
  if (i >= n) return prefix;
  if (kind === 'utf8') return prefix + utf8Rest(this, bytes, i, n);
  if (kind === 'utf16le') return prefix + utf16Rest(this, bytes, i, n);
  return prefix + base64Rest(this, bytes, i, n);
};

// Moves bytes of the pending character from `bytes` into lastChar.
// Returns the index after them, or -1 when the character is still
// incomplete at the end of `bytes`. lastNeed then counts what is missing
// (non-zero when a UTF-8 sequence was cut short by another byte).
function completePending(d, bytes) {
  const n = bytes.length;
  const lastChar = d[kLastChar];
  let i = 0;
  if (d[kKind] === 'utf8') {
    while (i < n && d[kLastNeed] > 0) {
      const b = bytes[i];
      if ((b & 0xC0) !== 0x80) break;
      lastChar[d[kLastTotal] - d[kLastNeed]] = b;
      d[kLastNeed]--;
      i++;
    }
    if (d[kLastNeed] > 0 && i >= n) return -1;
    return i;
  }
  while (i < n && d[kLastNeed] > 0) {
    lastChar[d[kLastTotal] - d[kLastNeed]] = bytes[i];
    d[kLastNeed]--;
    i++;
  }
  return d[kLastNeed] > 0 ? -1 : i;
}

// The string of the first `have` bytes held in lastChar.
function pendingString(d, have) {
  const lastChar = d[kLastChar];
  // A held character is a few bytes: decoded in JS (a call into C costs more).
  if (d[kKind] === 'utf8') return have > 0 ? d[kOps].slice(lastChar, 0, have) : '';
  if (d[kKind] === 'utf16le') return decodeUtf16(lastChar, 0, have);
  return have > 0 ? d[kOps].slice(lastChar, 0, have) : '';
}

function hold(d, bytes, from, end, total) {
  const lastChar = d[kLastChar];
  for (let k = from; k < end; k++) lastChar[k - from] = bytes[k];
  d[kLastTotal] = total;
  d[kLastNeed] = total - (end - from);
}

function utf8Rest(d, bytes, i, n) {
  // A lead byte at most 3 bytes from the end whose sequence is cut off.
  let end = n;
  for (let k = n - 1; k >= i && k >= n - 3; k--) {
    const b = bytes[k];
    if ((b & 0xC0) === 0x80) continue;
    const need = utf8SeqLength(b);
    if (need > n - k) {
      hold(d, bytes, k, n, need);
      end = k;
    }
    break;
  }
  return decodeUtf8(bytes, i, end);
}

function utf16Rest(d, bytes, i, n) {
  let end = n;
  if ((n - i) % 2 === 1) {
    hold(d, bytes, n - 1, n, 2);
    end = n - 1;
  } else {
    const hi = bytes[n - 1];
    if (hi >= 0xD8 && hi <= 0xDB) {
      hold(d, bytes, n - 2, n, 4);
      end = n - 2;
    }
  }
  return decodeUtf16(bytes, i, end);
}

function base64Rest(d, bytes, i, n) {
  const rem = (n - i) % 3;
  let end = n;
  if (rem > 0) {
    hold(d, bytes, n - rem, n, 3);
    end = n - rem;
  }
  return end > i ? d[kOps].slice(bytes, i, end) : '';
}

StringDecoder.prototype.end = function end(buf) {
  const r = buf === undefined ? '' : this.write(buf);
  if (this[kLastNeed] > 0) {
    const have = this[kLastTotal] - this[kLastNeed];
    this[kLastNeed] = 0;
    this[kLastTotal] = 0;
    return r + pendingString(this, have);
  }
  this[kLastTotal] = 0;
  return r;
};

StringDecoder.prototype.text = function text(buf, offset) {
  this[kLastNeed] = 0;
  this[kLastTotal] = 0;
  const bytes = bytesOf(buf);
  return this.write(offset > 0 ? bytes.subarray(offset) : bytes);
};

Object.defineProperties(StringDecoder.prototype, {
  lastChar: { configurable: true, enumerable: true, get() { return this[kLastChar]; } },
  lastNeed: { configurable: true, enumerable: true, get() { return this[kLastNeed]; } },
  lastTotal: { configurable: true, enumerable: true, get() { return this[kLastTotal]; } },
});

module.exports = { StringDecoder };
