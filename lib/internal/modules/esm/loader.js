'use strict';
// The ES module loader. A module map keyed by URL; each module is loaded
// and parsed once per process, linked (imported names checked, namespaces
// built) and evaluated in the order the ECMAScript specification gives,
// top-level await included.
//
// internalBinding('esm').parseModule rewrites a module's source into a
// `function*` (`async function*` with top-level await) that takes a context
// object and the namespace object of each request, and that first hands
// over getters of its exports, then yields, then runs the body. Every
// reference to an imported name reads the exporter's namespace, whose
// properties are those getters: live bindings. See compile() for when the
// loader runs that code as a plain function instead.

const path = require('path');
const { pathToFileURL, fileURLToPath } = require('internal/url');
const { resolveForImport, formatOf, dataURLSource } = require('internal/modules/esm/resolve');
const translators = require('internal/modules/esm/translators');
const { registerWrapper, registerSource, kSourceContext } = require('internal/stack');
const {
  codes: {
    ERR_IMPORT_ASSERTION_TYPE_FAILED, ERR_IMPORT_ASSERTION_TYPE_MISSING, ERR_IMPORT_ASSERTION_TYPE_UNSUPPORTED,
    ERR_IMPORT_ATTRIBUTE_UNSUPPORTED, ERR_REQUIRE_ASYNC_MODULE, ERR_REQUIRE_CYCLE_MODULE,
  },
} = require('internal/errors');

const builtins = internalBinding('builtins');
const fsb = internalBinding('fs');

let esmBinding;
function esm() {
  if (esmBinding === undefined) esmBinding = internalBinding('esm');
  return esmBinding;
}

let hugePagesBinding;
function hugePages() {
  if (hugePagesBinding === undefined) hugePagesBinding = internalBinding('huge_pages');
  return hugePagesBinding;
}

// f.apply(self, args) inside a huge pages window (src/huge_pages.c) when
// the module's code is large: compiling it, and the first run of its
// function, where JSC compiles the body.
function runCode(m, f, self, args) {
  if (!hugePages().begin(m.codeLength)) return Reflect.apply(f, self, args);
  try {
    return Reflect.apply(f, self, args);
  } finally {
    hugePages().end();
  }
}

// Module statuses, named as in the specification.
const UNLINKED = 0;
const LINKING = 1;
const LINKED = 2;
const EVALUATING = 3;
const EVALUATING_ASYNC = 4;
const EVALUATED = 5;

const AMBIGUOUS = 'ambiguous';
const kNamespaceBinding = Symbol('namespace');

const moduleMap = new Map(); // url -> ModuleRecord

class ModuleRecord {
  constructor(url) {
    this.url = url;
    this.filename = url.startsWith('file:') ? fileURLToPath(url) : null;
    this.format = undefined; // 'module', 'commonjs', 'json', 'builtin'
    this.loaded = false;
    this.loadError = undefined;
    this.hasLoadError = false;
    this.status = UNLINKED;
    this.namespace = Object.create(null);
    // Source text modules.
    this.record = null;
    this.deps = null;
    this.fn = null;
    this.codeLength = 0;
    this.gen = null;
    this.getters = null;
    this.hasTLA = false;
    this.startPromise = null;
    this.prefixLength = 0;
    this.sourceLine1 = 0;
    this.isGenerator = false;
    this.ownExports = undefined;
    // Other modules (translators.js).
    this.exportNames = null;
    this.store = null;
    this.getterCache = null;
    this.anyName = false;
    this.builtinExports = undefined;
    this.evalSource = undefined;
    this.hookLoad = undefined; // the pending load through module.register() hooks
    this.isMain = false; // the main entry (a CommonJS one is then require.main)
    // Evaluation state of the specification's algorithm.
    this.dfsIndex = -1;
    this.dfsAncestorIndex = -1;
    this.cycleRoot = null;
    this.asyncEvaluation = false;
    this.asyncOrder = 0;
    this.pendingAsyncDeps = 0;
    this.asyncParents = null;
    this.capability = null;
    this.hasError = false;
    this.error = undefined;
  }
}

function getModule(url) {
  let m = moduleMap.get(url);
  if (m === undefined) {
    m = new ModuleRecord(url);
    moduleMap.set(url, m);
  }
  return m;
}

// ---- loading ----

function readSource(m) {
  if (m.evalSource !== undefined) return m.evalSource;
  if (m.url.startsWith('data:')) {
    const text = dataURLSource(m.url);
    registerSource(m.url, text);
    return text;
  }
  return fsb.readFileUtf8(m.filename);
}

let typelessWarned;
function warnTypeless(m) {
  if (m.filename === null || m.filename.includes('/node_modules/')) return;
  const { readPackageScope } = require('internal/modules/package_json');
  const pkg = readPackageScope(m.filename);
  if (pkg === null) return;
  if (typelessWarned === undefined) typelessWarned = new Set();
  if (typelessWarned.has(pkg.path)) return;
  typelessWarned.add(pkg.path);
  process.emitWarning(`Module type of ${m.url} is not specified and it doesn't parse as CommonJS.\n` +
    'Reparsing as ES module because module syntax was detected. This incurs a performance overhead.\n' +
    `To eliminate this warning, add "type": "module" to ${pkg.path}.`, 'Warning', 'MODULE_TYPELESS_PACKAGE_JSON');
}

function load(m, knownFormat) {
  let format = knownFormat !== undefined ? knownFormat : formatOf(m.url, m.filename);
  if (format === 'builtin') {
    m.format = format;
    translators.loadBuiltin(m);
    return;
  }
  if (format === 'module' && m.filename !== null && m.evalSource === undefined) {
    m.format = format;
    loadSourceFile(m);
    return;
  }
  const source = readSource(m);
  if (format === 'detect') {
    format = esm().detectModule(source) ? 'module' : 'commonjs';
    if (format === 'module') warnTypeless(m);
  }
  m.format = format;
  if (format === 'module') loadSourceText(m, source);
  else if (format === 'commonjs') translators.loadCommonJS(m, source);
  else translators.loadJSON(m, source);
}

function ensureLoaded(m, knownFormat) {
  if (m.loaded) return;
  if (m.hasLoadError) throw m.loadError;
  try {
    load(m, knownFormat);
  } catch (err) {
    m.hasLoadError = true;
    m.loadError = err;
    throw err;
  }
  m.loaded = true;
}

function loadSourceText(m, source) {
  let record;
  try {
    record = esm().parseModule(source, m.url);
  } catch (err) {
    throw decorateSyntaxError(err, m.url, source);
  }
  m.record = record;
  m.hasTLA = record.hasTLA === true;
  m.sourceLine1 = source.indexOf('\n');
  if (m.sourceLine1 === -1) m.sourceLine1 = source.length;
  m.deps = new Array(record.requests.length);
}

// A module file, read and parsed in C: no source string is made (the
// text is read again only to print a syntax error), and the code comes in
// the plain form (see compile()).
function loadSourceFile(m) {
  let record;
  try {
    record = esm().parseModuleFile(m.filename, m.url);
  } catch (err) {
    if (err === null || typeof err !== 'object' || typeof err.line !== 'number') throw err;
    throw decorateSyntaxError(err, m.url, readSource(m));
  }
  m.record = record;
  m.hasTLA = record.hasTLA === true;
  m.sourceLine1 = record.line1;
  m.deps = new Array(record.requests.length);
}

// The module's function is compiled at link time, in one of two forms. In
// a cycle, the generator the parser gives: called at link, it hands over
// its getters at the first next(), so that modules of the cycle see each
// other's hoisted functions before any of them runs. Otherwise, the same
// code as a plain (async) function, called when the module evaluates: JSC
// turns a generator body into a state machine, which for a large module
// costs seconds, and nothing can read a module outside a cycle before it
// runs.
function compile(m, cyclic) {
  const code = m.record.code;
  let text;
  if (m.record.plain === true) {
    // parseModuleFile's code is the plain form already.
    text = cyclic ? generatorForm(code, m.record.yieldAt) : code;
    m.isGenerator = cyclic;
  } else {
    const plain = cyclic ? null : plainForm(code, m.record.prefix || '$lode$');
    m.isGenerator = plain === null;
    text = plain === null ? code : plain;
  }
  // Columns on line 1 are shifted by the text the rewrite put before it.
  const a = text.indexOf('\n');
  m.prefixLength = Math.max(0, (a === -1 ? text.length : a) - m.sourceLine1);
  registerWrapper(m.url, m.prefixLength);
  m.codeLength = text.length;
  m.fn = runCode(m, builtins.evaluate, builtins, [text, m.url]);
  m.record.code = undefined; // compiled once: no need to keep the text
}

// `(function* (…) {"use strict";…P.e({"name": () => local, …});yield;BODY`
// without the `*` and the `yield;`, or null if the text is not that shape.
function plainForm(code, prefix) {
  let star;
  if (code.startsWith('(function* (')) star = 9;
  else if (code.startsWith('(async function* (')) star = 15;
  else return null;
  const call = `${prefix}.e({`;
  let i = code.indexOf(call);
  const line1 = code.indexOf('\n');
  if (i === -1 || (line1 !== -1 && i > line1)) return null;
  i += call.length;
  // Entries: a JSON string key, `: () => `, an identifier; `, ` between.
  while (code[i] !== '}') {
    if (code[i] !== '"') return null;
    i++;
    while (i < code.length && code[i] !== '"') i += code[i] === '\\' ? 2 : 1;
    i++;
    if (!code.startsWith(': () => ', i)) return null;
    i += 8;
    while (i < code.length && /[\w$\u0080-\uffff]/.test(code[i])) i++;
    if (code.startsWith(', ', i)) i += 2;
    else if (code[i] !== '}') return null;
  }
  if (!code.startsWith('});yield;', i)) return null;
  const y = i + 3;
  return `${code.slice(0, star)}${code.slice(star + 1, y)}${code.slice(y + 6)}`;
}

// The plain form back to the generator form: the `*` after `function`,
// `yield;` at yieldAt (after `P.e({...});`, on line 1).
function generatorForm(code, yieldAt) {
  const star = code.startsWith('(async function (') ? 15 : 9;
  return `${code.slice(0, star)}*${code.slice(star, yieldAt)}yield;${code.slice(yieldAt)}`;
}

// A parse error prints as Node prints it: `url:line`, the line, a caret.
function decorateSyntaxError(err, url, source) {
  if (err === null || typeof err !== 'object') return err;
  const line = err.line;
  const column = err.column;
  for (const k of ['line', 'column', 'filename', 'sourceURL']) {
    const d = Object.getOwnPropertyDescriptor(err, k);
    if (d !== undefined && d.configurable) Object.defineProperty(err, k, { ...d, enumerable: false });
  }
  if (typeof line === 'number') {
    const text = source.split('\n')[line - 1];
    if (text !== undefined) {
      const caret = ' '.repeat(Math.max(0, typeof column === 'number' ? column : 0));
      Object.defineProperty(err, kSourceContext, {
        value: `${url}:${line}\n${text.replace(/\r$/, '')}\n${caret}^\n`, configurable: true, writable: true,
      });
    }
  }
  return err;
}

// ---- import attributes ----

// Node's checks of the `type` attribute against the module's format. As in
// Node, they run once per (URL, type): later imports get the first outcome.
const attributeChecks = new Map();
function validateAttributes(m, type, attributes) {
  const key = `${type}\0${m.url}`;
  let outcome = attributeChecks.get(key);
  if (outcome === undefined) {
    try {
      checkAttributes(m, type, attributes);
      outcome = null;
    } catch (err) {
      outcome = err;
    }
    attributeChecks.set(key, outcome);
  }
  if (outcome !== null) throw outcome;
}

function checkAttributes(m, type, attributes) {
  if (attributes !== undefined) {
    for (const key of Object.keys(attributes)) {
      if (key !== 'type') throw new ERR_IMPORT_ATTRIBUTE_UNSUPPORTED(key, attributes[key]);
    }
  }
  const expected = m.format === 'json' ? 'json' : undefined;
  if (type === expected || (type === null && expected === undefined)) return;
  if (type === undefined || type === null) throw new ERR_IMPORT_ASSERTION_TYPE_MISSING(m.url, expected);
  if (type !== 'json') throw new ERR_IMPORT_ASSERTION_TYPE_UNSUPPORTED(type);
  throw new ERR_IMPORT_ASSERTION_TYPE_FAILED(m.url, type);
}

// The requests of root's graph not resolved yet, as [module, index]: the
// caller sets m.deps[index] before asking for the next (the walk goes on
// into it). Modules linked already are not entered.
function* unresolvedRequests(root) {
  const stack = [root];
  const seen = new Set([root]);
  while (stack.length > 0) {
    const m = stack.pop();
    if (m.format !== 'module') continue;
    const count = m.record.requests.length;
    for (let i = 0; i < count; i++) {
      if (m.deps[i] === undefined) yield [m, i];
      const dep = m.deps[i];
      if (dep.status === UNLINKED && !seen.has(dep)) {
        seen.add(dep);
        stack.push(dep);
      }
    }
  }
}

// A failed request fails its importer's load too.
function failLoad(m, err) {
  m.hasLoadError = true;
  m.loadError = err;
  m.loaded = false;
  return err;
}

// Loads m and everything it imports, resolving each request. A linked
// module's graph is loaded already.
function loadGraph(root) {
  ensureLoaded(root);
  if (root.status !== UNLINKED) return;
  for (const [m, i] of unresolvedRequests(root)) {
    try {
      const req = m.record.requests[i];
      let attributes;
      const unsupported = m.record.importAttributesUnsupported;
      if (unsupported !== undefined) {
        for (const u of unsupported) {
          if (u[0] === i) {
            if (attributes === undefined) attributes = Object.create(null);
            attributes[u[1]] = u[2];
          }
        }
      }
      const dep = getModule(resolveForImport(req.specifier, m.url));
      ensureLoaded(dep);
      validateAttributes(dep, req.type === undefined ? null : req.type, attributes);
      m.deps[i] = dep;
    } catch (err) {
      throw failLoad(m, err);
    }
  }
}

// ---- linking ----

function exportedNames(m, starSet) {
  if (m.format !== 'module') return m.exportNames;
  if (starSet.has(m)) return [];
  starSet.add(m);
  const r = m.record;
  const names = [];
  for (const e of r.localExports) names.push(e[0]);
  for (const e of r.indirectExports) names.push(e[0]);
  if (r.starExports.length > 0) {
    const own = new Set(names);
    for (const k of r.starExports) {
      for (const n of exportedNames(m.deps[k], starSet)) {
        if (n !== 'default' && !own.has(n)) {
          own.add(n);
          names.push(n);
        }
      }
    }
  }
  return names;
}

// A module's own export names: true for a local binding, else its
// indirect export entry. Made once (a module may export thousands).
function ownExports(m) {
  let map = m.ownExports;
  if (map === undefined) {
    map = new Map();
    for (const e of m.record.localExports) map.set(e[0], true);
    for (const e of m.record.indirectExports) map.set(e[0], e);
    m.ownExports = map;
  }
  return map;
}

// { module, name } (name kNamespaceBinding for a namespace), null, or AMBIGUOUS.
function resolveExport(m, name, resolveSet) {
  if (m.format !== 'module') {
    return translators.hasSyntheticExport(m, name) ? { module: m, name } : null;
  }
  for (const r of resolveSet) {
    if (r.module === m && r.name === name) return null; // a cycle
  }
  resolveSet.push({ module: m, name });
  const rec = m.record;
  const own = ownExports(m).get(name);
  if (own === true) return { module: m, name };
  if (own !== undefined) {
    const dep = m.deps[own[1]];
    if (own[2] === '*') return { module: dep, name: kNamespaceBinding };
    return resolveExport(dep, own[2], resolveSet);
  }
  if (name === 'default') return null;
  let star = null;
  for (const k of rec.starExports) {
    const r = resolveExport(m.deps[k], name, resolveSet);
    if (r === AMBIGUOUS) return AMBIGUOUS;
    if (r !== null) {
      if (star === null) star = r;
      else if (r.module !== star.module || r.name !== star.name) return AMBIGUOUS;
    }
  }
  return star;
}

function getterOf(binding) {
  const target = binding.module;
  if (binding.name === kNamespaceBinding) {
    const ns = target.namespace;
    return () => ns;
  }
  if (target.format !== 'module') return translators.syntheticGetter(target, binding.name);
  const name = binding.name;
  if (target.getters === null) {
    // A module that has not run yet (outside the cycle being linked): its
    // bindings are all uninitialized until it does.
    return () => {
      if (target.getters === null) throw new ReferenceError(`Cannot access '${name}' before initialization`);
      return target.getters[name]();
    };
  }
  const g = target.getters[name];
  return typeof g === 'function' ? g : () => undefined;
}

const kToStringTag = { value: 'Module', writable: false, enumerable: false, configurable: false };

function byName(a, b) {
  return a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0;
}

function defineNamespace(ns, entries) {
  entries.sort(byName);
  const descriptors = Object.create(null);
  for (const [name, get] of entries) descriptors[name] = { get, enumerable: true, configurable: false };
  descriptors[Symbol.toStringTag] = kToStringTag;
  Object.defineProperties(ns, descriptors);
  Object.preventExtensions(ns);
}

function buildNamespace(m) {
  const entries = [];
  if (m.format !== 'module') {
    for (const n of m.exportNames) entries.push([n, translators.syntheticGetter(m, n)]);
  } else if (m.record.starExports.length === 0 && m.record.indirectExports.length === 0) {
    // Only its own bindings: no resolution needed.
    const getters = m.getters;
    for (const e of m.record.localExports) {
      const g = getters[e[0]];
      entries.push([e[0], typeof g === 'function' ? g : () => undefined]);
    }
  } else {
    for (const n of exportedNames(m, new Set())) {
      const r = resolveExport(m, n, []);
      if (r !== null && r !== AMBIGUOUS) entries.push([n, getterOf(r)]);
    }
  }
  defineNamespace(m.namespace, entries);
}

class ModuleContext {
  constructor(m) {
    this.m = m;
    this.metaObject = undefined;
  }

  e(getters) {
    const m = this.m;
    m.getters = getters;
    // A module run as a plain function gets its namespace now (see compile).
    if (!m.isGenerator) buildNamespace(m);
  }

  get meta() {
    if (this.metaObject === undefined) this.metaObject = createImportMeta(this.m.url);
    return this.metaObject;
  }

  import(specifier, options) {
    return importModuleDynamically(specifier, options, this.m.url);
  }
}

function moduleArgs(m) {
  const args = [new ModuleContext(m)];
  for (const d of m.deps) args.push(d.namespace);
  return args;
}

function instantiate(m) {
  const gen = runCode(m, m.fn, undefined, moduleArgs(m));
  const first = runCode(m, gen.next, gen, []);
  m.gen = gen;
  if (m.hasTLA) {
    m.startPromise = first;
    trackStart(first);
  }
  if (m.getters === null) m.getters = Object.create(null);
}

// An async module's generator reaches its first `yield` a microtask after
// the first next(); evaluation waits for that, so that its body then starts
// synchronously, as the specification's ExecuteAsyncModule does.
const pendingStarts = new Set();
function trackStart(p) {
  pendingStarts.add(p);
  p.then(() => pendingStarts.delete(p), () => pendingStarts.delete(p));
}
async function settleStarts() {
  while (pendingStarts.size > 0) await Promise.all([...pendingStarts]);
}

// Where `import { name } from '<specifier>'` names `name` in the source,
// for Node's arrow under it: { line, column, length, text } or null. The
// parser gives no offsets for this rare error, so the statement is found
// again in the text.
function escapeRe(s) {
  return s.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
}
function locateImport(m, specifier, names, isExport) {
  let source;
  try {
    source = readSource(m);
  } catch {
    return null;
  }
  for (const q of ['\'', '"']) {
    const lit = `${q}${specifier}${q}`;
    let at = source.indexOf(lit);
    while (at !== -1) {
      const start = Math.max(source.lastIndexOf('import', at), source.lastIndexOf('export', at));
      if (start !== -1) {
        const stmt = source.slice(start, at);
        for (const name of names) {
          const token = `(?:${escapeRe(name)}(?![\\w$])|"${escapeRe(name)}"|'${escapeRe(name)}')`;
          const alias = isExport ? '(?:\\s+as\\s+(?:[\\w$]+|"[^"]*"|\'[^\']*\'))?' : '';
          const found = new RegExp(`(^|[^\\w$])(${token}${alias})`).exec(stmt);
          if (found === null) continue;
          const offset = start + found.index + found[1].length;
          const lineStart = source.lastIndexOf('\n', offset - 1) + 1;
          const lineEnd = source.indexOf('\n', offset);
          const line = source.slice(0, offset).split('\n').length;
          const text = source.slice(lineStart, lineEnd === -1 ? undefined : lineEnd);
          return { line, column: offset - lineStart, length: Math.min(found[2].length, text.length - (offset - lineStart)), text };
        }
      }
      at = source.indexOf(lit, at + 1);
    }
  }
  return null;
}

function missingExportError(m, k, name, ambiguous, localName, isExport) {
  const specifier = m.record.requests[k].specifier;
  const dep = m.deps[k];
  let message;
  const loc = locateImport(m, specifier, name === 'default' ? ['default', localName] : [name], isExport);
  if (ambiguous) {
    message = `The requested module '${specifier}' contains conflicting star exports for name '${name}'`;
  } else if (dep.format === 'commonjs') {
    message = `Named export '${name}' not found. The requested module '${specifier}' is a CommonJS module, ` +
      'which may not support all module.exports as named exports.\nCommonJS modules can always be imported ' +
      `via the default export, for example using:\n\nimport pkg from '${specifier}';\n`;
    const braces = loc !== null ? /\{[^}]*\}/.exec(loc.text) : null;
    if (braces !== null) message += `const ${braces[0].replace(/\s+/g, ' ').replace(/\s+as\s+/g, ': ')} = pkg;\n`;
  } else {
    message = `The requested module '${specifier}' does not provide an export named '${name}'`;
  }
  const err = new SyntaxError(message);
  if (loc !== null) {
    // Node puts this arrow in the stack itself, with no blank line.
    const arrow = `${m.url}:${loc.line}\n${loc.text}\n${' '.repeat(loc.column)}${'^'.repeat(Math.max(1, loc.length))}\n`;
    const stack = err.stack;
    err.stack = `${arrow}${stack}`;
    Object.defineProperty(err, kSourceContext, { value: '', configurable: true, writable: true });
  }
  return err;
}

function checkImports(m) {
  const rec = m.record;
  for (const imp of rec.imports) {
    if (imp[2] === '*') continue;
    const r = resolveExport(m.deps[imp[1]], imp[2], []);
    if (r === null || r === AMBIGUOUS) throw missingExportError(m, imp[1], imp[2], r === AMBIGUOUS, imp[0], false);
  }
  for (const e of rec.indirectExports) {
    if (e[2] === '*') continue;
    const r = resolveExport(m.deps[e[1]], e[2], []);
    if (r === null || r === AMBIGUOUS) throw missingExportError(m, e[1], e[2], r === AMBIGUOUS, e[0], true);
  }
}

// Links every unlinked module reachable from root. Returns them.
function link(root) {
  if (root.status !== UNLINKED) return [];
  const list = [];
  root.status = LINKING;
  const stack = [root];
  const next = [0];
  while (stack.length > 0) {
    const top = stack.length - 1;
    const m = stack[top];
    if (m.deps !== null && next[top] < m.deps.length) {
      const d = m.deps[next[top]++];
      if (d.status === UNLINKED) {
        d.status = LINKING;
        stack.push(d);
        next.push(0);
      }
    } else {
      stack.pop();
      next.pop();
      list.push(m);
    }
  }
  const cyclic = cyclicModules(list);
  try {
    for (const m of list) if (m.format === 'module' && m.fn === null) compile(m, cyclic.has(m));
    for (const m of list) if (m.format === 'module' && m.isGenerator) instantiate(m);
    for (const m of list) if (m.format === 'module') checkImports(m);
  } catch (err) {
    for (const m of list) {
      m.status = UNLINKED;
      m.gen = null;
      m.getters = null;
      m.startPromise = null;
    }
    throw err;
  }
  for (const m of list) if (m.format !== 'module' || m.isGenerator) buildNamespace(m);
  for (const m of list) m.status = LINKED;
  return list;
}

// The source text modules of `list` that are part of an import cycle
// (Tarjan's strongly connected components, without recursion).
function cyclicModules(list) {
  const inList = new Set();
  for (const m of list) if (m.format === 'module') inList.add(m);
  const cyclic = new Set();
  const index = new Map();
  const low = new Map();
  const onStack = new Set();
  const sccStack = [];
  let counter = 0;
  for (const start of inList) {
    if (index.has(start)) continue;
    const work = [[start, 0]];
    index.set(start, counter);
    low.set(start, counter++);
    sccStack.push(start);
    onStack.add(start);
    while (work.length > 0) {
      const frame = work[work.length - 1];
      const m = frame[0];
      if (frame[1] < m.deps.length) {
        const d = m.deps[frame[1]++];
        if (d === m) cyclic.add(m);
        if (!inList.has(d)) continue;
        if (!index.has(d)) {
          index.set(d, counter);
          low.set(d, counter++);
          sccStack.push(d);
          onStack.add(d);
          work.push([d, 0]);
        } else if (onStack.has(d)) {
          low.set(m, Math.min(low.get(m), index.get(d)));
        }
        continue;
      }
      work.pop();
      if (work.length > 0) {
        const parent = work[work.length - 1][0];
        low.set(parent, Math.min(low.get(parent), low.get(m)));
      }
      if (low.get(m) === index.get(m)) {
        const scc = [];
        let x;
        do {
          x = sccStack.pop();
          onStack.delete(x);
          scc.push(x);
        } while (x !== m);
        if (scc.length > 1) for (const c of scc) cyclic.add(c);
      }
    }
  }
  return cyclic;
}

// ---- evaluation (the specification's algorithm) ----

function executeSync(m) {
  if (m.format === 'module') {
    if (!m.isGenerator) {
      runCode(m, m.fn, undefined, moduleArgs(m));
      return;
    }
    const gen = m.gen;
    m.gen = null;
    runCode(m, gen.next, gen, []);
  } else {
    translators.evaluateSynthetic(m);
  }
}

let asyncOrderCounter = 0;

function innerEvaluate(m, stack, index) {
  if (m.status === EVALUATING_ASYNC || m.status === EVALUATED) {
    if (m.hasError) throw m.error;
    return index;
  }
  if (m.status === EVALUATING) return index;
  if (m.format !== 'module') {
    // Not cyclic: evaluated once, its error kept.
    m.status = EVALUATING;
    try {
      translators.evaluateSynthetic(m);
    } catch (err) {
      m.status = EVALUATED;
      m.hasError = true;
      m.error = err;
      throw err;
    }
    m.status = EVALUATED;
    return index;
  }
  m.status = EVALUATING;
  m.dfsIndex = index;
  m.dfsAncestorIndex = index;
  m.pendingAsyncDeps = 0;
  index++;
  stack.push(m);
  for (const dep of m.deps) {
    index = innerEvaluate(dep, stack, index);
    let req = dep;
    if (dep.format === 'module') {
      if (dep.status === EVALUATING) {
        m.dfsAncestorIndex = Math.min(m.dfsAncestorIndex, dep.dfsAncestorIndex);
      } else {
        req = dep.cycleRoot;
        if (req.hasError) throw req.error;
      }
      if (req.asyncEvaluation) {
        m.pendingAsyncDeps++;
        if (req.asyncParents === null) req.asyncParents = [];
        req.asyncParents.push(m);
      }
    }
  }
  if (m.pendingAsyncDeps > 0 || m.hasTLA) {
    m.asyncEvaluation = true;
    m.asyncOrder = ++asyncOrderCounter;
    if (m.pendingAsyncDeps === 0) executeAsync(m);
  } else {
    executeSync(m);
  }
  if (m.dfsAncestorIndex === m.dfsIndex) {
    for (;;) {
      const r = stack.pop();
      r.status = r.asyncEvaluation ? EVALUATING_ASYNC : EVALUATED;
      r.cycleRoot = m;
      if (r === m) break;
    }
  }
  return index;
}

function executeAsync(m) {
  let p;
  if (m.hasTLA && !m.isGenerator) {
    p = runCode(m, m.fn, undefined, moduleArgs(m));
  } else if (m.hasTLA) {
    const gen = m.gen;
    m.gen = null;
    p = runCode(m, gen.next, gen, []);
  } else {
    // A module without await whose dependencies were async.
    try {
      executeSync(m);
      p = Promise.resolve();
    } catch (err) {
      p = Promise.reject(err);
    }
  }
  p.then(() => asyncFulfilled(m), (err) => asyncRejected(m, err));
}

function gatherAncestors(m, list) {
  if (m.asyncParents === null) return;
  for (const p of m.asyncParents) {
    if (!list.includes(p) && !p.cycleRoot.hasError) {
      p.pendingAsyncDeps--;
      if (p.pendingAsyncDeps === 0) {
        list.push(p);
        if (!p.hasTLA) gatherAncestors(p, list);
      }
    }
  }
}

function asyncFulfilled(m) {
  if (m.status === EVALUATED) return;
  m.asyncEvaluation = false;
  m.status = EVALUATED;
  if (m.capability !== null) m.capability.resolve();
  const list = [];
  gatherAncestors(m, list);
  list.sort((a, b) => a.asyncOrder - b.asyncOrder);
  for (const p of list) {
    if (p.status === EVALUATED) continue;
    if (p.hasTLA) {
      executeAsync(p);
    } else {
      try {
        executeSync(p);
      } catch (err) {
        asyncRejected(p, err);
        continue;
      }
      p.asyncEvaluation = false;
      p.status = EVALUATED;
      if (p.capability !== null) p.capability.resolve();
    }
  }
}

function asyncRejected(m, err) {
  if (m.status === EVALUATED) return;
  m.hasError = true;
  m.error = err;
  m.status = EVALUATED;
  m.asyncEvaluation = false;
  if (m.asyncParents !== null) {
    for (const p of m.asyncParents) asyncRejected(p, err);
  }
  if (m.capability !== null) m.capability.reject(err);
}

function newCapability() {
  const c = { promise: null, resolve: null, reject: null };
  c.promise = new Promise((res, rej) => {
    c.resolve = res;
    c.reject = rej;
  });
  return c;
}

// Evaluate(): a promise for m's evaluation (of a linked module).
function evaluate(m) {
  if (m.format !== 'module') {
    try {
      innerEvaluate(m, [], 0);
      return Promise.resolve();
    } catch (err) {
      return Promise.reject(err);
    }
  }
  if ((m.status === EVALUATING_ASYNC || m.status === EVALUATED) && m.cycleRoot !== null) m = m.cycleRoot;
  if (m.capability !== null) return m.capability.promise;
  const stack = [];
  const cap = newCapability();
  m.capability = cap;
  try {
    innerEvaluate(m, stack, 0);
    if (!m.asyncEvaluation) cap.resolve();
  } catch (err) {
    for (const s of stack) {
      s.status = EVALUATED;
      s.hasError = true;
      s.error = err;
    }
    cap.reject(err);
  }
  return cap.promise;
}

// Evaluation that must finish synchronously (require(esm)).
function evaluateSync(m) {
  if (m.format === 'module' && (m.status === EVALUATING_ASYNC || m.status === EVALUATED) &&
      m.cycleRoot !== null) m = m.cycleRoot;
  const stack = [];
  try {
    innerEvaluate(m, stack, 0);
  } catch (err) {
    for (const s of stack) {
      s.status = EVALUATED;
      s.hasError = true;
      s.error = err;
    }
    throw err;
  }
}

// ---- entry points ----

function toRequest(specifier, options) {
  // What V8 checks for import(specifier, options), with its messages.
  specifier = `${specifier}`;
  let type = null;
  let attributes;
  if (options !== undefined) {
    if (options === null || typeof options !== 'object') {
      throw new TypeError('The second argument to import() must be an object');
    }
    attributes = options.with;
    if (attributes === undefined) attributes = options.assert;
    if (attributes !== undefined) {
      if (attributes === null || typeof attributes !== 'object') {
        throw new TypeError('The \'assert\' option must be an object');
      }
      for (const k of Object.keys(attributes)) {
        if (typeof attributes[k] !== 'string') throw new TypeError('Import assertion value must be a string');
      }
      if (Object.hasOwn(attributes, 'type')) type = attributes.type;
    }
  }
  return { specifier, type, attributes };
}

// import(): the specifier and options are read at once (as the engine
// does); resolving, loading and linking run in a later job, synchronously,
// then evaluation.
function importModuleDynamically(specifier, options, referrerURL, isMain = false) {
  let req;
  try {
    req = toRequest(specifier, options);
  } catch (err) {
    return Promise.reject(err);
  }
  return importRequest(req, referrerURL, isMain);
}

// A module not loaded yet is loaded after the pending I/O callbacks, where
// Node's asynchronous file reads put it; one already loaded comes at once.
function afterIO() {
  return new Promise((resolve) => setImmediate(resolve));
}

async function importRequest(req, referrerURL, isMain) {
  await null;
  if (hooks !== null) return importWithHooks(req, referrerURL);
  const m = getModule(resolveForImport(req.specifier, referrerURL));
  if (!isMain && !m.loaded && !m.hasLoadError) await afterIO();
  ensureLoaded(m);
  validateAttributes(m, req.type, req.attributes);
  loadGraph(m);
  return finishImport(m, link(m));
}

// ---- module.register() hooks (internal/modules/esm/hooks.js) ----

let hooks = null; // set once a hook is registered
function useHooks(h) {
  hooks = h;
}

// Loads m as the load hooks say (once, however many imports wait for it).
function loadWithHooks(m, format, attributes) {
  if (m.loaded) return undefined;
  if (m.hasLoadError) return Promise.reject(m.loadError);
  if (m.hookLoad === undefined) {
    m.hookLoad = (async () => {
      try {
        const loaded = await hooks.load(m.url, format, attributes);
        applyLoaded(m, loaded.format, loaded.source);
      } catch (err) {
        m.hasLoadError = true;
        m.loadError = err;
        throw err;
      }
      m.loaded = true;
    })();
  }
  return m.hookLoad;
}

// A load hook's result: the source it gave, or the file's (CommonJS runs
// from its file through require(), whatever the source).
function applyLoaded(m, format, source) {
  m.format = format;
  if (format === 'builtin') {
    translators.loadBuiltin(m);
    return;
  }
  if (source === null) source = readSource(m);
  if (format === 'commonjs') translators.loadCommonJS(m, source);
  else if (format === 'json') translators.loadJSON(m, source);
  else loadSourceText(m, source);
}

// loadGraph() with every request resolved and loaded through the hooks;
// loadGraph() then finds them all in place.
async function loadGraphWithHooks(root) {
  if (root.status !== UNLINKED) return;
  for (const [m, i] of unresolvedRequests(root)) {
    try {
      const req = m.record.requests[i];
      const attributes = req.type === undefined ? undefined : { type: req.type };
      const resolved = await hooks.resolve(req.specifier, m.url, attributes);
      const dep = getModule(resolved.url);
      await loadWithHooks(dep, resolved.format, attributes);
      validateAttributes(dep, req.type === undefined ? null : req.type, undefined);
      m.deps[i] = dep;
    } catch (err) {
      throw failLoad(m, err);
    }
  }
}

async function importWithHooks(req, referrerURL) {
  const resolved = await hooks.resolve(req.specifier, referrerURL, req.attributes);
  const m = getModule(resolved.url);
  await loadWithHooks(m, resolved.format, req.attributes);
  validateAttributes(m, req.type, req.attributes);
  await loadGraphWithHooks(m);
  loadGraph(m);
  return finishImport(m, link(m));
}

// A module graph loaded, linked and evaluated at once, without hooks (a
// hooks module itself): the namespace. Top-level await is refused.
function importSync(url) {
  const m = getModule(url);
  ensureLoaded(m);
  loadGraph(m);
  if (hasAsyncGraph(m)) throw new ERR_REQUIRE_ASYNC_MODULE(m.filename ?? url);
  return linkAndEvaluateSync(m);
}

// A loaded graph without top-level await, linked and evaluated now (or
// before): the namespace.
function linkAndEvaluateSync(m) {
  link(m);
  if (m.status === EVALUATED) {
    if (m.hasError) throw m.error;
  } else {
    evaluateSync(m);
  }
  return m.namespace;
}

async function finishImport(m, linked) {
  if (linked.length > 0 || pendingStarts.size > 0) await settleStarts();
  await evaluate(m);
  return m.namespace;
}

// The import() of a CommonJS module (its wrapper's $lode$import).
function makeImport(filename) {
  let url;
  return function importFromCommonJS(specifier, options) {
    if (url === undefined) url = pathToFileURL(filename).href;
    return importModuleDynamically(specifier, options, url);
  };
}

function hasAsyncGraph(root) {
  const seen = new Set([root]);
  const stack = [root];
  while (stack.length > 0) {
    const m = stack.pop();
    if (m.format !== 'module') continue;
    if (m.hasTLA) return true;
    for (const d of m.deps) {
      if (!seen.has(d)) {
        seen.add(d);
        stack.push(d);
      }
    }
  }
  return false;
}

// require() of an ES module: its namespace, evaluated synchronously.
function requireModule(filename, parent) {
  const url = pathToFileURL(filename).href;
  const m = getModule(url);
  const parentName = parent && parent.filename ? parent.filename : undefined;
  if (m.status === EVALUATING) {
    throw new ERR_REQUIRE_CYCLE_MODULE(`Cannot require() ES Module ${filename} in a cycle.` +
      `${parentName ? ` (from ${parentName})` : ''} A cycle involving require(esm) is not allowed to maintain ` +
      'invariants mandated by the ECMAScript specification. Try making at least part of the dependency in the ' +
      'graph lazily loaded.');
  }
  // require() found it to be a module (no warning about a typeless package).
  ensureLoaded(m, 'module');
  loadGraph(m);
  if (m.format !== 'module') {
    link(m);
    evaluateSync(m);
    return m.namespace;
  }
  if (hasAsyncGraph(m)) {
    const err = new ERR_REQUIRE_ASYNC_MODULE(filename, parentName);
    if (m.status === EVALUATED || m.status === EVALUATING_ASYNC) {
      err.message = err.message.replace(/ \n/g, '\n').replace(/ $/, '');
    }
    throw err;
  }
  return linkAndEvaluateSync(m);
}

// What require(esm) gives: the namespace, or for a module with a default
// export (and no __esModule) a namespace that also says __esModule, or the
// export named 'module.exports' when there is one.
const requireFacades = new WeakMap();
function requireResult(ns) {
  if (Object.hasOwn(ns, 'module.exports')) return ns['module.exports'];
  if (!Object.hasOwn(ns, 'default') || Object.hasOwn(ns, '__esModule')) return ns;
  let facade = requireFacades.get(ns);
  if (facade === undefined) {
    facade = Object.create(null);
    const entries = [['__esModule', () => true]];
    for (const k of Object.keys(ns)) entries.push([k, Object.getOwnPropertyDescriptor(ns, k).get]);
    defineNamespace(facade, entries);
    requireFacades.set(ns, facade);
  }
  return facade;
}

// ---- import.meta ----

function createImportMeta(url) {
  const meta = Object.create(null);
  if (url.startsWith('file:')) {
    const filename = fileURLToPath(url);
    meta.dirname = path.dirname(filename);
    meta.filename = filename;
  }
  meta.resolve = function resolve(specifier) {
    specifier = `${specifier}`;
    try {
      return resolveForImport(specifier, url);
    } catch (err) {
      if ((err.code === 'ERR_MODULE_NOT_FOUND' || err.code === 'ERR_UNSUPPORTED_DIR_IMPORT') &&
          typeof err.url === 'string') return err.url;
      throw err;
    }
  };
  meta.url = url;
  return meta;
}

// ---- the main entry and module code given as text ----

// The error of an entry point, printed as Node does: for an error thrown
// while the graph evaluates, the arrow points where it was made.
function entryError(err) {
  if (err === null || typeof err !== 'object' || Object.hasOwn(err, kSourceContext)) return err;
  try {
    const { errorLocation, sourceLine, v8Column } = require('internal/stack');
    const loc = errorLocation(err);
    if (loc !== null && typeof loc.url === 'string' && !loc.url.startsWith('node:')) {
      const text = sourceLine(loc.url, loc.line);
      if (text !== undefined) {
        const col = v8Column(loc.url, loc.line, loc.column);
        Object.defineProperty(err, kSourceContext, {
          value: `${loc.url}:${loc.line}\n${text}\n${' '.repeat(Math.max(0, col - 1))}^\n`,
          configurable: true, writable: true,
        });
      }
    }
  } catch {
    // Printed without the arrow.
  }
  return err;
}

let mainSettled = false;
let loopDrained = false;
function runEntry(promise) {
  process.on('beforeExit', onBeforeExit);
  process.on('exit', onExitWithPendingMain);
  promise.then(() => {
    mainSettled = true;
  }, (err) => {
    mainSettled = true;
    require('internal/process/execution').onUncaught(entryError(err), 'unhandledRejection');
  });
}

// Node exits with 13 when the event loop ran dry while the main module's
// top-level await had not settled (not on process.exit()).
function onBeforeExit() {
  loopDrained = true;
}
function onExitWithPendingMain() {
  const code = process.exitCode;
  if (!mainSettled && loopDrained && (code === 0 || code === undefined)) process.exitCode = 13;
}

// --import: each module in turn, before the main entry.
async function runImports(specifiers) {
  const parent = pathToFileURL(`${process.cwd()}/`).href;
  for (const s of specifiers) await importModuleDynamically(s, undefined, parent, true);
}

// The main entry: a file run as an ES module.
function runMainFile(filename) {
  const url = pathToFileURL(filename).href;
  getModule(url).isMain = true;
  runEntry(importModuleDynamically(url, undefined, undefined, true));
}

let evalCount = 0;
// -e / stdin code as an ES module, at file:///cwd/[evalN].
function runModuleSource(source) {
  const url = pathToFileURL(path.join(process.cwd(), `[eval${++evalCount}]`)).href;
  const m = getModule(url);
  m.evalSource = source;
  registerSource(url, source);
  runEntry((async () => {
    await null;
    m.format = 'module';
    loadSourceText(m, source);
    m.loaded = true;
    loadGraph(m);
    return finishImport(m, link(m));
  })());
}

function syncBuiltinESMExports() {
  for (const m of moduleMap.values()) {
    if (m.format === 'builtin' && m.loaded && !m.anyName) translators.syncBuiltin(m);
  }
}

module.exports = {
  importModuleDynamically,
  importSync,
  useHooks,
  hooksActive: () => hooks !== null,
  makeImport,
  requireModule,
  requireResult,
  runMainFile,
  runModuleSource,
  runImports,
  syncBuiltinESMExports,
  decorateSyntaxError,
  // For tests of the loader itself (--expose-internals).
  moduleMap,
  getModule,
  loadGraph,
  link,
  evaluate,
  evaluateSync,
  ModuleRecord,
};
