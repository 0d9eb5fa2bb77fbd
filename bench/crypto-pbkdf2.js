'use strict';
// pbkdf2Sync with 100,000 iterations of HMAC-SHA256 (32-byte keys), 20
// times (by default; argv[2]), one after the other. Prints the elapsed ms.
const crypto = require('crypto');

const N = Number(process.argv[2]) || 20;
const t0 = process.hrtime.bigint();
for (let i = 0; i < N; i++) {
  if (crypto.pbkdf2Sync('password', `salt${i}`, 100000, 32, 'sha256').length !== 32) throw new Error('bad key');
}
const ms = Number(process.hrtime.bigint() - t0) / 1e6; // before `console` (lazy in lode) loads
console.log(ms);
