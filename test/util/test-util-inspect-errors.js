'use strict';
// Expected strings below were produced by running Node v20's util.inspect.
const assert = require('assert');
const util = require('util');
const { inspect } = util;
const T = global.__T || ((fn, expected) => assert.strictEqual(fn(), expected));

// Errors get fixed, V8-format stacks so the output does not depend on the engine.
function mk(Ctor, message, options) {
  const err = options === undefined ? new Ctor(message) : new Ctor(message, options);
  err.stack = `${err.name}: ${message}\n    at fn (/app/file.js:1:2)\n    at other (/app/file.js:3:4)`;
  return err;
}
class MyError extends Error {}
class NamedError extends Error { constructor(m) { super(m); this.name = 'NamedError'; } }

T(() => inspect(mk(Error, 'boom')),
  "Error: boom\n    at fn (/app/file.js:1:2)\n    at other (/app/file.js:3:4)");
T(() => inspect(mk(TypeError, 'bad type')),
  "TypeError: bad type\n    at fn (/app/file.js:1:2)\n    at other (/app/file.js:3:4)");
T(() => inspect({ e: mk(Error, 'nested') }),
  "{\n  e: Error: nested\n      at fn (/app/file.js:1:2)\n      at other (/app/file.js:3:4)\n}");
T(() => inspect([mk(RangeError, 'r')]),
  "[\n  RangeError: r\n      at fn (/app/file.js:1:2)\n      at other (/app/file.js:3:4)\n]");
T(() => inspect({ a: { b: mk(Error, 'two deep') } }),
  "{\n  a: {\n    b: Error: two deep\n        at fn (/app/file.js:1:2)\n        at other (/app/file.js:3:4)\n  }\n}");
T(() => inspect(new Map([['k', mk(Error, 'in map')]])),
  "Map(1) {\n  'k' => Error: in map\n      at fn (/app/file.js:1:2)\n      at other (/app/file.js:3:4)\n}");
T(() => inspect(Object.assign(mk(Error, 'with props'), { code: 'E_CODE', extra: { a: 1 } })),
  "Error: with props\n    at fn (/app/file.js:1:2)\n    at other (/app/file.js:3:4) {\n  code: 'E_CODE',\n  extra: { a: 1 }\n}");
T(() => inspect(mk(Error, 'outer', { cause: mk(Error, 'inner') })),
  "Error: outer\n    at fn (/app/file.js:1:2)\n    at other (/app/file.js:3:4) {\n  [cause]: Error: inner\n      at fn (/app/file.js:1:2)\n      at other (/app/file.js:3:4)\n}");
T(() => inspect(mk(Error, 'c', { cause: 'string cause' })),
  "Error: c\n    at fn (/app/file.js:1:2)\n    at other (/app/file.js:3:4) {\n  [cause]: 'string cause'\n}");
T(() => inspect(mk(Error, 'c', { cause: undefined })),
  "Error: c\n    at fn (/app/file.js:1:2)\n    at other (/app/file.js:3:4) {\n  [cause]: undefined\n}");
T(() => inspect({ e: mk(Error, 'outer', { cause: mk(TypeError, 'inner') }) }),
  "{\n  e: Error: outer\n      at fn (/app/file.js:1:2)\n      at other (/app/file.js:3:4) {\n    [cause]: TypeError: inner\n        at fn (/app/file.js:1:2)\n        at other (/app/file.js:3:4)\n  }\n}");
T(() => { const e = new AggregateError([mk(Error, 'a1'), mk(TypeError, 'a2')], 'agg'); e.stack = 'AggregateError: agg\n    at main (/app/x.js:1:1)'; return inspect(e); },
  "AggregateError: agg\n    at main (/app/x.js:1:1) {\n  [errors]: [\n    Error: a1\n        at fn (/app/file.js:1:2)\n        at other (/app/file.js:3:4),\n    TypeError: a2\n        at fn (/app/file.js:1:2)\n        at other (/app/file.js:3:4)\n  ]\n}");
T(() => inspect(mk(MyError, 'mine')),
  "MyError: mine\n    at fn (/app/file.js:1:2)\n    at other (/app/file.js:3:4)");
T(() => inspect(mk(NamedError, 'named')),
  "NamedError: named\n    at fn (/app/file.js:1:2)\n    at other (/app/file.js:3:4)");
T(() => { const e = mk(Error, 'renamed'); e.name = 'CustomName'; return inspect(e); },
  "Error: renamed\n    at fn (/app/file.js:1:2)\n    at other (/app/file.js:3:4) {\n  name: 'CustomName'\n}");
T(() => { const e = mk(Error, 'm'); e.name = 'TypeError'; return inspect(e); },
  "Error: m\n    at fn (/app/file.js:1:2)\n    at other (/app/file.js:3:4) {\n  name: 'TypeError'\n}");
T(() => { const e = new Error('nostack'); e.stack = ''; return inspect(e); },
  "[Error: nostack]");
T(() => { const e = new Error('nostack'); e.stack = undefined; return inspect(e); },
  "[Error: nostack]");
T(() => { const e = new Error('just a string'); e.stack = 'just a string'; return inspect(e); },
  "[just a string]");
T(() => { const e = new Error(''); e.stack = 'Error\n    at foo (bar.js:1:1)'; return inspect(e); },
  "Error\n    at foo (bar.js:1:1)");
T(() => { const e = new Error('x'); e.stack = 'Error: x'; return inspect(Object.assign(e, { code: 'Y' })); },
  "[Error: x] { code: 'Y' }");
T(() => inspect(Object.setPrototypeOf(mk(Error, 'nullproto'), null)),
  "[Error: null prototype]: nullproto\n    at fn (/app/file.js:1:2)\n    at other (/app/file.js:3:4)");
T(() => inspect(Object.assign(mk(Error, 'short'), { a: 1 }), { compact: true }),
  "{ Error: short\n    at fn (/app/file.js:1:2)\n    at other (/app/file.js:3:4)\n  a: 1 }");
T(() => { const e = mk(Error, 'hidden'); return inspect(e, { showHidden: true }); },
  "Error: hidden\n    at fn (/app/file.js:1:2)\n    at other (/app/file.js:3:4) {\n  [stack]: 'Error: hidden\\n    at fn (/app/file.js:1:2)\\n    at other (/app/file.js:3:4)',\n  [message]: 'hidden'\n}");
T(() => {
  const cause = new Error('cause');
  cause.stack = 'Error: cause\n    at f1 (a.js:1:1)\n    at f2 (a.js:2:1)\n    at f3 (a.js:3:1)\n    at f4 (a.js:4:1)\n    at f5 (a.js:5:1)';
  const err = new Error('eff', { cause });
  err.stack = 'Error: eff\n    at g0 (a.js:9:1)\n    at f2 (a.js:2:1)\n    at f3 (a.js:3:1)\n    at f4 (a.js:4:1)\n    at f5 (a.js:5:1)';
  return inspect(err);
}, "Error: eff\n    at g0 (a.js:9:1)\n    at f2 (a.js:2:1)\n    ... 2 lines matching cause stack trace ...\n    at f5 (a.js:5:1) {\n  [cause]: Error: cause\n      at f1 (a.js:1:1)\n      at f2 (a.js:2:1)\n      at f3 (a.js:3:1)\n      at f4 (a.js:4:1)\n      at f5 (a.js:5:1)\n}");
T(() => { const e = new Error('m'); e.stack = 'Error: m\n    at y (/a/node_modules/pkg/i.js:1:1)\n    at z (/a/node_modules/@scope/pkg/node_modules/dep/j.js:1:1)'; return inspect(e, { colors: true }); },
  "Error: m\n    at y (/a/node_modules/\u001b[4mpkg\u001b[24m/i.js:1:1)\n    at z (/a/node_modules/\u001b[4m@scope/pkg\u001b[24m/node_modules/\u001b[4mdep\u001b[24m/j.js:1:1)");
T(() => { const e = mk(Error, 'x'); return util.format('%s', e); },
  "Error: x\n    at fn (/app/file.js:1:2)\n    at other (/app/file.js:3:4)");
T(() => util.format('%s', Object.assign(new Error('x'), { stack: 'Error: x\n    at y (z:1:1)' })),
  "Error: x\n    at y (z:1:1)");

// Errors created for real: the first line and the frame shape are portable.
{
  const text = inspect(new Error('real'));
  assert.match(text, /^Error: real\n    at /);
  const nested = inspect({ err: new TypeError('t') });
  assert.match(nested, /^{\n  err: TypeError: t\n      at /);
  assert.match(nested, /\n}$/);
  const withCode = inspect(Object.assign(new RangeError('r'), { code: 'X' }));
  assert.match(withCode, /^RangeError: r\n    at [^]* {\n  code: 'X'\n}$/);
}
