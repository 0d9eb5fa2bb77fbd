'use strict';
// Modules that are not ES module source text, seen from `import`: CommonJS
// files, JSON and builtins. Each gets a namespace whose names are known at
// link time (for CommonJS, from static analysis of the source, following
// re-exports as Node does) and whose values are set when it evaluates:
// `default` is module.exports, the other names are its properties then.

const path = require('path');
const { codes: { ERR_UNKNOWN_BUILTIN_MODULE } } = require('internal/errors');

const fsb = internalBinding('fs');
const builtinsBinding = internalBinding('builtins');

let cjs;
function CJS() {
  if (cjs === undefined) cjs = require('internal/modules/cjs');
  return cjs;
}

let esmBinding;
function esm() {
  if (esmBinding === undefined) esmBinding = internalBinding('esm');
  return esmBinding;
}

// The export names of a CommonJS source: what cjsExports finds, plus the
// names of what it re-exports (module.exports = require('x'), spreads,
// __exportStar), resolved from its file as require() would.
function cjsExportNames(filename, source, seen = new Set()) {
  const names = new Set();
  let found;
  try {
    found = esm().cjsExports(source);
  } catch {
    found = { exports: [], reexports: [] };
  }
  for (const n of found.exports) names.add(n);
  if (found.reexports.length > 0 && filename !== null) {
    const Module = CJS();
    const parent = new Module(filename, null);
    parent.filename = filename;
    parent.paths = Module._nodeModulePaths(path.dirname(filename));
    for (const request of found.reexports) {
      let target;
      try {
        target = Module._resolveFilename(request, parent, false);
      } catch {
        continue;
      }
      if (Module.isBuiltin(target) || seen.has(target)) continue;
      if (!target.endsWith('.js') && !target.endsWith('.cjs')) continue;
      seen.add(target);
      let text;
      try {
        text = fsb.readFileUtf8(target);
      } catch {
        continue;
      }
      for (const n of cjsExportNames(target, text, seen)) names.add(n);
    }
  }
  names.delete('default');
  return names;
}

function loadCommonJS(m, source) {
  const names = cjsExportNames(m.filename, source);
  m.exportNames = ['default', ...names];
  m.store = Object.create(null);
}

// A JSON file is one object for import and require(), as in Node: each
// takes it from require.cache, or puts it there.
function loadJSON(m, source) {
  m.exportNames = ['default'];
  m.store = Object.create(null);
  const shared = m.filename !== null && !m.url.includes('?');
  const Module = shared ? CJS() : null;
  if (shared) {
    const cached = Module._cache[m.filename];
    if (cached !== undefined && cached.loaded) {
      m.store.default = cached.exports;
      return;
    }
  }
  if (source.charCodeAt(0) === 0xFEFF) source = source.slice(1);
  let value;
  try {
    value = JSON.parse(source);
  } catch (err) {
    err.message = `${m.filename !== null ? m.filename : m.url}: ${err.message}`;
    throw err;
  }
  m.store.default = value;
  if (shared) {
    const mod = new Module(m.filename, null);
    mod.filename = m.filename;
    mod.paths = Module._nodeModulePaths(path.dirname(m.filename));
    mod.exports = value;
    mod.loaded = true;
    Module._cache[m.filename] = mod;
  }
}

// node:x. Names and values are a snapshot of the builtin's exports, which
// module.syncBuiltinESMExports() refreshes. Builtins lode only stubs accept
// any name, as their members do.
function loadBuiltin(m) {
  const id = m.url.slice(5);
  const Module = CJS();
  if (!Module.isBuiltin(m.url)) throw new ERR_UNKNOWN_BUILTIN_MODULE(m.url);
  const exports = Module._load(m.url, null, false);
  m.builtinExports = exports;
  m.anyName = id !== 'module' && id !== 'process' && !builtinsBinding.hasBuiltin(id);
  if (m.anyName) {
    // Any name imported from it reads the stub's member (which throws
    // ERR_NOT_IMPLEMENTED when called): names cannot be known in advance.
    m.namespace = new Proxy(m.namespace, {
      get(target, key, receiver) {
        if (typeof key !== 'string' || key in target) return Reflect.get(target, key, receiver);
        return exports[key];
      },
    });
  }
  m.store = Object.create(null);
  m.store.default = exports;
  const names = ['default'];
  if (!m.anyName && exports !== null && (typeof exports === 'object' || typeof exports === 'function')) {
    for (const k of Object.keys(exports)) {
      if (k === 'default') continue;
      names.push(k);
      m.store[k] = exports[k];
    }
  }
  m.exportNames = names;
}

function syncBuiltin(m) {
  const exports = m.builtinExports;
  for (const k of m.exportNames) {
    if (k !== 'default') m.store[k] = exports[k];
  }
}

// Runs the CommonJS module (or takes it from require.cache) and records
// its exports.
function evaluateCommonJS(m) {
  const Module = CJS();
  const cached = Module._cache[m.filename];
  const exports = cached !== undefined ? cached.exports : Module._load(m.filename, undefined, m.isMain);
  const store = m.store;
  store.default = exports;
  const isObject = exports !== null && (typeof exports === 'object' || typeof exports === 'function');
  for (const k of m.exportNames) {
    if (k === 'default') continue;
    let v;
    if (isObject) {
      try {
        v = exports[k];
      } catch {
        v = undefined;
      }
    }
    store[k] = v;
  }
}

function evaluateSynthetic(m) {
  if (m.format === 'commonjs') evaluateCommonJS(m);
}

function hasSyntheticExport(m, name) {
  return m.anyName || m.exportNames.includes(name);
}

function syntheticGetter(m, name) {
  let cache = m.getterCache;
  if (cache === null) cache = m.getterCache = new Map();
  let g = cache.get(name);
  if (g === undefined) {
    if (m.anyName && name !== 'default') {
      const exports = m.builtinExports;
      g = () => exports[name];
    } else {
      const store = m.store;
      g = () => store[name];
    }
    cache.set(name, g);
  }
  return g;
}

module.exports = {
  loadCommonJS, loadJSON, loadBuiltin, syncBuiltin, evaluateSynthetic, hasSyntheticExport, syntheticGetter,
  cjsExportNames,
};
