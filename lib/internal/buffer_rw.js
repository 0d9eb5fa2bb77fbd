'use strict';
// Buffer.prototype's numeric readers and writers (8 to 48-bit integers,
// 64-bit BigInts, floats and doubles, both byte orders), with Node's range
// checks and messages.

const {
  codes: { ERR_BUFFER_OUT_OF_BOUNDS, ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE },
} = require('internal/errors');
const { validateNumber } = require('internal/validators');

const float32 = new Float32Array(1);
const f32bytes = new Uint8Array(float32.buffer);
const float64 = new Float64Array(1);
const f64bytes = new Uint8Array(float64.buffer);
const bigEndianHost = new Uint8Array(new Uint16Array([1]).buffer)[0] === 0;

function boundsError(value, length, type) {
  if (Math.floor(value) !== value) {
    validateNumber(value, type);
    throw new ERR_OUT_OF_RANGE(type || 'offset', 'an integer', value);
  }
  if (length < 0) throw new ERR_BUFFER_OUT_OF_BOUNDS();
  throw new ERR_OUT_OF_RANGE(type || 'offset', `>= ${type ? 1 : 0} and <= ${length}`, value);
}

function checkOffset(offset) {
  if (typeof offset !== 'number') throw new ERR_INVALID_ARG_TYPE('offset', 'number', offset);
}

function checkBounds(buf, offset, byteLength) {
  checkOffset(offset);
  if (buf[offset] === undefined || buf[offset + byteLength] === undefined) {
    boundsError(offset, buf.length - (byteLength + 1));
  }
}

function checkInt(value, min, max, buf, offset, byteLength) {
  if (value > max || value < min) {
    const n = typeof min === 'bigint' ? 'n' : '';
    let range;
    if (byteLength > 3) {
      const bits = (byteLength + 1) * 8;
      if (min === 0 || min === 0n) range = `>= 0${n} and < 2${n} ** ${bits}${n}`;
      else range = `>= -(2${n} ** ${bits - 1}${n}) and < 2${n} ** ${bits - 1}${n}`;
    } else {
      range = `>= ${min}${n} and <= ${max}${n}`;
    }
    throw new ERR_OUT_OF_RANGE('value', range, value);
  }
  checkBounds(buf, offset, byteLength);
}

// ---------------------------------------------------------------------------
// Readers

function readUInt8(offset = 0) {
  checkOffset(offset);
  const val = this[offset];
  if (val === undefined) boundsError(offset, this.length - 1);
  return val;
}

function readUInt16LE(offset = 0) {
  checkOffset(offset);
  const first = this[offset];
  const last = this[offset + 1];
  if (first === undefined || last === undefined) boundsError(offset, this.length - 2);
  return first + last * 2 ** 8;
}

function readUInt16BE(offset = 0) {
  checkOffset(offset);
  const first = this[offset];
  const last = this[offset + 1];
  if (first === undefined || last === undefined) boundsError(offset, this.length - 2);
  return first * 2 ** 8 + last;
}

function readUInt24LE(buf, offset) {
  checkOffset(offset);
  const first = buf[offset];
  const last = buf[offset + 2];
  if (first === undefined || last === undefined) boundsError(offset, buf.length - 3);
  return first + buf[offset + 1] * 2 ** 8 + last * 2 ** 16;
}

function readUInt24BE(buf, offset) {
  checkOffset(offset);
  const first = buf[offset];
  const last = buf[offset + 2];
  if (first === undefined || last === undefined) boundsError(offset, buf.length - 3);
  return first * 2 ** 16 + buf[offset + 1] * 2 ** 8 + last;
}

function readUInt32LE(offset = 0) {
  checkOffset(offset);
  const first = this[offset];
  const last = this[offset + 3];
  if (first === undefined || last === undefined) boundsError(offset, this.length - 4);
  return first + this[offset + 1] * 2 ** 8 + this[offset + 2] * 2 ** 16 + last * 2 ** 24;
}

function readUInt32BE(offset = 0) {
  checkOffset(offset);
  const first = this[offset];
  const last = this[offset + 3];
  if (first === undefined || last === undefined) boundsError(offset, this.length - 4);
  return first * 2 ** 24 + this[offset + 1] * 2 ** 16 + this[offset + 2] * 2 ** 8 + last;
}

function readUIntNLE(buf, offset, n) {
  checkOffset(offset);
  const first = buf[offset];
  const last = buf[offset + n - 1];
  if (first === undefined || last === undefined) boundsError(offset, buf.length - n);
  let val = 0;
  let mul = 1;
  for (let i = 0; i < n; i++) {
    val += buf[offset + i] * mul;
    mul *= 0x100;
  }
  return val;
}

function readUIntNBE(buf, offset, n) {
  checkOffset(offset);
  const first = buf[offset];
  const last = buf[offset + n - 1];
  if (first === undefined || last === undefined) boundsError(offset, buf.length - n);
  let val = 0;
  for (let i = 0; i < n; i++) val = val * 0x100 + buf[offset + i];
  return val;
}

function readUIntLE(offset, byteLength) {
  if (offset === undefined) throw new ERR_INVALID_ARG_TYPE('offset', 'number', offset);
  if (byteLength === 6 || byteLength === 5) return readUIntNLE(this, offset, byteLength);
  if (byteLength === 3) return readUInt24LE(this, offset);
  if (byteLength === 4) return this.readUInt32LE(offset);
  if (byteLength === 2) return this.readUInt16LE(offset);
  if (byteLength === 1) return this.readUInt8(offset);
  boundsError(byteLength, 6, 'byteLength');
}

function readUIntBE(offset, byteLength) {
  if (offset === undefined) throw new ERR_INVALID_ARG_TYPE('offset', 'number', offset);
  if (byteLength === 6 || byteLength === 5) return readUIntNBE(this, offset, byteLength);
  if (byteLength === 3) return readUInt24BE(this, offset);
  if (byteLength === 4) return this.readUInt32BE(offset);
  if (byteLength === 2) return this.readUInt16BE(offset);
  if (byteLength === 1) return this.readUInt8(offset);
  boundsError(byteLength, 6, 'byteLength');
}

function signed(val, bits) {
  const limit = 2 ** (bits - 1);
  return val >= limit ? val - 2 * limit : val;
}

function readInt8(offset = 0) {
  return signed(readUInt8.call(this, offset), 8);
}

function readInt16LE(offset = 0) {
  return signed(readUInt16LE.call(this, offset), 16);
}

function readInt16BE(offset = 0) {
  return signed(readUInt16BE.call(this, offset), 16);
}

function readInt32LE(offset = 0) {
  return readUInt32LE.call(this, offset) | 0;
}

function readInt32BE(offset = 0) {
  return readUInt32BE.call(this, offset) | 0;
}

function readIntLE(offset, byteLength) {
  if (offset === undefined) throw new ERR_INVALID_ARG_TYPE('offset', 'number', offset);
  if (byteLength === 6 || byteLength === 5) return signed(readUIntNLE(this, offset, byteLength), byteLength * 8);
  if (byteLength === 3) return signed(readUInt24LE(this, offset), 24);
  if (byteLength === 4) return this.readInt32LE(offset);
  if (byteLength === 2) return this.readInt16LE(offset);
  if (byteLength === 1) return this.readInt8(offset);
  boundsError(byteLength, 6, 'byteLength');
}

function readIntBE(offset, byteLength) {
  if (offset === undefined) throw new ERR_INVALID_ARG_TYPE('offset', 'number', offset);
  if (byteLength === 6 || byteLength === 5) return signed(readUIntNBE(this, offset, byteLength), byteLength * 8);
  if (byteLength === 3) return signed(readUInt24BE(this, offset), 24);
  if (byteLength === 4) return this.readInt32BE(offset);
  if (byteLength === 2) return this.readInt16BE(offset);
  if (byteLength === 1) return this.readInt8(offset);
  boundsError(byteLength, 6, 'byteLength');
}

function readBigUInt64LE(offset = 0) {
  checkOffset(offset);
  const first = this[offset];
  const last = this[offset + 7];
  if (first === undefined || last === undefined) boundsError(offset, this.length - 8);
  const lo = first + this[offset + 1] * 2 ** 8 + this[offset + 2] * 2 ** 16 + this[offset + 3] * 2 ** 24;
  const hi = this[offset + 4] + this[offset + 5] * 2 ** 8 + this[offset + 6] * 2 ** 16 + last * 2 ** 24;
  return BigInt(lo) + (BigInt(hi) << 32n);
}

function readBigUInt64BE(offset = 0) {
  checkOffset(offset);
  const first = this[offset];
  const last = this[offset + 7];
  if (first === undefined || last === undefined) boundsError(offset, this.length - 8);
  const hi = first * 2 ** 24 + this[offset + 1] * 2 ** 16 + this[offset + 2] * 2 ** 8 + this[offset + 3];
  const lo = this[offset + 4] * 2 ** 24 + this[offset + 5] * 2 ** 16 + this[offset + 6] * 2 ** 8 + last;
  return (BigInt(hi) << 32n) + BigInt(lo);
}

function readBigInt64LE(offset = 0) {
  return BigInt.asIntN(64, readBigUInt64LE.call(this, offset));
}

function readBigInt64BE(offset = 0) {
  return BigInt.asIntN(64, readBigUInt64BE.call(this, offset));
}

function readFloatImpl(buf, offset, little) {
  checkOffset(offset);
  const first = buf[offset];
  const last = buf[offset + 3];
  if (first === undefined || last === undefined) boundsError(offset, buf.length - 4);
  const native = little !== bigEndianHost;
  for (let i = 0; i < 4; i++) f32bytes[native ? i : 3 - i] = buf[offset + i];
  return float32[0];
}

function readDoubleImpl(buf, offset, little) {
  checkOffset(offset);
  const first = buf[offset];
  const last = buf[offset + 7];
  if (first === undefined || last === undefined) boundsError(offset, buf.length - 8);
  const native = little !== bigEndianHost;
  for (let i = 0; i < 8; i++) f64bytes[native ? i : 7 - i] = buf[offset + i];
  return float64[0];
}

function readFloatLE(offset = 0) { return readFloatImpl(this, offset, true); }
function readFloatBE(offset = 0) { return readFloatImpl(this, offset, false); }
function readDoubleLE(offset = 0) { return readDoubleImpl(this, offset, true); }
function readDoubleBE(offset = 0) { return readDoubleImpl(this, offset, false); }

// ---------------------------------------------------------------------------
// Writers. Each returns the offset after the bytes written.

function writeU8(buf, value, offset, min, max) {
  value = +value;
  checkOffset(offset);
  if (value > max || value < min) throw new ERR_OUT_OF_RANGE('value', `>= ${min} and <= ${max}`, value);
  if (buf[offset] === undefined) boundsError(offset, buf.length - 1);
  buf[offset] = value;
  return offset + 1;
}

function writeLE(buf, value, offset, min, max, n) {
  value = +value;
  checkInt(value, min, max, buf, offset, n - 1);
  let v = value;
  for (let i = 0; i < n; i++) {
    buf[offset + i] = v & 0xff;
    v = Math.floor(v / 256);
  }
  return offset + n;
}

function writeBE(buf, value, offset, min, max, n) {
  value = +value;
  checkInt(value, min, max, buf, offset, n - 1);
  let v = value;
  for (let i = n - 1; i >= 0; i--) {
    buf[offset + i] = v & 0xff;
    v = Math.floor(v / 256);
  }
  return offset + n;
}

function writeUInt8(value, offset = 0) { return writeU8(this, value, offset, 0, 0xff); }
function writeInt8(value, offset = 0) { return writeU8(this, value, offset, -0x80, 0x7f); }
function writeUInt16LE(value, offset = 0) { return writeLE(this, value, offset, 0, 0xffff, 2); }
function writeUInt16BE(value, offset = 0) { return writeBE(this, value, offset, 0, 0xffff, 2); }
function writeInt16LE(value, offset = 0) { return writeLE(this, value, offset, -0x8000, 0x7fff, 2); }
function writeInt16BE(value, offset = 0) { return writeBE(this, value, offset, -0x8000, 0x7fff, 2); }
function writeUInt32LE(value, offset = 0) { return writeLE(this, value, offset, 0, 0xffffffff, 4); }
function writeUInt32BE(value, offset = 0) { return writeBE(this, value, offset, 0, 0xffffffff, 4); }
function writeInt32LE(value, offset = 0) { return writeLE(this, value, offset, -0x80000000, 0x7fffffff, 4); }
function writeInt32BE(value, offset = 0) { return writeBE(this, value, offset, -0x80000000, 0x7fffffff, 4); }

function uintMax(n) { return 2 ** (8 * n) - 1; }
function intMin(n) { return -(2 ** (8 * n - 1)); }
function intMax(n) { return 2 ** (8 * n - 1) - 1; }

function writeUIntLE(value, offset, byteLength) {
  if (byteLength >= 1 && byteLength <= 6 && Number.isInteger(byteLength)) {
    if (byteLength === 1) return writeU8(this, value, offset, 0, 0xff);
    return writeLE(this, value, offset, 0, uintMax(byteLength), byteLength);
  }
  boundsError(byteLength, 6, 'byteLength');
}

function writeUIntBE(value, offset, byteLength) {
  if (byteLength >= 1 && byteLength <= 6 && Number.isInteger(byteLength)) {
    if (byteLength === 1) return writeU8(this, value, offset, 0, 0xff);
    return writeBE(this, value, offset, 0, uintMax(byteLength), byteLength);
  }
  boundsError(byteLength, 6, 'byteLength');
}

function writeIntLE(value, offset, byteLength) {
  if (byteLength >= 1 && byteLength <= 6 && Number.isInteger(byteLength)) {
    if (byteLength === 1) return writeU8(this, value, offset, -0x80, 0x7f);
    return writeLE(this, value, offset, intMin(byteLength), intMax(byteLength), byteLength);
  }
  boundsError(byteLength, 6, 'byteLength');
}

function writeIntBE(value, offset, byteLength) {
  if (byteLength >= 1 && byteLength <= 6 && Number.isInteger(byteLength)) {
    if (byteLength === 1) return writeU8(this, value, offset, -0x80, 0x7f);
    return writeBE(this, value, offset, intMin(byteLength), intMax(byteLength), byteLength);
  }
  boundsError(byteLength, 6, 'byteLength');
}

function writeBig64(buf, value, offset, min, max, little) {
  checkInt(value, min, max, buf, offset, 7);
  let lo = Number(value & 0xffffffffn);
  let hi = Number((value >> 32n) & 0xffffffffn);
  for (let i = 0; i < 4; i++) {
    buf[little ? offset + i : offset + 7 - i] = lo & 0xff;
    lo >>>= 8;
    buf[little ? offset + 4 + i : offset + 3 - i] = hi & 0xff;
    hi >>>= 8;
  }
  return offset + 8;
}

const kU64Max = 0xffffffffffffffffn;
const kI64Min = -(2n ** 63n);
const kI64Max = 2n ** 63n - 1n;

function writeBigUInt64LE(value, offset = 0) { return writeBig64(this, value, offset, 0n, kU64Max, true); }
function writeBigUInt64BE(value, offset = 0) { return writeBig64(this, value, offset, 0n, kU64Max, false); }
function writeBigInt64LE(value, offset = 0) { return writeBig64(this, value, offset, kI64Min, kI64Max, true); }
function writeBigInt64BE(value, offset = 0) { return writeBig64(this, value, offset, kI64Min, kI64Max, false); }

function writeFloatImpl(buf, value, offset, little) {
  value = +value;
  checkBounds(buf, offset, 3);
  float32[0] = value;
  const native = little !== bigEndianHost;
  for (let i = 0; i < 4; i++) buf[offset + i] = f32bytes[native ? i : 3 - i];
  return offset + 4;
}

function writeDoubleImpl(buf, value, offset, little) {
  value = +value;
  checkBounds(buf, offset, 7);
  float64[0] = value;
  const native = little !== bigEndianHost;
  for (let i = 0; i < 8; i++) buf[offset + i] = f64bytes[native ? i : 7 - i];
  return offset + 8;
}

function writeFloatLE(value, offset = 0) { return writeFloatImpl(this, value, offset, true); }
function writeFloatBE(value, offset = 0) { return writeFloatImpl(this, value, offset, false); }
function writeDoubleLE(value, offset = 0) { return writeDoubleImpl(this, value, offset, true); }
function writeDoubleBE(value, offset = 0) { return writeDoubleImpl(this, value, offset, false); }

// Installs the methods on a prototype, in Node's order, each UInt group
// followed by its Uint aliases.
function addReadWrite(proto) {
  const groups = [
    [readBigUInt64LE, readBigUInt64BE], [readBigInt64LE, readBigInt64BE],
    [writeBigUInt64LE, writeBigUInt64BE], [writeBigInt64LE, writeBigInt64BE],
    [readUIntLE, readUInt32LE, readUInt16LE, readUInt8, readUIntBE, readUInt32BE, readUInt16BE],
    [readIntLE, readInt32LE, readInt16LE, readInt8, readIntBE, readInt32BE, readInt16BE],
    [writeUIntLE, writeUInt32LE, writeUInt16LE, writeUInt8, writeUIntBE, writeUInt32BE, writeUInt16BE],
    [writeIntLE, writeInt32LE, writeInt16LE, writeInt8, writeIntBE, writeInt32BE, writeInt16BE],
    [readFloatLE, readFloatBE, readDoubleLE, readDoubleBE],
    [writeFloatLE, writeFloatBE, writeDoubleLE, writeDoubleBE],
  ];
  for (const group of groups) {
    for (const fn of group) proto[fn.name] = fn;
    for (const fn of group) {
      if (fn.name.includes('UInt')) proto[fn.name.replace('UInt', 'Uint')] = fn;
    }
  }
}

module.exports = { addReadWrite };
