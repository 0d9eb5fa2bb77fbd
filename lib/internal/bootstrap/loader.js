// The first JS lode runs: the registry of built-in modules (lib/ embedded
// in the binary), then the Node environment. Evaluates to a function that
// the runtime calls with its `native` object.
(function bootstrapLoader(native) {
  'use strict';

  const bindings = new Map();
  function internalBinding(name) {
    let b = bindings.get(name);
    if (b === undefined) {
      b = native.binding(name);
      bindings.set(name, b);
    }
    return b;
  }

  const builtinIds = native.builtinIds();
  const cache = new Map();

  function requireBuiltin(id) {
    const cached = cache.get(id);
    if (cached !== undefined) return cached.exports;
    const fn = native.compileBuiltin(id);
    if (fn === undefined) {
      const err = new Error(`Cannot find module '${id}'`);
      err.code = 'MODULE_NOT_FOUND';
      throw err;
    }
    const mod = { id, exports: {}, loaded: false };
    cache.set(id, mod);
    try {
      fn.call(mod.exports, mod.exports, requireBuiltin, mod, internalBinding);
    } catch (err) {
      cache.delete(id);
      throw err;
    }
    mod.loaded = true;
    return mod.exports;
  }

  const loader = {
    internalBinding,
    requireBuiltin,
    // Public ids: everything in lib/ outside lib/internal/.
    publicIds: builtinIds.filter((id) => !id.startsWith('internal/')).sort(),
    hasBuiltin: (id) => builtinIds.includes(id) || cache.has(id) ||
      (native.devLib && native.builtinSource(id) !== undefined),
    isLoaded: (id) => cache.has(id),
  };
  // What the module loader needs from the runtime, as a binding of its own.
  bindings.set('builtins', {
    evaluate: native.evaluate,
    checkSyntax: native.checkSyntax,
    requireBuiltin,
    hasBuiltin: loader.hasBuiltin,
    publicIds: loader.publicIds,
  });
  const setup = requireBuiltin('internal/bootstrap/node');
  native.setHooks(setup(native, loader));
})
