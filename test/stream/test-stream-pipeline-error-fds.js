'use strict';
// An error in the middle of pipeline(read -> transform -> write) destroys
// every stage (each is .destroyed and emits 'close') and closes both file
// descriptors: /proc/self/fd has as many entries afterwards as before.
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { pipeline, Transform } = require('stream');
const streamPromises = require('stream/promises');
const { mustCall } = require('../common');

const haveProc = fs.existsSync('/proc/self/fd');
if (!haveProc) console.log('skipping the descriptor counts: no /proc/self/fd on this system');
const countFds = () => (haveProc ? fs.readdirSync('/proc/self/fd').length : 0);
// Setting up stdio may open descriptors (/dev/null for pipes): do it first.
void process.stdout;
void process.stderr;

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lode-plerr-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const src = path.join(dir, 'src.bin');
fs.writeFileSync(src, Buffer.alloc(4 * 1024 * 1024, 'lode'));

const closed = (s) => new Promise((resolve) => s.on('close', mustCall(resolve)));

// Runs one pipeline whose middle stage fails on its 5th chunk and checks
// what is left afterwards. `kind` selects how the failure happens.
async function run(kind) {
  const before = countFds();
  const boom = new Error(`boom (${kind})`);
  const rs = fs.createReadStream(src, { highWaterMark: 16 * 1024 });
  const ws = fs.createWriteStream(path.join(dir, `out-${kind}.bin`));
  let n = 0;
  let middle;
  if (kind === 'generator') {
    // An async generator stage that throws.
    middle = async function*(source) {
      for await (const chunk of source) {
        if (++n === 5) throw boom;
        yield chunk;
      }
    };
  } else {
    middle = new Transform({
      transform(chunk, enc, cb) {
        if (++n !== 5) return cb(null, chunk);
        if (kind !== 'destroy') return cb(boom);
        this.destroy(boom); // fails without calling back
      },
    });
  }
  const streams = kind === 'generator' ? [rs, ws] : [rs, middle, ws];
  const closes = streams.map(closed);
  let err;
  if (kind === 'promise') {
    err = await streamPromises.pipeline(rs, middle, ws).then(() => null, (e) => e);
  } else {
    err = await new Promise((resolve) => pipeline(rs, middle, ws, mustCall(resolve)));
  }
  assert.strictEqual(err, boom);
  assert.strictEqual(n, 5);
  for (const s of streams) assert.strictEqual(s.destroyed, true);
  await Promise.all(closes);
  assert.strictEqual(rs.fd, null);
  assert.strictEqual(ws.fd, null);
  assert.ok(rs.bytesRead < 4 * 1024 * 1024);
  await new Promise((resolve) => setImmediate(resolve));
  assert.strictEqual(countFds(), before, `${kind}: descriptors left open`);
}

(async () => {
  // One asynchronous fs call first, so lazily created loop resources exist.
  await fs.promises.stat(src);
  const start = countFds();
  for (const kind of ['callback', 'destroy', 'promise', 'generator']) await run(kind);
  assert.strictEqual(countFds(), start);
})().then(mustCall());
