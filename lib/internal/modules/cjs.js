'use strict';
// CommonJS modules as Node loads them: the wrapper (opened on the first line
// so line numbers are exact), resolution through node_modules and
// package.json (main, exports, imports, with conditions), require.cache,
// cycles, createRequire, NODE_PATH.

const path = require('path');
const {
  codes: {
    ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_UNKNOWN_BUILTIN_MODULE,
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
// The same for a module that calls import(), which the ES module parser
// rewrote to $lode$import(…): that function is one more parameter.
const importWrapper = [
  `(function ${kModuleFunctionName}(exports, require, module, __filename, __dirname, $lode$import) { `, wrapper[1],
];

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

const pkgJson = require('internal/modules/package_json');
const { statKind } = pkgJson;

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

// A package.json that does not parse is an error for require(), as in Node.
function checked(pkg) {
  if (pkg !== null && pkg.error !== null) {
    const err = new Error(`Error parsing ${pkg.path}: ${pkg.error.message}`);
    err.path = pkg.path;
    throw err;
  }
  return pkg;
}
function readPackage(dir) {
  return checked(pkgJson.readPackage(dir));
}
function readPackageScope(checkPath) {
  return checked(pkgJson.readPackageScope(checkPath));
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
// The matching is the ES module resolver's (internal/modules/esm/resolve),
// with require()'s conditions, as in Node.

let esmResolve;
function ESMResolve() {
  if (esmResolve === undefined) esmResolve = require('internal/modules/esm/resolve');
  return esmResolve;
}
let cjsConditions;
function conditionsSet() {
  if (cjsConditions === undefined) {
    const extra = process._lodeOptions ? process._lodeOptions.conditions : [];
    cjsConditions = new Set(['require', 'node', 'module-sync', 'node-addons', ...extra]);
  }
  return cjsConditions;
}

function urlToPath(url) {
  return require('internal/url').fileURLToPath(url);
}

// The file "exports" maps subpath to (base: the importer, for messages).
function resolveExports(pkg, subpath, base) {
  return urlToPath(ESMResolve().packageExportsResolve(pkg, subpath, base, conditionsSet()));
}

// A #specifier, when the importer's package has "imports": a path or a
// builtin id; undefined otherwise (then it is looked up as any request).
function resolveImports(request, parentPath) {
  const pkg = readPackageScope(parentPath);
  if (pkg === null || pkg.data.imports === undefined || pkg.data.imports === null) return undefined;
  const { pathToFileURL } = require('internal/url');
  const url = ESMResolve().packageImportsResolve(request, pathToFileURL(parentPath).href, conditionsSet());
  if (url.protocol === 'node:') return url.href;
  return urlToPath(url);
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
          const file = resolveExports(pkg, split.subpath, undefined);
          const real = tryFile(file, isMain);
          if (real) {
            Module._pathCache[cacheKey] = real;
            return real;
          }
          const err = new Error(`Cannot find module '${file}'`);
          err.code = 'MODULE_NOT_FOUND';
          err.path = pkg.path;
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
  return resolveExports(pkg, subpath, parent.filename);
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
  if (request.startsWith('#') && parent && parent.filename) {
    const r = resolveImports(request, parent.filename);
    if (r !== undefined) {
      if (r.startsWith('node:')) return r;
      const f = tryFile(r, isMain);
      if (f) return f;
      const err = new Error(`Cannot find module '${r}'`);
      err.code = 'MODULE_NOT_FOUND';
      throw err;
    }
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
  // A package.json "imports" entry may map to a builtin.
  if (filename.startsWith('node:') && isBuiltin(filename)) return loadBuiltin(filename.slice(5));
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
  if (filename.endsWith('.mjs')) {
    loadESMFromCJS(this, filename);
    this.loaded = true;
    return;
  }
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

let hugePagesBinding;
function hugePages() {
  if (hugePagesBinding === undefined) hugePagesBinding = internalBinding('huge_pages');
  return hugePagesBinding;
}

let esmBinding;
function esm() {
  if (esmBinding === undefined) esmBinding = internalBinding('esm');
  return esmBinding;
}

// import() in a file: rewritten (internal/modules/dynamic_import, loaded
// for the first file that mentions `import`).
let dynamicImport;
function rewriteImports(content, filename) {
  if (!content.includes('import')) return null;
  dynamicImport ??= require('internal/modules/dynamic_import');
  return dynamicImport.rewriteImports(content, filename);
}

// require() of an ES module (Node 22's require(esm)); the main module found
// to be one by syntax detection runs through the ES module loader instead.
let loaderModule;
function esmLoader() {
  if (loaderModule === undefined) loaderModule = require('internal/modules/esm/loader');
  return loaderModule;
}
function loadESMFromCJS(module, filename) {
  const loader = esmLoader();
  if (module.id === '.' && process.mainModule === module) {
    loader.runMainFile(filename);
    return;
  }
  module.exports = loader.requireResult(loader.requireModule(filename, module.parent));
}

// format: kDetect when syntax decides (a .js file of require()'s own outside
// any "type"): a source that is not a script but is a module is loaded as one.
const kDetect = Symbol('kDetect');
Module.prototype._compile = function _compile(content, filename, format) {
  // A `#!` line is a comment of the same length, so lines stay exact.
  if (content.charCodeAt(0) === 35 && content.charCodeAt(1) === 33) content = `//${content.slice(2)}`;
  // A large file is compiled and first run inside a huge pages window
  // (src/huge_pages.c): that is where JSC builds its code.
  const huge = hugePages().begin(content.length);
  try {
    const rewritten = rewriteImports(content, filename);
    const w = rewritten === null ? compiledWrapper : importWrapper;
    let fn;
    try {
      fn = builtins.evaluate(w[0] + (rewritten === null ? content : rewritten) + w[1], filename);
    } catch (err) {
      if (format === kDetect && err instanceof SyntaxError && esm().detectModule(content)) {
        loadESMFromCJS(this, filename);
        return undefined;
      }
      throw err;
    }
    registerWrapper(filename, w[0].length);
    const dirname = path.dirname(filename);
    const require = makeRequire(this);
    if (rewritten === null) return fn.call(this.exports, this.exports, require, this, filename, dirname);
    const importFn = esmLoader().makeImport(filename);
    return fn.call(this.exports, this.exports, require, this, filename, dirname, importFn);
  } finally {
    if (huge) hugePages().end();
  }
};

Module._extensions['.js'] = function loadJs(module, filename) {
  let format = kDetect;
  if (filename.endsWith('.js') || path.extname(filename) === '') {
    const pkg = readPackageScope(filename);
    if (pkg && pkg.data.type === 'module') {
      loadESMFromCJS(module, filename);
      return;
    }
    if (pkg && pkg.data.type === 'commonjs') format = 'commonjs';
  } else {
    format = 'commonjs';
  }
  module._compile(fsb.readFileUtf8(filename), filename, format);
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

Module.syncBuiltinESMExports = function syncBuiltinESMExports() {
  esmLoader().syncBuiltinESMExports();
};
Module.findSourceMap = function() { return undefined; };
Module.register = function register(specifier, parentURL = undefined, options = undefined) {
  require('internal/modules/esm/hooks').register(specifier, parentURL, options);
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
