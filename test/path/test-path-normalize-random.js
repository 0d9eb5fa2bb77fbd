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

// basename, extname and relative (index scans in lode) against plain
// references on the same random shapes.
function referenceBase(p) {
  const segs = p.split('/').filter((s) => s !== '');
  return segs.length === 0 ? '' : segs[segs.length - 1];
}
// Node's suffix rules: removed when the name ends with it and is longer;
// a name that is a proper tail of the suffix keeps its trailing separators;
// a path of separators only is kept whole.
function referenceBaseSuffix(p, suffix) {
  if (suffix === '' || suffix.length > p.length) return referenceBase(p);
  if (suffix === p) return '';
  const base = referenceBase(p);
  if (base === '') return p; // separators only
  if (base === suffix) return base;
  if (base.endsWith(suffix)) return base.slice(0, base.length - suffix.length);
  if (suffix.endsWith(base)) return p.slice(p.lastIndexOf(base));
  return base;
}
function referenceExt(p) {
  const base = referenceBase(p);
  const dot = base.lastIndexOf('.');
  return dot <= 0 || base === '..' ? '' : base.slice(dot);
}
function referenceRelative(from, to) {
  const f = path.posix.resolve(from).split('/').filter(Boolean);
  const t = path.posix.resolve(to).split('/').filter(Boolean);
  let common = 0;
  while (common < f.length && common < t.length && f[common] === t[common]) common++;
  return new Array(f.length - common).fill('..').concat(t.slice(common)).join('/');
}
const names = ['', '/', 'a', 'ab', 'abc', 'b', '.', '..', 'x.y', '.z', 'a.b.c'];
for (let i = 0; i < 30000; i++) {
  let p = '';
  const k = rnd(7);
  for (let j = 0; j < k; j++) p += pieces[rnd(pieces.length)];
  assert.strictEqual(path.posix.basename(p), referenceBase(p), JSON.stringify(p));
  const suffix = names[rnd(names.length)];
  assert.strictEqual(path.posix.basename(p, suffix), referenceBaseSuffix(p, suffix), JSON.stringify([p, suffix]));
  assert.strictEqual(path.posix.extname(p), referenceExt(p), JSON.stringify(p));
  let a = '/';
  let b = '/';
  for (let j = rnd(5); j > 0; j--) a += `${names[rnd(names.length)]}/`;
  for (let j = rnd(5); j > 0; j--) b += `${names[rnd(names.length)]}/`;
  assert.strictEqual(path.posix.relative(a, b), referenceRelative(a, b), JSON.stringify([a, b]));
  assert.strictEqual(path.posix.relative(p || '.', b), referenceRelative(p || '.', b), JSON.stringify([p, b]));
}
