'use strict';
// node:url helpers: fileURLToPath, pathToFileURL, urlToHttpOptions,
// domainToASCII/domainToUnicode and format(URL, options).
const assert = require('assert');
const path = require('path');
const url = require('url');

assert.strictEqual(url.URL, URL);
assert.strictEqual(url.URLSearchParams, URLSearchParams);
assert.deepStrictEqual(Object.keys(url), ['Url', 'parse', 'resolve', 'resolveObject', 'format', 'URL',
  'URLSearchParams', 'domainToASCII', 'domainToUnicode', 'pathToFileURL', 'fileURLToPath', 'urlToHttpOptions']);
assert.strictEqual(require('node:url'), url);

// fileURLToPath
assert.strictEqual(url.fileURLToPath('file:///a/b%20c/%C3%A9'), '/a/b c/é');
assert.strictEqual(url.fileURLToPath(new URL('file:///x/y?q#h')), '/x/y');
assert.strictEqual(url.fileURLToPath('file://localhost/a'), '/a');
assert.strictEqual(url.fileURLToPath('file:///a%5Cb'), '/a\\b');
assert.strictEqual(url.fileURLToPath({ href: 'file:///x', protocol: 'file:', pathname: '/x', hostname: '' }), '/x');
assert.throws(() => url.fileURLToPath('http://x/'), {
  name: 'TypeError', code: 'ERR_INVALID_URL_SCHEME', message: 'The URL must be of scheme file',
});
assert.throws(() => url.fileURLToPath('file://host/a'), {
  name: 'TypeError', code: 'ERR_INVALID_FILE_URL_HOST',
  message: `File URL host must be "localhost" or empty on ${process.platform}`,
});
for (const encoded of ['file:///a%2fb', 'file:///a%2Fb']) {
  assert.throws(() => url.fileURLToPath(encoded), {
    name: 'TypeError', code: 'ERR_INVALID_FILE_URL_PATH',
    message: 'File URL path must not include encoded / characters',
  });
}
assert.throws(() => url.fileURLToPath('file:///a%ZZ%C3'), { name: 'URIError', message: 'URI malformed' });
assert.throws(() => url.fileURLToPath('nope'), { code: 'ERR_INVALID_URL', input: 'nope' });
for (const bad of [5, undefined, null, {}, true]) {
  assert.throws(() => url.fileURLToPath(bad), { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE' });
}
assert.throws(() => url.fileURLToPath(5), {
  message: 'The "path" argument must be of type string or an instance of URL. Received type number (5)',
});

// pathToFileURL: absolute, resolved, with the characters the parser would
// drop or read as syntax escaped.
assert.strictEqual(url.pathToFileURL('/a b/%/\\/\n\r\t#?x').href, 'file:///a%20b/%25/%5C/%0A%0D%09%23%3Fx');
assert.strictEqual(url.pathToFileURL('/a/').href, 'file:///a/');
assert.strictEqual(url.pathToFileURL('/a/b/').href, 'file:///a/b/');
assert.strictEqual(url.pathToFileURL('/a/..').href, 'file:///');
assert.strictEqual(url.pathToFileURL('/a/.').href, 'file:///a');
assert.strictEqual(url.pathToFileURL('/é€😀').href, 'file:///%C3%A9%E2%82%AC%F0%9F%98%80');
assert.strictEqual(url.pathToFileURL('rel/x').href, `file://${path.resolve('rel/x')}`);
assert.ok(url.pathToFileURL('/x') instanceof URL);
assert.strictEqual(url.fileURLToPath(url.pathToFileURL('/tmp/a b%c#d?e')), '/tmp/a b%c#d?e');
for (const bad of [5, undefined, null, {}]) {
  assert.throws(() => url.pathToFileURL(bad), { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE' });
}
assert.throws(() => url.pathToFileURL(5), {
  message: 'The "path" argument must be of type string. Received type number (5)',
});

// urlToHttpOptions
assert.deepStrictEqual({ ...url.urlToHttpOptions(new URL('https://a:b@[::1]:99/p?q#h')) }, {
  protocol: 'https:', hostname: '::1', hash: '#h', search: '?q', pathname: '/p', path: '/p?q',
  href: 'https://a:b@[::1]:99/p?q#h', port: 99, auth: 'a:b',
});
assert.deepStrictEqual({ ...url.urlToHttpOptions(new URL('http://x.com/')) }, {
  protocol: 'http:', hostname: 'x.com', hash: '', search: '', pathname: '/', path: '/', href: 'http://x.com/',
});
assert.strictEqual(url.urlToHttpOptions(new URL('http://%C3%A9:%41@x/')).auth, 'é:A');
assert.strictEqual(Object.getPrototypeOf(url.urlToHttpOptions(new URL('http://x/'))), null);

// domainToASCII / domainToUnicode: the URL host parser; '' when invalid.
assert.strictEqual(url.domainToASCII('español.com'), 'xn--espaol-zwa.com');
assert.strictEqual(url.domainToASCII('EXAMPLE.com'), 'example.com');
assert.strictEqual(url.domainToASCII('1.2.3'), '1.2.0.3');
assert.strictEqual(url.domainToASCII('[::1]'), '[::1]');
assert.strictEqual(url.domainToASCII('xn--iñvalid.com'), '');
assert.strictEqual(url.domainToASCII('a b'), '');
assert.strictEqual(url.domainToASCII(''), '');
assert.strictEqual(url.domainToASCII(5), '0.0.0.5');
assert.strictEqual(url.domainToUnicode('xn--espaol-zwa.com'), 'español.com');
assert.strictEqual(url.domainToUnicode('EXAMPLE.com'), 'example.com');
assert.strictEqual(url.domainToUnicode('1.2.3'), '1.2.0.3');
assert.strictEqual(url.domainToUnicode('xn--iñvalid.com'), '');
assert.strictEqual(url.domainToUnicode(''), '');
for (const fn of [url.domainToASCII, url.domainToUnicode]) {
  assert.throws(() => fn(), { name: 'TypeError', code: 'ERR_MISSING_ARGS',
    message: 'The "domain" argument must be specified' });
}

// format(URL, options)
{
  const u = new URL('http://a:b@xn--g6w251d/?abc#foo');
  assert.strictEqual(url.format(u), 'http://a:b@xn--g6w251d/?abc#foo');
  assert.strictEqual(url.format(u, { unicode: true }), 'http://a:b@測試/?abc#foo');
  assert.strictEqual(url.format(u, { fragment: false, unicode: true, auth: false, search: false }), 'http://測試/');
  assert.strictEqual(url.format(u, null), u.href);
  assert.strictEqual(url.format(u, {}), u.href);
  assert.throws(() => url.format(u, 5), {
    code: 'ERR_INVALID_ARG_TYPE', message: 'The "options" argument must be of type object. Received type number (5)',
  });
  assert.strictEqual(url.format(new URL('web+demo:/.//not-a-host/?q#h'), { search: false }), 'web+demo:/.//not-a-host/#h');
  assert.strictEqual(url.format(new URL('http://x:8080/p'), { unicode: true }), 'http://x:8080/p');
  assert.strictEqual(url.format(new URL('sc:opaque?q#h'), { search: false, fragment: false }), 'sc:opaque');
}
assert.throws(() => url.format(5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "urlObject" argument must be one of type object or string. Received type number (5)',
});
assert.throws(() => url.format(null), { code: 'ERR_INVALID_ARG_TYPE' });
