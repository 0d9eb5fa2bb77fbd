'use strict';
// Compact expectations for table-driven tests: check(fn, expected) compares
// a one-line rendering of fn's result, or of the error it throws
// ('!Name code message'), with expected (produced by running node).
const assert = require('assert');

function show(v) {
  if (typeof v === 'string') return JSON.stringify(v);
  if (typeof v === 'bigint') return `${v}n`;
  if (Buffer.isBuffer(v)) return `<Buffer ${v.toString('hex')}>`;
  if (v instanceof Uint8Array) return `<Uint8Array ${Buffer.from(v.buffer, v.byteOffset, v.length).toString('hex')}>`;
  if (Array.isArray(v)) return `[${v.map(show).join(', ')}]`;
  if (v && typeof v === 'object') return `{${Object.keys(v).map((k) => `${k}: ${show(v[k])}`).join(', ')}}`;
  return String(v);
}
function run(fn) {
  try {
    return show(fn());
  } catch (e) {
    return `!${e.name} ${e.code} ${e.message}`;
  }
}

function check(fn, expected, nameOnly = false) {
  let got = run(fn);
  if (nameOnly) got = got.split(' ')[0] + ' ' + (got.split(' ')[1] === 'undefined' ? 'undefined' : got.split(' ')[1]);
  assert.strictEqual(got, expected, fn.toString());
}

module.exports = { check, run, show };
