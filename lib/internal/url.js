'use strict';
// The WHATWG URL API (URL, URLSearchParams) over the C parser in src/url.c,
// plus node:url's file URL and host helpers.
//
// A URL keeps its serialized href and the offsets of its components: every
// getter is a slice of the href. Parsing is one call into C (src/url.c)
// through shared memory: JS writes the input's units, C writes back the
// offsets and the href described as slices of the input and base, which
// JS assembles (a string made through JSC's C API costs more than the
// parse). Inputs already in serialized form skip C altogether (canonical()).
// Setters are one call into C each, re-parsing with the Standard's state
// override.

const {
  codes: {
    ERR_ARG_NOT_ITERABLE, ERR_INVALID_ARG_TYPE, ERR_INVALID_FILE_URL_HOST,
    ERR_INVALID_FILE_URL_PATH, ERR_INVALID_THIS, ERR_INVALID_TUPLE, ERR_INVALID_URL,
    ERR_INVALID_URL_SCHEME, ERR_MISSING_ARGS,
  },
} = require('internal/errors');

const binding = internalBinding('url');
const bindingUpdate = binding.update;
const parseShared = binding.parseShared;
const canParseShared = binding.canParseShared;
// Shared with src/url.c: see its layout comment.
const state = binding.state;
const units = binding.units;
const literal = binding.literal;
const UNITS_CAP = units.length;
const ST_STATUS = 9;
const ST_INPUT_LEN = 10;
const ST_BASE_LEN = 11;
const ST_SEG_COUNT = 12;
const ST_SEGS = 13;
const components = state; // offsets [0, 9)
const fromCharCode = String.fromCharCode;

const ST_BASE_GEN = ST_SEGS + 3 * 16;
// The base C parsed last (relative URLs mostly come against one base):
// then it is not copied again, C reuses its parse (see src/url.c).
let lastBase;
let lastBaseGen = -1;

// Writes input (and base) into the shared units; false when too long.
function share(input, base, reuseBase) {
  const n = input.length;
  if (n > UNITS_CAP) return false;
  for (let i = 0; i < n; i++) units[i] = input.charCodeAt(i);
  state[ST_INPUT_LEN] = n;
  if (base === undefined) {
    state[ST_BASE_LEN] = -1;
  } else if (reuseBase && base === lastBase) {
    state[ST_BASE_LEN] = -2;
    state[ST_BASE_GEN] = lastBaseGen;
  } else {
    const m = base.length;
    if (n + m > UNITS_CAP) return false;
    for (let i = 0; i < m; i++) units[n + i] = base.charCodeAt(i);
    state[ST_BASE_LEN] = m;
  }
  return true;
}

function rememberBase(base) {
  lastBase = base;
  lastBaseGen = state[ST_BASE_GEN];
}

// Builds the href the parser described as slices of input and base.
function assemble(input, base) {
  const count = state[ST_SEG_COUNT];
  if (count === 1 && state[ST_SEGS] === 0 && state[ST_SEGS + 1] === 0 &&
      state[ST_SEGS + 2] === input.length) {
    return input;
  }
  let s = '';
  for (let k = 0, off = ST_SEGS; k < count; k++, off += 3) {
    const type = state[off];
    const start = state[off + 1];
    const end = start + state[off + 2];
    if (type === 0) s += input.slice(start, end);
    else if (type === 1) s += base.slice(start, end);
    else if (type === 2) s += input.slice(start, end).toLowerCase();
    else for (let j = start; j < end; j++) s += fromCharCode(literal[j]);
  }
  return s;
}

// Inputs already in their serialized form (`https://host/path?q#f`, the
// bulk of real-world URLs) are recognized here, without a call into C:
// a conservative check that the href equals the input, which fills in the
// same offsets C would. Anything else (relative references, upper case,
// IP addresses, A-labels, default ports, dot segments, characters that
// need escaping…) goes to the parser in C.
const CANON_PATH = 1;
const CANON_QUERY = 2;
const CANON_FRAGMENT = 4;
const CANON_HOST = 8;
const CANON_USERINFO = 16;
const canon = new Uint8Array(128);
for (let c = 0x21; c < 0x7F; c++) {
  const ch = String.fromCharCode(c);
  if (!'"#<>?^`{}\\'.includes(ch)) canon[c] |= CANON_PATH;
  if (!'"#<>\''.includes(ch)) canon[c] |= CANON_QUERY;
  if (!'"<>`'.includes(ch)) canon[c] |= CANON_FRAGMENT;
  if (/[a-z0-9._-]/.test(ch)) canon[c] |= CANON_HOST;
  if (!'"#<>?`{}/:;=@[\\]^|'.includes(ch)) canon[c] |= CANON_USERINFO;
}
const jsFastPath = process.env.LODE_URL_NO_FAST_PATH !== '1';

// The href when input is one (or only lacks the "/" path of a special
// URL), with the offsets in components; undefined otherwise.
function canonical(input) {
  const n = input.length;
  let i = 0;
  let type;
  // Scheme: http, https, ws, wss or ftp, then "://".
  const c0 = input.charCodeAt(0);
  if (c0 === 104 /* h */ && input.startsWith('http', 0)) {
    if (input.charCodeAt(4) === 115 /* s */) { type = 2; i = 5; } else { type = 1; i = 4; }
  } else if (c0 === 119 /* w */ && input.charCodeAt(1) === 115 /* s */) {
    if (input.charCodeAt(2) === 115) { type = 4; i = 3; } else { type = 3; i = 2; }
  } else if (c0 === 102 /* f */ && input.startsWith('ftp', 0)) {
    type = 5; i = 3;
  } else if (c0 === 102 && input.startsWith('file:///', 0)) {
    return canonicalFile(input) ? input : undefined;
  } else {
    return canonicalOpaque(input) ? input : undefined;
  }
  if (input.charCodeAt(i) !== 58 || input.charCodeAt(i + 1) !== 47 || input.charCodeAt(i + 2) !== 47) return undefined;
  const protocolEnd = i + 1;
  i += 3;
  const s = state;
  s[1] = i; // usernameEnd
  s[2] = i; // hostStart
  let pathnameStart = hostAndPort(input, i, n, type);
  if (pathnameStart < 0) {
    // Not a host: maybe credentials ("user:pass@host") come first.
    const at = userinfoEnd(input, i, n);
    if (at < 0) return undefined;
    s[2] = at + 1;
    pathnameStart = hostAndPort(input, at + 1, n, type);
    if (pathnameStart < 0) return undefined;
  }
  i = pathnameStart;
  let c = input.charCodeAt(i);
  // Without a path, the serializer writes "/" (https://host?q → https://host/?q).
  let inserted = 0;
  if (c !== 47 /* / */) {
    inserted = 1;
  } else {
    // Path segments: plain characters, no dot segments.
    let seg = i + 1;
    for (i++; i < n; i++) {
      c = input.charCodeAt(i);
      if (c === 47 || c === 63 || c === 35) {
        if (i - seg <= 6 && isDotSegment(input, seg, i)) return undefined;
        if (c !== 47) break;
        seg = i + 1;
        continue;
      }
      if (c >= 128 || (canon[c] & CANON_PATH) === 0) return undefined;
    }
    if (i === n && n - seg <= 6 && isDotSegment(input, seg, n)) return undefined;
  }
  // canonicalTail(), written out: the call would cost ~10% here.
  let searchStart = -1;
  let hashStart = -1;
  if (c === 63 /* ? */ && i < n) {
    searchStart = i;
    for (i++; i < n; i++) {
      c = input.charCodeAt(i);
      if (c === 35) break;
      if (c >= 128 || (canon[c] & CANON_QUERY) === 0) return undefined;
    }
  }
  if (i < n) {
    hashStart = i;
    for (i++; i < n; i++) {
      c = input.charCodeAt(i);
      if (c >= 128 || (canon[c] & CANON_FRAGMENT) === 0) return undefined;
    }
  }
  s[6] = searchStart < 0 ? -1 : searchStart + inserted;
  s[7] = hashStart < 0 ? -1 : hashStart + inserted;
  s[0] = protocolEnd;
  s[5] = pathnameStart;
  s[8] = type;
  return inserted ? `${input.slice(0, pathnameStart)}/${input.slice(pathnameStart)}` : input;
}

// Reads a host in serialized form (lower case, not an A-label, an IPv4
// address only as a dotted quad) and a port other than the scheme's
// default, from `start`. Returns where the path starts (the host's end and
// the port go to state[3] and [4]), or -1 unless a path, query, fragment
// or the end follows.
function hostAndPort(input, start, n, type) {
  let i = start;
  let label = i;
  for (; i < n; i++) {
    const c = input.charCodeAt(i);
    if (c >= 128 || (canon[c] & CANON_HOST) === 0) break;
    if (c === 46 /* . */) label = i + 1;
    // An A-label ("xn--") needs IDNA validation.
    else if (c === 120 /* x */ && i === label && input.charCodeAt(i + 1) === 110 &&
             input.charCodeAt(i + 2) === 45 && input.charCodeAt(i + 3) === 45) return -1;
  }
  const hostEnd = i;
  // Not empty, no trailing dot; an IPv4 candidate only as a dotted quad.
  if (hostEnd === start || label === hostEnd) return -1;
  const lc = input.charCodeAt(label);
  if (lc >= 48 && lc <= 57 && !isDottedQuad(input, start, hostEnd)) return -1;
  let port = -1;
  let c = input.charCodeAt(i);
  if (c === 58 /* : */) {
    i++;
    const digitsStart = i;
    let v = 0;
    for (; i < n; i++) {
      const d = input.charCodeAt(i);
      if (d < 48 || d > 57) break;
      v = v * 10 + (d - 48);
    }
    if (i === digitsStart || input.charCodeAt(digitsStart) === 48 || v > 65535) return -1;
    const dflt = type === 2 || type === 4 ? 443 : type === 5 ? 21 : 80;
    if (v === dflt) return -1;
    port = v;
    c = input.charCodeAt(i);
  }
  if (i < n && c !== 47 && c !== 63 && c !== 35) return -1;
  state[3] = hostEnd;
  state[4] = port;
  return i;
}

// The index of the '@' that ends credentials at `start` written as the
// serializer writes them (nothing to escape, no empty password), or -1.
// The username's end (the ':' before a password, or the '@') goes to
// state[1].
function userinfoEnd(input, start, n) {
  let colon = -1;
  for (let k = start; k < n; k++) {
    const c = input.charCodeAt(k);
    if (c === 64 /* @ */) {
      // "@host" and "user:@host" serialize without them.
      if (k === start || colon === k - 1) return -1;
      state[1] = colon >= 0 ? colon : k;
      return k;
    }
    if (c === 58 /* : */ && colon < 0) colon = k;
    else if (c >= 128 || (canon[c] & CANON_USERINFO) === 0) return -1;
  }
  return -1;
}

// Query and fragment from `i` (at '?', '#' or the end) as the serializer
// writes them; their offsets (moved by `shift`) go to state[6] and [7].
function canonicalTail(input, i, shift) {
  const n = input.length;
  let searchStart = -1;
  let hashStart = -1;
  let c = input.charCodeAt(i);
  if (c === 63 /* ? */ && i < n) {
    searchStart = i;
    for (i++; i < n; i++) {
      c = input.charCodeAt(i);
      if (c === 35) break;
      if (c >= 128 || (canon[c] & CANON_QUERY) === 0) return false;
    }
  }
  if (i < n) {
    hashStart = i;
    for (i++; i < n; i++) {
      c = input.charCodeAt(i);
      if (c >= 128 || (canon[c] & CANON_FRAGMENT) === 0) return false;
    }
  }
  state[6] = searchStart < 0 ? -1 : searchStart + shift;
  state[7] = hashStart < 0 ? -1 : hashStart + shift;
  return true;
}

// canonical() for a non-special URL with an opaque path (`mailto:a@b`,
// `data:text/plain,x`): a lower-case scheme, a path of printable ASCII
// that does not start with '/', then query and fragment.
function canonicalOpaque(input) {
  const n = input.length;
  let c = input.charCodeAt(0);
  // Every special scheme (http, https, ws, wss, ftp, file) starts with h, w
  // or f: those go to the parser.
  if (!(c >= 97 && c <= 122) || c === 102 || c === 104 || c === 119) return false; // NaN: ''
  let i = 1;
  for (; i < n; i++) {
    c = input.charCodeAt(i);
    if (c === 58 /* : */) break;
    if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46)) return false;
  }
  if (i === n) return false; // no scheme: a relative reference
  const protocolEnd = i + 1;
  if (input.charCodeAt(protocolEnd) === 47 /* / */) return false; // a path or an authority
  for (i = protocolEnd; i < n; i++) {
    c = input.charCodeAt(i);
    if (c === 63 || c === 35) break;
    if (c <= 32 || c >= 127) return false;
  }
  if (!canonicalTail(input, i, 0)) return false;
  const s = state;
  s[0] = protocolEnd;
  s[1] = protocolEnd;
  s[2] = protocolEnd;
  s[3] = protocolEnd;
  s[4] = -1;
  s[5] = protocolEnd;
  s[8] = SCHEME_OTHER;
  return true;
}

// An IPv4 address as the serializer writes it: four decimal numbers up to
// 255 without leading zeros.
function isDottedQuad(input, start, end) {
  let parts = 0;
  let i = start;
  while (i < end) {
    const partStart = i;
    let v = 0;
    for (; i < end; i++) {
      const c = input.charCodeAt(i);
      if (c === 46) break;
      if (c < 48 || c > 57) return false;
      v = v * 10 + (c - 48);
    }
    const len = i - partStart;
    if (len === 0 || len > 3 || v > 255 || (len > 1 && input.charCodeAt(partStart) === 48)) return false;
    parts++;
    if (i < end) i++; // the '.'
    else break;
    if (i === end) return false; // a trailing '.'
  }
  return parts === 4;
}

// canonical() for `file:///path[?query][#fragment]` (an empty host).
function canonicalFile(input) {
  const n = input.length;
  let i = 7;
  if (input.charCodeAt(8) === 47) return false; // "file:////…": a path starting "//"
  let seg = 8;
  let c = 47;
  for (i = 8; i < n; i++) {
    c = input.charCodeAt(i);
    if (c === 47 || c === 63 || c === 35) {
      if (i - seg <= 6 && (isDotSegment(input, seg, i) || isDriveLetter(input, seg, i))) return false;
      if (c !== 47) break;
      seg = i + 1;
      continue;
    }
    if (c >= 128 || (canon[c] & CANON_PATH) === 0) return false;
  }
  if (i === n && n - seg <= 6 && (isDotSegment(input, seg, n) || isDriveLetter(input, seg, n))) return false;
  if (!canonicalTail(input, i, 0)) return false;
  const s = state;
  s[0] = 5;
  s[1] = 7;
  s[2] = 7;
  s[3] = 7;
  s[4] = -1;
  s[5] = 7;
  s[8] = SCHEME_FILE;
  return true;
}

// Relative references against a base in serialized form with a special
// scheme (http, https, ws, wss, ftp): the result is a slice of the base's
// href followed by the reference, and when that string is in serialized
// form too (canonical()), it is the href. "./" and "../" at the start are
// resolved here; anything else unusual (a scheme, dot segments further on,
// characters to escape, an empty reference) goes to C.
let jsBase; // the base string relativeFast() looked at last
let jsBaseHref; // its href, if in serialized form with a special scheme
let jsBaseProtocolEnd = 0;
let jsBasePathStart = 0;
let jsBasePathEnd = 0; // where the query, the fragment or the end begins
let jsBaseHashStart = 0;

function relativeFast(input, base) {
  if (base !== jsBase) {
    jsBase = base;
    jsBaseHref = canonical(base);
    const type = state[8];
    if (jsBaseHref === undefined || type === SCHEME_OTHER || type === SCHEME_FILE) {
      jsBaseHref = undefined;
      return undefined;
    }
    jsBaseProtocolEnd = state[0];
    jsBasePathStart = state[5];
    jsBaseHashStart = state[7] >= 0 ? state[7] : jsBaseHref.length;
    jsBasePathEnd = state[6] >= 0 ? state[6] : jsBaseHashStart;
  }
  const href = jsBaseHref;
  if (href === undefined || input.length === 0) return undefined;
  const c = input.charCodeAt(0);
  let keep;
  let rest = input;
  if (c === 35 /* # */) {
    keep = jsBaseHashStart;
  } else if (c === 63 /* ? */) {
    keep = jsBasePathEnd;
  } else if (c === 47 /* / */) {
    keep = input.charCodeAt(1) === 47 ? jsBaseProtocolEnd : jsBasePathStart;
  } else {
    // A path, unless a scheme comes first ("a:b" is absolute).
    for (let i = 0; i < input.length; i++) {
      const d = input.charCodeAt(i);
      if (d === 58 /* : */) return undefined;
      if (d === 47 || d === 63 || d === 35) break;
    }
    // The base's directory: its path up to the last "/".
    keep = href.lastIndexOf('/', jsBasePathEnd - 1) + 1;
    for (;;) {
      if (rest.startsWith('./')) {
        rest = rest.slice(2);
      } else if (rest.startsWith('../')) {
        rest = rest.slice(3);
        if (keep - 1 > jsBasePathStart) keep = href.lastIndexOf('/', keep - 2) + 1;
      } else {
        break;
      }
    }
  }
  return canonical(href.slice(0, keep) + rest);
}

// A Windows drive letter segment ("C:" or "C|"): file URLs treat it apart.
function isDriveLetter(input, start, end) {
  if (end - start !== 2) return false;
  const c = input.charCodeAt(start) | 0x20;
  const d = input.charCodeAt(start + 1);
  return c >= 97 && c <= 122 && (d === 58 || d === 124);
}

// ".", "..", "%2e" and their combinations (input[start, end), short).
function isDotSegment(input, start, end) {
  if (start === end) return false;
  const c = input.charCodeAt(start);
  if (c !== 46 && c !== 37) return false;
  const seg = input.slice(start, end).toLowerCase();
  return seg === '.' || seg === '..' || seg === '%2e' || seg === '.%2e' || seg === '%2e.' || seg === '%2e%2e';
}

// The href of input parsed against base (both strings or base undefined),
// with the offsets in `components`; undefined when not a URL.
function bindingParse(input, base) {
  if (jsFastPath) {
    if (base === undefined || base === lastBase || (base === jsBase && jsBaseHref !== undefined)) {
      const href = canonical(input);
      if (href !== undefined) return href;
    }
    if (base !== undefined) {
      const href = relativeFast(input, base);
      if (href !== undefined) return href;
    }
  }
  if (!share(input, base, true)) return base === undefined ? binding.parse(input) : binding.parse(input, base);
  let r = parseShared();
  let status = state[ST_STATUS];
  if (status === 3) { // The base C kept is gone: send it.
    share(input, base, false);
    r = parseShared();
    status = state[ST_STATUS];
  }
  if (status === 0) return undefined;
  if (base !== undefined) rememberBase(base);
  return status === 1 ? assemble(input, base) : r;
}

function bindingCanParse(input, base) {
  if (!share(input, base, true)) {
    return (base === undefined ? binding.canParse(input) : binding.canParse(input, base)) !== undefined;
  }
  canParseShared();
  if (state[ST_STATUS] === 3) {
    share(input, base, false);
    canParseShared();
  }
  if (state[ST_STATUS] !== 1) return false;
  if (base !== undefined) rememberBase(base);
  return true;
}

const kInspect = Symbol.for('nodejs.util.inspect.custom');
let lazyInspectFn;
function lazyInspect() {
  lazyInspectFn ??= require('internal/util/inspect').inspect;
  return lazyInspectFn;
}

// lode_url_components scheme types (src/url_parser.h).
const SCHEME_OTHER = 0;
const SCHEME_FILE = 6;

// Setter codes of lode_url_set.
const SET_PROTOCOL = 1;
const SET_USERNAME = 2;
const SET_PASSWORD = 3;
const SET_HOST = 4;
const SET_HOSTNAME = 5;
const SET_PORT = 6;
const SET_PATHNAME = 7;
const SET_SEARCH = 8;
const SET_HASH = 9;

const toUSVString = (v) => {
  const s = `${v}`;
  return s.isWellFormed() ? s : s.toWellFormed();
};

function invalidURL(input, base) {
  const err = new ERR_INVALID_URL();
  err.input = input;
  if (base !== undefined) err.base = base;
  return err;
}

// Set by the URL class: the link from a URLSearchParams to its URL.
let setURLQueryFromParams;
let isURLObject;
let formatURLParts;
// Set by URLSearchParams: replace its list from a URL's query.
let updateParamsFromQuery;
let newLinkedParams;

class URL {
  #href = '';
  #protocolEnd = 0;
  #usernameEnd = 0;
  #hostStart = 0;
  #hostEnd = 0;
  #port = -1;
  #pathnameStart = 0;
  #searchStart = -1;
  #hashStart = -1;
  #schemeType = 0;
  #searchParams = undefined;

  constructor(input, base = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    input = `${input}`;
    if (base !== undefined) base = `${base}`;
    const href = bindingParse(input, base);
    if (href === undefined) throw invalidURL(input, base);
    this.#apply(href);
  }

  #apply(href) {
    const c = components;
    this.#href = href;
    this.#protocolEnd = c[0];
    this.#usernameEnd = c[1];
    this.#hostStart = c[2];
    this.#hostEnd = c[3];
    this.#port = c[4];
    this.#pathnameStart = c[5];
    this.#searchStart = c[6];
    this.#hashStart = c[7];
    this.#schemeType = c[8];
  }

  // Runs one setter in C; returns whether it succeeded.
  #update(which, value) {
    const href = bindingUpdate(this.#href, which, value);
    if (href === undefined) return false;
    this.#apply(href);
    return true;
  }

  #queryChanged() {
    if (this.#searchParams !== undefined) updateParamsFromQuery(this.#searchParams, this.#query());
  }

  // The query without '?', or '' when there is none.
  #query() {
    const s = this.#searchStart;
    if (s < 0) return '';
    const end = this.#hashStart >= 0 ? this.#hashStart : this.#href.length;
    return this.#href.slice(s + 1, end);
  }

  static {
    isURLObject = (obj) => obj !== null && typeof obj === 'object' && #href in obj;
    formatURLParts = (url, fragment, unicode, search, auth) => {
      const href = url.#href;
      let out = href.slice(0, url.#protocolEnd);
      const end = url.#searchStart >= 0 ? url.#searchStart : url.#hashStart >= 0 ? url.#hashStart : href.length;
      if (url.#hostStart > url.#protocolEnd) {
        out += '//';
        if (auth && url.#hostStart - 1 > url.#protocolEnd + 2) {
          out += href.slice(url.#protocolEnd + 2, url.#hostStart);
        }
        const hostname = href.slice(url.#hostStart, url.#hostEnd);
        out += unicode ? domainToUnicode(hostname) : hostname;
        out += href.slice(url.#hostEnd, end);
      } else {
        out += href.slice(url.#protocolEnd, end);
      }
      if (search && url.#searchStart >= 0) {
        out += href.slice(url.#searchStart, url.#hashStart >= 0 ? url.#hashStart : href.length);
      }
      if (fragment && url.#hashStart >= 0) out += href.slice(url.#hashStart);
      return out;
    };
    setURLQueryFromParams = (url, query) => {
      url.#update(SET_SEARCH, query);
    };
  }

  toString() { return this.#href; }

  get href() { return this.#href; }

  set href(value) {
    value = `${value}`;
    const href = bindingParse(value, undefined);
    if (href === undefined) throw invalidURL(value);
    this.#apply(href);
    this.#queryChanged();
  }

  get origin() {
    const type = this.#schemeType;
    if (type === SCHEME_FILE) return 'null';
    if (type !== SCHEME_OTHER) {
      const href = this.#href;
      const end = this.#port >= 0 ? this.#pathnameStart : this.#hostEnd;
      return `${href.slice(0, this.#protocolEnd)}//${href.slice(this.#hostStart, end)}`;
    }
    if (this.#protocolEnd === 5 && this.#href.startsWith('blob:')) {
      const inner = bindingParse(this.pathname, undefined);
      if (inner !== undefined && (components[8] === 1 || components[8] === 2)) {
        const end = components[4] >= 0 ? components[5] : components[3];
        return `${inner.slice(0, components[0])}//${inner.slice(components[2], end)}`;
      }
    }
    return 'null';
  }

  get protocol() { return this.#href.slice(0, this.#protocolEnd); }

  set protocol(value) {
    this.#update(SET_PROTOCOL, `${value}`);
  }

  get username() {
    const start = this.#protocolEnd + 2;
    return this.#usernameEnd > start ? this.#href.slice(start, this.#usernameEnd) : '';
  }

  set username(value) {
    this.#update(SET_USERNAME, `${value}`);
  }

  get password() {
    const end = this.#hostStart - 1;
    return end > this.#usernameEnd ? this.#href.slice(this.#usernameEnd + 1, end) : '';
  }

  set password(value) {
    this.#update(SET_PASSWORD, `${value}`);
  }

  get host() {
    const end = this.#port >= 0 ? this.#pathnameStart : this.#hostEnd;
    return this.#href.slice(this.#hostStart, end);
  }

  set host(value) {
    this.#update(SET_HOST, `${value}`);
  }

  get hostname() { return this.#href.slice(this.#hostStart, this.#hostEnd); }

  set hostname(value) {
    this.#update(SET_HOSTNAME, `${value}`);
  }

  get port() { return this.#port >= 0 ? `${this.#port}` : ''; }

  set port(value) {
    this.#update(SET_PORT, `${value}`);
  }

  get pathname() {
    const end = this.#searchStart >= 0 ? this.#searchStart :
      this.#hashStart >= 0 ? this.#hashStart : this.#href.length;
    return this.#href.slice(this.#pathnameStart, end);
  }

  set pathname(value) {
    this.#update(SET_PATHNAME, `${value}`);
  }

  get search() {
    const s = this.#searchStart;
    if (s < 0) return '';
    const end = this.#hashStart >= 0 ? this.#hashStart : this.#href.length;
    return end - s <= 1 ? '' : this.#href.slice(s, end);
  }

  set search(value) {
    this.#update(SET_SEARCH, toUSVString(value));
    this.#queryChanged();
  }

  get searchParams() {
    this.#searchParams ??= newLinkedParams(this, this.#query());
    return this.#searchParams;
  }

  get hash() {
    const h = this.#hashStart;
    return h < 0 || this.#href.length - h <= 1 ? '' : this.#href.slice(h);
  }

  set hash(value) {
    this.#update(SET_HASH, `${value}`);
  }

  toJSON() { return this.#href; }

  static canParse(url, base = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    url = `${url}`;
    return bindingCanParse(url, base === undefined ? undefined : `${base}`);
  }

  static parse(url, base = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    url = `${url}`;
    if (base !== undefined) base = `${base}`;
    if (!bindingCanParse(url, base)) return null;
    return new URL(url, base);
  }

  static createObjectURL(obj) {
    const { Blob } = require('buffer');
    if (typeof Blob !== 'function' || !(obj instanceof Blob)) {
      throw new ERR_INVALID_ARG_TYPE('obj', 'Blob', obj);
    }
    const id = randomUUID();
    blobURLs.set(id, obj);
    return `blob:nodedata:${id}`;
  }

  static revokeObjectURL(url) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    url = `${url}`;
    if (url.startsWith('blob:nodedata:')) blobURLs.delete(url.slice(14));
  }

  [kInspect](depth, opts) {
    if (typeof depth === 'number' && depth < 0) return this;
    const obj = {
      href: this.href,
      origin: this.origin,
      protocol: this.protocol,
      username: this.username,
      password: this.password,
      host: this.host,
      hostname: this.hostname,
      port: this.port,
      pathname: this.pathname,
      search: this.search,
      searchParams: this.searchParams,
      hash: this.hash,
    };
    const ctor = getConstructorName(this, 'URL');
    return `${ctor} ${lazyInspect()(obj, opts)}`;
  }
}

// Registry behind URL.createObjectURL, read by buffer.resolveObjectURL.
const blobURLs = new Map();

// The Blob of a `blob:nodedata:<id>` URL, or undefined.
function resolveObjectURL(url) {
  url = `${url}`;
  const parsed = URL.parse(url);
  if (parsed === null || parsed.protocol !== 'blob:') return undefined;
  const parts = parsed.pathname.split(':');
  if (parts.length !== 2 || parts[0] !== 'nodedata') return undefined;
  return blobURLs.get(parts[1]);
}

function randomUUID() {
  const hex = [];
  for (let i = 0; i < 16; i++) hex.push(Math.floor(Math.random() * 256));
  hex[6] = (hex[6] & 0x0f) | 0x40;
  hex[8] = (hex[8] & 0x3f) | 0x80;
  const h = hex.map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

function getConstructorName(obj, fallback) {
  let proto = Object.getPrototypeOf(obj);
  while (proto !== null) {
    const d = Object.getOwnPropertyDescriptor(proto, 'constructor');
    if (d !== undefined && typeof d.value === 'function' && d.value.name !== '') return d.value.name;
    proto = Object.getPrototypeOf(proto);
  }
  return fallback;
}

function defineWebIDL(proto, tag) {
  // Attributes and operations are enumerable, as WebIDL says and Node does.
  for (const key of Object.getOwnPropertyNames(proto)) {
    if (key === 'constructor') continue;
    const d = Object.getOwnPropertyDescriptor(proto, key);
    d.enumerable = true;
    Object.defineProperty(proto, key, d);
  }
  Object.defineProperty(proto, Symbol.toStringTag, { value: tag, configurable: true });
}

defineWebIDL(URL.prototype, 'URL');
for (const name of ['canParse', 'parse', 'createObjectURL', 'revokeObjectURL']) {
  const d = Object.getOwnPropertyDescriptor(URL, name);
  d.enumerable = true;
  Object.defineProperty(URL, name, d);
}

// application/x-www-form-urlencoded


// 1: an ASCII character the form serializer leaves as is.
const formPlain = new Uint8Array(128);
for (const c of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789*-._') {
  formPlain[c.charCodeAt(0)] = 1;
}
const hexByte = [];
for (let i = 0; i < 256; i++) hexByte.push(`%${i < 16 ? '0' : ''}${i.toString(16).toUpperCase()}`);

// The application/x-www-form-urlencoded byte serializer over a USVString
// (a JS loop: JSC's encodeURIComponent is several times slower).
function encodeForm(s) {
  const n = s.length;
  let out = '';
  let last = 0;
  for (let i = 0; i < n; i++) {
    let c = s.charCodeAt(i);
    if (c < 0x80) {
      if (formPlain[c] === 1) continue;
      if (last < i) out += s.slice(last, i);
      out += c === 32 ? '+' : hexByte[c];
    } else {
      if (last < i) out += s.slice(last, i);
      if (c < 0x800) {
        out += hexByte[0xC0 | (c >> 6)] + hexByte[0x80 | (c & 0x3F)];
      } else if (c < 0xD800 || c >= 0xE000) {
        out += hexByte[0xE0 | (c >> 12)] + hexByte[0x80 | ((c >> 6) & 0x3F)] + hexByte[0x80 | (c & 0x3F)];
      } else {
        // Well-formed: a high surrogate and its low one.
        c = 0x10000 + ((c & 0x3FF) << 10) + (s.charCodeAt(++i) & 0x3FF);
        out += hexByte[0xF0 | (c >> 18)] + hexByte[0x80 | ((c >> 12) & 0x3F)] +
          hexByte[0x80 | ((c >> 6) & 0x3F)] + hexByte[0x80 | (c & 0x3F)];
      }
    }
    last = i + 1;
  }
  if (last === 0) return s;
  return last < n ? out + s.slice(last) : out;
}

// Percent-decoding, then UTF-8 decoding with U+FFFD for invalid bytes, in
// JS: JSC's decodeURIComponent costs more and throws on invalid UTF-8.
// Each run of consecutive escapes is decoded alone: a literal character
// always ends (ASCII) or starts (a lead byte) a UTF-8 sequence, so this is
// the same as decoding the bytes of the whole string.
function hexDigit(c) {
  if (c >= 48 && c <= 57) return c - 48;
  c |= 0x20;
  if (c >= 97 && c <= 102) return c - 87;
  return -1;
}

function percentDecode(s) {
  const n = s.length;
  let out = '';
  let last = 0;
  let i = s.indexOf('%');
  const bytes = [];
  while (i !== -1 && i < n) {
    // The run of escapes starting at i.
    let j = i;
    bytes.length = 0;
    while (j + 2 < n && s.charCodeAt(j) === 37) {
      const hi = hexDigit(s.charCodeAt(j + 1));
      const lo = hi < 0 ? -1 : hexDigit(s.charCodeAt(j + 2));
      if (lo < 0) break;
      bytes.push(hi * 16 + lo);
      j += 3;
    }
    if (bytes.length === 0) {
      i = s.indexOf('%', i + 1);
      continue;
    }
    out += s.slice(last, i) + utf8Decode(bytes);
    last = j;
    i = s.indexOf('%', j);
  }
  return last === 0 ? s : out + s.slice(last);
}

// The Encoding Standard's UTF-8 decoder (one U+FFFD per maximal subpart).
function utf8Decode(bytes) {
  let out = '';
  const n = bytes.length;
  for (let i = 0; i < n;) {
    const b = bytes[i];
    if (b < 0x80) {
      out += String.fromCharCode(b);
      i++;
      continue;
    }
    let need = 0;
    let cp = 0;
    let lo = 0x80;
    let hi = 0xBF;
    if (b >= 0xC2 && b <= 0xDF) {
      need = 1;
      cp = b & 0x1F;
    } else if (b >= 0xE0 && b <= 0xEF) {
      need = 2;
      cp = b & 0x0F;
      if (b === 0xE0) lo = 0xA0;
      if (b === 0xED) hi = 0x9F;
    } else if (b >= 0xF0 && b <= 0xF4) {
      need = 3;
      cp = b & 0x07;
      if (b === 0xF0) lo = 0x90;
      if (b === 0xF4) hi = 0x8F;
    } else {
      out += '\uFFFD';
      i++;
      continue;
    }
    let j = i + 1;
    let k = 0;
    for (; k < need && j < n; k++, j++) {
      const c = bytes[j];
      if (c < lo || c > hi) break;
      lo = 0x80;
      hi = 0xBF;
      cp = (cp << 6) | (c & 0x3F);
    }
    if (k < need) {
      out += '\uFFFD';
      i = j;
      continue;
    }
    out += String.fromCodePoint(cp);
    i = j;
  }
  return out;
}

function decodeForm(s) {
  if (s.indexOf('+') !== -1) s = s.replaceAll('+', ' ');
  return s.indexOf('%') === -1 ? s : percentDecode(s);
}

// Parses a query (without '?') into a flat [name, value, name, value…] list.
function parseForm(input, list) {
  const len = input.length;
  // Most queries have nothing to decode: then no part needs looking at.
  const plain = input.indexOf('%') === -1 && input.indexOf('+') === -1;
  let start = 0;
  let eq = -1;
  for (let i = 0; i <= len; i++) {
    const c = i < len ? input.charCodeAt(i) : 38;
    if (c === 61 /* = */) {
      if (eq < 0) eq = i;
    } else if (c === 38 /* & */) {
      if (i > start) {
        let name;
        let value = '';
        if (eq >= 0) {
          name = input.slice(start, eq);
          value = input.slice(eq + 1, i);
        } else {
          name = input.slice(start, i);
        }
        if (plain) list.push(name, value);
        else list.push(decodeForm(name), decodeForm(value));
      }
      start = i + 1;
      eq = -1;
    }
  }
  return list;
}

function serializeForm(list) {
  let out = '';
  for (let i = 0; i < list.length; i += 2) {
    if (i > 0) out += '&';
    out += `${encodeForm(list[i])}=${encodeForm(list[i + 1])}`;
  }
  return out;
}

// Formats `name { a, b }` as Node does for URLSearchParams and its iterators.
function formatList(name, output, ctx, emptyInner) {
  if (output.length === 0) return `${name} {${emptyInner}}`;
  const length = output.reduce((n, s) => n + s.length + 2, -2);
  if (length > (ctx.breakLength ?? 80)) return `${name} {\n  ${output.join(',\n  ')} }`;
  return `${name} { ${output.join(', ')} }`;
}

function innerOptions(depth, opts) {
  return { ...opts, depth: depth === null || depth === undefined ? depth : depth - 1 };
}

let createParamsIterator;

class URLSearchParams {
  #list = [];
  #url = null;

  constructor(init = undefined) {
    if (init === undefined || init === null) return;
    if (typeof init === 'object' || typeof init === 'function') {
      const iter = init[Symbol.iterator];
      if (iter !== undefined && iter !== null) {
        if (typeof iter !== 'function') throw new ERR_ARG_NOT_ITERABLE('Query pairs');
        for (const pair of init) {
          if (pair === null || (typeof pair !== 'object' && typeof pair !== 'function') ||
              typeof pair[Symbol.iterator] !== 'function') {
            throw new ERR_INVALID_TUPLE('Each query pair', '[name, value]');
          }
          const items = [...pair];
          if (items.length !== 2) throw new ERR_INVALID_TUPLE('Each query pair', '[name, value]');
          this.#list.push(toUSVString(items[0]), toUSVString(items[1]));
        }
      } else {
        for (const key of Reflect.ownKeys(init)) {
          if (typeof key !== 'string') continue;
          const d = Reflect.getOwnPropertyDescriptor(init, key);
          if (d === undefined || !d.enumerable) continue;
          const name = toUSVString(key);
          const value = toUSVString(init[key]);
          // A record keeps one entry per (converted) name: the last value wins.
          let found = false;
          for (let i = 0; i < this.#list.length; i += 2) {
            if (this.#list[i] === name) {
              this.#list[i + 1] = value;
              found = true;
              break;
            }
          }
          if (!found) this.#list.push(name, value);
        }
      }
      return;
    }
    let s = toUSVString(init);
    if (s.charCodeAt(0) === 63 /* ? */) s = s.slice(1);
    parseForm(s, this.#list);
  }

  static {
    newLinkedParams = (url, query) => {
      const p = new URLSearchParams();
      p.#url = url;
      parseForm(query, p.#list);
      return p;
    };
    updateParamsFromQuery = (params, query) => {
      params.#list = parseForm(query, []);
    };
    createParamsIterator = (params, kind) => new URLSearchParamsIterator(params, kind);
  }

  static #check(obj) {
    if (obj == null || !(#list in obj)) throw new ERR_INVALID_THIS('URLSearchParams');
  }

  static listOf(obj) {
    return obj.#list;
  }

  #changed() {
    if (this.#url !== null) setURLQueryFromParams(this.#url, serializeForm(this.#list));
  }

  get size() {
    URLSearchParams.#check(this);
    return this.#list.length / 2;
  }

  append(name, value) {
    URLSearchParams.#check(this);
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('name', 'value');
    this.#list.push(toUSVString(name), toUSVString(value));
    this.#changed();
  }

  delete(name, value = undefined) {
    URLSearchParams.#check(this);
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    const list = this.#list;
    name = toUSVString(name);
    const out = [];
    if (value === undefined) {
      for (let i = 0; i < list.length; i += 2) {
        if (list[i] !== name) out.push(list[i], list[i + 1]);
      }
    } else {
      value = toUSVString(value);
      for (let i = 0; i < list.length; i += 2) {
        if (list[i] !== name || list[i + 1] !== value) out.push(list[i], list[i + 1]);
      }
    }
    this.#list = out;
    this.#changed();
  }

  get(name) {
    URLSearchParams.#check(this);
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    const list = this.#list;
    name = toUSVString(name);
    for (let i = 0; i < list.length; i += 2) {
      if (list[i] === name) return list[i + 1];
    }
    return null;
  }

  getAll(name) {
    URLSearchParams.#check(this);
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    const list = this.#list;
    name = toUSVString(name);
    const out = [];
    for (let i = 0; i < list.length; i += 2) {
      if (list[i] === name) out.push(list[i + 1]);
    }
    return out;
  }

  has(name, value = undefined) {
    URLSearchParams.#check(this);
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    const list = this.#list;
    name = toUSVString(name);
    if (value !== undefined) value = toUSVString(value);
    for (let i = 0; i < list.length; i += 2) {
      if (list[i] === name && (value === undefined || list[i + 1] === value)) return true;
    }
    return false;
  }

  set(name, value) {
    URLSearchParams.#check(this);
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('name', 'value');
    const list = this.#list;
    name = toUSVString(name);
    value = toUSVString(value);
    let found = -1;
    const out = [];
    for (let i = 0; i < list.length; i += 2) {
      if (list[i] !== name) {
        out.push(list[i], list[i + 1]);
      } else if (found === -1) {
        found = i;
        out.push(name, value);
      }
    }
    if (found === -1) out.push(name, value);
    this.#list = out;
    this.#changed();
  }

  sort() {
    URLSearchParams.#check(this);
    const list = this.#list;
    const pairs = [];
    for (let i = 0; i < list.length; i += 2) pairs.push([list[i], list[i + 1]]);
    // Array.prototype.sort is stable; `<` compares UTF-16 code units.
    pairs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    const out = [];
    for (const [k, v] of pairs) out.push(k, v);
    this.#list = out;
    this.#changed();
  }

  entries() {
    URLSearchParams.#check(this);
    return createParamsIterator(this, 2);
  }

  forEach(callback, thisArg = undefined) {
    URLSearchParams.#check(this);
    if (typeof callback !== 'function') throw new ERR_INVALID_ARG_TYPE('callback', 'Function', callback);
    // The list is read live: callbacks may change it.
    for (let i = 0; i < this.#list.length; i += 2) {
      callback.call(thisArg, this.#list[i + 1], this.#list[i], this);
    }
  }

  keys() {
    URLSearchParams.#check(this);
    return createParamsIterator(this, 0);
  }

  values() {
    URLSearchParams.#check(this);
    return createParamsIterator(this, 1);
  }

  toString() {
    URLSearchParams.#check(this);
    return serializeForm(this.#list);
  }

  [kInspect](depth, opts) {
    URLSearchParams.#check(this);
    const name = getConstructorName(this, 'URLSearchParams');
    if (typeof depth === 'number' && depth < 0) return opts.stylize('[Object]', 'special');
    const inspect = lazyInspect();
    const inner = innerOptions(depth, opts);
    const list = this.#list;
    const output = [];
    for (let i = 0; i < list.length; i += 2) {
      output.push(`${inspect(list[i], inner)} => ${inspect(list[i + 1], inner)}`);
    }
    return formatList(name, output, opts, '');
  }
}

const paramsListOf = URLSearchParams.listOf;
delete URLSearchParams.listOf;

const IteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()));

class URLSearchParamsIterator {
  #params;
  #kind;
  #index = 0;

  constructor(params, kind) {
    this.#params = params;
    this.#kind = kind;
  }

  next() {
    if (this == null || !(#params in this)) throw new ERR_INVALID_THIS('URLSearchParamsIterator');
    const list = paramsListOf(this.#params);
    const i = this.#index;
    if (i >= list.length) return { value: undefined, done: true };
    this.#index = i + 2;
    const kind = this.#kind;
    const value = kind === 0 ? list[i] : kind === 1 ? list[i + 1] : [list[i], list[i + 1]];
    return { value, done: false };
  }

  [kInspect](depth, opts) {
    if (this == null || !(#params in this)) throw new ERR_INVALID_THIS('URLSearchParamsIterator');
    if (typeof depth === 'number' && depth < 0) return opts.stylize('[Object]', 'special');
    const inspect = lazyInspect();
    const inner = innerOptions(depth, opts);
    const list = paramsListOf(this.#params);
    const output = [];
    for (let i = this.#index; i < list.length; i += 2) {
      const kind = this.#kind;
      const item = kind === 0 ? list[i] : kind === 1 ? list[i + 1] : [list[i], list[i + 1]];
      output.push(inspect(item, inner));
    }
    return formatList('URLSearchParams Iterator', output, opts, '  ');
  }
}

Object.setPrototypeOf(URLSearchParamsIterator.prototype, IteratorPrototype);
{
  const d = Object.getOwnPropertyDescriptor(URLSearchParamsIterator.prototype, 'next');
  d.enumerable = true;
  Object.defineProperty(URLSearchParamsIterator.prototype, 'next', d);
  Object.defineProperty(URLSearchParamsIterator.prototype, Symbol.toStringTag, {
    value: 'URLSearchParams Iterator', configurable: true,
  });
  // The class constructor is not part of the interface.
  delete URLSearchParamsIterator.prototype.constructor;
}

defineWebIDL(URLSearchParams.prototype, 'URLSearchParams');
Object.defineProperty(URLSearchParams.prototype, Symbol.iterator, {
  value: URLSearchParams.prototype.entries, writable: true, configurable: true,
});

// node:url helpers

function isURL(value) {
  return isURLObject(value);
}

// Node's duck-typed check for URL-like objects (fs paths and the like).
function isURLLike(value) {
  return value != null && typeof value === 'object' && typeof value.href === 'string' &&
    typeof value.protocol === 'string' && value.auth === undefined && value.path === undefined;
}

// decodeURIComponent with V8's message (Node's text) when it fails.
function decodeURIComponentStrict(s) {
  try {
    return decodeURIComponent(s);
  } catch (err) {
    if (err instanceof URIError) throw new URIError('URI malformed');
    throw err;
  }
}

function getPathFromURLPosix(url) {
  if (url.hostname !== '') {
    throw new ERR_INVALID_FILE_URL_HOST(process.platform);
  }
  const pathname = url.pathname;
  for (let n = 0; n < pathname.length; n++) {
    if (pathname[n] === '%') {
      const third = pathname.codePointAt(n + 2) | 0x20;
      if (pathname[n + 1] === '2' && third === 102) {
        throw new ERR_INVALID_FILE_URL_PATH('must not include encoded / characters');
      }
    }
  }
  return decodeURIComponentStrict(pathname);
}

function fileURLToPath(path, options = undefined) {
  void options;
  if (typeof path === 'string') path = new URL(path);
  else if (!isURLLike(path) && !isURL(path)) {
    throw new ERR_INVALID_ARG_TYPE('path', ['string', 'URL'], path);
  }
  if (path.protocol !== 'file:') throw new ERR_INVALID_URL_SCHEME('file');
  return getPathFromURLPosix(path);
}

// Characters pathToFileURL escapes itself: the URL parser would drop
// tab, CR and LF, and read '%', '\\', '?' and '#' as syntax.
const pathEscapes = new Map([
  ['%', '%25'], ['\\', '%5C'], ['\n', '%0A'], ['\r', '%0D'], ['\t', '%09'],
]);
const pathEscapeRe = /[%\\\n\r\t]/g;

function pathToFileURL(filepath, options = undefined) {
  if (typeof filepath !== 'string') throw new ERR_INVALID_ARG_TYPE('path', 'string', filepath);
  void options;
  const path = require('path');
  let resolved = path.resolve(filepath);
  // path.resolve strips a trailing slash, which is significant here.
  if (filepath.charCodeAt(filepath.length - 1) === 47 /* / */ && resolved[resolved.length - 1] !== '/') {
    resolved += '/';
  }
  let s = resolved.replace(pathEscapeRe, (c) => pathEscapes.get(c));
  s = s.replaceAll('?', '%3F').replaceAll('#', '%23');
  return new URL(`file://${s}`);
}

function toPathIfFileURL(fileURLOrPath) {
  if (!isURL(fileURLOrPath) && !isURLLike(fileURLOrPath)) return fileURLOrPath;
  return fileURLToPath(fileURLOrPath);
}

function urlToHttpOptions(url) {
  const { hostname, pathname, port, username, password, search } = url;
  const options = {
    __proto__: null,
    ...url, // In case the url object was extended by the user.
    protocol: url.protocol,
    hostname: hostname && hostname[0] === '[' ? hostname.slice(1, -1) : hostname,
    hash: url.hash,
    search,
    pathname,
    path: `${pathname || ''}${search || ''}`,
    href: url.href,
  };
  if (port !== '') options.port = Number(port);
  if (username || password) {
    options.auth = `${decodeURIComponentStrict(username)}:${decodeURIComponentStrict(password)}`;
  }
  return options;
}

// As in Node, the domain is read as a special URL's hostname setter reads
// it: it ends at the first '/', '?', '#' or '\\'.
function hostOf(domain) {
  const s = `${domain}`;
  const end = s.search(/[/?#\\]/);
  return end === -1 ? s : s.slice(0, end);
}

function domainToASCII(domain) {
  if (arguments.length < 1) throw new ERR_MISSING_ARGS('domain');
  return binding.domainToASCII(hostOf(domain));
}

function domainToUnicode(domain) {
  if (arguments.length < 1) throw new ERR_MISSING_ARGS('domain');
  return binding.domainToUnicode(hostOf(domain));
}

// url.format(URL, options): the href with parts left out.
function formatURL(url, options) {
  if (options !== undefined && options !== null && typeof options !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
  }
  const fragment = options?.fragment ?? true;
  const unicode = options?.unicode ?? false;
  const search = options?.search ?? true;
  const auth = options?.auth ?? true;
  if (fragment && !unicode && search && auth) return url.href;
  return formatURLParts(url, Boolean(fragment), Boolean(unicode), Boolean(search), Boolean(auth));
}

module.exports = {
  URL,
  URLSearchParams,
  URLSearchParamsIterator,
  isURL,
  isURLLike,
  fileURLToPath,
  pathToFileURL,
  toPathIfFileURL,
  urlToHttpOptions,
  domainToASCII,
  domainToUnicode,
  formatURL,
  blobURLs,
  resolveObjectURL,
  encodeForm,
  parseForm,
  decodeURIComponentStrict,
};
