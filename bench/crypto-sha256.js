'use strict';
// sha256 of 1 GB (by default; argv[2] in MB) fed in 64 KB updates to one
// createHash('sha256'). Prints the elapsed ms.
const crypto = require('crypto');

const MB = Number(process.argv[2]) || 1024;
const chunk = Buffer.alloc(64 * 1024, 'lode');
const n = (MB << 20) / chunk.length;
const t0 = process.hrtime.bigint();
const h = crypto.createHash('sha256');
for (let i = 0; i < n; i++) h.update(chunk);
const digest = h.digest('hex');
const ms = Number(process.hrtime.bigint() - t0) / 1e6;
if (digest.length !== 64) throw new Error('bad digest');
console.log(ms);
