'use strict';
// The main entry: a script file, -e / -p code, or a script from stdin.

const path = require('path');
const { registerSource } = require('internal/stack');

function runMain(native) {
  const opts = process._lodeOptions;
  const Module = require('internal/modules/cjs');
  if (opts.requires.length > 0) Module._preloadModules(opts.requires);

  if (opts.eval !== undefined) {
    const code = opts.eval;
    if (opts.check) return;
    registerSource('[eval]', code);
    const result = evalScript('[eval]', code, native);
    if (opts.print) {
      const { inspect } = require('internal/util/inspect');
      process.stdout.write(`${typeof result === 'string' ? result : inspect(result)}\n`);
    }
    return;
  }

  if (native.stdinScript !== undefined) {
    const code = native.stdinScript;
    registerSource('[stdin]', code);
    if (opts.check) {
      checkSyntax(code, '[stdin]');
      return;
    }
    evalScript('[stdin]', code, native);
    return;
  }

  const main = path.resolve(process.argv[1]);
  process.argv[1] = main;
  if (opts.check) {
    const filename = Module._resolveFilename(main, null, true);
    checkSyntax(internalBinding('fs').readFileUtf8(filename), filename);
    return;
  }
  Module.runMain(main);
}

function checkSyntax(code, filename) {
  const builtins = internalBinding('builtins');
  if (code.startsWith('#!')) code = `//${code.slice(2)}`;
  const err = builtins.checkSyntax(`(function (exports, require, module, __filename, __dirname) { ${code}\n})`, filename);
  if (err !== null) throw err;
}

// -e, -p and stdin code runs as a script in the global scope, with require,
// module, exports, __filename and __dirname available as in Node.
function evalScript(name, code, native) {
  const Module = require('internal/modules/cjs');
  const cwd = process.cwd();
  const module = new Module(name);
  module.filename = path.join(cwd, name);
  module.paths = Module._nodeModulePaths(cwd);
  const userRequire = Module.createRequire(path.join(cwd, name));
  const globals = { __filename: name, __dirname: '.', module, exports: module.exports, require: userRequire };
  for (const k of Object.keys(globals)) {
    Object.defineProperty(globalThis, k, { value: globals[k], writable: true, configurable: true, enumerable: true });
  }
  if (code.startsWith('#!')) code = `//${code.slice(2)}`;
  return native.evaluate(code, name);
}

module.exports = { runMain };
