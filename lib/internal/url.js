'use strict';
// The WHATWG URL API (URL, URLSearchParams) over the C parser in src/url.c,
// plus node:url's file URL and host helpers.
//
// A URL keeps its serialized href and the offsets of its components (the C
// parser writes them into a shared Int32Array in the same call that
// returns the href): every getter is a slice of the href, and every setter
// one call into C that re-parses with the Standard's state override.

const {
  codes: {
    ERR_ARG_NOT_ITERABLE, ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_FILE_URL_HOST,
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

// Writes input (and base) into the shared units; false when too long.
function share(input, base) {
  const n = input.length;
  const m = base === undefined ? -1 : base.length;
  if (n + (m > 0 ? m : 0) > UNITS_CAP) return false;
  for (let i = 0; i < n; i++) units[i] = input.charCodeAt(i);
  for (let i = 0; i < m; i++) units[n + i] = base.charCodeAt(i);
  state[ST_INPUT_LEN] = n;
  state[ST_BASE_LEN] = m;
  return true;
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

// The href of input parsed against base (both strings or base undefined),
// with the offsets in `components`; undefined when not a URL.
function bindingParse(input, base) {
  if (!share(input, base)) return base === undefined ? binding.parse(input) : binding.parse(input, base);
  const r = parseShared();
  const status = state[ST_STATUS];
  if (status === 1) return assemble(input, base);
  return status === 2 ? r : undefined;
}

function bindingCanParse(input, base) {
  if (!share(input, base)) {
    return (base === undefined ? binding.canParse(input) : binding.canParse(input, base)) !== undefined;
  }
  canParseShared();
  return state[ST_STATUS] === 1;
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
const SET_HREF = 0;
const SET_PROTOCOL = 1;
const SET_USERNAME = 2;
const SET_PASSWORD = 3;
const SET_HOST = 4;
const SET_HOSTNAME = 5;
const SET_PORT = 6;
const SET_PATHNAME = 7;
const SET_SEARCH = 8;
const SET_HASH = 9;

// Percent-encode sets of lode_url_percent_encode.
const ENC_FORM = 128;

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
    isURLObject = (obj) => obj != null && #href in obj;
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
    return new this(url, base);
  }

  static createObjectURL(obj) {
    const Blob = globalThis.Blob;
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

// Registry behind URL.createObjectURL (for buffer.resolveObjectURL).
const blobURLs = new Map();

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

const plainFormChars = /^[A-Za-z0-9*\-._]*$/;

function encodeForm(s) {
  if (plainFormChars.test(s)) return s;
  return binding.percentEncode(s, ENC_FORM, true);
}

function decodeForm(s) {
  if (s.indexOf('%') !== -1) return binding.percentDecode(s, true);
  return s.indexOf('+') === -1 ? s : s.replaceAll('+', ' ');
}

// Parses a query (without '?') into a flat [name, value, name, value…] list.
function parseForm(input, list) {
  const len = input.length;
  let start = 0;
  while (start < len) {
    let amp = input.indexOf('&', start);
    if (amp === -1) amp = len;
    if (amp > start) {
      const eq = input.indexOf('=', start);
      if (eq !== -1 && eq < amp) {
        list.push(decodeForm(input.slice(start, eq)), decodeForm(input.slice(eq + 1, amp)));
      } else {
        list.push(decodeForm(input.slice(start, amp)), '');
      }
    }
    start = amp + 1;
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

const kKinds = ['keys', 'values', 'entries'];
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
void kKinds;

// node:url helpers

function isURL(value) {
  return isURLObject(value);
}

// Node's duck-typed check for URL-like objects (fs paths and the like).
function isURLLike(value) {
  return value != null && typeof value === 'object' && typeof value.href === 'string' &&
    typeof value.protocol === 'string' && value.auth === undefined && value.path === undefined;
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
  return decodeURIComponent(pathname);
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
    options.auth = `${decodeURIComponent(username)}:${decodeURIComponent(password)}`;
  }
  return options;
}

function domainToASCII(domain) {
  if (arguments.length < 1) throw new ERR_MISSING_ARGS('domain');
  return binding.domainToASCII(`${domain}`);
}

function domainToUnicode(domain) {
  if (arguments.length < 1) throw new ERR_MISSING_ARGS('domain');
  return binding.domainToUnicode(`${domain}`);
}

// url.format(URL, options): the href with parts left out.
function formatURL(url, options) {
  if (options !== undefined && (options === null || typeof options !== 'object')) {
    if (options === null) return url.href;
    throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
  }
  const fragment = options?.fragment ?? true;
  const unicode = options?.unicode ?? false;
  const search = options?.search ?? true;
  const auth = options?.auth ?? true;
  let out = url.protocol;
  const hasHost = url.host !== '' || url.href.startsWith(`${url.protocol}//`);
  if (hasHost) {
    out += '//';
    if (auth && (url.username !== '' || url.password !== '')) {
      out += url.username;
      if (url.password !== '') out += `:${url.password}`;
      out += '@';
    }
    out += unicode ? domainToUnicode(url.hostname) : url.hostname;
    if (url.port !== '') out += `:${url.port}`;
  }
  out += url.pathname;
  if (search) out += url.search;
  if (fragment) out += url.hash;
  return out;
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
  encodeForm,
  parseForm,
};
