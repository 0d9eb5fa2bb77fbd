'use strict';
// node:buffer. Buffer is a function whose prototype is FastBuffer.prototype
// (a Uint8Array subclass), as in Node; the encoders and the pool live in
// internal/buffer, the numeric readers and writers in internal/buffer_rw.

const {
  FastBuffer, kMaxLength, kStringMaxLength, setBufferConstructor, allocate, createBuffer, createUnsafeBuffer,
  getEncodingOps, normalizeEncoding, fromStringFast, utf8Ops, ucs2Ops,
  isUint8Array, isTypedArray, isAnyArrayBuffer, indexOutOfRange, notAString, notABuffer, binding,
  compareC, indexOfC,
} = require('internal/buffer');
const { addReadWrite } = require('internal/buffer_rw');
const {
  codes: {
    ERR_BUFFER_OUT_OF_BOUNDS, ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE,
    ERR_INVALID_BUFFER_SIZE, ERR_OUT_OF_RANGE, ERR_UNKNOWN_ENCODING,
  },
} = require('internal/errors');
const { validateArray, validateInteger, validateNumber, validateString } = require('internal/validators');

let INSPECT_MAX_BYTES = 50;

const constants = Object.defineProperties({}, {
  MAX_LENGTH: { value: kMaxLength, writable: false, enumerable: true },
  MAX_STRING_LENGTH: { value: kStringMaxLength, writable: false, enumerable: true },
});

function validateSize(size) {
  if (typeof size !== 'number' || !(size >= 0 && size <= kMaxLength)) {
    validateNumber(size, 'size', 0, kMaxLength);
  }
}

// Offsets as Node's validateOffset checks them (integers within a range).
function validateOffset(value, name, min = 0, max = kMaxLength) {
  if (typeof value !== 'number') throw new ERR_INVALID_ARG_TYPE(name, 'number', value);
  if (!Number.isInteger(value)) throw new ERR_OUT_OF_RANGE(name, 'an integer', value);
  if (value < min || value > max) throw new ERR_OUT_OF_RANGE(name, `>= ${min} && <= ${max}`, value);
}

function toInteger(n, dflt) {
  n = +n;
  if (!Number.isNaN(n) && n >= Number.MIN_SAFE_INTEGER && n <= Number.MAX_SAFE_INTEGER) {
    return n % 1 === 0 ? n : Math.floor(n);
  }
  return dflt;
}

// ---------------------------------------------------------------------------
// The Buffer function (deprecated as a call or constructor: DEP0005)

let bufferWarned = false;
let quietChecks = 0;
function showDeprecation() {
  if (bufferWarned) return;
  // Node stays quiet when the call comes from a dependency. Reading a stack
  // is slow: a dependency calling Buffer() in a loop is checked only so often.
  if (quietChecks > 1000) return;
  const stack = new Error().stack || '';
  const lines = stack.split('\n');
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i];
    if (line.includes('node:')) continue;
    if (line.includes('/node_modules/') || line.includes('\\node_modules\\')) {
      quietChecks++;
      return;
    }
    break;
  }
  bufferWarned = true;
  process.emitWarning('Buffer() is deprecated due to security and usability issues. Please use the ' +
    'Buffer.alloc(), Buffer.allocUnsafe(), or Buffer.from() methods instead.', 'DeprecationWarning', 'DEP0005');
}

function Buffer(arg, encodingOrOffset, length) {
  showDeprecation();
  if (typeof arg === 'number') {
    if (typeof encodingOrOffset === 'string') throw new ERR_INVALID_ARG_TYPE('string', 'string', arg);
    return Buffer.alloc(arg);
  }
  return Buffer.from(arg, encodingOrOffset, length);
}

Object.defineProperty(Buffer, Symbol.species, {
  get() { return FastBuffer; }, enumerable: false, configurable: true,
});

Buffer.prototype = FastBuffer.prototype;
Object.defineProperty(FastBuffer.prototype, 'constructor', {
  value: Buffer, writable: true, enumerable: false, configurable: true,
});
Object.setPrototypeOf(Buffer, Uint8Array);
setBufferConstructor(Buffer);

Buffer.poolSize = 8 * 1024;

// ---------------------------------------------------------------------------
// Creating buffers

function fromString(string, encoding) {
  let ops;
  if (typeof encoding !== 'string' || encoding.length === 0) {
    if (string.length === 0) return new FastBuffer();
    ops = utf8Ops;
  } else {
    ops = getEncodingOps(encoding);
    if (ops === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
    if (string.length === 0) return new FastBuffer();
  }
  return fromStringFast(string, ops);
}

function fromArrayBuffer(obj, byteOffset, length) {
  if (byteOffset === undefined) {
    byteOffset = 0;
  } else {
    byteOffset = +byteOffset;
    if (Number.isNaN(byteOffset)) byteOffset = 0;
  }
  const maxLength = obj.byteLength - byteOffset;
  if (maxLength < 0) throw new ERR_BUFFER_OUT_OF_BOUNDS('offset');
  if (length === undefined) {
    length = maxLength;
  } else {
    length = +length;
    if (length > 0) {
      if (length > maxLength) throw new ERR_BUFFER_OUT_OF_BOUNDS('length');
    } else {
      length = 0;
    }
  }
  if (byteOffset < 0) throw new RangeError(`Start offset ${byteOffset} is outside the bounds of the buffer`);
  return new FastBuffer(obj, byteOffset, length);
}

function fromArrayLike(obj) {
  const len = obj.length;
  if (!(len > 0)) return new FastBuffer();
  const b = allocate(Math.min(Math.floor(len), kMaxLength + 1));
  Uint8Array.prototype.set.call(b, obj, 0);
  return b;
}

function fromObject(obj) {
  if (obj.length !== undefined || isAnyArrayBuffer(obj.buffer)) {
    if (typeof obj.length !== 'number') return new FastBuffer();
    return fromArrayLike(obj);
  }
  if (obj.type === 'Buffer' && Array.isArray(obj.data)) return fromArrayLike(obj.data);
  return undefined;
}

const kFromTypes = ['string', 'Buffer', 'ArrayBuffer', 'Array', 'Array-like Object'];

Buffer.from = function from(value, encodingOrOffset, length) {
  if (typeof value === 'string') return fromString(value, encodingOrOffset);
  if (typeof value === 'object' && value !== null) {
    if (isTypedArray(value)) return fromArrayLike(value);
    if (isAnyArrayBuffer(value)) return fromArrayBuffer(value, encodingOrOffset, length);
    const valueOf = value.valueOf && value.valueOf();
    if (valueOf != null && valueOf !== value &&
        (typeof valueOf === 'string' || typeof valueOf === 'object')) {
      return from(valueOf, encodingOrOffset, length);
    }
    const b = fromObject(value);
    if (b) return b;
    if (typeof value[Symbol.toPrimitive] === 'function') {
      const primitive = value[Symbol.toPrimitive]('string');
      if (typeof primitive === 'string') return fromString(primitive, encodingOrOffset);
    }
  }
  throw new ERR_INVALID_ARG_TYPE('first argument', kFromTypes, value);
};

Buffer.copyBytesFrom = function copyBytesFrom(view, offset, length) {
  if (!isTypedArray(view)) throw new ERR_INVALID_ARG_TYPE('view', ['TypedArray'], view);
  const viewLength = view.length;
  if (viewLength === 0) return Buffer.alloc(0);
  if (offset !== undefined || length !== undefined) {
    if (offset !== undefined) {
      validateInteger(offset, 'offset', 0);
      if (offset >= viewLength) return Buffer.alloc(0);
    } else {
      offset = 0;
    }
    let end;
    if (length !== undefined) {
      validateInteger(length, 'length', 0);
      end = offset + length;
    } else {
      end = viewLength;
    }
    view = view.subarray(offset, Math.min(end, viewLength));
  }
  return fromArrayLike(new Uint8Array(view.buffer, view.byteOffset, view.byteLength));
};

Buffer.of = function of(...items) {
  const b = allocate(items.length);
  for (let i = 0; i < items.length; i++) b[i] = items[i];
  return b;
};

Buffer.alloc = function alloc(size, fill, encoding) {
  validateSize(size);
  if (fill !== undefined && fill !== 0 && size > 0) {
    const buf = createBuffer(size);
    return _fill(buf, fill, 0, buf.length, encoding);
  }
  return createBuffer(size);
};

Buffer.allocUnsafe = function allocUnsafe(size) {
  validateSize(size);
  return allocate(size);
};

Buffer.allocUnsafeSlow = function allocUnsafeSlow(size) {
  validateSize(size);
  return createUnsafeBuffer(size);
};

function SlowBuffer(size) {
  validateSize(size);
  return createBuffer(size);
}
Object.setPrototypeOf(SlowBuffer.prototype, Uint8Array.prototype);
Object.setPrototypeOf(SlowBuffer, Uint8Array);

Buffer.isBuffer = function isBuffer(b) {
  return b instanceof Buffer;
};

function compareBytes(a, as, ae, b, bs, be) {
  const an = ae - as;
  const bn = be - bs;
  const n = an < bn ? an : bn;
  if (n > 32) return compareC(a, as, ae, b, bs, be);
  for (let i = 0; i < n; i++) {
    const x = a[as + i];
    const y = b[bs + i];
    if (x !== y) return x < y ? -1 : 1;
  }
  return an < bn ? -1 : an > bn ? 1 : 0;
}

Buffer.compare = function compare(buf1, buf2) {
  if (!isUint8Array(buf1)) throw new ERR_INVALID_ARG_TYPE('buf1', ['Buffer', 'Uint8Array'], buf1);
  if (!isUint8Array(buf2)) throw new ERR_INVALID_ARG_TYPE('buf2', ['Buffer', 'Uint8Array'], buf2);
  if (buf1 === buf2) return 0;
  return compareBytes(buf1, 0, buf1.length, buf2, 0, buf2.length);
};

Buffer.isEncoding = function isEncoding(encoding) {
  return typeof encoding === 'string' && encoding.length !== 0 && normalizeEncoding(encoding) !== undefined;
};

Buffer.concat = function concat(list, length) {
  validateArray(list, 'list');
  if (list.length === 0) return new FastBuffer();
  if (length === undefined) {
    length = 0;
    for (let i = 0; i < list.length; i++) {
      if (list[i].length) length += list[i].length;
    }
  } else {
    validateOffset(length, 'length');
  }
  const buffer = allocate(length);
  let pos = 0;
  for (let i = 0; i < list.length; i++) {
    const buf = list[i];
    if (!isUint8Array(buf)) throw new ERR_INVALID_ARG_TYPE(`list[${i}]`, ['Buffer', 'Uint8Array'], buf);
    const room = length - pos;
    const n = buf.length;
    if (n === 0 || room <= 0) continue;
    if (n <= room) {
      if (n < 64) copySmall(buffer, pos, buf, 0, n);
      else Uint8Array.prototype.set.call(buffer, buf, pos);
      pos += n;
    } else {
      copySmall(buffer, pos, buf, 0, room);
      pos += room;
    }
  }
  // A pooled slice may hold old bytes past what was copied.
  if (pos < length) buffer.fill(0, pos, length);
  return buffer;
};

function byteLength(string, encoding) {
  if (typeof string !== 'string') {
    if (ArrayBuffer.isView(string) || isAnyArrayBuffer(string)) return string.byteLength;
    throw new ERR_INVALID_ARG_TYPE('string', ['string', 'Buffer', 'ArrayBuffer'], string);
  }
  if (string.length === 0) return 0;
  if (encoding) {
    const ops = getEncodingOps(encoding);
    if (ops !== undefined) return ops.byteLength(string);
  }
  return utf8Ops.byteLength(string);
}
Buffer.byteLength = byteLength;

// ---------------------------------------------------------------------------
// Prototype

const proto = Buffer.prototype;
addReadWrite(proto);

// Low-level slices and writes (buf.utf8Slice(start, end), buf.hexWrite(...)).
function lowSlice(ops) {
  return function (start, end) {
    if (!isTypedArray(this)) throw notABuffer();
    const len = this.byteLength;
    // start is read and checked before end is read, as node does.
    start = start === undefined ? 0 : Math.trunc(+start) || 0;
    if (start < 0) throw indexOutOfRange();
    end = end === undefined ? len : Math.trunc(+end) || 0;
    if (end < 0 || start > len || end > len) throw indexOutOfRange();
    if (end <= start) return '';
    return ops.slice(this, start, end);
  };
}

function lowWrite(ops) {
  return function (string, offset, length) {
    if (!isTypedArray(this)) throw notABuffer();
    if (typeof string !== 'string') throw notAString();
    const len = this.byteLength;
    offset = offset === undefined ? 0 : Math.trunc(+offset) || 0;
    if (offset < 0) throw indexOutOfRange();
    if (offset > len) throw new ERR_BUFFER_OUT_OF_BOUNDS('offset');
    let max = len - offset;
    if (length !== undefined) {
      length = Math.trunc(+length) || 0;
      if (length < 0) throw indexOutOfRange();
      if (length < max) max = length;
    }
    if (string.length === 0 || max === 0) return 0;
    return ops.write(this, string, offset, max);
  };
}

const lowNames = [['ascii', 'ascii'], ['base64', 'base64'], ['base64url', 'base64url'],
  ['latin1', 'latin1'], ['hex', 'hex'], ['ucs2', 'ucs2'], ['utf8', 'utf8']];
for (const [prefix, enc] of lowNames) {
  const ops = getEncodingOps(enc);
  const slice = lowSlice(ops);
  Object.defineProperty(slice, 'name', { value: `${prefix}Slice` });
  proto[`${prefix}Slice`] = slice;
}
for (const [prefix, enc] of lowNames) {
  const ops = getEncodingOps(enc);
  const write = lowWrite(ops);
  Object.defineProperty(write, 'name', { value: `${prefix}Write` });
  proto[`${prefix}Write`] = write;
}

Object.defineProperty(proto, 'parent', {
  enumerable: true,
  configurable: false,
  get() {
    if (!(this instanceof Buffer)) return undefined;
    return this.buffer;
  },
});
Object.defineProperty(proto, 'offset', {
  enumerable: true,
  configurable: false,
  get() {
    if (!(this instanceof Buffer)) return undefined;
    return this.byteOffset;
  },
});

// Byte loops beat TypedArray.prototype.set for short runs in JSC; long
// runs go to set (a memmove). Only for targets that cannot overlap the
// source (freshly allocated ones).
function copySmall(target, at, source, from, n) {
  if (n >= 64) {
    Uint8Array.prototype.set.call(target, new Uint8Array(source.buffer, source.byteOffset + from, n), at);
    return;
  }
  for (let i = 0; i < n; i++) target[at + i] = source[from + i];
}

function _copyActual(source, target, targetStart, sourceStart, sourceEnd) {
  if (sourceEnd - sourceStart > target.byteLength - targetStart) {
    sourceEnd = sourceStart + target.byteLength - targetStart;
  }
  let nb = sourceEnd - sourceStart;
  const sourceLen = source.byteLength - sourceStart;
  if (nb > sourceLen) nb = sourceLen;
  if (nb <= 0) return 0;
  // set() copies overlapping views of one buffer correctly.
  if (sourceStart === 0 && nb === source.length) {
    Uint8Array.prototype.set.call(target, source, targetStart);
  } else {
    Uint8Array.prototype.set.call(target,
      new Uint8Array(source.buffer, source.byteOffset + sourceStart, nb), targetStart);
  }
  return nb;
}

proto.copy = function copy(target, targetStart, sourceStart, sourceEnd) {
  if (!isUint8Array(this)) throw new ERR_INVALID_ARG_TYPE('source', ['Buffer', 'Uint8Array'], this);
  if (!isUint8Array(target)) throw new ERR_INVALID_ARG_TYPE('target', ['Buffer', 'Uint8Array'], target);
  if (targetStart === undefined) {
    targetStart = 0;
  } else {
    targetStart = Number.isInteger(targetStart) ? targetStart : toInteger(targetStart, 0);
    if (targetStart < 0) throw new ERR_OUT_OF_RANGE('targetStart', '>= 0', targetStart);
  }
  if (sourceStart === undefined) {
    sourceStart = 0;
  } else {
    sourceStart = Number.isInteger(sourceStart) ? sourceStart : toInteger(sourceStart, 0);
    if (sourceStart < 0 || sourceStart > this.byteLength) {
      throw new ERR_OUT_OF_RANGE('sourceStart', `>= 0 && <= ${this.byteLength}`, sourceStart);
    }
  }
  if (sourceEnd === undefined) {
    sourceEnd = this.byteLength;
  } else {
    sourceEnd = Number.isInteger(sourceEnd) ? sourceEnd : toInteger(sourceEnd, 0);
    if (sourceEnd < 0) throw new ERR_OUT_OF_RANGE('sourceEnd', '>= 0', sourceEnd);
  }
  if (targetStart >= target.byteLength || sourceStart >= sourceEnd) return 0;
  return _copyActual(this, target, targetStart, sourceStart, sourceEnd);
};

proto.toString = function toString(encoding, start, end) {
  if (arguments.length === 0) return utf8Ops.slice(this, 0, this.length);
  const len = this.length;
  if (start <= 0) start = 0;
  else if (start >= len) return '';
  else start = Math.trunc(start) || 0;
  if (end === undefined || end > len) end = len;
  else end = Math.trunc(end) || 0;
  if (end <= start) return '';
  if (encoding === undefined) return utf8Ops.slice(this, start, end);
  const ops = getEncodingOps(encoding);
  if (ops === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
  return ops.slice(this, start, end);
};

proto.equals = function equals(otherBuffer) {
  if (!isUint8Array(otherBuffer)) {
    throw new ERR_INVALID_ARG_TYPE('otherBuffer', ['Buffer', 'Uint8Array'], otherBuffer);
  }
  if (this === otherBuffer) return true;
  const len = this.byteLength;
  if (len !== otherBuffer.byteLength) return false;
  return len === 0 || compareBytes(this, 0, len, otherBuffer, 0, len) === 0;
};

function hexPairs(buf, n) {
  let str = '';
  for (let i = 0; i < n; i++) {
    const b = buf[i];
    str += (i === 0 ? '' : ' ') + (b < 16 ? '0' : '') + b.toString(16);
  }
  return str;
}

const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');
proto[customInspectSymbol] = function inspect(recurseTimes, ctx) {
  const max = INSPECT_MAX_BYTES;
  const actualMax = Math.min(max, this.length);
  const remaining = this.length - max;
  let str = hexPairs(this, actualMax);
  if (remaining > 0) str += ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}`;
  // Own properties besides the indices: listing the keys of a typed array
  // names every index, so big buffers are not searched for them.
  if (ctx && this.length <= 4096) {
    const keys = ctx.showHidden ? Reflect.ownKeys(this) :
      [...Object.keys(this), ...Object.getOwnPropertySymbols(this).filter(
        (s) => Object.prototype.propertyIsEnumerable.call(this, s))];
    const obj = Object.create(null);
    let extras = false;
    for (const key of keys) {
      if (typeof key === 'string' && /^(0|[1-9][0-9]*)$/.test(key) && +key < 2 ** 32 - 1) continue;
      extras = true;
      obj[key] = this[key];
    }
    if (extras) {
      const { inspect } = require('internal/util/inspect');
      if (this.length !== 0) str += ', ';
      const body = inspect(obj, { ...ctx, breakLength: Infinity, compact: true });
      const open = body.indexOf('{');
      str += body.slice(open + 2, -2);
    }
  }
  return `<Buffer ${str}>`;
};
proto.inspect = proto[customInspectSymbol];

proto.compare = function compare(target, targetStart, targetEnd, sourceStart, sourceEnd) {
  if (!isUint8Array(target)) throw new ERR_INVALID_ARG_TYPE('target', ['Buffer', 'Uint8Array'], target);
  if (arguments.length === 1) return compareBytes(this, 0, this.length, target, 0, target.length);
  if (targetStart === undefined) targetStart = 0;
  else validateOffset(targetStart, 'targetStart');
  if (targetEnd === undefined) targetEnd = target.length;
  else validateOffset(targetEnd, 'targetEnd', 0, target.length);
  if (sourceStart === undefined) sourceStart = 0;
  else validateOffset(sourceStart, 'sourceStart');
  if (sourceEnd === undefined) sourceEnd = this.length;
  else validateOffset(sourceEnd, 'sourceEnd', 0, this.length);
  if (sourceStart >= sourceEnd) return targetStart >= targetEnd ? 0 : -1;
  if (targetStart >= targetEnd) return 1;
  return compareBytes(this, sourceStart, sourceEnd, target, targetStart, targetEnd);
};

// indexOf / lastIndexOf / includes

function searchStart(byteOffset, len, forward) {
  // byteOffset is a number here (NaN handled by the caller).
  let off = Math.trunc(byteOffset) || 0; // -0 is 0 (an empty needle returns it)
  if (off < 0) off += len;
  return off;
}

function indexOfBytes(buffer, needle, byteOffset, forward, step) {
  const len = buffer.length;
  const nlen = needle.length;
  let off = searchStart(byteOffset, len, forward);
  if (nlen === 0) return off < 0 ? 0 : off > len ? len : off;
  if (off < 0) {
    if (!forward) return -1;
    off = 0;
  }
  if (step === 2) off -= off % 2; // utf16le: the unit the offset falls in
  if (nlen > len) return -1;
  if (forward) {
    if (off > len - nlen) return -1;
  } else if (off > len - nlen) {
    off = len - nlen;
  }
  if (nlen === 1 && step === 1) {
    return forward ? Uint8Array.prototype.indexOf.call(buffer, needle[0], off) :
      Uint8Array.prototype.lastIndexOf.call(buffer, needle[0], off);
  }
  if (forward && step === 1 && len - off <= kShortSearch) return indexOfShort(buffer, needle, off, len, nlen);
  return indexOfC(buffer, needle, off, forward, step);
}

// A forward search in few bytes costs less here than the call into C.
const kShortSearch = 256;
function indexOfShort(buffer, needle, off, len, nlen) {
  const first = needle[0];
  for (let i = off, last = len - nlen; i <= last; i++) {
    if (buffer[i] !== first) continue;
    let j = 1;
    while (j < nlen && buffer[i + j] === needle[j]) j++;
    if (j === nlen) return i;
  }
  return -1;
}

const kIndexOfTypes = ['number', 'string', 'Buffer', 'Uint8Array'];

function bidirectionalIndexOf(buffer, val, byteOffset, encoding, dir) {
  if (typeof byteOffset === 'string') {
    encoding = byteOffset;
    byteOffset = undefined;
  } else if (byteOffset > 0x7fffffff) {
    byteOffset = 0x7fffffff;
  } else if (byteOffset < -0x80000000) {
    byteOffset = -0x80000000;
  }
  byteOffset = +byteOffset;
  if (Number.isNaN(byteOffset)) byteOffset = dir ? 0 : (buffer.length || buffer.byteLength);

  if (typeof val === 'number') {
    const len = buffer.length;
    let off = searchStart(byteOffset, len, dir);
    if (off < 0) {
      if (!dir) return -1;
      off = 0;
    }
    if (dir) {
      if (off >= len) return -1;
      return Uint8Array.prototype.indexOf.call(buffer, (val >>> 0) & 0xff, off);
    }
    return Uint8Array.prototype.lastIndexOf.call(buffer, (val >>> 0) & 0xff, Math.min(off, len - 1));
  }

  let ops;
  if (encoding === undefined) ops = utf8Ops;
  else ops = getEncodingOps(encoding);

  if (typeof val === 'string') {
    if (ops === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
    const needle = val.length === 0 ? new FastBuffer() : fromStringFast(val, ops);
    return indexOfBytes(buffer, needle, byteOffset, dir, ops === ucs2Ops ? 2 : 1);
  }
  if (isUint8Array(val)) {
    return indexOfBytes(buffer, val, byteOffset, dir, ops === ucs2Ops ? 2 : 1);
  }
  throw new ERR_INVALID_ARG_TYPE('value', kIndexOfTypes, val);
}

proto.indexOf = function indexOf(val, byteOffset, encoding) {
  return bidirectionalIndexOf(this, val, byteOffset, encoding, true);
};

proto.lastIndexOf = function lastIndexOf(val, byteOffset, encoding) {
  return bidirectionalIndexOf(this, val, byteOffset, encoding, false);
};

proto.includes = function includes(val, byteOffset, encoding) {
  return this.indexOf(val, byteOffset, encoding) !== -1;
};

// fill

function _fill(buf, value, offset, end, encoding) {
  if (typeof value === 'string') {
    if (offset === undefined || typeof offset === 'string') {
      encoding = offset;
      offset = 0;
      end = buf.length;
    } else if (typeof end === 'string') {
      encoding = end;
      end = buf.length;
    }
    const normalized = normalizeEncoding(encoding);
    if (normalized === undefined) {
      validateString(encoding, 'encoding');
      throw new ERR_UNKNOWN_ENCODING(encoding);
    }
    if (value.length === 0) {
      value = 0;
    } else if (value.length === 1) {
      if (normalized === 'utf8') {
        const code = value.charCodeAt(0);
        if (code < 128) value = code;
      } else if (normalized === 'latin1') {
        value = value.charCodeAt(0);
      }
    }
    encoding = normalized;
  } else {
    encoding = undefined;
  }

  if (offset === undefined) {
    offset = 0;
    end = buf.length;
  } else {
    validateOffset(offset, 'offset');
    if (end === undefined) end = buf.length;
    else validateOffset(end, 'end', 0, buf.length);
    if (offset >= end) return buf;
  }

  if (typeof value === 'number') {
    Uint8Array.prototype.fill.call(buf, value, offset, end);
    return buf;
  }
  let bytes;
  if (typeof value === 'string') {
    bytes = fromString(value, encoding);
  } else if (ArrayBuffer.isView(value)) {
    bytes = new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
  } else {
    Uint8Array.prototype.fill.call(buf, +value & 255, offset, end);
    return buf;
  }
  const n = bytes.length;
  if (n === 0) throw new ERR_INVALID_ARG_VALUE('value', value);
  const total = end - offset;
  if (n >= total) {
    Uint8Array.prototype.set.call(buf, n === total ? bytes : bytes.subarray(0, total), offset);
    return buf;
  }
  // Copy the pattern once, then double the filled part.
  Uint8Array.prototype.set.call(buf, bytes, offset);
  let filled = n;
  while (filled < total) {
    const chunk = Math.min(filled, total - filled);
    Uint8Array.prototype.copyWithin.call(buf, offset + filled, offset, offset + chunk);
    filled += chunk;
  }
  return buf;
}

proto.fill = function fill(value, offset, end, encoding) {
  return _fill(this, value, offset, end, encoding);
};

proto.write = function write(string, offset, length, encoding) {
  if (offset === undefined) {
    if (typeof string !== 'string') throw notAString();
    return doWrite(utf8Ops, this, string, 0, this.length);
  }
  if (length === undefined && typeof offset === 'string') {
    encoding = offset;
    length = this.length;
    offset = 0;
  } else {
    validateOffset(offset, 'offset', 0, this.length);
    const remaining = this.length - offset;
    if (length === undefined) {
      length = remaining;
    } else if (typeof length === 'string') {
      encoding = length;
      length = remaining;
    } else {
      validateOffset(length, 'length', 0, this.length);
      if (length > remaining) length = remaining;
    }
  }
  // The encoding is checked before the string, as in Node.
  const ops = !encoding || encoding === 'utf8' ? utf8Ops : getEncodingOps(encoding);
  if (ops === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
  if (typeof string !== 'string') throw notAString();
  return doWrite(ops, this, string, offset, length);
};

function doWrite(ops, buf, string, offset, length) {
  if (string.length === 0 || length <= 0) return 0;
  return ops.write(buf, string, offset, length);
}

proto.toJSON = function toJSON() {
  if (this.length > 0) {
    const data = new Array(this.length);
    for (let i = 0; i < this.length; ++i) data[i] = this[i];
    return { type: 'Buffer', data };
  }
  return { type: 'Buffer', data: [] };
};

function adjustOffset(offset, length) {
  offset = Math.trunc(offset);
  if (offset === 0 || Number.isNaN(offset)) return 0;
  if (offset < 0) {
    offset += length;
    return offset > 0 ? offset : 0;
  }
  if (offset < length) return offset;
  return length;
}

proto.subarray = function subarray(start, end) {
  const srcLength = this.length;
  start = adjustOffset(start, srcLength);
  end = end !== undefined ? adjustOffset(end, srcLength) : srcLength;
  const newLength = end > start ? end - start : 0;
  return new FastBuffer(this.buffer, this.byteOffset + start, newLength);
};

proto.slice = function slice(start, end) {
  return this.subarray(start, end);
};

function swap(b, n, m) {
  const i = b[n];
  b[n] = b[m];
  b[m] = i;
}

proto.swap16 = function swap16() {
  const len = this.length;
  if (len % 2 !== 0) throw new ERR_INVALID_BUFFER_SIZE('16-bits');
  for (let i = 0; i < len; i += 2) swap(this, i, i + 1);
  return this;
};

proto.swap32 = function swap32() {
  const len = this.length;
  if (len % 4 !== 0) throw new ERR_INVALID_BUFFER_SIZE('32-bits');
  for (let i = 0; i < len; i += 4) {
    swap(this, i, i + 3);
    swap(this, i + 1, i + 2);
  }
  return this;
};

proto.swap64 = function swap64() {
  const len = this.length;
  if (len % 8 !== 0) throw new ERR_INVALID_BUFFER_SIZE('64-bits');
  for (let i = 0; i < len; i += 8) {
    swap(this, i, i + 7);
    swap(this, i + 1, i + 6);
    swap(this, i + 2, i + 5);
    swap(this, i + 3, i + 4);
  }
  return this;
};

proto.toLocaleString = proto.toString;

// ---------------------------------------------------------------------------
// Module functions

const kIsUtf8Types = ['ArrayBuffer', 'Buffer', 'TypedArray'];

function validationView(input) {
  if (isTypedArray(input)) return input;
  if (isAnyArrayBuffer(input)) {
    if (input.detached === true) {
      const { hideStackHeader } = require('internal/errors');
      const err = new Error('Cannot validate on a detached buffer');
      err.code = 'ERR_INVALID_STATE';
      hideStackHeader(err, 'Error [ERR_INVALID_STATE]');
      throw err;
    }
    return new Uint8Array(input);
  }
  throw new ERR_INVALID_ARG_TYPE('input', kIsUtf8Types, input);
}

function isUtf8(input) {
  return binding.isUtf8(validationView(input));
}

function isAscii(input) {
  return binding.isAscii(validationView(input));
}

function transcode(source, fromEncoding, toEncoding) {
  return require('internal/buffer_transcode').transcode(source, fromEncoding, toEncoding);
}

module.exports = {
  Buffer,
  SlowBuffer,
  transcode,
  isUtf8,
  isAscii,
  kMaxLength,
  kStringMaxLength,
  btoa: undefined,
  atob: undefined,
  constants,
  INSPECT_MAX_BYTES: undefined,
  Blob: undefined,
  resolveObjectURL: undefined,
  File: undefined,
};

for (const name of ['btoa', 'atob']) {
  Object.defineProperty(module.exports, name, {
    value: require('internal/base64')[name], writable: true, enumerable: true, configurable: true,
  });
}

Object.defineProperty(module.exports, 'INSPECT_MAX_BYTES', {
  get() { return INSPECT_MAX_BYTES; },
  set(val) {
    validateNumber(val, 'INSPECT_MAX_BYTES', 0);
    INSPECT_MAX_BYTES = val;
  },
  enumerable: true,
  configurable: true,
});

// Blob, File and resolveObjectURL load on first use.
for (const name of ['Blob', 'resolveObjectURL', 'File']) {
  let value;
  const get = () => {
    if (value === undefined) value = require('internal/buffer_blob')[name];
    return value;
  };
  const set = (v) => { value = v; };
  Object.defineProperty(get, 'name', { value: `get ${name}` });
  Object.defineProperty(set, 'name', { value: `set ${name}` });
  Object.defineProperty(module.exports, name, { get, set, enumerable: true, configurable: true });
}
