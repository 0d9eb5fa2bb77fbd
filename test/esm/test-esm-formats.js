'use strict';
// JSON modules (the `type: 'json'` attribute and Node's errors without it
// or with a wrong one), node: builtins with named exports and
// syncBuiltinESMExports(), and data: URLs (JavaScript, base64, JSON).
const assert = require('assert');
const path = require('path');
const { fixtures, mustCall } = require('../common');

const dir = path.join(fixtures, 'esm', 'formats');
const url = (f) => `file://${path.join(dir, f)}`;

(async () => {
  const { result: json } = await import(path.join(dir, 'json.mjs'));
  assert.deepStrictEqual(json, {
    data: { name: 'json module', list: [1, 2] },
    keys: ['default'],
    same: true,
    sharedWithRequire: true,
    bom: { bom: true },
  });
  await assert.rejects(import(path.join(dir, 'json-no-attr.mjs')), {
    name: 'TypeError',
    code: 'ERR_IMPORT_ASSERTION_TYPE_MISSING',
    message: `Module "${url('data.json')}" needs an import attribute of type "json"`,
  });
  await assert.rejects(import(path.join(dir, 'js-as-json.mjs')), {
    name: 'TypeError',
    code: 'ERR_IMPORT_ASSERTION_TYPE_FAILED',
    message: `Module "${url('plain.mjs')}" is not of type "json"`,
  });
  await assert.rejects(import(path.join(dir, 'json-css.mjs')), {
    name: 'TypeError',
    code: 'ERR_IMPORT_ASSERTION_TYPE_UNSUPPORTED',
    message: 'Import attribute type "css" is unsupported',
  });
  await assert.rejects(import(path.join(dir, 'extra-attr.mjs')), {
    name: 'TypeError',
    code: 'ERR_IMPORT_ATTRIBUTE_UNSUPPORTED',
    message: 'Import attribute "extra" with value "value" is not supported',
  });
  await assert.rejects(import(path.join(dir, 'broken.json'), { with: { type: 'json' } }), (err) => {
    assert.strictEqual(err.name, 'SyntaxError');
    assert.ok(err.message.startsWith(`${path.join(dir, 'broken.json')}: `), err.message);
    return true;
  });
  // Dynamic import: the same checks, and V8's checks of the options.
  await assert.rejects(import(path.join(dir, 'data.json')), { code: 'ERR_IMPORT_ASSERTION_TYPE_MISSING' });
  assert.deepStrictEqual((await import(path.join(dir, 'data.json'), { with: { type: 'json' } })).default,
    { name: 'json module', list: [1, 2] });
  await assert.rejects(import(path.join(dir, 'data.json'), 5), {
    name: 'TypeError', message: 'The second argument to import() must be an object',
  });
  await assert.rejects(import(path.join(dir, 'data.json'), { with: 5 }), { name: 'TypeError' });
  await assert.rejects(import(path.join(dir, 'data.json'), { with: { type: 5 } }), { name: 'TypeError' });
  await assert.rejects(import('fs', { with: { type: 'json' } }), {
    code: 'ERR_IMPORT_ASSERTION_TYPE_FAILED', message: 'Module "node:fs" is not of type "json"',
  });

  const builtins = await import(path.join(dir, 'builtins.mjs'));
  assert.deepStrictEqual(builtins.result, {
    defaultIsModule: true,
    named: true,
    join: path.join('a', 'b'),
    emitter: true,
    createRequire: 'function',
    process: true,
    tag: 'Module',
  });
  assert.deepStrictEqual(builtins.patchAndSync(), [true, true, true]);
  // A named import from a builtin lode only stubs still links.
  assert.strictEqual((await import(path.join(dir, 'stub-import.mjs'))).type, 'function');
  await assert.rejects(import('node:no-such-builtin'), {
    code: 'ERR_UNKNOWN_BUILTIN_MODULE', message: 'No such built-in module: node:no-such-builtin',
  });

  const { result: data } = await import(path.join(dir, 'data-urls.mjs'));
  assert.deepStrictEqual(data, {
    js: [42, 'data:text/javascript,exp', ['resolve', 'url']],
    b64: 'base64 module',
    json: { k: [1, 2] },
    fromData: path.join('x', 'y'),
    errors: [
      ['TypeError', 'ERR_IMPORT_ASSERTION_TYPE_MISSING',
        'Module "data:application/json,{}" needs an import attribute of type "json"'],
      ['RangeError', 'ERR_UNKNOWN_MODULE_FORMAT', 'Unknown module format: text/plain for URL data:text/plain,hi'],
      ['TypeError', 'ERR_UNSUPPORTED_RESOLVE_REQUEST',
        'Failed to resolve module specifier "./relative.mjs" from "data:text/javascript,import "./relative.mjs";": ' +
        'Invalid relative URL or base scheme is not hierarchical.'],
      ['SyntaxError', undefined, ''],
    ],
  });
})().then(mustCall());
