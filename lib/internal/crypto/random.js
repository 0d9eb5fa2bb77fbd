'use strict';
// randomBytes, randomFill(Sync), randomInt, randomUUID and getRandomValues
// over internalBinding('crypto_random') (OpenSSL's RAND_bytes).

const binding = internalBinding('crypto_random');
require('buffer'); // gives FastBuffer its Buffer prototype
const { FastBuffer, createUnsafeBuffer, isAnyArrayBuffer, kMaxLength } = require('internal/buffer');
const { bytesOf } = require('internal/crypto/util');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE },
} = require('internal/errors');
const {
  validateNumber, validateFunction, validateObject, validateBoolean,
} = require('internal/validators');

const kMaxInt32 = 2 ** 31 - 1;
const kMaxSize = Math.min(kMaxLength, kMaxInt32);

// offset and size count elements of the view; the binding counts bytes.
function checkOffset(offset, elementSize, byteLength) {
  validateNumber(offset, 'offset');
  offset *= elementSize;
  const max = Math.min(byteLength, kMaxSize);
  if (!(offset >= 0 && offset <= max)) throw new ERR_OUT_OF_RANGE('offset', `>= 0 && <= ${max}`, offset);
  return Math.trunc(offset);
}

function checkSize(size, elementSize, offset, byteLength) {
  validateNumber(size, 'size');
  size *= elementSize;
  if (!(size >= 0 && size <= kMaxSize)) throw new ERR_OUT_OF_RANGE('size', `>= 0 && <= ${kMaxSize}`, size);
  if (size + offset > byteLength) throw new ERR_OUT_OF_RANGE('size + offset', `<= ${byteLength}`, size + offset);
  return Math.trunc(size);
}

function checkBuffer(buf) {
  if (!ArrayBuffer.isView(buf) && !isAnyArrayBuffer(buf)) {
    throw new ERR_INVALID_ARG_TYPE('buf', ['ArrayBuffer', 'ArrayBufferView'], buf);
  }
}

// A view of buf's bytes that C accepts (typed arrays pass as they are).
function byteView(buf) {
  return ArrayBuffer.isView(buf) && buf.BYTES_PER_ELEMENT !== undefined ? buf : bytesOf(buf);
}

function randomBytes(size, callback) {
  size = checkSize(size, 1, 0, Infinity);
  if (callback !== undefined) validateFunction(callback, 'callback');
  if (callback === undefined) {
    const buf = createUnsafeBuffer(size);
    if (size > 0) binding.fill(buf, 0, size);
    return buf;
  }
  binding.bytesAsync(size, (err, ab) => {
    if (err) callback(err);
    else callback(null, new FastBuffer(ab));
  });
}

function randomFillSync(buf, offset = 0, size) {
  checkBuffer(buf);
  const elementSize = buf.BYTES_PER_ELEMENT || 1;
  offset = checkOffset(offset, elementSize, buf.byteLength);
  size = size === undefined ? buf.byteLength - offset : checkSize(size, elementSize, offset, buf.byteLength);
  if (size > 0) binding.fill(byteView(buf), offset, size);
  return buf;
}

function randomFill(buf, offset, size, callback) {
  checkBuffer(buf);
  const elementSize = buf.BYTES_PER_ELEMENT || 1;
  if (typeof offset === 'function') {
    callback = offset;
    offset = 0;
    size = buf.byteLength;
  } else if (typeof size === 'function') {
    callback = size;
    offset = checkOffset(offset, elementSize, buf.byteLength);
    size = buf.byteLength - offset;
  } else {
    validateFunction(callback, 'callback');
    offset = checkOffset(offset, elementSize, buf.byteLength);
    size = size === undefined ? buf.byteLength - offset : checkSize(size, elementSize, offset, buf.byteLength);
  }
  // The bytes are made on the thread pool in memory of their own and copied
  // in here, so a buffer detached meanwhile is never written behind JS's back.
  binding.bytesAsync(size, (err, ab) => {
    if (err) {
      callback(err);
      return;
    }
    // Copied as bytes whatever the view's type; a buffer detached or shrunk
    // meanwhile gets nothing.
    const target = bytesOf(buf);
    if (target.byteLength >= offset + size) target.set(new Uint8Array(ab), offset);
    callback(null, buf);
  });
}

// ---- randomInt: uniform integers from a cache of 48-bit random values ----

const kRandMax = 2 ** 48 - 1;
const kIntCacheSize = 6 * 1024;
let intCache = null;
let intCacheView = null;
let intCachePos = kIntCacheSize;

function nextUint48() {
  if (intCachePos === kIntCacheSize) {
    intCache ??= new Uint8Array(kIntCacheSize);
    intCacheView ??= new DataView(intCache.buffer);
    binding.fill(intCache, 0, kIntCacheSize);
    intCachePos = 0;
  }
  const v = intCacheView.getUint16(intCachePos) * 2 ** 32 + intCacheView.getUint32(intCachePos + 2);
  intCachePos += 6;
  return v;
}

function randomInt(min, max, callback) {
  const minOmitted = max === undefined || typeof max === 'function';
  if (minOmitted) {
    callback = max;
    max = min;
    min = 0;
  }
  if (callback !== undefined) validateFunction(callback, 'callback');
  if (!Number.isSafeInteger(min)) throw new ERR_INVALID_ARG_TYPE('min', 'a safe integer', min);
  if (!Number.isSafeInteger(max)) throw new ERR_INVALID_ARG_TYPE('max', 'a safe integer', max);
  if (max <= min) {
    throw new ERR_OUT_OF_RANGE('max', `greater than the value of "min" (${min})`, max);
  }
  const range = max - min;
  if (!(range <= kRandMax)) {
    throw new ERR_OUT_OF_RANGE(`max${minOmitted ? '' : ' - min'}`, `<= ${kRandMax}`, range);
  }
  // Values at or above the largest multiple of range would favour the low
  // results: drawing again keeps the distribution uniform.
  const limit = kRandMax - ((kRandMax + 1) % range);
  let x;
  do x = nextUint48(); while (x > limit);
  const n = min + (x % range);
  if (callback === undefined) return n;
  process.nextTick(callback, undefined, n);
}

// ---- randomUUID: version 4 UUIDs from a cache of random bytes ----

const hexByte = Array.from({ length: 256 }, (_, i) => (i < 16 ? '0' : '') + i.toString(16));
const kUUIDCacheSize = 16 * 128;
let uuidCache = null;
let uuidCachePos = kUUIDCacheSize;

function formatUUID(b, i) {
  const h = hexByte;
  return h[b[i]] + h[b[i + 1]] + h[b[i + 2]] + h[b[i + 3]] + '-' +
    h[b[i + 4]] + h[b[i + 5]] + '-' +
    h[(b[i + 6] & 0x0f) | 0x40] + h[b[i + 7]] + '-' +
    h[(b[i + 8] & 0x3f) | 0x80] + h[b[i + 9]] + '-' +
    h[b[i + 10]] + h[b[i + 11]] + h[b[i + 12]] + h[b[i + 13]] + h[b[i + 14]] + h[b[i + 15]];
}

function uuidFromCache() {
  if (uuidCachePos === kUUIDCacheSize) {
    uuidCache ??= new Uint8Array(kUUIDCacheSize);
    binding.fill(uuidCache, 0, kUUIDCacheSize);
    uuidCachePos = 0;
  }
  const s = formatUUID(uuidCache, uuidCachePos);
  uuidCachePos += 16;
  return s;
}

function randomUUID(options) {
  if (options !== undefined) validateObject(options, 'options');
  const { disableEntropyCache = false } = options ?? {};
  validateBoolean(disableEntropyCache, 'options.disableEntropyCache');
  if (!disableEntropyCache) return uuidFromCache();
  const b = new Uint8Array(16);
  binding.fill(b, 0, 16);
  return formatUUID(b, 0);
}

// ---- getRandomValues (Web Crypto) ----

const TypedArray = Object.getPrototypeOf(Uint8Array);
const typedArrayTag = Object.getOwnPropertyDescriptor(TypedArray.prototype, Symbol.toStringTag).get;
const integerArrays = new Set(['Int8Array', 'Uint8Array', 'Uint8ClampedArray', 'Int16Array',
  'Uint16Array', 'Int32Array', 'Uint32Array', 'BigInt64Array', 'BigUint64Array']);

let DOMException;
function domException(message, name) {
  DOMException ??= require('internal/dom_exception').DOMException;
  return new DOMException(message, name);
}

function fillRandomValues(data) {
  const tag = ArrayBuffer.isView(data) ? typedArrayTag.call(data) : undefined;
  if (!integerArrays.has(tag)) {
    throw domException('The data argument must be an integer-type TypedArray', 'TypeMismatchError');
  }
  if (data.byteLength > 65536) {
    throw domException('The requested length exceeds 65,536 bytes', 'QuotaExceededError');
  }
  if (data.byteLength > 0) binding.fill(data, 0, data.byteLength);
  return data;
}

module.exports = {
  randomBytes, randomFill, randomFillSync, randomInt, randomUUID, fillRandomValues,
  uuidFromCache,
};
