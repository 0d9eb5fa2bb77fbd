'use strict';
// node:repl and `lode -i` (lode's own behaviour: node's REPL on a pipe
// drops the lines after an await): each input runs in this context, open input
// continues with '... ', `{...}` alone is an object, `_` holds the last
// value, errors print as `Uncaught ...`, commands (.help, .break, .exit and
// defineCommand), built-in modules as globals.
const assert = require('assert');
const repl = require('repl');
const { PassThrough } = require('stream');
const { spawnSync } = require('child_process');

const session = '1+1\nlet a = 5\na*2\n{a:1}\nfunction f(x) {\nreturn x*3\n}\nf(4)\n_\n"str"\n' +
  'throw new Error("boom")\npath.basename("/x/y.js")\nconst e = new Error("x"); e.code = "E_X"; throw e\n.exit\n';
const r = spawnSync(process.execPath, ['-i'], { input: session, encoding: 'utf8' });
assert.strictEqual(r.status, 0, r.stderr);
const lines = r.stdout.split('\n');
assert.match(lines[0], /^Welcome to /);
assert.strictEqual(lines[1], 'Type ".help" for more information.');
assert.deepStrictEqual(lines.slice(2), ['> 2', '> undefined', '> 10', '> { a: 1 }', '> ... ... undefined', '> 12',
  '> 12', "> 'str'", '> Uncaught Error: boom', "> 'y.js'",
  "> Uncaught [Error: x] { code: 'E_X' }", '> ']);

// Top-level await: later lines wait; a declaration stays a global.
const awaits = 'await Promise.resolve(5)\nconst v = await Promise.resolve(7)\nv\nawait Promise.reject(new Error("no"))\n' +
  'await new Promise((r) => setTimeout(() => r("later"), 50))\n1 + await 2\n';
const ra = spawnSync(process.execPath, ['-i'], { input: awaits, encoding: 'utf8' });
assert.strictEqual(ra.status, 0, ra.stderr);
assert.deepStrictEqual(ra.stdout.split('\n').slice(2), ['> 5', '> undefined', '> 7', '> Uncaught Error: no', "> 'later'",
  '> 3', '> ']);

// Programmatic, on streams.
const input = new PassThrough();
const output = new PassThrough();
let out = '';
output.on('data', (d) => { out += d; });
const server = repl.start({ input, output, prompt: '$ ', terminal: false });
assert.ok(server instanceof repl.REPLServer);
let said;
server.defineCommand('hi', { help: 'Say hi', action(name) { said = name; this._writeToOutput(`hi ${name}\n`); } });
let exited = false;
server.on('exit', () => { exited = true; });
input.write('[1, 2].map((x) => x * 3)\n');
input.write('_.length\n');
input.write('if (true) {\n');
input.write('.break\n');
input.write('.hi there\n');
input.write('.help\n');
input.write('.nope\n');
input.write('x = 1; undefinedThing\n');
input.write('.exit\n');
setImmediate(() => {
  assert.strictEqual(said, 'there');
  assert.ok(exited);
  assert.ok(out.startsWith('$ [ 3, 6 ]\n$ 2\n$ ... $ hi there\n$ .break'), JSON.stringify(out));
  assert.match(out, /\.hi\s+Say hi\n/);
  assert.match(out, /\.exit\s+Exit the REPL\n/);
  assert.match(out, /Invalid REPL keyword\n/);
  assert.match(out, /Uncaught ReferenceError: .*undefinedThing/);
  assert.strictEqual(repl.isValidSyntax('let x = 1'), true);
  assert.strictEqual(repl.isValidSyntax('let = ;'), false);
});
