'use strict';
// CommonJS modules as Node loads them: the wrapper (opened on the first line
// so line numbers are exact), resolution through node_modules and
// package.json (main, exports, imports, with conditions), require.cache,
// cycles, createRequire, NODE_PATH.

const path = require('path');
const {
  codes: {
    ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_UNKNOWN_BUILTIN_MODULE, ERR_REQUIRE_ESM,
    ERR_PACKAGE_PATH_NOT_EXPORTED, ERR_PACKAGE_IMPORT_NOT_DEFINED, ERR_INVALID_PACKAGE_TARGET,
    ERR_INVALID_PACKAGE_CONFIG,
  },
} = require('internal/errors');
const { validateString } = require('internal/validators');
const { registerWrapper } = require('internal/stack');

const fsb = internalBinding('fs');
const builtins = internalBinding('builtins');

const wrapper = [
  '(function (exports, require, module, __filename, __dirname) { ',
  '\n});',
];
// What lode compiles: Node's wrapper with a function name that the stack
// converter prints as V8 does for module code, `Object.<anonymous>`.
const { kModuleFunctionName } = require('internal/stack');
const compiledWrapper = [`(function ${kModuleFunctionName}(exports, require, module, __filename, __dirname) { `, wrapper[1]];

// Node's own list, so that packages probing for a builtin see the same names;
// names lode does not provide yet load a module whose members throw
// ERR_NOT_IMPLEMENTED (see builtinStub).
const nodeBuiltins = ['_http_agent', '_http_client', '_http_common', '_http_incoming',
  '_http_outgoing', '_http_server', '_stream_duplex', '_stream_passthrough', '_stream_readable',
  '_stream_transform', '_stream_wrap', '_stream_writable', '_tls_common', '_tls_wrap',
  'assert', 'assert/strict', 'async_hooks', 'buffer', 'child_process', 'cluster', 'console',
  'constants', 'crypto', 'dgram', 'diagnostics_channel', 'dns', 'dns/promises', 'domain',
  'events', 'fs', 'fs/promises', 'http', 'http2', 'https', 'inspector', 'inspector/promises',
  'module', 'net', 'os', 'path', 'path/posix', 'path/win32', 'perf_hooks', 'process',
  'punycode', 'querystring', 'readline', 'readline/promises', 'repl', 'stream',
  'stream/consumers', 'stream/promises', 'stream/web', 'string_decoder', 'sys', 'timers',
  'timers/promises', 'tls', 'trace_events', 'tty', 'url', 'util', 'util/types', 'v8', 'vm',
  'wasi', 'worker_threads', 'zlib'];
const schemeOnly = new Set(['test', 'sea', 'sqlite', 'test/reporters']);

function isBuiltin(id) {
  if (typeof id !== 'string') return false;
  if (id.startsWith('node:')) {
    const bare = id.slice(5);
    return nodeBuiltins.includes(bare) || schemeOnly.has(bare);
  }
  return nodeBuiltins.includes(id);
}

function loadBuiltin(id) {
  if (id === 'module') return Module;
  if (id === 'process') return process;
  if (builtins.hasBuiltin(id)) return builtins.requireBuiltin(id);
  return builtinStub(id);
}

const stubs = new Map();
function builtinStub(id) {
  let stub = stubs.get(id);
  if (stub !== undefined) return stub;
  const { codes: { ERR_NOT_IMPLEMENTED } } = require('internal/errors');
  // Importing and destructuring work; calling any member throws.
  const members = new Map();
  stub = new Proxy({}, {
    get(t, key) {
      if (typeof key === 'symbol' || key === 'then' || key === '__esModule') return undefined;
      let fn = members.get(key);
      if (fn === undefined) {
        fn = function notImplemented() {
          throw new ERR_NOT_IMPLEMENTED(`node:${id} ${key}()`);
        };
        members.set(key, fn);
      }
      return fn;
    },
  });
  stubs.set(id, stub);
  return stub;
}

// ---- file system probes, cached per resolution run ----

function statKind(p) {
  return fsb.internalModuleStat(p); // 0 file, 1 dir, <0 missing
}

const realpathCache = new Map();
function toRealPath(p) {
  if (process.execArgv.includes('--preserve-symlinks')) return p;
  let r = realpathCache.get(p);
  if (r === undefined) {
    r = fsb.realpath(p);
    realpathCache.set(p, r);
  }
  return r;
}

const packageCache = new Map();
function readPackage(dir) {
  const jsonPath = path.join(dir, 'package.json');
  if (packageCache.has(jsonPath)) return packageCache.get(jsonPath);
  let pkg = null;
  if (statKind(jsonPath) === 0) {
    let text;
    try {
      text = fsb.readFileUtf8(jsonPath);
    } catch {
      text = undefined;
    }
    if (text !== undefined) {
      try {
        const parsed = JSON.parse(text);
        pkg = { path: jsonPath, dir, data: parsed !== null && typeof parsed === 'object' ? parsed : {} };
      } catch (e) {
        const err = new ERR_INVALID_PACKAGE_CONFIG(`${jsonPath}: ${e.message}`);
        err.path = jsonPath;
        throw err;
      }
    }
  }
  packageCache.set(jsonPath, pkg);
  return pkg;
}

// The package.json that governs a file: the nearest one up the tree.
function readPackageScope(checkPath) {
  let dir = path.dirname(checkPath);
  for (;;) {
    if (path.basename(dir) === 'node_modules') return null;
    const pkg = readPackage(dir);
    if (pkg !== null) return pkg;
    const parent = path.dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

function tryFile(p, isMain) {
  if (statKind(p) !== 0) return false;
  return isMain && process.execArgv.includes('--preserve-symlinks-main') ? p : toRealPath(p);
}

function tryExtensions(p, exts, isMain) {
  for (const ext of exts) {
    const f = tryFile(p + ext, isMain);
    if (f) return f;
  }
  return false;
}

function tryPackage(requestPath, exts, isMain, originalPath) {
  const pkg = readPackage(requestPath);
  const main = pkg && typeof pkg.data.main === 'string' ? pkg.data.main : undefined;
  if (!main) return tryExtensions(path.resolve(requestPath, 'index'), exts, isMain);
  const filename = path.resolve(requestPath, main);
  const actual = tryFile(filename, isMain) ||
    tryExtensions(filename, exts, isMain) ||
    tryExtensions(path.resolve(filename, 'index'), exts, isMain);
  if (actual === false) {
    const index = tryExtensions(path.resolve(requestPath, 'index'), exts, isMain);
    if (index) return index;
    const err = new Error(`Cannot find module '${filename}'. Please verify that the package.json ` +
      'has a valid "main" entry');
    err.code = 'MODULE_NOT_FOUND';
    err.path = path.resolve(requestPath, 'package.json');
    err.requestPath = originalPath;
    throw err;
  }
  return actual;
}

// ---- package.json "exports" / "imports" ----

function conditionsSet() {
  const extra = process._lodeOptions ? process._lodeOptions.conditions : [];
  return new Set(['require', 'node', 'node-addons', 'default', ...extra]);
}

function resolvePackageTarget(pkgPath, target, subpath, pattern, internal, conditions) {
  if (typeof target === 'string') {
    if (!target.startsWith('./')) {
      if (internal && !target.startsWith('../') && !target.startsWith('/')) {
        const spec = pattern ? target.replaceAll('*', subpath) : target + subpath;
        return { bare: spec };
      }
      throw new ERR_INVALID_PACKAGE_TARGET(`in ${pkgPath}: ${JSON.stringify(target)}`);
    }
    if (target.split(/[/\\]/).slice(1).some((s) => s === '..' || s === '.' || s === 'node_modules')) {
      throw new ERR_INVALID_PACKAGE_TARGET(`in ${pkgPath}: ${JSON.stringify(target)}`);
    }
    const resolved = path.resolve(path.dirname(pkgPath), pattern ? target.replaceAll('*', subpath) : target + subpath);
    return { file: resolved };
  }
  if (Array.isArray(target)) {
    let lastErr;
    for (const t of target) {
      try {
        const r = resolvePackageTarget(pkgPath, t, subpath, pattern, internal, conditions);
        if (r !== undefined && r !== null) return r;
      } catch (e) {
        lastErr = e;
      }
    }
    if (lastErr) throw lastErr;
    return null;
  }
  if (target !== null && typeof target === 'object') {
    for (const key of Object.keys(target)) {
      if (key === 'default' || conditions.has(key)) {
        const r = resolvePackageTarget(pkgPath, target[key], subpath, pattern, internal, conditions);
        if (r === undefined) continue;
        return r;
      }
    }
    return undefined;
  }
  if (target === null) return null;
  throw new ERR_INVALID_PACKAGE_TARGET(`in ${pkgPath}: ${JSON.stringify(target)}`);
}

function matchSubpath(map, key) {
  if (Object.hasOwn(map, key) && !key.includes('*')) return { target: map[key], subpath: '', pattern: false };
  let best = null;
  let bestBase = '';
  for (const k of Object.keys(map)) {
    const star = k.indexOf('*');
    if (star === -1) {
      if (k.endsWith('/') && key.startsWith(k) && k.length > bestBase.length) {
        best = { target: map[k], subpath: key.slice(k.length), pattern: false };
        bestBase = k;
      }
      continue;
    }
    const base = k.slice(0, star);
    const trailer = k.slice(star + 1);
    if (key.startsWith(base) && key !== base && key.length >= k.length - 1 &&
        (trailer === '' || key.endsWith(trailer)) && base.length >= bestBase.length) {
      best = { target: map[k], subpath: key.slice(base.length, key.length - trailer.length), pattern: true };
      bestBase = base;
    }
  }
  return best;
}

function exportsMap(pkg) {
  let exp = pkg.data.exports;
  if (typeof exp === 'string' || Array.isArray(exp)) return { '.': exp };
  if (exp !== null && typeof exp === 'object') {
    const keys = Object.keys(exp);
    const dotted = keys.length > 0 && keys[0].startsWith('.');
    if (!dotted) exp = { '.': exp };
  }
  return exp;
}

function resolveExports(pkg, subpath, request) {
  const map = exportsMap(pkg);
  const m = matchSubpath(map, subpath);
  if (m !== null) {
    const r = resolvePackageTarget(pkg.path, m.target, m.subpath, m.pattern, false, conditionsSet());
    if (r && r.file) return r.file;
  }
  void request;
  throw new ERR_PACKAGE_PATH_NOT_EXPORTED(`${pkg.dir}${path.sep}`, subpath);
}

function resolveImports(request, parentPath) {
  const pkg = readPackageScope(parentPath || path.join(process.cwd(), 'x'));
  if (pkg && pkg.data.imports && typeof pkg.data.imports === 'object') {
    const m = matchSubpath(pkg.data.imports, request);
    if (m !== null) {
      const r = resolvePackageTarget(pkg.path, m.target, m.subpath, m.pattern, true, conditionsSet());
      if (r && r.file) return { file: r.file };
      if (r && r.bare) return { bare: r.bare };
    }
  }
  throw new ERR_PACKAGE_IMPORT_NOT_DEFINED(request, pkg ? `${pkg.dir}${path.sep}` : undefined, parentPath);
}

function splitPackageName(request) {
  const m = /^((?:@[^/\\%]+\/)?[^./\\%][^/\\%]*)(\/.*)?$/.exec(request);
  if (m === null) return null;
  return { name: m[1], subpath: m[2] ? `.${m[2]}` : '.' };
}

// ---- Module ----

function Module(id = '', parent) {
  this.id = id;
  this.path = path.dirname(id);
  Object.defineProperty(this, 'exports', { value: {}, writable: true, enumerable: true, configurable: true });
  Object.defineProperty(this, 'parent', { value: parent, writable: true, enumerable: false, configurable: true });
  this.filename = null;
  this.loaded = false;
  this.children = [];
  if (parent && Array.isArray(parent.children)) parent.children.push(this);
}

Module._cache = Object.create(null);
Module._pathCache = Object.create(null);
Module._extensions = Object.create(null);
Module.globalPaths = [];
Module.wrapper = wrapper;
Module.wrap = (script) => wrapper[0] + script + wrapper[1];
Module.builtinModules = nodeBuiltins.slice();
Module.isBuiltin = isBuiltin;
Module.Module = Module;

Module._initPaths = function _initPaths() {
  const home = process.env.HOME;
  const paths = [path.resolve(process.execPath, '..', '..', 'lib', 'node')];
  if (home) {
    paths.unshift(path.resolve(home, '.node_libraries'));
    paths.unshift(path.resolve(home, '.node_modules'));
  }
  const nodePath = process.env.NODE_PATH;
  if (nodePath) paths.unshift(...nodePath.split(path.delimiter).filter(Boolean).map((p) => path.resolve(p)));
  Module.globalPaths = paths;
};

Module._nodeModulePaths = function _nodeModulePaths(from) {
  from = path.resolve(from);
  if (from === '/') return ['/node_modules'];
  const paths = [];
  const parts = from.split('/');
  for (let i = parts.length; i > 0; i--) {
    if (parts[i - 1] === 'node_modules') continue;
    const dir = parts.slice(0, i).join('/');
    paths.push(`${dir}/node_modules`);
  }
  paths.push('/node_modules');
  return paths;
};

Module._resolveLookupPaths = function _resolveLookupPaths(request, parent) {
  if (isBuiltin(request)) return null;
  if (request.charAt(0) !== '.' || (request.length > 1 && request.charAt(1) !== '.' &&
      request.charAt(1) !== '/')) {
    let paths = parent && parent.paths && parent.paths.length ? parent.paths.concat(Module.globalPaths) :
      Module.globalPaths.slice();
    if (!parent || !parent.paths || !parent.paths.length) {
      paths = Module._nodeModulePaths('.').concat(Module.globalPaths);
    }
    return paths;
  }
  if (!parent || !parent.id || !parent.filename) return ['.'];
  return [path.dirname(parent.filename)];
};

const exts = () => Object.keys(Module._extensions);

Module._findPath = function _findPath(request, paths, isMain) {
  const absolute = path.isAbsolute(request);
  if (absolute) paths = [''];
  else if (!paths || paths.length === 0) return false;
  const cacheKey = request + '\x00' + paths.join('\x00');
  const cached = Module._pathCache[cacheKey];
  if (cached) return cached;
  const trailingSlash = request.length > 0 && (request.endsWith('/') ||
    request.endsWith('/.') || request.endsWith('/..') || request === '.' || request === '..');
  for (const dir of paths) {
    if (dir && statKind(dir) < 1 && !absolute) continue;
    // A bare request may be a package with "exports".
    if (!absolute && !request.startsWith('.')) {
      const split = splitPackageName(request);
      if (split !== null) {
        const pkgDir = path.resolve(dir, split.name);
        const pkg = readPackage(pkgDir);
        if (pkg !== null && pkg.data.exports !== undefined && pkg.data.exports !== null) {
          const file = resolveExports(pkg, split.subpath, request);
          const real = tryFile(file, isMain);
          if (real) {
            Module._pathCache[cacheKey] = real;
            return real;
          }
          const err = new Error(`Cannot find module '${file}'`);
          err.code = 'MODULE_NOT_FOUND';
          throw err;
        }
      }
    }
    const basePath = path.resolve(dir, request);
    let filename;
    const kind = statKind(basePath);
    if (!trailingSlash) {
      if (kind === 0) filename = isMain && process.execArgv.includes('--preserve-symlinks-main') ? path.resolve(basePath) : toRealPath(basePath);
      if (!filename) filename = tryExtensions(basePath, exts(), isMain);
    }
    if (!filename && kind === 1) filename = tryPackage(basePath, exts(), isMain, request);
    if (filename) {
      Module._pathCache[cacheKey] = filename;
      return filename;
    }
  }
  return false;
};

function selfResolve(request, parent) {
  if (!parent || !parent.filename) return false;
  const pkg = readPackageScope(parent.filename);
  if (!pkg || pkg.data.exports === undefined || pkg.data.exports === null) return false;
  const name = pkg.data.name;
  if (typeof name !== 'string' || (request !== name && !request.startsWith(`${name}/`))) return false;
  const subpath = `.${request.slice(name.length)}`;
  return resolveExports(pkg, subpath, request);
}

function requireStackOf(parent) {
  const stack = [];
  for (let c = parent; c; c = c.parent) stack.push(c.filename || c.id);
  return stack;
}

Module._resolveFilename = function _resolveFilename(request, parent, isMain, options) {
  if (isBuiltin(request)) return request;
  let paths;
  if (options && options.paths !== undefined) {
    if (!Array.isArray(options.paths)) throw new ERR_INVALID_ARG_VALUE('options.paths', options.paths);
    const isRelative = request.startsWith('./') || request.startsWith('../');
    paths = [];
    for (const p of options.paths) {
      if (isRelative) paths.push(path.resolve(p));
      else {
        const fake = new Module('', null);
        fake.paths = Module._nodeModulePaths(p);
        for (const lp of Module._resolveLookupPaths(request, fake)) if (!paths.includes(lp)) paths.push(lp);
      }
    }
  } else {
    paths = Module._resolveLookupPaths(request, parent);
  }
  if (request.startsWith('#')) {
    const r = resolveImports(request, parent && parent.filename);
    if (r.bare) return Module._resolveFilename(r.bare, parent, isMain);
    const f = tryFile(r.file, isMain);
    if (f) return f;
  }
  const self = selfResolve(request, parent);
  if (self) {
    const f = tryFile(self, isMain);
    if (f) return f;
  }
  const filename = Module._findPath(request, paths, isMain);
  if (filename) return filename;
  const requireStack = requireStackOf(parent);
  let message = `Cannot find module '${request}'`;
  if (requireStack.length > 0) message += `\nRequire stack:\n- ${requireStack.join('\n- ')}`;
  const err = new Error(message);
  err.code = 'MODULE_NOT_FOUND';
  err.requireStack = requireStack;
  throw err;
};

Module._load = function _load(request, parent, isMain) {
  if (request.startsWith('node:')) {
    const id = request.slice(5);
    if (!isBuiltin(request)) throw new ERR_UNKNOWN_BUILTIN_MODULE(request);
    return loadBuiltin(id);
  }
  if (parent) {
    const key = `${parent.path}\x00${request}`;
    const cachedName = relResolveCache[key];
    if (cachedName !== undefined) {
      const cached = Module._cache[cachedName];
      if (cached !== undefined) {
        updateChildren(parent, cached);
        return cached.exports;
      }
    }
  }
  if (isBuiltin(request)) return loadBuiltin(request);
  // Tests of lode's internals, as Node's --expose-internals.
  if (request.startsWith('internal/') && process.execArgv.includes('--expose-internals') &&
      builtins.hasBuiltin(request)) return builtins.requireBuiltin(request);
  const filename = Module._resolveFilename(request, parent, isMain);
  if (parent) relResolveCache[`${parent.path}\x00${request}`] = filename;
  const cached = Module._cache[filename];
  if (cached !== undefined) {
    updateChildren(parent, cached);
    return cached.exports;
  }
  const module = new Module(filename, parent);
  if (isMain) {
    process.mainModule = module;
    module.id = '.';
  }
  Module._cache[filename] = module;
  let threw = true;
  try {
    module.load(filename);
    threw = false;
  } finally {
    if (threw) {
      delete Module._cache[filename];
      if (parent) {
        const i = parent.children.indexOf(module);
        if (i !== -1) parent.children.splice(i, 1);
      }
    }
  }
  return module.exports;
};

const relResolveCache = Object.create(null);

function updateChildren(parent, child) {
  if (parent && Array.isArray(parent.children) && !parent.children.includes(child)) parent.children.push(child);
}

Module.prototype.load = function load(filename) {
  this.filename = filename;
  this.paths = Module._nodeModulePaths(path.dirname(filename));
  let ext = path.extname(filename);
  if (ext === '' || !Module._extensions[ext]) ext = '.js';
  Module._extensions[ext](this, filename);
  this.loaded = true;
};

Module.prototype.require = function require(id) {
  validateString(id, 'id');
  if (id === '') throw new ERR_INVALID_ARG_VALUE('id', id, 'must be a non-empty string');
  return Module._load(id, this, false);
};

Module.prototype._compile = function _compile(content, filename) {
  // A `#!` line is a comment of the same length, so lines stay exact.
  if (content.charCodeAt(0) === 35 && content.charCodeAt(1) === 33) content = `//${content.slice(2)}`;
  const fn = builtins.evaluate(compiledWrapper[0] + content + compiledWrapper[1], filename);
  registerWrapper(filename, compiledWrapper[0].length);
  const dirname = path.dirname(filename);
  const require = makeRequire(this);
  return fn.call(this.exports, this.exports, require, this, filename, dirname);
};

Module._extensions['.js'] = function loadJs(module, filename) {
  if (filename.endsWith('.js')) {
    const pkg = readPackageScope(filename);
    if (pkg && pkg.data.type === 'module') throw new ERR_REQUIRE_ESM(filename);
  }
  module._compile(fsb.readFileUtf8(filename), filename);
};
Module._extensions['.json'] = function loadJson(module, filename) {
  const content = fsb.readFileUtf8(filename);
  try {
    module.exports = JSON.parse(content.charCodeAt(0) === 0xfeff ? content.slice(1) : content);
  } catch (err) {
    err.message = `${filename}: ${err.message}`;
    throw err;
  }
};
Module._extensions['.node'] = function loadNode(module, filename) {
  const err = new Error(`Cannot load native addon '${filename}': lode does not support Node-API addons yet`);
  err.code = 'ERR_DLOPEN_FAILED';
  throw err;
};

function makeRequire(mod) {
  const require = function require(id) { return mod.require(id); };
  function resolve(request, options) {
    validateString(request, 'request');
    return Module._resolveFilename(request, mod, false, options);
  }
  resolve.paths = function paths(request) {
    validateString(request, 'request');
    return Module._resolveLookupPaths(request, mod);
  };
  require.resolve = resolve;
  require.main = process.mainModule;
  require.extensions = Module._extensions;
  require.cache = Module._cache;
  return require;
}

Module.createRequire = function createRequire(filename) {
  let filepath;
  if (typeof filename === 'object' && filename !== null && typeof filename.href === 'string') {
    filename = filename.href;
  }
  if (typeof filename === 'string' && filename.startsWith('file://')) {
    filepath = decodeURIComponent(filename.slice(7));
  } else if (typeof filename === 'string' && path.isAbsolute(filename)) {
    filepath = filename;
  } else {
    throw new ERR_INVALID_ARG_VALUE('filename', filename,
      'must be a file URL object, file URL string, or absolute path string');
  }
  const trailing = filepath.endsWith('/');
  const proxyPath = trailing ? path.join(filepath, 'noop.js') : filepath;
  const m = new Module(proxyPath);
  m.filename = proxyPath;
  m.paths = Module._nodeModulePaths(m.path);
  return makeRequire(m);
};

Module.runMain = function runMain(main = process.argv[1]) {
  Module._load(main, null, true);
};

Module.syncBuiltinESMExports = function() {};
Module.findSourceMap = function() { return undefined; };
Module.register = function() {
  const { codes: { ERR_NOT_IMPLEMENTED } } = require('internal/errors');
  throw new ERR_NOT_IMPLEMENTED('module.register');
};
Module._preloadModules = function _preloadModules(requests) {
  if (!Array.isArray(requests) || requests.length === 0) return;
  const parent = new Module('internal/preload', null);
  parent.paths = Module._nodeModulePaths(process.cwd());
  for (const r of requests) parent.require(r);
};

Module._initPaths();

void ERR_INVALID_ARG_TYPE;
module.exports = Module;
