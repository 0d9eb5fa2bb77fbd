'use strict';
// atob / btoa (WHATWG forgiving-base64), on JSC's native Uint8Array base64.

const { codes: { ERR_MISSING_ARGS } } = require('internal/errors');

function domError(message) {
  const { DOMException } = require('internal/dom_exception');
  return new DOMException(message, 'InvalidCharacterError');
}

function btoa(input) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('input');
  input = `${input}`;
  const bytes = new Uint8Array(input.length);
  for (let i = 0; i < input.length; i++) {
    const c = input.charCodeAt(i);
    if (c > 0xff) throw domError('Invalid character');
    bytes[i] = c;
  }
  return bytes.toBase64();
}

function isBase64Char(c) {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) ||
    (c >= 0x30 && c <= 0x39) || c === 0x2b || c === 0x2f;
}

// Node reports two messages: a character outside the alphabet (or a
// misplaced / excess '=') is "Invalid character"; a data length that cannot
// be base64 (4n+1 characters) is "not correctly encoded".
function atob(input) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('input');
  input = `${input}`;
  let data = 0;
  let pad = 0;
  let stripped = '';
  let start = 0;
  for (let i = 0; i < input.length; i++) {
    const c = input.charCodeAt(i);
    if (c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d || c === 0x20) {
      stripped += input.slice(start, i);
      start = i + 1;
    } else if (c === 0x3d) {
      pad++;
    } else if (pad === 0 && isBase64Char(c)) {
      data++;
    } else {
      throw domError('Invalid character');
    }
  }
  stripped += input.slice(start);
  if (pad > 2) throw domError('Invalid character');
  if (data % 4 === 1) throw domError('The string to be decoded is not correctly encoded.');
  if (pad > 0 && (data + pad) % 4 !== 0) throw domError('Invalid character');
  if (pad > 0) stripped = stripped.slice(0, data);
  let bytes;
  try {
    bytes = Uint8Array.fromBase64(stripped, { lastChunkHandling: 'loose' });
  } catch {
    throw domError('Invalid character');
  }
  // Bytes to a latin1 string as Buffer makes one (String.fromCharCode.apply
  // over a typed array costs ~25 ns a byte in JSC).
  return bytes.length === 0 ? '' : latin1Slice(bytes, 0, bytes.length);
}

let latin1Ops;
function latin1Slice(bytes, start, end) {
  latin1Ops ??= require('internal/buffer').getEncodingOps('latin1');
  return latin1Ops.slice(bytes, start, end);
}

module.exports = { atob, btoa };
