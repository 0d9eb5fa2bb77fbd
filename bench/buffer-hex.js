'use strict';
// Buffer.from(string, 'hex') and buf.toString('hex') on 1 MB, 100 times each.
// Prints the two parts, then the total ms (the last line is the result).
const N = Number(process.argv[2]) || 100;
const text = 'abcdefghijklmnopqrstuvwxyz0123456789'.repeat(30000).slice(0, 1 << 20);
const input = Buffer.from(text, 'latin1').toString('hex');
const bytes = Buffer.from(input, 'hex');
let sink = 0;
const t0 = process.hrtime.bigint();
for (let i = 0; i < N; i++) sink += Buffer.from(input, 'hex').length;
const t1 = process.hrtime.bigint();
for (let i = 0; i < N; i++) sink += bytes.toString('hex').length;
const t2 = process.hrtime.bigint();
if (sink === 0) throw new Error('unreachable');
console.log(`from ${Number(t1 - t0) / 1e6} ms, toString ${Number(t2 - t1) / 1e6} ms`);
console.log(Number(t2 - t0) / 1e6);
