'use strict';
// node:url — the WHATWG URL API (lib/internal/url.js) and the legacy
// url.parse() / url.format() / url.resolve() with Node's results, quirks
// included (they are what existing code depends on).

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_URL },
} = require('internal/errors');
const {
  URL, URLSearchParams, fileURLToPath, pathToFileURL, urlToHttpOptions,
  domainToASCII, domainToUnicode, formatURL, isURL, decodeURIComponentStrict,
} = require('internal/url');
const { encodeStr, hexTable } = require('internal/querystring');

let qsModule;
const querystring = () => (qsModule ??= require('querystring'));

// Protocols without a host part, and those whose href always has "//"
// (matched on the protocol as written, as Node does).
const hostlessProtocol = new Set(['javascript', 'javascript:']);
const slashedProtocol = new Set(['http', 'http:', 'https', 'https:', 'ftp', 'ftp:', 'gopher',
  'gopher:', 'file', 'file:', 'ws', 'ws:', 'wss', 'wss:']);
// Protocols whose rest is kept as typed (no escaping).
const unsafeProtocol = hostlessProtocol;

const protocolRe = /^[a-z0-9.+-]+:/i;
const authorityWithAt = /^\/\/[^@/]+@[^@/]+/;
const simplePathRe = /^(\/\/?(?!\/)[^?\s]*)(\?[^\s]*)?$/;
const portRe = /:[0-9]*$/;
const forbiddenHostChars = /[\0\t\n\r #%/:<>?@[\\\]^|]/;
const forbiddenHostCharsIpv6 = /[\0\t\n\r #%/<>?@\\^|]/;
const hostnameMaxLen = 255;

// Characters that end the host when they come before any '@'.
const nonHostChar = new Set([' ', '"', '%', "'", ';', '<', '>', '\\', '^', '`', '{', '|', '}']);
// Characters url.parse always escapes in the part after the host.
const autoEscape = new Map([
  ['\t', '%09'], ['\n', '%0A'], ['\r', '%0D'], [' ', '%20'], ['"', '%22'], ["'", '%27'],
  ['<', '%3C'], ['>', '%3E'], ['\\', '%5C'], ['^', '%5E'], ['`', '%60'], ['{', '%7B'],
  ['|', '%7C'], ['}', '%7D'],
]);
const autoEscapeRe = /[\t\n\r "'<>\\^`{|}]/g;

// Trimmed by url.parse at both ends: C0 controls, space, U+0085, NBSP, BOM.
function isTrimmed(c) {
  return c <= 32 || c === 0x85 || c === 0xA0 || c === 0xFEFF;
}

let warnedInvalidURL = false;
function warnInvalidURL(url) {
  if (warnedInvalidURL) return;
  warnedInvalidURL = true;
  process.emitWarning(`The URL ${url} is invalid. Future versions of Node.js will throw an error.`,
    'DeprecationWarning', 'DEP0170');
}

// IDNA for legacy hostnames: UTS #46 ToASCII, '' when it fails. Node's
// result stops at a NUL (it passes through a C string), and so does this.
function legacyToASCII(hostname) {
  let ascii = hostname;
  if (!/^[\0-\x7f]*$/.test(hostname) || /(^|\.)xn--/i.test(hostname)) {
    ascii = internalBinding('url').toASCII(hostname);
  }
  const nul = ascii.indexOf('\0');
  return nul === -1 ? ascii : ascii.slice(0, nul);
}

function Url() {
  this.protocol = null;
  this.slashes = null;
  this.auth = null;
  this.host = null;
  this.port = null;
  this.hostname = null;
  this.hash = null;
  this.search = null;
  this.query = null;
  this.pathname = null;
  this.path = null;
  this.href = null;
}

let warnedParse = false;
// Whether --pending-deprecation (or NODE_PENDING_DEPRECATION=1) is on:
// asked once, as node reads its options once.
let pending;
function pendingDeprecation() {
  pending ??= process.execArgv.includes('--pending-deprecation') || process.env.NODE_PENDING_DEPRECATION === '1';
  return pending;
}

function urlParse(url, parseQueryString, slashesDenoteHost) {
  if (!warnedParse && pendingDeprecation()) {
    warnedParse = true;
    process.emitWarning('`url.parse()` behavior is not standardized and prone to errors that have ' +
      'security implications. Use the WHATWG URL API instead. CVEs are not issued for `url.parse()` ' +
      'vulnerabilities.', 'DeprecationWarning', 'DEP0169');
  }
  if (url instanceof Url) return url;
  const u = new Url();
  u.parse(url, parseQueryString, slashesDenoteHost);
  return u;
}

// The trimmed input with backslashes turned to slashes up to the first
// '?' or '#'; also whether it has a '#' and an '@' before the query.
function prepare(url) {
  let start = 0;
  let end = url.length;
  while (start < end && isTrimmed(url.charCodeAt(start))) start++;
  while (end > start && isTrimmed(url.charCodeAt(end - 1))) end--;
  let s = url.slice(start, end);
  let split = s.search(/[?#]/);
  if (split === -1) split = s.length;
  const head = s.slice(0, split);
  if (head.includes('\\')) s = head.replaceAll('\\', '/') + s.slice(split);
  return { rest: s, hasHash: s.includes('#'), hasAt: head.includes('@') };
}

Url.prototype.parse = function parse(url, parseQueryString, slashesDenoteHost) {
  if (typeof url !== 'string') throw new ERR_INVALID_ARG_TYPE('url', 'string', url);
  let { rest, hasHash, hasAt } = prepare(url);

  if (!slashesDenoteHost && !hasHash && !hasAt) {
    const simple = simplePathRe.exec(rest);
    if (simple) {
      this.path = rest;
      this.href = rest;
      this.pathname = simple[1];
      if (simple[2]) {
        this.search = simple[2];
        this.query = parseQueryString ? querystring().parse(this.search.slice(1)) : this.search.slice(1);
      } else if (parseQueryString) {
        this.search = null;
        this.query = Object.create(null);
      }
      return this;
    }
  }

  let proto = protocolRe.exec(rest);
  let lowerProto;
  if (proto) {
    proto = proto[0];
    lowerProto = proto.toLowerCase();
    this.protocol = lowerProto;
    rest = rest.slice(proto.length);
  }

  let slashes = false;
  if (slashesDenoteHost || proto || authorityWithAt.test(rest)) {
    slashes = rest.startsWith('//');
    if (slashes && !(proto && hostlessProtocol.has(lowerProto))) {
      rest = rest.slice(2);
      this.slashes = true;
    }
  }

  if (!hostlessProtocol.has(lowerProto) && (slashes || (proto && !slashedProtocol.has(proto)))) {
    rest = this._parseAuthority(rest, url);
  }

  if (!unsafeProtocol.has(lowerProto)) {
    rest = rest.replace(autoEscapeRe, (c) => autoEscape.get(c));
  }

  const hashIdx = rest.indexOf('#');
  if (hashIdx !== -1) this.hash = rest.slice(hashIdx);
  const beforeHash = hashIdx === -1 ? rest : rest.slice(0, hashIdx);
  const qIdx = beforeHash.indexOf('?');
  if (qIdx !== -1) {
    this.search = beforeHash.slice(qIdx);
    this.query = beforeHash.slice(qIdx + 1);
    if (parseQueryString) this.query = querystring().parse(this.query);
  } else if (parseQueryString) {
    this.search = null;
    this.query = Object.create(null);
  }
  const pathEnd = qIdx !== -1 ? qIdx : beforeHash.length;
  if (pathEnd > 0) this.pathname = rest.slice(0, pathEnd);
  if (slashedProtocol.has(lowerProto) && this.hostname && !this.pathname) this.pathname = '/';

  if (this.pathname || this.search) this.path = (this.pathname || '') + (this.search || '');
  this.href = this.format();
  return this;
};

// Takes auth, host, port and hostname from the start of rest; returns
// what follows them.
Url.prototype._parseAuthority = function _parseAuthority(rest, url) {
  // The authority ends at the first '/', '?' or '#'; tabs and newlines in
  // it are dropped.
  let hostEnd = rest.search(/[/?#]/);
  if (hostEnd === -1) hostEnd = rest.length;
  let authority = rest.slice(0, hostEnd);
  if (/[\t\n\r]/.test(authority)) {
    authority = authority.replace(/[\t\n\r]/g, '');
    rest = authority + rest.slice(hostEnd);
    hostEnd = authority.length;
  }
  // Credentials run to the last '@'; the host then ends at the first
  // character that cannot be in one.
  const at = authority.lastIndexOf('@');
  let hostStart = 0;
  if (at !== -1) {
    this.auth = decodeURIComponentStrict(authority.slice(0, at));
    hostStart = at + 1;
  }
  let nonHost = hostEnd;
  for (let i = hostStart; i < hostEnd; i++) {
    if (nonHostChar.has(authority[i])) {
      nonHost = i;
      break;
    }
  }
  this.host = rest.slice(hostStart, nonHost);
  rest = rest.slice(nonHost);

  this.parseHost();
  if (typeof this.hostname !== 'string') this.hostname = '';
  const ipv6 = this.hostname.length >= 2 && this.hostname[0] === '[' &&
    this.hostname[this.hostname.length - 1] === ']';

  if (!ipv6) {
    // Anything from a stray ':' on (a port that is not one) goes to the path.
    const bad = this.hostname.search(/[/\\#?:]/);
    if (bad !== -1) {
      warnInvalidURL(url);
      rest = `/${this.hostname.slice(bad)}${rest}`;
      this.hostname = this.hostname.slice(0, bad);
    }
  }

  this.hostname = this.hostname.length > hostnameMaxLen ? '' : this.hostname.toLowerCase();
  if (this.hostname !== '') {
    if (ipv6) {
      if (forbiddenHostCharsIpv6.test(this.hostname)) throw invalidLegacyURL(url);
    } else {
      this.hostname = legacyToASCII(this.hostname);
      // toASCII must not have emptied the hostname or let in a host delimiter.
      if (this.hostname === '' || forbiddenHostChars.test(this.hostname)) throw invalidLegacyURL(url);
    }
  }
  this.host = this.hostname + (this.port ? `:${this.port}` : '');
  if (ipv6) {
    this.hostname = this.hostname.slice(1, -1);
    if (rest[0] !== '/') rest = `/${rest}`;
  }
  return rest;
};

function invalidLegacyURL(url) {
  const err = new ERR_INVALID_URL();
  err.input = url;
  return err;
}

Url.prototype.parseHost = function parseHost() {
  let host = this.host;
  const port = portRe.exec(host);
  if (port) {
    if (port[0] !== ':') this.port = port[0].slice(1);
    host = host.slice(0, host.length - port[0].length);
  }
  if (host) this.hostname = host;
};

// Escapes ':' in auth back, as Node's format does.
function encodeAuth(auth) {
  return encodeStr(auth, authNoEscape, hexTable);
}
const authNoEscape = new Int8Array(128);
for (const c of "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!*'():") {
  authNoEscape[c.charCodeAt(0)] = 1;
}

Url.prototype.format = function format() {
  let auth = this.auth || '';
  if (auth) auth = `${encodeAuth(auth)}@`;

  let protocol = this.protocol || '';
  let pathname = this.pathname || '';
  let hash = this.hash || '';
  let host = '';
  let query = '';

  if (this.host) {
    host = auth + this.host;
  } else if (this.hostname) {
    const hn = this.hostname;
    host = auth + (hn.includes(':') && !(hn[0] === '[' && hn[hn.length - 1] === ']') ? `[${hn}]` : hn);
    if (this.port) host += `:${this.port}`;
  }

  if (this.query !== null && typeof this.query === 'object') query = querystring().stringify(this.query);

  let search = this.search || (query && `?${query}`) || '';

  if (protocol && protocol.charCodeAt(protocol.length - 1) !== 58 /* : */) protocol += ':';

  pathname = pathname.replace(/[#?]/g, (c) => (c === '#' ? '%23' : '%3F'));

  if (this.slashes || slashedProtocol.has(protocol)) {
    if (this.slashes || host) {
      if (pathname && pathname.charCodeAt(0) !== 47 /* / */) pathname = `/${pathname}`;
      host = `//${host}`;
    } else if (protocol === 'file:') {
      host = '//';
    }
  }

  search = search.replaceAll('#', '%23');
  if (hash && hash.charCodeAt(0) !== 35 /* # */) hash = `#${hash}`;
  if (search && search.charCodeAt(0) !== 63 /* ? */) search = `?${search}`;
  return protocol + host + pathname + search + hash;
};

function urlFormat(urlObject, options) {
  if (typeof urlObject === 'string') {
    urlObject = urlParse(urlObject);
  } else if (typeof urlObject !== 'object' || urlObject === null) {
    throw new ERR_INVALID_ARG_TYPE('urlObject', ['object', 'string'], urlObject);
  } else if (isURL(urlObject)) {
    return formatURL(urlObject, options);
  }
  return Url.prototype.format.call(urlObject);
}

Url.prototype.resolve = function resolve(relative) {
  return this.resolveObject(urlParse(relative, false, true)).format();
};

function urlResolve(source, relative) {
  return urlParse(source, false, true).resolve(relative);
}

function urlResolveObject(source, relative) {
  if (!source) return relative;
  return urlParse(source, false, true).resolveObject(relative);
}

// The host and auth from a first path segment of a non-slashed URL
// (`mailto:user@host`).
function setHostFromSegment(result, segment) {
  result.hostname = result.host = segment;
  if (typeof segment === 'string' && segment.indexOf('@') > 0) {
    const parts = segment.split('@');
    result.auth = parts.shift();
    result.host = result.hostname = parts.shift();
  }
}

function finish(result) {
  result.href = result.format();
  return result;
}

Url.prototype.resolveObject = function resolveObject(relative) {
  if (typeof relative === 'string') {
    const rel = new Url();
    rel.parse(relative, false, true);
    relative = rel;
  }
  const result = new Url();
  for (const key of Object.keys(this)) result[key] = this[key];
  result.hash = relative.hash;
  if (relative.href === '') return finish(result);

  // "//host/path": everything but the protocol comes from relative.
  if (relative.slashes && !relative.protocol) {
    for (const key of Object.keys(relative)) {
      if (key !== 'protocol') result[key] = relative[key];
    }
    if (slashedProtocol.has(result.protocol) && result.hostname && !result.pathname) {
      result.path = result.pathname = '/';
    }
    return finish(result);
  }

  if (relative.protocol && relative.protocol !== result.protocol) {
    // Another scheme: a non-slashed one replaces everything.
    if (!slashedProtocol.has(relative.protocol)) {
      for (const key of Object.keys(relative)) result[key] = relative[key];
      return finish(result);
    }
    result.protocol = relative.protocol;
    if (!relative.host && !/^file:?$/.test(relative.protocol) &&
        !hostlessProtocol.has(relative.protocol)) {
      // "http:host/path": the first non-empty segment is the host.
      const segs = (relative.pathname || '').split('/');
      while (segs.length && !(relative.host = segs.shift()));
      if (!relative.host) relative.host = '';
      if (!relative.hostname) relative.hostname = '';
      if (segs[0] !== '') segs.unshift('');
      if (segs.length < 2) segs.unshift('');
      result.pathname = segs.join('/');
    } else {
      result.pathname = relative.pathname;
    }
    result.search = relative.search;
    result.query = relative.query;
    result.host = relative.host || '';
    result.auth = relative.auth;
    result.hostname = relative.hostname || relative.host;
    result.port = relative.port;
    if (result.pathname || result.search) result.path = (result.pathname || '') + (result.search || '');
    result.slashes = result.slashes || relative.slashes;
    return finish(result);
  }

  const sourceAbsolute = result.pathname && result.pathname.charAt(0) === '/';
  const relativeAbsolute = relative.host || (relative.pathname && relative.pathname.charAt(0) === '/');
  let mustEndAbsolute = relativeAbsolute || sourceAbsolute || (result.host && relative.pathname);
  const removeAllDots = mustEndAbsolute;
  let srcPath = (result.pathname && result.pathname.split('/')) || [];
  const relPath = (relative.pathname && relative.pathname.split('/')) || [];
  // Without "//", a relative path may climb into the host: the host is
  // kept as the first path segment until the end.
  const hostInPath = result.protocol && !slashedProtocol.has(result.protocol);

  if (hostInPath) {
    result.hostname = '';
    result.port = null;
    if (result.host) {
      if (srcPath[0] === '') srcPath[0] = result.host;
      else srcPath.unshift(result.host);
    }
    result.host = '';
    if (relative.protocol) {
      relative.hostname = null;
      relative.port = null;
      if (relative.host) {
        if (relPath[0] === '') relPath[0] = relative.host;
        else relPath.unshift(relative.host);
      }
      relative.host = null;
    }
    mustEndAbsolute = mustEndAbsolute && (relPath[0] === '' || srcPath[0] === '');
  }

  if (relativeAbsolute) {
    if (relative.host || relative.host === '') {
      if (result.host !== relative.host) result.auth = null;
      result.host = relative.host;
      result.port = relative.port;
    }
    if (relative.hostname || relative.hostname === '') {
      if (result.hostname !== relative.hostname) result.auth = null;
      result.hostname = relative.hostname;
    }
    result.search = relative.search;
    result.query = relative.query;
    srcPath = relPath;
  } else if (relPath.length) {
    // The last segment of the source is replaced by the relative path.
    srcPath.pop();
    srcPath = srcPath.concat(relPath);
    result.search = relative.search;
    result.query = relative.query;
  } else if (relative.search !== null && relative.search !== undefined) {
    // Only a new query.
    if (hostInPath) setHostFromSegment(result, srcPath.shift());
    result.search = relative.search;
    result.query = relative.query;
    if (result.pathname !== null || result.search !== null) {
      result.path = (result.pathname ? result.pathname : '') + (result.search ? result.search : '');
    }
    return finish(result);
  }

  if (!srcPath.length) {
    result.pathname = null;
    result.path = result.search ? `/${result.search}` : null;
    return finish(result);
  }

  // A path ending in '.' or '..' (or '/') keeps a trailing slash.
  let last = srcPath[srcPath.length - 1];
  const trailingSlash = ((result.host || relative.host || srcPath.length > 1) &&
    (last === '.' || last === '..')) || last === '';

  let up = 0;
  for (let i = srcPath.length - 1; i >= 0; i--) {
    last = srcPath[i];
    if (last === '.') {
      srcPath.splice(i, 1);
    } else if (last === '..') {
      srcPath.splice(i, 1);
      up++;
    } else if (up) {
      srcPath.splice(i, 1);
      up--;
    }
  }
  // A relative result may keep climbing.
  if (!mustEndAbsolute && !removeAllDots) {
    while (up--) srcPath.unshift('..');
  }
  if (mustEndAbsolute && srcPath[0] !== '' && (!srcPath[0] || srcPath[0].charAt(0) !== '/')) {
    srcPath.unshift('');
  }
  if (trailingSlash && srcPath.join('/').slice(-1) !== '/') srcPath.push('');

  const isAbsolute = srcPath[0] === '' || (srcPath[0] && srcPath[0].charAt(0) === '/');
  if (hostInPath) {
    setHostFromSegment(result, isAbsolute ? '' : srcPath.length ? srcPath.shift() : '');
  }

  mustEndAbsolute = mustEndAbsolute || (result.host && srcPath.length);
  if (mustEndAbsolute && !isAbsolute) srcPath.unshift('');

  if (srcPath.length > 0) {
    result.pathname = srcPath.join('/');
  } else {
    result.pathname = null;
    result.path = null;
  }
  if (result.pathname !== null || result.search !== null) {
    result.path = (result.pathname ? result.pathname : '') + (result.search ? result.search : '');
  }
  result.auth = relative.auth || result.auth;
  result.slashes = result.slashes || relative.slashes;
  return finish(result);
};

module.exports = {
  // Original API
  Url,
  parse: urlParse,
  resolve: urlResolve,
  resolveObject: urlResolveObject,
  format: urlFormat,

  // WHATWG API
  URL,
  URLSearchParams,
  domainToASCII,
  domainToUnicode,

  // Utilities
  pathToFileURL,
  fileURLToPath,
  urlToHttpOptions,
};
