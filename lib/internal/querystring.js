'use strict';
// Percent-encoding shared by node:querystring and the legacy url API.

const { codes: { ERR_INVALID_URI } } = require('internal/errors');

const hexTable = new Array(256);
for (let i = 0; i < 256; i++) hexTable[i] = `%${i < 16 ? '0' : ''}${i.toString(16).toUpperCase()}`;

// 1: the ASCII character is left as is by querystring.escape (the
// characters encodeURIComponent leaves alone).
const noEscape = new Int8Array(128);
for (const c of "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!*'()") {
  noEscape[c.charCodeAt(0)] = 1;
}

// UTF-8 percent-encodes str, leaving the characters marked in table. A
// high surrogate takes whatever unit follows it as its pair (as Node does);
// one at the end, or a lone low surrogate, is an error.
function encodeStr(str, table, hex) {
  const len = str.length;
  if (len === 0) return '';
  let out = '';
  let last = 0;
  for (let i = 0; i < len; i++) {
    let c = str.charCodeAt(i);
    if (c < 0x80) {
      if (table[c] === 1) continue;
      if (last < i) out += str.slice(last, i);
      last = i + 1;
      out += hex[c];
      continue;
    }
    if (last < i) out += str.slice(last, i);
    if (c < 0x800) {
      last = i + 1;
      out += hex[0xC0 | (c >> 6)] + hex[0x80 | (c & 0x3F)];
      continue;
    }
    if (c < 0xD800 || c >= 0xE000) {
      last = i + 1;
      out += hex[0xE0 | (c >> 12)] + hex[0x80 | ((c >> 6) & 0x3F)] + hex[0x80 | (c & 0x3F)];
      continue;
    }
    // A surrogate pair.
    i++;
    if (i >= len || c >= 0xDC00) throw new ERR_INVALID_URI();
    const c2 = str.charCodeAt(i) & 0x3FF;
    last = i + 1;
    c = 0x10000 + (((c & 0x3FF) << 10) | c2);
    out += hex[0xF0 | (c >> 18)] + hex[0x80 | ((c >> 12) & 0x3F)] +
      hex[0x80 | ((c >> 6) & 0x3F)] + hex[0x80 | (c & 0x3F)];
  }
  if (last === 0) return str;
  if (last < len) return out + str.slice(last);
  return out;
}

module.exports = { encodeStr, hexTable, noEscape };
