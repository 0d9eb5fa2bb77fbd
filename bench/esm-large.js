'use strict';
// import() of one generated ES module of about 5 MB: imports at the top,
// then thousands of functions, classes, object literals, template strings
// and regular expressions that use the imported names (what the rewrite
// has to find), and named exports. Written before the clock starts.
const fs = require('fs');
const os = require('os');
const path = require('path');
const MB = Number(process.argv[2]) || 5;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lode-bench-esm-'));
fs.writeFileSync(path.join(dir, 'dep.mjs'), [
  'export const base = 1;',
  'export function helper(x) { return x + 1; }',
  'export const table = { a: 1, b: 2 };',
  'export default class Base { get kind() { return "base"; } }',
].join('\n'));
const parts = ["import Base, { base, helper, table } from './dep.mjs';", 'let total = 0;'];
let size = 0;
let i = 0;
while (size < MB * 1024 * 1024) {
  const chunk = [
    `export function f${i}(a, b = base) {`,
    `  const local = { key${i}: a, table, nested: { value: helper(b) } };`,
    `  if (a > ${i} && /^[a-z]+\\d*$/i.test(String(b))) return local.key${i} + table.a;`,
    `  for (let j = 0; j < 3; j++) total += helper(j) * base;`,
    `  return \`f${i}: \${a} \${b} \${local.nested.value}\`;`,
    '}',
    `export class C${i} extends Base {`,
    `  #secret = ${i};`,
    `  static create() { return new C${i}(); }`,
    `  method(x) { return helper(x) + this.#secret + base; }`,
    '}',
    `const arrow${i} = (x) => x?.value ?? helper(${i});`,
    `total += arrow${i}({ value: ${i} }) + (table.b ** 2);`,
    '',
  ].join('\n');
  parts.push(chunk);
  size += chunk.length;
  i++;
}
parts.push('export { total };');
const file = path.join(dir, 'large.mjs');
fs.writeFileSync(file, parts.join('\n'));

(async () => {
  const t0 = process.hrtime.bigint();
  const ns = await import(file);
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (typeof ns.f0 !== 'function' || ns.total === 0) throw new Error('bad module');
  fs.rmSync(dir, { recursive: true, force: true });
  console.log(ms);
})();
