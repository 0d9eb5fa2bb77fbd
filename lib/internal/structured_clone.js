'use strict';
// structuredClone(): the HTML structured clone algorithm, in JavaScript.
// Supported: primitives, primitive wrappers, Date, RegExp, ArrayBuffer
// (cloned or transferred), SharedArrayBuffer (shared), typed arrays,
// DataView, Map, Set, Error objects, arrays and plain objects, with cycles
// and shared references kept. Everything else throws a DataCloneError.

let DOMExceptionCtor;
function dataCloneError(message) {
  if (DOMExceptionCtor === undefined) {
    const m = require('internal/dom_exception');
    DOMExceptionCtor = typeof m === 'function' ? m : m.DOMException;
  }
  return new DOMExceptionCtor(message, 'DataCloneError');
}

function typeErrorWithCode(message, code) {
  // Node prints these without the `[CODE]` in the stack header.
  const err = new TypeError(message);
  Object.defineProperty(err, 'code', { value: code, enumerable: true, writable: true, configurable: true });
  return err;
}

// ---------------------------------------------------------------------------
// Brand checks: each uses a built-in getter or method that throws for
// objects of the wrong kind, so they cannot be fooled by Symbol.toStringTag.

const getter = (proto, key) => Object.getOwnPropertyDescriptor(proto, key).get;
const abByteLength = getter(ArrayBuffer.prototype, 'byteLength');
const sabByteLength = typeof SharedArrayBuffer === 'function' ?
  getter(SharedArrayBuffer.prototype, 'byteLength') : null;
const typedArrayTag = getter(Object.getPrototypeOf(Uint8Array.prototype), Symbol.toStringTag);
const dataViewByteLength = getter(DataView.prototype, 'byteLength');
const mapSize = getter(Map.prototype, 'size');
const setSize = getter(Set.prototype, 'size');
const regexpSource = getter(RegExp.prototype, 'source');
const regexpFlags = getter(RegExp.prototype, 'flags');
const objectToString = Object.prototype.toString;
const hasOwn = Object.prototype.hasOwnProperty;
const isEnumerable = Object.prototype.propertyIsEnumerable;

function is(check, value) {
  try {
    check.call(value);
    return true;
  } catch {
    return false;
  }
}

const isArrayBuffer = (v) => is(abByteLength, v);
const isSharedArrayBuffer = (v) => sabByteLength !== null && is(sabByteLength, v);
const isDataView = (v) => is(dataViewByteLength, v);
const isMap = (v) => is(mapSize, v);
const isSet = (v) => is(setSize, v);
const isDate = (v) => is(Date.prototype.getTime, v);
const isBooleanObject = (v) => is(Boolean.prototype.valueOf, v);
const isNumberObject = (v) => is(Number.prototype.valueOf, v);
const isStringObject = (v) => is(String.prototype.valueOf, v);
const isBigIntObject = (v) => typeof BigInt === 'function' && is(BigInt.prototype.valueOf, v);
const isSymbolObject = (v) => is(Symbol.prototype.valueOf, v);
function isRegExp(v) {
  if (v === RegExp.prototype) return false;
  return is(regexpSource, v);
}

// Objects the engine keeps internal state for and that cannot be cloned.
const uncloneableChecks = [
  (v) => is(WeakMap.prototype.has, v),
  (v) => is(WeakSet.prototype.has, v),
  (v) => typeof WeakRef === 'function' && is(WeakRef.prototype.deref, v),
  (v) => {
    if (typeof FinalizationRegistry !== 'function') return false;
    try { FinalizationRegistry.prototype.unregister.call(v, {}); return true; } catch { return false; }
  },
  (v) => { try { Promise.prototype.then.call(v, undefined, undefined); return true; } catch { return false; } },
];
const uncloneableTags = new Set(['Arguments', 'Generator', 'AsyncGenerator', 'Array Iterator',
  'Map Iterator', 'Set Iterator', 'String Iterator', 'RegExp String Iterator',
  'Iterator Helper', 'Async-from-Sync Iterator']);

function isDetached(buf) {
  if (typeof buf.detached === 'boolean') return buf.detached;
  if (abByteLength.call(buf) !== 0) return false;
  try {
    new Uint8Array(buf);
    return false;
  } catch {
    return true;
  }
}

// ---------------------------------------------------------------------------
// The text V8 puts in "X could not be cloned."

function describe(value) {
  if (typeof value === 'symbol') return value.toString();
  if (typeof value === 'function') {
    let src;
    try { src = Function.prototype.toString.call(value); } catch { src = 'function () {}'; }
    const native = /^function\s*([^(]*)\(\)\s*\{\s*\[native code\]\s*\}$/.exec(src);
    if (native) return `function ${native[1].trim()}() { [native code] }`;
    return src;
  }
  let ctor;
  try {
    ctor = value.constructor;
  } catch {
    ctor = undefined;
  }
  // Node's engine has no global Iterator: iterators there report Object.
  if (typeof Iterator === 'function' && ctor === Iterator) ctor = Object;
  if (typeof ctor === 'function' && typeof ctor.name === 'string' && ctor.name !== '') {
    return `#<${ctor.name}>`;
  }
  return objectToString.call(value);
}

function uncloneable(value) {
  return dataCloneError(`${describe(value)} could not be cloned.`);
}

// ---------------------------------------------------------------------------

const errorNames = new Set(['Error', 'EvalError', 'RangeError', 'ReferenceError',
  'SyntaxError', 'TypeError', 'URIError']);

function cloneBuffer(buf) {
  const len = abByteLength.call(buf);
  const out = buf.resizable ? new ArrayBuffer(len, { maxByteLength: buf.maxByteLength }) : new ArrayBuffer(len);
  new Uint8Array(out).set(new Uint8Array(buf, 0, len));
  return out;
}

function defineHidden(obj, key, value) {
  Object.defineProperty(obj, key, { value, writable: true, enumerable: false, configurable: true });
}

class Cloner {
  constructor(transferred) {
    this.memory = new Map();
    this.transferred = transferred;
  }

  clone(value) {
    const type = typeof value;
    if (type === 'symbol' || type === 'function') throw uncloneable(value);
    if (value === null || type !== 'object') return value;
    const seen = this.memory.get(value);
    if (seen !== undefined) return seen;
    return this.cloneObject(value);
  }

  remember(value, copy) {
    this.memory.set(value, copy);
    return copy;
  }

  cloneObject(value) {
    if (Array.isArray(value)) {
      const out = this.remember(value, new Array(value.length));
      this.copyProperties(value, out);
      return out;
    }
    // Plain objects, most of a typical value, skip the brand checks below:
    // for them each is a thrown TypeError (~1-3 us here; a small nested
    // object took 100 us). An object tagged "Object" whose prototype is
    // Object.prototype or null has none of the slots they look for, unless
    // a Map, Set, buffer or the like was given such a prototype on purpose.
    const proto = Object.getPrototypeOf(value);
    if ((proto === Object.prototype || proto === null) && objectToString.call(value) === '[object Object]') {
      const out = this.remember(value, {});
      this.copyProperties(value, out);
      return out;
    }
    if (isArrayBuffer(value)) {
      if (this.transferred.has(value)) {
        return this.remember(value, isDetached(value) ? new ArrayBuffer(0) : cloneBuffer(value));
      }
      if (isDetached(value)) throw dataCloneError('An ArrayBuffer is detached and could not be cloned.');
      return this.remember(value, cloneBuffer(value));
    }
    const taName = typedArrayTag.call(value);
    if (taName !== undefined) {
      const buffer = this.clone(value.buffer);
      const Ctor = globalThis[taName];
      return this.remember(value, new Ctor(buffer, value.byteOffset, value.length));
    }
    if (isDataView(value)) {
      const buffer = this.clone(value.buffer);
      return this.remember(value, new DataView(buffer, value.byteOffset, value.byteLength));
    }
    if (isSharedArrayBuffer(value)) return this.remember(value, value);
    if (isDate(value)) return this.remember(value, new Date(Date.prototype.getTime.call(value)));
    if (isRegExp(value)) {
      return this.remember(value, new RegExp(regexpSource.call(value), regexpFlags.call(value)));
    }
    if (isMap(value)) {
      const out = this.remember(value, new Map());
      // Entries are read first so that the map may be changed by getters of
      // its own contents without affecting the walk.
      const entries = [...Map.prototype.entries.call(value)];
      for (const [k, v] of entries) out.set(this.clone(k), this.clone(v));
      return out;
    }
    if (isSet(value)) {
      const out = this.remember(value, new Set());
      const items = [...Set.prototype.values.call(value)];
      for (const v of items) out.add(this.clone(v));
      return out;
    }
    if (isBooleanObject(value)) return this.remember(value, Object(Boolean.prototype.valueOf.call(value)));
    if (isNumberObject(value)) return this.remember(value, Object(Number.prototype.valueOf.call(value)));
    if (isStringObject(value)) return this.remember(value, Object(String.prototype.valueOf.call(value)));
    if (isBigIntObject(value)) return this.remember(value, Object(BigInt.prototype.valueOf.call(value)));
    if (isSymbolObject(value)) throw dataCloneError('[object Symbol] could not be cloned.');

    const tag = objectToString.call(value);
    if (tag === '[object Error]') return this.cloneError(value);
    const ownTag = hasOwn.call(value, Symbol.toStringTag);
    if ((!ownTag && (uncloneableTags.has(tag.slice(8, -1)) || tag.startsWith('[object Intl.'))) ||
        value === globalThis) {
      throw uncloneable(value);
    }
    for (const check of uncloneableChecks) {
      if (check(value)) throw uncloneable(value);
    }
    const out = this.remember(value, {});
    this.copyProperties(value, out);
    return out;
  }

  copyProperties(from, to) {
    for (const key of Object.keys(from)) {
      // A getter met earlier may have removed or hidden this property.
      if (!isEnumerable.call(from, key)) continue;
      to[key] = this.clone(from[key]);
    }
  }

  cloneError(value) {
    let name = value.name;
    if (!errorNames.has(name)) name = 'Error';
    const Ctor = globalThis[name];
    const out = Object.create(Ctor.prototype);
    this.remember(value, out);
    const stack = value.stack;
    if (typeof stack === 'string') defineHidden(out, 'stack', stack);
    const message = Object.getOwnPropertyDescriptor(value, 'message');
    if (message !== undefined && 'value' in message) defineHidden(out, 'message', String(message.value));
    if (hasOwn.call(value, 'cause')) defineHidden(out, 'cause', this.clone(value.cause));
    return out;
  }
}

function getTransferList(options) {
  if (options === undefined || options === null) return [];
  if (typeof options !== 'object' && typeof options !== 'function') {
    throw typeErrorWithCode('The options argument must be either an object or undefined',
      'ERR_INVALID_ARG_TYPE');
  }
  const transfer = options.transfer;
  if (transfer === undefined || transfer === null) return [];
  if (typeof transfer !== 'object' && typeof transfer !== 'function') {
    throw typeErrorWithCode('Optional transferList argument must be an iterable', 'ERR_INVALID_ARG_TYPE');
  }
  if (typeof transfer[Symbol.iterator] !== 'function') return [];
  const list = [...transfer];
  const seen = new Set();
  for (const item of list) {
    if (item === null || typeof item !== 'object' || !isArrayBuffer(item)) {
      throw typeErrorWithCode('Found invalid object in transferList', 'ERR_INVALID_TRANSFER_OBJECT');
    }
    if (seen.has(item)) throw dataCloneError('Transfer list contains duplicate ArrayBuffer');
    seen.add(item);
  }
  return list;
}

function detach(buf) {
  if (isDetached(buf)) return;
  if (typeof ArrayBuffer.prototype.transfer === 'function') {
    buf.transfer(0);
  } else if (typeof globalThis.structuredClone === 'function' &&
      globalThis.structuredClone !== structuredClone) {
    globalThis.structuredClone(buf, { transfer: [buf] });
  }
}

function structuredClone(value, options = undefined) {
  if (arguments.length === 0) {
    throw typeErrorWithCode('The value argument must be specified', 'ERR_MISSING_ARGS');
  }
  const transfer = getTransferList(options);
  const cloner = new Cloner(new Set(transfer));
  const result = cloner.clone(value);
  // As with a real transfer, the sources are detached only once the whole
  // value was cloned successfully.
  for (const buf of transfer) detach(buf);
  return result;
}
Object.defineProperty(structuredClone, 'length', { value: 0 });

module.exports = { structuredClone };
