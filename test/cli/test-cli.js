'use strict';
// The command line: files, -e, -p, stdin, --, options, errors.
const assert = require('assert');
const path = require('path');
const { run, fixtures, isLode } = require('../common');

const dir = path.join(fixtures, 'cli');
const name = process.execPath; // both print argv[0]

// A file with arguments; argv[1] is the absolute path.
let r = run([path.join(dir, 'argv.js'), 'a', '--b', '-c']);
assert.strictEqual(r.status, 0, r.stderr);
assert.strictEqual(r.stdout, '["a","--b","-c"]\n');
r = run(['argv.js', 'x'], { cwd: dir });
assert.strictEqual(r.stdout, '["x"]\n');
r = run(['-e', 'console.log(process.argv[1])', '--', path.join(dir, 'argv.js')]);
assert.strictEqual(r.stdout, `${path.join(dir, 'argv.js')}\n`);

// A `#!` first line is ignored.
r = run([path.join(dir, 'shebang.js')]);
assert.strictEqual(r.stdout, 'shebang ok true\n');

// -e and -p: positional arguments follow execPath directly.
r = run(['-e', 'console.log(process.argv.length, process.argv[1], process.argv[2])', 'x', 'y']);
assert.strictEqual(r.stdout, '3 x y\n');
r = run(['-p', '6 * 7']);
assert.strictEqual(r.stdout, '42\n');
r = run(['-p', '({ a: [1, 2], b: "s" })']);
assert.strictEqual(r.stdout, "{ a: [ 1, 2 ], b: 's' }\n");
r = run(['--print', '"str"']);
assert.strictEqual(r.stdout, 'str\n');
r = run(['-e', 'console.log(__filename, __dirname, typeof require, typeof module, typeof exports)']);
assert.strictEqual(r.stdout, '[eval] . function object object\n');
r = run(['-e', 'var x = 5; console.log(globalThis.x)']);
assert.strictEqual(r.stdout, '5\n');
r = run(['--eval=console.log(1)']);
assert.strictEqual(r.stdout, '1\n');

// execArgv holds the options before the script.
r = run(['--no-warnings', '-e', 'console.log(JSON.stringify(process.execArgv))']);
assert.strictEqual(r.stdout, '["--no-warnings","-e","console.log(JSON.stringify(process.execArgv))"]\n');

// stdin: `-` and a piped script.
r = run(['-', 'a', 'b'], { input: 'console.log(JSON.stringify(process.argv.slice(1)), __filename)' });
assert.strictEqual(r.stdout, '["-","a","b"] [stdin]\n');
r = run([], { input: 'console.log("piped")' });
assert.strictEqual(r.stdout, 'piped\n');

// -r preloads a module.
r = run(['-r', path.join(dir, 'preload.js'), '-p', 'globalThis.preloaded']);
assert.strictEqual(r.stdout, '1\n');

// Unknown options and missing values: exit 9.
r = run(['--bogus-option']);
assert.strictEqual(r.status, 9);
assert.strictEqual(r.stderr, `${name}: bad option: --bogus-option\n`);
r = run(['-e']);
assert.strictEqual(r.status, 9);
assert.strictEqual(r.stderr, `${name}: -e requires an argument\n`);

// A missing file: Node's message, exit code 1.
const missing = path.join(dir, 'does-not-exist.js');
r = run([missing]);
assert.strictEqual(r.status, 1);
assert.match(r.stderr, new RegExp(`Error: Cannot find module '${missing.replace(/[/.]/g, '\\$&')}'`));
assert.match(r.stderr, /code: 'MODULE_NOT_FOUND',\n {2}requireStack: \[\]\n\}/);

// A syntax error names the file and line.
r = run([path.join(dir, 'syntax-error.js')]);
assert.strictEqual(r.status, 1);
assert.ok(r.stderr.startsWith(`${path.join(dir, 'syntax-error.js')}:2\nlet y = ;\n`), r.stderr);
assert.match(r.stderr, /SyntaxError: Unexpected token ';'/);
// -c checks syntax without running.
r = run(['-c', path.join(dir, 'syntax-error.js')]);
assert.strictEqual(r.status, 1);
assert.match(r.stderr, /SyntaxError/);
r = run(['-c', path.join(dir, 'shebang.js')]);
assert.strictEqual(r.status, 0);
assert.strictEqual(r.stdout, '');

// --version and --help.
r = run(['--version']);
assert.strictEqual(r.status, 0);
assert.match(r.stdout, /^v\d+\.\d+\.\d+\n$/);
assert.strictEqual(run(['-v']).stdout, r.stdout);
r = run(['--help']);
assert.strictEqual(r.status, 0);
assert.match(r.stdout, /Usage: (node|lode) \[options\]/);
