'use strict';
// The global console before process.stdout / process.stderr exist: plain
// text goes straight to fd 1 and 2. What a program sees must not change:
// formatting, group indentation, the order of output, and the streams
// taking over once somebody touches them. Each case runs in a child (the
// streams must not exist yet) whose stdout and stderr go to one pipe, a
// file or two pipes; the expected texts are node's.
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');

function run(code, stdio = 'pipe') {
  const r = spawnSync(process.execPath, ['-e', code], { encoding: 'utf8', timeout: 30000, stdio });
  assert.strictEqual(r.status, 0, `${code}\n${r.stderr}`);
  return r;
}

// stdout and stderr into the same pipe: the order of the calls is kept.
function merged(code) {
  const r = spawnSync('bash', ['-c', `"${process.execPath}" -e '${code}' 2>&1`],
    { encoding: 'utf8', timeout: 30000 });
  assert.strictEqual(r.status, 0, r.stdout);
  return r.stdout;
}

// Joining, numbers, booleans, and '%' (a directive only with more arguments).
let r = run(String.raw`
  console.log("a", 1, -0, 0, NaN, 1e21, -1.5, true, false);
  console.log("100%");
  console.log("%%");
  console.log("%s");
  console.log("%s!", "x");
  console.log("%d%%", 5);
  console.log("x%", "y");
  console.log(2, "%s", "z");
  console.log();
  console.log("");
  console.log("multi\nline", "\u00e9\u20ac\ud83d\ude00", "\ud800");
  console.info("info");
  console.debug("debug");
  console.warn("warn", 2);
  console.error("error");
  console.log(null, undefined, { a: 1 }, [1], 5n, Symbol("s"));
`);
assert.strictEqual(r.stdout, [
  'a 1 -0 0 NaN 1e+21 -1.5 true false',
  '100%',
  '%%',
  '%s',
  'x!',
  '5%',
  'x% y',
  '2 %s z',
  '',
  '',
  'multi\nline \u00e9\u20ac\ud83d\ude00 \ufffd',
  'info',
  'debug',
  "null undefined { a: 1 } [ 1 ] 5n Symbol(s)",
  '',
].join('\n'));
assert.strictEqual(r.stderr, 'warn 2\nerror\n');

// Group indentation applies to direct and formatted output alike.
r = run(String.raw`
  console.group("g1");
  console.log("a\nb");
  console.group();
  console.error("deep", 1);
  console.log({ x: 1 });
  console.groupEnd();
  console.groupEnd();
  console.log("out");
`);
assert.strictEqual(r.stdout, 'g1\n  a\n  b\n    { x: 1 }\nout\n');
assert.strictEqual(r.stderr, '    deep 1\n');

// Order across the two descriptors, and with process.stdout once it exists.
assert.strictEqual(merged(String.raw`
  console.log("1");
  console.error("2");
  console.log("3");
  process.stdout.write("4\n");
  console.log("5");
  process.stderr.write("6\n");
  console.error("7");
`), '1\n2\n3\n4\n5\n6\n7\n');

// A process.stdout.write replaced after the first direct write sees every
// later console.log (touching process.stdout hands output to the stream).
r = run(String.raw`
  console.log("before");
  const seen = [];
  const write = process.stdout.write;
  process.stdout.write = function (s) { seen.push(s); return true; };
  console.log("captured", 1);
  process.stdout.write = write;
  console.log(JSON.stringify(seen));
`);
assert.strictEqual(r.stdout, 'before\n["captured 1\\n"]\n');

// A console whose _stdout was replaced writes there, direct or not.
r = run(String.raw`
  console.log("a");
  let got = "";
  console._stdout = new (require("stream").Writable)({ write(c, e, cb) { got += c; cb(); } });
  console.log("b");
  console.error("c");
  process.stderr.write(JSON.stringify(got) + "\n");
`);
assert.strictEqual(r.stdout, 'a\n');
assert.strictEqual(r.stderr, 'c\n"b\\n"\n');

// console.context() is node's inspector-only console: nothing printed.
assert.strictEqual(merged(String.raw`
  const c = console.context("name");
  console.log("x");
  for (const k of Object.keys(c)) c[k]("y");
  c.assert(false, "z");
  console.log("w", Object.keys(c).length, c.log.length, c.dirXml.name);
`), 'x\nw 22 1 dirXml\n');

// stdout redirected to a file: appended in order after what the file had.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lode-console-'));
const file = path.join(dir, 'out.txt');
fs.writeFileSync(file, 'start\n');
const fd = fs.openSync(file, 'a');
run('console.log("one"); console.log("two", 2); process.stdout.write("three\\n"); console.log("four")',
  ['ignore', fd, 'pipe']);
fs.closeSync(fd);
assert.strictEqual(fs.readFileSync(file, 'utf8'), 'start\none\ntwo 2\nthree\nfour\n');

// Output larger than a pipe's buffer (500 KB, under spawnSync's maxBuffer),
// read while it is written: all of it.
r = run('const line = "x".repeat(1000); for (let i = 0; i < 500; i++) console.log(i, line)');
const lines = r.stdout.split('\n');
assert.strictEqual(lines.length, 501);
assert.strictEqual(lines[499], `499 ${'x'.repeat(1000)}`);

// stdout closed: nothing to write to, and no error.
r = spawnSync('bash', ['-c', `"${process.execPath}" -e 'console.log("lost"); console.error("kept")' >&-`],
  { encoding: 'utf8', timeout: 30000 });
assert.strictEqual(r.status, 0);
assert.strictEqual(r.stderr, 'kept\n');
fs.rmSync(dir, { recursive: true, force: true });
