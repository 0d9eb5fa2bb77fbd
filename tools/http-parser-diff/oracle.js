'use strict';
// node's side of tools/http-parser-diff: feeds each case line (type lenient
// max head eof split hex) to node's own HTTP parser (process.binding, only to
// observe node) and prints one trace per case, as trace.c does for lode.
const {HTTPParser, allMethods} = process.binding('http_parser');
const fs = require('fs');
const esc = (s) => s.replace(/[^\x21-\x7e]|\\|\|/g, (c) => '\\x' + c.charCodeAt(0).toString(16).padStart(2, '0'));
function trace(type, lenient, max, head, eof, split, buf) {
  const out = [];
  const p = new HTTPParser();
  p.initialize(type === 'req' ? HTTPParser.REQUEST : HTTPParser.RESPONSE, {}, max, lenient);
  let hdrs = [], url = '';
  let upLike = false, mDone = false; let inBody = false; let trl = [];
  let body = null;
  const flushBody = () => { if (body !== null) { out.push('D' + esc(body)); body = null; } };
  p[HTTPParser.kOnMessageBegin] = () => { flushBody(); out.push('b'); hdrs = []; url = ''; inBody = false; trl = []; upLike = false; mDone = false; };
  p[HTTPParser.kOnHeaders] = (h, u) => { if (inBody) { trl.push(...h); return; } hdrs.push(...h); url += u; };
  p[HTTPParser.kOnHeadersComplete] = (maj, min, h, method, u, status, msg, upgrade, ka) => {
    flushBody();
    if (h) hdrs.push(...h);
    if (u) url += u;
    const hs = [];
    for (let i = 0; i < hdrs.length; i += 2) hs.push(esc(hdrs[i]) + ':' + esc(hdrs[i + 1]));
    out.push(`H ${type === 'req' ? allMethods[method] + ' ' + esc(url) : status + ' ' + esc(msg)} ${maj}.${min} up=${+upgrade} ka=${+ka} [${hs.join(' ')}]`);
    if (upgrade || (type === 'res' && status === 101) || (type === 'req' && allMethods[method] === 'CONNECT')) upLike = true;
    inBody = true;
    return head ? 1 : 0;
  };
  p[HTTPParser.kOnBody] = (b) => { body = (body || '') + b.toString('latin1'); };
  p[HTTPParser.kOnMessageComplete] = () => { flushBody(); if (trl.length) { const ts = []; for (let i = 0; i < trl.length; i += 2) ts.push(esc(trl[i]) + ':' + esc(trl[i + 1])); out.push(`T [${ts.join(' ')}]`); trl = []; } out.push('M'); mDone = true; };
  let off = 0;
  const sizes = split === '-' ? [buf.length] : split.split(',').map(Number);
  let stopped = false;
  for (let i = 0; i < sizes.length && !stopped; i++) {
    const n = i === sizes.length - 1 ? buf.length - off : sizes[i];
    const chunk = buf.subarray(off, off + n);
    if (chunk.length === 0) { off += n; continue; }
    const r = p.execute(chunk);
    flushBody();
    if (r instanceof Error) { out.push(`E ${r.code}|${r.reason}|${off + r.bytesParsed}`); stopped = true; break; }
    if (r !== chunk.length || (upLike && mDone)) { out.push(`U ${off + r}`); stopped = true; break; }
    off += n;
  }
  if (!stopped && eof) {
    const r = p.finish();
    flushBody();
    if (r instanceof Error) out.push(`F ${r.code}|${r.reason}`);
    else out.push('F');
  }
  return out.join(' ; ');
}
const lines = fs.readFileSync(process.argv[2], 'latin1').split('\n').filter(Boolean);
const res = [];
for (const l of lines) {
  const [type, lenient, max, head, eof, split, hex] = l.split(' ');
  res.push(trace(type, +lenient, +max, head === '1', eof === '1', split, Buffer.from(hex || '', 'hex')));
}
process.stdout.write(res.join('\n') + '\n');
