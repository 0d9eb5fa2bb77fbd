'use strict';
// The global object: which names are enumerable, `global`, and lazily
// created globals that user code can overwrite or delete.
const assert = require('assert');
const { run } = require('../common');

// Node's enumerable globals, in Node's order. Buffer-era and web globals that
// lode does not have yet (fetch, crypto) are checked only where they exist.
const keys = Object.keys(globalThis);
const expected = ['global', 'clearImmediate', 'setImmediate', 'clearInterval', 'clearTimeout',
  'setInterval', 'setTimeout', 'queueMicrotask', 'structuredClone', 'atob', 'btoa', 'performance'];
for (const later of ['fetch', 'crypto']) {
  if (Object.hasOwn(globalThis, later)) expected.push(later);
}
assert.deepStrictEqual(keys, expected);

// Present but not enumerable.
for (const name of ['console', 'process', 'EventTarget', 'Event', 'CustomEvent', 'AbortController',
  'AbortSignal', 'DOMException', 'Performance', 'PerformanceEntry', 'PerformanceMark',
  'PerformanceMeasure', 'PerformanceObserver', 'PerformanceObserverEntryList']) {
  const d = Object.getOwnPropertyDescriptor(globalThis, name);
  assert.ok(d, `${name} is missing`);
  assert.strictEqual(d.enumerable, false, name);
  assert.strictEqual(d.configurable, true, name);
}
// Buffer, URL, TextEncoder… when they exist are not enumerable either.
for (const name of ['Buffer', 'URL', 'URLSearchParams', 'TextEncoder', 'TextDecoder']) {
  const d = Object.getOwnPropertyDescriptor(globalThis, name);
  if (d) assert.strictEqual(d.enumerable, false, name);
}

// `global` is the global object itself, a plain writable data property.
assert.strictEqual(global, globalThis);
assert.deepStrictEqual(Object.getOwnPropertyDescriptor(globalThis, 'global'),
  { value: globalThis, writable: true, enumerable: true, configurable: true });
// The script's `this` is module.exports, not the global object.
assert.strictEqual(this, module.exports);

for (const name of ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'setImmediate',
  'clearImmediate', 'queueMicrotask', 'structuredClone', 'atob', 'btoa']) {
  assert.strictEqual(typeof globalThis[name], 'function', name);
  assert.strictEqual(globalThis[name].name, name);
}
assert.strictEqual(setTimeout, require('timers').setTimeout);
assert.strictEqual(clearImmediate, require('timers').clearImmediate);
assert.strictEqual(typeof performance, 'object');
assert.strictEqual(typeof console.log, 'function');

// Every global can be replaced by plain assignment, keeps its
// enumerability, and can be deleted. Each case runs in a fresh process so
// that the first access is the assignment itself.
const names = ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'setImmediate',
  'clearImmediate', 'queueMicrotask', 'structuredClone', 'atob', 'btoa', 'performance',
  'console', 'EventTarget', 'Event', 'AbortController', 'AbortSignal', 'DOMException', 'process'];
const script = `
'use strict';
const log = process._rawDebug;
const out = [];
for (const name of ${JSON.stringify(names)}) {
  const before = Object.getOwnPropertyDescriptor(globalThis, name).enumerable;
  globalThis[name] = 1;
  const after = Object.getOwnPropertyDescriptor(globalThis, name);
  out.push([name, globalThis[name], after.enumerable === before, delete globalThis[name], name in globalThis]);
}
log(JSON.stringify(out));
`;
const r = run(['-e', script]);
assert.strictEqual(r.status, 0, r.stderr);
assert.deepStrictEqual(JSON.parse(r.stderr), names.map((n) => [n, 1, true, true, false]));

// Assigning through the bare name in sloppy code replaces it too.
assert.strictEqual(run(['-e', 'setTimeout = 5; atob = "x"; process._rawDebug(setTimeout, atob)']).stderr,
  '5 x\n');
// Overwriting before first use does not break the runtime's own timers.
const r2 = run(['-e', `
globalThis.setTimeout = null;
globalThis.setImmediate = null;
require('timers').setTimeout(() => process._rawDebug('timer ran'), 1);
`]);
assert.strictEqual(r2.stderr, 'timer ran\n');
assert.strictEqual(r2.status, 0);
