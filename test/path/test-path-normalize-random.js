'use strict';
// normalize, join and resolve on random paths, against a plain reference
// (split on '/', drop '' and '.', let '..' remove the segment before it):
// paths with nothing to remove take a shortcut in lode, and the two ways
// must agree on every shape (leading, trailing and doubled separators, dot
// names that are not '.' or '..').
const assert = require('assert');
const path = require('path');

function referenceNormalize(p) {
  if (p === '') return '.';
  const absolute = p[0] === '/';
  const trailing = p[p.length - 1] === '/';
  const out = [];
  for (const seg of p.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
      else if (!absolute) out.push('..');
      continue;
    }
    out.push(seg);
  }
  let s = out.join('/');
  if (s === '') {
    if (absolute) return '/';
    s = '.';
  }
  if (trailing) s += '/';
  return absolute ? `/${s}` : s;
}

let seed = 7;
const rnd = (n) => {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return (seed >>> 16) % n; // the low bits of this generator repeat quickly
};
const pieces = ['', '/', '//', '.', '..', 'a', 'bc', '.x', '..y', 'z.', '...', 'd/e', './', '../', '/.', '/..'];
for (let i = 0; i < 30000; i++) {
  let p = '';
  const k = rnd(7);
  for (let j = 0; j < k; j++) p += pieces[rnd(pieces.length)];
  assert.strictEqual(path.posix.normalize(p), referenceNormalize(p), JSON.stringify(p));
  const q = pieces[rnd(pieces.length)] + pieces[rnd(pieces.length)];
  const joined = [p, q].filter((s) => s !== '').join('/');
  assert.strictEqual(path.posix.join(p, q), joined === '' ? '.' : referenceNormalize(joined), JSON.stringify([p, q]));
  let resolved = referenceNormalize(p[0] === '/' ? p : `/r/${p}`);
  if (resolved.length > 1 && resolved.endsWith('/')) resolved = resolved.slice(0, -1);
  assert.strictEqual(path.posix.resolve('/r', p), resolved, JSON.stringify(p));
}
