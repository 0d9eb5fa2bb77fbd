'use strict';
// Expected strings below were produced by running Node v20's util.inspect.
const assert = require('assert');
const util = require('util');
const { inspect } = util;
const T = global.__T || ((fn, expected) => assert.strictEqual(fn(), expected));

// Strings: quote selection and escapes.
T(() => inspect('x'),
  "'x'");
T(() => inspect("it's"),
  "\"it's\"");
T(() => inspect(`both'"`),
  "`both'\"`");
T(() => inspect(`all'"\``),
  "'all\\'\"`'");
T(() => inspect("'\"${"),
  "'\\'\"${'");
T(() => inspect(''),
  "''");
T(() => inspect('a\nb\tc\\d'),
  "'a\\nb\\tc\\\\d'");
T(() => inspect('\x00\x07\x1b\x7f\x9b\xa0'),
  "'\\x00\\x07\\x1B\\x7F\\x9B '");
T(() => inspect('lone \ud83d and pair \ud83d\ude00 and \ude00'),
  "'lone \\ud83d and pair 😀 and \\ude00'");
T(() => inspect(['x', "it's", `both'"`]),
  "[ 'x', \"it's\", `both'\"` ]");
T(() => inspect('a'.repeat(20) + '\n' + 'b'.repeat(70)),
  "'aaaaaaaaaaaaaaaaaaaa\\n' +\n  'bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb'");
T(() => inspect({ s: 'a'.repeat(60) + '\n' + 'b'.repeat(10) + '\n' }),
  "{\n  s: 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\\nbbbbbbbbbb\\n'\n}");
T(() => inspect('short\nlines'),
  "'short\\nlines'");
T(() => inspect('x'.repeat(100)),
  "'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'");

// Numbers, bigints, booleans, nullish, symbols.
T(() => inspect(1),
  "1");
T(() => inspect(-0),
  "-0");
T(() => inspect([0, -0, +0]),
  "[ 0, -0, 0 ]");
T(() => inspect(NaN),
  "NaN");
T(() => inspect(-Infinity),
  "-Infinity");
T(() => inspect(1.5e300),
  "1.5e+300");
T(() => inspect(0.1 + 0.2),
  "0.30000000000000004");
T(() => inspect(123n),
  "123n");
T(() => inspect(-5n),
  "-5n");
T(() => inspect(true),
  "true");
T(() => inspect(undefined),
  "undefined");
T(() => inspect(null),
  "null");
T(() => inspect(Symbol()),
  "Symbol()");
T(() => inspect(Symbol('desc')),
  "Symbol(desc)");
T(() => inspect(Symbol.iterator),
  "Symbol(Symbol.iterator)");
T(() => inspect(Symbol.for('registered')),
  "Symbol(registered)");
T(() => inspect([undefined, null, NaN, -0, 0n]),
  "[ undefined, null, NaN, -0, 0n ]");

// Arrays.
T(() => inspect([]),
  "[]");
T(() => inspect([1, 2, 3]),
  "[ 1, 2, 3 ]");
T(() => inspect([[1, [2, [3, [4]]]]]),
  "[ [ 1, [ 2, [Array] ] ] ]");
T(() => inspect([[[[]]]]),
  "[ [ [ [] ] ] ]");
T(() => inspect([,]),
  "[ <1 empty item> ]");
T(() => inspect([1, , 3]),
  "[ 1, <1 empty item>, 3 ]");
T(() => inspect(new Array(5)),
  "[ <5 empty items> ]");
T(() => inspect([, , 1, , , 2]),
  "[ <2 empty items>, 1, <2 empty items>, 2 ]");
T(() => inspect([1, , ]),
  "[ 1, <1 empty item> ]");
T(() => inspect(new Array(1e6)),
  "[ <1000000 empty items> ]");
T(() => inspect(Object.assign([1, 2], { x: 1, [Symbol('s')]: 2 })),
  "[ 1, 2, x: 1, [Symbol(s)]: 2 ]");
T(() => inspect(Object.assign([], { key: 'v' })),
  "[ key: 'v' ]");
T(() => inspect(Array.from({ length: 101 }, (_, i) => i)),
  "[\n   0,  1,  2,  3,  4,  5,  6,  7,  8,  9, 10, 11,\n  12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23,\n  24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35,\n  36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47,\n  48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59,\n  60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71,\n  72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83,\n  84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95,\n  96, 97, 98, 99,\n  ... 1 more item\n]");
T(() => inspect(Array.from({ length: 1000 }, (_, i) => i)),
  "[\n   0,  1,  2,  3,  4,  5,  6,  7,  8,  9, 10, 11,\n  12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23,\n  24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35,\n  36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47,\n  48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59,\n  60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71,\n  72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83,\n  84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95,\n  96, 97, 98, 99,\n  ... 900 more items\n]");
T(() => inspect(Array.from({ length: 6 }, (_, i) => i)),
  "[ 0, 1, 2, 3, 4, 5 ]");
T(() => inspect(Array.from({ length: 7 }, (_, i) => i)),
  "[\n  0, 1, 2, 3,\n  4, 5, 6\n]");
T(() => inspect(Array.from({ length: 26 }, (_, i) => 'str' + i)),
  "[\n  'str0',  'str1',  'str2',\n  'str3',  'str4',  'str5',\n  'str6',  'str7',  'str8',\n  'str9',  'str10', 'str11',\n  'str12', 'str13', 'str14',\n  'str15', 'str16', 'str17',\n  'str18', 'str19', 'str20',\n  'str21', 'str22', 'str23',\n  'str24', 'str25'\n]");
T(() => inspect(Array.from({ length: 30 }, (_, i) => i * 1000)),
  "[\n      0,  1000,  2000,  3000,  4000,\n   5000,  6000,  7000,  8000,  9000,\n  10000, 11000, 12000, 13000, 14000,\n  15000, 16000, 17000, 18000, 19000,\n  20000, 21000, 22000, 23000, 24000,\n  25000, 26000, 27000, 28000, 29000\n]");
T(() => inspect(Array.from({ length: 30 }, (_, i) => (i % 3 ? 'a' : 1))),
  "[\n  1,   'a', 'a', 1,   'a', 'a', 1,   'a',\n  'a', 1,   'a', 'a', 1,   'a', 'a', 1,\n  'a', 'a', 1,   'a', 'a', 1,   'a', 'a',\n  1,   'a', 'a', 1,   'a', 'a'\n]");
T(() => inspect(Array.from({ length: 30 }, (_, i) => i ** 5)),
  "[\n         0,        1,       32,      243,\n      1024,     3125,     7776,    16807,\n     32768,    59049,   100000,   161051,\n    248832,   371293,   537824,   759375,\n   1048576,  1419857,  1889568,  2476099,\n   3200000,  4084101,  5153632,  6436343,\n   7962624,  9765625, 11881376, 14348907,\n  17210368, 20511149\n]");
T(() => inspect(Array.from({ length: 10 }, (_, i) => 'x'.repeat(i))),
  "[\n  '',         'x',\n  'xx',       'xxx',\n  'xxxx',     'xxxxx',\n  'xxxxxx',   'xxxxxxx',\n  'xxxxxxxx', 'xxxxxxxxx'\n]");
T(() => inspect(Array.from({ length: 20 }, (_, i) => [i])),
  "[\n  [ 0 ],  [ 1 ],  [ 2 ],\n  [ 3 ],  [ 4 ],  [ 5 ],\n  [ 6 ],  [ 7 ],  [ 8 ],\n  [ 9 ],  [ 10 ], [ 11 ],\n  [ 12 ], [ 13 ], [ 14 ],\n  [ 15 ], [ 16 ], [ 17 ],\n  [ 18 ], [ 19 ]\n]");
T(() => inspect(Array.from({ length: 50 }, (_, i) => BigInt(i) ** 3n)),
  "[\n      0n,     1n,      8n,     27n,     64n,\n    125n,   216n,    343n,    512n,    729n,\n   1000n,  1331n,   1728n,   2197n,   2744n,\n   3375n,  4096n,   4913n,   5832n,   6859n,\n   8000n,  9261n,  10648n,  12167n,  13824n,\n  15625n, 17576n,  19683n,  21952n,  24389n,\n  27000n, 29791n,  32768n,  35937n,  39304n,\n  42875n, 46656n,  50653n,  54872n,  59319n,\n  64000n, 68921n,  74088n,  79507n,  85184n,\n  91125n, 97336n, 103823n, 110592n, 117649n\n]");
T(() => inspect(Array.from({ length: 8 }, (_, i) => ({ a: i }))),
  "[\n  { a: 0 }, { a: 1 },\n  { a: 2 }, { a: 3 },\n  { a: 4 }, { a: 5 },\n  { a: 6 }, { a: 7 }\n]");
T(() => inspect(Array.from({ length: 16 }, (_, i) => -i)),
  "[\n   -0,  -1,  -2,  -3,  -4,  -5,\n   -6,  -7,  -8,  -9, -10, -11,\n  -12, -13, -14, -15\n]");
T(() => inspect([1.5, -2.25, 3, 44444, 5, 6, 7, 8, 9, 10, 11]),
  "[\n    1.5, -2.25, 3,\n  44444,     5, 6,\n      7,     8, 9,\n     10,    11\n]");
T(() => inspect(Array.from({ length: 100 }, (_, i) => (i % 2 ? 'ab' : 1))),
  "[\n  1, 'ab', 1, 'ab', 1, 'ab', 1, 'ab', 1, 'ab', 1, 'ab',\n  1, 'ab', 1, 'ab', 1, 'ab', 1, 'ab', 1, 'ab', 1, 'ab',\n  1, 'ab', 1, 'ab', 1, 'ab', 1, 'ab', 1, 'ab', 1, 'ab',\n  1, 'ab', 1, 'ab', 1, 'ab', 1, 'ab', 1, 'ab', 1, 'ab',\n  1, 'ab', 1, 'ab', 1, 'ab', 1, 'ab', 1, 'ab', 1, 'ab',\n  1, 'ab', 1, 'ab', 1, 'ab', 1, 'ab', 1, 'ab', 1, 'ab',\n  1, 'ab', 1, 'ab', 1, 'ab', 1, 'ab', 1, 'ab', 1, 'ab',\n  1, 'ab', 1, 'ab', 1, 'ab', 1, 'ab', 1, 'ab', 1, 'ab',\n  1, 'ab', 1, 'ab'\n]");
T(() => inspect(Array.from({ length: 23 }, () => ({}))),
  "[\n  {}, {}, {}, {}, {}, {}, {}, {},\n  {}, {}, {}, {}, {}, {}, {}, {},\n  {}, {}, {}, {}, {}, {}, {}\n]");
T(() => inspect(Array.from({ length: 9 }, (_, i) => [i, i])),
  "[\n  [ 0, 0 ], [ 1, 1 ],\n  [ 2, 2 ], [ 3, 3 ],\n  [ 4, 4 ], [ 5, 5 ],\n  [ 6, 6 ], [ 7, 7 ],\n  [ 8, 8 ]\n]");
T(() => inspect(Array.from({ length: 9 }, () => 'x'.repeat(25))),
  "[\n  'xxxxxxxxxxxxxxxxxxxxxxxxx',\n  'xxxxxxxxxxxxxxxxxxxxxxxxx',\n  'xxxxxxxxxxxxxxxxxxxxxxxxx',\n  'xxxxxxxxxxxxxxxxxxxxxxxxx',\n  'xxxxxxxxxxxxxxxxxxxxxxxxx',\n  'xxxxxxxxxxxxxxxxxxxxxxxxx',\n  'xxxxxxxxxxxxxxxxxxxxxxxxx',\n  'xxxxxxxxxxxxxxxxxxxxxxxxx',\n  'xxxxxxxxxxxxxxxxxxxxxxxxx'\n]");
T(() => inspect(Array.from({ length: 12 }, (_, i) => 'x'.repeat((i % 4) * 5))),
  "[\n  '',           'xxxxx',\n  'xxxxxxxxxx', 'xxxxxxxxxxxxxxx',\n  '',           'xxxxx',\n  'xxxxxxxxxx', 'xxxxxxxxxxxxxxx',\n  '',           'xxxxx',\n  'xxxxxxxxxx', 'xxxxxxxxxxxxxxx'\n]");
T(() => inspect(Array.from({ length: 26 }, (_, i) => String.fromCharCode(97 + i).repeat((i % 7) + 1))),
  "[\n  'a',       'bb',      'ccc',\n  'dddd',    'eeeee',   'ffffff',\n  'ggggggg', 'h',       'ii',\n  'jjj',     'kkkk',    'lllll',\n  'mmmmmm',  'nnnnnnn', 'o',\n  'pp',      'qqq',     'rrrr',\n  'sssss',   'tttttt',  'uuuuuuu',\n  'v',       'ww',      'xxx',\n  'yyyy',    'zzzzz'\n]");
T(() => inspect({ nested: Array.from({ length: 30 }, (_, i) => i * 37) }),
  "{\n  nested: [\n      0,  37,  74, 111,  148,  185,\n    222, 259, 296, 333,  370,  407,\n    444, 481, 518, 555,  592,  629,\n    666, 703, 740, 777,  814,  851,\n    888, 925, 962, 999, 1036, 1073\n  ]\n}");
T(() => inspect([[Array.from({ length: 40 }, (_, i) => i)]]),
  "[\n  [\n    [\n       0,  1,  2,  3,  4,  5,  6,  7,  8,  9,\n      10, 11, 12, 13, 14, 15, 16, 17, 18, 19,\n      20, 21, 22, 23, 24, 25, 26, 27, 28, 29,\n      30, 31, 32, 33, 34, 35, 36, 37, 38, 39\n    ]\n  ]\n]");
T(() => inspect(Array.from({ length: 101 }, () => 'a')),
  "[\n  'a', 'a', 'a', 'a', 'a', 'a', 'a', 'a', 'a', 'a', 'a', 'a',\n  'a', 'a', 'a', 'a', 'a', 'a', 'a', 'a', 'a', 'a', 'a', 'a',\n  'a', 'a', 'a', 'a', 'a', 'a', 'a', 'a', 'a', 'a', 'a', 'a',\n  'a', 'a', 'a', 'a', 'a', 'a', 'a', 'a', 'a', 'a', 'a', 'a',\n  'a', 'a', 'a', 'a', 'a', 'a', 'a', 'a', 'a', 'a', 'a', 'a',\n  'a', 'a', 'a', 'a', 'a', 'a', 'a', 'a', 'a', 'a', 'a', 'a',\n  'a', 'a', 'a', 'a', 'a', 'a', 'a', 'a', 'a', 'a', 'a', 'a',\n  'a', 'a', 'a', 'a', 'a', 'a', 'a', 'a', 'a', 'a', 'a', 'a',\n  'a', 'a', 'a', 'a',\n  ... 1 more item\n]");
T(() => inspect(['中文字符', '中文', '日本語テキスト', 'a', 'b', 'c', 'd', 'e', 'f']),
  "[ '中文字符', '中文', '日本語テキスト', 'a', 'b', 'c', 'd', 'e', 'f' ]");
T(() => inspect(Array.from({ length: 7 }, () => ({ a: 1, b: { c: { d: 1 } } }))),
  "[\n  { a: 1, b: { c: [Object] } },\n  { a: 1, b: { c: [Object] } },\n  { a: 1, b: { c: [Object] } },\n  { a: 1, b: { c: [Object] } },\n  { a: 1, b: { c: [Object] } },\n  { a: 1, b: { c: [Object] } },\n  { a: 1, b: { c: [Object] } }\n]");
T(() => inspect([function () {}, class {}, Symbol.for('sf')]),
  "[ [Function (anonymous)], [class (anonymous)], Symbol(sf) ]");
