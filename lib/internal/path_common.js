'use strict';
// What path.posix and path.win32 share; each passes its separator test.

// Collapse `.`/`..` segments and repeated separators of `path`.
// Leading `..` segments are kept only when `aboveRoot` is true.
function normalizeSegments(path, aboveRoot, sep, sepTest) {
  const same = alreadyNormal(path, sep, sepTest);
  if (same !== undefined) return same;
  const out = [];
  let start = 0;
  for (let i = 0; i <= path.length; i++) {
    if (i < path.length && !sepTest(path[i])) continue;
    const seg = path.slice(start, i);
    start = i + 1;
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
      else if (aboveRoot) out.push('..');
      continue;
    }
    out.push(seg);
  }
  return out.join(sep);
}

// The common case, a path with nothing to remove (no empty, '.' or '..'
// segment, every separator already `sep`): normalizeSegments' answer is the
// path without its outer separators. undefined otherwise.
function alreadyNormal(path, sep, sepTest) {
  const n = path.length;
  const lead = n > 0 && sepTest(path[0]) ? 1 : 0;
  let start = lead;
  for (let i = lead; i < n; i++) {
    const c = path[i];
    if (!sepTest(c)) continue;
    if (c !== sep) return undefined;
    const len = i - start;
    if (len === 0) return undefined; // two separators in a row
    if ((len === 1 && path[start] === '.') || (len === 2 && path[start] === '.' && path[start + 1] === '.')) {
      return undefined;
    }
    start = i + 1;
  }
  const len = n - start;
  if ((len === 1 && path[start] === '.') || (len === 2 && path[start] === '.' && path[start + 1] === '.')) {
    return undefined;
  }
  const end = n > lead && sepTest(path[n - 1]) ? n - 1 : n;
  return path.slice(lead, end);
}

// Index where the last path component starts and ends (trailing separators
// excluded), searching from `from`. end === -1 when there is no component.
function lastComponent(path, from, sepTest) {
  let end = path.length;
  while (end > from && sepTest(path[end - 1])) end--;
  if (end === from) return { start: from, end: -1 };
  let start = end;
  while (start > from && !sepTest(path[start - 1])) start--;
  return { start, end };
}

// basename() with a suffix, as Node behaves: the suffix is removed when the
// last component ends with it (and is longer); when the component is itself
// a proper tail of the suffix, the trailing separators are kept.
function baseWithSuffix(path, from, start, end, suffix) {
  if (end === -1) return path.slice(from); // only separators: kept
  const base = path.slice(start, end);
  if (base === suffix) return base;
  if (base.endsWith(suffix)) return base.slice(0, base.length - suffix.length);
  if (suffix.endsWith(base)) return path.slice(start);
  return base;
}

// Extension of a single path component: from its last dot, unless that dot
// starts the name ('.bashrc') or the name is '..'.
function extOf(base) {
  const dot = base.lastIndexOf('.');
  if (dot <= 0 || base === '..') return '';
  return base.slice(dot);
}

module.exports = { normalizeSegments, lastComponent, baseWithSuffix, extOf };
