'use strict';
// Node's ES module resolution, as its documentation specifies it: relative
// and absolute specifiers and file: URLs, bare specifiers through
// node_modules with package.json "exports", "imports" (#specifiers) and
// self-reference, node: builtins and data: URLs. No extension guessing and
// no directory index (only the legacy "main" field of a package without
// "exports" gets those). The "exports"/"imports" matching is also what
// require() uses, with its own conditions.

const path = require('path');
const { URL, fileURLToPath, pathToFileURL } = require('internal/url');
const { readPackage, readPackageScope, statKind } = require('internal/modules/package_json');
const {
  codes: {
    ERR_INVALID_MODULE_SPECIFIER, ERR_INVALID_PACKAGE_CONFIG, ERR_INVALID_PACKAGE_TARGET,
    ERR_MODULE_NOT_FOUND, ERR_PACKAGE_IMPORT_NOT_DEFINED, ERR_PACKAGE_PATH_NOT_EXPORTED,
    ERR_UNSUPPORTED_DIR_IMPORT, ERR_UNSUPPORTED_ESM_URL_SCHEME, ERR_UNKNOWN_FILE_EXTENSION,
    ERR_UNKNOWN_MODULE_FORMAT, ERR_UNSUPPORTED_RESOLVE_REQUEST,
  },
} = require('internal/errors');

const fsb = internalBinding('fs');

let cjs;
function CJS() {
  if (cjs === undefined) cjs = require('internal/modules/cjs');
  return cjs;
}

let esmConditions;
function defaultConditions() {
  if (esmConditions === undefined) {
    const extra = process._lodeOptions ? process._lodeOptions.conditions : [];
    esmConditions = new Set(['node', 'import', 'module-sync', 'node-addons', ...extra]);
  }
  return esmConditions;
}

const preserveSymlinks = () => process.execArgv.includes('--preserve-symlinks');

// ---- helpers ----

function isRelativeSpecifier(s) {
  if (s.charCodeAt(0) !== 46 /* . */) return false;
  if (s.length === 1 || s.charCodeAt(1) === 47 /* / */) return true;
  return s.charCodeAt(1) === 46 && (s.length === 2 || s.charCodeAt(2) === 47);
}

function isPathLike(s) {
  return s !== '' && (s.charCodeAt(0) === 47 || isRelativeSpecifier(s));
}

function tryParseURL(s, base) {
  try {
    return new URL(s, base);
  } catch {
    return null;
  }
}

// How a parent appears in messages: its path for file: URLs.
function baseOf(parentURL) {
  if (parentURL === undefined || parentURL === null) return undefined;
  const s = `${parentURL}`;
  if (s.startsWith('file:')) {
    try {
      return fileURLToPath(s);
    } catch {
      return s;
    }
  }
  return s;
}

function pkgDirOf(jsonPath) {
  return jsonPath.slice(0, jsonPath.length - 'package.json'.length);
}

function packageData(pkg, specifier, parentURL) {
  if (pkg.error !== null) {
    const where = specifier !== undefined && parentURL !== undefined ?
      `"${specifier}" from ${baseOf(parentURL)}` : baseOf(parentURL);
    throw new ERR_INVALID_PACKAGE_CONFIG(pkg.path, where, pkg.error.message);
  }
  return pkg.data;
}

// ---- "exports" / "imports" ----

// A segment that must never appear in a target or a pattern match: '.',
// '..' or 'node_modules', also percent-encoded, in any case.
function hasInvalidSegment(s) {
  for (const raw of s.split(/[\\/]/)) {
    let seg = raw;
    if (seg.includes('%')) {
      seg = seg.replace(/%2e/gi, '.').replace(/%(6e|4e)/gi, 'n').replace(/%(6f|4f)/gi, 'o')
        .replace(/%(64|44)/gi, 'd').replace(/%(65|45)/gi, 'e').replace(/%5f/gi, '_')
        .replace(/%(6d|4d)/gi, 'm').replace(/%(75|55)/gi, 'u').replace(/%(6c|4c)/gi, 'l')
        .replace(/%(73|53)/gi, 's');
    }
    if (seg === '.' || seg === '..' || seg.toLowerCase() === 'node_modules') return true;
  }
  return false;
}

function invalidTarget(pkg, key, target, internal, base) {
  const shown = typeof target === 'object' && target !== null ? JSON.stringify(target, null, '') : `${target}`;
  return new ERR_INVALID_PACKAGE_TARGET(pkgDirOf(pkg.path), key, shown, internal, base);
}

// Node names the importer of a bad package config by its URL.
function baseURLOf(base) {
  return typeof base === 'string' && base[0] === '/' ? pathToFileURL(base).href : base;
}

function isArrayIndex(key) {
  const n = Number(key);
  return `${n}` === key && n >= 0 && n < 0xFFFFFFFF;
}

// Resolves one target of an "exports"/"imports" entry. Returns a URL, null
// (explicitly not exported) or undefined (no condition matched).
function resolveTarget(pkg, target, patternMatch, key, base, internal, conditions) {
  if (typeof target === 'string') {
    if (!target.startsWith('./')) {
      if (internal && !target.startsWith('../') && !target.startsWith('/') && tryParseURL(target) === null) {
        const spec = patternMatch !== null ? target.replaceAll('*', patternMatch) : target;
        return packageResolve(spec, pathToFileURL(pkg.path).href, conditions);
      }
      throw invalidTarget(pkg, key, target, internal, base);
    }
    if (hasInvalidSegment(target.slice(2))) throw invalidTarget(pkg, key, target, internal, base);
    const pkgURL = pathToFileURL(pkg.path);
    const resolved = new URL(target, pkgURL);
    const pkgDirURL = new URL('.', pkgURL);
    if (!resolved.pathname.startsWith(pkgDirURL.pathname)) throw invalidTarget(pkg, key, target, internal, base);
    if (patternMatch === null) return resolved;
    if (hasInvalidSegment(patternMatch)) {
      const request = key.replace('*', () => patternMatch);
      throw new ERR_INVALID_MODULE_SPECIFIER(request, `request is not a valid match in pattern "${key}" for the ` +
        `"${internal ? 'imports' : 'exports'}" resolution of ${pkg.path}`, base);
    }
    return new URL(resolved.href.replaceAll('*', () => patternMatch));
  }
  if (Array.isArray(target)) {
    if (target.length === 0) return null;
    let last;
    for (const t of target) {
      let r;
      try {
        r = resolveTarget(pkg, t, patternMatch, key, base, internal, conditions);
      } catch (e) {
        last = e;
        if (e.code === 'ERR_INVALID_PACKAGE_TARGET') continue;
        throw e;
      }
      if (r === undefined) continue;
      if (r === null) {
        last = null;
        continue;
      }
      return r;
    }
    if (last === undefined || last === null) return last;
    throw last;
  }
  if (target !== null && typeof target === 'object') {
    const keys = Object.getOwnPropertyNames(target);
    for (const k of keys) {
      if (isArrayIndex(k)) {
        throw new ERR_INVALID_PACKAGE_CONFIG(pkg.path, baseURLOf(base), '"exports" cannot contain numeric property keys.');
      }
    }
    for (const k of keys) {
      if (k === 'default' || conditions.has(k)) {
        const r = resolveTarget(pkg, target[k], patternMatch, key, base, internal, conditions);
        if (r === undefined) continue;
        return r;
      }
    }
    return undefined;
  }
  if (target === null) return null;
  throw invalidTarget(pkg, key, target, internal, base);
}

// Node's ordering of pattern keys: longer prefix before '*' first, then
// longer key.
function patternKeyCompare(a, b) {
  const ai = a.indexOf('*');
  const bi = b.indexOf('*');
  const baseA = ai === -1 ? a.length : ai + 1;
  const baseB = bi === -1 ? b.length : bi + 1;
  if (baseA > baseB) return -1;
  if (baseB > baseA) return 1;
  if (ai === -1) return 1;
  if (bi === -1) return -1;
  if (a.length > b.length) return -1;
  if (b.length > a.length) return 1;
  return 0;
}

// The best pattern key of `map` for `request`: [key, patternMatch] or null.
function matchPattern(map, request) {
  let best = '';
  let bestMatch = null;
  for (const key of Object.keys(map)) {
    const star = key.indexOf('*');
    if (star === -1 || key.lastIndexOf('*') !== star || !request.startsWith(key.slice(0, star))) continue;
    const trailer = key.slice(star + 1);
    if (request.length >= key.length && request.endsWith(trailer) && patternKeyCompare(best, key) === 1) {
      best = key;
      bestMatch = request.slice(star, request.length - trailer.length);
    }
  }
  return bestMatch === null ? null : [best, bestMatch];
}

// "exports" as an object of subpaths: a string, an array, or an object of
// conditions are the sugar for { ".": ... }.
function exportsMap(pkg, base) {
  const exp = pkg.data.exports;
  if (typeof exp === 'string' || Array.isArray(exp)) return { '.': exp };
  if (exp === null || typeof exp !== 'object') return { '.': exp };
  let sugar;
  for (const k of Object.getOwnPropertyNames(exp)) {
    const cond = k === '' || k[0] !== '.';
    if (sugar === undefined) sugar = cond;
    else if (sugar !== cond) {
      throw new ERR_INVALID_PACKAGE_CONFIG(pkg.path, baseURLOf(base), '"exports" cannot contain some keys starting with \'.\' ' +
        'and some not. The exports object must either be an object of package subpath keys or an object of main ' +
        'entry condition name keys only.');
    }
  }
  return sugar ? { '.': exp } : exp;
}

// The URL a package's "exports" gives `subpath` ('.' or './x').
function packageExportsResolve(pkg, subpath, base, conditions) {
  const map = exportsMap(pkg, base);
  let r;
  if (Object.hasOwn(map, subpath) && !subpath.includes('*') && !subpath.endsWith('/')) {
    r = resolveTarget(pkg, map[subpath], null, subpath, base, false, conditions);
  } else {
    const m = matchPattern(map, subpath);
    if (m !== null) r = resolveTarget(pkg, map[m[0]], m[1], m[0], base, false, conditions);
  }
  if (r === null || r === undefined) throw new ERR_PACKAGE_PATH_NOT_EXPORTED(pkgDirOf(pkg.path), subpath, base);
  return r;
}

// A #specifier through the "imports" of the package that holds parentURL.
function packageImportsResolve(name, parentURL, conditions) {
  const base = baseOf(parentURL);
  if (name === '#' || name.startsWith('#/') || name.endsWith('/')) {
    throw new ERR_INVALID_MODULE_SPECIFIER(name, 'is not a valid internal imports specifier name', base);
  }
  let pkg = null;
  const parentPath = parentPathOf(parentURL);
  if (parentPath !== null) pkg = readPackageScope(parentPath);
  if (pkg !== null) {
    const imports = packageData(pkg, name, parentURL).imports;
    if (imports !== null && typeof imports === 'object' && !Array.isArray(imports)) {
      let r;
      if (Object.hasOwn(imports, name) && !name.includes('*')) {
        r = resolveTarget(pkg, imports[name], null, name, base, true, conditions);
      } else {
        const m = matchPattern(imports, name);
        if (m !== null) r = resolveTarget(pkg, imports[m[0]], m[1], m[0], base, true, conditions);
      }
      if (r !== null && r !== undefined) return r;
    }
  }
  throw new ERR_PACKAGE_IMPORT_NOT_DEFINED(name, pkg !== null ? pkgDirOf(pkg.path) : undefined, base);
}

function parentPathOf(parentURL) {
  if (parentURL === undefined || parentURL === null) return path.join(process.cwd(), '[eval]');
  const s = `${parentURL}`;
  if (!s.startsWith('file:')) return null;
  try {
    return fileURLToPath(s);
  } catch {
    return null;
  }
}

// A package without "exports": its "main" (with the CommonJS guesses, for
// compatibility) or its index.
function legacyMainResolve(pkgDir, data, base) {
  const main = typeof data.main === 'string' ? data.main : undefined;
  const tries = [];
  if (main !== undefined) {
    const m = path.resolve(pkgDir, main);
    tries.push(m, `${m}.js`, `${m}.json`, `${m}.node`, `${m}/index.js`, `${m}/index.json`, `${m}/index.node`);
  }
  tries.push(`${pkgDir}/index.js`, `${pkgDir}/index.json`, `${pkgDir}/index.node`);
  for (const t of tries) {
    if (statKind(t) === 0) return pathToFileURL(t);
  }
  const shown = fileURLToPath(new URL(main !== undefined ? main : './index.js', pathToFileURL(`${pkgDir}/package.json`)));
  throw new ERR_MODULE_NOT_FOUND(shown, base);
}

function parsePackageName(specifier, base) {
  let end = specifier.indexOf('/');
  let valid = true;
  if (specifier[0] === '@') {
    if (end === -1) valid = false;
    else end = specifier.indexOf('/', end + 1);
  }
  const name = end === -1 ? specifier : specifier.slice(0, end);
  if (name[0] === '.' || name.includes('\\') || name.includes('%')) valid = false;
  if (!valid) throw new ERR_INVALID_MODULE_SPECIFIER(specifier, 'is not a valid package name', base);
  return { name, subpath: `.${end === -1 ? '' : specifier.slice(end)}` };
}

// A bare specifier: a builtin, the package itself, or node_modules upwards.
function packageResolve(specifier, parentURL, conditions) {
  if (CJS().isBuiltin(specifier)) return new URL(`node:${specifier}`);
  const base = baseOf(parentURL);
  const { name, subpath } = parsePackageName(specifier, base);
  const parentPath = parentPathOf(parentURL);
  if (parentPath === null) throw new ERR_UNSUPPORTED_RESOLVE_REQUEST(specifier, `${parentURL}`);

  // Self-reference through the enclosing package's name.
  const scope = readPackageScope(parentPath);
  if (scope !== null) {
    const data = packageData(scope, specifier, parentURL);
    if (data.name === name && data.exports !== undefined && data.exports !== null) {
      return packageExportsResolve(scope, subpath, base, conditions);
    }
  }

  let dir = path.dirname(parentPath);
  for (;;) {
    const pkgDir = dir === '/' ? `/node_modules/${name}` : `${dir}/node_modules/${name}`;
    if (statKind(pkgDir) === 1) {
      const pkg = readPackage(pkgDir);
      const data = pkg !== null ? packageData(pkg, specifier, parentURL) : {};
      if (data.exports !== undefined && data.exports !== null) {
        return packageExportsResolve(pkg, subpath, base, conditions);
      }
      if (subpath === '.') return legacyMainResolve(pkgDir, data, base);
      return new URL(subpath, pathToFileURL(`${pkgDir}/`));
    }
    const up = path.dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  throw new ERR_MODULE_NOT_FOUND(name, base);
}

// A resolved file: URL must name an existing file (not a directory); the
// result is its real path, with the query and fragment kept.
function finalizeFileURL(url, parentURL) {
  const base = baseOf(parentURL);
  if (/%2f|%5c/i.test(url.pathname)) {
    throw new ERR_INVALID_MODULE_SPECIFIER(url.pathname, 'must not include encoded "/" or "\\" characters', base);
  }
  const file = fileURLToPath(url);
  // As Node: a path ending in '/' is taken for a directory.
  const kind = file.endsWith('/') ? 1 : statKind(file);
  if (kind === 1) {
    const err = new ERR_UNSUPPORTED_DIR_IMPORT(file, base);
    err.url = url.href;
    throw err;
  }
  if (kind !== 0) {
    const err = new ERR_MODULE_NOT_FOUND(file, base, url.href);
    err.url = url.href;
    throw err;
  }
  if (preserveSymlinks()) return url;
  const real = fsb.realpath(file);
  if (real === file) return url;
  const out = pathToFileURL(real);
  out.search = url.search;
  out.hash = url.hash;
  return out;
}

// specifier + parent URL -> URL string (file:, node: or data:).
function resolve(specifier, parentURL, conditions = defaultConditions()) {
  let url;
  if (specifier[0] === '#') {
    url = packageImportsResolve(specifier, parentURL, conditions);
  } else if (isPathLike(specifier)) {
    const parent = parentURL === undefined ? pathToFileURL(path.join(process.cwd(), '[eval]')).href : `${parentURL}`;
    url = parent.startsWith('file:') ? tryParseURL(specifier, parent) : null;
    if (url === null) throw new ERR_UNSUPPORTED_RESOLVE_REQUEST(specifier, parent);
  } else {
    url = tryParseURL(specifier);
    if (url === null) url = packageResolve(specifier, parentURL, conditions);
  }
  // Other schemes resolve (import.meta.resolve returns them); loading
  // them fails (formatOf).
  if (url.protocol === 'file:') return finalizeFileURL(url, parentURL).href;
  return url.href;
}

// Node's hint for a failed import that require() would have found:
// "Did you mean to import "./x.js"?".
function commonJSHint(specifier, parentURL) {
  const parentPath = parentPathOf(parentURL);
  if (parentPath === null) return undefined;
  let found;
  try {
    // As Node: a parent without a filename, so a relative specifier is
    // looked up from the working directory (and gets no hint elsewhere).
    const Module = CJS();
    const tmp = new Module(parentPath, null);
    tmp.paths = Module._nodeModulePaths(parentPath);
    found = Module._resolveFilename(specifier, tmp, false);
  } catch {
    return undefined;
  }
  if (isRelativeSpecifier(specifier)) {
    let rel = path.relative(path.dirname(parentPath), found);
    if (!rel.startsWith('../')) rel = `./${rel}`;
    return rel;
  }
  if (specifier[0] !== '/' && !specifier.startsWith('file:')) {
    const slash = specifier.indexOf('/');
    const name = slash === -1 ? specifier : specifier.slice(0, slash);
    const needle = `/node_modules/${name}/`;
    const at = found.lastIndexOf(needle);
    if (at !== -1) return `${name}/${found.slice(at + needle.length).split('/').map(encodeURIComponent).join('/')}`;
    return pathToFileURL(found).href;
  }
  return found;
}

// resolve() for import: the errors carry Node's CommonJS hint.
function resolveForImport(specifier, parentURL, conditions) {
  try {
    return resolve(specifier, parentURL, conditions);
  } catch (err) {
    if ((err.code === 'ERR_MODULE_NOT_FOUND' || err.code === 'ERR_UNSUPPORTED_DIR_IMPORT') &&
        !specifier.startsWith('file:')) {
      const hint = commonJSHint(specifier, parentURL);
      if (hint !== undefined) err.message += `\nDid you mean to import "${hint}"?`;
    }
    throw err;
  }
}

// ---- formats ----

const extensionFormats = { __proto__: null, '.mjs': 'module', '.cjs': 'commonjs', '.json': 'json' };

// The module format of a resolved URL: 'module', 'commonjs', 'json',
// 'builtin', or 'detect' for a .js or extensionless file that syntax
// decides (the loader reads it anyway). Throws for what cannot be loaded.
function formatOf(url, filename) {
  if (url.startsWith('node:')) return 'builtin';
  if (!url.startsWith('data:') && !url.startsWith('file:')) throw new ERR_UNSUPPORTED_ESM_URL_SCHEME(new URL(url));
  if (url.startsWith('data:')) {
    const m = /^data:([^/]+\/[^;,]+)[^,]*?(;base64)?,/.exec(url);
    const mime = m === null ? undefined : m[1];
    if (mime === 'text/javascript') return 'module';
    if (mime === 'application/json') return 'json';
    throw new ERR_UNKNOWN_MODULE_FORMAT(mime, url);
  }
  const ext = path.extname(filename);
  const known = extensionFormats[ext];
  if (known !== undefined) return known;
  if (ext === '.js' || ext === '') {
    const pkg = readPackageScope(filename);
    const type = pkg !== null && pkg.error === null ? pkg.data.type : undefined;
    if (type === 'module') return 'module';
    if (type === 'commonjs') return 'commonjs';
    return 'detect';
  }
  throw new ERR_UNKNOWN_FILE_EXTENSION(ext, filename);
}

// The body of a data: URL.
function dataURLSource(url) {
  const comma = url.indexOf(',');
  const head = url.slice(5, comma);
  const body = url.slice(comma + 1);
  if (/;base64$/i.test(head)) return require('buffer').Buffer.from(decodeURIComponent(body), 'base64').toString('utf8');
  return decodeURIComponent(body);
}

module.exports = {
  resolve,
  resolveForImport,
  formatOf,
  dataURLSource,
  defaultConditions,
  packageExportsResolve,
  packageImportsResolve,
  isRelativeSpecifier,
};
