'use strict';
// node:vm, the parts that run in this context: Script (compiled, then run
// with runInThisContext), runInThisContext and compileFunction. New
// contexts (createContext, runInContext, runInNewContext) are not there
// yet and throw ERR_NOT_IMPLEMENTED; isContext answers false.

const builtins = internalBinding('builtins');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_NOT_IMPLEMENTED },
} = require('internal/errors');
const { validateArray, validateObject, validateString, validateInt32 } = require('internal/validators');
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

  runInContext() {
    throw new ERR_NOT_IMPLEMENTED('vm.Script.prototype.runInContext()');
  }

  runInNewContext() {
    throw new ERR_NOT_IMPLEMENTED('vm.Script.prototype.runInNewContext()');
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
  if (options.parsingContext !== undefined) {
    throw new ERR_NOT_IMPLEMENTED('vm.compileFunction() with options.parsingContext');
  }
  // The wrapper shares the code's first line, so that line numbers hold.
  const head = `(function (${params.join(', ')}) {`;
  const fn = run(`${head}${code}\n})`, { filename, line: lineOffset + 1 });
  if (contextExtensions.length === 0) return fn;
  // Names from the extension objects are in scope for the code.
  const names = [];
  for (const ext of contextExtensions) {
    if (ext === null || typeof ext !== 'object') throw new ERR_INVALID_ARG_TYPE('options.contextExtensions[0]', 'object', ext);
    names.push(...Object.keys(ext));
  }
  const outer = run(`(function (${names.join(', ')}) { return ${head}${code}\n}); })`, { filename, line: lineOffset + 1 });
  return outer(...contextExtensions.flatMap((ext) => Object.keys(ext).map((k) => ext[k])));
}

function isContext(object) {
  validateObject(object, 'object', { allowArray: true });
  return false;
}

const noContexts = (name) => function () {
  throw new ERR_NOT_IMPLEMENTED(`vm.${name}()`);
};

module.exports = {
  Script,
  compileFunction,
  createContext: noContexts('createContext'),
  createScript: (code, options) => new Script(code, options),
  runInContext: noContexts('runInContext'),
  runInNewContext: noContexts('runInNewContext'),
  runInThisContext,
  isContext,
  measureMemory: noContexts('measureMemory'),
  constants: Object.freeze({ __proto__: null,
    USE_MAIN_CONTEXT_DEFAULT_LOADER: Symbol('vm_dynamic_import_main_context_default'),
    DONT_CONTEXTIFY: Symbol('vm_context_no_contextify'),
  }),
};
