'use strict';
// import() of a graph of 1,000 small generated ES modules (a tree: module i
// imports 2i+1 and 2i+2, and every module imports one shared module), each
// with a few functions, a class, a const object and named exports. The
// files are written before the clock starts; the time is the cold import.
const fs = require('fs');
const os = require('os');
const path = require('path');
const N = Number(process.argv[2]) || 1000;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lode-bench-esm-'));
fs.writeFileSync(path.join(dir, 'shared.mjs'),
  'export const shared = { count: 0 };\nexport function bump() { return ++shared.count; }\n');
for (let i = 0; i < N; i++) {
  const kids = [2 * i + 1, 2 * i + 2].filter((k) => k < N);
  const lines = ["import { shared, bump } from './shared.mjs';"];
  for (const k of kids) lines.push(`import { value as v${k}, Thing${k} } from './m${k}.mjs';`);
  lines.push(
    `export const value = ${i} + ${kids.map((k) => `v${k}`).join(' + ') || 0};`,
    `export class Thing${i} {`,
    '  constructor(x) { this.x = x; this.created = bump(); }',
    `  describe() { return \`thing ${i}: \${this.x} of \${shared.count}\`; }`,
    '}',
    `export function make${i}(x) { return new Thing${i}(x); }`,
    `export const config${i} = { name: 'module ${i}', tags: ['a', 'b', 'c'], nested: { depth: ${i % 7} } };`,
    `export default function run${i}() { return [${kids.map((k) => `new Thing${k}(${k}).describe()`).join(', ')}]; }`,
  );
  fs.writeFileSync(path.join(dir, `m${i}.mjs`), `${lines.join('\n')}\n`);
}

(async () => {
  const t0 = process.hrtime.bigint();
  const ns = await import(path.join(dir, 'm0.mjs'));
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (ns.value !== (N * (N - 1)) / 2) throw new Error(`bad sum ${ns.value}`);
  fs.rmSync(dir, { recursive: true, force: true });
  console.log(ms);
})();
