'use strict';
// The main entry: a script file, -e / -p code, or a script from stdin.

const path = require('path');
const { registerSource } = require('internal/stack');

function runMain(native) {
  const opts = process._lodeOptions;
  const Module = require('internal/modules/cjs');
  if (opts.dnsResultOrder !== undefined) {
    require('internal/dns/utils').setDefaultResultOrder(opts.dnsResultOrder, '--dns-result-order');
  }
  if (opts.requires.length > 0) Module._preloadModules(opts.requires);
  if (opts.imports.length > 0) {
    // --import modules first (asynchronously, in order), then the entry.
    require('internal/modules/esm/loader').runImports(opts.imports).then(() => runEntryPoint(native, opts, Module),
      (err) => require('internal/process/execution').onUncaught(err, 'unhandledRejection'));
    return;
  }
  runEntryPoint(native, opts, Module);
}

function runEntryPoint(native, opts, Module) {
  if (opts.inputType !== undefined && opts.inputType !== 'module' && opts.inputType !== 'commonjs') {
    process._rawDebug(`${process.argv0}: --input-type must be "module" or "commonjs"`);
    internalBinding('process').reallyExit(9);
  }

  if (opts.eval !== undefined) {
    const code = opts.eval;
    if (opts.check) return;
    if (opts.inputType === 'module') {
      if (opts.print) throw new (require('internal/errors').codes.ERR_EVAL_ESM_CANNOT_PRINT)();
      require('internal/modules/esm/loader').runModuleSource(code);
      return;
    }
    registerSource('[eval]', code);
    const result = evalScript('[eval]', code, native, opts);
    if (result === kRanAsModule) return;
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
    if (opts.inputType === 'module') {
      require('internal/modules/esm/loader').runModuleSource(code);
      return;
    }
    evalScript('[stdin]', code, native, opts);
    return;
  }

  if (process.argv.length < 2) {
    // No script, no code: the REPL (a terminal on stdin, or -i).
    process.stdout.write(`Welcome to lode v${process.versions.lode} (the Node.js ${process.version} API).\n` +
      'Type ".help" for more information.\n');
    const repl = require('repl').start();
    repl.on('exit', () => process.exit());
    return;
  }
  const main = path.resolve(process.argv[1]);
  process.argv[1] = main;
  if (opts.check) {
    const filename = Module._resolveFilename(main, null, true);
    const source = internalBinding('fs').readFileUtf8(filename);
    if (isModuleFile(filename)) {
      checkModuleSyntax(source, filename);
    } else {
      try {
        checkSyntax(source, filename);
      } catch (err) {
        if (!filename.endsWith('.cjs') && internalBinding('esm').detectModule(source)) checkModuleSyntax(source, filename);
        else throw err;
      }
    }
    return;
  }
  // As Node: .mjs, or any file but .cjs under "type": "module", runs through
  // the ES module loader; the rest through require() (which still turns to
  // the ES module loader for a .js file with module syntax).
  let mainPath;
  try {
    mainPath = Module._findPath(main, null, true);
  } catch {
    mainPath = false;
  }
  // Once module.register() hooks are in place (only --import or --require
  // modules can have registered them by now), the main entry is an import
  // too, as in Node, so that they apply to it.
  if ((opts.imports.length > 0 || opts.requires.length > 0) &&
      require('internal/modules/esm/loader').hooksActive()) {
    require('internal/modules/esm/loader').runMainFile(mainPath || main);
    return;
  }
  if (mainPath && isModuleFile(mainPath)) {
    require('internal/modules/esm/loader').runMainFile(mainPath);
    return;
  }
  Module.runMain(main);
}

function isModuleFile(filename) {
  if (filename.endsWith('.mjs')) return true;
  if (filename.endsWith('.cjs')) return false;
  const pkg = require('internal/modules/package_json').readPackageScope(filename);
  return pkg !== null && pkg.error === null && pkg.data.type === 'module';
}

function checkModuleSyntax(source, filename) {
  try {
    internalBinding('esm').parseModule(source, filename);
  } catch (err) {
    throw require('internal/modules/esm/loader').decorateSyntaxError(err, filename, source);
  }
}

const kRanAsModule = Symbol('kRanAsModule');

function checkSyntax(code, filename) {
  const builtins = internalBinding('builtins');
  if (code.startsWith('#!')) code = `//${code.slice(2)}`;
  const err = builtins.checkSyntax(`(function (exports, require, module, __filename, __dirname) { ${code}\n})`, filename);
  if (err !== null) throw err;
}

// -e, -p and stdin code runs as a script in the global scope, with require,
// module, exports, __filename and __dirname available as in Node.
function evalScript(name, code, native, opts) {
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
  // import() in the script: rewritten to $lode$import(), a global here as
  // the script runs in the global scope.
  let script = code;
  if (code.includes('import')) {
    const rewritten = require('internal/modules/dynamic_import').rewriteImports(code, name);
    if (rewritten !== null) {
      script = rewritten;
      const loader = require('internal/modules/esm/loader');
      Object.defineProperty(globalThis, '$lode$import', {
        value: loader.makeImport(path.join(cwd, name)), writable: true, configurable: true, enumerable: false,
      });
    }
  }
  try {
    return native.evaluate(script, name);
  } catch (err) {
    // Not a script but a module (import/export, top-level await): run as
    // one, as Node does when --input-type is not given.
    if (opts.inputType === undefined && err instanceof SyntaxError &&
        internalBinding('builtins').checkSyntax(script, name) !== null && internalBinding('esm').detectModule(code)) {
      if (opts.print) throw new (require('internal/errors').codes.ERR_EVAL_ESM_CANNOT_PRINT)();
      for (const k of [...Object.keys(globals), '$lode$import']) delete globalThis[k];
      require('internal/modules/esm/loader').runModuleSource(code);
      return kRanAsModule;
    }
    throw err;
  }
}


module.exports = { runMain };
