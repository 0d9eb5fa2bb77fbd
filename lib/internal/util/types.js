'use strict';
// util.types for lode, written for JavaScriptCore.
//
// Most checks are exact brand checks: they call an intrinsic getter or method
// that throws a TypeError on anything lacking the internal slot (for example
// the `Map.prototype.size` getter). The few that cannot be exact from plain
// JavaScript are marked "approximate" below; when the runtime offers a native
// helper through internalBinding('types') it is preferred.

let nativeTypes;
try {
  // eslint-disable-next-line no-undef
  if (typeof internalBinding === 'function') nativeTypes = internalBinding('types');
} catch {
  nativeTypes = undefined;
}
function nativeCheck(name) {
  return nativeTypes && typeof nativeTypes[name] === 'function' ? nativeTypes[name] : undefined;
}

const objToString = Object.prototype.toString;
const getter = (proto, key) => {
  const desc = proto && Object.getOwnPropertyDescriptor(proto, key);
  return desc && desc.get;
};

// Returns true when `fn.call(value, arg)` does not throw. A negative
// answer costs a thrown TypeError (microseconds): checks the runtime can
// make natively go there first.
function brand(fn, value, arg) {
  if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return false;
  try {
    fn.call(value, arg);
    return true;
  } catch {
    return false;
  }
}

const TypedArray = Object.getPrototypeOf(Uint8Array);
const typedArrayTag = getter(TypedArray.prototype, Symbol.toStringTag);
const mapSize = getter(Map.prototype, 'size');
const setSize = getter(Set.prototype, 'size');
const abByteLength = getter(ArrayBuffer.prototype, 'byteLength');
const sabByteLength = typeof SharedArrayBuffer === 'function' ?
  getter(SharedArrayBuffer.prototype, 'byteLength') : undefined;
const dvByteLength = getter(DataView.prototype, 'byteLength');
const regexpGlobal = getter(RegExp.prototype, 'global');

function typedArrayName(value) {
  return typedArrayTag.call(value);
}

function isTypedArray(value) {
  return typedArrayName(value) !== undefined;
}

function makeTypedArrayCheck(name) {
  const check = (value) => typedArrayName(value) === name;
  Object.defineProperty(check, 'name', { value: `is${name}` });
  return check;
}

function isArrayBufferView(value) {
  return ArrayBuffer.isView(value);
}

const nativeIsDate = nativeCheck('isDate');
const nativeIsAnyArrayBuffer = nativeCheck('isAnyArrayBuffer');

function isDate(value) {
  return nativeIsDate !== undefined ? nativeIsDate(value) : brand(Date.prototype.getTime, value);
}
function isRegExp(value) {
  if (value === null || typeof value !== 'object') return false;
  try {
    // RegExp.prototype itself answers undefined instead of throwing.
    return typeof regexpGlobal.call(value) === 'boolean';
  } catch {
    return false;
  }
}
function isMap(value) { return brand(mapSize, value); }
function isSet(value) { return brand(setSize, value); }
function isWeakMap(value) { return brand(WeakMap.prototype.has, value, {}); }
function isWeakSet(value) { return brand(WeakSet.prototype.has, value, {}); }
function isArrayBuffer(value) {
  if (nativeIsAnyArrayBuffer !== undefined && !nativeIsAnyArrayBuffer(value)) return false;
  return brand(abByteLength, value);
}
function isSharedArrayBuffer(value) {
  if (nativeIsAnyArrayBuffer !== undefined && !nativeIsAnyArrayBuffer(value)) return false;
  return sabByteLength !== undefined && brand(sabByteLength, value);
}
function isAnyArrayBuffer(value) { return isArrayBuffer(value) || isSharedArrayBuffer(value); }
function isDataView(value) { return brand(dvByteLength, value); }

function isNumberObject(value) {
  return typeof value === 'object' && brand(Number.prototype.valueOf, value);
}
function isStringObject(value) {
  return typeof value === 'object' && brand(String.prototype.valueOf, value);
}
function isBooleanObject(value) {
  return typeof value === 'object' && brand(Boolean.prototype.valueOf, value);
}
function isSymbolObject(value) {
  return typeof value === 'object' && brand(Symbol.prototype.valueOf, value);
}
function isBigIntObject(value) {
  return typeof value === 'object' && brand(BigInt.prototype.valueOf, value);
}
function isBoxedPrimitive(value) {
  return isNumberObject(value) || isStringObject(value) || isBooleanObject(value) ||
    isSymbolObject(value) || isBigIntObject(value);
}

// The tag-based checks below are approximate: a Symbol.toStringTag could fake
// them, so objects carrying their own (or an inherited, non-intrinsic) tag
// are rejected.
function builtinTag(value) {
  if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return '';
  return objToString.call(value).slice(8, -1);
}

function hasNoTag(value) {
  try {
    return value[Symbol.toStringTag] === undefined;
  } catch {
    return false;
  }
}

// Approximate unless the runtime provides internalBinding('types').isNativeError.
function isNativeError(value) {
  const native = nativeCheck('isNativeError');
  if (native) return native(value);
  if (typeof Error.isError === 'function') return Error.isError(value);
  return builtinTag(value) === 'Error' && hasNoTag(value);
}

// Approximate (no side-effect-free brand check exists for promises).
function isPromise(value) {
  const native = nativeCheck('isPromise');
  if (native) return native(value);
  if (value === null || typeof value !== 'object') return false;
  if (builtinTag(value) !== 'Promise') return false;
  return value instanceof Promise || typeof value.then === 'function';
}

// Approximate.
function isArgumentsObject(value) {
  const native = nativeCheck('isArgumentsObject');
  if (native) return native(value);
  return typeof value === 'object' && builtinTag(value) === 'Arguments' && hasNoTag(value);
}

const functionToString = Function.prototype.toString;
function fnSource(fn) {
  try {
    return functionToString.call(fn);
  } catch {
    return '';
  }
}

const GeneratorFunction = Object.getPrototypeOf(function* () {}).constructor;
const AsyncFunction = Object.getPrototypeOf(async function () {}).constructor;
const AsyncGeneratorFunction = Object.getPrototypeOf(async function* () {}).constructor;

// Approximate: uses the builtin tag, which the engine sets from the function
// kind (and which user code can only fake with an own Symbol.toStringTag).
function functionKind(value) {
  if (typeof value !== 'function') return '';
  let tag;
  try {
    tag = value[Symbol.toStringTag];
  } catch {
    tag = undefined;
  }
  const proto = Object.getPrototypeOf(value);
  if (tag === 'GeneratorFunction' || proto === GeneratorFunction.prototype) return 'generator';
  if (tag === 'AsyncGeneratorFunction' || proto === AsyncGeneratorFunction.prototype) return 'asyncgenerator';
  if (tag === 'AsyncFunction' || proto === AsyncFunction.prototype) return 'async';
  // Prototype was swapped: fall back to reading the source text.
  const src = fnSource(value);
  if (/^async\s*(function)?\s*\*/.test(src) || /^async\s+\*/.test(src)) return 'asyncgenerator';
  if (/^async[\s(]/.test(src)) return 'async';
  if (/^function\s*\*/.test(src) || /^\*/.test(src)) return 'generator';
  return 'normal';
}

function isGeneratorFunction(value) {
  const native = nativeCheck('isGeneratorFunction');
  if (native) return native(value);
  const kind = functionKind(value);
  return kind === 'generator' || kind === 'asyncgenerator';
}

function isAsyncFunction(value) {
  const native = nativeCheck('isAsyncFunction');
  if (native) return native(value);
  const kind = functionKind(value);
  return kind === 'async' || kind === 'asyncgenerator';
}

// Approximate.
function isGeneratorObject(value) {
  const native = nativeCheck('isGeneratorObject');
  if (native) return native(value);
  const tag = builtinTag(value);
  return typeof value === 'object' && (tag === 'Generator' || tag === 'AsyncGenerator');
}

const MapIteratorPrototype = Object.getPrototypeOf(new Map()[Symbol.iterator]());
const SetIteratorPrototype = Object.getPrototypeOf(new Set()[Symbol.iterator]());

// Approximate (checking the slot would consume an entry).
function isMapIterator(value) {
  const native = nativeCheck('isMapIterator');
  if (native) return native(value);
  return typeof value === 'object' && value !== null && value !== MapIteratorPrototype &&
    builtinTag(value) === 'Map Iterator';
}

function isSetIterator(value) {
  const native = nativeCheck('isSetIterator');
  if (native) return native(value);
  return typeof value === 'object' && value !== null && value !== SetIteratorPrototype &&
    builtinTag(value) === 'Set Iterator';
}

// Approximate.
function isModuleNamespaceObject(value) {
  const native = nativeCheck('isModuleNamespaceObject');
  if (native) return native(value);
  if (value === null || typeof value !== 'object' || Object.getPrototypeOf(value) !== null) return false;
  const desc = Object.getOwnPropertyDescriptor(value, Symbol.toStringTag);
  return desc !== undefined && desc.value === 'Module' && !desc.writable && !desc.configurable;
}

// Cannot be detected from JavaScript; answered by the runtime when available.
function isProxy(value) {
  const native = nativeCheck('isProxy');
  return native ? native(value) : false;
}

function isExternal(value) {
  const native = nativeCheck('isExternal');
  return native ? native(value) : false;
}

function isKeyObject(value) {
  const native = nativeCheck('isKeyObject');
  if (native) return native(value);
  return require('internal/crypto/keys').isKeyObject(value);
}

function isCryptoKey(value) {
  const native = nativeCheck('isCryptoKey');
  if (native) return native(value);
  return require('internal/crypto/webcrypto_key').isCryptoKey(value);
}

module.exports = {
  isExternal,
  isDate,
  isArgumentsObject,
  isBigIntObject,
  isBooleanObject,
  isNumberObject,
  isStringObject,
  isSymbolObject,
  isNativeError,
  isRegExp,
  isAsyncFunction,
  isGeneratorFunction,
  isGeneratorObject,
  isPromise,
  isMap,
  isSet,
  isMapIterator,
  isSetIterator,
  isWeakMap,
  isWeakSet,
  isArrayBuffer,
  isDataView,
  isSharedArrayBuffer,
  isProxy,
  isModuleNamespaceObject,
  isAnyArrayBuffer,
  isBoxedPrimitive,
  isArrayBufferView,
  isTypedArray,
  isUint8Array: makeTypedArrayCheck('Uint8Array'),
  isUint8ClampedArray: makeTypedArrayCheck('Uint8ClampedArray'),
  isUint16Array: makeTypedArrayCheck('Uint16Array'),
  isUint32Array: makeTypedArrayCheck('Uint32Array'),
  isInt8Array: makeTypedArrayCheck('Int8Array'),
  isInt16Array: makeTypedArrayCheck('Int16Array'),
  isInt32Array: makeTypedArrayCheck('Int32Array'),
  isFloat32Array: makeTypedArrayCheck('Float32Array'),
  isFloat64Array: makeTypedArrayCheck('Float64Array'),
  isBigInt64Array: makeTypedArrayCheck('BigInt64Array'),
  isBigUint64Array: makeTypedArrayCheck('BigUint64Array'),
  isKeyObject,
  isCryptoKey,
};

// Not part of util.types, used by inspect.
Object.defineProperty(module.exports, 'typedArrayName', { value: typedArrayName, enumerable: false });
