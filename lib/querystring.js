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
    // Node sizes its buffer with s.length (and so fails the same way), then
    // reads that many characters of the value as a string: past its end,
    // zero bytes. (After a '%' node takes those for hex digits; not here.)
    const len = s.length;
    lazyBuffer().allocUnsafe(len);
    const text = `${s}`;
    s = text.length >= len ? text.slice(0, len) : text + '\0'.repeat(len - text.length);
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

// Node reads the text once, left to right, and its results keep the marks
// of that reading, which a split would not reproduce:
// - the separator, then (until it is found) the '=', are matched by a count
//   of their characters seen in a row; a character that breaks the count
//   starts it over without looking back, and counted characters are not
//   looked at otherwise (as '=', '+' or part of an escape);
// - a key or value is decoded only once a valid %XX was seen in it (with a
//   custom decoder, always); the escape check is one for both, so an escape
//   seen in an already decoded key marks the value;
// - '+' is a space (for a custom decoder, '%20');
// - empty pairs count toward maxKeys (1000 unless a number is given; 0 or
//   less: no limit).
function parse(qs, sep, eq, options) {
  const obj = Object.create(null);
  if (typeof qs !== 'string' || qs.length === 0) return obj;
  const sepStr = sep ? String(sep) : '&';
  const eqStr = eq ? String(eq) : '=';
  const sepLen = sepStr.length;
  const eqLen = eqStr.length;
  let left = 1000;
  if (options && typeof options.maxKeys === 'number') left = options.maxKeys > 0 ? options.maxKeys : -1;
  let decode = module.exports.unescape;
  if (options && typeof options.decodeURIComponent === 'function') decode = options.decodeURIComponent;
  const always = decode !== unescape;
  const space = always ? '%20' : ' ';

  let key = '';
  let value = '';
  let from = 0; // where the text not yet in key or value starts
  let inSep = 0; // characters of sep matched in a row
  let inEq = 0; // of eq, until all of it is (then the value is being read)
  let decodeKey = always;
  let decodeValue = always;
  let escape = 0; // 1 after '%', 2 after '%' and a hex digit, ...
  for (let i = 0; i < qs.length; i++) {
    const c = qs.charCodeAt(i);
    if (c === sepStr.charCodeAt(inSep)) {
      if (++inSep < sepLen) continue;
      const end = i + 1 - sepLen;
      if (inEq < eqLen) {
        if (from < end) {
          key += qs.slice(from, end);
        } else if (key.length === 0) {
          // nothing between two separators
          if (--left === 0) return obj;
          from = i + 1;
          inSep = inEq = 0;
          continue;
        }
      } else if (from < end) {
        value += qs.slice(from, end);
      }
      addPair(obj, key, value, decodeKey, decodeValue, decode);
      if (--left === 0) return obj;
      key = value = '';
      decodeKey = decodeValue = always;
      escape = 0;
      from = i + 1;
      inSep = inEq = 0;
      continue;
    }
    inSep = 0;
    if (inEq < eqLen) {
      if (c === eqStr.charCodeAt(inEq)) {
        if (++inEq === eqLen) {
          const end = i + 1 - eqLen;
          if (from < end) key += qs.slice(from, end);
          escape = 0;
          from = i + 1;
        }
        continue;
      }
      inEq = 0;
      if (!decodeKey) {
        if (c === 37 /* % */) {
          escape = 1;
          continue;
        }
        if (escape > 0) {
          if (isHex(c)) {
            if (++escape === 3) decodeKey = true;
            continue;
          }
          escape = 0;
        }
      }
      if (c === 43 /* + */) {
        if (from < i) key += qs.slice(from, i);
        key += space;
        from = i + 1;
        continue;
      }
    }
    if (c === 43 /* + */) {
      if (from < i) value += qs.slice(from, i);
      value += space;
      from = i + 1;
    } else if (!decodeValue) {
      if (c === 37 /* % */) escape = 1;
      else if (escape > 0) escape = isHex(c) ? escape + 1 : 0;
      if (escape === 3) decodeValue = true;
    }
  }
  if (from < qs.length) {
    if (inEq < eqLen) key += qs.slice(from);
    else if (inSep < sepLen) value += qs.slice(from);
  } else if (inEq === 0 && key.length === 0) {
    return obj;
  }
  addPair(obj, key, value, decodeKey, decodeValue, decode);
  return obj;
}

function addPair(obj, key, value, decodeKey, decodeValue, decode) {
  if (key.length > 0 && decodeKey) key = decodeStr(key, decode);
  if (value.length > 0 && decodeValue) value = decodeStr(value, decode);
  const cur = obj[key];
  if (cur === undefined) obj[key] = value;
  else if (cur.pop) cur[cur.length] = value; // an array (of an earlier repeat)
  else obj[key] = [cur, value];
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
