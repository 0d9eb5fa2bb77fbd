'use strict';
// module.register(): customization hooks for the ES module loader. A hooks
// module may export initialize(data), resolve(specifier, context,
// nextResolve) and load(url, context, nextLoad); each registration adds to
// the front of its chain, and the end of each chain is lode's own
// resolution and loading. Node 20 runs the hooks on a thread of their own;
// lode runs them on the main thread, between the loader's steps, with the
// same chain rules: a hook either calls next or says `shortCircuit: true`.
// They apply to import and import() (not to require()), the main entry
// included once any hook is registered.

const { fileURLToPath } = require('internal/url');
const {
  codes: { ERR_LOADER_CHAIN_INCOMPLETE, ERR_INVALID_RETURN_PROPERTY_VALUE,
    ERR_INVALID_RETURN_VALUE, ERR_UNKNOWN_FILE_EXTENSION, ERR_UNKNOWN_MODULE_FORMAT },
} = require('internal/errors');
const { resolveForImport, formatOf, dataURLSource } = require('internal/modules/esm/resolve');
const { MessagePort } = require('internal/worker/io');

const resolveHooks = []; // { fn, name }, the last registered first
const loadHooks = [];
const kFormats = new Set(['builtin', 'commonjs', 'json', 'module']);

function active() {
  return resolveHooks.length > 0 || loadHooks.length > 0;
}

// register(specifier[, parentURL][, options]): options may stand in for
// parentURL, and hold parentURL, data (given to initialize()) and
// transferList (on one thread nothing moves; its ports are unref'd).
function register(specifier, parentURL = undefined, options = undefined) {
  if (parentURL !== null && typeof parentURL === 'object' && !(parentURL instanceof URL)) {
    options = parentURL;
    parentURL = options.parentURL;
  }
  if (parentURL === undefined) parentURL = 'data:';
  // As node: both are taken as strings; bad ones fail to resolve.
  const name = `${specifier}`;
  const url = resolveForImport(name, `${parentURL}`);
  // Ports sent to the hooks would live on node's hooks thread, which never
  // keeps the process alive: here they must not either.
  const transferList = options?.transferList;
  if (transferList !== undefined && transferList !== null && typeof transferList[Symbol.iterator] === 'function') {
    for (const port of transferList) {
      if (port instanceof MessagePort) port.unref();
    }
  }
  const loader = require('internal/modules/esm/loader');
  const hooks = offMainThread(loader, () => {
    const ns = loader.importSync(url);
    if (typeof ns.initialize === 'function') ns.initialize(options?.data);
    return ns;
  });
  if (typeof hooks.resolve === 'function') resolveHooks.unshift({ fn: hooks.resolve, name: `${name} 'resolve'` });
  if (typeof hooks.load === 'function') loadHooks.unshift({ fn: hooks.load, name: `${name} 'load'` });
  if (active()) loader.useHooks(module.exports);
}

// Node loads a hooks module and runs initialize() on the hooks thread: there
// worker_threads.isMainThread is false, which a hooks module that registers
// itself when loaded on the main thread (tsx's) relies on not to recurse.
function offMainThread(loader, fn) {
  const workerThreads = require('worker_threads');
  workerThreads.isMainThread = false;
  loader.syncBuiltinESMExports();
  try {
    return fn();
  } finally {
    workerThreads.isMainThread = true;
    loader.syncBuiltinESMExports();
  }
}

// Runs a chain: hook i gets a `next` that runs hook i + 1, the last one
// lode's own step. `check` validates what each hook gave back.
function runChain(hooks, last, input, context, check) {
  const step = (i) => async (nextInput, nextContext) => {
    const ctx = nextContext === undefined ? context : { ...context, ...nextContext };
    if (i === hooks.length) return last(nextInput, ctx);
    const hook = hooks[i];
    let calledNext = false;
    const next = step(i + 1);
    const result = await hook.fn(nextInput, ctx, (a, b) => {
      calledNext = true;
      return next(a, b);
    });
    if (result === null || typeof result !== 'object') {
      throw new ERR_INVALID_RETURN_VALUE('an object', hook.name, result);
    }
    if (!calledNext && result.shortCircuit !== true) throw new ERR_LOADER_CHAIN_INCOMPLETE(hook.name);
    check(result, hook.name);
    return result;
  };
  return step(0)(input, undefined);
}

// ---- resolve ----

// lode's resolution, with the format a hook may read: undefined where the
// extension does not tell (a .js file outside a typed package is decided
// by its syntax when loaded).
function defaultResolve(specifier, context) {
  const url = resolveForImport(specifier, context.parentURL, context.conditions);
  let format;
  try {
    format = formatOf(url, url.startsWith('file:') ? fileURLToPath(url) : null);
  } catch {
    format = undefined;
  }
  return { url, format: format === 'detect' ? undefined : format };
}

function checkResolved(result, name) {
  if (typeof result.url !== 'string') {
    throw new ERR_INVALID_RETURN_PROPERTY_VALUE('a URL string', name, 'url', result.url);
  }
  try {
    new URL(result.url);
  } catch {
    throw new ERR_INVALID_RETURN_PROPERTY_VALUE('a URL string', name, 'url', result.url);
  }
}

// { url, format } for an import of `specifier` from parentURL.
function resolve(specifier, parentURL, importAttributes) {
  const context = { conditions: ['node', 'import'], importAttributes: importAttributes ?? {}, parentURL };
  return runChain(resolveHooks, defaultResolve, specifier, context, checkResolved);
}

// ---- load ----

function defaultLoad(url, context) {
  let format = context.format;
  if (url.startsWith('node:')) return { format: 'builtin', source: null };
  const filename = url.startsWith('file:') ? fileURLToPath(url) : null;
  if (format === undefined || format === null) {
    format = formatOf(url, filename);
    if (format === 'detect') {
      const text = filename !== null ? internalBinding('fs').readFileUtf8(filename) : dataURLSource(url);
      format = internalBinding('esm').detectModule(text) ? 'module' : 'commonjs';
    }
  }
  // As node 20: no source for CommonJS (require() reads the file).
  if (format === 'commonjs' || format === 'builtin') return { format, source: null };
  const source = filename !== null ? require('fs').readFileSync(filename) : Buffer.from(dataURLSource(url));
  return { format, source };
}

function checkLoaded(result, name) {
  const { source } = result;
  if (source !== undefined && source !== null && typeof source !== 'string' &&
      !ArrayBuffer.isView(source) && !(source instanceof ArrayBuffer)) {
    throw new ERR_INVALID_RETURN_PROPERTY_VALUE('a string, an ArrayBuffer, or a TypedArray', name, 'source', source);
  }
}

// { format, source (a string, or null) } of a resolved URL.
async function load(url, format, importAttributes) {
  const context = { conditions: ['node', 'import'], format, importAttributes: importAttributes ?? {} };
  const result = await runChain(loadHooks, defaultLoad, url, context, checkLoaded);
  const final = result.format;
  if (!kFormats.has(final)) {
    if (final === undefined || final === null) {
      const filename = url.startsWith('file:') ? fileURLToPath(url) : url;
      const dot = filename.lastIndexOf('.');
      throw new ERR_UNKNOWN_FILE_EXTENSION(dot === -1 ? '' : filename.slice(dot), filename);
    }
    throw new ERR_UNKNOWN_MODULE_FORMAT(final, url);
  }
  let { source } = result;
  if (source === undefined || source === null) source = null;
  else if (typeof source !== 'string') source = Buffer.from(source instanceof ArrayBuffer ? source : source.buffer,
    source.byteOffset ?? 0, source.byteLength).toString();
  return { format: final, source };
}

module.exports = { active, register, resolve, load };
