'use strict';
// 100,000 (by default; argv[2]) HMAC-SHA256s of short messages, each
// createHmac(key).update(message).digest('hex'), one key. Prints the elapsed ms.
const crypto = require('crypto');

const N = Number(process.argv[2]) || 100000;
const key = 'a secret key for the benchmark';
const messages = Array.from({ length: 100 }, (_, i) => `{"user":${i},"session":"abcdef${i}","exp":1700000000}`);
const t0 = process.hrtime.bigint();
let length = 0;
for (let i = 0; i < N; i++) length += crypto.createHmac('sha256', key).update(messages[i % 100]).digest('hex').length;
const ms = Number(process.hrtime.bigint() - t0) / 1e6;
if (length !== N * 64) throw new Error('bad digests');
console.log(ms);
