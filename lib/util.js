'use strict';
// node:util for lode.

const {
  inspect,
  format,
  formatWithOptions,
  stripVTControlCharacters,
} = require('internal/util/inspect');
const types = require('internal/util/types');
const {
  codes: {
    ERR_FALSY_VALUE_REJECTION,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_OUT_OF_RANGE,
  },
} = require('internal/errors');
const {
  validateBoolean,
  validateFunction,
  validateNumber,
  validateString,
} = require('internal/validators');

// ---------------------------------------------------------------------------
// inherits

function inherits(ctor, superCtor) {
  if (ctor === undefined || ctor === null) throw new ERR_INVALID_ARG_TYPE('ctor', 'Function', ctor);
  if (superCtor === undefined || superCtor === null) {
    throw new ERR_INVALID_ARG_TYPE('superCtor', 'Function', superCtor);
  }
  if (superCtor.prototype === undefined) {
    throw new ERR_INVALID_ARG_TYPE('superCtor.prototype', 'Object', superCtor.prototype);
  }
  Object.defineProperty(ctor, 'super_', {
    value: superCtor, writable: true, configurable: true,
  });
  Object.setPrototypeOf(ctor.prototype, superCtor.prototype);
}

// ---------------------------------------------------------------------------
// promisify / callbackify

const kCustomPromisifiedSymbol = Symbol.for('nodejs.util.promisify.custom');
// Callback APIs that pass several values (e.g. dns.lookup's address and family)
// set this to the list of names; the promise then resolves to an object.
const kCustomPromisifyArgsSymbol = Symbol.for('lode.util.promisify.customArgs');

function promisify(original) {
  validateFunction(original, 'original');
  if (original[kCustomPromisifiedSymbol]) {
    const fn = original[kCustomPromisifiedSymbol];
    validateFunction(fn, 'util.promisify.custom');
    return Object.defineProperty(fn, kCustomPromisifiedSymbol, {
      value: fn, enumerable: false, writable: false, configurable: true,
    });
  }
  const argumentNames = original[kCustomPromisifyArgsSymbol];

  function fn(...args) {
    return new Promise((resolve, reject) => {
      args.push((err, ...values) => {
        if (err) return reject(err);
        if (argumentNames !== undefined && values.length > 1) {
          const obj = {};
          for (let i = 0; i < argumentNames.length; i++) obj[argumentNames[i]] = values[i];
          resolve(obj);
        } else {
          resolve(values[0]);
        }
      });
      Reflect.apply(original, this, args);
    });
  }

  Object.setPrototypeOf(fn, Object.getPrototypeOf(original));
  Object.defineProperty(fn, kCustomPromisifiedSymbol, {
    value: fn, enumerable: false, writable: false, configurable: true,
  });
  const descriptors = Object.getOwnPropertyDescriptors(original);
  for (const key of Reflect.ownKeys(descriptors)) Object.setPrototypeOf(descriptors[key], null);
  return Object.defineProperties(fn, descriptors);
}

promisify.custom = kCustomPromisifiedSymbol;

function callbackifyOnRejected(reason, cb) {
  // A falsy rejection reason would look like success to the callback.
  if (!reason) {
    const newReason = new ERR_FALSY_VALUE_REJECTION(reason);
    newReason.reason = reason;
    reason = newReason;
  }
  return cb(reason);
}

function callbackify(original) {
  validateFunction(original, 'original');

  function callbackified(...args) {
    const maybeCb = args.pop();
    validateFunction(maybeCb, 'last argument');
    const cb = maybeCb.bind(this);
    Reflect.apply(original, this, args).then(
      (ret) => process.nextTick(cb, null, ret),
      (rej) => process.nextTick(callbackifyOnRejected, rej, cb));
  }

  const descriptors = Object.getOwnPropertyDescriptors(original);
  if (typeof descriptors.length.value === 'number') descriptors.length.value++;
  if (typeof descriptors.name.value === 'string') descriptors.name.value += 'Callbackified';
  for (const key of Reflect.ownKeys(descriptors)) Object.setPrototypeOf(descriptors[key], null);
  Object.defineProperties(callbackified, descriptors);
  Object.setPrototypeOf(callbackified, Object.getPrototypeOf(original));
  return callbackified;
}

// ---------------------------------------------------------------------------
// deprecate

const codesWarned = new Set();

// process.emitWarning is expected to honour process.throwDeprecation and
// process.traceDeprecation, as Node's does.
function deprecate(fn, msg, code) {
  if (code !== undefined) validateString(code, 'code');

  let warned = false;
  function deprecated(...args) {
    if (!warned) {
      warned = true;
      const silenced = process.noDeprecation === true;
      if (code !== undefined) {
        if (!codesWarned.has(code)) {
          codesWarned.add(code);
          if (!silenced) process.emitWarning(msg, 'DeprecationWarning', code, deprecated);
        }
      } else if (!silenced) {
        process.emitWarning(msg, 'DeprecationWarning', deprecated);
      }
    }
    if (new.target) return Reflect.construct(fn, args, new.target);
    return Reflect.apply(fn, this, args);
  }

  Object.setPrototypeOf(deprecated, fn);
  if (fn.prototype) deprecated.prototype = fn.prototype;
  return deprecated;
}

// ---------------------------------------------------------------------------
// debuglog

let debugMatcher;
function debugEnabledFor(set) {
  if (debugMatcher === undefined) {
    const env = typeof process !== 'undefined' && process.env ? process.env.NODE_DEBUG : undefined;
    if (env) {
      const alternatives = String(env).split(',').map((part) =>
        part.trim().replace(/[|\\{}()[\]^$+?.]/g, '\\$&').replace(/\*/g, '.*'));
      const re = new RegExp(`^(?:${alternatives.join('|')})$`, 'i');
      debugMatcher = (name) => re.test(name);
    } else {
      debugMatcher = () => false;
    }
  }
  return debugMatcher(set);
}

function noop() {}

function makeDebugLogger(enabled, set) {
  if (!enabled) return noop;
  const pid = process.pid;
  return function debug(...args) {
    const stderr = process.stderr;
    const colors = !!(stderr && typeof stderr.hasColors === 'function' && stderr.hasColors());
    const msg = formatWithOptions({ colors }, ...args);
    stderr.write(format('%s %d: %s\n', set, pid, msg));
  };
}

function debuglog(set, cb) {
  let enabled;
  let initialized = false;
  function init() {
    if (!initialized) {
      initialized = true;
      set = String(set).toUpperCase();
      enabled = debugEnabledFor(set);
    }
  }
  let impl = (...args) => {
    init();
    impl = makeDebugLogger(enabled, set);
    if (typeof cb === 'function') cb(impl);
    impl(...args);
  };
  const logger = (...args) => impl(...args);
  Object.defineProperty(logger, 'name', { value: 'logger', configurable: true });
  Object.defineProperty(logger, 'enabled', {
    get() {
      init();
      return enabled;
    },
    configurable: true,
    enumerable: true,
  });
  return logger;
}

// ---------------------------------------------------------------------------
// Misc

function looksLikeStream(stream) {
  if (stream === null || typeof stream !== 'object') return false;
  if (stream._readableState || stream._writableState) return true;
  if (typeof stream.on === 'function' &&
      (typeof stream.write === 'function' || typeof stream.pipe === 'function')) {
    return true;
  }
  return typeof stream.getReader === 'function' || typeof stream.getWriter === 'function';
}

function shouldColorize(stream) {
  const env = process.env || {};
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  if (!stream || !stream.isTTY) return false;
  return typeof stream.getColorDepth === 'function' ? stream.getColorDepth() > 2 : true;
}

function styleCodes(key) {
  const codes = inspect.colors[key];
  if (codes == null) {
    throw new ERR_INVALID_ARG_VALUE('format', key,
      `must be one of: ${Object.keys(inspect.colors).map((k) => `'${k}'`).join(', ')}`);
  }
  return codes;
}

// Node 20 applies the TTY/colour check only to a single format name; an
// array of formats is always applied.
function styleText(format, text, { validateStream = true, stream = process.stdout } = {}) {
  validateString(text, 'text');
  validateBoolean(validateStream, 'options.validateStream');
  if (validateStream && !looksLikeStream(stream)) {
    throw new ERR_INVALID_ARG_TYPE('stream', ['ReadableStream', 'WritableStream', 'Stream'], stream);
  }
  if (Array.isArray(format)) {
    let open = '';
    let close = '';
    for (const key of format) {
      const [on, off] = styleCodes(key);
      open += `\u001b[${on}m`;
      close = `\u001b[${off}m${close}`;
    }
    return `${open}${text}${close}`;
  }
  const [on, off] = styleCodes(format);
  if (validateStream && !shouldColorize(stream)) return text;
  return `\u001b[${on}m${text}\u001b[${off}m`;
}

const surrogates = /[\ud800-\udbff][\udc00-\udfff]?|[\udc00-\udfff]/g;
function toUSVString(input) {
  const str = `${input}`;
  if (typeof str.toWellFormed === 'function') return str.toWellFormed();
  return str.replace(surrogates, (m) => (m.length === 2 ? m : '\ufffd'));
}

// errno -> [name, description], for every libuv error.
function getSystemErrorMap() {
  return new Map(internalBinding('uv').errmap().map(([errno, name, message]) => [errno, [name, message]]));
}

function getSystemErrorName(err) {
  validateNumber(err, 'err');
  if (err >= 0 || !Number.isSafeInteger(err)) {
    throw new ERR_OUT_OF_RANGE('err', 'a negative integer', err);
  }
  return internalBinding('uv').errname(err);
}

function isDeepStrictEqual(a, b) {
  return require('internal/util/comparisons').isDeepStrictEqual(a, b);
}

// util.log: `DD Mon HH:MM:SS - message`
const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
function pad2(n) {
  return n.toString().padStart(2, '0');
}
function timestamp() {
  const d = new Date();
  const t = [pad2(d.getHours()), pad2(d.getMinutes()), pad2(d.getSeconds())].join(':');
  return `${d.getDate()} ${months[d.getMonth()]} ${t}`;
}
function log(...args) {
  process.stdout.write(`${timestamp()} - ${format(...args)}\n`);
}

function _extend(target, source) {
  if (source === null || typeof source !== 'object') return target;
  const keys = Object.keys(source);
  let i = keys.length;
  while (i--) target[keys[i]] = source[keys[i]];
  return target;
}

function isBuffer(arg) {
  return require('buffer').Buffer.isBuffer(arg);
}

function isError(e) {
  return Object.prototype.toString.call(e) === '[object Error]' || e instanceof Error;
}

let parseArgsImpl;
function parseArgs(config) {
  if (parseArgsImpl === undefined) parseArgsImpl = require('internal/util/parse_args').parseArgs;
  return parseArgsImpl(config);
}

// A promise fulfilled (with the abort event) when `signal` aborts, as long
// as `resource` is alive: the listener holds it weakly.
async function aborted(signal, resource) {
  if (signal === undefined || signal === null || typeof signal !== 'object' || !('aborted' in signal)) {
    throw new ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
  }
  if (resource === null || (typeof resource !== 'object' && typeof resource !== 'function')) {
    throw new ERR_INVALID_ARG_TYPE('resource', 'object', resource);
  }
  if (signal.aborted) return undefined;
  const ref = new WeakRef(resource);
  return new Promise((resolve) => {
    signal.addEventListener('abort', (event) => {
      if (ref.deref() !== undefined) resolve(event);
    }, { once: true });
  });
}

module.exports = {
  _extend,
  aborted,
  callbackify,
  debug: debuglog,
  debuglog,
  deprecate,
  format,
  styleText,
  formatWithOptions,
  getSystemErrorMap,
  getSystemErrorName,
  inherits,
  inspect,
  isArray: Array.isArray,
  isBoolean(arg) { return typeof arg === 'boolean'; },
  isBuffer,
  isDeepStrictEqual,
  isNull(arg) { return arg === null; },
  isNullOrUndefined(arg) { return arg === null || arg === undefined; },
  isNumber(arg) { return typeof arg === 'number'; },
  isString(arg) { return typeof arg === 'string'; },
  isSymbol(arg) { return typeof arg === 'symbol'; },
  isUndefined(arg) { return arg === undefined; },
  isRegExp: types.isRegExp,
  isObject(arg) { return arg !== null && typeof arg === 'object'; },
  isDate: types.isDate,
  isError,
  isFunction(arg) { return typeof arg === 'function'; },
  isPrimitive(arg) { return arg === null || (typeof arg !== 'object' && typeof arg !== 'function'); },
  log,
  parseEnv(content) { return require('internal/dotenv').parseEnv(content); },
  promisify,
  stripVTControlCharacters,
  toUSVString,
  types: require('util/types'),
  parseArgs,
  // Undocumented, used by packages that build errors the way node's core does.
  // The errno is checked first, as node does (getSystemErrorName's errors).
  _errnoException(err, ...rest) {
    getSystemErrorName(err);
    return require('internal/errors').errnoException(err, ...rest);
  },
  _exceptionWithHostPort(err, ...rest) {
    getSystemErrorName(err);
    return require('internal/errors').exceptionWithHostPort(err, ...rest);
  },
  // Without workers nothing is transferred: the signal itself, a plain controller.
  transferableAbortSignal(signal) {
    if (!(signal instanceof AbortSignal)) throw new ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
    return signal;
  },
  transferableAbortController() { return new AbortController(); },
};

for (const name of ['TextEncoder', 'TextDecoder']) {
  Object.defineProperty(module.exports, name, {
    get() { return globalThis[name]; },
    set(value) {
      Object.defineProperty(module.exports, name, {
        value, writable: true, enumerable: true, configurable: true,
      });
    },
    enumerable: true,
    configurable: true,
  });
}
