'use strict';
// A StringDecoder over a 64 MB UTF-8 stream in 1 KB chunks (multi-byte
// characters split across chunk boundaries).
const { StringDecoder } = require('string_decoder');
const MB = Number(process.argv[2]) || 64;
const pattern = Buffer.from('h\u00e9llo w\u00f6rld \u20ac \ud83d\ude00 plain ascii text; '.repeat(2000));
const CHUNK = 1024;
const chunks = Math.floor((MB << 20) / CHUNK);
const d = new StringDecoder('utf8');
let chars = 0;
let pos = 0;
const t0 = process.hrtime.bigint();
for (let i = 0; i < chunks; i++) {
  if (pos + CHUNK > pattern.length) pos = 0;
  chars += d.write(pattern.subarray(pos, pos + CHUNK)).length;
  pos += CHUNK;
}
chars += d.end().length;
if (chars === 0) throw new Error('unreachable');
const ms = Number(process.hrtime.bigint() - t0) / 1e6; // before `console` (lazy in lode) loads
console.log(ms);
