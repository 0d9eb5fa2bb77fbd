'use strict';
// path.win32: Windows path manipulation (pure string functions). On a POSIX
// host the current directory comes from process.cwd() as in Node.

const { validateString, validateObject } = require('internal/validators');
const { normalizeSegments, lastComponent, baseWithSuffix, extOf } = require('internal/path_common');

const isSep = (c) => c === '\\' || c === '/';
const isDriveLetter = (c) => (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
const hasDrive = (p) => p.length >= 2 && p[1] === ':' && isDriveLetter(p[0]);

// Reserved DOS device names. normalize() keeps a path that starts with one
// relative (`.\` prefix); `CON:` is then split off like a drive. As in
// Node, the name is what precedes the first colon, or when there is no
// colon, everything but the last character ('CONa', 'NULL').
const reservedName = /^(?:CON|PRN|AUX|NUL|COM[1-9\u00b9\u00b2\u00b3]|LPT[1-9\u00b9\u00b2\u00b3])$/i;
function reservedPrefix(path) {
  const colon = path.indexOf(':');
  const head = colon === -1 ? path.slice(0, -1) : path.slice(0, colon);
  if (!reservedName.test(head)) return null;
  return colon === -1 ? '' : path.slice(0, colon + 1);
}


// Splits off the root of `path`.
//   device:   'C:', '\\\\server\\share', '\\\\?' / '\\\\.' (when `dosDevices`), or ''
//   rootEnd:  index where the rest of the path starts
//   absolute: whether the root ends in a separator
//   uncWhole: the whole path is a UNC root (`\\server\share`)
// With `dosDevices`, `\\?\x` and `\\.\x` get the device `\\?` / `\\.`
// (normalize and resolve); otherwise they parse as UNC roots.
function parseRoot(path, dosDevices) {
  const len = path.length;
  const r = { device: '', rootEnd: 0, absolute: false, uncWhole: false };
  if (len === 0) return r;
  if (isSep(path[0])) {
    r.absolute = true;
    r.rootEnd = 1;
    if (len > 1 && isSep(path[1])) {
      let j = 2;
      while (j < len && !isSep(path[j])) j++;
      const server = path.slice(2, j);
      if (server.length === 0 || j === len) return r;
      let k = j;
      while (k < len && isSep(path[k])) k++;
      if (k === len) return r;
      if (dosDevices && (server === '.' || server === '?')) {
        r.device = `\\\\${server}`;
        r.rootEnd = k;
        return r;
      }
      let m = k;
      while (m < len && !isSep(path[m])) m++;
      r.device = `\\\\${server}\\${path.slice(k, m)}`;
      r.rootEnd = m;
      r.uncWhole = m === len;
    }
    return r;
  }
  if (hasDrive(path)) {
    r.device = path.slice(0, 2);
    r.rootEnd = 2;
    if (len > 2 && isSep(path[2])) {
      r.absolute = true;
      r.rootEnd = 3;
    }
  }
  return r;
}

// Root length as seen by dirname()/parse(): UNC roots include one separator
// after the share.
function rootLength(path) {
  const { rootEnd, device, uncWhole } = parseRoot(path, false);
  if (device.startsWith('\\\\') && !uncWhole) return rootEnd + 1;
  return rootEnd;
}

// Would `tail`, with no device of its own, read as a drive-relative or
// device path? Then normalize() keeps it relative with a `.\` prefix.
function looksLikeDevice(path, tail) {
  if (hasDrive(tail)) return true;
  for (let i = path.indexOf(':'); i !== -1; i = path.indexOf(':', i + 1)) {
    if (i === path.length - 1 || isSep(path[i + 1])) return true;
  }
  return false;
}

const win32 = {
  resolve(...args) {
    let device = '';
    let tail = '';
    let absolute = false;
    for (let i = args.length - 1; i >= -1; i--) {
      const p = i >= 0 ? args[i] : process.cwd();
      if (i >= 0) validateString(p, `paths[${i}]`);
      if (p.length === 0) continue;
      const root = parseRoot(p, true);
      if (root.device.length > 0 && device.length > 0 &&
          root.device.toLowerCase() !== device.toLowerCase()) {
        continue; // another drive: does not contribute
      }
      if (device.length === 0 && root.device.length > 0) device = root.device;
      if (!absolute) {
        tail = `${p.slice(root.rootEnd)}\\${tail}`;
        absolute = root.absolute;
      }
      if (absolute && device.length > 0) break;
    }
    tail = normalizeSegments(tail, !absolute, '\\', isSep);
    if (absolute) return `${device}\\${tail}`;
    return `${device}${tail}` || '.';
  },

  normalize(path) {
    validateString(path, 'path');
    const len = path.length;
    if (len === 0) return '.';
    if (len === 1) return isSep(path) ? '\\' : path;
    let root;
    const reserved = reservedPrefix(path);
    if (reserved !== null) {
      root = { device: reserved, rootEnd: reserved.length, absolute: false };
    } else {
      root = parseRoot(path, true);
    }
    const { device, rootEnd, absolute } = root;
    let tail = rootEnd < len ? normalizeSegments(path.slice(rootEnd), !absolute, '\\', isSep) : '';
    if (tail.length === 0 && !absolute) tail = '.';
    if (tail.length > 0 && isSep(path[len - 1])) tail += '\\';
    if (reserved !== null) return `.\\${device}${tail}`;
    if (device.length === 0) {
      if (absolute) return `\\${tail}`;
      if (path.includes(':') && looksLikeDevice(path, tail)) return `.\\${tail}`;
      return tail;
    }
    return absolute ? `${device}\\${tail}` : `${device}${tail}`;
  },

  isAbsolute(path) {
    validateString(path, 'path');
    const len = path.length;
    if (len === 0) return false;
    return isSep(path[0]) || (len > 2 && hasDrive(path) && isSep(path[2]));
  },

  join(...args) {
    if (args.length === 0) return '.';
    const parts = [];
    for (const arg of args) {
      validateString(arg, 'path');
      if (arg.length > 0) parts.push(arg);
    }
    if (parts.length === 0) return '.';
    let joined = parts.join('\\');
    // Only a first part that itself starts like a UNC path (`\\server`) may
    // yield a UNC path; otherwise leading separators collapse to one.
    const first = parts[0];
    const uncStart = first.length > 2 && isSep(first[0]) && isSep(first[1]) && !isSep(first[2]);
    if (!uncStart && isSep(joined[0])) {
      let n = 0;
      while (n < joined.length && isSep(joined[n])) n++;
      if (n >= 2) joined = `\\${joined.slice(n)}`;
    }
    return win32.normalize(joined);
  },

  relative(from, to) {
    validateString(from, 'from');
    validateString(to, 'to');
    if (from === to) return '';
    const fromR = win32.resolve(from);
    const toR = win32.resolve(to);
    if (fromR === toR) return '';
    if (fromR.toLowerCase() === toR.toLowerCase()) return '';
    // Compare component by component, case-insensitively; the leading
    // separators of a rooted path are not a component. Paths with no common
    // component (other drives or shares) give the resolved `to`, except
    // when one of them is a bare root.
    const parts = (s) => {
      const trimmed = s.replace(/^\\+|\\+$/g, '');
      return trimmed === '' ? [] : trimmed.split('\\');
    };
    const f = parts(fromR.toLowerCase());
    const t = parts(toR.toLowerCase());
    let common = 0;
    while (common < f.length && common < t.length && f[common] === t[common]) common++;
    if (common === 0 && f.length > 0 && t.length > 0) return toR;
    const up = new Array(f.length - common).fill('..');
    return up.concat(parts(toR).slice(common)).join('\\');
  },

  toNamespacedPath(path) {
    if (typeof path !== 'string' || path.length === 0) return path;
    const resolved = win32.resolve(path);
    if (resolved.length <= 2) return path;
    if (resolved.startsWith('\\\\')) {
      if (resolved[2] !== '?' && resolved[2] !== '.') return `\\\\?\\UNC\\${resolved.slice(2)}`;
    } else if (hasDrive(resolved) && resolved[2] === '\\') {
      return `\\\\?\\${resolved}`;
    }
    return resolved;
  },

  dirname(path) {
    validateString(path, 'path');
    const len = path.length;
    if (len === 0) return '.';
    const root = parseRoot(path, false);
    if (root.uncWhole) return path;
    const rootEnd = rootLength(path);
    let i = len - 1;
    while (i >= rootEnd && isSep(path[i])) i--;
    while (i >= rootEnd && !isSep(path[i])) i--;
    if (i < rootEnd) return rootEnd > 0 ? path.slice(0, rootEnd) : '.';
    return path.slice(0, i);
  },

  basename(path, suffix) {
    if (suffix !== undefined) validateString(suffix, 'suffix');
    validateString(path, 'path');
    if (suffix === path) return '';
    const from = hasDrive(path) ? 2 : 0;
    const { start, end } = lastComponent(path, from, isSep);
    if (suffix !== undefined && suffix.length > 0 && suffix.length <= path.length) return baseWithSuffix(path, from, start, end, suffix);
    return end === -1 ? '' : path.slice(start, end);
  },

  extname(path) {
    validateString(path, 'path');
    const { start, end } = lastComponent(path, hasDrive(path) ? 2 : 0, isSep);
    if (end === -1) return '';
    return extOf(path.slice(start, end));
  },

  format(pathObject) {
    validateObject(pathObject, 'pathObject');
    const dir = pathObject.dir || pathObject.root;
    let ext = pathObject.ext || '';
    if (ext && ext[0] !== '.') ext = `.${ext}`;
    const base = pathObject.base || `${pathObject.name || ''}${ext}`;
    if (!dir) return base;
    return dir === pathObject.root ? `${dir}${base}` : `${dir}\\${base}`;
  },

  parse(path) {
    validateString(path, 'path');
    const ret = { root: '', dir: '', base: '', ext: '', name: '' };
    const len = path.length;
    if (len === 0) return ret;
    const root = parseRoot(path, false);
    if (root.uncWhole || (len === 1 && isSep(path[0]))) {
      ret.root = ret.dir = path;
      return ret;
    }
    const rootEnd = rootLength(path);
    ret.root = path.slice(0, rootEnd);
    const { start, end } = lastComponent(path, rootEnd, isSep);
    if (end !== -1) {
      ret.base = path.slice(start, end);
      ret.ext = extOf(ret.base);
      ret.name = ret.ext ? ret.base.slice(0, ret.base.length - ret.ext.length) : ret.base;
    }
    ret.dir = start > rootEnd && end !== -1 ? path.slice(0, start - 1) : ret.root;
    return ret;
  },

  sep: '\\',
  delimiter: ';',
  win32: null,
  posix: null,
};

win32._makeLong = win32.toNamespacedPath;
win32.win32 = win32;
module.exports = win32;
win32.posix = require('path/posix');
