'use strict';
// Random HTTP streams (structured, mutated, or fragment soup; requests and
// responses; strict or lenient; small header limits; random splits) as case
// lines for tools/http-parser-diff. Usage: node gen.js COUNT SEED
const seed0 = +process.argv[3] || 1;
let seed = seed0;
const rnd = () => { seed = (seed + 0x6D2B79F5) | 0; let t = Math.imul(seed ^ (seed >>> 15), 1 | seed); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
const ri = (n) => Math.floor(rnd() * n);
const pick = (a) => a[ri(a.length)];
const methods = ['GET', 'GET', 'POST', 'POST', 'PUT', 'HEAD', 'CONNECT', 'OPTIONS', 'DELETE', 'PRI', 'M-SEARCH', 'DESCRIBE', 'SOURCE', 'GET_PARAMETER', 'GE', 'GETX', 'PATCH', 'PURGE', 'QUERY', 'LINK', 'UNLINK', 'UNLOCK', 'LOCK', 'MKCOL', 'MKCALENDAR', 'PROPFIND', 'PROPPATCH', 'PUX', 'POS', 'SUBSCRIBE', 'UNSUBSCRIBE', 'REPORT', 'REBIND', 'TRACE', 'TEARDOWN', 'SETUP', 'SET_PARAMETER', 'FLUSH', 'RECORD', 'PLAY', 'PAUSE', 'ACL', 'BIND', 'UNBIND', 'COPY', 'CHECKOUT', 'MERGE', 'NOTIFY', 'MOVE', 'SEARCH', 'MKACTIVITY', 'ANNOUNCE', 'REDIRECT'];
const urls = ['/', '/a/b?c=d#e', '*', 'http://h.com:80/p?q', 'a.b:443', 'http://u:p@h/', 'http://[::1]/', '/%20', '/?', '/#', 'x', 'http:/x', 'HTTP/1.1', '/a"b', 'h@x@y', 'http://a@b@c/'];
const versions = ['HTTP/1.1', 'HTTP/1.1', 'HTTP/1.0', 'HTTP/0.9', 'HTTP/2.0', 'HTTP/1.2', 'RTSP/1.0', 'ICE/1.0', 'HTTP/3.0', 'HTTP/1.10', 'RTSP/2.0', 'ICE/2.0', 'HTTP/9.9'];
const names = ['Host', 'Content-Length', 'content-length', 'Transfer-Encoding', 'transfer-encoding', 'Connection', 'Proxy-Connection', 'Upgrade', 'Expect', 'X-Foo', 'Accept', 'Content-Lengthx', 'Transfer-Encodin', 'Connectio', 'Upgradex', 'Set-Cookie', 'Keep-Alive'];
const teVals = ['chunked', 'gzip', 'gzip, chunked', 'chunked, gzip', 'CHUNKED', ' chunked ', 'chunked ', 'chunked\t', 'deflate,chunked', ',chunked', 'chunked,', ',', '', 'x', 'chunkedchunked', 'chun', 'gzip ,  chunked', 'chunked ,', 'identity', ', \tchunked', 'a,\tchunked', 'chunked;q=1'];
const connVals = ['close', 'keep-alive', 'upgrade', 'Upgrade', 'keep-alive, upgrade', 'close, upgrade', 'CLOSE', 'Keep-Alive', 'closex', 'close x', 'x, close', 'upgrade,keep-alive', ' , close , ', 'clos', 'keep-alivee', 'upgrade\t', ',\tclose', 'te, close'];
const clVals = ['0', '3', '5', '10', '00', '1 ', ' 1', '1 1', 'a', '-1', '+1', '', '18446744073709551615', '18446744073709551616', '99999999999999999999', '3,3', '0x1', '1\t', '4'];
const other = ['a', '', 'b c', 'x\ty', '100-continue', 'websocket', 'h2c', '\x80\xff', 'a\x01b', 'a\x7f', ' a ', '\tq\t'];
function value(n) {
  const l = n.toLowerCase();
  if (l === 'transfer-encoding') return pick(teVals);
  if (l === 'connection' || l === 'proxy-connection') return pick(connVals);
  if (l === 'content-length') return pick(clVals);
  return pick(other);
}
function chunk(n) {
  let s = n.toString(16);
  if (rnd() < 0.1) s = s.toUpperCase();
  if (rnd() < 0.1) s = '0' + s;
  if (rnd() < 0.15) s += pick([';a', ';a=b', ';a="b c"', ';a="\\""', ';=x', ';a;b', ' ', ';', ';a=', ';a="x"y', ';a=b c', '; a', ';a\x01', ' ;a']);
  return s + '\r\n' + 'x'.repeat(n) + '\r\n';
}
function body(kind, n) {
  if (kind === 'chunked') {
    let s = '';
    const k = ri(3);
    for (let i = 0; i < k; i++) s += chunk(1 + ri(5));
    s += pick(['0', '0', '00', '0;x']) + '\r\n';
    if (rnd() < 0.3) s += pick(['X-T: 1\r\n', 'Content-Length: 1\r\n', 'Transfer-Encoding: x\r\n', ' X: 1\r\n', 'X: a\r\n b\r\n', 'Connection: close\r\n']);
    return s + '\r\n';
  }
  return 'y'.repeat(n);
}
function message(type) {
  let s = '';
  if (rnd() < 0.1) s += pick(['\r\n', '\n', '\r']);
  if (type === 'req') s += pick(methods) + pick([' ', ' ', ' ', '  ']) + pick(urls) + pick([' ', ' ', '  ']) + pick(versions) + '\r\n';
  else s += pick(versions) + ' ' + pick(['200', '200', '204', '304', '101', '100', '404', '2000', '20', '000']) + pick([' OK', ' ', '', ' Switching Protocols', ' a b ']) + '\r\n';
  const nh = ri(5);
  let kind = null;
  for (let i = 0; i < nh; i++) {
    const n = pick(names);
    const v = value(n);
    if (n.toLowerCase() === 'transfer-encoding' && /chunked/i.test(v)) kind = 'chunked';
    s += n + ':' + pick([' ', '', '  ', '\t']) + v + pick(['', '', ' ', '\t']) + '\r\n';
  }
  s += '\r\n';
  s += body(kind, ri(6));
  return s;
}
function mutate(s) {
  const b = Buffer.from(s, 'latin1');
  const arr = [...b];
  const k = 1 + ri(3);
  const interesting = [13, 10, 32, 9, 58, 44, 59, 34, 92, 48, 49, 97, 65, 0, 127, 128, 255, 1, 11, 12, 64, 47, 63, 35, 42, 61];
  for (let i = 0; i < k; i++) {
    const pos = ri(arr.length + 1);
    const op = ri(4);
    const byte = rnd() < 0.8 ? pick(interesting) : ri(256);
    if (op === 0) arr.splice(pos, 0, byte);
    else if (op === 1) arr.splice(pos, 1);
    else if (op === 2) arr[pos] = byte;
    else { const len = 1 + ri(8); arr.splice(pos, 0, ...arr.slice(pos, pos + len)); }
  }
  return Buffer.from(arr);
}
const N = +process.argv[2] || 1000;
const lines = [];
for (let i = 0; i < N; i++) {
  const type = rnd() < 0.6 ? 'req' : 'res';
  let s = message(type);
  const nmsg = ri(3);
  for (let j = 0; j < nmsg; j++) s += message(type);
  let buf = rnd() < 0.5 ? mutate(s) : Buffer.from(s, 'latin1');
  if (rnd() < 0.25) {
    const frags = ['GET ', 'POST ', 'CONNECT ', 'HTTP/1.1', 'HTTP/1.0', 'HTTP/', 'RTSP/', 'ICE/', '\r\n', '\r\n', '\r\n', '\r', '\n', ' ', '  ', '\t', ':', ': ',
      'Content-Length', 'Transfer-Encoding', 'Connection', 'Upgrade', 'Expect', 'Host', 'chunked', 'close', 'upgrade', 'keep-alive',
      ',', ';', '=', '"', '\\', '0', '1', '3', 'f', 'a', 'x', '/', '?', '#', '@', '*', '200', '101', '100', '204', '304',
      '\x00', '\x01', '\x0b', '\x0c', '\x7f', '\x80', '\xff', 'h', 'http://', '[', ']', '\r\n\r\n'];
    const start = type === 'req' ? pick(['GET / HTTP/1.1\r\n', 'POST /x HTTP/1.1\r\n', 'CONNECT a:1 HTTP/1.1\r\n', '']) : pick(['HTTP/1.1 200 OK\r\n', 'HTTP/1.0 101 S\r\n', '']);
    let t = start;
    const k = 5 + ri(40);
    for (let j = 0; j < k; j++) t += pick(frags);
    buf = Buffer.from(t, 'latin1');
  }
  const lr = rnd(); const lenient = lr < 0.25 ? 1023 : 0;
  const max = rnd() < 0.2 ? 10 + ri(80) : 16384;
  const head = type === 'res' && rnd() < 0.1 ? 1 : 0;
  let split = '-';
  if (rnd() < 0.3 && buf.length > 1) {
    const parts = [];
    let left = buf.length;
    while (left > 0) { const n = rnd() < 0.3 ? 1 : 1 + ri(Math.min(left, 20)); parts.push(n); left -= n; }
    split = parts.join(',');
  }
  lines.push(`${type} ${lenient} ${max} ${head} 1 ${split} ${buf.toString('hex')}`);
}
console.log(lines.join('\n'));
