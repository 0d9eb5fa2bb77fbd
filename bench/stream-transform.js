'use strict';
// 1 GB in 64 KB chunks from a Readable through 3 Transform stages into a
// Writable that discards them (stream.pipeline). The stages pass chunks on.
const { Readable, Transform, Writable, pipeline } = require('stream');
const MB = Number(process.argv[2]) || 1024;
const CHUNK = 64 * 1024;
const chunks = (MB << 20) / CHUNK;
const data = Buffer.alloc(CHUNK, 'lode');
let produced = 0;
const source = new Readable({
  read() {
    if (produced++ < chunks) this.push(data);
    else this.push(null);
  },
});
const stage = () => new Transform({ transform(chunk, encoding, cb) { cb(null, chunk); } });
let bytes = 0;
const sink = new Writable({ write(chunk, encoding, cb) { bytes += chunk.length; cb(); } });
const t0 = process.hrtime.bigint();
pipeline(source, stage(), stage(), stage(), sink, (err) => {
  if (err) throw err;
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (bytes !== chunks * CHUNK) throw new Error(`got ${bytes} bytes`);
  console.log(ms);
});
