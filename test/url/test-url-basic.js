'use strict';
// WHATWG URL: construction, components, origin, serialization, static
// methods, errors and the shape of the class.
const assert = require('assert');
const util = require('util');

// Components of a full URL.
{
  const u = new URL('https://user:pw@example.com:8080/a/b?x=1&y=2#h');
  assert.strictEqual(u.href, 'https://user:pw@example.com:8080/a/b?x=1&y=2#h');
  assert.strictEqual(u.origin, 'https://example.com:8080');
  assert.strictEqual(u.protocol, 'https:');
  assert.strictEqual(u.username, 'user');
  assert.strictEqual(u.password, 'pw');
  assert.strictEqual(u.host, 'example.com:8080');
  assert.strictEqual(u.hostname, 'example.com');
  assert.strictEqual(u.port, '8080');
  assert.strictEqual(u.pathname, '/a/b');
  assert.strictEqual(u.search, '?x=1&y=2');
  assert.strictEqual(u.hash, '#h');
  assert.strictEqual(String(u), u.href);
  assert.strictEqual(u.toString(), u.href);
  assert.strictEqual(u.toJSON(), u.href);
  assert.strictEqual(JSON.stringify({ u }), `{"u":"${u.href}"}`);
}

// Normalization.
assert.strictEqual(new URL('HTTP://EXAMPLE.COM:80/%7e/./a/../b').href, 'http://example.com/%7e/b');
assert.strictEqual(new URL('http://example.com').href, 'http://example.com/');
assert.strictEqual(new URL('  http://x/ \t\n').href, 'http://x/');
assert.strictEqual(new URL('http://x/a b?c d#e f').href, 'http://x/a%20b?c%20d#e%20f');
assert.strictEqual(new URL('http://münchen.de/').hostname, 'xn--mnchen-3ya.de');
assert.strictEqual(new URL('http://0x7f.1/').hostname, '127.0.0.1');
assert.strictEqual(new URL('http://[0:0::1]:81/').host, '[::1]:81');
assert.strictEqual(new URL('file:///C:/x/../y').href, 'file:///C:/y');
assert.strictEqual(new URL('mailto:a@b.c').pathname, 'a@b.c');
assert.strictEqual(new URL('http://x/?q').search, '?q');
assert.strictEqual(new URL('http://x/?').search, '');
assert.strictEqual(new URL('http://x/#').hash, '');
assert.strictEqual(new URL('http://x/?#').href, 'http://x/?#');

// Relative references against a base (string or URL).
assert.strictEqual(new URL('../x?y#z', 'http://a/b/c/d').href, 'http://a/b/x?y#z');
assert.strictEqual(new URL('//h/p', new URL('https://a/b')).href, 'https://h/p');
assert.strictEqual(new URL('?q', 'http://a/b?x#y').href, 'http://a/b?q');
assert.strictEqual(new URL('', 'http://a/b?x#y').href, 'http://a/b?x');
assert.strictEqual(new URL('http://other/', 'http://a/').href, 'http://other/');
// A base is converted to a string even when the input is absolute.
assert.strictEqual(new URL('http://x/', undefined).href, 'http://x/');

// Origins.
assert.strictEqual(new URL('blob:https://a.com/x').origin, 'https://a.com');
assert.strictEqual(new URL('blob:file:///x').origin, 'null');
assert.strictEqual(new URL('file:///x').origin, 'null');
assert.strictEqual(new URL('sc://x/').origin, 'null');
assert.strictEqual(new URL('ftp://x:21/').origin, 'ftp://x');
assert.strictEqual(new URL('ws://a:80').origin, 'ws://a');
assert.strictEqual(new URL('wss://a:444').origin, 'wss://a:444');

// Hosts with an empty or absent authority.
{
  const u = new URL('sc:/p');
  assert.strictEqual(u.host, '');
  assert.strictEqual(u.hostname, '');
  assert.strictEqual(u.username, '');
  assert.strictEqual(u.password, '');
  assert.strictEqual(u.port, '');
  assert.strictEqual(u.pathname, '/p');
  const v = new URL('web+demo:/.//not-a-host/');
  assert.strictEqual(v.pathname, '//not-a-host/');
  assert.strictEqual(v.host, '');
  assert.strictEqual(new URL('http://:pw@x/').username, '');
  assert.strictEqual(new URL('http://:pw@x/').password, 'pw');
  assert.strictEqual(new URL('http://us@x/').password, '');
}

// Bad input: TypeError ERR_INVALID_URL with `input` (and `base`).
for (const [input, base] of [['foo'], ['http://[::1/'], ['http://x:65536/'], ['http://a b/'],
  ['https://'], ['x', 'nope'], ['x', 'sc:opaque'], [''], ['http://%zz/'], ['http://xn--a/']]) {
  assert.throws(() => new URL(input, base), (err) => {
    assert.ok(err instanceof TypeError);
    assert.strictEqual(err.code, 'ERR_INVALID_URL');
    assert.strictEqual(err.message, 'Invalid URL');
    assert.strictEqual(err.input, input);
    if (base !== undefined) assert.strictEqual(err.base, base);
    else assert.ok(!('base' in err));
    return true;
  });
}
assert.throws(() => new URL(), { name: 'TypeError', code: 'ERR_MISSING_ARGS',
  message: 'The "url" argument must be specified' });
assert.throws(() => new URL(Symbol('x')), TypeError);
assert.throws(() => URL('http://x'), TypeError);
// Non-strings are converted.
assert.strictEqual(new URL({ toString: () => 'http://obj/' }).href, 'http://obj/');
assert.throws(() => new URL(undefined), { code: 'ERR_INVALID_URL', input: 'undefined' });
assert.throws(() => new URL(null), { code: 'ERR_INVALID_URL', input: 'null' });

// Lone surrogates count as U+FFFD.
assert.strictEqual(new URL('http://x/\uD800?\uDC00#\uD83D').href,
  'http://x/%EF%BF%BD?%EF%BF%BD#%EF%BF%BD');

// URL.canParse and URL.parse.
assert.strictEqual(URL.canParse('http://x'), true);
assert.strictEqual(URL.canParse('x'), false);
assert.strictEqual(URL.canParse('x', 'http://a/'), true);
assert.strictEqual(URL.canParse('x', 'nope'), false);
assert.strictEqual(URL.canParse('http://x', undefined), true);
assert.throws(() => URL.canParse(), { code: 'ERR_MISSING_ARGS' });
assert.strictEqual(URL.parse('nope'), null);
assert.strictEqual(URL.parse('a', 'http://x/b').href, 'http://x/a');
assert.ok(URL.parse('http://x') instanceof URL);
assert.throws(() => URL.parse(), { code: 'ERR_MISSING_ARGS' });
assert.strictEqual(URL.canParse.length, 1);
assert.strictEqual(URL.parse.length, 1);
assert.strictEqual(URL.length, 1);

// Long inputs take the same path.
{
  const long = `http://x/${'a'.repeat(20000)}?${'b'.repeat(20000)}`;
  assert.strictEqual(new URL(long).href, long);
  assert.strictEqual(new URL(`${long} `).href, long);
  assert.strictEqual(URL.canParse(long), true);
  assert.strictEqual(new URL('c', long).href, 'http://x/c');
}

// The class: WebIDL attributes and operations are enumerable accessors.
{
  const names = Object.getOwnPropertyNames(URL.prototype);
  for (const n of ['href', 'origin', 'protocol', 'username', 'password', 'host', 'hostname', 'port',
    'pathname', 'search', 'searchParams', 'hash', 'toString', 'toJSON']) {
    assert.ok(names.includes(n), n);
    assert.strictEqual(Object.getOwnPropertyDescriptor(URL.prototype, n).enumerable, true, n);
  }
  const href = Object.getOwnPropertyDescriptor(URL.prototype, 'href');
  assert.strictEqual(typeof href.get, 'function');
  assert.strictEqual(typeof href.set, 'function');
  assert.strictEqual(Object.getOwnPropertyDescriptor(URL.prototype, 'origin').set, undefined);
  assert.strictEqual(Object.prototype.toString.call(new URL('http://x')), '[object URL]');
  assert.deepStrictEqual(Object.keys(new URL('http://x')), []);
  for (const n of ['canParse', 'parse', 'createObjectURL', 'revokeObjectURL']) {
    assert.strictEqual(typeof URL[n], 'function', n);
  }
  // Getters on other objects throw.
  assert.throws(() => href.get.call({}), TypeError);
  assert.throws(() => URL.prototype.toString.call({}), TypeError);
}

// Blob URLs need a Blob.
assert.throws(() => URL.createObjectURL({}), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => URL.revokeObjectURL(), { code: 'ERR_MISSING_ARGS' });
assert.strictEqual(URL.revokeObjectURL('blob:nodedata:nothing'), undefined);
{
  const { Blob } = require('buffer');
  const id = URL.createObjectURL(new Blob(['x']));
  assert.match(id, /^blob:nodedata:[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  assert.strictEqual(new URL(id).origin, 'null');
  URL.revokeObjectURL(id);
}

// Subclasses.
{
  class MyURL extends URL {
    get extra() { return 1; }
  }
  const m = new MyURL('http://b/');
  assert.strictEqual(m.href, 'http://b/');
  assert.strictEqual(m.extra, 1);
  assert.ok(util.inspect(m).startsWith('MyURL {'));
  // URL.parse makes a URL, whatever the class it is called on.
  assert.strictEqual(Object.getPrototypeOf(MyURL.parse('http://c/')), URL.prototype);
}

// util.inspect, as Node prints it.
{
  const u = new URL('https://user:pw@example.com:8080/a/b?x=1&y=2#h');
  assert.strictEqual(util.inspect(u), `URL {
  href: 'https://user:pw@example.com:8080/a/b?x=1&y=2#h',
  origin: 'https://example.com:8080',
  protocol: 'https:',
  username: 'user',
  password: 'pw',
  host: 'example.com:8080',
  hostname: 'example.com',
  port: '8080',
  pathname: '/a/b',
  search: '?x=1&y=2',
  searchParams: URLSearchParams { 'x' => '1', 'y' => '2' },
  hash: '#h'
}`);
  assert.strictEqual(util.inspect({ a: { b: { c: u } } }), '{ a: { b: { c: URL {} } } }');
  assert.match(util.inspect(u, { depth: 0 }), /searchParams: \[Object\]/);
}

// domainToASCII/domainToUnicode read the domain as a URL's hostname setter
// does, as Node: it ends at '/', '?', '#' or '\'.
{
  const url = require('url');
  const cases = [['EXAMPLE.com/x', 'example.com', 'example.com'], ['Ä.com/x', 'xn--4ca.com', 'ä.com'],
    ['münchen.de#x', 'xn--mnchen-3ya.de', 'münchen.de'], ['a?b', 'a', 'a'], ['a\\b', 'a', 'a'],
    ['[::1]/x', '[::1]', '[::1]'], ['/a', '', ''], ['a:80', '', ''], ['a\t/b', 'a', 'a']];
  for (const [input, ascii, unicode] of cases) {
    assert.strictEqual(url.domainToASCII(input), ascii, input);
    assert.strictEqual(url.domainToUnicode(input), unicode, input);
  }
}
