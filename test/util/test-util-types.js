'use strict';
// util.types and the legacy util.is* helpers.
const assert = require('assert');
const util = require('util');
const { types } = util;

const expectedKeys = ['isExternal', 'isDate', 'isArgumentsObject', 'isBigIntObject', 'isBooleanObject',
  'isNumberObject', 'isStringObject', 'isSymbolObject', 'isNativeError', 'isRegExp', 'isAsyncFunction',
  'isGeneratorFunction', 'isGeneratorObject', 'isPromise', 'isMap', 'isSet', 'isMapIterator',
  'isSetIterator', 'isWeakMap', 'isWeakSet', 'isArrayBuffer', 'isDataView', 'isSharedArrayBuffer',
  'isProxy', 'isModuleNamespaceObject', 'isAnyArrayBuffer', 'isBoxedPrimitive', 'isArrayBufferView',
  'isTypedArray', 'isUint8Array', 'isUint8ClampedArray', 'isUint16Array', 'isUint32Array', 'isInt8Array',
  'isInt16Array', 'isInt32Array', 'isFloat32Array', 'isFloat64Array', 'isBigInt64Array',
  'isBigUint64Array', 'isKeyObject', 'isCryptoKey'];
for (const key of expectedKeys) assert.strictEqual(typeof types[key], 'function', key);

function* gen() {}
async function asyncFn() {}
async function* asyncGen() {}
const samples = {
  date: new Date(),
  args: (function () { return arguments; })(),
  bigintObj: Object(1n),
  boolObj: new Boolean(false),
  numObj: new Number(0),
  strObj: new String(''),
  symObj: Object(Symbol('s')),
  error: new TypeError('x'),
  regexp: /x/,
  asyncFn,
  asyncArrow: async () => {},
  genFn: gen,
  asyncGen,
  genObj: gen(),
  promise: Promise.resolve(),
  map: new Map(),
  set: new Set(),
  mapIter: new Map().keys(),
  setIter: new Set().values(),
  weakMap: new WeakMap(),
  weakSet: new WeakSet(),
  arrayBuffer: new ArrayBuffer(1),
  dataView: new DataView(new ArrayBuffer(1)),
  u8: new Uint8Array(1),
  u8c: new Uint8ClampedArray(1),
  u16: new Uint16Array(1),
  u32: new Uint32Array(1),
  i8: new Int8Array(1),
  i16: new Int16Array(1),
  i32: new Int32Array(1),
  f32: new Float32Array(1),
  f64: new Float64Array(1),
  bi64: new BigInt64Array(1),
  bu64: new BigUint64Array(1),
  plain: {},
  array: [],
  fn() {},
  nul: null,
  num: 1,
  str: 's',
};

const positives = {
  isDate: ['date'],
  isArgumentsObject: ['args'],
  isBigIntObject: ['bigintObj'],
  isBooleanObject: ['boolObj'],
  isNumberObject: ['numObj'],
  isStringObject: ['strObj'],
  isSymbolObject: ['symObj'],
  isBoxedPrimitive: ['bigintObj', 'boolObj', 'numObj', 'strObj', 'symObj'],
  isNativeError: ['error'],
  isRegExp: ['regexp'],
  isAsyncFunction: ['asyncFn', 'asyncArrow', 'asyncGen'],
  isGeneratorFunction: ['genFn', 'asyncGen'],
  isGeneratorObject: ['genObj'],
  isPromise: ['promise'],
  isMap: ['map'],
  isSet: ['set'],
  isMapIterator: ['mapIter'],
  isSetIterator: ['setIter'],
  isWeakMap: ['weakMap'],
  isWeakSet: ['weakSet'],
  isArrayBuffer: ['arrayBuffer'],
  isAnyArrayBuffer: ['arrayBuffer'],
  isDataView: ['dataView'],
  isArrayBufferView: ['dataView', 'u8', 'u8c', 'u16', 'u32', 'i8', 'i16', 'i32', 'f32', 'f64', 'bi64', 'bu64'],
  isTypedArray: ['u8', 'u8c', 'u16', 'u32', 'i8', 'i16', 'i32', 'f32', 'f64', 'bi64', 'bu64'],
  isUint8Array: ['u8'],
  isUint8ClampedArray: ['u8c'],
  isUint16Array: ['u16'],
  isUint32Array: ['u32'],
  isInt8Array: ['i8'],
  isInt16Array: ['i16'],
  isInt32Array: ['i32'],
  isFloat32Array: ['f32'],
  isFloat64Array: ['f64'],
  isBigInt64Array: ['bi64'],
  isBigUint64Array: ['bu64'],
  isSharedArrayBuffer: [],
  isExternal: [],
  isProxy: [],
  isModuleNamespaceObject: [],
  isKeyObject: [],
  isCryptoKey: [],
};
for (const [check, expected] of Object.entries(positives)) {
  for (const [name, value] of Object.entries(samples)) {
    assert.strictEqual(types[check](value), expected.includes(name), `${check}(${name})`);
  }
}

// Brand checks are not fooled by prototypes or Symbol.toStringTag.
assert.strictEqual(types.isDate(Object.create(Date.prototype)), false);
assert.strictEqual(types.isMap(Object.create(Map.prototype)), false);
assert.strictEqual(types.isSet({ [Symbol.toStringTag]: 'Set' }), false);
assert.strictEqual(types.isRegExp(RegExp.prototype), false);
assert.strictEqual(types.isRegExp({ [Symbol.toStringTag]: 'RegExp' }), false);
assert.strictEqual(types.isTypedArray({ [Symbol.toStringTag]: 'Uint8Array' }), false);
assert.strictEqual(types.isUint8Array(Object.setPrototypeOf(new Uint8Array(1), Int8Array.prototype)), true);
assert.strictEqual(types.isNativeError(Object.create(Error.prototype)), false);
assert.strictEqual(types.isNativeError({ [Symbol.toStringTag]: 'Error' }), false);
assert.strictEqual(types.isNumberObject(Object.create(Number.prototype)), false);
assert.strictEqual(types.isDataView(new Uint8Array(1)), false);
assert.strictEqual(types.isArrayBuffer(new Uint8Array(1)), false);
// Subclasses are recognized.
class MyMap extends Map {}
class MyError extends Error {}
assert.strictEqual(types.isMap(new MyMap()), true);
assert.strictEqual(types.isNativeError(new MyError()), true);
assert.strictEqual(types.isPromise(new (class P extends Promise {})(() => {})), true);
// Proxies of built-ins are objects without the internal slot.
assert.strictEqual(types.isProxy({}), false);

// Legacy helpers.
assert.strictEqual(util.isArray([]), true);
assert.strictEqual(util.isArray({ length: 0 }), false);
assert.strictEqual(util.isBoolean(false), true);
assert.strictEqual(util.isBoolean(new Boolean(false)), false);
assert.strictEqual(util.isNull(null), true);
assert.strictEqual(util.isNull(undefined), false);
assert.strictEqual(util.isNullOrUndefined(undefined), true);
assert.strictEqual(util.isNullOrUndefined(0), false);
assert.strictEqual(util.isNumber(NaN), true);
assert.strictEqual(util.isNumber('1'), false);
assert.strictEqual(util.isString('s'), true);
assert.strictEqual(util.isString(new String('s')), false);
assert.strictEqual(util.isSymbol(Symbol()), true);
assert.strictEqual(util.isUndefined(undefined), true);
assert.strictEqual(util.isRegExp(/x/), true);
assert.strictEqual(util.isRegExp({}), false);
assert.strictEqual(util.isObject({}), true);
assert.strictEqual(util.isObject(null), false);
assert.strictEqual(util.isObject(() => {}), false);
assert.strictEqual(util.isDate(new Date()), true);
assert.strictEqual(util.isError(new Error()), true);
assert.strictEqual(util.isError(Object.create(Error.prototype)), true);
assert.strictEqual(util.isError({}), false);
assert.strictEqual(util.isFunction(() => {}), true);
assert.strictEqual(util.isFunction({}), false);
for (const v of [null, undefined, 1, 's', true, Symbol(), 1n]) assert.strictEqual(util.isPrimitive(v), true);
for (const v of [{}, [], () => {}, new Number(1)]) assert.strictEqual(util.isPrimitive(v), false);
assert.deepStrictEqual(util._extend({ a: 1 }, { b: 2 }), { a: 1, b: 2 });
assert.deepStrictEqual(util._extend({ a: 1 }, null), { a: 1 });

// inherits
function Base() {}
Base.prototype.hello = function () { return 'hi'; };
function Child() { Base.call(this); }
util.inherits(Child, Base);
assert.strictEqual(Child.super_, Base);
assert.strictEqual(new Child().hello(), 'hi');
assert.ok(new Child() instanceof Base);
const superDesc = Object.getOwnPropertyDescriptor(Child, 'super_');
assert.strictEqual(superDesc.enumerable, false);
assert.strictEqual(superDesc.writable, true);

// TextEncoder / TextDecoder come from the globals.
assert.strictEqual(util.TextEncoder, globalThis.TextEncoder);
assert.strictEqual(util.TextDecoder, globalThis.TextDecoder);

// isDeepStrictEqual
assert.strictEqual(util.isDeepStrictEqual({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] }), true);
assert.strictEqual(util.isDeepStrictEqual({ a: 1 }, { a: '1' }), false);
assert.strictEqual(util.isDeepStrictEqual(NaN, NaN), true);

// util.types is node:util/types, with node's names only.
assert.strictEqual(require('util').types, require('util/types'));
assert.strictEqual('typedArrayName' in require('util/types'), false);
