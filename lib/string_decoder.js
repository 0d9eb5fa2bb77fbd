'use strict';
// node:string_decoder. Bytes of a character split across writes are kept
// (lastChar, lastNeed, lastTotal, as Node exposes them) until the rest
// arrives; complete bytes decode in one call into C.

const {
  FastBuffer, normalizeEncoding, getEncodingOps, sliceC, ENC_UTF8, ENC_UCS2,
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

function decodeUtf8(bytes, start, end) {
  return end > start ? sliceC(bytes, start, end, ENC_UTF8) : '';
}

function decodeUtf16(bytes, start, end) {
  return end - start >= 2 ? sliceC(bytes, start, end, ENC_UCS2) : '';
}

class StringDecoder {
  #ops;
  #kind; // 'utf8', 'utf16le', 'base64', or '' for encodings without state
  #lastChar = new FastBuffer(4);
  #lastNeed = 0;
  #lastTotal = 0;

  constructor(encoding) {
    const normalized = normalizeEncoding(encoding);
    if (normalized === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
    this.encoding = normalized;
    this.#ops = getEncodingOps(normalized);
    this.#kind = normalized === 'utf8' || normalized === 'utf16le' ? normalized :
      normalized === 'base64' || normalized === 'base64url' ? 'base64' : '';
  }

  write(buf) {
    if (typeof buf === 'string') return buf;
    const bytes = bytesOf(buf);
    const n = bytes.length;
    const kind = this.#kind;
    if (kind === '') return n === 0 ? '' : this.#ops.slice(bytes, 0, n);
    let i = 0;
    let prefix = '';
    if (this.#lastNeed > 0) {
      i = this.#completePending(bytes);
      if (i < 0) return '';
      prefix = this.#pendingString(this.#lastTotal - this.#lastNeed);
      this.#lastNeed = 0;
      this.#lastTotal = 0;
    }
    if (i >= n) return prefix;
    if (kind === 'utf8') return prefix + this.#utf8Rest(bytes, i, n);
    if (kind === 'utf16le') return prefix + this.#utf16Rest(bytes, i, n);
    return prefix + this.#base64Rest(bytes, i, n);
  }

  // Moves bytes of the pending character from `bytes` into lastChar.
  // Returns the index after them, or -1 when the character is still
  // incomplete at the end of `bytes`. lastNeed then counts what is missing
  // (non-zero when a UTF-8 sequence was cut short by another byte).
  #completePending(bytes) {
    const n = bytes.length;
    const lastChar = this.#lastChar;
    let i = 0;
    if (this.#kind === 'utf8') {
      while (i < n && this.#lastNeed > 0) {
        const b = bytes[i];
        if ((b & 0xC0) !== 0x80) break;
        lastChar[this.#lastTotal - this.#lastNeed] = b;
        this.#lastNeed--;
        i++;
      }
      if (this.#lastNeed > 0 && i >= n) return -1;
      return i;
    }
    while (i < n && this.#lastNeed > 0) {
      lastChar[this.#lastTotal - this.#lastNeed] = bytes[i];
      this.#lastNeed--;
      i++;
    }
    return this.#lastNeed > 0 ? -1 : i;
  }

  // The string of the first `have` bytes held in lastChar.
  #pendingString(have) {
    const lastChar = this.#lastChar;
    if (this.#kind === 'utf8') return decodeUtf8(lastChar, 0, have);
    if (this.#kind === 'utf16le') return decodeUtf16(lastChar, 0, have);
    return have > 0 ? this.#ops.slice(lastChar, 0, have) : '';
  }

  #hold(bytes, from, end, total) {
    const lastChar = this.#lastChar;
    for (let k = from; k < end; k++) lastChar[k - from] = bytes[k];
    this.#lastTotal = total;
    this.#lastNeed = total - (end - from);
  }

  #utf8Rest(bytes, i, n) {
    // A lead byte at most 3 bytes from the end whose sequence is cut off.
    let end = n;
    for (let k = n - 1; k >= i && k >= n - 3; k--) {
      const b = bytes[k];
      if ((b & 0xC0) === 0x80) continue;
      const need = utf8SeqLength(b);
      if (need > n - k) {
        this.#hold(bytes, k, n, need);
        end = k;
      }
      break;
    }
    return decodeUtf8(bytes, i, end);
  }

  #utf16Rest(bytes, i, n) {
    let end = n;
    if ((n - i) % 2 === 1) {
      this.#hold(bytes, n - 1, n, 2);
      end = n - 1;
    } else {
      const hi = bytes[n - 1];
      if (hi >= 0xD8 && hi <= 0xDB) {
        this.#hold(bytes, n - 2, n, 4);
        end = n - 2;
      }
    }
    return decodeUtf16(bytes, i, end);
  }

  #base64Rest(bytes, i, n) {
    const rem = (n - i) % 3;
    let end = n;
    if (rem > 0) {
      this.#hold(bytes, n - rem, n, 3);
      end = n - rem;
    }
    return end > i ? this.#ops.slice(bytes, i, end) : '';
  }

  end(buf) {
    const r = buf === undefined ? '' : this.write(buf);
    if (this.#lastNeed > 0) {
      const have = this.#lastTotal - this.#lastNeed;
      this.#lastNeed = 0;
      this.#lastTotal = 0;
      return r + this.#pendingString(have);
    }
    this.#lastTotal = 0;
    return r;
  }

  text(buf, offset) {
    this.#lastNeed = 0;
    this.#lastTotal = 0;
    const bytes = bytesOf(buf);
    return this.write(offset > 0 ? bytes.subarray(offset) : bytes);
  }

  get lastChar() { return this.#lastChar; }
  get lastNeed() { return this.#lastNeed; }
  get lastTotal() { return this.#lastTotal; }
}

for (const name of ['write', 'end', 'text', 'lastChar', 'lastNeed', 'lastTotal']) {
  const desc = Object.getOwnPropertyDescriptor(StringDecoder.prototype, name);
  desc.enumerable = true;
  Object.defineProperty(StringDecoder.prototype, name, desc);
}

module.exports = { StringDecoder };
