'use strict';
// querystring.parse as node reads the text (see lib/querystring.js):
// 3,000 random inputs over separators, '=' strings, maxKeys and decoders,
// against node's results (test/fixtures/querystring, made by node), and
// the rules that the cases show one by one.
const assert = require('assert');
const qs = require('querystring');
const cases = require('../fixtures/querystring/parse-cases.json');
const { options } = require('../fixtures/querystring/parse-options');

let differ = 0;
for (const [s, sep, eq, opt, expected] of cases) {
  const got = Object.entries(qs.parse(s, sep ?? undefined, eq ?? undefined, options[opt]));
  try {
    assert.deepStrictEqual(got, expected);
  } catch (err) {
    if (++differ <= 5) console.error(JSON.stringify([s, sep, eq, opt]), JSON.stringify(got), JSON.stringify(expected));
  }
}
assert.strictEqual(differ, 0, `${differ} of ${cases.length} differ from node`);

const entries = (...args) => Object.entries(qs.parse(...args));
// A character that breaks a separator's match is not a separator's start.
assert.deepStrictEqual(entries('aaab', 'aab'), [['aaab', '']]);
assert.deepStrictEqual(entries('xaabx', 'aab'), [['x', ['', '']]]);
// Characters counted toward a separator are not '=' ...
assert.deepStrictEqual(entries('aXXbXc', 'XX', 'X'), [['a', ''], ['bXc', '']]);
// ... nor part of an escape.
assert.deepStrictEqual(entries('%41', '10'), [['%41', '']]);
assert.deepStrictEqual(entries('a=%41&b=%42'), [['a', 'A'], ['b', 'B']]);
// An empty separator splits nothing, and the value stays empty.
assert.deepStrictEqual(entries('a=1&b=2', []), [['a', '']]);
// maxKeys: 1000 by default, counting empty pairs; 0 or less is no limit.
const many = Array.from({ length: 1500 }, (_, i) => `k${i}=${i}`).join('&');
assert.strictEqual(Object.keys(qs.parse(many)).length, 1000);
assert.strictEqual(Object.keys(qs.parse(many, null, null, { maxKeys: 0 })).length, 1500);
assert.strictEqual(Object.keys(qs.parse(many, null, null, { maxKeys: -5 })).length, 1500);
assert.deepStrictEqual(entries('&&a=1&b=2', '&', '=', { maxKeys: 3 }), [['a', '1']]);
// A replaced querystring.unescape is the decoder; '+' reaches it as '%20'.
const saved = qs.unescape;
qs.unescape = (s) => `[${s}]`;
try {
  assert.deepStrictEqual(entries('a+b=c'), [['[a%20b]', '[c]']]);
} finally {
  qs.unescape = saved;
}
assert.deepStrictEqual(entries('a+b=c'), [['a b', 'c']]);
// Separators are converted with String() (a Symbol too).
assert.deepStrictEqual(entries('aSymbol(s)b', Symbol('s')), [['a', ''], ['b', '']]);
// unescapeBuffer without a string reads its length as node does.
assert.throws(() => qs.unescapeBuffer(), (err) => err instanceof TypeError && err.code === undefined);
assert.throws(() => qs.unescapeBuffer(5), { code: 'ERR_INVALID_ARG_TYPE' });
