'use strict';
// node:querystring: parse (separators, maxKeys, decoders), stringify
// (value types, encoders), escape/unescape/unescapeBuffer and bad input.
const assert = require('assert');
const qs = require('querystring');

const plain = (o) => ({ ...o });

assert.deepStrictEqual(Object.keys(qs), ['unescapeBuffer', 'unescape', 'escape', 'stringify', 'encode', 'parse', 'decode']);
assert.strictEqual(qs.decode, qs.parse);
assert.strictEqual(qs.encode, qs.stringify);

// parse
{
  const r = qs.parse('a=1&b=2&a=3&c&=d&e=&&f=%zz&g=%E4%B8%AD+x&h+i=j');
  assert.strictEqual(Object.getPrototypeOf(r), null);
  assert.deepStrictEqual(plain(r), { a: ['1', '3'], b: '2', c: '', '': 'd', e: '', f: '%zz', g: '中 x', 'h i': 'j' });
}
assert.deepStrictEqual(plain(qs.parse('a:1;b:2', ';', ':')), { a: '1', b: '2' });
assert.deepStrictEqual(plain(qs.parse('a==1', '&', '==')), { a: '1' });
assert.deepStrictEqual(plain(qs.parse('a=b=c')), { a: 'b=c' });
assert.deepStrictEqual(plain(qs.parse('a[]=1&a[]=2')), { 'a[]': ['1', '2'] });
assert.deepStrictEqual(plain(qs.parse('__proto__=1&constructor=2')), { ['__proto__']: '1', constructor: '2' });
assert.deepStrictEqual(plain(qs.parse('%E4=1&%=2&%%=3&%a=4')), { '\uFFFD': '1', '%': '2', '%%': '3', '%a': '4' });
assert.deepStrictEqual(plain(qs.parse('a=%C3%A9%')), { a: 'é%' });
assert.deepStrictEqual(plain(qs.parse('a=é%zz')), { a: 'é%zz' });
assert.deepStrictEqual(plain(qs.parse('a%20=%2B')), { 'a ': '+' });
assert.deepStrictEqual(plain(qs.parse('  a = 1 ')), { '  a ': ' 1 ' });
assert.deepStrictEqual(plain(qs.parse('a=1', '', '')), { a: '1' });
// maxKeys counts separators, empty pairs included; 0 means no limit.
assert.deepStrictEqual(plain(qs.parse('a=1&b=2&c=3', null, null, { maxKeys: 2 })), { a: '1', b: '2' });
assert.deepStrictEqual(plain(qs.parse('a=1&a=2&b=3', null, null, { maxKeys: 2 })), { a: ['1', '2'] });
assert.deepStrictEqual(plain(qs.parse('&&a=1', null, null, { maxKeys: 2 })), {});
assert.deepStrictEqual(plain(qs.parse('a=1&b=2&c=3', null, null, { maxKeys: 0 })), { a: '1', b: '2', c: '3' });
assert.deepStrictEqual(plain(qs.parse('a=1&b=2', null, null, { maxKeys: '1' })), { a: '1', b: '2' });
// A custom decoder sees '+' as %20; when it throws, the default decodes.
assert.deepStrictEqual(plain(qs.parse('a+b=1+2', null, null, { decodeURIComponent: (s) => s })), { 'a%20b': '1%202' });
assert.deepStrictEqual(plain(qs.parse('a=%41', null, null, { decodeURIComponent: (s) => s.toUpperCase() })), { A: '%41' });
assert.deepStrictEqual(plain(qs.parse('a=%41', null, null, { decodeURIComponent() { throw new Error('x'); } })), { a: 'A' });
assert.deepStrictEqual(plain(qs.parse('a=%41', null, null, { decodeURIComponent: 5 })), { a: 'A' });
// Not a string: an empty object.
for (const v of [5, undefined, null, {}, '']) assert.deepStrictEqual(plain(qs.parse(v)), {});

// stringify
assert.strictEqual(qs.stringify({ a: 1, b: [1, 2], c: 'x y', d: true, e: null, f: undefined, g: {}, h: 1n, i: NaN, j: Infinity, k: '' }),
  'a=1&b=1&b=2&c=x%20y&d=true&e=&f=&g=&h=1&i=&j=&k=');
assert.strictEqual(qs.stringify({ a: 'é€😀~!*\'()' }), "a=%C3%A9%E2%82%AC%F0%9F%98%80~!*'()");
assert.strictEqual(qs.stringify({ a: 1 }, ';', ':'), 'a:1');
assert.strictEqual(qs.stringify({ a: 1 }, 5, 6), 'a61');
assert.strictEqual(qs.stringify({ a: 1e21, b: -0, c: Symbol('s') }), 'a=1e%2B21&b=0&c=');
assert.strictEqual(qs.stringify({ a: [] }), '');
assert.strictEqual(qs.stringify({ a: [null, undefined, 'x', {}] }), 'a=&a=&a=x&a=');
assert.strictEqual(qs.stringify({ a: 'b' }, null, null, { encodeURIComponent: (s) => `<${s}>` }), '<a>=<b>');
assert.strictEqual(qs.stringify({ 'a b': 'c' }, '&', '=', { encodeURIComponent: qs.unescape }), 'a b=c');
assert.strictEqual(qs.stringify(Object.create({ inherited: 1 }, { own: { value: 2, enumerable: true } })), 'own=2');
for (const v of ['abc', null, undefined, 5, new Map([['a', 1]])]) assert.strictEqual(qs.stringify(v), '');
assert.strictEqual(qs.stringify([1, 2]), '0=1&1=2');
assert.throws(() => qs.stringify({ a: '\uD800' }), { name: 'URIError', code: 'ERR_INVALID_URI', message: 'URI malformed' });

// escape: encodeURIComponent's set; surrogates as Node pairs them.
assert.strictEqual(qs.escape('a b&c/é\uD83D\uDE00'), 'a%20b%26c%2F%C3%A9%F0%9F%98%80');
assert.strictEqual(qs.escape('\u0000\u007f'), '%00%7F');
assert.strictEqual(qs.escape(5), '5');
assert.strictEqual(qs.escape({}), '%5Bobject%20Object%5D');
assert.strictEqual(qs.escape(), 'undefined');
assert.strictEqual(qs.escape('a\uD800b'), 'a%F0%90%81%A2');
for (const bad of ['\uD800', '\uDC00', 'x\uDFFF']) {
  assert.throws(() => qs.escape(bad), { name: 'URIError', code: 'ERR_INVALID_URI', message: 'URI malformed' });
}
assert.throws(() => qs.escape(Symbol('s')), TypeError);

// unescape: decodeURIComponent, or byte-wise when that fails.
assert.strictEqual(qs.unescape('a%20b+c%zz%E4%B8%AD'), 'a b+c%zz中');
assert.strictEqual(qs.unescape('a%20b+c', true), 'a b+c');
assert.strictEqual(qs.unescape('%E4%B8'), '\uFFFD');
assert.strictEqual(qs.unescape('%'), '%');
assert.strictEqual(qs.unescape(5), '5');

// unescapeBuffer: bytes (characters keep their low byte).
assert.deepStrictEqual([...qs.unescapeBuffer('a%20b+c%zz', true)], [97, 32, 98, 32, 99, 37, 122, 122]);
assert.deepStrictEqual([...qs.unescapeBuffer('%E4%B8%AD')], [0xE4, 0xB8, 0xAD]);
assert.deepStrictEqual([...qs.unescapeBuffer('%4g%41')], [0x25, 0x34, 0x67, 0x41]);
assert.deepStrictEqual([...qs.unescapeBuffer('é')], [0xE9]);
assert.ok(Buffer.isBuffer(qs.unescapeBuffer('x')));
assert.throws(() => qs.unescapeBuffer(5), { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE' });

// Round trip.
{
  const obj = { name: 'a b&c', list: ['1', '2'], emoji: '😀', empty: '' };
  assert.deepStrictEqual(plain(qs.parse(qs.stringify(obj))), obj);
}

// A separator or '=' that is empty as a string (e.g. []): no splitting, and
// no endless loop; Node keeps the key up to '=' and an empty value.
assert.deepStrictEqual(plain(qs.parse('a&b', [])), { 'a&b': '' });
assert.deepStrictEqual(plain(qs.parse('a=1&b=2', [], '=')), { a: '' });
assert.deepStrictEqual(plain(qs.parse('a=1&b=2', [], [])), { '': '' });
assert.deepStrictEqual(plain(qs.parse('a%20b=c', { toString: () => '' })), { 'a b': '' });
assert.deepStrictEqual(plain(qs.parse('a=1', '&', [])), { '': 'a=1' });
assert.deepStrictEqual(plain(qs.parse('a,b', [','])), { a: '', b: '' });

// unescapeBuffer of a value that is not a string: as many characters of it
// as its length says, zero bytes past the end of its text (as node).
{
  const hex = (v) => qs.unescapeBuffer(v).toString('hex');
  assert.strictEqual(hex([1, 2, 3]), '312c32');
  assert.strictEqual(hex(Buffer.from('abc')), '616263');
  assert.strictEqual(hex(new Uint16Array([1, 2])), '312c');
  assert.strictEqual(hex({ length: 4, toString() { return 'x%41'; } }), '7841');
  assert.strictEqual(hex({ length: 2, toString() { return 'abcdef'; } }), '6162');
  assert.strictEqual(hex({ length: 5, toString() { return 'ab'; } }), '6162000000');
  assert.throws(() => qs.unescapeBuffer(42), { code: 'ERR_INVALID_ARG_TYPE' });
}
