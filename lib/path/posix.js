'use strict';
// path.posix: POSIX path manipulation (pure string functions).

const { validateString, validateObject } = require('internal/validators');
const { normalizeSegments, lastComponent, baseWithSuffix, extOf } = require('internal/path_common');

const isSep = (c) => c === '/';


function formatPath(sep, pathObject) {
  validateObject(pathObject, 'pathObject');
  const dir = pathObject.dir || pathObject.root;
  let ext = pathObject.ext || '';
  if (ext && ext[0] !== '.') ext = `.${ext}`;
  const base = pathObject.base || `${pathObject.name || ''}${ext}`;
  if (!dir) return base;
  return dir === pathObject.root ? `${dir}${base}` : `${dir}${sep}${base}`;
}

const posix = {
  resolve(...args) {
    let resolved = '';
    let absolute = false;
    for (let i = args.length - 1; i >= -1 && !absolute; i--) {
      const p = i >= 0 ? args[i] : process.cwd();
      validateString(p, `paths[${i}]`);
      if (p.length === 0) continue;
      resolved = `${p}/${resolved}`;
      absolute = p[0] === '/';
    }
    resolved = normalizeSegments(resolved, !absolute, '/', isSep);
    if (absolute) return `/${resolved}`;
    return resolved.length > 0 ? resolved : '.';
  },

  normalize(path) {
    validateString(path, 'path');
    if (path.length === 0) return '.';
    const absolute = path[0] === '/';
    const trailing = path[path.length - 1] === '/';
    let out = normalizeSegments(path, !absolute, '/', isSep);
    if (out.length === 0) {
      if (absolute) return '/';
      out = '.';
    }
    if (trailing) out += '/';
    return absolute ? `/${out}` : out;
  },

  isAbsolute(path) {
    validateString(path, 'path');
    return path.length > 0 && path[0] === '/';
  },

  join(...args) {
    if (args.length === 0) return '.';
    const parts = [];
    for (const arg of args) {
      validateString(arg, 'path');
      if (arg.length > 0) parts.push(arg);
    }
    if (parts.length === 0) return '.';
    return posix.normalize(parts.join('/'));
  },

  relative(from, to) {
    validateString(from, 'from');
    validateString(to, 'to');
    if (from === to) return '';
    from = posix.resolve(from);
    to = posix.resolve(to);
    if (from === to) return '';
    // Both are absolute and normalized now ('/' or '/a/b', no trailing
    // separator): find where their common leading components end, by index.
    const fromLen = from.length;
    const toLen = to.length;
    const len = fromLen < toLen ? fromLen : toLen;
    let common = 0; // the separator that ends the shared part
    let i = 1;
    for (; i < len; i++) {
      const c = from.charCodeAt(i);
      if (c !== to.charCodeAt(i)) break;
      if (c === 47) common = i;
    }
    if (i === len) {
      if (toLen > len && (len === 1 || to.charCodeAt(len) === 47)) {
        return to.slice(len === 1 ? 1 : len + 1); // from is an ancestor of to
      }
      if (fromLen > len && (len === 1 || from.charCodeAt(len) === 47)) common = len === 1 ? 0 : len;
    }
    let up = '..';
    for (let j = common + 1; j < fromLen; j++) if (from.charCodeAt(j) === 47) up += '/..';
    return common + 1 < toLen ? `${up}/${to.slice(common + 1)}` : up;
  },

  toNamespacedPath(path) {
    return path;
  },

  dirname(path) {
    validateString(path, 'path');
    if (path.length === 0) return '.';
    const rooted = path[0] === '/';
    // Drop trailing separators and the last component; only the separator
    // right before that component is removed ('a//b' -> 'a/').
    let i = path.length - 1;
    while (i >= 1 && path[i] === '/') i--;
    while (i >= 1 && path[i] !== '/') i--;
    if (i < 1) return rooted ? '/' : '.';
    if (rooted && i === 1) return '//';
    return path.slice(0, i);
  },

  basename(path, suffix) {
    if (suffix !== undefined) validateString(suffix, 'suffix');
    validateString(path, 'path');
    if (suffix === path) return '';
    let end = path.length;
    while (end > 0 && path.charCodeAt(end - 1) === 47) end--;
    const start = end === 0 ? 0 : path.lastIndexOf('/', end - 1) + 1;
    if (suffix !== undefined && suffix.length > 0 && suffix.length <= path.length) {
      return baseWithSuffix(path, 0, start, end === 0 ? -1 : end, suffix);
    }
    return end === 0 ? '' : path.slice(start, end);
  },

  extname(path) {
    validateString(path, 'path');
    let end = path.length;
    while (end > 0 && path.charCodeAt(end - 1) === 47) end--;
    if (end === 0) return '';
    const start = path.lastIndexOf('/', end - 1) + 1;
    const dot = path.lastIndexOf('.', end - 1);
    // No dot in the last component, or one that starts it ('.bashrc'), or '..'.
    if (dot <= start || (end - start === 2 && dot === start + 1 && path.charCodeAt(start) === 46)) return '';
    return path.slice(dot, end);
  },

  format: formatPath.bind(null, '/'),

  parse(path) {
    validateString(path, 'path');
    const ret = { root: '', dir: '', base: '', ext: '', name: '' };
    if (path.length === 0) return ret;
    const rooted = path[0] === '/';
    if (rooted) ret.root = '/';
    const { start, end } = lastComponent(path, rooted ? 1 : 0, isSep);
    if (end !== -1) {
      ret.base = path.slice(start, end);
      // Node quirk: '/..' parses with ext '.'.
      ret.ext = start === 1 && ret.base === '..' ? '.' : extOf(ret.base);
      ret.name = ret.ext ? ret.base.slice(0, ret.base.length - ret.ext.length) : ret.base;
    }
    if (start > 0 && end !== -1) ret.dir = path.slice(0, start - 1);
    if (rooted && ret.dir === '') ret.dir = '/';
    return ret;
  },

  sep: '/',
  delimiter: ':',
  win32: null,
  posix: null,
};

posix.posix = posix;
// The old name of toNamespacedPath, still used by packages.
posix._makeLong = posix.toNamespacedPath;
module.exports = posix;
// Loaded on first use: most programs never touch path.win32.
Object.defineProperty(posix, 'win32', {
  get() {
    const win32 = require('path/win32');
    Object.defineProperty(posix, 'win32', { value: win32, writable: true, enumerable: true, configurable: true });
    return win32;
  },
  set(v) {
    Object.defineProperty(posix, 'win32', { value: v, writable: true, enumerable: true, configurable: true });
  },
  enumerable: true,
  configurable: true,
});
