'use strict';
// serialization: 'advanced' for the child_process IPC channel. Node frames
// each message as a 4-byte big-endian length followed by V8's value
// serialization (format version 15); this module writes and reads that
// format in JavaScript, so that lode and Node processes understand each
// other in this mode too. What is written and how, as observed from Node's
// output (Node's sources were not used):
//
//   header        0xFF 0x0F
//   primitives    '_' undefined, '0' null, 'T'/'F', 'I' zigzag varint int32,
//                 'N' float64 LE, 'Z' BigInt (varint bitfield: sign bit and
//                 byte count * 2, then 64-bit LE digits), '"' Latin-1
//                 string, 'c' UTF-16LE string (byte length; a 0x00 pad tag
//                 before it keeps the code units 2-byte aligned)
//   objects       'o' key/value pairs '{' count; 'A' dense array '$' props
//                 length; 'a' sparse array '@' props length; 'D' Date;
//                 'R' RegExp (source, flag bits); ';' Map ':' 2*size;
//                 '\'' Set ',' size; 'B' ArrayBuffer; 'y' 'x' 'n' 's' 'z'
//                 boxed primitives; 'r' Error ('E' 'R' 'F' 'S' 'T' 'U' for
//                 its kind, 'm' message, 'c' cause, 's' stack, '.' end);
//                 '^' id: a reference to the id-th object already written
//   views         Node's host object: '\\', then (IPC only) varint 0, then
//                 varint type index (Int8Array 0 … DataView 9, Buffer 10,
//                 BigInt64Array 11, BigUint64Array 12), byte length, bytes
//
// Values that cannot be cloned throw Error('<value> could not be cloned.'),
// as Node does.

const { FastBuffer } = require('internal/buffer');
require('buffer'); // completes FastBuffer.prototype (latin1Write, ucs2Slice…)
const types = require('internal/util/types');

const kVersion = 15;

const T = {
  padding: 0x00, undefined: 0x5F, null: 0x30, true: 0x54, false: 0x46,
  int32: 0x49, uint32: 0x55, double: 0x4E, bigint: 0x5A,
  oneByte: 0x22, twoByte: 0x63, utf8: 0x53,
  ref: 0x5E, beginObject: 0x6F, endObject: 0x7B,
  beginDense: 0x41, endDense: 0x24, beginSparse: 0x61, endSparse: 0x40, hole: 0x2D,
  date: 0x44, trueObject: 0x79, falseObject: 0x78, numberObject: 0x6E,
  bigintObject: 0x7A, stringObject: 0x73, regexp: 0x52,
  beginMap: 0x3B, endMap: 0x3A, beginSet: 0x27, endSet: 0x2C,
  arrayBuffer: 0x42, resizableArrayBuffer: 0x7E, view: 0x56, host: 0x5C, error: 0x72,
  verifyCount: 0x3F, theHole: 0x2D,
};

// Error sub-tags.
const E = { eval: 0x45, range: 0x52, reference: 0x46, syntax: 0x53, type: 0x54, uri: 0x55,
  message: 0x6D, cause: 0x63, stack: 0x73, end: 0x2E };
const errorTags = new Map([['EvalError', E.eval], ['RangeError', E.range],
  ['ReferenceError', E.reference], ['SyntaxError', E.syntax], ['TypeError', E.type],
  ['URIError', E.uri]]);
const errorCtors = new Map([[E.eval, EvalError], [E.range, RangeError],
  [E.reference, ReferenceError], [E.syntax, SyntaxError], [E.type, TypeError], [E.uri, URIError]]);

// Node's host-object indexes for array buffer views.
const viewTypes = [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array,
  Int32Array, Uint32Array, Float32Array, Float64Array, DataView, FastBuffer,
  BigInt64Array, BigUint64Array];
const viewIndex = new Map(viewTypes.map((c, i) => [c.name, i]));
const typedArrayTag = Object.getOwnPropertyDescriptor(
  Object.getPrototypeOf(Uint8Array.prototype), Symbol.toStringTag).get;

const regexpFlagBits = { d: 128, g: 1, i: 2, m: 4, s: 32, u: 16, v: 256, y: 8 };

const objectToString = Object.prototype.toString;
const isEnumerable = Object.prototype.propertyIsEnumerable;
const hasOwn = Object.prototype.hasOwnProperty;
const nonLatin1 = /[^\x00-\xff]/;

function cannotClone(value) {
  let text;
  if (typeof value === 'function') {
    try { text = Function.prototype.toString.call(value); } catch { text = 'function'; }
  } else if (typeof value === 'symbol') {
    text = value.toString();
  } else {
    let ctor;
    try { ctor = value.constructor; } catch { ctor = undefined; }
    text = typeof ctor === 'function' && ctor.name ? `#<${ctor.name}>` : objectToString.call(value);
  }
  return new Error(`${text} could not be cloned.`);
}

function dataError() {
  return new Error('Unable to deserialize cloned data.');
}

// Typed arrays and DataViews are costly to make, so serializers share one
// scratch buffer (unless a getter serializes while another one runs).
let scratch = null;
let scratchBusy = false;

class Serializer {
  constructor(hostPrefix) {
    this.hostPrefix = hostPrefix; // the IPC serializer's 0 before each view
    this.shared = !scratchBusy;
    if (this.shared) {
      scratchBusy = true;
      scratch ??= { buf: new FastBuffer(4096), view: null };
      scratch.view ??= new DataView(scratch.buf.buffer);
      this.buf = scratch.buf;
      this.view = scratch.view;
    } else {
      this.buf = new FastBuffer(256);
      this.view = new DataView(this.buf.buffer);
    }
    this.pos = 0;
    this.ids = new Map();
  }

  // The bytes written, as a buffer of their own; the serializer is done.
  finish() {
    const out = Uint8Array.prototype.slice.call(this.buf, 0, this.pos);
    if (this.shared) {
      // Keep a grown buffer for next time, unless it grew huge.
      if (this.buf.length <= 1 << 20) {
        scratch.buf = this.buf;
        scratch.view = this.view;
      }
      scratchBusy = false;
      this.shared = false;
    }
    return out;
  }

  // Gives the scratch buffer back after a failure.
  abort() {
    if (this.shared) {
      scratchBusy = false;
      this.shared = false;
    }
  }

  reserve(n) {
    if (this.pos + n <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.pos + n) size *= 2;
    const bigger = new FastBuffer(size);
    bigger.set(this.buf.subarray(0, this.pos));
    this.buf = bigger;
    this.view = new DataView(bigger.buffer);
  }

  byte(b) {
    this.reserve(1);
    this.buf[this.pos++] = b;
  }

  varint(n) {
    this.reserve(10);
    const buf = this.buf;
    while (n >= 0x80) {
      buf[this.pos++] = (n % 0x80) | 0x80;
      n = Math.floor(n / 0x80);
    }
    buf[this.pos++] = n;
  }

  double(d) {
    this.reserve(8);
    this.view.setFloat64(this.pos, d, true);
    this.pos += 8;
  }

  bytes(u8) {
    this.reserve(u8.length);
    this.buf.set(u8, this.pos);
    this.pos += u8.length;
  }

  string(s) {
    const len = s.length;
    if (!nonLatin1.test(s)) {
      this.byte(T.oneByte);
      this.varint(len);
      this.reserve(len);
      if (len < 64) {
        for (let i = 0; i < len; i++) this.buf[this.pos + i] = s.charCodeAt(i);
      } else {
        this.buf.latin1Write(s, this.pos, len);
      }
      this.pos += len;
      return;
    }
    const bytes = len * 2;
    let lenSize = 1;
    for (let n = bytes; n >= 0x80; n = Math.floor(n / 0x80)) lenSize++;
    // The code units start 2-byte aligned (counted from the header).
    if ((this.pos + 1 + lenSize) & 1) this.byte(T.padding);
    this.byte(T.twoByte);
    this.varint(bytes);
    this.reserve(bytes);
    if (len < 64) {
      for (let i = 0; i < len; i++) {
        const c = s.charCodeAt(i);
        this.buf[this.pos + 2 * i] = c & 0xFF;
        this.buf[this.pos + 2 * i + 1] = c >> 8;
      }
    } else {
      this.buf.ucs2Write(s, this.pos, bytes);
    }
    this.pos += bytes;
  }

  bigint(v) {
    const negative = v < 0n;
    let mag = negative ? -v : v;
    const digits = [];
    while (mag > 0n) {
      digits.push(mag & 0xFFFFFFFFFFFFFFFFn);
      mag >>= 64n;
    }
    this.varint(digits.length * 8 * 2 + (negative ? 1 : 0));
    this.reserve(digits.length * 8);
    for (const d of digits) {
      this.view.setBigUint64(this.pos, d, true);
      this.pos += 8;
    }
  }

  header() {
    this.byte(0xFF);
    this.varint(kVersion);
  }

  value(v) {
    switch (typeof v) {
      case 'undefined': this.byte(T.undefined); return;
      case 'boolean': this.byte(v ? T.true : T.false); return;
      case 'number':
        if ((v | 0) === v && !Object.is(v, -0)) {
          this.byte(T.int32);
          this.varint(((v << 1) ^ (v >> 31)) >>> 0);
        } else {
          this.byte(T.double);
          this.double(v);
        }
        return;
      case 'string': this.string(v); return;
      case 'bigint':
        this.byte(T.bigint);
        this.bigint(v);
        return;
      case 'object':
        if (v === null) this.byte(T.null);
        else this.object(v);
        return;
      default:
        throw cannotClone(v);
    }
  }

  object(o) {
    const id = this.ids.get(o);
    if (id !== undefined) {
      this.byte(T.ref);
      this.varint(id);
      return;
    }
    this.ids.set(o, this.ids.size);
    if (Array.isArray(o)) return this.array(o);
    // Most values are plain objects: skip the brand checks (each one may
    // throw inside, which is slow).
    const proto = Object.getPrototypeOf(o);
    if (proto === Object.prototype || proto === null) return this.plainObject(o);
    if (ArrayBuffer.isView(o)) return this.hostView(o);
    if (types.isArrayBuffer(o)) {
      const u8 = new Uint8Array(o);
      this.byte(T.arrayBuffer);
      this.varint(u8.length);
      this.bytes(u8);
      return;
    }
    if (types.isDate(o)) {
      this.byte(T.date);
      this.double(Date.prototype.getTime.call(o));
      return;
    }
    if (types.isRegExp(o)) {
      this.byte(T.regexp);
      this.string(o.source);
      let bits = 0;
      for (const f of o.flags) bits |= regexpFlagBits[f] || 0;
      this.varint(bits);
      return;
    }
    if (types.isMap(o)) {
      const entries = [...Map.prototype.entries.call(o)];
      this.byte(T.beginMap);
      for (const [k, v] of entries) {
        this.value(k);
        this.value(v);
      }
      this.byte(T.endMap);
      this.varint(entries.length * 2);
      return;
    }
    if (types.isSet(o)) {
      const items = [...Set.prototype.values.call(o)];
      this.byte(T.beginSet);
      for (const v of items) this.value(v);
      this.byte(T.endSet);
      this.varint(items.length);
      return;
    }
    if (types.isBoxedPrimitive(o)) return this.boxed(o);
    if (objectToString.call(o) === '[object Error]' && types.isNativeError(o)) return this.error(o);
    if (types.isSharedArrayBuffer(o) || types.isWeakMap(o) || types.isWeakSet(o) ||
        types.isPromise(o) || types.isProxy(o) || types.isGeneratorObject(o) ||
        types.isMapIterator(o) || types.isSetIterator(o) || types.isModuleNamespaceObject(o) ||
        (typeof WeakRef === 'function' && o instanceof WeakRef)) {
      throw cannotClone(o);
    }
    this.plainObject(o);
  }

  plainObject(o) {
    this.byte(T.beginObject);
    const n = this.properties(o, Object.keys(o));
    this.byte(T.endObject);
    this.varint(n);
  }

  // Writes the enumerable own properties named by keys; returns how many.
  properties(o, keys) {
    let n = 0;
    for (const key of keys) {
      // A getter met earlier may have removed or hidden this property.
      if (!isEnumerable.call(o, key)) continue;
      const v = o[key];
      // Integer keys go as numbers, as V8 writes them.
      const i = Number(key);
      if ((i | 0) === i && i >= 0 && String(i) === key) this.value(i);
      else this.string(key);
      this.value(v);
      n++;
    }
    return n;
  }

  array(a) {
    const length = a.length;
    let dense = true;
    for (let i = 0; i < length; i++) {
      if (!hasOwn.call(a, i)) {
        dense = false;
        break;
      }
    }
    const extra = Object.keys(a).filter((k) => !isIndex(k, length));
    if (dense) {
      this.byte(T.beginDense);
      this.varint(length);
      for (let i = 0; i < length; i++) this.value(a[i]);
      const n = this.properties(a, extra);
      this.byte(T.endDense);
      this.varint(n);
      this.varint(length);
      return;
    }
    this.byte(T.beginSparse);
    this.varint(length);
    let n = 0;
    for (const key of Object.keys(a)) {
      if (!isEnumerable.call(a, key)) continue;
      const v = a[key];
      if (isIndex(key, length)) this.value(Number(key));
      else this.string(key);
      this.value(v);
      n++;
    }
    this.byte(T.endSparse);
    this.varint(n);
    this.varint(length);
  }

  hostView(v) {
    let name = typedArrayTag.call(v);
    if (name === undefined) name = 'DataView';
    else if (v instanceof FastBuffer) name = 'FastBuffer';
    const index = viewIndex.get(name);
    if (index === undefined) throw cannotClone(v);
    const bytes = new Uint8Array(v.buffer, v.byteOffset, v.byteLength);
    this.byte(T.host);
    if (this.hostPrefix) this.varint(0);
    this.varint(index);
    this.varint(bytes.length);
    this.bytes(bytes);
  }

  boxed(o) {
    if (types.isNumberObject(o)) {
      this.byte(T.numberObject);
      this.double(Number.prototype.valueOf.call(o));
    } else if (types.isStringObject(o)) {
      this.byte(T.stringObject);
      this.string(String.prototype.valueOf.call(o));
    } else if (types.isBooleanObject(o)) {
      this.byte(Boolean.prototype.valueOf.call(o) ? T.trueObject : T.falseObject);
    } else if (types.isBigIntObject(o)) {
      this.byte(T.bigintObject);
      this.bigint(BigInt.prototype.valueOf.call(o));
    } else {
      throw cannotClone(o); // a Symbol object
    }
  }

  error(o) {
    this.byte(T.error);
    const tag = errorTags.get(o.name);
    if (tag !== undefined) this.byte(tag);
    const message = Object.getOwnPropertyDescriptor(o, 'message');
    if (message !== undefined && 'value' in message) {
      this.byte(E.message);
      this.string(String(message.value));
    }
    if (hasOwn.call(o, 'cause')) {
      this.byte(E.cause);
      this.value(o.cause);
    }
    const stack = o.stack;
    if (typeof stack === 'string') {
      this.byte(E.stack);
      this.string(stack);
    }
    this.byte(E.end);
  }

}

function isIndex(key, length) {
  const n = Number(key);
  return n >>> 0 === n && n < length && String(n) === key;
}

class Deserializer {
  // Reads buf[start, end); view is a DataView over all of buf.
  constructor(buf, view, start, end, hostPrefix) {
    this.buf = buf; // a FastBuffer
    this.view = view;
    this.pos = start;
    this.end = end;
    this.hostPrefix = hostPrefix;
    this.objects = [];
  }

  byte() {
    if (this.pos >= this.end) throw dataError();
    return this.buf[this.pos++];
  }

  varint() {
    let n = 0;
    let mul = 1;
    for (let i = 0; i < 10; i++) {
      const b = this.byte();
      n += (b & 0x7F) * mul;
      if (b < 0x80) return n;
      mul *= 0x80;
    }
    throw dataError();
  }

  double() {
    if (this.pos + 8 > this.end) throw dataError();
    const d = this.view.getFloat64(this.pos, true);
    this.pos += 8;
    return d;
  }

  raw(n) {
    if (n > this.end - this.pos) throw dataError();
    const start = this.pos;
    this.pos += n;
    return [start, this.pos];
  }

  // Data without the version header, or of a later version, is refused.
  header() {
    let version = 0;
    if (this.pos < this.end && this.buf[this.pos] === 0xFF) {
      this.pos++;
      version = this.varint();
    }
    if (version === 0 || version > kVersion) {
      throw new Error('Unable to deserialize cloned data due to invalid or unsupported version.');
    }
  }

  tag() {
    let t;
    do t = this.byte(); while (t === T.padding);
    return t;
  }

  remember(v) {
    this.objects.push(v);
    return v;
  }

  string(t) {
    const n = this.varint();
    const [start, end] = this.raw(n);
    if (t === T.oneByte) return this.buf.latin1Slice(start, end);
    if (t === T.twoByte) {
      if (n & 1) throw dataError();
      return this.buf.ucs2Slice(start, end);
    }
    return this.buf.utf8Slice(start, end);
  }

  bigint() {
    const bits = this.varint();
    const count = Math.floor(bits / 2);
    const [start] = this.raw(count);
    let v = 0n;
    for (let i = count - 1; i >= 0; i--) v = (v << 8n) | BigInt(this.buf[start + i]);
    return bits & 1 ? -v : v;
  }

  value() {
    const t = this.tag();
    switch (t) {
      case T.undefined: return undefined;
      case T.null: return null;
      case T.true: return true;
      case T.false: return false;
      case T.int32: {
        const z = this.varint();
        return z % 2 === 1 ? -((z + 1) / 2) : z / 2;
      }
      case T.uint32: return this.varint();
      case T.double: return this.double();
      case T.bigint: return this.bigint();
      case T.oneByte: case T.twoByte: case T.utf8: return this.string(t);
      case T.ref: {
        const id = this.varint();
        if (id >= this.objects.length) throw dataError();
        return this.objects[id];
      }
      case T.beginObject: return this.plainObject();
      case T.beginDense: return this.denseArray();
      case T.beginSparse: return this.sparseArray();
      case T.date: return this.remember(new Date(this.double()));
      case T.trueObject: return this.remember(Object(true));
      case T.falseObject: return this.remember(Object(false));
      case T.numberObject: return this.remember(Object(this.double()));
      case T.bigintObject: return this.remember(Object(this.bigint()));
      case T.stringObject: {
        const id = this.objects.length;
        this.objects.push(null);
        const s = this.value();
        if (typeof s !== 'string') throw dataError();
        return (this.objects[id] = Object(s));
      }
      case T.regexp: {
        const id = this.objects.length;
        this.objects.push(null);
        const source = this.value();
        const bits = this.varint();
        let flags = '';
        for (const f of 'dgimsuvy') if (bits & regexpFlagBits[f]) flags += f;
        let re;
        try { re = new RegExp(source, flags); } catch { throw dataError(); }
        return (this.objects[id] = re);
      }
      case T.beginMap: {
        const map = this.remember(new Map());
        for (;;) {
          if (this.peekEnd(T.endMap)) break;
          const k = this.value();
          map.set(k, this.value());
        }
        this.varint();
        return map;
      }
      case T.beginSet: {
        const set = this.remember(new Set());
        while (!this.peekEnd(T.endSet)) set.add(this.value());
        this.varint();
        return set;
      }
      case T.arrayBuffer: {
        const n = this.varint();
        const [start, end] = this.raw(n);
        return this.remember(this.buf.buffer.slice(this.buf.byteOffset + start, this.buf.byteOffset + end));
      }
      case T.resizableArrayBuffer: {
        const n = this.varint();
        const max = this.varint();
        const [start, end] = this.raw(n);
        const ab = new ArrayBuffer(n, { maxByteLength: Math.max(n, max) });
        new Uint8Array(ab).set(this.buf.subarray(start, end));
        return this.remember(ab);
      }
      case T.host: return this.hostView();
      case T.error: return this.error();
      default:
        throw dataError();
    }
  }

  // Consumes `end` when it is the next tag.
  peekEnd(end) {
    let p = this.pos;
    while (p < this.end && this.buf[p] === T.padding) p++;
    if (p >= this.end) throw dataError();
    if (this.buf[p] !== end) return false;
    this.pos = p + 1;
    return true;
  }

  key() {
    const k = this.value();
    if (typeof k === 'string' || typeof k === 'number') return k;
    throw dataError();
  }

  plainObject() {
    const o = this.remember({});
    while (!this.peekEnd(T.endObject)) {
      const k = this.key();
      defineValue(o, k, this.value());
    }
    this.varint();
    return o;
  }

  denseArray() {
    const length = this.varint();
    if (length > this.end - this.pos) throw dataError();
    const a = this.remember(new Array(length));
    for (let i = 0; i < length; i++) {
      if (this.buf[this.pos] === T.theHole) {
        this.pos++;
        continue;
      }
      a[i] = this.value();
    }
    while (!this.peekEnd(T.endDense)) {
      const k = this.key();
      defineValue(a, k, this.value());
    }
    this.varint();
    this.varint();
    return a;
  }

  sparseArray() {
    const length = this.varint();
    if (length > 2 ** 32 - 1) throw dataError();
    const a = this.remember(new Array(length));
    while (!this.peekEnd(T.endSparse)) {
      const k = this.key();
      defineValue(a, k, this.value());
    }
    this.varint();
    this.varint();
    return a;
  }

  hostView() {
    const id = this.objects.length;
    this.objects.push(null);
    if (this.hostPrefix && this.varint() !== 0) throw dataError();
    const index = this.varint();
    const n = this.varint();
    const Ctor = viewTypes[index];
    if (Ctor === undefined) throw dataError();
    const [start, end] = this.raw(n);
    const size = Ctor.BYTES_PER_ELEMENT || 1;
    if (n % size !== 0) throw dataError();
    const ab = this.buf.buffer.slice(this.buf.byteOffset + start, this.buf.byteOffset + end);
    const v = Ctor === DataView ? new DataView(ab) : new Ctor(ab, 0, n / size);
    return (this.objects[id] = v);
  }

  error() {
    const id = this.objects.length;
    this.objects.push(null);
    let Ctor = Error;
    const fields = {};
    for (;;) {
      const t = this.byte();
      if (t === E.end) break;
      if (errorCtors.has(t)) Ctor = errorCtors.get(t);
      else if (t === E.message) fields.message = this.value();
      else if (t === E.stack) fields.stack = this.value();
      else if (t === E.cause) fields.cause = this.value();
      else throw dataError();
    }
    // A real error object (not Object.create), so that it is one again
    // when it is sent on.
    const err = new Ctor();
    if (!('stack' in fields)) delete err.stack;
    for (const k of ['message', 'stack', 'cause']) {
      if (k in fields) {
        Object.defineProperty(err, k, { value: k === 'cause' ? fields[k] : String(fields[k]),
          writable: true, enumerable: false, configurable: true });
      }
    }
    return (this.objects[id] = err);
  }
}

function defineValue(o, k, v) {
  Object.defineProperty(o, k, { value: v, writable: true, enumerable: true, configurable: true });
}

// The IPC codec: encode(message) gives one frame; decode(chunk, out)
// appends the messages completed by a chunk of bytes.
class AdvancedCodec {
  constructor() {
    this.parts = [];
    this.partLength = 0;
    this.need = -1; // the frame length being collected, once known
  }

  encode(message) {
    const s = new Serializer(true);
    try {
      s.reserve(4);
      s.pos = 4;
      s.header();
      s.value(message);
    } catch (err) {
      s.abort();
      throw err;
    }
    s.view.setUint32(0, s.pos - 4, false);
    return s.finish();
  }

  decode(buf, out) {
    if (this.partLength > 0) {
      this.parts.push(buf);
      this.partLength += buf.length;
      if (this.need < 0 && this.partLength >= 4) this.need = frameLength(this.parts);
      if (this.need < 0 || this.partLength < this.need + 4) return;
      buf = Buffer.concat(this.parts, this.partLength);
      this.parts = [];
      this.partLength = 0;
      this.need = -1;
    }
    let pos = 0;
    let view = null;
    while (buf.length - pos >= 4) {
      const len = (buf[pos] * 0x1000000) + ((buf[pos + 1] << 16) | (buf[pos + 2] << 8) | buf[pos + 3]);
      if (buf.length - pos - 4 < len) break;
      view ??= new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
      const d = new Deserializer(buf, view, pos + 4, pos + 4 + len, true);
      d.header();
      out.push(d.value());
      pos += 4 + len;
    }
    if (pos < buf.length) {
      const rest = buf.subarray(pos);
      this.parts.push(rest);
      this.partLength = rest.length;
      if (rest.length >= 4) this.need = frameLength(this.parts);
    }
  }
}

function frameLength(parts) {
  const head = parts.length === 1 ? parts[0] : Buffer.concat(parts);
  return (head[0] * 0x1000000) + ((head[1] << 16) | (head[2] << 8) | head[3]);
}

// Whole values, as v8.serialize()/deserialize() do (no IPC prefix).
function serialize(value) {
  const s = new Serializer(false);
  try {
    s.header();
    s.value(value);
  } catch (err) {
    s.abort();
    throw err;
  }
  const out = s.finish();
  return new FastBuffer(out.buffer, out.byteOffset, out.length);
}

function deserialize(buf) {
  const b = new FastBuffer(buf.buffer, buf.byteOffset, buf.byteLength);
  const d = new Deserializer(b, new DataView(b.buffer, b.byteOffset, b.byteLength), 0, b.length, false);
  d.header();
  return d.value();
}

module.exports = { AdvancedCodec, Serializer, Deserializer, serialize, deserialize };
