'use strict';
// The legacy url.parse(), url.format() and url.resolve(), against the
// results Node gives (fields in Url order: protocol, slashes, auth, host,
// port, hostname, hash, search, query, pathname, path, href).
const assert = require('assert');
const url = require('url');

const fields = ['protocol', 'slashes', 'auth', 'host', 'port', 'hostname', 'hash', 'search', 'query',
  'pathname', 'path', 'href'];
const parts = (u) => fields.map((k) => u[k]);

// Quiet the DEP0170 warning some of these URLs trigger (checked below).
const warnings = [];
process.on('warning', (w) => warnings.push(w));

const parseCases = [
  ["http://user:pw@Example.COM:8080/p/a/t/h?query=string#hash",
    ["http:", true, "user:pw", "example.com:8080", "8080", "example.com", "#hash", "?query=string", "query=string", "/p/a/t/h", "/p/a/t/h?query=string", "http://user:pw@example.com:8080/p/a/t/h?query=string#hash"]],
  ["https://a.com",
    ["https:", true, null, "a.com", null, "a.com", null, null, null, "/", "/", "https://a.com/"]],
  ["HTTP://X/Y",
    ["http:", true, null, "x", null, "x", null, null, null, "/Y", "/Y", "http://x/Y"]],
  ["http://a@b@c/",
    ["http:", true, "a@b", "c", null, "c", null, null, null, "/", "/", "http://a%40b@c/"]],
  ["http://x/a\\b?c\\d",
    ["http:", true, null, "x", null, "x", null, "?c%5Cd", "c%5Cd", "/a/b", "/a/b?c%5Cd", "http://x/a/b?c%5Cd"]],
  ["http://x.com/a b<c>\"d`e{f|g}h^i'j",
    ["http:", true, null, "x.com", null, "x.com", null, null, null, "/a%20b%3Cc%3E%22d%60e%7Bf%7Cg%7Dh%5Ei%27j", "/a%20b%3Cc%3E%22d%60e%7Bf%7Cg%7Dh%5Ei%27j", "http://x.com/a%20b%3Cc%3E%22d%60e%7Bf%7Cg%7Dh%5Ei%27j"]],
  ["/a<b",
    [null, null, null, null, null, null, null, null, null, "/a<b", "/a<b", "/a<b"]],
  ["/a b?c d",
    [null, null, null, null, null, null, null, "?c%20d", "c%20d", "/a%20b", "/a%20b?c%20d", "/a%20b?c%20d"]],
  ["//x/y",
    [null, null, null, null, null, null, null, null, null, "//x/y", "//x/y", "//x/y"]],
  ["x//y",
    [null, null, null, null, null, null, null, null, null, "x//y", "x//y", "x//y"]],
  ["?q#h",
    [null, null, null, null, null, null, "#h", "?q", "q", null, "?q", "?q#h"]],
  ["#h",
    [null, null, null, null, null, null, "#h", null, null, null, null, "#h"]],
  ["mailto:a@b.com",
    ["mailto:", null, "a", "b.com", null, "b.com", null, null, null, null, null, "mailto:a@b.com"]],
  ["javascript:alert(1) x",
    ["javascript:", null, null, null, null, null, null, null, null, "alert(1) x", "alert(1) x", "javascript:alert(1) x"]],
  ["JavaScript://x",
    ["javascript:", null, null, null, null, null, null, null, null, "//x", "//x", "javascript://x"]],
  ["file:///etc/passwd",
    ["file:", true, null, "", null, "", null, null, null, "/etc/passwd", "/etc/passwd", "file:///etc/passwd"]],
  ["file:x",
    ["file:", null, null, null, null, null, null, null, null, "x", "x", "file://x"]],
  ["http:x",
    ["http:", null, null, null, null, null, null, null, null, "x", "x", "http:x"]],
  ["HTTP:foo",
    ["http:", null, null, "foo", null, "foo", null, null, null, "/", "/", "http://foo/"]],
  ["http://[::1]:80/x",
    ["http:", true, null, "[::1]:80", "80", "::1", null, null, null, "/x", "/x", "http://[::1]:80/x"]],
  ["http://a:/",
    ["http:", true, null, "a", null, "a", null, null, null, "/", "/", "http://a/"]],
  ["http://x.com:8080",
    ["http:", true, null, "x.com:8080", "8080", "x.com", null, null, null, "/", "/", "http://x.com:8080/"]],
  ["http://üx.com/",
    ["http:", true, null, "xn--x-dha.com", null, "xn--x-dha.com", null, null, null, "/", "/", "http://xn--x-dha.com/"]],
  ["http://a..b/",
    ["http:", true, null, "a..b", null, "a..b", null, null, null, "/", "/", "http://a..b/"]],
  ["http://x_y.com/",
    ["http:", true, null, "x_y.com", null, "x_y.com", null, null, null, "/", "/", "http://x_y.com/"]],
  ["http://a b.com/",
    ["http:", true, null, "a", null, "a", null, null, null, "%20b.com/", "%20b.com/", "http://a/%20b.com/"]],
  ["http://\tx.com/",
    ["http:", true, null, "x.com", null, "x.com", null, null, null, "/", "/", "http://x.com/"]],
  ["http://x.com\t/a",
    ["http:", true, null, "x.com", null, "x.com", null, null, null, "/a", "/a", "http://x.com/a"]],
  ["http://x.com/a\tb",
    ["http:", true, null, "x.com", null, "x.com", null, null, null, "/a%09b", "/a%09b", "http://x.com/a%09b"]],
  ["  http://x/ ﻿",
    ["http:", true, null, "x", null, "x", null, null, null, "/", "/", "http://x/"]],
  ["x:y",
    ["x:", null, null, "y", null, "y", null, null, null, null, null, "x:y"]],
  ["",
    [null, null, null, null, null, null, null, null, null, null, null, ""]],
  ["git+ssh://git@github.com:a/b.git",
    ["git+ssh:", true, "git", "github.com", null, "github.com", null, null, null, "/:a/b.git", "/:a/b.git", "git+ssh://git@github.com/:a/b.git"]],
  ["data:text/plain,hi",
    ["data:", null, null, "text", null, "text", null, null, null, "/plain,hi", "/plain,hi", "data:text/plain,hi"]],
  ["http://%E2%98%83.com/",
    ["http:", true, null, "", null, "", null, null, null, "%E2%98%83.com/", "%E2%98%83.com/", "http:///%E2%98%83.com/"]],
  ["http://x/%zz",
    ["http:", true, null, "x", null, "x", null, null, null, "/%zz", "/%zz", "http://x/%zz"]],
  ["https://a.com:443/",
    ["https:", true, null, "a.com:443", "443", "a.com", null, null, null, "/", "/", "https://a.com:443/"]],
  ["http://x:00080/",
    ["http:", true, null, "x:00080", "00080", "x", null, null, null, "/", "/", "http://x:00080/"]],
  ["http://abcccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccc.com/",
    ["http:", true, null, "", null, "", null, null, null, "/", "/", "http:///"]],
];
for (const [input, want] of parseCases) {
  const u = url.parse(input);
  assert.ok(u instanceof url.Url);
  assert.deepStrictEqual(parts(u), want, input);
}

const queryCases = [
  ["http://x/?a=1&a=2&b=%41", "?a=1&a=2&b=%41", {"a": ["1", "2"], "b": "A"}],
  ["http://x/", null, {}],
  ["/p?x=y", "?x=y", {"x": "y"}],
  ["?", "?", {}],
];
for (const [input, search, query] of queryCases) {
  const u = url.parse(input, true);
  assert.strictEqual(u.search, search, input);
  assert.strictEqual(Object.getPrototypeOf(u.query), null);
  assert.deepStrictEqual({ ...u.query }, query, input);
}

const slashesDenoteHostCases = [
  ["//x/y",
    [null, true, null, "x", null, "x", null, null, null, "/y", "/y", "//x/y"]],
  ["//a@b/c",
    [null, true, "a", "b", null, "b", null, null, null, "/c", "/c", "//a@b/c"]],
  ["/x",
    [null, null, null, null, null, null, null, null, null, "/x", "/x", "/x"]],
  ["x",
    [null, null, null, null, null, null, null, null, null, "x", "x", "x"]],
];
for (const [input, want] of slashesDenoteHostCases) {
  assert.deepStrictEqual(parts(url.parse(input, false, true)), want, input);
}

const resolveCases = [
  ["http://a/b/c/d;p?q", "g", "http://a/b/c/g"],
  ["http://a/b/c/d;p?q", "../g", "http://a/b/g"],
  ["http://a/b/c/d;p?q", "//g", "http://g/"],
  ["http://a/b/c/d;p?q", "?y", "http://a/b/c/d;p?y"],
  ["http://a/b/c/d;p?q", "#s", "http://a/b/c/d;p?q#s"],
  ["http://a/b/c/d;p?q", "", "http://a/b/c/d;p?q"],
  ["http://a/b/c/d;p?q", "../../../../g", "http://a/g"],
  ["http://a/b/c/d;p?q", "g;x=1/../y", "http://a/b/c/y"],
  ["http://a/b/c/d;p?q", "./g/.", "http://a/b/c/g/"],
  ["mailto:local1@domain1", "local2@domain2", "mailto:local2@domain2"],
  ["http://example.com/b//c//d;p?q#blarg", "https:/p/a/t/h?s#hash2", "https://p/a/t/h?s#hash2"],
  ["http://x/a", "https:y", "https://y/"],
  ["http://x/a", "mailto:a@b", "mailto:a@b"],
  ["/foo/bar/baz", "quux/baz", "/foo/bar/quux/baz"],
  ["foo/bar", "../../../baz", "../../baz"],
  ["http://u:p@x/a", "//y/b", "http://y/b"],
  ["http://x/a/", ".", "http://x/a/"],
  ["http://x", "a", "http://x/a"],
  ["", "a", "a"],
  ["a", "", "a"],
  ["file:///a/b", "c", "file:///a/c"],
  ["http://x/a?b#c", "?", "http://x/a?"],
  ["http://x/a?b#c", "#", "http://x/a?b#"],
  ["http://x/a/b", "/c", "http://x/c"],
  ["http://x/a/b", "http://y", "http://y/"],
  ["http://x/a/b", "HTTP://X2/c", "http://x2/c"],
];
for (const [from, to, want] of resolveCases) {
  assert.strictEqual(url.resolve(from, to), want, `${from} + ${to}`);
  if (from) assert.strictEqual(url.resolveObject(from, to).href, want, `${from} + ${to}`);
}
assert.strictEqual(url.resolveObject('', 'a'), 'a');

const formatCases = [
  [{"protocol": "http", "host": "x.com", "pathname": "a b#c?d", "search": "q#r", "hash": "h"}, "http://x.com/a b%23c%3Fd?q%23r#h"],
  [{"protocol": "file", "pathname": "/a"}, "file:///a"],
  [{"protocol": "FILE:", "pathname": "a"}, "FILE:a"],
  [{"hostname": "::1", "port": 80}, "[::1]:80"],
  [{"auth": "a b:c@d", "host": "x"}, "a%20b:c%40d@x"],
  [{"query": {"a": 1, "b": [2, 3]}, "pathname": "/p"}, "/p?a=1&b=2&b=3"],
  [{"search": "", "query": {"a": 1}}, "?a=1"],
  [{"protocol": "mailto", "auth": "x", "hostname": "y.com"}, "mailto:x@y.com"],
  [{"protocol": "mailto:", "slashes": true, "host": "y.com"}, "mailto://y.com"],
  [{"slashes": true, "pathname": "a"}, "///a"],
  [{"host": "h", "pathname": "a"}, "ha"],
  [{"protocol": "sc:", "host": "h", "pathname": "a"}, "sc:ha"],
  [{}, ""],
  [{"href": "ignored", "protocol": "http:", "hostname": "x"}, "http://x"],
  [{"hash": "#a#b", "search": "?a#b"}, "?a%23b#a#b"],
  [{"port": 8080, "host": "x"}, "x"],
  [{"port": 8080, "hostname": "x"}, "x:8080"],
];
for (const [obj, want] of formatCases) {
  assert.strictEqual(url.format(obj), want, JSON.stringify(obj));
}
assert.strictEqual(url.format('http://x.com/a?b#c'), 'http://x.com/a?b#c');
assert.strictEqual(url.parse('http://x/').format(), 'http://x/');
assert.strictEqual(url.parse('http://x/a/b').resolve('../c'), 'http://x/c');

// The Url object.
{
  const u = new url.Url();
  assert.deepStrictEqual(Object.keys(u), fields);
  assert.ok(fields.every((k) => u[k] === null));
  const parsed = url.parse('http://x/');
  assert.strictEqual(url.parse(parsed), parsed);
  assert.strictEqual(parsed.constructor, url.Url);
}

// Bad input.
for (const bad of [5, undefined, null, {}, ['http://x']]) {
  assert.throws(() => url.parse(bad), { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE' });
}
assert.throws(() => url.parse(5), {
  message: 'The "url" argument must be of type string. Received type number (5)',
});
for (const bad of ['http://[::1]x/', 'http://[::1/', 'http://xn--iñvalid.com/', 'http://a\u0085b/', 'http://[::1%25x]/']) {
  assert.throws(() => url.parse(bad), (err) => {
    assert.ok(err instanceof TypeError);
    assert.strictEqual(err.code, 'ERR_INVALID_URL');
    assert.strictEqual(err.input, bad);
    return true;
  }, bad);
}
assert.throws(() => url.parse('http://user%zz@x/'), { name: 'URIError', message: 'URI malformed' });
assert.throws(() => url.resolve(5, 'x'), { code: 'ERR_INVALID_ARG_TYPE' });

// DEP0169 is pending in Node 20: printed once, with --pending-deprecation.
{
  const { spawnSync } = require('child_process');
  const code = 'const url = require("url"); url.parse("http://x"); url.parse("http://y")';
  const quiet = spawnSync(process.execPath, ['-e', code], { encoding: 'utf8' });
  assert.strictEqual(quiet.stderr, '');
  const env = { ...process.env, NODE_PENDING_DEPRECATION: '1' };
  const loud = spawnSync(process.execPath, ['-e', code], { encoding: 'utf8', env });
  assert.strictEqual(loud.stderr.match(/\[DEP0169\] DeprecationWarning: `url\.parse\(\)` behavior is not standardized/g).length, 1);
}

// A port that is not one: the rest goes to the path, with a one-time
// DEP0170 warning.
assert.strictEqual(url.parse('http://a:b/').href, 'http://a/:b/');
assert.strictEqual(url.parse('http://c:d/').href, 'http://c/:d/');
setImmediate(() => {
  const dep = warnings.filter((w) => w.code === 'DEP0170');
  assert.strictEqual(dep.length, 1);
  assert.strictEqual(dep[0].name, 'DeprecationWarning');
  assert.strictEqual(dep[0].message,
    'The URL git+ssh://git@github.com:a/b.git is invalid. Future versions of Node.js will throw an error.');
});
