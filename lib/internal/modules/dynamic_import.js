'use strict';
// import() in code lode compiles itself. JSC's C API cannot run import()
// (the engine rejects with "Could not import the module"), so the code is
// rewritten with each import() calling $lode$import(), a function of
// lode's loader: CommonJS files and -e scripts (rewriteImports), and bodies
// given to new Function(...) (construct; code compiled from TypeScript to
// CommonJS loads ES modules with
// `new Function('specifier', 'return import(specifier)')`). Relative
// specifiers in such a body resolve against the file that called Function,
// as in Node.

const { pathToFileURL } = require('internal/url');

// `import` followed by `(` or a comment: code without one has no dynamic
// import and is not parsed (the word alone is common: imports,
// importDeclaration, "import x from" in a message).
const maybeDynamicImport = /\bimport\s*(?:\(|\/[*/])/;

// Source with its import() calls rewritten to $lode$import(), or null when
// it has none (or does not parse: the engine then reports the error).
function rewriteImports(content, filename) {
  if (!content.includes('import') || !maybeDynamicImport.test(content)) return null;
  try {
    return internalBinding('esm').parseScript(content, filename);
  } catch {
    return null;
  }
}

const frameLocation = /\(?((?:file:\/\/)?\/[^()]*?):\d+:\d+\)?$/;

// The file URL of the first caller outside lode's own code, else the
// current folder's.
function callerURL() {
  const lines = `${new Error().stack}`.split('\n');
  for (const line of lines) {
    if (line.includes('node:')) continue;
    const m = frameLocation.exec(line.trim());
    if (m !== null) return m[1].startsWith('file:') ? m[1] : pathToFileURL(m[1]).href;
  }
  return pathToFileURL(`${process.cwd()}/`).href;
}

// NativeFunction called with these (string) arguments, made with import()
// working; null when the body has no import() to rewrite.
function construct(NativeFunction, strings) {
  const params = strings.slice(0, -1).join(',');
  const text = `function anonymous(${params}\n) {\n${strings[strings.length - 1]}\n}`;
  if (!maybeDynamicImport.test(text)) return null;
  // The engine checks the parts first (a body cannot close the function).
  Reflect.apply(NativeFunction, undefined, strings);
  const rewritten = rewriteImports(text, '[Function]');
  if (rewritten === null) return null;
  const referrer = callerURL();
  const { importModuleDynamically } = require('internal/modules/esm/loader');
  const $import = (specifier, options) => importModuleDynamically(specifier, options, referrer);
  return NativeFunction('$lode$import', `return ${rewritten}`)($import);
}

module.exports = { rewriteImports, construct };
