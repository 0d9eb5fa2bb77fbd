'use strict';
// atob / btoa (WHATWG forgiving-base64), on JSC's native Uint8Array base64.

const { codes: { ERR_MISSING_ARGS } } = require('internal/errors');

function invalidChar() {
  const { DOMException } = require('internal/dom_exception');
  return new DOMException('Invalid character', 'InvalidCharacterError');
}

function btoa(input) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('input');
  input = `${input}`;
  const bytes = new Uint8Array(input.length);
  for (let i = 0; i < input.length; i++) {
    const c = input.charCodeAt(i);
    if (c > 0xff) throw invalidChar();
    bytes[i] = c;
  }
  return bytes.toBase64();
}

function atob(input) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('input');
  input = `${input}`.replace(/[\t\n\f\r ]/g, '');
  if (input.length % 4 === 0 && input.endsWith('==')) input = input.slice(0, -2);
  else if (input.length % 4 === 0 && input.endsWith('=')) input = input.slice(0, -1);
  if (input.length % 4 === 1 || /[^A-Za-z0-9+/]/.test(input)) throw invalidChar();
  let bytes;
  try {
    bytes = Uint8Array.fromBase64(input, { lastChunkHandling: 'loose' });
  } catch {
    throw invalidChar();
  }
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    out += String.fromCharCode.apply(null, bytes.subarray(i, i + 8192));
  }
  return out;
}

module.exports = { atob, btoa };
