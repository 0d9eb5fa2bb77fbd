'use strict';
// Old and undocumented names packages still use: util._errnoException,
// util._exceptionWithHostPort, util.transferable*, path._makeLong, node:sys.
const assert = require('assert');
const util = require('util');
const path = require('path');

const e = util._errnoException(-2, 'open', 'extra');
assert.strictEqual(e.message, 'open ENOENT extra');
assert.deepStrictEqual(Object.keys(e), ['errno', 'code', 'syscall']);
assert.strictEqual(e.code, 'ENOENT');
const h = util._exceptionWithHostPort(-111, 'connect', '127.0.0.1', 80, 'local');
assert.strictEqual(h.message, 'connect ECONNREFUSED 127.0.0.1:80 - Local (local)');
assert.deepStrictEqual(Object.keys(h), ['errno', 'code', 'syscall', 'address', 'port']);
assert.strictEqual(util._exceptionWithHostPort(-111, 'connect', '127.0.0.1').message, 'connect ECONNREFUSED 127.0.0.1');
// The errno must be a negative integer (node's getSystemErrorName checks).
for (const make of [util._errnoException, util._exceptionWithHostPort]) {
  assert.throws(() => make('x', 'open'), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "err" argument must be of type number. Received type string (\'x\')',
  });
  assert.throws(() => make(undefined, 'open'), { code: 'ERR_INVALID_ARG_TYPE' });
  for (const bad of [0, 1, 1.5, NaN, -1e20]) {
    assert.throws(() => make(bad, 'open', 'h', 1), { code: 'ERR_OUT_OF_RANGE', message: /It must be a negative integer/ });
  }
}
assert.strictEqual(util._errnoException(-99999, 'open').message, 'open Unknown system error -99999');

assert.ok(util.transferableAbortSignal(new AbortController().signal) instanceof AbortSignal);
assert.throws(() => util.transferableAbortSignal(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "signal" argument must be an instance of AbortSignal. Received type number (1)',
});
assert.ok(util.transferableAbortController() instanceof AbortController);

assert.strictEqual(path._makeLong('/a/b'), '/a/b');
assert.strictEqual(path.posix._makeLong, path.posix.toNamespacedPath);
assert.strictEqual(path.win32._makeLong('C:\\x'), '\\\\?\\C:\\x');

const warnings = [];
process.on('warning', (w) => warnings.push(w));
assert.strictEqual(require('sys'), util);
setImmediate(() => {
  assert.strictEqual(warnings.length, 1);
  assert.strictEqual(warnings[0].code, 'DEP0025');
  assert.strictEqual(warnings[0].message, 'sys is deprecated. Use util instead.');
});
