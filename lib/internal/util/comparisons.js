'use strict';
// Deep equality as used by assert.deepEqual / assert.deepStrictEqual and
// util.isDeepStrictEqual (Node v20 semantics).
//
// Loose mode compares primitives with `==` and ignores prototypes and symbol
// keys; strict mode uses Object.is for primitives, requires equal prototypes
// and also compares own enumerable symbol-keyed properties. In both modes the
// Object.prototype.toString tags must agree, only own enumerable properties are
// compared, and getters are simply read.

const { hasOwnProperty, propertyIsEnumerable, toString: objectToString } = Object.prototype;
const hasOwn = (o, k) => hasOwnProperty.call(o, k);
const isEnumerable = (o, k) => propertyIsEnumerable.call(o, k);

// ---- Brand checks: util.types' (native where the runtime can tell) ----------

const {
  isDate, isMap, isSet, isDataView, isRegExp, isTypedArray, isAnyArrayBuffer, isBoxedPrimitive,
  isNumberObject, isStringObject, isBooleanObject, isBigIntObject, isSymbolObject,
} = require('internal/util/types');

const getTypedArrayTag = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(Uint8Array.prototype),
  Symbol.toStringTag).get;

function isNativeError(value) {
  if (typeof Error.isError === 'function') return Error.isError(value);
  return objectToString.call(value) === '[object Error]';
}

function isErrorLike(value) {
  return isNativeError(value) || value instanceof Error;
}

// ---- Helpers -----------------------------------------------------------------

function isArrayIndexKey(key) {
  if (typeof key !== 'string' || key.length === 0 || key.length > 10) return false;
  const code = key.charCodeAt(0);
  if (code < 48 || code > 57) return false;
  if (key.length > 1 && code === 48) return false;
  for (let i = 1; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return Number(key) < 4294967295;
}

// A fresh instance per typed array class (Buffer's included): a typed array
// with the engine's hidden class of a fresh one has only index keys, which
// spares listing every index (see sameStructure in src/buffer.c).
const { sameStructure } = internalBinding('buffer');
const freshTypedArrays = new Map([Uint8Array, Int8Array, Uint8ClampedArray, Uint16Array, Int16Array,
  Uint32Array, Int32Array, Float32Array, Float64Array, BigUint64Array, BigInt64Array,
  require('internal/buffer').FastBuffer].map((C) => [C.prototype, C]));

function onlyIndexKeys(value) {
  let fresh = freshTypedArrays.get(Object.getPrototypeOf(value));
  if (fresh === undefined) return false;
  if (typeof fresh === 'function') {
    fresh = new fresh(0);
    freshTypedArrays.set(Object.getPrototypeOf(value), fresh);
  }
  return sameStructure(value, fresh);
}

// Own enumerable keys that are not array indices (symbols too in strict mode).
function nonIndexKeys(value, strict) {
  if (isTypedArray(value) && onlyIndexKeys(value)) return [];
  const keys = Object.keys(value).filter((k) => !isArrayIndexKey(k));
  if (strict) {
    for (const sym of Object.getOwnPropertySymbols(value)) {
      if (isEnumerable(value, sym)) keys.push(sym);
    }
  }
  return keys;
}

function sameBytes(a, b) {
  if (a.byteLength !== b.byteLength) return false;
  const x = new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
  const y = new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
  for (let i = 0; i < x.length; i++) {
    if (x[i] !== y[i]) return false;
  }
  return true;
}

function sameLooseFloats(a, b) {
  if (a.byteLength !== b.byteLength) return false;
  for (let i = 0; i < a.length; i++) {
    // eslint-disable-next-line eqeqeq
    if (a[i] != b[i]) return false;
  }
  return true;
}

function sameBuffers(a, b) {
  if (a.byteLength !== b.byteLength) return false;
  const x = new Uint8Array(a);
  const y = new Uint8Array(b);
  for (let i = 0; i < x.length; i++) {
    if (x[i] !== y[i]) return false;
  }
  return true;
}

function sameBoxedPrimitive(a, b) {
  if (isNumberObject(a)) {
    return isNumberObject(b) && Object.is(Number.prototype.valueOf.call(a), Number.prototype.valueOf.call(b));
  }
  if (isStringObject(a)) {
    return isStringObject(b) && String.prototype.valueOf.call(a) === String.prototype.valueOf.call(b);
  }
  if (isBooleanObject(a)) {
    return isBooleanObject(b) && Boolean.prototype.valueOf.call(a) === Boolean.prototype.valueOf.call(b);
  }
  if (isBigIntObject(a)) {
    return isBigIntObject(b) && BigInt.prototype.valueOf.call(a) === BigInt.prototype.valueOf.call(b);
  }
  if (isSymbolObject(a)) {
    return isSymbolObject(b) && Symbol.prototype.valueOf.call(a) === Symbol.prototype.valueOf.call(b);
  }
  return false;
}

function sameRegExp(a, b) {
  return a.source === b.source && a.flags === b.flags && a.lastIndex === b.lastIndex;
}

// ---- Core --------------------------------------------------------------------

const NO_ITERATOR = 0;
const IS_ARRAY = 1;
const IS_SET = 2;
const IS_MAP = 3;
const IS_ERROR = 4; // also compares `cause` and `errors` (usually non-enumerable)

function deepEqual(a, b, strict, memos) {
  if (a === b) {
    if (a !== 0) return true;
    return strict ? Object.is(a, b) : true;
  }

  if (strict) {
    if (typeof a !== 'object') {
      return typeof a === 'number' && Number.isNaN(a) && Number.isNaN(b);
    }
    if (typeof b !== 'object' || a === null || b === null) return false;
    if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  } else {
    if (a === null || typeof a !== 'object') {
      if (b === null || typeof b !== 'object') {
        // eslint-disable-next-line eqeqeq
        return a == b || (Number.isNaN(a) && Number.isNaN(b));
      }
      return false;
    }
    if (b === null || typeof b !== 'object') return false;
  }

  const tag = objectToString.call(a);
  if (tag !== objectToString.call(b)) return false;

  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    const keysA = nonIndexKeys(a, strict);
    const keysB = nonIndexKeys(b, strict);
    if (keysA.length !== keysB.length) return false;
    return keyCheck(a, b, strict, memos, IS_ARRAY, keysA);
  }
  if (tag === '[object Object]') {
    return keyCheck(a, b, strict, memos, NO_ITERATOR);
  }
  if (isDate(a)) {
    if (!isDate(b) || Date.prototype.getTime.call(a) !== Date.prototype.getTime.call(b)) return false;
  } else if (isRegExp(a)) {
    if (!isRegExp(b) || !sameRegExp(a, b)) return false;
  } else if (isErrorLike(a)) {
    if (!isErrorLike(b) || a.message !== b.message || a.name !== b.name) return false;
    return keyCheck(a, b, strict, memos, IS_ERROR);
  } else if (ArrayBuffer.isView(a)) {
    if (!ArrayBuffer.isView(b)) return false;
    if (isTypedArray(a)) {
      if (!isTypedArray(b) || a.length !== b.length) return false;
      const tagA = getTypedArrayTag.call(a);
      if (!strict && (tagA === 'Float32Array' || tagA === 'Float64Array')) {
        if (!sameLooseFloats(a, b)) return false;
      } else if (!sameBytes(a, b)) {
        return false;
      }
    } else if (!isDataView(b) || !sameBytes(a, b)) {
      return false;
    }
    const keysA = nonIndexKeys(a, strict);
    if (keysA.length !== nonIndexKeys(b, strict).length) return false;
    return keyCheck(a, b, strict, memos, NO_ITERATOR, keysA);
  } else if (isSet(a)) {
    if (!isSet(b) || a.size !== b.size) return false;
    return keyCheck(a, b, strict, memos, IS_SET);
  } else if (isMap(a)) {
    if (!isMap(b) || a.size !== b.size) return false;
    return keyCheck(a, b, strict, memos, IS_MAP);
  } else if (isAnyArrayBuffer(a)) {
    if (!isAnyArrayBuffer(b) || !sameBuffers(a, b)) return false;
  } else if (isBoxedPrimitive(a)) {
    if (!sameBoxedPrimitive(a, b)) return false;
  } else if (Array.isArray(b) || ArrayBuffer.isView(b) || isSet(b) || isMap(b) ||
             isDate(b) || isRegExp(b) || isAnyArrayBuffer(b) || isBoxedPrimitive(b) ||
             isErrorLike(b)) {
    return false;
  } else if (tag === '[object URL]' && typeof a.href === 'string') {
    if (a.href !== b.href) return false;
  }
  return keyCheck(a, b, strict, memos, NO_ITERATOR);
}

function keyCheck(a, b, strict, memos, kind, keysA) {
  if (keysA === undefined) {
    keysA = Object.keys(a);
    if (keysA.length !== Object.keys(b).length) return false;
    for (const key of keysA) {
      if (!isEnumerable(b, key)) return false;
    }
    if (strict) {
      let countA = 0;
      for (const sym of Object.getOwnPropertySymbols(a)) {
        if (isEnumerable(a, sym)) {
          if (!isEnumerable(b, sym)) return false;
          keysA.push(sym);
          countA++;
        }
      }
      let countB = 0;
      for (const sym of Object.getOwnPropertySymbols(b)) {
        if (isEnumerable(b, sym)) countB++;
      }
      if (countA !== countB) return false;
    }
  } else {
    for (const key of keysA) {
      if (!isEnumerable(b, key)) return false;
    }
  }

  if (keysA.length === 0 &&
      (kind === NO_ITERATOR || (kind === IS_ARRAY && a.length === 0) ||
       ((kind === IS_SET || kind === IS_MAP) && a.size === 0))) {
    return true;
  }

  // Cycle detection: when both objects are already being compared further up
  // the stack, treat this branch as equal.
  if (memos === undefined) memos = { a: new Set(), b: new Set() };
  const seenA = memos.a.has(a);
  const seenB = memos.b.has(b);
  if (seenA && seenB) return true;
  if (!seenA) memos.a.add(a);
  if (!seenB) memos.b.add(b);
  try {
    return objectEquiv(a, b, strict, keysA, memos, kind);
  } finally {
    if (!seenA) memos.a.delete(a);
    if (!seenB) memos.b.delete(b);
  }
}

function objectEquiv(a, b, strict, keys, memos, kind) {
  if (kind === IS_SET) {
    if (!setEquiv(a, b, strict, memos)) return false;
  } else if (kind === IS_MAP) {
    if (!mapEquiv(a, b, strict, memos)) return false;
  } else if (kind === IS_ERROR) {
    if (!deepEqual(a.cause, b.cause, strict, memos) ||
        !deepEqual(a.errors, b.errors, strict, memos)) {
      return false;
    }
  } else if (kind === IS_ARRAY) {
    for (let i = 0; i < a.length; i++) {
      if (hasOwn(a, i)) {
        if (!hasOwn(b, i) || !deepEqual(a[i], b[i], strict, memos)) return false;
      } else if (hasOwn(b, i)) {
        return false;
      } else {
        // A hole: the rest is compared key by key (sparse arrays).
        const restA = Object.keys(a);
        for (const key of restA) {
          if (!hasOwn(b, key) || !deepEqual(a[key], b[key], strict, memos)) return false;
        }
        if (restA.length !== Object.keys(b).length) return false;
        if (strict) {
          for (const key of keys) {
            if (typeof key === 'symbol' && !deepEqual(a[key], b[key], strict, memos)) return false;
          }
        }
        return true;
      }
    }
  }
  for (const key of keys) {
    if (!deepEqual(a[key], b[key], strict, memos)) return false;
  }
  return true;
}

// In loose mode a primitive may match a different primitive (1 == '1').
// Returns true/false when that is decided, or the value to look up.
function looseCounterpart(prim) {
  switch (typeof prim) {
    case 'undefined':
      return null;
    case 'object': // null
      return undefined;
    case 'symbol':
      return false;
    case 'string':
      prim = +prim;
      // falls through
    case 'number':
      if (Number.isNaN(prim)) return false;
  }
  return true;
}

function setMightHaveLoosePrimitive(a, b, prim) {
  const alt = looseCounterpart(prim);
  if (alt != null) return alt;
  return b.has(alt) && !a.has(alt);
}

function mapMightHaveLoosePrimitive(a, b, prim, item, memos) {
  const alt = looseCounterpart(prim);
  if (alt != null) return alt;
  const other = b.get(alt);
  if ((other === undefined && !b.has(alt)) || !deepEqual(item, other, false, memos)) return false;
  return !a.has(alt) && deepEqual(item, other, false, memos);
}

function takeEqualElement(pool, value, strict, memos) {
  for (const candidate of pool) {
    if (deepEqual(value, candidate, strict, memos)) {
      pool.delete(candidate);
      return true;
    }
  }
  return false;
}

function setEquiv(a, b, strict, memos) {
  let pool = null;
  for (const value of a) {
    if (typeof value === 'object' && value !== null) {
      if (pool === null) pool = new Set();
      pool.add(value);
    } else if (!b.has(value)) {
      if (strict) return false;
      if (!setMightHaveLoosePrimitive(a, b, value)) return false;
      if (pool === null) pool = new Set();
      pool.add(value);
    }
  }
  if (pool === null) return true;
  for (const value of b) {
    if (typeof value === 'object' && value !== null) {
      if (!takeEqualElement(pool, value, strict, memos)) return false;
    } else if (!strict && !a.has(value) && !takeEqualElement(pool, value, strict, memos)) {
      return false;
    }
  }
  return pool.size === 0;
}

function takeEqualEntry(pool, map, key, item, strict, memos) {
  for (const candidate of pool) {
    if (deepEqual(key, candidate, strict, memos) &&
        deepEqual(item, map.get(candidate), strict, memos)) {
      pool.delete(candidate);
      return true;
    }
  }
  return false;
}

function mapEquiv(a, b, strict, memos) {
  let pool = null;
  for (const [key, itemA] of a) {
    if (typeof key === 'object' && key !== null) {
      if (pool === null) pool = new Set();
      pool.add(key);
    } else {
      const itemB = b.get(key);
      if ((itemB === undefined && !b.has(key)) || !deepEqual(itemA, itemB, strict, memos)) {
        if (strict) return false;
        if (!mapMightHaveLoosePrimitive(a, b, key, itemA, memos)) return false;
        if (pool === null) pool = new Set();
        pool.add(key);
      }
    }
  }
  if (pool === null) return true;
  for (const [key, itemB] of b) {
    if (typeof key === 'object' && key !== null) {
      if (!takeEqualEntry(pool, a, key, itemB, strict, memos)) return false;
    } else if (!strict && (!a.has(key) || !deepEqual(a.get(key), itemB, false, memos)) &&
               !takeEqualEntry(pool, a, key, itemB, false, memos)) {
      return false;
    }
  }
  return pool.size === 0;
}

function isDeepEqual(a, b) {
  return deepEqual(a, b, false, undefined);
}

function isDeepStrictEqual(a, b) {
  return deepEqual(a, b, true, undefined);
}

module.exports = {
  isDeepEqual,
  isDeepStrictEqual,
};
