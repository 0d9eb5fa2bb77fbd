'use strict';
// The entry point: .mjs, "type": "module" (.js and extensionless), .cjs,
// syntax detection of a .js file outside any "type" (with Node's warning
// when a package.json is there), -e and stdin with and without
// --input-type, --check; and errors printed as Node prints them (syntax
// errors, missing exports, uncaught throws), with their exit codes.
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { fixtures, run } = require('../common');

const dir = path.join(fixtures, 'esm', 'entry');
const file = (f) => path.join(dir, f);
const url = (f) => `file://${file(f)}`;

function ok(args, stdout, options) {
  const r = run(args, options);
  assert.strictEqual(r.stderr, '', `${args.join(' ')}: ${r.stderr}`);
  assert.strictEqual(r.status, 0, args.join(' '));
  assert.strictEqual(r.stdout, stdout, args.join(' '));
  return r;
}

ok([file('main.mjs')], 'main.mjs undefined undefined undefined 2\n');
ok([file('type-module/main.js')], 'type module .js undefined\n');
ok([file('type-module/noext')], 'type module, no extension undefined\n');
ok([file('type-module/main.cjs')], 'cjs in a type module package function\n');
ok([file('typeless/cjs.js')], 'plain cjs function\n');

let r = run([file('type-module/file.txt')]);
assert.strictEqual(r.status, 1);
assert.ok(r.stderr.includes('TypeError [ERR_UNKNOWN_FILE_EXTENSION]: Unknown file extension ".txt" for ' +
  `${file('type-module/file.txt')}\n`), r.stderr);

// Module syntax in a .js file under a package.json without "type": run as
// a module, with Node's warning.
for (const [f, out] of [['typeless/esm.js', `detected undefined ${path.sep}\n`], ['typeless/tla.js', 'tla detected awaited\n']]) {
  r = run([file(f)]);
  assert.strictEqual(r.status, 0);
  assert.strictEqual(r.stdout, out);
  assert.match(r.stderr, new RegExp(`^\\(node:\\d+\\) \\[MODULE_TYPELESS_PACKAGE_JSON\\] Warning: Module type of ${url(f)} ` +
    'is not specified and it doesn\'t parse as CommonJS.\nReparsing as ES module because module syntax was detected. ' +
    'This incurs a performance overhead.\nTo eliminate this warning, add "type": "module" to ' +
    `${file('typeless/package.json')}.\n`));
}
// No package.json at all: no warning.
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lode-esm-entry-'));
try {
  fs.writeFileSync(path.join(tmp, 'esm.js'), "import { sep } from 'node:path'; console.log('no pkg', sep);\n");
  if (!fs.existsSync(path.join(os.tmpdir(), 'package.json')) && !fs.existsSync('/package.json')) {
    ok([path.join(tmp, 'esm.js')], `no pkg ${path.sep}\n`);
  }
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}

// -e and stdin.
ok(['-e', 'import { sep } from "node:path"; console.log(typeof sep, typeof require)'], 'string undefined\n');
ok(['-e', 'console.log(await Promise.resolve("tla in -e"))'], 'tla in -e\n');
ok(['--input-type=module', '-e', 'console.log(import.meta.url, this)'],
  `${new URL(`file://${path.join(process.cwd(), '[eval1]')}`).href} undefined\n`);
ok(['-e', `import(${JSON.stringify(file('hello.mjs'))}).then(() => console.log(typeof require))`],
  'hello from hello.mjs\nfunction\n');
ok(['-p', 'import("node:path").then((m) => console.log(m.sep)); 1'], `1\n${path.sep}\n`);
ok(['--input-type=module'], 'stdin module undefined\n',
  { input: 'import { sep } from "node:path"; console.log("stdin module", typeof require);' });
ok([], 'stdin detected undefined\n',
  { input: 'import { sep } from "node:path"; console.log("stdin detected", typeof require);' });
r = run(['--input-type=commonjs', '-e', 'import { sep } from "node:path";']);
assert.strictEqual(r.status, 1);
assert.match(r.stderr, /SyntaxError/);
r = run(['--input-type=module', '-p', '1']);
assert.strictEqual(r.status, 1);
assert.match(r.stderr, /Error \[ERR_EVAL_ESM_CANNOT_PRINT\]: --print cannot be used with ESM input/);
r = run(['--input-type=nope', '-e', '1']);
assert.strictEqual(r.status, 9);
assert.strictEqual(r.stderr, `${process.execPath}: --input-type must be "module" or "commonjs"\n`);

// --import: ES modules loaded in order before the entry, whatever it is.
ok(['--import', file('preload.mjs'), '-e', 'console.log("eval", globalThis.preloaded)'],
  'preload string\neval 1\n');
ok(['--import', file('preload.mjs'), '--import', file('preload.mjs'), file('hello.mjs')],
  'preload string\nhello from hello.mjs\n');
r = run(['--import', './no-such-preload.mjs', '-e', 'console.log("never")']);
assert.strictEqual(r.status, 1);
assert.strictEqual(r.stdout, '');
assert.match(r.stderr, /ERR_MODULE_NOT_FOUND/);

// Exit code 13 only when the loop runs dry with the top-level await
// pending, not on process.exit().
ok([file('exit-during-tla.mjs')], '');

// --check
ok(['--check', file('main.mjs')], '');
ok(['--check', file('typeless/esm.js')], '');
r = run(['--check', file('errors/syntax.mjs')]);
assert.strictEqual(r.status, 1);
assert.ok(r.stderr.startsWith(`${file('errors/syntax.mjs')}:2\nlet x = ;\n        ^\n\nSyntaxError: Unexpected token ';'\n`),
  r.stderr);

// Errors.
function fails(f, prefix, status = 1) {
  const res = run([file(f)]);
  assert.strictEqual(res.status, status, f);
  assert.ok(res.stderr.startsWith(prefix), `${f}:\n${res.stderr}`);
  assert.match(res.stderr, /\nNode\.js v\d+\.\d+\.\d+\n$/);
  return res;
}
fails('errors/syntax.mjs', `${url('errors/syntax.mjs')}:2\nlet x = ;\n        ^\n\nSyntaxError: Unexpected token ';'\n`);
fails('errors/missing-export.mjs', `${url('errors/missing-export.mjs')}:2\nimport { nope } from './lib.mjs';\n` +
  "         ^^^^\nSyntaxError: The requested module './lib.mjs' does not provide an export named 'nope'\n");
fails('errors/throws.mjs', `${url('errors/throws.mjs')}:2\nthrow new Error('boom');\n      ^\n\nError: boom\n` +
  `    at ${url('errors/throws.mjs')}:2:7\n`);
fails('errors/throws-after-await.mjs', `${url('errors/throws-after-await.mjs')}:2\n` +
  `throw new TypeError('after await');\n      ^\n\nTypeError: after await\n    at ${url('errors/throws-after-await.mjs')}:2:7\n`);
r = run([file('errors/missing-module.mjs')]);
assert.strictEqual(r.status, 1);
assert.ok(r.stderr.includes(`Error [ERR_MODULE_NOT_FOUND]: Cannot find module '${file('errors/nope.mjs')}' ` +
  `imported from ${file('errors/missing-module.mjs')}\n`), r.stderr);
assert.ok(r.stderr.includes(`  code: 'ERR_MODULE_NOT_FOUND',\n  url: '${url('errors/nope.mjs')}'\n}\n`), r.stderr);
ok([file('errors/caught.mjs')], 'caught to the handler unhandledRejection\n');
r = run([file('errors/exit-event.mjs')]);
assert.strictEqual(r.status, 1);
assert.strictEqual(r.stdout, 'exit 1\n');
