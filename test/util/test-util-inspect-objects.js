'use strict';
// Expected strings below were produced by running Node v20's util.inspect.
const assert = require('assert');
const util = require('util');
const { inspect } = util;
const T = global.__T || ((fn, expected) => assert.strictEqual(fn(), expected));

class Foo { constructor() { this.a = 1; } }
class Bar extends Foo {}
class Tagged { get [Symbol.toStringTag]() { return 'TG'; } }

// Plain objects and keys.
T(() => inspect({}),
  "{}");
T(() => inspect({ a: 1 }),
  "{ a: 1 }");
T(() => inspect({ a: 1, b: 'two', c: [3], d: { e: null } }),
  "{ a: 1, b: 'two', c: [ 3 ], d: { e: null } }");
T(() => inspect({ a: { b: { c: {} } } }),
  "{ a: { b: { c: {} } } }");
T(() => inspect({ a: { b: { c: { d: 1 } } } }),
  "{ a: { b: { c: [Object] } } }");
T(() => inspect({ a: { b: { c: [1] } } }),
  "{ a: { b: { c: [Array] } } }");
T(() => inspect({ a: [{ b: { c: 1 } }] }),
  "{ a: [ { b: [Object] } ] }");
T(() => inspect({ x: { a: { b: { c: 1 } } }, y: 1 }),
  "{ x: { a: { b: [Object] } }, y: 1 }");
T(() => inspect({ 'a-b': 1, "it's": 2, '': 3, 1: 4, _x: 5, $y: 6, 'ä': 7 }),
  "{ '1': 4, 'a-b': 1, \"it's\": 2, '': 3, _x: 5, '$y': 6, 'ä': 7 }");
T(() => inspect({ ['__proto__']: 1 }),
  "{ ['__proto__']: 1 }");
T(() => inspect({ 'key with spaces': 1, 'quote"d': 2, 'nl\n': 5 }),
  "{ 'key with spaces': 1, 'quote\"d': 2, 'nl\\n': 5 }");
T(() => inspect({ '0': 1, '1': 2, a: 3, '-1': 4, '01': 5 }),
  "{ '0': 1, '1': 2, a: 3, '-1': 4, '01': 5 }");
T(() => inspect({ [Symbol('k')]: 1, [Symbol()]: 2, [Symbol('a\nb')]: 3 }),
  "{ [Symbol(k)]: 1, [Symbol()]: 2, [Symbol(a\\nb)]: 3 }");
T(() => inspect(Object.defineProperty({ visible: 1 }, 'hidden', { value: 2, enumerable: false })),
  "{ visible: 1 }");
T(() => inspect({ a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7, h: 8, i: 9, j: 10, k: 11, l: 12, m: 13, n: 14, o: 15, p: 16, q: 17, r: 18, s: 19, t: 20, u: 21, v: 22, w: 23 }),
  "{\n  a: 1,\n  b: 2,\n  c: 3,\n  d: 4,\n  e: 5,\n  f: 6,\n  g: 7,\n  h: 8,\n  i: 9,\n  j: 10,\n  k: 11,\n  l: 12,\n  m: 13,\n  n: 14,\n  o: 15,\n  p: 16,\n  q: 17,\n  r: 18,\n  s: 19,\n  t: 20,\n  u: 21,\n  v: 22,\n  w: 23\n}");
T(() => inspect({ longPropertyNameNumberOne: 'value one', longPropertyNameNumberTwo: 'value two', x: 1 }),
  "{\n  longPropertyNameNumberOne: 'value one',\n  longPropertyNameNumberTwo: 'value two',\n  x: 1\n}");
T(() => inspect({ a: [{ b: { c: [1, 2, 3] } }], d: 'e' }),
  "{ a: [ { b: [Object] } ], d: 'e' }");
T(() => inspect({ a: 'x'.repeat(70), b: 'y' }),
  "{\n  a: 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',\n  b: 'y'\n}");
T(() => inspect({ k: Array.from({ length: 12 }, (_, i) => 'v' + i) }),
  "{\n  k: [\n    'v0', 'v1',  'v2',\n    'v3', 'v4',  'v5',\n    'v6', 'v7',  'v8',\n    'v9', 'v10', 'v11'\n  ]\n}");
T(() => inspect({ __proto__: { inherited: 1 }, own: 2 }),
  "{ own: 2 }");
T(() => inspect({ toString() { return 'x'; } }),
  "{ toString: [Function: toString] }");
T(() => inspect({ method() {}, arrow: () => 1, async am() {}, *gen() {} }),
  "{\n  method: [Function: method],\n  arrow: [Function: arrow],\n  am: [AsyncFunction: am],\n  gen: [GeneratorFunction: gen]\n}");

// Prototypes and class instances.
T(() => inspect(new Foo()),
  "Foo { a: 1 }");
T(() => inspect(new Bar()),
  "Bar { a: 1 }");
T(() => inspect(new (class {})()),
  "{}");
T(() => inspect(new Tagged()),
  "Tagged [TG] {}");
T(() => inspect({ [Symbol.toStringTag]: 'own' }),
  "{ [Symbol(Symbol.toStringTag)]: 'own' }");
T(() => inspect(Object.create(null)),
  "[Object: null prototype] {}");
T(() => inspect(Object.assign(Object.create(null), { a: 1 })),
  "[Object: null prototype] { a: 1 }");
T(() => inspect(Object.create(null, { [Symbol.toStringTag]: { value: 'T' } })),
  "[Object: null prototype] [T] {}");
T(() => inspect(Object.assign(Object.create(null), { [Symbol.toStringTag]: 'Own' })),
  "[Own: null prototype] { [Symbol(Symbol.toStringTag)]: 'Own' }");
T(() => inspect(Object.create(Object.create(null))),
  "Object <[Object: null prototype] {}> {}");
T(() => inspect(Object.create({})),
  "{}");
T(() => inspect(Object.create(Foo.prototype)),
  "Foo {}");
T(() => inspect({ constructor: 'notfn' }),
  "{ constructor: 'notfn' }");
T(() => inspect(Object.setPrototypeOf(new Map([[1, 2]]), null)),
  "[Map(1): null prototype] { 1 => 2 }");
T(() => inspect(Object.setPrototypeOf(new Set([1]), null)),
  "[Set(1): null prototype] { 1 }");
T(() => inspect(Object.setPrototypeOf([1, 2], null)),
  "[Array(2): null prototype] [ 1, 2 ]");
T(() => inspect(Object.setPrototypeOf(new Uint8Array(2), null)),
  "[Uint8Array(2): null prototype] [ 0, 0 ]");
T(() => inspect(Object.setPrototypeOf(new Date(0), null)),
  "[Date: null prototype] 1970-01-01T00:00:00.000Z");
T(() => inspect(Object.setPrototypeOf(/x/, null)),
  "[RegExp: null prototype] /x/");
T(() => inspect(Object.setPrototypeOf(new Number(1), null)),
  "[Number (null prototype): 1]");
T(() => inspect(class extends Array {}.from([1, 2])),
  "[ 1, 2 ]");
T(() => inspect(new (class Q extends Set {})([1])),
  "Q(1) [Set] { 1 }");
T(() => inspect(new (class MyMap extends Map {})([[1, 1]])),
  "MyMap(1) [Map] { 1 => 1 }");
// Subclasses of the kinds the brand checks find (user classes skip those
// checks when nothing tags them).
T(() => inspect(new (class WM extends WeakMap {})()), 'WM [WeakMap] { <items unknown> }');
T(() => inspect(new (class WS extends WeakSet {})()), 'WS [WeakSet] { <items unknown> }');
T(() => inspect(new (class N extends Number {})(4)), '[Number (N): 4]');
T(() => inspect(new (class S extends String {})('ab')), "[String (S): 'ab']");
T(() => inspect(new (class D extends Date {})(0)), 'D 1970-01-01T00:00:00.000Z');
T(() => inspect(new (class V extends DataView {})(new ArrayBuffer(1))),
  'V [DataView] {\n  byteLength: 1,\n  byteOffset: 0,\n  buffer: ArrayBuffer { [Uint8Contents]: <00>, byteLength: 1 }\n}');
T(() => inspect(Object.create(Error.prototype)), '[Error]');
T(() => inspect(Object.setPrototypeOf({ a: 1 }, Bar.prototype)), 'Bar { a: 1 }');

// Circular references.
T(() => { const c = { name: 'c' }; c.self = c; c.arr = [c, { inner: c }]; return inspect(c); },
  "<ref *1> {\n  name: 'c',\n  self: [Circular *1],\n  arr: [ [Circular *1], { inner: [Circular *1] } ]\n}");
T(() => { const a = {}; const b = { a }; a.b = b; return inspect([a, b]); },
  "[\n  <ref *1> { b: { a: [Circular *1] } },\n  <ref *2> { a: <ref *1> { b: [Circular *2] } }\n]");
T(() => { const a = [1]; a.push(a); return inspect(a); },
  "<ref *1> [ 1, [Circular *1] ]");
T(() => { const m = new Map(); m.set('me', m); return inspect(m); },
  "<ref *1> Map(1) { 'me' => [Circular *1] }");
T(() => { const a = { x: {} }; a.x.y = a.x; a.z = a; return inspect(a); },
  "<ref *2> { x: <ref *1> { y: [Circular *1] }, z: [Circular *2] }");

// Getters and setters.
T(() => inspect({ get a() { return 1; }, set b(v) {}, get c() { return 2; }, set c(v) {} }),
  "{ a: [Getter], b: [Setter], c: [Getter/Setter] }");
T(() => inspect(Object.defineProperty({}, 'acc', { get() { return 1; }, enumerable: true })),
  "{ acc: [Getter] }");

// Collections.
T(() => inspect(new Map()),
  "Map(0) {}");
T(() => inspect(new Map([['a', 1], [{ k: 1 }, [2]]])),
  "Map(2) { 'a' => 1, { k: 1 } => [ 2 ] }");
T(() => inspect(new Set()),
  "Set(0) {}");
T(() => inspect(new Set([1, 'two', [3]])),
  "Set(3) { 1, 'two', [ 3 ] }");
T(() => inspect(new Set(Array.from({ length: 120 }, (_, i) => i))),
  "Set(120) {\n  0,\n  1,\n  2,\n  3,\n  4,\n  5,\n  6,\n  7,\n  8,\n  9,\n  10,\n  11,\n  12,\n  13,\n  14,\n  15,\n  16,\n  17,\n  18,\n  19,\n  20,\n  21,\n  22,\n  23,\n  24,\n  25,\n  26,\n  27,\n  28,\n  29,\n  30,\n  31,\n  32,\n  33,\n  34,\n  35,\n  36,\n  37,\n  38,\n  39,\n  40,\n  41,\n  42,\n  43,\n  44,\n  45,\n  46,\n  47,\n  48,\n  49,\n  50,\n  51,\n  52,\n  53,\n  54,\n  55,\n  56,\n  57,\n  58,\n  59,\n  60,\n  61,\n  62,\n  63,\n  64,\n  65,\n  66,\n  67,\n  68,\n  69,\n  70,\n  71,\n  72,\n  73,\n  74,\n  75,\n  76,\n  77,\n  78,\n  79,\n  80,\n  81,\n  82,\n  83,\n  84,\n  85,\n  86,\n  87,\n  88,\n  89,\n  90,\n  91,\n  92,\n  93,\n  94,\n  95,\n  96,\n  97,\n  98,\n  99,\n  ... 20 more items\n}");
T(() => inspect(new Map(Array.from({ length: 102 }, (_, i) => [i, i]))),
  "Map(102) {\n  0 => 0,\n  1 => 1,\n  2 => 2,\n  3 => 3,\n  4 => 4,\n  5 => 5,\n  6 => 6,\n  7 => 7,\n  8 => 8,\n  9 => 9,\n  10 => 10,\n  11 => 11,\n  12 => 12,\n  13 => 13,\n  14 => 14,\n  15 => 15,\n  16 => 16,\n  17 => 17,\n  18 => 18,\n  19 => 19,\n  20 => 20,\n  21 => 21,\n  22 => 22,\n  23 => 23,\n  24 => 24,\n  25 => 25,\n  26 => 26,\n  27 => 27,\n  28 => 28,\n  29 => 29,\n  30 => 30,\n  31 => 31,\n  32 => 32,\n  33 => 33,\n  34 => 34,\n  35 => 35,\n  36 => 36,\n  37 => 37,\n  38 => 38,\n  39 => 39,\n  40 => 40,\n  41 => 41,\n  42 => 42,\n  43 => 43,\n  44 => 44,\n  45 => 45,\n  46 => 46,\n  47 => 47,\n  48 => 48,\n  49 => 49,\n  50 => 50,\n  51 => 51,\n  52 => 52,\n  53 => 53,\n  54 => 54,\n  55 => 55,\n  56 => 56,\n  57 => 57,\n  58 => 58,\n  59 => 59,\n  60 => 60,\n  61 => 61,\n  62 => 62,\n  63 => 63,\n  64 => 64,\n  65 => 65,\n  66 => 66,\n  67 => 67,\n  68 => 68,\n  69 => 69,\n  70 => 70,\n  71 => 71,\n  72 => 72,\n  73 => 73,\n  74 => 74,\n  75 => 75,\n  76 => 76,\n  77 => 77,\n  78 => 78,\n  79 => 79,\n  80 => 80,\n  81 => 81,\n  82 => 82,\n  83 => 83,\n  84 => 84,\n  85 => 85,\n  86 => 86,\n  87 => 87,\n  88 => 88,\n  89 => 89,\n  90 => 90,\n  91 => 91,\n  92 => 92,\n  93 => 93,\n  94 => 94,\n  95 => 95,\n  96 => 96,\n  97 => 97,\n  98 => 98,\n  99 => 99,\n  ... 2 more items\n}");
T(() => inspect(Object.assign(new Map([[1, 2]]), { extra: true })),
  "Map(1) { 1 => 2, extra: true }");
T(() => inspect(new WeakMap()),
  "WeakMap { <items unknown> }");
T(() => inspect(new WeakSet([{}])),
  "WeakSet { <items unknown> }");
T(() => inspect([new Map([[{ a: 1 }, new Set([[1]])]])]),
  "[ Map(1) { { a: 1 } => Set(1) { [Array] } } ]");
T(() => inspect(new Map([[new Map([[1, { a: { b: 1 } }]]), 1]])),
  "Map(1) { Map(1) { 1 => { a: [Object] } } => 1 }");

// Binary data.
T(() => inspect(new Uint8Array(0)),
  "Uint8Array(0) []");
T(() => inspect(new Uint8Array([1, 2, 3])),
  "Uint8Array(3) [ 1, 2, 3 ]");
T(() => inspect(new Float32Array([1.5, -0, NaN])),
  "Float32Array(3) [ 1.5, -0, NaN ]");
T(() => inspect(new Float64Array([0.1, 0.2, 0.3, 1e100, -1e-100, 5, 6, 7])),
  "Float64Array(8) [ 0.1, 0.2, 0.3, 1e+100, -1e-100, 5, 6, 7 ]");
T(() => inspect(new BigUint64Array([1n, 2n])),
  "BigUint64Array(2) [ 1n, 2n ]");
T(() => inspect(new BigInt64Array([-1n])),
  "BigInt64Array(1) [ -1n ]");
T(() => inspect(new Uint8Array(200)),
  "Uint8Array(200) [\n  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,\n  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,\n  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,\n  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,\n  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,\n  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,\n  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,\n  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,\n  0, 0, 0, 0,\n  ... 100 more items\n]");
T(() => inspect(Object.assign(new Uint8Array(2), { x: 1 })),
  "Uint8Array(2) [ 0, 0, x: 1 ]");
T(() => inspect({ a: new Uint8Array(30) }),
  "{\n  a: Uint8Array(30) [\n    0, 0, 0, 0, 0, 0, 0, 0, 0,\n    0, 0, 0, 0, 0, 0, 0, 0, 0,\n    0, 0, 0, 0, 0, 0, 0, 0, 0,\n    0, 0, 0\n  ]\n}");
T(() => inspect(new ArrayBuffer(0)),
  "ArrayBuffer { [Uint8Contents]: <>, byteLength: 0 }");
T(() => inspect(new ArrayBuffer(2)),
  "ArrayBuffer { [Uint8Contents]: <00 00>, byteLength: 2 }");
T(() => inspect(new Uint8Array([0, 1, 255, 16]).buffer),
  "ArrayBuffer { [Uint8Contents]: <00 01 ff 10>, byteLength: 4 }");
T(() => inspect(new ArrayBuffer(200)),
  "ArrayBuffer {\n  [Uint8Contents]: <00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 ... 100 more bytes>,\n  byteLength: 200\n}");
T(() => inspect(new DataView(new ArrayBuffer(3), 1)),
  "DataView {\n  byteLength: 2,\n  byteOffset: 1,\n  buffer: ArrayBuffer { [Uint8Contents]: <00 00 00>, byteLength: 3 }\n}");
T(() => inspect({ buf: new Uint8Array(3) }),
  "{ buf: Uint8Array(3) [ 0, 0, 0 ] }");

// Dates, regular expressions, boxed primitives.
T(() => inspect(new Date(0)),
  "1970-01-01T00:00:00.000Z");
T(() => inspect(new Date(NaN)),
  "Invalid Date");
T(() => inspect(Object.assign(new Date(86400000), { x: 1 })),
  "1970-01-02T00:00:00.000Z { x: 1 }");
T(() => inspect({ d: new Date(1e12), r: /x/y }),
  "{ d: 2001-09-09T01:46:40.000Z, r: /x/y }");
T(() => inspect(/ab+c/gi),
  "/ab+c/gi");
T(() => inspect(Object.assign(/x/, { y: 2 })),
  "/x/ { y: 2 }");
T(() => inspect(new (class MyRe extends RegExp {})('q')),
  "MyRe /q/");
T(() => inspect(new Number(3)),
  "[Number: 3]");
T(() => inspect(new Number(-0)),
  "[Number: -0]");
T(() => inspect(new String('abc')),
  "[String: 'abc']");
T(() => inspect(new String('a\nb')),
  "[String: 'a\\nb']");
T(() => inspect(Object.assign(new String('ab'), { x: 1 })),
  "[String: 'ab'] { x: 1 }");
T(() => inspect(new Boolean(false)),
  "[Boolean: false]");
T(() => inspect(Object(Symbol('bx'))),
  "[Symbol: Symbol(bx)]");
T(() => inspect(Object(5n)),
  "[BigInt: 5n]");

// Functions and classes.
T(() => inspect(function f() {}),
  "[Function: f]");
T(() => inspect(function () {}),
  "[Function (anonymous)]");
T(() => inspect(() => {}),
  "[Function (anonymous)]");
T(() => inspect(class A {}),
  "[class A]");
T(() => inspect(class {}),
  "[class (anonymous)]");
T(() => inspect(class B extends Foo {}),
  "[class B extends Foo]");
T(() => inspect(class M extends Map {}),
  "[class M extends Map]");
T(() => inspect(async function af() {}),
  "[AsyncFunction: af]");
T(() => inspect(async () => {}),
  "[AsyncFunction (anonymous)]");
T(() => inspect(function* g() {}),
  "[GeneratorFunction: g]");
T(() => inspect(async function* ag() {}),
  "[AsyncGeneratorFunction: ag]");
T(() => inspect(Object.assign(function fp() {}, { x: 1, y: { z: 2 } })),
  "[Function: fp] { x: 1, y: { z: 2 } }");
T(() => inspect(Object.setPrototypeOf(function np() {}, null)),
  "[Function (null prototype): np]");
T(() => inspect(Object.defineProperty(function () {}, 'name', { value: 'renamed' })),
  "[Function: renamed]");
T(() => inspect(Map),
  "[Function: Map]");
T(() => inspect(Math.max),
  "[Function: max]");

// Other built-ins.
T(() => inspect(new Promise(() => {})),
  "Promise { <pending> }");
T(() => inspect((function () { return arguments; })(1, 'a')),
  "[Arguments] { '0': 1, '1': 'a' }");
T(() => inspect((function () { return arguments; })()),
  "[Arguments] {}");
T(() => inspect(Object(1n)),
  "[BigInt: 1n]");
T(() => inspect(new Proxy({ a: 1 }, {})),
  "{ a: 1 }");
T(() => inspect(new Proxy([1, 2], {})),
  "[ 1, 2 ]");
T(() => inspect(Math),
  "Object [Math] {}");
T(() => inspect(JSON),
  "Object [JSON] {}");

// util.inspect.custom.
T(() => inspect({ [inspect.custom]() { return 'CUSTOM'; } }),
  "CUSTOM");
T(() => inspect({ [Symbol.for('nodejs.util.inspect.custom')]() { return 'by symbol'; } }),
  "by symbol");
T(() => inspect({ inner: { [inspect.custom]() { return 'multi\nline'; } } }),
  "{\n  inner: multi\n  line\n}");
T(() => inspect({ [inspect.custom](depth, opts) { return { depth, keys: Object.keys(opts).sort().join() }; } }),
  "{\n  depth: 2,\n  keys: 'breakLength,colors,compact,customInspect,depth,getters,maxArrayLength,maxStringLength,numericSeparator,showHidden,showProxy,sorted,stylize'\n}");
T(() => inspect({ x: { [inspect.custom](depth, opts, insp) { return insp === inspect ? depth : 'bad'; } } }),
  "{ x: 1 }");
T(() => inspect({ [inspect.custom]() { return this; }, a: 1 }),
  "{\n  a: 1,\n  [Symbol(nodejs.util.inspect.custom)]: [Function: [nodejs.util.inspect.custom]]\n}");
T(() => inspect({ [inspect.custom]() { return [1, { two: 2 }]; } }),
  "[ 1, { two: 2 } ]");
T(() => inspect({ [inspect.custom]() { return 'nope'; } }, { customInspect: false }),
  "{\n  [Symbol(nodejs.util.inspect.custom)]: [Function: [nodejs.util.inspect.custom]]\n}");
T(() => inspect({ [inspect.custom](d, o) { return o.stylize('styled', 'special'); } }, { colors: true }),
  "\u001b[36mstyled\u001b[39m");
T(() => inspect({ [inspect.custom](d, o) { return o.myOpt; } }, { myOpt: 'user' }),
  "user");
T(() => inspect({ [inspect.custom](d, o, i) { return i({ q: 1 }, o); } }),
  "{ q: 1 }");
T(() => inspect({ a: { b: { [inspect.custom](depth) { return `depth=${depth}`; } } } }, { depth: 5 }),
  "{ a: { b: depth=3 } }");
T(() => inspect({ a: { [inspect.custom](depth) { return `depth=${depth}`; } } }, { depth: null }),
  "{ a: depth=null }");
