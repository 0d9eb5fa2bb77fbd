'use strict';
// Node's globals, as lazy getters: nothing is loaded until first use, then
// the getter replaces itself with a plain data property.

function lazy(name, load, enumerable = false) {
  Object.defineProperty(globalThis, name, {
    get() {
      const value = load();
      Object.defineProperty(globalThis, name, { value, writable: true, configurable: true, enumerable });
      return value;
    },
    set(value) {
      Object.defineProperty(globalThis, name, { value, writable: true, configurable: true, enumerable });
    },
    configurable: true,
    enumerable,
  });
}

// The global Function, wrapped so that a body with import() gets a working
// one (internal/modules/dynamic_import.js); every other call is the engine's.
function installFunction() {
  const NativeFunction = Function;
  const LodeFunction = function Function() {
    const n = arguments.length;
    const body = n > 0 ? arguments[n - 1] : '';
    // A string body without "import" (nearly always): the engine's, as is.
    if (typeof body !== 'string' || body.includes('import')) {
      // Made strings first, in order (the engine's order of toString calls).
      const args = [];
      for (let i = 0; i < n; i++) args.push(`${arguments[i]}`);
      if (n > 0 && args[n - 1].includes('import')) {
        const made = require('internal/modules/dynamic_import').construct(NativeFunction, args);
        if (made !== null) return made;
      }
      return Reflect.construct(NativeFunction, args, target(new.target));
    }
    return Reflect.construct(NativeFunction, arguments, target(new.target));
  };
  // The engine's own function for `new Function` and plain calls (same
  // prototype); a subclass stays the new.target.
  const target = (t) => (t === undefined || t === LodeFunction ? NativeFunction : t);
  Object.defineProperties(LodeFunction, {
    length: { value: 1, writable: false, enumerable: false, configurable: true },
    prototype: { value: NativeFunction.prototype, writable: false, enumerable: false, configurable: false },
  });
  Object.defineProperty(NativeFunction.prototype, 'constructor', {
    value: LodeFunction, writable: true, enumerable: false, configurable: true,
  });
  Object.defineProperty(globalThis, 'Function', {
    value: LodeFunction, writable: true, enumerable: false, configurable: true,
  });
}

// WebAssembly.compile()/instantiate() settle from JSC's run loop, which
// lode runs only while such a promise is pending (src/glib_tasks.c).
function holdWebAssemblyPromises() {
  if (typeof WebAssembly !== 'object') return;
  let tasks;
  for (const name of ['compile', 'instantiate']) {
    const native = WebAssembly[name];
    if (typeof native !== 'function') continue;
    const held = {
      [name](...args) {
        let promise;
        try {
          promise = Reflect.apply(native, this, args);
        } catch (err) {
          return Promise.reject(err);
        }
        tasks ??= internalBinding('glib_tasks');
        tasks.hold();
        return promise.finally(() => tasks.release());
      },
    }[name];
    Object.defineProperty(held, 'length', { value: native.length, configurable: true });
    Object.defineProperty(WebAssembly, name, { value: held, writable: true, enumerable: false, configurable: true });
  }
}

function setupGlobals(loader) {
  require('internal/locale_format').setupLocaleFormats();
  // Node 20 gives Symbol the explicit-resource-management symbols the
  // engine lacks (Symbol.for keys, so every realm agrees).
  for (const [name, key] of [['dispose', 'nodejs.dispose'], ['asyncDispose', 'nodejs.asyncDispose']]) {
    if (typeof Symbol[name] !== 'symbol') {
      Object.defineProperty(Symbol, name, { value: Symbol.for(key), writable: false, enumerable: false, configurable: false });
    }
  }
  installFunction();
  holdWebAssemblyPromises();
  Object.defineProperty(globalThis, Symbol.toStringTag, {
    value: 'global', writable: false, enumerable: false, configurable: true,
  });
  Object.defineProperty(globalThis, 'global', {
    value: globalThis, writable: true, configurable: true, enumerable: true,
  });
  const timers = () => require('timers');
  for (const name of ['clearImmediate', 'setImmediate', 'clearInterval', 'clearTimeout',
    'setInterval', 'setTimeout']) {
    lazy(name, () => timers()[name], true);
  }
  lazy('queueMicrotask', () => require('internal/process/task_queues').queueMicrotask, true);
  lazy('structuredClone', () => require('internal/structured_clone').structuredClone, true);
  lazy('atob', () => require('internal/base64').atob, true);
  lazy('btoa', () => require('internal/base64').btoa, true);
  lazy('Buffer', () => require('buffer').Buffer);
  lazy('TextEncoder', () => require('internal/encoding').TextEncoder);
  lazy('TextDecoder', () => require('internal/encoding').TextDecoder);
  lazy('Blob', () => require('buffer').Blob);
  lazy('File', () => require('buffer').File);
  lazy('performance', () => require('internal/perf').performance, true);
  // Web Crypto. Node's enumerable order is performance, fetch, crypto: fetch
  // belongs before this line.
  // As in Node, an accessor without a setter: assignment does not replace it.
  Object.defineProperty(globalThis, 'crypto', {
    ...Object.getOwnPropertyDescriptor({ get crypto() { return require('internal/crypto/webcrypto').crypto; } }, 'crypto'),
    enumerable: true,
    configurable: true,
  });
  lazy('Crypto', () => require('internal/crypto/webcrypto').Crypto);
  lazy('CryptoKey', () => require('internal/crypto/webcrypto_subtle').CryptoKey);
  lazy('SubtleCrypto', () => require('internal/crypto/webcrypto_subtle').SubtleCrypto);
  for (const name of ['Performance', 'PerformanceEntry', 'PerformanceMark', 'PerformanceMeasure',
    'PerformanceObserver', 'PerformanceObserverEntryList', 'PerformanceResourceTiming']) {
    lazy(name, () => require('internal/perf')[name]);
  }
  lazy('console', () => require('internal/console').createGlobalConsole());
  lazy('EventTarget', () => require('internal/event_target').EventTarget);
  lazy('Event', () => require('internal/event_target').Event);
  lazy('CustomEvent', () => require('internal/event_target').CustomEvent);
  lazy('AbortController', () => require('internal/abort_controller').AbortController);
  lazy('AbortSignal', () => require('internal/abort_controller').AbortSignal);
  lazy('DOMException', () => require('internal/dom_exception').DOMException);
  // Web streams: one load of node:stream/web serves every class.
  for (const name of ['ReadableStream', 'ReadableStreamDefaultReader', 'ReadableStreamBYOBReader',
    'ReadableStreamBYOBRequest', 'ReadableByteStreamController', 'ReadableStreamDefaultController',
    'TransformStream', 'TransformStreamDefaultController', 'WritableStream', 'WritableStreamDefaultWriter',
    'WritableStreamDefaultController', 'ByteLengthQueuingStrategy', 'CountQueuingStrategy',
    'TextEncoderStream', 'TextDecoderStream', 'CompressionStream', 'DecompressionStream']) {
    lazy(name, () => require('stream/web')[name]);
  }
  if (process._lodeOptions.exposeGc) {
    const { gc: collect } = loader.internalBinding('process');
    Object.defineProperty(globalThis, 'gc', {
      value: function gc() { collect(); }, writable: true, enumerable: true, configurable: true,
    });
  }
  for (const name of ['MessageChannel', 'MessagePort', 'MessageEvent', 'BroadcastChannel']) {
    lazy(name, () => require('internal/worker/io')[name]);
  }
  lazy('URL', () => require('internal/url').URL);
  lazy('URLSearchParams', () => require('internal/url').URLSearchParams);
  // Not a global, but start-up work of the same kind: the default printer
  // of process 'warning' events must be listening before user code runs.
  require('internal/process/warning').setup();

}

module.exports = { setupGlobals };
