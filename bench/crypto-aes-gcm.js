'use strict';
// AES-256-GCM encryption of 1 GB (by default; argv[2] in MB) in 64 KB
// updates to one createCipheriv, then final() and getAuthTag(). Prints the
// elapsed ms.
const crypto = require('crypto');

const MB = Number(process.argv[2]) || 1024;
const key = Buffer.alloc(32, 7);
const iv = Buffer.alloc(12, 1);
const chunk = Buffer.alloc(64 * 1024, 'lode');
const n = (MB << 20) / chunk.length;
const t0 = process.hrtime.bigint();
const cipher = crypto.createCipheriv('aes-256-gcm', key, iv);
let bytes = 0;
for (let i = 0; i < n; i++) bytes += cipher.update(chunk).length;
bytes += cipher.final().length;
const tag = cipher.getAuthTag();
const ms = Number(process.hrtime.bigint() - t0) / 1e6;
if (bytes !== MB << 20 || tag.length !== 16) throw new Error('bad output');
console.log(ms);
