'use strict';
// lode recognizes inputs already in serialized form without its parser
// (and has a one-pass parser in C for common URLs): both must give exactly
// what the Standard's state machine gives. This compares every component
// of many near-canonical URLs with a child process that has those fast
// paths off (LODE_URL_NO_FAST_PATH=1; Node ignores it and agrees with itself).
const assert = require('assert');
const { spawnSync } = require('child_process');

function inputs() {
  let seed = 20240611;
  const rnd = (n) => {
    seed ^= seed << 13; seed ^= seed >>> 17; seed ^= seed << 5;
    return (seed >>> 0) % n;
  };
  const pick = (a) => a[rnd(a.length)];
  const schemes = ['http', 'https', 'ws', 'wss', 'ftp', 'file', 'HTTP', 'sc', 'mailto', 'h',
    'data', 'javascript', 'blob', 'a+b.c-d', 'Sc', '1a', 'c'];
  const hosts = ['x.com', 'a.b.c', 'X.com', '1.2.3.4', '1.2.3.04', '255.255.255.255', '256.1.1.1',
    '1.2.3', 'a.1', 'a.1a', 'xn--zca.de', 'axn--b', 'a_b', 'a-b', '[::1]', 'a..b', 'a.', '',
    'ü.de', 'a%41', 'u@h', 'u:p@h', 'localhost', '0x7f.1', 'user:pass@x.com', ':p@h', 'u:@h',
    '@h', ':@h', 'U@h', 'u%20@h', 'u;x@h', 'a@b@c', 'u:p:q@h', 'u:1@h', "u!$&'()*+,-.~@h",
    'u\\@h', 'u|@h', 'u@', 'u:p@1.2.3.4', 'u@xn--zca.de'];
  const ports = ['', ':80', ':443', ':21', ':8080', ':0', ':080', ':65535', ':65536', ':', ':a'];
  const segs = ['', 'a', 'B', '.', '..', '%2e', '.%2E', 'a.b', 'C:', 'c|', 'a b', '%20', 'é',
    '\\', '^', '`', '{', '}', '|', '"', "'", '<', '@', '~', '+', '%zz', '\t'];
  const tails = ['', '?', '?a=b&c', "?'", '?"', '?<', '?a b', '#', '#f', '#`', '#a b', '?q#h',
    '#?', '?é', '#é'];
  const out = [];
  // Opaque paths (mailto:, data:, …) with every printable character.
  for (let c = 0x20; c < 0x80; c++) {
    out.push(`sc:a${String.fromCharCode(c)}b`, `data:${String.fromCharCode(c)}x`, `m:x?${String.fromCharCode(c)}#y`);
  }
  out.push('sc:', 'sc:?', 'sc:#', 'sc: x', 'sc:x ', 'sc:\tx', 'sc:x\n', 'mailto:a@b.c', 'sc:%zz',
    'data:text/plain;base64,SGVsbG8=', 'blob:https://a.com/uuid', 'sc:\\x', 'sc:é');
  for (let i = 0; i < 6000; i++) {
    let s = pick(schemes) + ':' + pick(['//', '//', '//', '///', '/', '']) + pick(hosts) + pick(ports);
    const n = rnd(4);
    for (let k = 0; k < n; k++) s += '/' + pick(segs);
    s += pick(tails);
    out.push(s);
  }
  return out;
}

// Every input alone, then against a base (twice in a row: the second time
// the base is the one the parser remembers, and the fast path is tried).
function components(list) {
  const base = 'https://b.example/x/y?q#f';
  const relative = ['', ' ', 'a', '?', '#', '/', 'c', 'c:', 'sc', 'a:b', ...list.slice(0, 1000)];
  const cases = list.map((s) => [s, undefined]);
  for (const s of relative) cases.push([s, base], [s, base]);
  // Relative references against bases of every shape (resolved in JS when
  // the base is in serialized form with a special scheme).
  const bases = [base, 'https://b.example', 'https://b.example/', 'http://u:p@b.example:8080/a/b/c',
    'ws://b.example/a//b/', 'ftp://b.example/a/b?q', 'https://b.example/a/b#f', 'wss://1.2.3.4/x/',
    'HTTPS://B.example/a/', 'https://b.example/a/../b', 'file:///a/b/c', 'sc://h/a/b', 'mailto:a@b',
    'https://b.example/%2e/x', 'https://b.example?q', 'not a url'];
  const refs = ['', '.', '..', './', '../', '../../', '../../../../x', './x', '../x', '.././x', './../x',
    'x/./y', 'x/../y', '.x', '..x', 'x/..', '%2e%2e/x', '.%2E/x', '/', '//', '///', '//h', '//h/p?q#f',
    '//u:p@h:1/p', '//H/p', '//h:443/', '/p', '/p/../q', '/./p', '?', '?a=b', '?a b', '??', '?#', '#',
    '#f', '#a b', '#?x', 'x', 'x?y#z', 'x y', 'é', 'x:y', 'https:x', 'a/b:c', '\\h\\p', '\\x', 'x\\y',
    ' x', 'x ', '\tx', 'x\ty', 'x\n', '~', 'a%zz', 'a^b', 'C:/x', 'c|'];
  for (const b of bases) for (const r of refs) cases.push([r, b]);
  let seed = 7;
  const rnd = (n) => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; };
  for (let i = 0; i < 3000; i++) {
    let r = '';
    for (let k = rnd(4); k >= 0; k--) r += refs[rnd(refs.length)] + ['', '/'][rnd(2)];
    cases.push([r, bases[rnd(bases.length)]]);
  }
  return cases.map(([s, b]) => {
    try {
      const u = new URL(s, b);
      return [u.href, u.origin, u.protocol, u.username, u.password, u.host, u.hostname, u.port,
        u.pathname, u.search, u.hash];
    } catch (err) {
      return err.code;
    }
  });
}

if (process.argv[2] === 'child') {
  process.stdout.write(JSON.stringify(components(inputs())));
} else {
  const env = { ...process.env, LODE_URL_NO_FAST_PATH: '1' };
  const r = spawnSync(process.execPath, [__filename, 'child'], { env, encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024 });
  assert.strictEqual(r.status, 0, r.stderr);
  const slow = JSON.parse(r.stdout);
  const fast = components(inputs());
  assert.strictEqual(fast.length, slow.length);
  for (let i = 0; i < fast.length; i++) assert.deepStrictEqual(fast[i], slow[i], `case ${i}`);
}
