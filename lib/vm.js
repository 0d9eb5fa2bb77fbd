'use strict';
// node:vm: Script, runInThisContext, compileFunction, and contexts:
// createContext(sandbox) makes a new JSC global context whose globals are
// the sandbox's properties (src/contextify.c); runInContext and
// runInNewContext evaluate code there.

const builtins = internalBinding('builtins');
const contextify = internalBinding('contextify');
const {
  codes: { ERR_INVALID_ARG_TYPE },
} = require('internal/errors');
const { validateArray, validateObject, validateOneOf, validateString, validateInt32 } = require('internal/validators');
const { registerSource } = require('internal/stack');

// (code, filename | options) as node takes them; returns { filename, line }.
function scriptOptions(options, defaultName) {
  if (typeof options === 'string') return { filename: options, line: 1 };
  if (options === undefined || options === null) return { filename: defaultName, line: 1 };
  validateObject(options, 'options');
  const { filename = defaultName, lineOffset = 0, columnOffset = 0 } = options;
  validateString(filename, 'options.filename');
  validateInt32(lineOffset, 'options.lineOffset');
  validateInt32(columnOffset, 'options.columnOffset');
  return { filename, line: lineOffset + 1 };
}

function run(code, { filename, line }) {
  registerSource(filename, code);
  return builtins.evaluate(code, filename, line);
}

// sandbox -> its context's global, and back: each keeps the other alive
// (the C side holds the sandbox as a plain pointer).
const globalOf = new WeakMap();
const sandboxOf = new WeakMap();

function createContext(sandbox = {}, options = undefined) {
  if (isContext(sandbox)) return sandbox;
  validateObject(sandbox, 'contextObject', { allowArray: true, allowFunction: true });
  if (options !== undefined) validateObject(options, 'options');
  const global = contextify.makeContext(sandbox);
  globalOf.set(sandbox, global);
  sandboxOf.set(global, sandbox);
  return sandbox;
}

function contextGlobal(contextifiedObject) {
  const global = contextifiedObject !== null && typeof contextifiedObject === 'object' ?
    globalOf.get(contextifiedObject) : undefined;
  if (global === undefined) throw new ERR_INVALID_ARG_TYPE('contextifiedObject', 'vm.Context', contextifiedObject);
  return global;
}

function runIn(global, code, { filename, line }) {
  registerSource(filename, code);
  return contextify.evaluate(global, code, filename, line);
}

class Script {
  #code;
  #options;

  constructor(code, options) {
    code = `${code}`;
    this.#options = scriptOptions(options, 'evalmachine.<anonymous>');
    // Compiled now, as node does: a syntax error throws here.
    const err = builtins.checkSyntax(code, this.#options.filename);
    if (err !== null) throw err;
    this.#code = code;
  }

  runInThisContext(options) {
    if (options !== undefined) validateObject(options, 'options');
    return run(this.#code, this.#options);
  }

  runInContext(contextifiedObject, options) {
    const global = contextGlobal(contextifiedObject);
    if (options !== undefined) validateObject(options, 'options');
    return runIn(global, this.#code, this.#options);
  }

  runInNewContext(contextObject, options) {
    return this.runInContext(createContext(contextObject, options), options);
  }

  createCachedData() {
    // JSC's C API has no code cache: an empty one, which node also gives
    // back for a script it cannot cache.
    return Buffer.alloc(0);
  }
}

function runInThisContext(code, options) {
  return run(`${code}`, scriptOptions(options, 'evalmachine.<anonymous>'));
}

function runInContext(code, contextifiedObject, options) {
  const global = contextGlobal(contextifiedObject);
  return runIn(global, `${code}`, scriptOptions(options, 'evalmachine.<anonymous>'));
}

function runInNewContext(code, contextObject, options) {
  const sandbox = createContext(contextObject, typeof options === 'object' ? options?.contextOptions : undefined);
  return runInContext(code, sandbox, options);
}

function compileFunction(code, params = [], options = {}) {
  validateString(code, 'code');
  validateArray(params, 'params');
  params.forEach((p, i) => validateString(p, `params[${i}]`));
  validateObject(options, 'options');
  const { filename = '', lineOffset = 0, columnOffset = 0, contextExtensions = [] } = options;
  validateString(filename, 'options.filename');
  validateInt32(lineOffset, 'options.lineOffset');
  validateInt32(columnOffset, 'options.columnOffset');
  validateArray(contextExtensions, 'options.contextExtensions');
  // In another context when asked: its globals are the function's.
  const evaluate = options.parsingContext === undefined ? run :
    (text, where) => runIn(contextGlobal(options.parsingContext), text, where);
  // The wrapper shares the code's first line, so that line numbers hold.
  const head = `(function (${params.join(', ')}) {`;
  const fn = evaluate(`${head}${code}\n})`, { filename, line: lineOffset + 1 });
  if (contextExtensions.length === 0) return fn;
  // Names from the extension objects are in scope for the code.
  const names = [];
  for (const ext of contextExtensions) {
    if (ext === null || typeof ext !== 'object') throw new ERR_INVALID_ARG_TYPE('options.contextExtensions[0]', 'object', ext);
    names.push(...Object.keys(ext));
  }
  const outer = evaluate(`(function (${names.join(', ')}) { return ${head}${code}\n}); })`, { filename, line: lineOffset + 1 });
  return outer(...contextExtensions.flatMap((ext) => Object.keys(ext).map((k) => ext[k])));
}

function isContext(object) {
  validateObject(object, 'object', { allowArray: true });
  return globalOf.has(object);
}

// JSC has one heap for all of lode's contexts: the estimate is its size in
// use, the range up to the heap's size.
let measureMemoryWarned = false;
function measureMemory(options = {}) {
  if (!measureMemoryWarned) {
    measureMemoryWarned = true;
    process.emitWarning('vm.measureMemory is an experimental feature and might change at any time',
      'ExperimentalWarning');
  }
  validateObject(options, 'options');
  const { mode = 'summary', execution = 'default' } = options;
  validateOneOf(mode, 'options.mode', ['summary', 'detailed']);
  validateOneOf(execution, 'options.execution', ['default', 'eager']);
  const { heapUsed, heapTotal } = process.memoryUsage();
  const total = { jsMemoryEstimate: heapUsed, jsMemoryRange: [heapUsed, Math.max(heapUsed, heapTotal)] };
  const result = mode === 'summary' ? { total } :
    { total, current: { jsMemoryEstimate: total.jsMemoryEstimate, jsMemoryRange: [...total.jsMemoryRange] }, other: [] };
  return Promise.resolve(result);
}

module.exports = {
  Script,
  compileFunction,
  createContext,
  createScript: (code, options) => new Script(code, options),
  runInContext,
  runInNewContext,
  runInThisContext,
  isContext,
  measureMemory,
  constants: Object.freeze({ __proto__: null,
    USE_MAIN_CONTEXT_DEFAULT_LOADER: Symbol('vm_dynamic_import_main_context_default'),
    DONT_CONTEXTIFY: Symbol('vm_context_no_contextify'),
  }),
};
