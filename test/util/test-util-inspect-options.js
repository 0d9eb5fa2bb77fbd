'use strict';
// Expected strings below were produced by running Node v20's util.inspect.
const assert = require('assert');
const util = require('util');
const { inspect } = util;
const T = global.__T || ((fn, expected) => assert.strictEqual(fn(), expected));

const deep = { a: { b: { c: { d: { e: { f: 1 } } } } } };

// depth
T(() => inspect(deep),
  "{ a: { b: { c: [Object] } } }");
T(() => inspect(deep, { depth: 0 }),
  "{ a: [Object] }");
T(() => inspect(deep, { depth: 1 }),
  "{ a: { b: [Object] } }");
T(() => inspect(deep, { depth: Infinity }),
  "{\n  a: {\n    b: {\n      c: { d: { e: { f: 1 } } }\n    }\n  }\n}");
T(() => inspect(deep, { depth: null }),
  "{\n  a: {\n    b: {\n      c: { d: { e: { f: 1 } } }\n    }\n  }\n}");
T(() => inspect({ a: { b: { c: { d: 1 } } } }, { depth: Infinity }),
  "{\n  a: { b: { c: { d: 1 } } }\n}");
T(() => inspect([1, { a: [1, { b: 2 }] }], { depth: 1 }),
  "[ 1, { a: [Array] } ]");
T(() => inspect({ f: { g: { h: { i: {} } } } }, { depth: 1 }),
  "{ f: { g: [Object] } }");
T(() => inspect({ m: new Map([[1, { x: { y: 1 } }]]) }, { depth: 1 }),
  "{ m: Map(1) { 1 => [Object] } }");
T(() => inspect(deep, { depth: -1 }),
  "[Object]");
T(() => inspect([[[[1]]]], { depth: 0 }),
  "[ [Array] ]");
T(() => inspect(Object.assign(Object.create(null), { x: { y: 1 } }), { depth: 0 }),
  "[Object: null prototype] { x: [Object] }");

// Legacy signature: (value, showHidden, depth, colors)
T(() => inspect(deep, false, 0),
  "{ a: [Object] }");
T(() => inspect({ a: 1 }, false, 0, true),
  "{ a: \u001b[33m1\u001b[39m }");
T(() => inspect([1], true),
  "[ 1, [length]: 1 ]");

// colors, styles
T(() => inspect({ a: 1, b: 'x', c: null, d: undefined, e: Symbol('q'), f: 1n, g: true, h: new Date(0), i: /r/, j: [1] }, { colors: true }),
  "{\n  a: \u001b[33m1\u001b[39m,\n  b: \u001b[32m'x'\u001b[39m,\n  c: \u001b[1mnull\u001b[22m,\n  d: \u001b[90mundefined\u001b[39m,\n  e: \u001b[32mSymbol(q)\u001b[39m,\n  f: \u001b[33m1n\u001b[39m,\n  g: \u001b[33mtrue\u001b[39m,\n  h: \u001b[35m1970-01-01T00:00:00.000Z\u001b[39m,\n  i: \u001b[31m/r/\u001b[39m,\n  j: [ \u001b[33m1\u001b[39m ]\n}");
T(() => inspect([function f() {}, new Map([[1, 2]])], { colors: true }),
  "[ \u001b[36m[Function: f]\u001b[39m, Map(1) { \u001b[33m1\u001b[39m => \u001b[33m2\u001b[39m } ]");
T(() => inspect(Array.from({ length: 27 }, (_, i) => i), { colors: true }),
  "[\n   \u001b[33m0\u001b[39m,  \u001b[33m1\u001b[39m,  \u001b[33m2\u001b[39m,  \u001b[33m3\u001b[39m,  \u001b[33m4\u001b[39m,  \u001b[33m5\u001b[39m,  \u001b[33m6\u001b[39m,  \u001b[33m7\u001b[39m,\n   \u001b[33m8\u001b[39m,  \u001b[33m9\u001b[39m, \u001b[33m10\u001b[39m, \u001b[33m11\u001b[39m, \u001b[33m12\u001b[39m, \u001b[33m13\u001b[39m, \u001b[33m14\u001b[39m, \u001b[33m15\u001b[39m,\n  \u001b[33m16\u001b[39m, \u001b[33m17\u001b[39m, \u001b[33m18\u001b[39m, \u001b[33m19\u001b[39m, \u001b[33m20\u001b[39m, \u001b[33m21\u001b[39m, \u001b[33m22\u001b[39m, \u001b[33m23\u001b[39m,\n  \u001b[33m24\u001b[39m, \u001b[33m25\u001b[39m, \u001b[33m26\u001b[39m\n]");
T(() => inspect(new Number(5), { colors: true }),
  "\u001b[33m[Number: 5]\u001b[39m");
T(() => inspect(new String('s'), { colors: true }),
  "\u001b[32m[String: 's']\u001b[39m");
T(() => inspect([, 1], { colors: true }),
  "[ \u001b[90m<1 empty item>\u001b[39m, \u001b[33m1\u001b[39m ]");
T(() => JSON.stringify(inspect.styles),
  "{\"special\":\"cyan\",\"number\":\"yellow\",\"bigint\":\"yellow\",\"boolean\":\"yellow\",\"undefined\":\"grey\",\"null\":\"bold\",\"string\":\"green\",\"symbol\":\"green\",\"date\":\"magenta\",\"regexp\":\"red\",\"module\":\"underline\"}");
T(() => JSON.stringify(inspect.colors),
  "{\"reset\":[0,0],\"bold\":[1,22],\"dim\":[2,22],\"italic\":[3,23],\"underline\":[4,24],\"blink\":[5,25],\"inverse\":[7,27],\"hidden\":[8,28],\"strikethrough\":[9,29],\"doubleunderline\":[21,24],\"black\":[30,39],\"red\":[31,39],\"green\":[32,39],\"yellow\":[33,39],\"blue\":[34,39],\"magenta\":[35,39],\"cyan\":[36,39],\"white\":[37,39],\"bgBlack\":[40,49],\"bgRed\":[41,49],\"bgGreen\":[42,49],\"bgYellow\":[43,49],\"bgBlue\":[44,49],\"bgMagenta\":[45,49],\"bgCyan\":[46,49],\"bgWhite\":[47,49],\"framed\":[51,54],\"overlined\":[53,55],\"gray\":[90,39],\"redBright\":[91,39],\"greenBright\":[92,39],\"yellowBright\":[93,39],\"blueBright\":[94,39],\"magentaBright\":[95,39],\"cyanBright\":[96,39],\"whiteBright\":[97,39],\"bgGray\":[100,49],\"bgRedBright\":[101,49],\"bgGreenBright\":[102,49],\"bgYellowBright\":[103,49],\"bgBlueBright\":[104,49],\"bgMagentaBright\":[105,49],\"bgCyanBright\":[106,49],\"bgWhiteBright\":[107,49]}");
T(() => inspect.colors.grey.join(),
  "90,39");
T(() => Object.keys(inspect.colors).length,
  44);

// showHidden
T(() => inspect([1, 2, 3], { showHidden: true }),
  "[ 1, 2, 3, [length]: 3 ]");
T(() => inspect({ a: 1 }, { showHidden: true }),
  "{ a: 1 }");
T(() => inspect(Object.defineProperty({}, 'hid', { value: 1, enumerable: false }), { showHidden: true }),
  "{ [hid]: 1 }");
T(() => inspect(Object.defineProperty({}, 'a\nb', { value: 1 }), { showHidden: true }),
  "{ [a\\nb]: 1 }");
T(() => inspect(new Uint8Array(3), { showHidden: true }),
  "Uint8Array(3) [\n  0,\n  0,\n  0,\n  [BYTES_PER_ELEMENT]: 1,\n  [length]: 3,\n  [byteLength]: 3,\n  [byteOffset]: 0,\n  [buffer]: ArrayBuffer { byteLength: 3 }\n]");
T(() => inspect(new Int16Array(3), { showHidden: true }),
  "Int16Array(3) [\n  0,\n  0,\n  0,\n  [BYTES_PER_ELEMENT]: 2,\n  [length]: 3,\n  [byteLength]: 6,\n  [byteOffset]: 0,\n  [buffer]: ArrayBuffer { byteLength: 6 }\n]");
T(() => inspect(new String(''), { showHidden: true }),
  "[String: ''] { [length]: 0 }");
T(() => inspect([, 'a', , 'b', , ], { showHidden: true }),
  "[\n  <1 empty item>,\n  'a',\n  <1 empty item>,\n  'b',\n  <1 empty item>,\n  [length]: 5\n]");
T(() => { class Foo { bar() {} get baz() { return 1; } } return inspect(new Foo(), { showHidden: true }); },
  "Foo { [baz]: [Getter] }");
T(() => { class P { constructor() { this.own = 1; } } P.prototype.protoVal = 5; return inspect(new P(), { showHidden: true }); },
  "P { own: 1, protoVal: 5 }");

// compact and breakLength
T(() => inspect({ a: { b: { c: {} } } }, { compact: false }),
  "{\n  a: {\n    b: {\n      c: {}\n    }\n  }\n}");
T(() => inspect({ a: 1, b: [1, 2] }, { compact: false }),
  "{\n  a: 1,\n  b: [\n    1,\n    2\n  ]\n}");
T(() => inspect([], { compact: false }),
  "[]");
T(() => inspect(Array.from({ length: 7 }, (_, i) => i), { compact: false }),
  "[\n  0,\n  1,\n  2,\n  3,\n  4,\n  5,\n  6\n]");
T(() => inspect('abc\n'.repeat(10), { compact: false }),
  "'abc\\nabc\\nabc\\nabc\\nabc\\nabc\\nabc\\nabc\\nabc\\nabc\\n'");
T(() => inspect({ a: 1, b: { c: { d: 2 } } }, { compact: 1 }),
  "{\n  a: 1,\n  b: {\n    c: { d: 2 }\n  }\n}");
T(() => inspect({ a: 1, b: { c: { d: 2 } } }, { compact: true }),
  "{ a: 1, b: { c: { d: 2 } } }");
T(() => inspect({ a: 'x'.repeat(100), b: 1 }, { compact: true }),
  "{ a:\n   'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',\n  b: 1 }");
T(() => inspect(Array.from({ length: 30 }, (_, i) => 'item' + i), { compact: true }),
  "[ 'item0',\n  'item1',\n  'item2',\n  'item3',\n  'item4',\n  'item5',\n  'item6',\n  'item7',\n  'item8',\n  'item9',\n  'item10',\n  'item11',\n  'item12',\n  'item13',\n  'item14',\n  'item15',\n  'item16',\n  'item17',\n  'item18',\n  'item19',\n  'item20',\n  'item21',\n  'item22',\n  'item23',\n  'item24',\n  'item25',\n  'item26',\n  'item27',\n  'item28',\n  'item29' ]");
T(() => inspect(Array.from({ length: 40 }, (_, i) => i), { compact: 1 }),
  "[\n   0,  1,  2,  3,\n   4,  5,  6,  7,\n   8,  9, 10, 11,\n  12, 13, 14, 15,\n  16, 17, 18, 19,\n  20, 21, 22, 23,\n  24, 25, 26, 27,\n  28, 29, 30, 31,\n  32, 33, 34, 35,\n  36, 37, 38, 39\n]");
T(() => inspect(Array.from({ length: 40 }, (_, i) => i), { breakLength: 40 }),
  "[\n   0,  1,  2,  3,  4,  5,  6,  7,  8,  9,\n  10, 11, 12, 13, 14, 15, 16, 17, 18, 19,\n  20, 21, 22, 23, 24, 25, 26, 27, 28, 29,\n  30, 31, 32, 33, 34, 35, 36, 37, 38, 39\n]");
T(() => inspect({ a: 1, bbbb: 2 }, { breakLength: 10 }),
  "{\n  a: 1,\n  bbbb: 2\n}");
T(() => inspect({ a: 1, b: [1, 2, 3] }, { breakLength: Infinity }),
  "{ a: 1, b: [ 1, 2, 3 ] }");
T(() => inspect('a\nb'.repeat(30), { breakLength: Infinity }),
  "'a\\nba\\nba\\nba\\nba\\nba\\nba\\nba\\nba\\nba\\nba\\nba\\nba\\nba\\nba\\nba\\nba\\nba\\nba\\nba\\nba\\nba\\nba\\nba\\nba\\nba\\nba\\nba\\nba\\nba\\nb'");
T(() => inspect({ a: { b: { c: { d: { e: 1 } } } } }, { compact: 5, depth: 10 }),
  "{ a: { b: { c: { d: { e: 1 } } } } }");

// sorted
T(() => inspect({ b: 2, a: 1, c: { z: 1, y: 2 } }, { sorted: true }),
  "{ a: 1, b: 2, c: { y: 2, z: 1 } }");
T(() => inspect({ b: 2, a: 1 }, { sorted: (x, y) => (x < y ? 1 : -1) }),
  "{ b: 2, a: 1 }");
T(() => inspect(new Set([3, 1, 2]), { sorted: true }),
  "Set(3) { 1, 2, 3 }");
T(() => inspect(new Map([['b', 1], ['a', 2]]), { sorted: true }),
  "Map(2) { 'a' => 2, 'b' => 1 }");
T(() => inspect(Object.assign([3, 1], { z: 1, y: 2 }), { sorted: true }),
  "[ 3, 1, y: 2, z: 1 ]");

// maxArrayLength / maxStringLength
T(() => inspect(Array.from({ length: 200 }, (_, i) => i), { maxArrayLength: 10 }),
  "[\n  0, 1, 2, 3, 4,\n  5, 6, 7, 8, 9,\n  ... 190 more items\n]");
T(() => inspect(Array.from({ length: 8 }, (_, i) => i), { maxArrayLength: 7 }),
  "[\n  0, 1, 2, 3,\n  4, 5, 6,\n  ... 1 more item\n]");
T(() => inspect([1, 2, 3], { maxArrayLength: 0 }),
  "[ ... 3 more items ]");
T(() => inspect([1, 2, 3], { maxArrayLength: -1 }),
  "[ ... 3 more items ]");
T(() => inspect(Array.from({ length: 200 }, (_, i) => i), { maxArrayLength: null }).length,
  1036);
T(() => inspect([, , 1, , , 2], { maxArrayLength: 2 }),
  "[ <2 empty items>, 1, ... 3 more items ]");
T(() => inspect([1, 2, 3, , ], { maxArrayLength: 3 }),
  "[ 1, 2, 3, ... 1 more item ]");
T(() => inspect(new Set([1, 2, 3]), { maxArrayLength: 1 }),
  "Set(3) { 1, ... 2 more items }");
T(() => inspect(new Map([[1, 2], [3, 4]]), { maxArrayLength: 0 }),
  "Map(2) { ... 2 more items }");
T(() => inspect(new Uint8Array([1, 2, 3]), { maxArrayLength: 1 }),
  "Uint8Array(3) [ 1, ... 2 more items ]");
T(() => inspect(new ArrayBuffer(5), { maxArrayLength: 2 }),
  "ArrayBuffer {\n  [Uint8Contents]: <00 00 ... 3 more bytes>,\n  byteLength: 5\n}");
T(() => inspect('x'.repeat(30), { maxStringLength: 10 }),
  "'xxxxxxxxxx'... 20 more characters");
T(() => inspect(['y'.repeat(30)], { maxStringLength: 1 }),
  "[ 'y'... 29 more characters ]");
T(() => inspect('abc', { maxStringLength: 0 }),
  "''... 3 more characters");
T(() => inspect('abc', { maxStringLength: null }),
  "'abc'");

// numericSeparator
T(() => inspect(1234567.891, { numericSeparator: true }),
  "1_234_567.891");
T(() => inspect([1000000, 0.0000001, 1e21, -12345.6789, 123456n, -1234567n], { numericSeparator: true }),
  "[ 1_000_000, 1e-.1e-_7, 1e+21, -12_345.678_9, 123_456n, -1_234_567n ]");
T(() => inspect([123, 1234, 0.5, -0.5, 0.0001234, NaN, Infinity], { numericSeparator: true }),
  "[ 123, 1_234, 0.5, -0.5, 0.000_123_4, NaN, Infinity ]");
T(() => inspect(-0, { numericSeparator: true }),
  "0");
T(() => inspect(new Uint32Array([1234567]), { numericSeparator: true }),
  "Uint32Array(1) [ 1_234_567 ]");

// getters
T(() => inspect({ get a() { return 1; }, get n() { return null; }, get o() { return { x: 1 }; }, get t() { throw new Error('boom'); }, get s() { return 'str'; }, set s(v) {} }, { getters: true }),
  "{\n  a: [Getter: 1],\n  n: [Getter: null],\n  o: [Getter] { x: 1 },\n  t: [Getter: <Inspection threw (boom)>],\n  s: [Getter/Setter: 'str']\n}");
T(() => inspect({ get a() { return 1; }, get s() { return 'str'; }, set s(v) {} }, { getters: 'get' }),
  "{ a: [Getter: 1], s: [Getter/Setter] }");
T(() => inspect({ get a() { return 1; }, get s() { return 'str'; }, set s(v) {} }, { getters: 'set' }),
  "{ a: [Getter], s: [Getter/Setter: 'str'] }");

// defaultOptions
T(() => JSON.stringify(inspect.defaultOptions),
  "{\"showHidden\":false,\"depth\":2,\"colors\":false,\"customInspect\":true,\"showProxy\":false,\"maxArrayLength\":100,\"maxStringLength\":10000,\"breakLength\":80,\"compact\":3,\"sorted\":false,\"getters\":false,\"numericSeparator\":false}");
T(() => {
  const saved = { ...inspect.defaultOptions };
  inspect.defaultOptions = { depth: 0, breakLength: 20 };
  try {
    return inspect({ a: { b: 1 }, c: 'a longer string' });
  } finally {
    inspect.defaultOptions = saved;
  }
}, "{\n  a: [Object],\n  c: 'a longer string'\n}");
T(() => inspect({ a: { b: 1 } }),
  "{ a: { b: 1 } }");
