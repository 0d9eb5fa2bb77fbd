'use strict';
// Expected strings below were produced by running Node v20's util.format and util.inspect.
const assert = require('assert');
const util = require('util');
const { inspect } = util;
const T = global.__T || ((fn, expected) => assert.strictEqual(fn(), expected));
const { format, formatWithOptions } = util;
class A {}
const circ = {}; circ.c = circ;

T(() => format('%s', 'str'),
  "str");
T(() => format('%s', 42),
  "42");
T(() => format('%s', -0),
  "-0");
T(() => format('%s', 5n),
  "5n");
T(() => format('%s', Symbol('q')),
  "Symbol(q)");
T(() => format('%s', null),
  "null");
T(() => format('%s', undefined),
  "undefined");
T(() => format('%s', { a: { b: { c: 1 } } }),
  "{ a: [Object] }");
T(() => format('%s', [1, [2, [3]]]),
  "[ 1, [Array] ]");
T(() => format('%s', { toString() { return 'T'; } }),
  "T");
T(() => format('%s', new A()),
  "A {}");
T(() => format('%s', new (class B { toString() { return 'B!'; } })()),
  "B!");
T(() => format('%s', Object.create({ toString() { return 'proto'; } })),
  "proto");
T(() => format('%s', new Date(0)),
  "1970-01-01T00:00:00.000Z");
T(() => format('%s', Object.create(null)),
  "[Object: null prototype] {}");
T(() => format('%s', new Map([[1, 2]])),
  "Map(1) { 1 => 2 }");
T(() => format('%s', new Set([1])),
  "Set(1) { 1 }");
T(() => format('%s', () => 1),
  "() => 1");
T(() => format('%s', function named() {}),
  "function named() {}");
T(() => format('%s', {}),
  "{}");
T(() => format('%s', []),
  "[]");
T(() => format('%s', 1e21),
  "1e+21");
T(() => format('%s', 0.1),
  "0.1");
T(() => format('%s', true),
  "true");
T(() => format('%s %d %i %f %j %o %O %c %%', 'a', 1.5, 2.7, '3.5', { a: 1 }, [1], { c: 2 }, 'css'),
  "a 1.5 2 3.5 {\"a\":1} [ 1, [length]: 1 ] { c: 2 }  %");
T(() => format('%d', 5n),
  "5n");
T(() => format('%i', 5n),
  "5n");
T(() => format('%d', Symbol()),
  "NaN");
T(() => format('%i', Symbol()),
  "NaN");
T(() => format('%f', Symbol()),
  "NaN");
T(() => format('%d', '0x10'),
  "16");
T(() => format('%i', '0x10'),
  "16");
T(() => format('%d', ''),
  "0");
T(() => format('%d', {}),
  "NaN");
T(() => format('%d', 'abc'),
  "NaN");
T(() => format('%i', 3.9),
  "3");
T(() => format('%i', -3.9),
  "-3");
T(() => format('%f', '1e3'),
  "1000");
T(() => format('%d', -0),
  "-0");
T(() => format('%i', -0),
  "0");
T(() => format('%f', -0),
  "0");
T(() => format('%d', 1e21),
  "1e+21");
T(() => format('%j', circ),
  "[Circular]");
T(() => format('%j', undefined),
  "undefined");
T(() => format('%j', { a: [1, '2'] }),
  "{\"a\":[1,\"2\"]}");
T(() => format('%o', { a: { b: { c: { d: { e: { f: 1 } } } } } }),
  "{\n  a: {\n    b: { c: { d: { e: [Object] } } }\n  }\n}");
T(() => format('%o', [1, 2]),
  "[ 1, 2, [length]: 2 ]");
T(() => format('%O', { a: { b: { c: { d: 1 } } } }),
  "{ a: { b: { c: [Object] } } }");
T(() => format('%O', 'str'),
  "'str'");
T(() => format('%o', 'str'),
  "'str'");
T(() => format('%c%s', 'color: red', 'text'),
  "text");
T(() => format(1, 2, 'a'),
  "1 2 a");
T(() => format('%s'),
  "%s");
T(() => format('%s %s', 'a'),
  "a %s");
T(() => format('%x', 1),
  "%x 1");
T(() => format('a%', 1),
  "a% 1");
T(() => format('%%', 1),
  "% 1");
T(() => format('%%'),
  "%%");
T(() => format('%', 1),
  "% 1");
T(() => format('%%s', 1),
  "%s 1");
T(() => format('%s%', 1),
  "1%");
T(() => format('%s:%s', 'a', 'b', 'c', { d: 1 }),
  "a:b c { d: 1 }");
T(() => format({ a: 1 }, 'str', 3),
  "{ a: 1 } str 3");
T(() => format(),
  "");
T(() => format(undefined),
  "undefined");
T(() => format(null, 'x'),
  "null x");
T(() => format('no args'),
  "no args");
T(() => format('%s', 'a'.repeat(5), 'x\ny'),
  "aaaaa x\ny");
T(() => format('%s', [1, 'two']),
  "[ 1, 'two' ]");
T(() => format('a', 'b', -0, 1n, Symbol('s'), [1], 'c'),
  "a b -0 1n Symbol(s) [ 1 ] c");
T(() => formatWithOptions({ colors: true }, '%s %O', 'x', { a: 1 }, [2]),
  "x { a: \u001b[33m1\u001b[39m } [ \u001b[33m2\u001b[39m ]");
T(() => formatWithOptions({ compact: false }, 'x', { a: 1 }),
  "x {\n  a: 1\n}");
T(() => formatWithOptions({ depth: 0 }, '%O', { a: { b: 1 } }),
  "{ a: [Object] }");
T(() => formatWithOptions({}, 'plain %d', 3),
  "plain 3");

// Control characters and display width helpers.
T(() => util.stripVTControlCharacters('\u001b[31mred\u001b[39m \u001b]8;;http://x\u0007link\u001b]8;;\u0007'),
  "red link");
T(() => util.stripVTControlCharacters('plain'),
  "plain");
T(() => util.styleText('red', 'x', { validateStream: false }),
  "\u001b[31mx\u001b[39m");
T(() => util.styleText(['bold', 'underline'], 'y'),
  "\u001b[1m\u001b[4my\u001b[24m\u001b[22m");
T(() => util.toUSVString('a\ud800b\udc00c\ud83d\ude00'),
  "a�b�c😀");
T(() => util.toUSVString(5),
  "5");

// %s of objects whose class is not an engine built-in uses their toString.
if (typeof Buffer === 'function') assert.strictEqual(util.format('%s', Buffer.from('ab')), 'ab');
if (typeof URL === 'function') assert.strictEqual(util.format('%s', new URL('http://x')), 'http://x/');
