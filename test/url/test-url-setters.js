'use strict';
// URL setters: each component, what each ignores, and the href setter's
// error. (The WPT data in test-url-wpt.js covers the Standard's corners.)
const assert = require('assert');

const u = new URL('http://x/');
u.protocol = 'https';
assert.strictEqual(u.href, 'https://x/');
u.protocol = 'sc'; // special to non-special: ignored
assert.strictEqual(u.protocol, 'https:');
u.protocol = 'ws:foo'; // after ':' is ignored
assert.strictEqual(u.protocol, 'ws:');
u.protocol = '1x'; // not a scheme
assert.strictEqual(u.protocol, 'ws:');

u.username = 'us er@';
u.password = 'p:w';
assert.strictEqual(u.href, 'ws://us%20er%40:p%3Aw@x/');
u.username = '';
u.password = '';
assert.strictEqual(u.href, 'ws://x/');

u.host = 'example.com:81';
assert.strictEqual(u.host, 'example.com:81');
u.host = ''; // special: an empty host is refused
assert.strictEqual(u.host, 'example.com:81');
u.hostname = 'other:99'; // hostname ignores ports
assert.strictEqual(u.host, 'example.com:81');
u.hostname = 'other';
assert.strictEqual(u.host, 'other:81');
u.host = 'a b'; // invalid host: ignored
assert.strictEqual(u.hostname, 'other');

u.port = '80'; // the default port of ws
assert.strictEqual(u.port, '');
u.port = 8080;
assert.strictEqual(u.port, '8080');
u.port = '12ab';
assert.strictEqual(u.port, '12');
u.port = 'ab';
assert.strictEqual(u.port, '12');
u.port = 65536;
assert.strictEqual(u.port, '12');
u.port = '';
assert.strictEqual(u.port, '');

u.pathname = 'a b/../c?#';
assert.strictEqual(u.pathname, '/c%3F%23');
u.search = 'q=1 2';
assert.strictEqual(u.search, '?q=1%202');
u.search = '?';
assert.strictEqual(u.href, 'ws://other/c%3F%23?');
u.search = '';
assert.strictEqual(u.href, 'ws://other/c%3F%23');
u.hash = 'h i';
assert.strictEqual(u.hash, '#h%20i');
u.hash = '';
assert.strictEqual(u.href, 'ws://other/c%3F%23');

// Values are converted to strings.
u.pathname = 5;
assert.strictEqual(u.pathname, '/5');
u.hash = undefined;
assert.strictEqual(u.hash, '#undefined');

// Opaque paths and hostless URLs ignore what they cannot have.
{
  const o = new URL('mailto:a@b');
  o.pathname = 'x';
  o.host = 'h';
  o.username = 'u';
  o.port = '1';
  assert.strictEqual(o.href, 'mailto:a@b');
  const f = new URL('file:///p');
  f.username = 'u';
  f.port = '1';
  assert.strictEqual(f.href, 'file:///p');
  f.host = 'h';
  assert.strictEqual(f.href, 'file://h/p');
  f.host = 'localhost';
  assert.strictEqual(f.href, 'file:///p');
}

// href: a whole new URL, or a TypeError that leaves the URL as it was.
{
  const h = new URL('http://a/?x=1');
  const params = h.searchParams;
  h.href = 'https://b/c?y=2';
  assert.strictEqual(h.hostname, 'b');
  assert.strictEqual(params.get('y'), '2');
  assert.throws(() => { h.href = 'not a url'; }, (err) => {
    assert.ok(err instanceof TypeError);
    assert.strictEqual(err.code, 'ERR_INVALID_URL');
    assert.strictEqual(err.message, 'Invalid URL');
    assert.strictEqual(err.input, 'not a url');
    return true;
  });
  assert.strictEqual(h.href, 'https://b/c?y=2');
}

// Setters on a non-URL throw.
for (const name of ['href', 'protocol', 'host', 'search', 'hash']) {
  const { set } = Object.getOwnPropertyDescriptor(URL.prototype, name);
  assert.throws(() => set.call({}, 'x'), TypeError, name);
}

// Many setters in a row stay consistent with a fresh parse.
{
  const s = new URL('http://user:pw@host.com:8080/p/q?x=1#f');
  s.hostname = 'EXAMPLE.org';
  s.port = '443';
  s.protocol = 'https';
  s.pathname = '/a/./b/../c';
  s.search = 'a=1&b=2';
  s.hash = 'top';
  assert.strictEqual(s.href, 'https://user:pw@example.org/a/c?a=1&b=2#top');
  assert.strictEqual(new URL(s.href).href, s.href);
  assert.strictEqual(s.port, '');
  assert.strictEqual(s.origin, 'https://example.org');
}
