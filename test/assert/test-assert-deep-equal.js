'use strict';
// Deep equality edge cases for assert.deepEqual / deepStrictEqual (and their
// "not" forms), each pair compared in both directions. Expected results
// ('loose a,b' 'loose b,a' 'strict a,b' 'strict b,a') come from node.

const assert = require('assert');

/* eslint-disable no-sparse-arrays, no-new-wrappers */
function makeCases() {
function E(m, o) { return new Error(m, o); }
const c1 = {}; c1.self = c1; const c2 = {}; c2.self = c2;
const c3 = {}; c3.x = {x: c3}; const c4 = {}; c4.x = c4;
const c5 = []; c5.push(c5); const c6 = []; c6.push([c6]);
const A = {v: 1}; A.x = A; const B = {v: 1, x: {v: 2}}; B.x.x = B;
const C = {v: 1}; C.x = C; const D = {v: 1, x: {v: 1}}; D.x.x = D;
const sm1 = new Set(); sm1.add(sm1); const sm2 = new Set(); sm2.add(sm2);
const mm1 = new Map(); mm1.set('a', mm1); const mm2 = new Map(); mm2.set('a', mm2);
const s = {a: 1};
const sparse1 = [1,,3]; sparse1[Symbol.for('s')] = 1; const sparse2 = [1,,3]; sparse2[Symbol.for('s')] = 2;
const sparse3 = [1,,3]; sparse3.x = 1; const sparse4 = [1,,3]; sparse4.x = 2;
return {
  weakmap: [new WeakMap(), new WeakMap()],
  weakset: [new WeakSet(), new WeakSet()],
  errCause: [E('a', {cause: 1}), E('a', {cause: 2})],
  errCause2: [E('a', {cause: 1}), E('a')],
  aggr: [new AggregateError([1], 'a'), new AggregateError([2], 'a')],
  ...(typeof URL === 'function' ? {url: [new URL('http://a/'), new URL('http://b/')]} : {}),
  floatNaN: [new Float64Array([NaN]), new Float64Array([NaN])],
  float0: [new Float64Array([0]), new Float64Array([-0])],
  num1: [new Number(1), 1],
  num2: [new Number(1), new Number(1)],
  numNaN: [new Number(NaN), new Number(NaN)],
  str1: [new String('a'), 'a'],
  arrHole: [[,1], [undefined,1]],
  objProto: [{}, Object.create(null)],
  mapLoose: [new Map([[1,'a']]), new Map([['1','a']])],
  setLoose: [new Set([1]), new Set(['1'])],
  date: [new Date(0), new Date(0)],
  dateProp: [Object.assign(new Date(0), {a:1}), new Date(0)],
  reLast: [Object.assign(/a/g, {lastIndex: 1}), /a/g],
  reFlags: [/a/g, /a/i],
  reSame: [/a/g, /a/g],
  sym: [{[Symbol.for('x')]: 1}, {[Symbol.for('x')]: 2}],
  symMissing: [{[Symbol.for('x')]: 1}, {[Symbol.for('y')]: 1}],
  args: [(function(){return arguments})(1), [1]],
  argsObj: [(function(){return arguments})(1), {0:1}],
  args2: [(function(){return arguments})(1), (function(){return arguments})(1)],
  promise: [Promise.resolve(1), Promise.resolve(2)],
  fn: [function(){}, function(){}],
  nullUndef: [null, undefined],
  zero: [0, -0],
  objZero: [{a:0}, {a:-0}],
  ...(typeof Buffer === 'function' ? {buf: [Buffer.from('a'), new Uint8Array([97])]} : {}),
  ab: [new ArrayBuffer(1), new ArrayBuffer(1)],
  abDiff: [new ArrayBuffer(1), new ArrayBuffer(2)],
  abBytes: [new Uint8Array([1]).buffer, new Uint8Array([2]).buffer],
  sab: [new SharedArrayBuffer(1), new ArrayBuffer(1)],
  dv: [new DataView(new ArrayBuffer(2)), new DataView(new ArrayBuffer(2))],
  dvDiff: [new DataView(new Uint8Array([1,2]).buffer), new DataView(new Uint8Array([1,3]).buffer)],
  dvOffset: [new DataView(new Uint8Array([1,2]).buffer, 1), new DataView(new Uint8Array([2]).buffer)],
  errName: [new TypeError('a'), new Error('a')],
  errNameLoose: [Object.assign(new Error('a'), {name: 'X'}), new Error('a')],
  boxedObj: [new Boolean(false), false],
  arrObj: [[], {}],
  arrLenProp: [Object.assign([1], {x:1}), [1]],
  bigint: [1n, 1],
  bigboxed: [Object(1n), Object(1n)],
  symbox: [Object(Symbol()), Object(Symbol())],
  weakref: [new WeakRef(s), new WeakRef({})],
  causeDeep: [E('a', {cause: {a:1}}), E('a', {cause: {a:1}})],
  causeUndef: [E('a', {cause: undefined}), E('a')],
  msgLoose: [Object.assign(E('a'), {message: 1}), Object.assign(E('a'), {message: '1'})],
  errExtra: [Object.assign(E('a'), {x: 1}), E('a')],
  errStack: [E('a'), (()=>{const e=E('a'); e.stack='x'; return e;})()],
  aggrDeep: [new AggregateError([{a:1}], 'a'), new AggregateError([{a:1}], 'a')],
  ...(typeof URL === 'function' ? {urlSame: [new URL('http://a/'), new URL('http://a/')]} : {}),
  ...(typeof URL === 'function' ? {urlProp: [Object.assign(new URL('http://a/'), {x:1}), new URL('http://a/')]} : {}),
  cyc1: [c1, c2], cyc2: [c3, c4], cyc3: [c5, c6], cycAB: [A, B], cycCD: [C, D],
  cycSet: [sm1, sm2], cycMap: [mm1, mm2],
  setNum: [new Set([1, '2']), new Set(['1', 2])],
  setNull: [new Set([null]), new Set([undefined])],
  setBool: [new Set([true]), new Set([1])],
  setBig: [new Set([1n]), new Set([1])],
  setStrNaN: [new Set(['a']), new Set([NaN])],
  setNaN: [new Set([NaN]), new Set([NaN])],
  setObj: [new Set([{a:1}, {b:2}]), new Set([{b:2}, {a:1}])],
  setObjDiff: [new Set([{a:1}, {b:2}]), new Set([{b:2}, {a:2}])],
  setMixed: [new Set([1, {a:1}]), new Set(['1', {a:1}])],
  setDupLoose: [new Set([1, '1']), new Set([1, 2])],
  setObjPrim: [new Set([{}]), new Set([1])],
  setZero: [new Set([0]), new Set([-0])],
  mapObjKey: [new Map([[{a:1}, 1]]), new Map([[{a:1}, 1]])],
  mapObjKey2: [new Map([[{a:1}, 1]]), new Map([[{a:1}, 2]])],
  mapObjKeys: [new Map([[{a:1}, 1], [{a:1}, 2]]), new Map([[{a:1}, 2], [{a:1}, 1]])],
  mapLooseVal: [new Map([[1, 1]]), new Map([[1, '1']])],
  mapLooseKeyVal: [new Map([[1, 1]]), new Map([['1', '1']])],
  mapNull: [new Map([[null, 1]]), new Map([[undefined, 1]])],
  mapDupe: [new Map([[1, 'a'], ['1', 'b']]), new Map([[1, 'b'], ['1', 'a']])],
  mapUndefVal: [new Map([[1, undefined]]), new Map([[2, undefined]])],
  mapSize: [new Map([[1, 1]]), new Map()],
  mapProp: [Object.assign(new Map(), {a: 1}), new Map()],
  boxZero: [new Number(0), new Number(-0)],
  boxProps: [Object.assign(new Number(1), {a:1}), new Number(1)],
  strBoxIdx: [new String('ab'), new String('ab')],
  strBoxDiff: [new String('ab'), new String('ac')],
  boolBox: [new Boolean(true), new Boolean(true)],
  boxMix: [new Number(1), new String('1')],
  dateNaN: [new Date(NaN), new Date(NaN)],
  dateDiff: [new Date(0), new Date(1)],
  taProp: [Object.assign(new Uint8Array(1), {a:1}), new Uint8Array(1)],
  taLen: [new Uint8Array(2), new Uint8Array(1)],
  taType: [new Uint8Array(2), new Int8Array(2)],
  taU16: [new Uint16Array([1, 2]), new Uint16Array([1, 2])],
  taU16d: [new Uint16Array([1, 2]), new Uint16Array([1, 3])],
  f32loose: [new Float32Array([1]), new Float32Array([1.0])],
  big64: [new BigInt64Array([1n]), new BigInt64Array([1n])],
  dateLooseObj: [new Date(0), {}],
  objDate: [{}, new Date(0)],
  fakeTag: [{[Symbol.toStringTag]: 'Date'}, new Date(0)],
  fakeTag2: [{[Symbol.toStringTag]: 'X'}, {[Symbol.toStringTag]: 'X'}],
  fakeTag3: [{[Symbol.toStringTag]: 'X'}, {}],
  mapVsObj: [new Map(), {}],
  setVsMap: [new Set(), new Map()],
  nonEnum: [Object.defineProperty({}, 'a', {value: 1}), {}],
  nonEnum2: [Object.defineProperty({}, 'a', {value: 1}), {a: 1}],
  symNonEnum: [Object.defineProperty({}, Symbol.for('a'), {value: 1}), {}],
  arrSym: [Object.assign([1], {[Symbol.for('a')]: 1}), [1]],
  getter: [{get a() { return 1; }}, {a: 1}],
  classes: [new (class A {})(), new (class A {})()],
  nullProtoLoose: [Object.create(null), {}],
  reProp: [Object.assign(/a/, {x: 1}), /a/],
  fnProps: [Object.assign(()=>{}, {a:1}), Object.assign(()=>{}, {a:1})],
  arrayEmptyHoles: [new Array(3), new Array(3)],
  arrHoles2: [[1,,3], [1,,3]],
  arrHoles3: [[1,,3], [1,,4]],
  arrHolesVsUndef: [[1,,3], [1,undefined,3]],
  sparseSym: [sparse1, sparse2],
  sparseProp: [sparse3, sparse4],
  strVsArr: ['ab', ['a','b']],
  nested: [{a: [1, {b: new Map([[1, new Set([2])]])}]}, {a: [1, {b: new Map([[1, new Set([2])]])}]}],
  nestedDiff: [{a: [1, {b: new Map([[1, new Set([2])]])}]}, {a: [1, {b: new Map([[1, new Set([3])]])}]}],
  looseNum: [{a: 1}, {a: '1'}],
  looseArr: [[1, 2], ['1', '2']],
  looseBool: [{a: true}, {a: 1}],
  objKeys: [{a: 1, b: 2}, {b: 2, a: 1}],
  objKeys2: [{a: 1, b: 2}, {a: 1, c: 2}],
  objUndef: [{a: undefined}, {}],
  objUndef2: [{a: undefined}, {b: undefined}],
  nanObj: [{a: NaN}, {a: NaN}],
  strs: ['a', 'a'],
  nums: [1, 1.0],
  bigs: [1n, 1n],
  nan: [NaN, NaN],
  inf: [Infinity, -Infinity],
  nullObj: [null, {}],
  undefNull2: [undefined, 0],
  emptyStr0: ['', 0],
  emptyArr0: [[], 0],
  protoDiff: [Object.create({x: 1}), Object.create({x: 2})],
  inheritedKey: [Object.create({x: 1}), {}],
  ...(typeof Buffer === 'function' ? {bufs: [Buffer.from('abc'), Buffer.from('abc')]} : {}),
  ...(typeof Buffer === 'function' ? {bufsd: [Buffer.from('abc'), Buffer.from('abd')]} : {}),
  arrTa: [[1], new Uint8Array([1])],
  errVsErr: [new RangeError('x'), new RangeError('x')],
  errSub: [new (class MyErr extends Error {})('x'), new Error('x')],
  customInspect: [{inspect(){return 1}}, {inspect(){return 1}}],
  symbolsSame: [Symbol.for('a'), Symbol.for('a')],
  symbolsDiff: [Symbol('a'), Symbol('a')],
  objSymVal: [{a: Symbol.for('q')}, {a: Symbol.for('q')}],
  arrArgsLoose: [[1,2], {0:1, 1:2, length: 2}],
  gen: [(function*(){})(), (function*(){})()],
  mapIt: [new Map().keys(), new Map().keys()],
  objWithLen: [{length: 0}, []],
};
}

const expected = {
  "weakmap":"1111",
  "weakset":"1111",
  "errCause":"0000",
  "errCause2":"0000",
  "aggr":"0000",
  "url":"0000",
  "floatNaN":"0011",
  "float0":"1100",
  "num1":"0000",
  "num2":"1111",
  "numNaN":"1111",
  "str1":"0000",
  "arrHole":"0000",
  "objProto":"1100",
  "mapLoose":"1100",
  "setLoose":"1100",
  "date":"1111",
  "dateProp":"0000",
  "reLast":"0000",
  "reFlags":"0000",
  "reSame":"1111",
  "sym":"1100",
  "symMissing":"1100",
  "args":"0000",
  "argsObj":"0000",
  "args2":"1111",
  "promise":"1111",
  "fn":"0000",
  "nullUndef":"1100",
  "zero":"1100",
  "objZero":"1100",
  "buf":"1100",
  "ab":"1111",
  "abDiff":"0000",
  "abBytes":"0000",
  "sab":"0000",
  "dv":"1111",
  "dvDiff":"0000",
  "dvOffset":"1111",
  "errName":"0000",
  "errNameLoose":"0000",
  "boxedObj":"0000",
  "arrObj":"0000",
  "arrLenProp":"0000",
  "bigint":"1100",
  "bigboxed":"1111",
  "symbox":"0000",
  "weakref":"1111",
  "causeDeep":"1111",
  "causeUndef":"1111",
  "msgLoose":"0000",
  "errExtra":"0000",
  "errStack":"1111",
  "aggrDeep":"1111",
  "urlSame":"1111",
  "urlProp":"0000",
  "cyc1":"1111",
  "cyc2":"1111",
  "cyc3":"1111",
  "cycAB":"0000",
  "cycCD":"1111",
  "cycSet":"1111",
  "cycMap":"1111",
  "setNum":"1100",
  "setNull":"1100",
  "setBool":"1100",
  "setBig":"1100",
  "setStrNaN":"0000",
  "setNaN":"1111",
  "setObj":"1111",
  "setObjDiff":"0000",
  "setMixed":"1100",
  "setDupLoose":"0000",
  "setObjPrim":"0000",
  "setZero":"1111",
  "mapObjKey":"1111",
  "mapObjKey2":"0000",
  "mapObjKeys":"1111",
  "mapLooseVal":"1100",
  "mapLooseKeyVal":"1100",
  "mapNull":"1100",
  "mapDupe":"1100",
  "mapUndefVal":"0000",
  "mapSize":"0000",
  "mapProp":"0000",
  "boxZero":"0000",
  "boxProps":"0000",
  "strBoxIdx":"1111",
  "strBoxDiff":"0000",
  "boolBox":"1111",
  "boxMix":"0000",
  "dateNaN":"0000",
  "dateDiff":"0000",
  "taProp":"0000",
  "taLen":"0000",
  "taType":"0000",
  "taU16":"1111",
  "taU16d":"0000",
  "f32loose":"1111",
  "big64":"1111",
  "dateLooseObj":"0000",
  "objDate":"0000",
  "fakeTag":"0000",
  "fakeTag2":"1111",
  "fakeTag3":"0000",
  "mapVsObj":"0000",
  "setVsMap":"0000",
  "nonEnum":"1111",
  "nonEnum2":"0000",
  "symNonEnum":"1111",
  "arrSym":"1100",
  "getter":"1111",
  "classes":"1100",
  "nullProtoLoose":"1100",
  "reProp":"0000",
  "fnProps":"0000",
  "arrayEmptyHoles":"1111",
  "arrHoles2":"1111",
  "arrHoles3":"0000",
  "arrHolesVsUndef":"0000",
  "sparseSym":"1100",
  "sparseProp":"0000",
  "strVsArr":"0000",
  "nested":"1111",
  "nestedDiff":"0000",
  "looseNum":"1100",
  "looseArr":"1100",
  "looseBool":"1100",
  "objKeys":"1111",
  "objKeys2":"0000",
  "objUndef":"0000",
  "objUndef2":"0000",
  "nanObj":"1111",
  "strs":"1111",
  "nums":"1111",
  "bigs":"1111",
  "nan":"1111",
  "inf":"0000",
  "nullObj":"0000",
  "undefNull2":"0000",
  "emptyStr0":"1100",
  "emptyArr0":"0000",
  "protoDiff":"1100",
  "inheritedKey":"1100",
  "bufs":"1111",
  "bufsd":"0000",
  "arrTa":"0000",
  "errVsErr":"1111",
  "errSub":"1100",
  "customInspect":"0000",
  "symbolsSame":"1111",
  "symbolsDiff":"0000",
  "objSymVal":"1111",
  "arrArgsLoose":"0000",
  "gen":"1100",
  "mapIt":"1111",
  "objWithLen":"0000",
};

function passes(fn) {
  try {
    fn();
    return true;
  } catch (e) {
    if (e.code !== 'ERR_ASSERTION') throw e;
    return false;
  }
}

let failures = 0;
let checked = 0;
for (const [name, [a, b]] of Object.entries(makeCases())) {
  const got = [
    passes(() => assert.deepEqual(a, b)),
    passes(() => assert.deepEqual(b, a)),
    passes(() => assert.deepStrictEqual(a, b)),
    passes(() => assert.deepStrictEqual(b, a)),
  ].map(Number).join('');
  // The "not" forms must always disagree with the positive ones.
  const notGot = [
    !passes(() => assert.notDeepEqual(a, b)),
    !passes(() => assert.notDeepEqual(b, a)),
    !passes(() => assert.notDeepStrictEqual(a, b)),
    !passes(() => assert.notDeepStrictEqual(b, a)),
  ].map(Number).join('');
  checked++;
  if (got !== expected[name] || notGot !== expected[name]) {
    failures++;
    console.error(`FAIL ${name}: expected ${expected[name]}, got ${got} (not-forms ${notGot})`);
  }
}
if (checked < 150) {
  console.error(`only ${checked} cases ran`);
  failures++;
}

// Getters are read, not compared by descriptor.
let reads = 0;
assert.deepStrictEqual({ get a() { reads++; return 1; } }, { a: 1 });
if (reads !== 1) failures++;

// Errors: message and name are compared even though they are not enumerable.
assert.throws(() => assert.deepStrictEqual(new Error('a'), new Error('b')), { code: 'ERR_ASSERTION' });
assert.deepStrictEqual(new Error('a'), new Error('a'));

// Deeply nested structures do not blow up.
let x = {};
let y = {};
for (let i = 0; i < 1000; i++) {
  x = { next: x };
  y = { next: y };
}
assert.deepStrictEqual(x, y);

// Typed arrays and Buffers with and without properties besides their
// indices (a fresh one is recognised without listing its indices).
for (const make of [(n) => Buffer.alloc(n, 7), (n) => new Uint8Array(n).fill(7), (n) => new Float64Array(n / 8)]) {
  const a = make(64);
  const b = make(64);
  assert.deepStrictEqual(a, b);
  a.extra = 1;
  assert.throws(() => assert.deepStrictEqual(a, b), assert.AssertionError);
  assert.throws(() => assert.deepStrictEqual(b, a), assert.AssertionError);
  assert.throws(() => assert.deepEqual(b, a), assert.AssertionError);
  b.extra = 1;
  assert.deepStrictEqual(a, b);
  b.extra = 2;
  assert.throws(() => assert.deepStrictEqual(a, b), assert.AssertionError);
  const c = make(64);
  c[Symbol.for('s')] = 1;
  assert.deepEqual(c, make(64)); // symbols count in strict mode only
  assert.throws(() => assert.deepStrictEqual(c, make(64)), assert.AssertionError);
  // Added then deleted: back to only indices, still equal.
  const e = make(64);
  e.tmp = 1;
  delete e.tmp;
  assert.deepStrictEqual(e, make(64));
}
{
  // Large ones too (each index listed would cost seconds in JSC).
  const a = Buffer.alloc(1 << 20, 1);
  const b = Buffer.alloc(1 << 20, 1);
  assert.deepStrictEqual(a, b);
  b[5] = 2;
  assert.notDeepStrictEqual(a, b); // (a failing deepStrictEqual would print 1M lines)
}

if (failures > 0) {
  console.error(`${failures} deep-equal check(s) failed`);
  process.exit(1);
}
