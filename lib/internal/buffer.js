'use strict';
// The machinery under node:buffer: FastBuffer (the Uint8Array subclass every
// Buffer is), the allocation pool, and the per-encoding operations. Bytes are
// converted in C (internalBinding('buffer'), one call per operation, straight
// into the typed array's memory) or by JSC's native Uint8Array base64/hex;
// very short strings are handled in JS, where a call into C would cost more
// than the work.

const binding = internalBinding('buffer');
const { hideStackHeader } = require('internal/errors');

const kMaxLength = 2 ** 32;
const kStringMaxLength = binding.kStringMaxLength;

// Encoding ids shared with src/buffer.c.
const ENC_UTF8 = 1;
const ENC_UCS2 = 2;
const ENC_LATIN1 = 3;
const ENC_ASCII = 4;
const ENC_BASE64 = 5;
const ENC_BASE64URL = 6;
const ENC_HEX = 7;

class FastBuffer extends Uint8Array {
  // Explicit arity: JSC constructs subclasses faster than with `...args`.
  constructor(a, b, c) { super(a, b, c); }
}

// Errors Node raises from C++ with a fixed text and a code.
function nativeError(Base, code, message) {
  const err = new Base(message);
  Object.defineProperty(err, 'code', { value: code, enumerable: true, writable: true, configurable: true });
  hideStackHeader(err, `${Base.name} [${code}]`);
  return err;
}
const indexOutOfRange = () => nativeError(RangeError, 'ERR_OUT_OF_RANGE', 'Index out of range');
const notAString = () => nativeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'argument must be a string');
const notABuffer = () => nativeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'argument must be a buffer');

let ERR_STRING_TOO_LONG;
function stringTooLong() {
  ERR_STRING_TOO_LONG ??= require('internal/errors').codes.ERR_STRING_TOO_LONG;
  return new ERR_STRING_TOO_LONG();
}

// Brand checks. Calling the %TypedArray% toStringTag getter is slow in JSC,
// so the usual case (an instance of this realm's class) is answered first.
const TypedArray = Object.getPrototypeOf(Uint8Array);
const typedArrayTag = Object.getOwnPropertyDescriptor(TypedArray.prototype, Symbol.toStringTag).get;
function isUint8Array(v) {
  if (v instanceof Uint8Array && ArrayBuffer.isView(v)) return true;
  return ArrayBuffer.isView(v) && typedArrayTag.call(v) === 'Uint8Array';
}
function isTypedArray(v) {
  if (v instanceof TypedArray && ArrayBuffer.isView(v)) return true;
  return ArrayBuffer.isView(v) && typedArrayTag.call(v) !== undefined;
}

const abByteLength = Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, 'byteLength').get;
const sabByteLength = typeof SharedArrayBuffer === 'function' ?
  Object.getOwnPropertyDescriptor(SharedArrayBuffer.prototype, 'byteLength').get : undefined;
const objectToString = Object.prototype.toString;
function isAnyArrayBuffer(v) {
  if (v === null || typeof v !== 'object') return false;
  if (v instanceof ArrayBuffer) return true;
  if (sabByteLength !== undefined && v instanceof SharedArrayBuffer) return true;
  // Another realm's buffers: confirm with a brand check.
  const tag = objectToString.call(v);
  if (tag !== '[object ArrayBuffer]' && tag !== '[object SharedArrayBuffer]') return false;
  try { abByteLength.call(v); return true; } catch { /* not an ArrayBuffer */ }
  if (sabByteLength === undefined) return false;
  try { sabByteLength.call(v); return true; } catch { return false; }
}

// ---------------------------------------------------------------------------
// The pool: allocations below half the pool size share one ArrayBuffer.

let BufferCtor = { poolSize: 8 * 1024 }; // the Buffer function: its poolSize is read
let allocPool = null; // ArrayBuffer
let poolOffset = 0;
let poolCap = 0;
let poolTarget; // a FastBuffer over the whole pool, for writes into it

function setBufferConstructor(B) { BufferCtor = B; }

function createPool() {
  const n = BufferCtor.poolSize;
  // Offsets stay below 2 ** 30 so the alignment below can use int32 math.
  poolCap = typeof n === 'number' && n >= 0 ? Math.floor(Math.min(n, 2 ** 30)) : 8 * 1024;
  allocPool = new ArrayBuffer(poolCap);
  poolOffset = 0;
  poolTarget = undefined;
}

function allocate(size) {
  if (size < (BufferCtor.poolSize >>> 1)) {
    if (size <= 0) return new FastBuffer();
    if (size > poolCap - poolOffset) {
      createPool();
      if (size > poolCap) return createBuffer(size);
    }
    const b = new FastBuffer(allocPool, poolOffset, size);
    // Keep slices 8-byte aligned, as Node does.
    poolOffset = (poolOffset + size + 7) & ~7;
    return b;
  }
  return createUnsafeBuffer(size);
}

// allocUnsafe's memory, from malloc and left uninitialised as Node's. The
// engine's own buffers are fresh zeroed pages after its scavenger runs, and
// those page faults made fs streams 1.5x slower; malloc reuses freed memory.
// Past 512 KB the engine's path wins again (malloc'd buffers cost full
// collections in tight loops), so those stay the engine's.
const kUninitMax = 512 * 1024;
function createUnsafeBuffer(size) {
  if (size < 1) return new FastBuffer(); // a fraction of a byte is none, as in Node
  if (size >= kUninitMax) return createBuffer(size);
  return new FastBuffer(binding.allocUninit(size));
}

function createBuffer(size) {
  try {
    return new FastBuffer(size);
  } catch (err) {
    if (err instanceof RangeError) throw new RangeError('Array buffer allocation failed');
    throw err;
  }
}

// ---------------------------------------------------------------------------
// Strings to bytes

// Below these lengths strings are converted in JS: a call into C has a
// fixed cost of ~300 ns (the crossing and the engine calls for the string
// and the view), JS costs a few ns per character.
const kShortEncode = 256; // UTF-16 units, string to bytes
const kShortDecode = 128; // bytes, bytes to string

function utf8LengthJS(str, len) {
  let n = len;
  for (let i = 0; i < len; i++) {
    const c = str.charCodeAt(i);
    if (c < 0x80) continue;
    if (c < 0x800) { n += 1; continue; }
    if (c >= 0xD800 && c <= 0xDBFF && i + 1 < len) {
      const d = str.charCodeAt(i + 1);
      if (d >= 0xDC00 && d <= 0xDFFF) { n += 2; i++; continue; }
    }
    n += 2;
  }
  return n;
}

// Finds a non-ASCII unit; the engine's regexp JIT scans ~3x faster than a
// call into C can copy the string out.
const nonAscii = /[^\x00-\x7f]/;

function byteLengthUtf8(str) {
  const len = str.length;
  if (len <= kShortEncode) return utf8LengthJS(str, len);
  return nonAscii.test(str) ? binding.byteLengthUtf8(str) : len;
}

function base64ByteLength(str, bytes) {
  if (bytes > 0 && str.charCodeAt(bytes - 1) === 0x3D) bytes--;
  if (bytes > 1 && str.charCodeAt(bytes - 1) === 0x3D) bytes--;
  return (bytes * 3) >>> 2;
}

// Writes an ASCII-only short string in JS; -1 when a character is not
// ASCII (the caller then goes to C).
function writeAsciiJS(buf, str, offset, len) {
  for (let i = 0; i < len; i++) {
    const c = str.charCodeAt(i);
    if (c > 0x7F) return -1;
    buf[offset + i] = c;
  }
  return len;
}

// UTF-8 in JS for short strings, where a call into C costs more than the
// work. The caller guarantees room for 3 bytes per unit, so every
// character fits.
function writeUtf8JS(buf, str, offset, len) {
  let o = offset;
  for (let i = 0; i < len; i++) {
    let c = str.charCodeAt(i);
    if (c < 0x80) {
      buf[o++] = c;
    } else if (c < 0x800) {
      buf[o++] = 0xC0 | (c >> 6);
      buf[o++] = 0x80 | (c & 0x3F);
    } else {
      if (c >= 0xD800 && c <= 0xDFFF) {
        const d = i + 1 < len ? str.charCodeAt(i + 1) : 0;
        if (c <= 0xDBFF && d >= 0xDC00 && d <= 0xDFFF) {
          c = 0x10000 + ((c - 0xD800) << 10) + (d - 0xDC00);
          buf[o++] = 0xF0 | (c >> 18);
          buf[o++] = 0x80 | ((c >> 12) & 0x3F);
          buf[o++] = 0x80 | ((c >> 6) & 0x3F);
          buf[o++] = 0x80 | (c & 0x3F);
          i++;
          continue;
        }
        c = 0xFFFD; // a lone surrogate
      }
      buf[o++] = 0xE0 | (c >> 12);
      buf[o++] = 0x80 | ((c >> 6) & 0x3F);
      buf[o++] = 0x80 | (c & 0x3F);
    }
  }
  return o - offset;
}

function writeLatin1JS(buf, str, offset, len) {
  for (let i = 0; i < len; i++) buf[offset + i] = str.charCodeAt(i);
  return len;
}

// ---------------------------------------------------------------------------
// Bytes to strings

// Calls into C. Numbers travel through the shared binding.args array (an
// engine call per number argument would cost as much as the crossing).
const args = binding.args;

function sliceC(buf, start, end, id) {
  args[0] = start;
  args[1] = end;
  args[2] = id;
  const s = binding.slice(buf);
  if (s === undefined) throw stringTooLong();
  return s;
}

function writeC(buf, str, offset, max, id) {
  args[0] = offset;
  args[1] = max;
  args[2] = id;
  return binding.write(buf, str);
}

// A new ArrayBuffer holding `str` encoded (exactly sized).
function encodeC(str, id) {
  args[2] = id;
  const ab = binding.encode(str);
  if (ab === undefined) throw new RangeError('Array buffer allocation failed');
  return ab;
}

function compareC(a, as, ae, b, bs, be) {
  args[0] = as;
  args[1] = ae;
  args[2] = bs;
  args[3] = be;
  return binding.compare(a, b);
}

function indexOfC(haystack, needle, start, forward, step) {
  args[0] = start;
  args[1] = forward ? 1 : 0;
  args[2] = step;
  return binding.indexOf(haystack, needle);
}

// TextEncoder.encodeInto: [units read, bytes written].
function encodeIntoUtf8(str, view) {
  const written = binding.encodeIntoUtf8(str, view);
  return { read: args[0], written };
}

// UTF-8 in JS for short input, with the same replacement of invalid
// sequences as the C decoder (one U+FFFD per maximal invalid subpart).
function utf8StringJS(b, start, end) {
  const fcc = String.fromCharCode;
  let out = '';
  let i = start;
  while (i < end) {
    const c = b[i];
    if (c < 0x80) {
      out += fcc(c);
      i++;
      continue;
    }
    let need;
    let cp;
    let lo = 0x80;
    let hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) {
      need = 1;
      cp = c & 0x1F;
    } else if (c >= 0xE0 && c <= 0xEF) {
      need = 2;
      cp = c & 0x0F;
      if (c === 0xE0) lo = 0xA0;
      else if (c === 0xED) hi = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
      need = 3;
      cp = c & 0x07;
      if (c === 0xF0) lo = 0x90;
      else if (c === 0xF4) hi = 0x8F;
    } else {
      out += '\ufffd';
      i++;
      continue;
    }
    let j = i + 1;
    let k = 0;
    for (; k < need && j < end; k++, j++) {
      const d = b[j];
      if (d < lo || d > hi) break;
      lo = 0x80;
      hi = 0xBF;
      cp = (cp << 6) | (d & 0x3F);
    }
    i = j;
    if (k < need) out += '\ufffd';
    else if (cp >= 0x10000) out += fcc(0xD800 + ((cp - 0x10000) >> 10), 0xDC00 + ((cp - 0x10000) & 0x3FF));
    else out += fcc(cp);
  }
  return out;
}

function utf8Slice(buf, start, end) {
  if (end - start <= kShortDecode) return utf8StringJS(buf, start, end);
  return sliceC(buf, start, end, ENC_UTF8);
}

function latin1Slice(buf, start, end) {
  if (end - start <= kShortDecode) {
    let out = '';
    for (let i = start; i < end; i++) out += String.fromCharCode(buf[i]);
    return out;
  }
  return sliceC(buf, start, end, ENC_LATIN1);
}

const hasNativeBase64 = typeof Uint8Array.prototype.toBase64 === 'function' &&
  typeof Uint8Array.fromBase64 === 'function';
const hasNativeHex = typeof Uint8Array.fromHex === 'function' &&
  typeof Uint8Array.prototype.toHex === 'function';
const kBase64UrlOptions = { alphabet: 'base64url', omitPadding: true };

function viewOf(buf, start, end) {
  return start === 0 && end === buf.length && isUint8Array(buf) ? buf :
    new Uint8Array(buf.buffer, buf.byteOffset + start, end - start);
}

function base64Slice(buf, start, end) {
  if (hasNativeBase64) {
    if ((end - start) / 3 * 4 > kStringMaxLength) throw stringTooLong();
    return Uint8Array.prototype.toBase64.call(viewOf(buf, start, end));
  }
  return sliceC(buf, start, end, ENC_BASE64);
}

function base64urlSlice(buf, start, end) {
  if (hasNativeBase64) {
    if ((end - start) / 3 * 4 > kStringMaxLength) throw stringTooLong();
    return Uint8Array.prototype.toBase64.call(viewOf(buf, start, end), kBase64UrlOptions);
  }
  return sliceC(buf, start, end, ENC_BASE64URL);
}

// ---------------------------------------------------------------------------
// The operations of each encoding. write(buf, str, offset, max) returns the
// bytes written; slice(buf, start, end) the string; fromString(str) a new
// FastBuffer (only for strings too long for the pool).

function fromStringC(str, id) {
  return new FastBuffer(encodeC(str, id));
}

const utf8Ops = {
  encoding: 'utf8',
  id: ENC_UTF8,
  byteLength: byteLengthUtf8,
  maxBytes: (len) => len * 3,
  write(buf, str, offset, max) {
    const len = str.length;
    if (len <= kShortEncode) {
      if (len * 3 <= max) return writeUtf8JS(buf, str, offset, len);
      if (len <= max) {
        const w = writeAsciiJS(buf, str, offset, len);
        if (w >= 0) return w;
      }
    }
    return writeC(buf, str, offset, max, ENC_UTF8);
  },
  slice: utf8Slice,
  fromString: (str) => fromStringC(str, ENC_UTF8),
};

const ucs2Ops = {
  encoding: 'utf16le',
  id: ENC_UCS2,
  byteLength: (str) => str.length * 2,
  maxBytes: (len) => len * 2,
  write: (buf, str, offset, max) => writeC(buf, str, offset, max, ENC_UCS2),
  slice: (buf, start, end) => sliceC(buf, start, end, ENC_UCS2),
  fromString: (str) => fromStringC(str, ENC_UCS2),
};

const latin1Ops = {
  encoding: 'latin1',
  id: ENC_LATIN1,
  byteLength: (str) => str.length,
  maxBytes: (len) => len,
  write(buf, str, offset, max) {
    const len = str.length;
    if (len <= kShortEncode && len <= max) return writeLatin1JS(buf, str, offset, len);
    return writeC(buf, str, offset, max, ENC_LATIN1);
  },
  slice: latin1Slice,
  fromString: (str) => fromStringC(str, ENC_LATIN1),
};

const asciiOps = {
  encoding: 'ascii',
  id: ENC_ASCII,
  byteLength: (str) => str.length,
  maxBytes: (len) => len,
  write: latin1Ops.write,
  slice(buf, start, end) {
    if (end - start <= kShortDecode) {
      let out = '';
      for (let i = start; i < end; i++) out += String.fromCharCode(buf[i] & 0x7F);
      return out;
    }
    return sliceC(buf, start, end, ENC_ASCII);
  },
  fromString: (str) => fromStringC(str, ENC_ASCII),
};

function base64FromString(str, url) {
  if (hasNativeBase64) {
    // JSC's decoder agrees with Node's on everything it accepts; Node's
    // leniencies (other alphabet, junk, data after '=') go to C.
    try {
      const u8 = Uint8Array.fromBase64(str, url ? kBase64UrlLoose : kBase64Loose);
      return new FastBuffer(u8.buffer, u8.byteOffset, u8.length);
    } catch {
      // fall through
    }
  }
  return fromStringC(str, url ? ENC_BASE64URL : ENC_BASE64);
}
const kBase64Loose = { lastChunkHandling: 'loose' };
const kBase64UrlLoose = { alphabet: 'base64url', lastChunkHandling: 'loose' };

const base64Ops = {
  encoding: 'base64',
  id: ENC_BASE64,
  byteLength: (str) => base64ByteLength(str, str.length),
  maxBytes: (len) => ((len * 3) >>> 2) + 3,
  write: (buf, str, offset, max) => writeC(buf, str, offset, max, ENC_BASE64),
  slice: base64Slice,
  fromString: (str) => base64FromString(str, false),
};

const base64urlOps = {
  encoding: 'base64url',
  id: ENC_BASE64URL,
  byteLength: (str) => base64ByteLength(str, str.length),
  maxBytes: base64Ops.maxBytes,
  write: (buf, str, offset, max) => writeC(buf, str, offset, max, ENC_BASE64URL),
  slice: base64urlSlice,
  fromString: (str) => base64FromString(str, true),
};

const hexOps = {
  encoding: 'hex',
  id: ENC_HEX,
  byteLength: (str) => str.length >>> 1,
  maxBytes: (len) => len >>> 1,
  write: (buf, str, offset, max) => writeC(buf, str, offset, max, ENC_HEX),
  slice(buf, start, end) {
    if ((end - start) * 2 > kStringMaxLength) throw stringTooLong();
    // JSC's own toHex makes an 8-bit string in one go: ~3x the C path on
    // 1 MB, and no call into C for the short ones (ids, digests).
    if (hasNativeHex) return Uint8Array.prototype.toHex.call(viewOf(buf, start, end));
    return sliceC(buf, start, end, ENC_HEX);
  },
  fromString(str) {
    if (hasNativeHex && (str.length & 1) === 0) {
      try {
        const u8 = Uint8Array.fromHex(str);
        return new FastBuffer(u8.buffer, u8.byteOffset, u8.length);
      } catch {
        // Node stops at the first bad pair: C does that.
      }
    }
    return fromStringC(str, ENC_HEX);
  },
};

// Looks an encoding name up as Node does: exact names first, then any case.
function getEncodingOps(encoding) {
  switch (encoding) {
    case 'utf8': case 'utf-8': return utf8Ops;
    case 'hex': return hexOps;
    case 'base64': return base64Ops;
    case 'latin1': case 'binary': return latin1Ops;
    case 'ucs2': case 'ucs-2': case 'utf16le': case 'utf-16le': return ucs2Ops;
    case 'ascii': return asciiOps;
    case 'base64url': return base64urlOps;
  }
  return getEncodingOpsSlow(`${encoding}`);
}

function getEncodingOpsSlow(encoding) {
  switch (encoding.length) {
    case 3: if (encoding.toLowerCase() === 'hex') return hexOps; break;
    case 4: if (encoding.toLowerCase() === 'utf8') return utf8Ops;
      if (encoding.toLowerCase() === 'ucs2') return ucs2Ops; break;
    case 5: {
      const e = encoding.toLowerCase();
      if (e === 'utf-8') return utf8Ops;
      if (e === 'ascii') return asciiOps;
      if (e === 'ucs-2') return ucs2Ops;
      break;
    }
    case 6: {
      const e = encoding.toLowerCase();
      if (e === 'latin1' || e === 'binary') return latin1Ops;
      if (e === 'base64') return base64Ops;
      break;
    }
    case 7: if (encoding.toLowerCase() === 'utf16le') return ucs2Ops; break;
    case 8: if (encoding.toLowerCase() === 'utf-16le') return ucs2Ops; break;
    case 9: if (encoding.toLowerCase() === 'base64url') return base64urlOps; break;
  }
  return undefined;
}

// Node's normalizeEncoding: undefined/null mean utf8; unknown → undefined.
function normalizeEncoding(enc) {
  if (enc == null || enc === 'utf8' || enc === 'utf-8' || enc === '') return 'utf8';
  const ops = getEncodingOps(enc);
  return ops === undefined ? undefined : ops.encoding;
}

// A new Buffer holding `str` in the given encoding (str is not empty).
function fromStringFast(str, ops) {
  const max = ops.maxBytes(str.length);
  if (max >= (BufferCtor.poolSize >>> 1)) return ops.fromString(str);
  if (max > poolCap - poolOffset) {
    createPool();
    if (max > poolCap) return ops.fromString(str);
  }
  if (poolTarget === undefined) poolTarget = new FastBuffer(allocPool);
  const offset = poolOffset;
  const written = ops.write(poolTarget, str, offset, max);
  poolOffset = (offset + written + 7) & ~7;
  return new FastBuffer(allocPool, offset, written);
}

module.exports = {
  FastBuffer,
  kMaxLength,
  kStringMaxLength,
  setBufferConstructor,
  allocate,
  createBuffer,
  createPool,
  createUnsafeBuffer,
  getEncodingOps,
  normalizeEncoding,
  fromStringFast,
  utf8Ops,
  ucs2Ops,
  latin1Ops,
  asciiOps,
  base64Ops,
  base64urlOps,
  hexOps,
  isUint8Array,
  isTypedArray,
  isAnyArrayBuffer,
  indexOutOfRange,
  notAString,
  notABuffer,
  stringTooLong,
  sliceC,
  writeC,
  encodeC,
  compareC,
  indexOfC,
  encodeIntoUtf8,
  ENC_UTF8,
  ENC_UCS2,
  ENC_LATIN1,
  binding,
};
