'use strict';
// assert() / assert.ok() without a message print the failing call's source.

const assert = require('assert');

function messageOf(fn) {
  try {
    fn();
  } catch (e) {
    if (e.code !== 'ERR_ASSERTION') throw e;
    if (e.generatedMessage !== true) throw new Error(`generatedMessage is ${e.generatedMessage}`);
    if (e.operator !== '==' || e.expected !== true) throw new Error('operator/expected');
    return e.message;
  }
  throw new Error('did not throw');
}

function same(a, b) {
  if (a !== b) throw new Error(`expected ${JSON.stringify(b)}, got ${JSON.stringify(a)}`);
}

// (Arrow functions here have block bodies: JSC drops the frame of a function
// whose last act is a tail call, and the call site would then be lost.)
const head = 'The expression evaluated to a falsy value:\n\n  ';

same(messageOf(() => { assert.ok(false); }), `${head}assert.ok(false)\n`);
same(messageOf(() => { assert(0 === 1); }), `${head}assert(0 === 1)\n`);
same(messageOf(() => { assert.strict(null); }), `${head}assert.strict(null)\n`);
const { ok } = assert;
same(messageOf(() => { ok(typeof 1 === 'string', undefined); }), `${head}ok(typeof 1 === 'string', undefined)\n`);
same(messageOf(() => { assert.ok('a)b' === 'c' /* ) */); }), `${head}assert.ok('a)b' === 'c' /* ) */)\n`);
same(messageOf(() => { assert.ok(`x${'}'}`.length === 0); }), `${head}assert.ok(\`x\${'}'}\`.length === 0)\n`);
same(messageOf(() => { const a = { b: assert }; a.b.ok(/\)/.test('x')); }), `${head}a.b.ok(/\\)/.test('x'))\n`);
same(messageOf(() => {
  assert.ok(
    1 === 2 &&
      3 === 4
  );
}), `${head}assert.ok(\n    1 === 2 &&\n      3 === 4\n  )\n`);

// No argument at all.
same(messageOf(() => { assert.ok(); }), 'No value argument passed to `assert.ok()`');
same(messageOf(() => { assert(); }), 'No value argument passed to `assert.ok()`');

// Without readable source the generic message is used.
same(messageOf(() => { eval('assert.ok(0)'); }), '0 == true');
same(messageOf(() => { new Function('a', 'a(null)')(assert); }), 'null == true');

// Explicit null / undefined messages still generate one.
same(messageOf(() => { assert.ok(0, null); }), `${head}assert.ok(0, null)\n`);

// A message is used as is and marks the message as not generated.
try {
  assert.ok(false, 'given');
} catch (e) {
  same(e.message, 'given');
  same(e.generatedMessage, false);
}
