'use strict';
// import() in the body of new Function(...): JSC's C API cannot run it (the
// engine rejects with "Could not import the module"), so such a function is
// made again from its text with import() rewritten to a function of lode's
// loader, as modules and CommonJS files are. The pattern matters: code
// compiled from TypeScript to CommonJS loads ES modules with
// `new Function('specifier', 'return import(specifier)')`. Relative
// specifiers resolve against the file that called Function, as in Node.

const { pathToFileURL } = require('internal/url');

const maybeDynamicImport = /\bimport\s*(?:\(|\/[*/])/;
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
  let rewritten;
  try {
    rewritten = internalBinding('esm').parseScript(text, '[Function]');
  } catch {
    return null;
  }
  if (rewritten === null) return null;
  const referrer = callerURL();
  const { importModuleDynamically } = require('internal/modules/esm/loader');
  const $import = (specifier, options) => importModuleDynamically(specifier, options, referrer);
  return NativeFunction('$lode$import', `return ${rewritten}`)($import);
}

module.exports = { construct };
