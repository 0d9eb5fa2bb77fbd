'use strict';
// node:querystring — application/x-www-form-urlencoded the way Node has
// always done it (not the WHATWG URLSearchParams rules).

const { encodeStr, hexTable, noEscape } = require('internal/querystring');

function isHex(c) {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
}

function hexValue(c) {
  return c <= 57 ? c - 48 : (c | 0x20) - 87;
}

let BufferCtor;
function lazyBuffer() {
  BufferCtor ??= require('buffer').Buffer;
  return BufferCtor;
}

// The bytes of s with %XX escapes decoded (and '+' as a space when asked);
// other characters keep their low byte, as Node's unescapeBuffer does.
function unescapeBytes(s, decodeSpaces) {
  const out = new Uint8Array(s.length);
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 43 /* + */ && decodeSpaces) {
      out[n++] = 32;
    } else if (c === 37 /* % */ && i + 2 < s.length && isHex(s.charCodeAt(i + 1)) &&
               isHex(s.charCodeAt(i + 2))) {
      out[n++] = hexValue(s.charCodeAt(i + 1)) * 16 + hexValue(s.charCodeAt(i + 2));
      i += 2;
    } else {
      out[n++] = c & 0xFF;
    }
  }
  return out.subarray(0, n);
}

function unescapeBuffer(s, decodeSpaces) {
  if (typeof s !== 'string') {
    // Node sizes its buffer with s.length, and so fails the same way.
    lazyBuffer().allocUnsafe(s?.length);
  }
  const bytes = unescapeBytes(s, decodeSpaces);
  const B = lazyBuffer();
  return B.from(bytes.buffer, bytes.byteOffset, bytes.length);
}

function utf8(bytes) {
  return internalBinding('encoding').utf8Decode(bytes);
}

function unescape(s, decodeSpaces) {
  try {
    return decodeURIComponent(s);
  } catch {
    return utf8(unescapeBytes(`${s}`, decodeSpaces));
  }
}

function escape(str) {
  if (typeof str !== 'string') {
    if (typeof str === 'object') str = String(str);
    else str += '';
  }
  return encodeStr(str, noEscape, hexTable);
}

function encodeValue(v, encode) {
  if (typeof v === 'string') return v.length ? encode(v) : '';
  if (typeof v === 'number' && Number.isFinite(v)) {
    return Math.abs(v) < 1e21 ? `${v}` : encode(`${v}`);
  }
  if (typeof v === 'bigint') return `${v}`;
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return '';
}

function stringify(obj, sep, eq, options) {
  sep ||= '&';
  eq ||= '=';
  let encode = escape;
  if (options && typeof options.encodeURIComponent === 'function') {
    encode = options.encodeURIComponent;
  }
  const convert = encodeValue;
  if (obj !== null && typeof obj === 'object') {
    const keys = Object.keys(obj);
    const len = keys.length;
    let fields = '';
    for (let i = 0; i < len; ++i) {
      const k = keys[i];
      const v = obj[k];
      let ks = convert(k, encode);
      ks += eq;
      if (Array.isArray(v)) {
        const vlen = v.length;
        if (vlen === 0) continue;
        if (fields) fields += sep;
        for (let j = 0; j < vlen; ++j) {
          if (j) fields += sep;
          fields += ks;
          fields += convert(v[j], encode);
        }
      } else {
        if (fields) fields += sep;
        fields += ks;
        fields += convert(v, encode);
      }
    }
    return fields;
  }
  return '';
}

function decodeStr(s, decoder) {
  try {
    return decoder(s);
  } catch {
    return unescape(s, true);
  }
}

function parse(qs, sep, eq, options) {
  const obj = Object.create(null);
  if (typeof qs !== 'string' || qs.length === 0) return obj;
  const sepStr = sep ? `${sep}` : '&';
  const eqStr = eq ? `${eq}` : '=';
  let pairs = Infinity;
  if (options && typeof options.maxKeys === 'number' && options.maxKeys > 0) pairs = options.maxKeys;
  let decode = unescape;
  if (options && typeof options.decodeURIComponent === 'function') decode = options.decodeURIComponent;
  const custom = decode !== unescape;

  const addPair = (segment) => {
    if (segment.length === 0) return;
    const at = segment.indexOf(eqStr);
    let key;
    let value;
    if (at === -1) {
      key = segment;
      value = '';
    } else {
      key = segment.slice(0, at);
      value = segment.slice(at + eqStr.length);
    }
    key = decodePart(key, decode, custom);
    value = decodePart(value, decode, custom);
    const cur = obj[key];
    if (cur === undefined) obj[key] = value;
    else if (Array.isArray(cur)) cur.push(value);
    else obj[key] = [cur, value];
  };

  if (sepStr === '') {
    // An empty separator (sep = [] is truthy, '' as a string) splits
    // nothing: one pair, whose value Node leaves empty.
    const at = qs.indexOf(eqStr);
    obj[decodePart(at === -1 ? qs : qs.slice(0, at), decode, custom)] = '';
    return obj;
  }
  let start = 0;
  for (;;) {
    const at = qs.indexOf(sepStr, start);
    if (at === -1) break;
    addPair(qs.slice(start, at));
    start = at + sepStr.length;
    if (--pairs === 0) return obj;
  }
  addPair(qs.slice(start));
  return obj;
}

// Node decodes a key or value only when it holds a valid %XX escape (or a
// custom decoder is given); '+' is a space either way.
const validEscape = /%[0-9A-Fa-f]{2}/;

function decodePart(s, decode, custom) {
  if (s.length === 0) return s;
  if (!custom && (s.indexOf('%') === -1 || !validEscape.test(s))) {
    return s.indexOf('+') === -1 ? s : s.replaceAll('+', ' ');
  }
  if (s.indexOf('+') !== -1) s = s.replaceAll('+', '%20');
  return decodeStr(s, decode);
}

module.exports = {
  unescapeBuffer,
  unescape,
  escape,
  stringify,
  encode: stringify,
  parse,
  decode: parse,
};
