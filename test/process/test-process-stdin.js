'use strict';
// process.stdin reading piped input, in child processes.
const assert = require('assert');
const { run } = require('../common');

const text = 'héllo wörld\n'.repeat(5000) + '€ end';
let r = run(['-e', `let s = ''; process.stdin.setEncoding('utf8');
process.stdin.on('data', (d) => { s += d; });
process.stdin.on('end', () => console.log(s.length, s.slice(-5)));`], { input: text });
assert.strictEqual(r.stdout, `${text.length} € end\n`, r.stderr);

// Raw chunks count bytes; 'end' comes before 'close'.
r = run(['-e', `let n = 0; const ev = [];
process.stdin.on('data', (d) => { n += d.length; });
process.stdin.on('end', () => ev.push('end'));
process.stdin.on('close', () => { ev.push('close'); console.log(n, ev.join()); });`], { input: 'abc€' });
assert.strictEqual(r.stdout, '6 end,close\n', r.stderr);

// Async iteration, and the 'readable' / read() style.
r = run(['-e', `(async () => { process.stdin.setEncoding('utf8'); let s = '';
for await (const c of process.stdin) s += c; console.log(JSON.stringify(s)); })();`], { input: 'a\nb\n' });
assert.strictEqual(r.stdout, '"a\\nb\\n"\n', r.stderr);
r = run(['-e', `process.stdin.setEncoding('utf8'); let s = '';
process.stdin.on('readable', () => { let c; while ((c = process.stdin.read()) !== null) s += c; });
process.stdin.on('end', () => console.log(JSON.stringify(s)));`], { input: 'xyz' });
assert.strictEqual(r.stdout, '"xyz"\n', r.stderr);

// Empty input ends at once; an unread stdin does not keep the process alive.
r = run(['-e', `process.stdin.on('data', () => console.log('data'));
process.stdin.on('end', () => console.log('end'));`], { input: '' });
assert.strictEqual(r.stdout, 'end\n', r.stderr);
r = run(['-e', 'process.stdin; console.log("done")'], { input: 'ignored' });
assert.strictEqual(r.stdout, 'done\n');

// pause() stops the flow and resume() restarts it.
r = run(['-e', `process.stdin.setEncoding('utf8'); let s = '';
process.stdin.on('data', (d) => { s += d; process.stdin.pause(); setTimeout(() => process.stdin.resume(), 5); });
process.stdin.on('end', () => console.log(s.length));`], { input: 'q'.repeat(200000) });
assert.strictEqual(r.stdout, '200000\n', r.stderr);

assert.strictEqual(process.stdin.fd, 0);
assert.throws(() => process.stdin.setEncoding('nope'), { code: 'ERR_UNKNOWN_ENCODING', message: 'Unknown encoding: nope' });
