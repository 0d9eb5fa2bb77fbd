'use strict';
// URLSearchParams: constructors, methods, serialization, the live link
// with a URL, iteration, inspection and bad input.
const assert = require('assert');
const util = require('util');

const entries = (p) => [...p];

// Constructors.
assert.deepStrictEqual(entries(new URLSearchParams()), []);
assert.deepStrictEqual(entries(new URLSearchParams(undefined)), []);
assert.deepStrictEqual(entries(new URLSearchParams(null)), []);
assert.deepStrictEqual(entries(new URLSearchParams('?a=b&&c&=d&e=')),
  [['a', 'b'], ['c', ''], ['', 'd'], ['e', '']]);
assert.deepStrictEqual(entries(new URLSearchParams('a=b=c&x=%zz+%41&%F0%9F%98%80=%E4%B8')),
  [['a', 'b=c'], ['x', '%zz A'], ['😀', '\uFFFD']]);
assert.deepStrictEqual(entries(new URLSearchParams(123)), [['123', '']]);
assert.deepStrictEqual(entries(new URLSearchParams([['a', 1], new Set(['b', 'c'])])), [['a', '1'], ['b', 'c']]);
assert.deepStrictEqual(entries(new URLSearchParams(new Map([['x', 'y']]))), [['x', 'y']]);
assert.deepStrictEqual(entries(new URLSearchParams({ a: 1, b: [1, 2], c: undefined })),
  [['a', '1'], ['b', '1,2'], ['c', 'undefined']]);
assert.deepStrictEqual(entries(new URLSearchParams(new URLSearchParams('q=1'))), [['q', '1']]);
assert.deepStrictEqual(entries(new URLSearchParams(function f() {})), []);
// Lone surrogates become U+FFFD everywhere.
assert.strictEqual(new URLSearchParams('a=\uD800').toString(), 'a=%EF%BF%BD');
assert.strictEqual(new URLSearchParams([['\uD800', '\uDC00x']]).toString(), '%EF%BF%BD=%EF%BF%BDx');
assert.strictEqual(new URLSearchParams({ '\uD800': 'v' }).get('\uFFFD'), 'v');

// Bad constructor input.
assert.throws(() => new URLSearchParams([['a']]), {
  name: 'TypeError', code: 'ERR_INVALID_TUPLE',
  message: 'Each query pair must be an iterable [name, value] tuple',
});
assert.throws(() => new URLSearchParams([1]), { code: 'ERR_INVALID_TUPLE' });
assert.throws(() => new URLSearchParams([['a', 'b', 'c']]), { code: 'ERR_INVALID_TUPLE' });
assert.throws(() => new URLSearchParams({ [Symbol.iterator]: 5 }), {
  name: 'TypeError', code: 'ERR_ARG_NOT_ITERABLE', message: 'Query pairs must be iterable',
});
assert.throws(() => URLSearchParams(), TypeError);

// Methods.
{
  const p = new URLSearchParams('a=1&b=2&a=3');
  assert.strictEqual(p.size, 3);
  assert.strictEqual(p.get('a'), '1');
  assert.strictEqual(p.get('zz'), null);
  assert.deepStrictEqual(p.getAll('a'), ['1', '3']);
  assert.deepStrictEqual(p.getAll('zz'), []);
  assert.strictEqual(p.has('b'), true);
  assert.strictEqual(p.has('a', '3'), true);
  assert.strictEqual(p.has('a', '9'), false);
  assert.strictEqual(p.has('a', undefined), true);
  p.append('c', 4);
  assert.strictEqual(p.toString(), 'a=1&b=2&a=3&c=4');
  p.set('a', 'x');
  assert.strictEqual(p.toString(), 'a=x&b=2&c=4');
  p.set('d', 'y');
  assert.strictEqual(p.toString(), 'a=x&b=2&c=4&d=y');
  p.append('b', 5);
  p.delete('b', '2');
  assert.strictEqual(p.toString(), 'a=x&c=4&d=y&b=5');
  p.delete('b');
  p.delete('nothing');
  assert.strictEqual(p.toString(), 'a=x&c=4&d=y');
  p.delete('a', undefined);
  assert.strictEqual(p.toString(), 'c=4&d=y');
}

// Serialization: application/x-www-form-urlencoded.
assert.strictEqual(new URLSearchParams({ '~!\'()*': ' ' }).toString(), '%7E%21%27%28%29*=+');
assert.strictEqual(new URLSearchParams({ k: 'a b&c=d/é€😀' }).toString(), 'k=a+b%26c%3Dd%2F%C3%A9%E2%82%AC%F0%9F%98%80');
assert.strictEqual(new URLSearchParams('a=b c&d=%20+').toString(), 'a=b+c&d=++');
assert.strictEqual(new URLSearchParams('a=b c&d=%20+').get('d'), '  ');
assert.strictEqual(new URLSearchParams({ 'az-AZ.09_*': '' }).toString(), 'az-AZ.09_*=');

// sort(): stable, by UTF-16 code units.
{
  const p = new URLSearchParams('z=1&a=2&ä=3&A=4&\uD83D\uDE00=5&\uFFFF=6&a=0');
  p.sort();
  assert.deepStrictEqual([...p.keys()], ['A', 'a', 'a', 'z', 'ä', '😀', '\uFFFF']);
  assert.deepStrictEqual(p.getAll('a'), ['2', '0']);
}

// Iteration: live, with keys/values/entries and forEach.
{
  const p = new URLSearchParams('a=1&b=2&c=3');
  assert.strictEqual(p[Symbol.iterator], p.entries);
  assert.deepStrictEqual([...p.keys()], ['a', 'b', 'c']);
  assert.deepStrictEqual([...p.values()], ['1', '2', '3']);
  const seen = [];
  for (const [k] of p) {
    seen.push(k);
    if (k === 'a') p.delete('a');
  }
  assert.deepStrictEqual(seen, ['a', 'c']);
  const calls = [];
  const thisArg = {};
  p.forEach(function f(v, k, obj) { calls.push([v, k, obj === p, this === thisArg]); }, thisArg);
  assert.deepStrictEqual(calls, [['2', 'b', true, true], ['3', 'c', true, true]]);
  const it = p.keys();
  assert.strictEqual(Object.prototype.toString.call(it), '[object URLSearchParams Iterator]');
  assert.deepStrictEqual(it.next(), { value: 'b', done: false });
  assert.deepStrictEqual(it.next(), { value: 'c', done: false });
  assert.deepStrictEqual(it.next(), { value: undefined, done: true });
  const iterProto = Object.getPrototypeOf(it);
  assert.deepStrictEqual(Object.getOwnPropertyNames(iterProto), ['next']);
  assert.strictEqual(Object.getPrototypeOf(iterProto), Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]())));
  assert.throws(() => iterProto.next.call({}), {
    code: 'ERR_INVALID_THIS', message: 'Value of "this" must be of type URLSearchParamsIterator',
  });
}

// Missing arguments, wrong callbacks, wrong receivers.
{
  const p = new URLSearchParams();
  assert.throws(() => p.append('a'), { code: 'ERR_MISSING_ARGS',
    message: 'The "name" and "value" arguments must be specified' });
  assert.throws(() => p.set('a'), { code: 'ERR_MISSING_ARGS' });
  for (const m of ['get', 'getAll', 'has', 'delete']) {
    assert.throws(() => p[m](), { code: 'ERR_MISSING_ARGS', message: 'The "name" argument must be specified' }, m);
  }
  assert.throws(() => p.forEach(), { code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "callback" argument must be of type function. Received undefined' });
  assert.throws(() => p.forEach(5), { code: 'ERR_INVALID_ARG_TYPE' });
  for (const m of ['get', 'toString', 'entries', 'keys', 'values', 'sort', 'append']) {
    assert.throws(() => URLSearchParams.prototype[m].call({}, 'a', 'b'), {
      code: 'ERR_INVALID_THIS', message: 'Value of "this" must be of type URLSearchParams',
    }, m);
  }
  assert.throws(() => URLSearchParams.prototype.size, { code: 'ERR_INVALID_THIS' });
}

// The class.
{
  const names = Object.getOwnPropertyNames(URLSearchParams.prototype);
  for (const n of ['size', 'append', 'delete', 'get', 'getAll', 'has', 'set', 'sort', 'entries',
    'forEach', 'keys', 'values', 'toString']) {
    assert.ok(names.includes(n), n);
    assert.strictEqual(Object.getOwnPropertyDescriptor(URLSearchParams.prototype, n).enumerable, true, n);
  }
  assert.strictEqual(Object.prototype.toString.call(new URLSearchParams()), '[object URLSearchParams]');
  assert.strictEqual(URLSearchParams.prototype.append.length, 2);
  assert.strictEqual(URLSearchParams.prototype.delete.length, 1);
  assert.strictEqual(URLSearchParams.prototype.has.length, 1);
  assert.strictEqual(URLSearchParams.length, 0);
}

// The live link with a URL, both ways.
{
  const u = new URL('http://x/?a=1#f');
  const p = u.searchParams;
  assert.strictEqual(p, u.searchParams);
  p.append('b', '2 3');
  assert.strictEqual(u.href, 'http://x/?a=1&b=2+3#f');
  u.search = '?z=9';
  assert.deepStrictEqual(entries(p), [['z', '9']]);
  u.href = 'http://y/?k=v';
  assert.deepStrictEqual(entries(p), [['k', 'v']]);
  p.delete('k');
  assert.strictEqual(u.href, 'http://y/');
  assert.strictEqual(u.search, '');
  p.sort();
  assert.strictEqual(u.href, 'http://y/');
  const v = new URL('http://x/?b=1&a=2');
  v.searchParams.sort();
  assert.strictEqual(v.search, '?a=2&b=1');
  const w = new URL('http://x/?q=%7e+%20');
  assert.strictEqual(w.searchParams.get('q'), '~  ');
  w.searchParams.set('q', 'x');
  assert.strictEqual(w.href, 'http://x/?q=x');
  assert.strictEqual(new URL('http://x/?').searchParams.size, 0);
}

// util.inspect as Node prints it.
assert.strictEqual(util.inspect(new URLSearchParams()), 'URLSearchParams {}');
assert.strictEqual(util.inspect(new URLSearchParams('a=1&b=2')), "URLSearchParams { 'a' => '1', 'b' => '2' }");
assert.strictEqual(util.inspect(new URLSearchParams([['a', "it's"], ['\n', 'x']])),
  "URLSearchParams { 'a' => \"it's\", '\\n' => 'x' }");
assert.strictEqual(util.inspect(new URLSearchParams(
  'aaaaaaaaaa=bbbbbbbbbbbbbbb&cccccccccccccc=dddddddddddddddd&eeeeeeeeeeeeee=ffffffffffffff&g=h')),
`URLSearchParams {
  'aaaaaaaaaa' => 'bbbbbbbbbbbbbbb',
  'cccccccccccccc' => 'dddddddddddddddd',
  'eeeeeeeeeeeeee' => 'ffffffffffffff',
  'g' => 'h' }`);
assert.strictEqual(util.inspect({ x: { y: new URLSearchParams('a=1') } }, { depth: 0 }), '{ x: [Object] }');
{
  const it = new URLSearchParams('a=1&b=2').keys();
  assert.strictEqual(util.inspect(it), "URLSearchParams Iterator { 'a', 'b' }");
  it.next();
  assert.strictEqual(util.inspect(it), "URLSearchParams Iterator { 'b' }");
  it.next();
  assert.strictEqual(util.inspect(it), 'URLSearchParams Iterator {  }');
  assert.strictEqual(util.inspect(new URLSearchParams('a=1').entries()), "URLSearchParams Iterator { [ 'a', '1' ] }");
}
