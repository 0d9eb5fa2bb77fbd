'use strict';
// module.register(): resolve/load hook chains (last registered first, each
// calling next or short-circuiting), initialize(data) with a message port,
// virtual modules and formats from load hooks, the main entry through the
// hooks, and node's errors for hooks that break the rules.
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lode-register-'));
const write = (name, text) => fs.writeFileSync(path.join(dir, name), text);

// Hooks A: virtual "virtual:*" modules, a "txt" format turned into a module,
// and a log of what each hook saw.
write('hooks-a.mjs', `
let port;
export function initialize(data) { port = data.port; port.postMessage('initialized ' + data.tag); }
export async function resolve(specifier, context, next) {
  if (specifier.startsWith('virtual:')) return { url: 'virtual:' + specifier.slice(8), shortCircuit: true };
  if (specifier === 'x:incomplete') return { url: 'file:///nope' };
  if (specifier === 'x:badurl') return { url: 5, shortCircuit: true };
  const r = await next(specifier, context);
  if (specifier.endsWith('.txt')) return { ...r, format: 'txt' };
  return r;
}
export async function load(url, context, next) {
  if (url.startsWith('virtual:')) {
    return { format: 'module', source: 'export default ' + JSON.stringify(url.slice(8)), shortCircuit: true };
  }
  if (context.format === 'txt') {
    const { source } = await next(url, { ...context, format: 'module' });
    return { format: 'module', source: 'export default ' + JSON.stringify(String(source).trim()) };
  }
  if (url.endsWith('weird.mjs')) return { format: 'weird', source: '', shortCircuit: true };
  return next(url, context);
}
`);
// Hooks B, registered second so it runs first: upper-cases "shout:" imports
// by rewriting the specifier for the next resolve.
write('hooks-b.mjs', `
export async function resolve(specifier, context, next) {
  if (specifier.startsWith('shout:')) return next('virtual:' + specifier.slice(6).toUpperCase(), context);
  return next(specifier, context);
}
`);
write('register.mjs', `
import { register } from 'node:module';
import { MessageChannel } from 'node:worker_threads';
const { port1, port2 } = new MessageChannel();
port1.on('message', (m) => console.log('from hooks:', m));
port1.unref();
register('./hooks-a.mjs', import.meta.url, { data: { port: port2, tag: 'A' }, transferList: [port2] });
register(new URL('./hooks-b.mjs', import.meta.url));
`);
write('note.txt', 'hello from a text file\n');
write('weird.mjs', 'export default 1;\n');
write('dep.cjs', 'module.exports = { cjs: true };\n');
write('main.mjs', `
import v from 'virtual:one';
import s from 'shout:two';
import t from './note.txt';
import fs from 'node:fs';
import dep from './dep.cjs';
console.log(v, s, t, typeof fs.readFileSync, dep.cjs);
for (const spec of ['x:incomplete', 'x:badurl', './weird.mjs']) {
  try { await import(spec); } catch (e) { console.log(spec, e.code, e.message); }
}
console.log('dynamic', (await import('virtual:three')).default);
`);

const run = (args) => spawnSync(process.execPath, args, { cwd: dir, encoding: 'utf8' });
const r = run(['--import', './register.mjs', 'main.mjs']);
assert.strictEqual(r.stderr, '');
assert.strictEqual(r.status, 0);
// The port's message comes when the hooks thread (node) or the loop (lode) delivers it.
const lines = r.stdout.split('\n');
assert.ok(lines.includes('from hooks: initialized A'), r.stdout);
assert.deepStrictEqual(lines.filter((l) => !l.startsWith('from hooks')), [
  'one TWO hello from a text file function true',
  'x:incomplete ERR_LOADER_CHAIN_INCOMPLETE "./hooks-a.mjs \'resolve\'" did not call the next hook in its chain ' +
    'and did not explicitly signal a short circuit. If this is intentional, include `shortCircuit: true` in the ' +
    'hook\'s return.',
  'x:badurl ERR_INVALID_RETURN_PROPERTY_VALUE Expected a URL string to be returned for the "url" from the ' +
    '"./hooks-a.mjs \'resolve\'" hook but got type number (5).',
  './weird.mjs ERR_UNKNOWN_MODULE_FORMAT Unknown module format: weird for URL ' +
    `${require('url').pathToFileURL(path.join(dir, 'weird.mjs')).href}`,
  'dynamic three',
  '',
]);

// The main entry goes through the hooks once they are registered.
write('main.txt', 'the main text\n');
write('print-main.mjs', `
import { register } from 'node:module';
register('data:text/javascript,' + encodeURIComponent(\`
  export async function load(url, context, next) {
    if (url.endsWith('main.txt')) return { format: 'module', source: 'console.log("main ran through load")', shortCircuit: true };
    return next(url, context);
  }\`));
`);
const m = run(['--import', './print-main.mjs', 'main.txt']);
assert.strictEqual(m.stderr, '');
assert.strictEqual(m.stdout, 'main ran through load\n');

// A CommonJS main entry loaded through the hooks is still require.main.
write('pass.mjs', 'export async function resolve(s, c, next) { return next(s, c); }\n');
write('register-pass.mjs', "import { register } from 'node:module'; register('./pass.mjs', import.meta.url);\n");
write('app.js', 'console.log(require.main === module);\n');
assert.strictEqual(run(['--import', './register-pass.mjs', 'app.js']).stdout, 'true\n');

// Bad registrations.
const bad = run(['-e', `
const { register } = require('module');
for (const args of [[5], ['./nope.mjs'], ['./nope.mjs', 5]]) {
  try { register(...args); } catch (e) { console.log(e.code); }
}
console.log(register.length);
`]);
assert.strictEqual(bad.stdout, 'ERR_UNSUPPORTED_RESOLVE_REQUEST\n'.repeat(3) + '1\n');

fs.rmSync(dir, { recursive: true, force: true });
