'use strict';
// Helpers for the test-webcrypto-*.js tests.
const assert = require('assert');
const { mustCall } = require('../common');

const hex = (buf) => Buffer.from(buf).toString('hex');
const fromHex = (s) => new Uint8Array(Buffer.from(s.replace(/\s+/g, ''), 'hex'));
const utf8 = (s) => new TextEncoder().encode(s);

// `promise` must reject with an error whose name, message and (if given)
// code are these; `constructor` checks the class (DOMException, TypeError).
async function rejects(promise, { name, message, code, constructor }) {
  assert.ok(promise instanceof Promise, 'a SubtleCrypto method returns a promise');
  let error;
  try {
    await promise;
  } catch (err) {
    error = err;
  }
  assert.ok(error !== undefined, `expected a rejection with ${name}: ${message}`);
  assert.strictEqual(error.name, name, `${error.name}: ${error.message}`);
  if (message instanceof RegExp) assert.match(error.message, message);
  else assert.strictEqual(error.message, message);
  if (code !== undefined) assert.strictEqual(error.code, code);
  if (constructor !== undefined) assert.ok(error instanceof constructor, `${error} is a ${constructor.name}`);
  if (name !== 'TypeError' && name !== 'RangeError') assert.ok(error instanceof DOMException, `${error} is a DOMException`);
  return error;
}

// Shorthands for the DOMExceptions Web Crypto rejects with.
const dom = (name, message) => ({ name, message, constructor: DOMException });
const typeError = (code, message) => ({ name: 'TypeError', code, message, constructor: TypeError });

// Runs the async test body: it must finish (a rejection is unhandled and
// fails the process).
function run(body) {
  body().then(mustCall());
}

module.exports = { hex, fromHex, utf8, rejects, dom, typeError, run };
