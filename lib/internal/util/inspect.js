'use strict';
// util.inspect / util.format for lode. Output follows Node v20 byte for byte
// where the engine allows it (see the notes on errors, promises, proxies and
// iterators, which JavaScriptCore does not expose to JavaScript).

const types = require('internal/util/types');

const {
  isDate, isRegExp, isMap, isSet, isWeakMap, isWeakSet, isPromise, isArrayBuffer,
  isSharedArrayBuffer, isAnyArrayBuffer, isDataView, isTypedArray, isNativeError,
  isNumberObject, isStringObject, isBooleanObject, isSymbolObject, isBigIntObject,
  isBoxedPrimitive, isArgumentsObject, isGeneratorFunction, isAsyncFunction,
  isMapIterator, isSetIterator, isModuleNamespaceObject,
} = types;
const { typedArrayName } = types;

const hasOwn = (obj, key) => Object.prototype.hasOwnProperty.call(obj, key);
const isEnumerable = (obj, key) => Object.prototype.propertyIsEnumerable.call(obj, key);
const objectToString = Object.prototype.toString;

let errorsModule;
function lazyErrors() {
  if (errorsModule === undefined) errorsModule = require('internal/errors');
  return errorsModule;
}

function getBinding(name) {
  try {
    // eslint-disable-next-line no-undef
    if (typeof internalBinding === 'function') return internalBinding(name);
  } catch {
    // Not available.
  }
  return undefined;
}
let utilBinding;
function binding() {
  if (utilBinding === undefined) utilBinding = getBinding('util') || null;
  return utilBinding;
}

const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');

const inspectDefaultOptions = Object.seal({
  showHidden: false,
  depth: 2,
  colors: false,
  customInspect: true,
  showProxy: false,
  maxArrayLength: 100,
  maxStringLength: 10000,
  breakLength: 80,
  compact: 3,
  sorted: false,
  getters: false,
  numericSeparator: false,
});

const kObjectType = 0;
const kArrayType = 1;
const kArrayExtrasType = 2;

// Names of the global constructors present when this module loaded; used to
// tell built-in `toString` methods from user ones in format('%s').
// lode's own globals are lazy accessors and are not engine built-ins.
const builtInObjects = new Set(Object.getOwnPropertyNames(globalThis)
  .filter((name) => /^[A-Z][a-zA-Z0-9]+$/.test(name) &&
    'value' in Object.getOwnPropertyDescriptor(globalThis, name)));

const identifierKey = /^[a-zA-Z_][a-zA-Z_0-9]*$/;

// ---------------------------------------------------------------------------
// Colors

const colors = Object.create(null);
function defineColor(name, open, close) { colors[name] = [open, close]; }
[
  ['reset', 0, 0], ['bold', 1, 22], ['dim', 2, 22], ['italic', 3, 23], ['underline', 4, 24],
  ['blink', 5, 25], ['inverse', 7, 27], ['hidden', 8, 28], ['strikethrough', 9, 29],
  ['doubleunderline', 21, 24], ['black', 30, 39], ['red', 31, 39], ['green', 32, 39],
  ['yellow', 33, 39], ['blue', 34, 39], ['magenta', 35, 39], ['cyan', 36, 39], ['white', 37, 39],
  ['bgBlack', 40, 49], ['bgRed', 41, 49], ['bgGreen', 42, 49], ['bgYellow', 43, 49],
  ['bgBlue', 44, 49], ['bgMagenta', 45, 49], ['bgCyan', 46, 49], ['bgWhite', 47, 49],
  ['framed', 51, 54], ['overlined', 53, 55], ['gray', 90, 39], ['redBright', 91, 39],
  ['greenBright', 92, 39], ['yellowBright', 93, 39], ['blueBright', 94, 39],
  ['magentaBright', 95, 39], ['cyanBright', 96, 39], ['whiteBright', 97, 39],
  ['bgGray', 100, 49], ['bgRedBright', 101, 49], ['bgGreenBright', 102, 49],
  ['bgYellowBright', 103, 49], ['bgBlueBright', 104, 49], ['bgMagentaBright', 105, 49],
  ['bgCyanBright', 106, 49], ['bgWhiteBright', 107, 49],
].forEach((c) => defineColor(...c));

// Aliases are non-enumerable accessors onto the canonical entry.
for (const [alias, target] of [
  ['grey', 'gray'], ['blackBright', 'gray'], ['bgGrey', 'bgGray'], ['bgBlackBright', 'bgGray'],
  ['faint', 'dim'], ['crossedout', 'strikethrough'], ['strikeThrough', 'strikethrough'],
  ['crossedOut', 'strikethrough'], ['conceal', 'hidden'], ['swapColors', 'inverse'],
  ['swapcolors', 'inverse'], ['doubleUnderline', 'doubleunderline'],
]) {
  Object.defineProperty(colors, alias, {
    get() { return this[target]; },
    set(value) { Object.defineProperty(this, alias, { value, configurable: true, writable: true, enumerable: true }); },
    configurable: true,
    enumerable: false,
  });
}

const styles = Object.assign(Object.create(null), {
  special: 'cyan',
  number: 'yellow',
  bigint: 'yellow',
  boolean: 'yellow',
  undefined: 'grey',
  null: 'bold',
  string: 'green',
  symbol: 'green',
  date: 'magenta',
  regexp: 'red',
  module: 'underline',
});

function stylizeWithColor(str, styleType) {
  const style = inspect.styles[styleType];
  if (style !== undefined) {
    const color = inspect.colors[style];
    if (color !== undefined) return `\u001b[${color[0]}m${str}\u001b[${color[1]}m`;
  }
  return str;
}

function stylizeNoColor(str) {
  return str;
}

// ---------------------------------------------------------------------------
// Terminal control sequences and display width

// CSI sequences (ESC [ or 0x9b ... final byte) and OSC sequences ending with BEL.
const ansiPattern = new RegExp(
  '[\\u001B\\u009B][[\\]()#;?]*' +
  '(?:(?:(?:(?:;[-a-zA-Z\\d\\/#&.:=?%@~_]+)*|[a-zA-Z\\d]+(?:;[-a-zA-Z\\d\\/#&.:=?%@~_]*)*)?\\u0007)' +
  '|(?:(?:\\d{1,4}(?:;\\d{0,4})*)?[\\dA-PR-TZcf-ntqry=><~]))', 'g');

function removeColors(str) {
  return String(str).replace(ansiPattern, '');
}

function stripVTControlCharacters(str) {
  if (typeof str !== 'string') {
    throw new (lazyErrors().codes.ERR_INVALID_ARG_TYPE)('str', 'string', str);
  }
  return str.replace(ansiPattern, '');
}

function isFullWidth(cp) {
  return cp >= 0x1100 && (
    cp <= 0x115f || cp === 0x2329 || cp === 0x232a ||
    (cp >= 0x2e80 && cp <= 0x3247 && cp !== 0x303f) ||
    (cp >= 0x3250 && cp <= 0x4dbf) || (cp >= 0x4e00 && cp <= 0xa4c6) ||
    (cp >= 0xa960 && cp <= 0xa97c) || (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0xfe10 && cp <= 0xfe19) ||
    (cp >= 0xfe30 && cp <= 0xfe6b) || (cp >= 0xff01 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) || (cp >= 0x1b000 && cp <= 0x1b001) ||
    (cp >= 0x1f200 && cp <= 0x1f251) || (cp >= 0x1f300 && cp <= 0x1f64f) ||
    (cp >= 0x20000 && cp <= 0x3fffd));
}

function isZeroWidth(cp) {
  return cp <= 0x1f || (cp >= 0x7f && cp <= 0x9f) || (cp >= 0x300 && cp <= 0x36f) ||
    (cp >= 0x200b && cp <= 0x200f) || (cp >= 0x20d0 && cp <= 0x20ff) ||
    (cp >= 0xfe00 && cp <= 0xfe0f) || (cp >= 0xfe20 && cp <= 0xfe2f) ||
    (cp >= 0xe0100 && cp <= 0xe01ef);
}

function getStringWidth(str, removeControlChars = true) {
  if (removeControlChars) str = stripVTControlCharacters(str);
  str = str.normalize('NFC');
  let width = 0;
  for (const ch of str) {
    const cp = ch.codePointAt(0);
    if (isFullWidth(cp)) width += 2;
    else if (!isZeroWidth(cp)) width += 1;
  }
  return width;
}

// ---------------------------------------------------------------------------
// Options

function isValidOptionsObject(value) {
  return value !== null && typeof value === 'object';
}

function inspect(value, opts) {
  const ctx = {
    budget: {},
    indentationLvl: 0,
    seen: [],
    currentDepth: 0,
    stylize: stylizeNoColor,
    showHidden: inspectDefaultOptions.showHidden,
    depth: inspectDefaultOptions.depth,
    colors: inspectDefaultOptions.colors,
    customInspect: inspectDefaultOptions.customInspect,
    showProxy: inspectDefaultOptions.showProxy,
    maxArrayLength: inspectDefaultOptions.maxArrayLength,
    maxStringLength: inspectDefaultOptions.maxStringLength,
    breakLength: inspectDefaultOptions.breakLength,
    compact: inspectDefaultOptions.compact,
    sorted: inspectDefaultOptions.sorted,
    getters: inspectDefaultOptions.getters,
    numericSeparator: inspectDefaultOptions.numericSeparator,
  };
  if (arguments.length > 1) {
    // Legacy signature: inspect(value, showHidden, depth, colors).
    if (arguments.length > 2) {
      if (arguments[2] !== undefined) ctx.depth = arguments[2];
      if (arguments.length > 3 && arguments[3] !== undefined) ctx.colors = arguments[3];
    }
    if (typeof opts === 'boolean') {
      ctx.showHidden = opts;
    } else if (opts) {
      for (const key of Object.keys(opts)) {
        if (hasOwn(inspectDefaultOptions, key) || key === 'stylize') {
          ctx[key] = opts[key];
        } else if (ctx.userOptions === undefined) {
          ctx.userOptions = opts;
        }
      }
    }
  }
  if (ctx.colors) ctx.stylize = stylizeWithColor;
  if (ctx.maxArrayLength === null) ctx.maxArrayLength = Infinity;
  if (ctx.maxStringLength === null) ctx.maxStringLength = Infinity;
  return formatValue(ctx, value, 0);
}

inspect.custom = customInspectSymbol;

Object.defineProperty(inspect, 'defaultOptions', {
  get() { return inspectDefaultOptions; },
  set(options) {
    if (!isValidOptionsObject(options)) {
      throw new (lazyErrors().codes.ERR_INVALID_ARG_TYPE)('options', 'Object', options);
    }
    Object.assign(inspectDefaultOptions, options);
  },
  enumerable: true,
  configurable: true,
});

function defineStyleTable(name, table) {
  let current = table;
  Object.defineProperty(inspect, name, {
    get() { return current; },
    set(value) { current = value; },
    enumerable: true,
    configurable: true,
  });
}
defineStyleTable('colors', colors);
defineStyleTable('styles', styles);

// The options object handed to user `[util.inspect.custom]` functions.
function getUserOptions(ctx) {
  const ret = {
    stylize: ctx.stylize,
    showHidden: ctx.showHidden,
    depth: ctx.depth,
    colors: ctx.colors,
    customInspect: ctx.customInspect,
    showProxy: ctx.showProxy,
    maxArrayLength: ctx.maxArrayLength,
    maxStringLength: ctx.maxStringLength,
    breakLength: ctx.breakLength,
    compact: ctx.compact,
    sorted: ctx.sorted,
    getters: ctx.getters,
    numericSeparator: ctx.numericSeparator,
    ...ctx.userOptions,
  };
  return ret;
}

// ---------------------------------------------------------------------------
// Primitives

// Surrogate pairs are matched too (and kept as they are by escapeChar) so that
// only lone surrogates get escaped; this avoids regexp lookbehind.
const escapeNeeded = /[\x00-\x1f\x27\x5c\x7f-\x9f\ud800-\udfff]/;
const escapeNeededDouble = /[\x00-\x1f\x5c\x7f-\x9f\ud800-\udfff]/;
const escapeAll = /[\x00-\x1f\x27\x5c\x7f-\x9f]|[\ud800-\udbff][\udc00-\udfff]?|[\udc00-\udfff]/g;
const escapeAllNoQuote = /[\x00-\x1f\x5c\x7f-\x9f]|[\ud800-\udbff][\udc00-\udfff]?|[\udc00-\udfff]/g;

const namedEscapes = { 8: '\\b', 9: '\\t', 10: '\\n', 12: '\\f', 13: '\\r', 39: "\\'", 92: '\\\\' };

function escapeChar(ch) {
  if (ch.length === 2) return ch; // A valid surrogate pair.
  const code = ch.charCodeAt(0);
  if (namedEscapes[code] !== undefined) return namedEscapes[code];
  if (code >= 0xd800) return `\\u${code.toString(16)}`;
  return `\\x${code.toString(16).toUpperCase().padStart(2, '0')}`;
}

// Quote a string the way Node does: prefer ', then ", then `.
function strEscape(str) {
  let quote = "'";
  let pattern = escapeAll;
  let test = escapeNeeded;
  if (str.includes("'")) {
    if (!str.includes('"')) {
      quote = '"';
    } else if (!str.includes('`') && !str.includes('${')) {
      quote = '`';
    }
    if (quote !== "'") {
      pattern = escapeAllNoQuote;
      test = escapeNeededDouble;
    }
  }
  if (str.length < 5000 && !test.test(str)) return `${quote}${str}${quote}`;
  return `${quote}${str.replace(pattern, escapeChar)}${quote}`;
}

// Escapes for symbol descriptions and non-enumerable keys (no quotes added).
function escapeKeyText(str) {
  return str.replace(escapeAllNoQuote, (ch) => (ch === '\\' ? '\\\\' : escapeChar(ch)));
}

function addNumericSeparator(integerString) {
  let result = '';
  let i = integerString.length;
  const start = integerString.startsWith('-') ? 1 : 0;
  for (; i >= start + 4; i -= 3) {
    result = `_${integerString.slice(i - 3, i)}${result}`;
  }
  return i === integerString.length ? integerString : `${integerString.slice(0, i)}${result}`;
}

function addNumericSeparatorEnd(fraction) {
  let result = '';
  let i = 0;
  for (; i < fraction.length - 3; i += 3) {
    result += `${fraction.slice(i, i + 3)}_`;
  }
  return i === 0 ? fraction : `${result}${fraction.slice(i)}`;
}

function formatNumber(fn, number, numericSeparator) {
  if (!numericSeparator) {
    if (Object.is(number, -0)) return fn('-0', 'number');
    return fn(`${number}`, 'number');
  }
  const integer = Math.trunc(number);
  const intText = String(integer);
  if (integer === number) {
    if (!Number.isFinite(number) || intText.includes('e')) return fn(intText, 'number');
    return fn(addNumericSeparator(intText), 'number');
  }
  if (Number.isNaN(number)) return fn(intText, 'number');
  const full = String(number);
  const dot = full.indexOf('.');
  // Node slices around the '.' even when there is none (e.g. 1e-7).
  return fn(`${addNumericSeparator(full.slice(0, dot))}.${addNumericSeparatorEnd(full.slice(dot + 1))}`, 'number');
}

function formatBigInt(fn, bigint, numericSeparator) {
  const text = String(bigint);
  if (!numericSeparator) return fn(`${text}n`, 'bigint');
  return fn(`${addNumericSeparator(text)}n`, 'bigint');
}

// 'a\nb\n' -> ['a\n', 'b\n']
function splitKeepingNewlines(str) {
  const parts = str.split('\n');
  const lines = [];
  for (let i = 0; i < parts.length - 1; i++) lines.push(`${parts[i]}\n`);
  if (parts[parts.length - 1] !== '') lines.push(parts[parts.length - 1]);
  return lines;
}

function formatPrimitive(fn, value, ctx) {
  if (typeof value === 'string') {
    let trailer = '';
    if (value.length > ctx.maxStringLength) {
      const remaining = value.length - ctx.maxStringLength;
      value = value.slice(0, ctx.maxStringLength);
      trailer = `... ${remaining} more character${remaining > 1 ? 's' : ''}`;
    }
    if (ctx.compact !== true && value.length > 16 &&
        value.length > ctx.breakLength - ctx.indentationLvl - 4) {
      const lines = splitKeepingNewlines(value);
      if (lines.length > 1) {
        const indent = ' '.repeat(ctx.indentationLvl);
        return lines.map((line) => fn(strEscape(line), 'string')).join(` +\n${indent}  `) + trailer;
      }
    }
    return fn(strEscape(value), 'string') + trailer;
  }
  if (typeof value === 'number') return formatNumber(fn, value, ctx.numericSeparator);
  if (typeof value === 'bigint') return formatBigInt(fn, value, ctx.numericSeparator);
  if (typeof value === 'boolean') return fn(`${value}`, 'boolean');
  if (typeof value === 'undefined') return fn('undefined', 'undefined');
  return fn(Symbol.prototype.toString.call(value), 'symbol');
}

// ---------------------------------------------------------------------------
// The core

function formatValue(ctx, value, recurseTimes, typedArray) {
  if (typeof value !== 'object' && typeof value !== 'function') {
    return formatPrimitive(ctx.stylize, value, ctx);
  }
  if (value === null) return ctx.stylize('null', 'null');

  if (ctx.customInspect) {
    const maybeCustom = value[customInspectSymbol];
    if (typeof maybeCustom === 'function' && maybeCustom !== inspect &&
        !(value.constructor && value.constructor.prototype === value)) {
      const depth = ctx.depth === null ? null : ctx.depth - recurseTimes;
      const ret = maybeCustom.call(value, depth, getUserOptions(ctx), inspect);
      if (ret !== value) {
        if (typeof ret !== 'string') return formatValue(ctx, ret, recurseTimes);
        return ret.replaceAll('\n', `\n${' '.repeat(ctx.indentationLvl)}`);
      }
    }
  }

  if (ctx.seen.includes(value)) {
    let index = 1;
    if (ctx.circular === undefined) {
      ctx.circular = new Map();
      ctx.circular.set(value, index);
    } else {
      index = ctx.circular.get(value);
      if (index === undefined) {
        index = ctx.circular.size + 1;
        ctx.circular.set(value, index);
      }
    }
    return ctx.stylize(`[Circular *${index}]`, 'special');
  }

  return formatRaw(ctx, value, recurseTimes, typedArray);
}

function isInstanceof(object, ctor) {
  try {
    return object instanceof ctor;
  } catch {
    return false;
  }
}

// The engine-level class name of an object, as V8 reports it: built-in kinds
// by their brand, other objects by a Symbol.toStringTag data property.
function engineClassName(obj) {
  if (Array.isArray(obj)) return 'Array';
  if (typeof obj === 'function') return 'Function';
  if (isMap(obj)) return 'Map';
  if (isSet(obj)) return 'Set';
  if (isWeakMap(obj)) return 'WeakMap';
  if (isWeakSet(obj)) return 'WeakSet';
  if (isDate(obj)) return 'Date';
  if (isRegExp(obj)) return 'RegExp';
  if (isTypedArray(obj)) return typedArrayName(obj);
  if (isArrayBuffer(obj)) return 'ArrayBuffer';
  if (isSharedArrayBuffer(obj)) return 'SharedArrayBuffer';
  if (isDataView(obj)) return 'DataView';
  if (isNativeError(obj)) return 'Error';
  if (isNumberObject(obj)) return 'Number';
  if (isStringObject(obj)) return 'String';
  if (isBooleanObject(obj)) return 'Boolean';
  if (isSymbolObject(obj)) return 'Symbol';
  if (isBigIntObject(obj)) return 'BigInt';
  for (let o = obj; o !== null; o = Object.getPrototypeOf(o)) {
    const desc = Object.getOwnPropertyDescriptor(o, Symbol.toStringTag);
    if (desc !== undefined) return 'value' in desc && typeof desc.value === 'string' ? desc.value : 'Object';
  }
  return 'Object';
}

function getConstructorName(obj, ctx, recurseTimes, protoProps) {
  let firstProto;
  const start = obj;
  while (obj) {
    const descriptor = Object.getOwnPropertyDescriptor(obj, 'constructor');
    if (descriptor !== undefined && typeof descriptor.value === 'function' &&
        descriptor.value.name !== '' && isInstanceof(start, descriptor.value)) {
      if (protoProps !== undefined &&
          (firstProto !== obj || !builtInObjects.has(descriptor.value.name))) {
        addPrototypeProperties(ctx, start, firstProto || start, recurseTimes, protoProps);
      }
      return String(descriptor.value.name);
    }
    obj = Object.getPrototypeOf(obj);
    if (firstProto === undefined) firstProto = obj;
  }
  if (firstProto === null) return null;
  const res = engineClassName(start);
  if (recurseTimes > ctx.depth && ctx.depth !== null) return `${res} <Complex prototype>`;
  const protoConstr = getConstructorName(firstProto, ctx, recurseTimes + 1, protoProps);
  if (protoConstr === null) {
    return `${res} <${inspect(firstProto, { ...ctx, customInspect: false, depth: -1 })}>`;
  }
  return `${res} <${protoConstr}>`;
}

// With showHidden, list the properties user-defined prototypes add.
function addPrototypeProperties(ctx, main, obj, recurseTimes, output) {
  let depth = 0;
  let keys;
  let keySet;
  do {
    if (depth !== 0 || main === obj) {
      obj = Object.getPrototypeOf(obj);
      if (obj === null) return;
      const descriptor = Object.getOwnPropertyDescriptor(obj, 'constructor');
      if (descriptor !== undefined && typeof descriptor.value === 'function' &&
          builtInObjects.has(descriptor.value.name)) {
        return;
      }
    }
    if (depth === 0) {
      keySet = new Set();
    } else {
      for (const key of keys) keySet.add(key);
    }
    keys = Reflect.ownKeys(obj);
    ctx.seen.push(main);
    for (const key of keys) {
      if (key === 'constructor' || hasOwn(main, key) ||
          (depth !== 0 && keySet.has(key))) {
        continue;
      }
      const desc = Object.getOwnPropertyDescriptor(obj, key);
      if (typeof desc.value === 'function') continue;
      const value = formatProperty(ctx, obj, recurseTimes, key, kObjectType, desc, main);
      if (ctx.colors) output.push(`\u001b[2m${value}\u001b[22m`);
      else output.push(value);
    }
    ctx.seen.pop();
  } while (++depth !== 3);
}

function getPrefix(constructor, tag, fallback, size = '') {
  if (constructor === null) {
    if (tag !== '' && fallback !== tag) return `[${fallback}${size}: null prototype] [${tag}] `;
    return `[${fallback}${size}: null prototype] `;
  }
  if (tag !== '' && constructor !== tag) return `${constructor}${size} [${tag}] `;
  return `${constructor}${size} `;
}

function getKeys(value, showHidden) {
  let keys;
  const symbols = Object.getOwnPropertySymbols(value);
  if (showHidden) {
    keys = Object.getOwnPropertyNames(value);
    if (symbols.length !== 0) keys.push(...symbols);
  } else {
    keys = Object.keys(value);
    if (symbols.length !== 0) keys.push(...symbols.filter((key) => isEnumerable(value, key)));
  }
  return keys;
}

function isArrayIndexKey(key) {
  if (typeof key !== 'string' || key.length === 0 || key.length > 10) return false;
  if (key !== '0' && !/^[1-9][0-9]*$/.test(key)) return false;
  return Number(key) < 4294967295;
}

// Own keys that are not array indices (arrays and typed arrays).
function getOwnNonIndexProperties(value, showHidden) {
  const keys = [];
  for (const key of Reflect.ownKeys(value)) {
    if (isArrayIndexKey(key)) continue;
    if (!showHidden && !isEnumerable(value, key)) continue;
    keys.push(key);
  }
  return keys;
}

function getCtxName(constructor, tag, fallback) {
  return getPrefix(constructor, tag, fallback);
}

function formatRaw(ctx, value, recurseTimes, typedArray) {
  let keys;
  let protoProps;
  if (ctx.showHidden && (recurseTimes <= ctx.depth || ctx.depth === null)) protoProps = [];

  const constructor = getConstructorName(value, ctx, recurseTimes, protoProps);
  if (protoProps !== undefined && protoProps.length === 0) protoProps = undefined;

  const rawTag = value[Symbol.toStringTag];
  // No exact brand below but the cheap ones can hold for an object that
  // Object.prototype.toString calls plain and that has no Symbol.toStringTag:
  // RegExp, Date, Error and the boxed primitives have builtin tags, the other
  // kinds a tag on their prototype. Instances of user classes then skip
  // about eight brand checks that each cost a thrown TypeError (20 us in all).
  const ordinary = rawTag === undefined && typeof value === 'object' &&
    objectToString.call(value) === '[object Object]';
  let tag = rawTag;
  if (typeof tag !== 'string' ||
      (tag !== '' && (ctx.showHidden ? hasOwn : isEnumerable)(value, Symbol.toStringTag))) {
    tag = '';
  }

  let base = '';
  let formatter = getEmptyFormatArray;
  let braces;
  let noIterator = true;
  let i = 0;
  const filterHidden = ctx.showHidden;
  let extrasType = kObjectType;
  let objectFallback = 'Object';

  if (Symbol.iterator in value || constructor === null) {
    noIterator = false;
    if (Array.isArray(value)) {
      const prefix = (constructor !== 'Array' || tag !== '') ?
        getPrefix(constructor, tag, 'Array', `(${value.length})`) : '';
      keys = getOwnNonIndexProperties(value, filterHidden);
      braces = [`${prefix}[`, ']'];
      if (value.length === 0 && keys.length === 0 && protoProps === undefined) return `${braces[0]}]`;
      extrasType = kArrayExtrasType;
      formatter = formatArray;
    } else if (isSet(value)) {
      const size = getSetSize(value);
      const prefix = getPrefix(constructor, tag, 'Set', `(${size})`);
      keys = getKeys(value, ctx.showHidden);
      formatter = formatSet;
      if (size === 0 && keys.length === 0 && protoProps === undefined) return `${prefix}{}`;
      braces = [`${prefix}{`, '}'];
    } else if (isMap(value)) {
      const size = getMapSize(value);
      const prefix = getPrefix(constructor, tag, 'Map', `(${size})`);
      keys = getKeys(value, ctx.showHidden);
      formatter = formatMap;
      if (size === 0 && keys.length === 0 && protoProps === undefined) return `${prefix}{}`;
      braces = [`${prefix}{`, '}'];
    } else if (isTypedArray(value)) {
      keys = getOwnNonIndexProperties(value, filterHidden);
      const fallback = constructor === null ? typedArrayName(value) : '';
      const size = typedArrayLength(value);
      const prefix = getPrefix(constructor, tag, fallback, `(${size})`);
      braces = [`${prefix}[`, ']'];
      if (size === 0 && keys.length === 0 && !ctx.showHidden) return `${braces[0]}]`;
      formatter = (c, v, r) => formatTypedArray(v, size, c, r);
      extrasType = kArrayExtrasType;
    } else if (isMapIterator(value)) {
      keys = getKeys(value, ctx.showHidden);
      braces = getIteratorBraces('Map', tag);
      formatter = (c, v, r) => formatIterator(braces, c, v, r);
    } else if (isSetIterator(value)) {
      keys = getKeys(value, ctx.showHidden);
      braces = getIteratorBraces('Set', tag);
      formatter = (c, v, r) => formatIterator(braces, c, v, r);
    } else {
      noIterator = true;
    }
  }

  if (noIterator) {
    keys = getKeys(value, ctx.showHidden);
    braces = ['{', '}'];
    if (typeof value === 'function') {
      base = getFunctionBase(value, constructor, tag);
      if (keys.length === 0 && protoProps === undefined) return ctx.stylize(base, 'special');
    } else if (constructor === 'Object') {
      if (isArgumentsObject(value)) {
        braces[0] = '[Arguments] {';
      } else if (tag !== '') {
        braces[0] = `${getPrefix(constructor, tag, 'Object')}{`;
      }
      if (keys.length === 0 && protoProps === undefined) return `${braces[0]}}`;
    } else if (!ordinary && isRegExp(value)) {
      base = RegExp.prototype.toString.call(constructor !== null ? value : new RegExp(value));
      const prefix = getPrefix(constructor, tag, 'RegExp');
      if (prefix !== 'RegExp ') base = `${prefix}${base}`;
      if ((keys.length === 0 && protoProps === undefined) ||
          (recurseTimes > ctx.depth && ctx.depth !== null)) {
        return ctx.stylize(base, 'regexp');
      }
    } else if (isDate(value)) {
      if (Number.isNaN(Date.prototype.getTime.call(value))) {
        base = Date.prototype.toString.call(value);
      } else {
        base = Date.prototype.toISOString.call(value);
      }
      const prefix = getPrefix(constructor, tag, 'Date');
      if (prefix !== 'Date ') base = `${prefix}${base}`;
      if (keys.length === 0 && protoProps === undefined) return ctx.stylize(base, 'date');
    } else if (isError(value)) {
      base = formatError(value, constructor, tag, ctx, keys);
      if (keys.length === 0 && protoProps === undefined) return base;
    } else if (isAnyArrayBuffer(value)) {
      const arrayType = isArrayBuffer(value) ? 'ArrayBuffer' : 'SharedArrayBuffer';
      const prefix = getPrefix(constructor, tag, arrayType);
      if (typedArray === undefined) {
        formatter = formatArrayBuffer;
      } else if (keys.length === 0 && protoProps === undefined) {
        return `${prefix}{ byteLength: ${formatNumber(ctx.stylize, value.byteLength, false)} }`;
      }
      braces[0] = `${prefix}{`;
      keys.unshift('byteLength');
    } else if (!ordinary && isDataView(value)) {
      braces[0] = `${getPrefix(constructor, tag, 'DataView')}{`;
      keys.unshift('byteLength', 'byteOffset', 'buffer');
    } else if (isPromise(value)) {
      braces[0] = `${getPrefix(constructor, tag, 'Promise')}{`;
      formatter = formatPromise;
    } else if (!ordinary && isWeakSet(value)) {
      braces[0] = `${getPrefix(constructor, tag, 'WeakSet')}{`;
      formatter = formatWeakCollection;
    } else if (!ordinary && isWeakMap(value)) {
      braces[0] = `${getPrefix(constructor, tag, 'WeakMap')}{`;
      formatter = formatWeakCollection;
    } else if (isModuleNamespaceObject(value)) {
      braces[0] = `${getPrefix(constructor, tag, 'Module')}{`;
      formatter = formatNamespaceObject.bind(null, keys);
    } else if (!ordinary && isBoxedPrimitive(value)) {
      base = getBoxedBase(value, ctx, keys, constructor, tag);
      if (keys.length === 0 && protoProps === undefined) return base;
    } else {
      if (constructor === null) {
        objectFallback = engineClassName(value);
        if (objectFallback === tag) objectFallback = 'Object';
      }
      if (keys.length === 0 && protoProps === undefined) {
        return `${getCtxName(constructor, tag, objectFallback)}{}`;
      }
      braces[0] = `${getPrefix(constructor, tag, objectFallback)}{`;
    }
  }

  if (recurseTimes > ctx.depth && ctx.depth !== null) {
    let constructorName = getCtxName(constructor, tag, objectFallback).slice(0, -1);
    if (constructor !== null) constructorName = `[${constructorName}]`;
    return ctx.stylize(constructorName, 'special');
  }
  recurseTimes += 1;
  ctx.seen.push(value);
  ctx.currentDepth = recurseTimes;
  let output;
  try {
    output = formatter(ctx, value, recurseTimes);
    for (i = 0; i < keys.length; i++) {
      output.push(formatProperty(ctx, value, recurseTimes, keys[i], extrasType));
    }
    if (protoProps !== undefined) output.push(...protoProps);
  } catch (err) {
    const constructorName = getCtxName(constructor, tag, 'Object').slice(0, -1);
    return handleMaxCallStackSize(ctx, err, constructorName, ctx.indentationLvl);
  }
  if (ctx.circular !== undefined) {
    const index = ctx.circular.get(value);
    if (index !== undefined) {
      const reference = ctx.stylize(`<ref *${index}>`, 'special');
      if (ctx.compact !== true) {
        base = base === '' ? reference : `${reference} ${base}`;
      } else {
        braces[0] = `${reference} ${braces[0]}`;
      }
    }
  }
  ctx.seen.pop();

  if (ctx.sorted) {
    const comparator = ctx.sorted === true ? undefined : ctx.sorted;
    if (extrasType === kObjectType) {
      output.sort(comparator);
    } else if (keys.length > 1) {
      const sorted = output.slice(output.length - keys.length).sort(comparator);
      output.splice(output.length - keys.length, keys.length, ...sorted);
    }
  }

  const res = reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value);
  const budget = ctx.budget[ctx.indentationLvl] || 0;
  const newLength = budget + res.length;
  ctx.budget[ctx.indentationLvl] = newLength;
  // Stop descending once the output grows absurdly large (e.g. huge graphs).
  if (newLength > 2 ** 27) ctx.depth = -1;
  return res;
}

function isStackOverflow(err) {
  if (err === null || typeof err !== 'object') return false;
  if (err instanceof RangeError && /call stack/i.test(String(err.message))) return true;
  return err.name === 'RangeError' && /Maximum call stack size exceeded/.test(String(err.message));
}

function handleMaxCallStackSize(ctx, err, constructorName, indentationLvl) {
  if (isStackOverflow(err)) {
    ctx.seen.pop();
    ctx.indentationLvl = indentationLvl;
    return ctx.stylize(
      `[${constructorName}: Inspection interrupted prematurely. Maximum call stack size exceeded.]`,
      'special');
  }
  throw err;
}

function getIteratorBraces(type, tag) {
  if (tag !== `${type} Iterator`) {
    if (tag !== '') tag += '] [';
    tag += `${type} Iterator`;
  }
  return [`[${tag}] {`, '}'];
}

const mapSizeGetter = Object.getOwnPropertyDescriptor(Map.prototype, 'size').get;
const setSizeGetter = Object.getOwnPropertyDescriptor(Set.prototype, 'size').get;
const typedArrayLengthGetter = Object.getOwnPropertyDescriptor(
  Object.getPrototypeOf(Uint8Array).prototype, 'length').get;
function getMapSize(map) { return mapSizeGetter.call(map); }
function getSetSize(set) { return setSizeGetter.call(set); }
function typedArrayLength(ta) { return typedArrayLengthGetter.call(ta); }

function isError(value) {
  return isNativeError(value) || isInstanceof(value, Error);
}

// ---------------------------------------------------------------------------
// Functions and boxed primitives

function getClassBase(value, constructor, tag) {
  const hasName = hasOwn(value, 'name');
  const name = (hasName && value.name) || '(anonymous)';
  let base = `class ${name}`;
  if (constructor !== 'Function' && constructor !== null) base += ` [${constructor}]`;
  if (tag !== '' && constructor !== tag) base += ` [${tag}]`;
  if (constructor !== null) {
    const superName = Object.getPrototypeOf(value).name;
    if (superName) base += ` extends ${superName}`;
  } else {
    base += ' extends [null prototype]';
  }
  return `[${base}]`;
}

function getFunctionBase(value, constructor, tag) {
  let source = '';
  try {
    source = Function.prototype.toString.call(value);
  } catch {
    source = '';
  }
  if (source.startsWith('class') && source.endsWith('}')) {
    const body = source.slice(5, -1);
    const brace = body.indexOf('{');
    if (brace !== -1 && (!body.slice(0, brace).includes('(') ||
        /^\s*(?:extends\s+[\w$.\s]+?)?\s*$/.test(body.slice(0, brace)))) {
      return getClassBase(value, constructor, tag);
    }
  }
  let type = 'Function';
  if (isGeneratorFunction(value)) type = `Generator${type}`;
  if (isAsyncFunction(value)) type = `Async${type}`;
  let base = `[${type}`;
  if (constructor === null) base += ' (null prototype)';
  if (value.name === '') base += ' (anonymous)';
  else base += `: ${value.name}`;
  base += ']';
  if (constructor !== type && constructor !== null) base += ` ${constructor}`;
  if (tag !== '' && constructor !== tag) base += ` [${tag}]`;
  return base;
}

function getBoxedBase(value, ctx, keys, constructor, tag) {
  let fn;
  let type;
  if (isNumberObject(value)) {
    fn = Number.prototype.valueOf;
    type = 'Number';
  } else if (isStringObject(value)) {
    fn = String.prototype.valueOf;
    type = 'String';
    // The string's index properties are not listed as keys.
    keys.splice(0, fn.call(value).length);
  } else if (isBooleanObject(value)) {
    fn = Boolean.prototype.valueOf;
    type = 'Boolean';
  } else if (isBigIntObject(value)) {
    fn = BigInt.prototype.valueOf;
    type = 'BigInt';
  } else {
    fn = Symbol.prototype.valueOf;
    type = 'Symbol';
  }
  let base = `[${type}`;
  if (type !== constructor) {
    if (constructor === null) base += ' (null prototype)';
    else base += ` (${constructor})`;
  }
  base += `: ${formatPrimitive(stylizeNoColor, fn.call(value), ctx)}]`;
  if (tag !== '' && tag !== constructor) base += ` [${tag}]`;
  if (keys.length !== 0 || ctx.stylize === stylizeNoColor) return base;
  return ctx.stylize(base, type.toLowerCase());
}

// ---------------------------------------------------------------------------
// Errors

// JSC writes frames as `fn@url:line:col`; present them the V8 way.
const jscFrame = /^(?:(.*)@)?(\[native code\]|.+:\d+:\d+|[^@\s]*)$/;

function looksLikeJscStack(stack) {
  const lines = stack.split('\n').filter((line) => line !== '');
  if (lines.length === 0) return false;
  return lines.every((line) => /@/.test(line) || /:\d+:\d+$/.test(line) || line === '[native code]');
}

function convertJscFrame(line) {
  const m = jscFrame.exec(line);
  if (m === null) return `    at ${line}`;
  let fn = m[1] || '';
  const where = m[2];
  if (fn === 'global code' || fn === 'module code' || fn === 'eval code') fn = '';
  if (where === '[native code]') return `    at ${fn || '<anonymous>'} (native)`;
  if (fn === '') return `    at ${where || '<anonymous>'}`;
  return `    at ${fn} (${where || '<anonymous>'})`;
}

function errorHeader(err) {
  let header;
  const errors = lazyErrors();
  const custom = errors.kStackHeader !== undefined ? err[errors.kStackHeader] : undefined;
  if (typeof custom === 'string') {
    const message = err.message;
    header = message !== undefined && String(message) !== '' ? `${custom}: ${message}` : custom;
  } else {
    try {
      header = Error.prototype.toString.call(err);
    } catch {
      header = 'Error';
    }
  }
  return header;
}

// The V8-format stack: `err.stack` when it already has that shape (an
// assigned string, or a runtime that converts stacks), else the runtime's
// internal/stack formatStack(err), else JSC's frames
// converted here.
function getStackString(err) {
  let stack;
  try {
    stack = err.stack;
  } catch {
    stack = undefined;
  }
  if (stack) {
    stack = String(stack);
    if (stack.includes('\n    at ') || !looksLikeJscStack(stack)) return stack;
  }
  if (!stack) return errorHeader(err);
  let hook;
  try {
    hook = require('internal/stack').formatStack;
  } catch {
    hook = undefined;
  }
  if (typeof hook === 'function') {
    try {
      const result = hook(err);
      if (typeof result === 'string') return result;
    } catch {
      // Fall back to converting the engine's stack below.
    }
  }
  if (!stack) return errorHeader(err);
  const frames = stack.split('\n').filter((line) => line !== '').map(convertJscFrame);
  return `${errorHeader(err)}\n${frames.join('\n')}`;
}

// Own properties JavaScriptCore (and lode's stack support) put on every error;
// V8 has no equivalent, so they are not listed.
const engineErrorKeys = new Set(['line', 'column', 'sourceURL']);

function removeEngineErrorKeys(keys, err) {
  for (let i = keys.length - 1; i >= 0; i--) {
    const key = keys[i];
    if (isEnumerable(err, key)) continue;
    if ((typeof key === 'string' && engineErrorKeys.has(key)) ||
        (typeof key === 'symbol' && key.description === 'kRawStack')) {
      keys.splice(i, 1);
    }
  }
  // V8 lists `stack` before `message`.
  const msg = keys.indexOf('message');
  const stk = keys.indexOf('stack');
  if (msg !== -1 && stk !== -1 && msg < stk) {
    keys[msg] = 'stack';
    keys[stk] = 'message';
  }
}

function removeDuplicateErrorKeys(ctx, keys, err, stack) {
  if (ctx.showHidden) removeEngineErrorKeys(keys, err);
  if (!ctx.showHidden && keys.length !== 0) {
    for (const name of ['name', 'message', 'stack']) {
      const index = keys.indexOf(name);
      // Only hide the property in case it's part of the original stack.
      if (index !== -1 && stack.includes(err[name])) keys.splice(index, 1);
    }
  }
}

function improveStack(stack, constructor, name, tag) {
  // Only rewrite stacks that look like regular errors.
  let len = name.length;
  if (constructor === null ||
      (name.endsWith('Error') && stack.startsWith(name) &&
       (stack.length === len || stack[len] === ':' || stack[len] === '\n'))) {
    let fallback = 'Error';
    if (constructor === null) {
      const start = /^([A-Z][a-z_ A-Z0-9[\]()-]+)(?::|\n\s+at)/.exec(stack) ||
        /^([a-z_A-Z0-9-]*Error)$/.exec(stack);
      fallback = (start && start[1]) || '';
      len = fallback.length;
      fallback = fallback || 'Error';
    }
    const prefix = getPrefix(constructor, tag, fallback).slice(0, -1);
    if (name !== prefix) {
      if (prefix.includes(name)) {
        if (len === 0) stack = `${prefix}: ${stack}`;
        else stack = `${prefix}${stack.slice(len)}`;
      } else {
        stack = `${prefix} [${name}]${stack.slice(len)}`;
      }
    }
  }
  return stack;
}

// Longest run (over 3 lines) of `a` found again in `b`.
function identicalSequenceRange(a, b) {
  for (let i = 0; i < a.length - 3; i++) {
    const pos = b.indexOf(a[i]);
    if (pos !== -1) {
      const rest = b.length - pos;
      if (rest > 3) {
        let len = 1;
        const maxLen = Math.min(a.length - i, rest);
        while (maxLen > len && a[i + len] === b[pos + len]) len++;
        if (len > 3) return { len, offset: i };
      }
    }
  }
  return { len: 0, offset: 0 };
}

function getStackFrames(ctx, err, stack) {
  const frames = stack.split('\n');
  let cause;
  try {
    ({ cause } = err);
  } catch {
    // Ignore getters that throw.
  }
  if (cause != null && isError(cause)) {
    const causeStack = getStackString(cause);
    const causeStackStart = causeStack.indexOf('\n    at');
    if (causeStackStart !== -1) {
      const causeFrames = causeStack.slice(causeStackStart + 1).split('\n');
      const { len, offset } = identicalSequenceRange(frames, causeFrames);
      if (len > 0) {
        const skipped = len - 2;
        const msg = `    ... ${skipped} lines matching cause stack trace ...`;
        frames.splice(offset + 1, skipped, ctx.stylize(msg, 'undefined'));
      }
    }
  }
  return frames;
}

const coreFrame = /^\s+at (?:.*\()?node:/;
const nodeModulesPart = /[/\\]node_modules[/\\](@[^/\\]+[/\\][^/\\]+|[^/\\]+)(?=[/\\])/g;

function formatError(err, constructor, tag, ctx, keys) {
  const name = err.name != null ? String(err.name) : 'Error';
  let stack = getStackString(err);
  removeDuplicateErrorKeys(ctx, keys, err, stack);
  if ('cause' in err && (keys.length === 0 || !keys.includes('cause'))) keys.push('cause');
  // AggregateError lists its errors.
  if (Array.isArray(err.errors) && (keys.length === 0 || !keys.includes('errors'))) keys.push('errors');
  stack = improveStack(stack, constructor, name, tag);

  // Skip the message when looking for the first frame.
  let pos = (err.message && stack.indexOf(err.message)) || -1;
  if (pos !== -1) pos += err.message.length;
  const stackStart = stack.indexOf('\n    at', pos);
  if (stackStart === -1) {
    stack = `[${stack}]`;
  } else {
    let newStack = stack.slice(0, stackStart);
    const lines = getStackFrames(ctx, err, stack.slice(stackStart + 1));
    if (ctx.colors) {
      for (const line of lines) {
        if (coreFrame.test(line)) {
          newStack += `\n${ctx.stylize(line, 'undefined')}`;
        } else {
          newStack += `\n${line.replace(nodeModulesPart, (m, mod) => m.replace(mod, ctx.stylize(mod, 'module')))}`;
        }
      }
    } else {
      newStack += `\n${lines.join('\n')}`;
    }
    stack = newStack;
  }
  if (ctx.indentationLvl !== 0) {
    stack = stack.replaceAll('\n', `\n${' '.repeat(ctx.indentationLvl)}`);
  }
  return stack;
}

// ---------------------------------------------------------------------------
// Entry formatters

function getEmptyFormatArray() {
  return [];
}

function moreItems(count) {
  return `... ${count} more item${count > 1 ? 's' : ''}`;
}

function emptyItems(ctx, count) {
  return ctx.stylize(`<${count} empty item${count > 1 ? 's' : ''}>`, 'undefined');
}

function formatArray(ctx, value, recurseTimes) {
  const length = value.length;
  const maxLength = Math.min(Math.max(0, ctx.maxArrayLength), length);
  const output = [];
  for (let i = 0; i < maxLength; i++) {
    if (!hasOwn(value, i)) return formatSparseArray(ctx, value, recurseTimes, maxLength, output, i);
    output.push(formatProperty(ctx, value, recurseTimes, i, kArrayType));
  }
  const remaining = length - maxLength;
  if (remaining > 0) output.push(moreItems(remaining));
  return output;
}

// Arrays with holes: walk the own index keys so huge sparse arrays stay cheap.
function formatSparseArray(ctx, value, recurseTimes, maxLength, output, start) {
  const length = value.length;
  const indices = [];
  for (const key of Object.keys(value)) {
    if (!isArrayIndexKey(key)) break;
    const n = Number(key);
    if (n >= start) indices.push(n);
  }
  let expected = start;
  let k = 0;
  for (; k < indices.length && output.length < maxLength; k++) {
    const index = indices[k];
    if (index !== expected) {
      output.push(emptyItems(ctx, index - expected));
      expected = index;
      if (output.length === maxLength) break;
    }
    output.push(formatProperty(ctx, value, recurseTimes, String(index), kArrayType));
    expected++;
  }
  const remaining = length - expected;
  if (output.length !== maxLength) {
    if (remaining > 0) output.push(emptyItems(ctx, remaining));
  } else if (remaining > 0) {
    output.push(moreItems(remaining));
  }
  return output;
}

function formatTypedArray(value, length, ctx, recurseTimes) {
  const maxLength = Math.min(Math.max(0, ctx.maxArrayLength), length);
  const remaining = length - maxLength;
  const output = new Array(maxLength);
  const isBig = length > 0 && typeof value[0] === 'bigint';
  const elementFormatter = isBig ? formatBigInt : formatNumber;
  for (let i = 0; i < maxLength; ++i) {
    output[i] = elementFormatter(ctx.stylize, value[i], ctx.numericSeparator);
  }
  if (remaining > 0) output[maxLength] = moreItems(remaining);
  if (ctx.showHidden) {
    ctx.indentationLvl += 2;
    for (const key of ['BYTES_PER_ELEMENT', 'length', 'byteLength', 'byteOffset', 'buffer']) {
      const str = formatValue(ctx, value[key], recurseTimes, true);
      output.push(`[${key}]: ${str}`);
    }
    ctx.indentationLvl -= 2;
  }
  return output;
}

function formatArrayBuffer(ctx, value) {
  let buffer;
  try {
    buffer = new Uint8Array(value);
  } catch {
    return [ctx.stylize('(detached)', 'special')];
  }
  const shown = Math.min(ctx.maxArrayLength, buffer.length);
  let str = '';
  for (let i = 0; i < shown; i++) {
    if (i !== 0) str += ' ';
    str += buffer[i].toString(16).padStart(2, '0');
  }
  const remaining = buffer.length - ctx.maxArrayLength;
  if (remaining > 0) str += ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}`;
  return [`${ctx.stylize('[Uint8Contents]', 'special')}: <${str}>`];
}

function formatSet(ctx, value, recurseTimes) {
  const length = getSetSize(value);
  const maxLength = Math.min(Math.max(0, ctx.maxArrayLength), length);
  const remaining = length - maxLength;
  const output = [];
  ctx.indentationLvl += 2;
  let i = 0;
  for (const v of Set.prototype.values.call(value)) {
    if (i >= maxLength) break;
    output.push(formatValue(ctx, v, recurseTimes));
    i++;
  }
  if (remaining > 0) output.push(moreItems(remaining));
  ctx.indentationLvl -= 2;
  return output;
}

function formatMap(ctx, value, recurseTimes) {
  const length = getMapSize(value);
  const maxLength = Math.min(Math.max(0, ctx.maxArrayLength), length);
  const remaining = length - maxLength;
  const output = [];
  ctx.indentationLvl += 2;
  let i = 0;
  for (const [k, v] of Map.prototype.entries.call(value)) {
    if (i >= maxLength) break;
    output.push(`${formatValue(ctx, k, recurseTimes)} => ${formatValue(ctx, v, recurseTimes)}`);
    i++;
  }
  if (remaining > 0) output.push(moreItems(remaining));
  ctx.indentationLvl -= 2;
  return output;
}

function formatSetIterInner(ctx, recurseTimes, entries) {
  const maxArrayLength = Math.max(ctx.maxArrayLength, 0);
  const maxLength = Math.min(maxArrayLength, entries.length);
  const output = new Array(maxLength);
  ctx.indentationLvl += 2;
  for (let i = 0; i < maxLength; i++) output[i] = formatValue(ctx, entries[i], recurseTimes);
  ctx.indentationLvl -= 2;
  const remaining = entries.length - maxLength;
  if (remaining > 0) output.push(moreItems(remaining));
  return output;
}

function formatMapIterInner(ctx, recurseTimes, entries) {
  const maxArrayLength = Math.max(ctx.maxArrayLength, 0);
  const len = entries.length / 2;
  const remaining = len - maxArrayLength;
  const maxLength = Math.min(maxArrayLength, len);
  const output = new Array(maxLength);
  ctx.indentationLvl += 2;
  for (let i = 0; i < maxLength; i++) {
    const pos = i * 2;
    const res = [formatValue(ctx, entries[pos], recurseTimes),
      formatValue(ctx, entries[pos + 1], recurseTimes)];
    output[i] = reduceToSingleString(ctx, res, '', ['[', ']'], kArrayExtrasType, recurseTimes);
  }
  ctx.indentationLvl -= 2;
  if (remaining > 0) output.push(moreItems(remaining));
  return output;
}

// Iterator contents can only be read through a native helper:
// internalBinding('util').previewEntries(iterator, true) -> [entries, isKeyValue]
// where `entries` is flat ([k0, v0, k1, v1, ...]) when isKeyValue is true.
function formatIterator(braces, ctx, value, recurseTimes) {
  const b = binding();
  if (!b || typeof b.previewEntries !== 'function') {
    return [ctx.stylize('<items unknown>', 'special')];
  }
  const [entries, isKeyValue] = b.previewEntries(value, true);
  if (isKeyValue) {
    braces[0] = braces[0].replace(/ Iterator] {$/, ' Entries] {');
    return formatMapIterInner(ctx, recurseTimes, entries);
  }
  return formatSetIterInner(ctx, recurseTimes, entries);
}

function formatWeakCollection(ctx) {
  return [ctx.stylize('<items unknown>', 'special')];
}

// Promise state comes from internalBinding('util').getPromiseDetails(promise)
// -> [state (0 pending, 1 fulfilled, 2 rejected), result], when provided.
function formatPromise(ctx, value, recurseTimes) {
  const b = binding();
  let details;
  if (b && typeof b.getPromiseDetails === 'function') {
    try {
      details = b.getPromiseDetails(value);
    } catch {
      details = undefined;
    }
  }
  if (!details || details[0] === 0 || details[0] === undefined) {
    return [ctx.stylize('<pending>', 'special')];
  }
  ctx.indentationLvl += 2;
  const str = formatValue(ctx, details[1], recurseTimes);
  ctx.indentationLvl -= 2;
  return [details[0] === 2 ? `${ctx.stylize('<rejected>', 'special')} ${str}` : str];
}

function formatNamespaceObject(keys, ctx, value, recurseTimes) {
  const output = new Array(keys.length);
  for (let i = 0; i < keys.length; i++) {
    try {
      // lode's namespaces hold getters (live bindings); shown as values.
      const desc = Object.getOwnPropertyDescriptor(value, keys[i]);
      output[i] = formatProperty(ctx, value, recurseTimes, keys[i], kObjectType,
        desc !== undefined && desc.get !== undefined ? { value: desc.get.call(value), enumerable: true } : desc);
    } catch (err) {
      if (!(err instanceof ReferenceError)) throw err;
      // Binding not initialized yet (TDZ).
      const tmp = { [keys[i]]: '' };
      output[i] = formatProperty(ctx, tmp, recurseTimes, keys[i], kObjectType);
      const pos = output[i].lastIndexOf(' ');
      output[i] = output[i].slice(0, pos + 1) + ctx.stylize('<uninitialized>', 'special');
    }
  }
  keys.length = 0;
  return output;
}

function formatProperty(ctx, value, recurseTimes, key, type, desc, original = value) {
  let name;
  let str;
  let extra = ' ';
  desc = desc || Object.getOwnPropertyDescriptor(value, key) ||
    { value: value[key], enumerable: true };
  if (desc.value !== undefined) {
    const diff = ctx.compact !== true || type !== kObjectType ? 2 : 3;
    ctx.indentationLvl += diff;
    str = formatValue(ctx, desc.value, recurseTimes);
    if (diff === 3 && ctx.breakLength < getStringWidth(str, ctx.colors)) {
      extra = `\n${' '.repeat(ctx.indentationLvl)}`;
    }
    ctx.indentationLvl -= diff;
  } else if (desc.get !== undefined) {
    const label = desc.set !== undefined ? 'Getter/Setter' : 'Getter';
    const s = ctx.stylize;
    const sp = 'special';
    if (ctx.getters && (ctx.getters === true ||
          (ctx.getters === 'get' && desc.set === undefined) ||
          (ctx.getters === 'set' && desc.set !== undefined))) {
      try {
        const tmp = desc.get.call(original);
        ctx.indentationLvl += 2;
        if (tmp === null) {
          str = `${s(`[${label}:`, sp)} ${s('null', 'null')}${s(']', sp)}`;
        } else if (typeof tmp === 'object') {
          str = `${s(`[${label}]`, sp)} ${formatValue(ctx, tmp, recurseTimes)}`;
        } else {
          const primitive = formatPrimitive(s, tmp, ctx);
          str = `${s(`[${label}:`, sp)} ${primitive}${s(']', sp)}`;
        }
        ctx.indentationLvl -= 2;
      } catch (err) {
        const message = `<Inspection threw (${err.message})>`;
        str = `${s(`[${label}:`, sp)} ${message}${s(']', sp)}`;
      }
    } else {
      str = ctx.stylize(`[${label}]`, sp);
    }
  } else if (desc.set !== undefined) {
    str = ctx.stylize('[Setter]', 'special');
  } else {
    str = ctx.stylize('undefined', 'undefined');
  }
  if (type === kArrayType) return str;
  if (typeof key === 'symbol') {
    name = `[${ctx.stylize(escapeKeyText(Symbol.prototype.toString.call(key)), 'symbol')}]`;
  } else if (key === '__proto__') {
    name = "['__proto__']";
  } else if (desc.enumerable === false) {
    name = `[${escapeKeyText(key)}]`;
  } else if (identifierKey.test(key)) {
    name = ctx.stylize(key, 'name');
  } else {
    name = ctx.stylize(strEscape(key), 'string');
  }
  return `${name}:${extra}${str}`;
}

// ---------------------------------------------------------------------------
// Layout

function isBelowBreakLength(ctx, output, start, base) {
  let totalLength = output.length + start;
  if (totalLength + output.length > ctx.breakLength) return false;
  for (let i = 0; i < output.length; i++) {
    totalLength += ctx.colors ? removeColors(output[i]).length : output[i].length;
    if (totalLength > ctx.breakLength) return false;
  }
  return base === '' || !base.includes('\n');
}

// Arrange many short array entries in aligned columns.
function groupArrayElements(ctx, output, value) {
  let totalLength = 0;
  let maxLength = 0;
  let outputLength = output.length;
  // The trailing "... more items" entry does not take part.
  if (ctx.maxArrayLength < output.length) outputLength--;
  const separatorSpace = 2; // ", "
  const dataLen = new Array(outputLength);
  for (let i = 0; i < outputLength; i++) {
    const len = getStringWidth(output[i], ctx.colors);
    dataLen[i] = len;
    totalLength += len + separatorSpace;
    if (maxLength < len) maxLength = len;
  }
  const actualMax = maxLength + separatorSpace;
  // Needs at least three columns, and no single entry much longer than the rest.
  if (actualMax * 3 + ctx.indentationLvl < ctx.breakLength &&
      (totalLength / actualMax > 5 || maxLength <= 6)) {
    const averageBias = Math.sqrt(actualMax - totalLength / output.length);
    const biasedMax = Math.max(actualMax - 3 - averageBias, 1);
    const columns = Math.min(
      // Aim for a roughly square block, characters being ~2.5 times taller than wide.
      Math.round(Math.sqrt(2.5 * biasedMax * outputLength) / biasedMax),
      Math.floor((ctx.breakLength - ctx.indentationLvl) / actualMax),
      ctx.compact * 4,
      15,
    );
    if (columns <= 1) return output;
    const maxLineLength = [];
    for (let col = 0; col < columns; col++) {
      let lineLength = 0;
      for (let j = col; j < output.length; j += columns) {
        if (dataLen[j] > lineLength) lineLength = dataLen[j];
      }
      maxLineLength.push(lineLength + separatorSpace);
    }
    let padStart = true;
    if (value !== undefined) {
      for (let i = 0; i < output.length; i++) {
        if (typeof value[i] !== 'number' && typeof value[i] !== 'bigint') {
          padStart = false;
          break;
        }
      }
    }
    const grouped = [];
    for (let i = 0; i < outputLength; i += columns) {
      const max = Math.min(i + columns, outputLength);
      let line = '';
      let j = i;
      for (; j < max - 1; j++) {
        const padding = maxLineLength[j - i] + output[j].length - dataLen[j];
        line += padStart ? `${output[j]}, `.padStart(padding, ' ') : `${output[j]}, `.padEnd(padding, ' ');
      }
      if (padStart) {
        const padding = maxLineLength[j - i] + output[j].length - dataLen[j] - separatorSpace;
        line += output[j].padStart(padding, ' ');
      } else {
        line += output[j];
      }
      grouped.push(line);
    }
    if (ctx.maxArrayLength < output.length) grouped.push(output[outputLength]);
    output = grouped;
  }
  return output;
}

function reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value) {
  if (ctx.compact !== true) {
    if (typeof ctx.compact === 'number' && ctx.compact >= 1) {
      const entries = output.length;
      if (extrasType === kArrayExtrasType && entries > 6) {
        output = groupArrayElements(ctx, output, value);
      }
      // Combine up to `compact` inner levels on one line when it fits.
      if (ctx.currentDepth - recurseTimes < ctx.compact && entries === output.length) {
        const start = output.length + ctx.indentationLvl + braces[0].length + base.length + 10;
        if (isBelowBreakLength(ctx, output, start, base)) {
          const joined = output.join(', ');
          if (!joined.includes('\n')) {
            return `${base ? `${base} ` : ''}${braces[0]} ${joined} ${braces[1]}`;
          }
        }
      }
    }
    const indentation = `\n${' '.repeat(ctx.indentationLvl)}`;
    return `${base ? `${base} ` : ''}${braces[0]}${indentation}  ${output.join(`,${indentation}  `)}${indentation}${braces[1]}`;
  }
  // compact: true
  if (isBelowBreakLength(ctx, output, 0, base)) {
    return `${braces[0]}${base ? ` ${base}` : ''} ${output.join(', ')} ${braces[1]}`;
  }
  const indentation = ' '.repeat(ctx.indentationLvl);
  const ln = base === '' && braces[0].length === 1 ? ' ' : `${base ? ` ${base}` : ''}\n${indentation}  `;
  return `${braces[0]}${ln}${output.join(`,\n${indentation}  `)} ${braces[1]}`;
}

module.exports = {
  inspect,
  inspectDefaultOptions,
  formatNumber,
  formatBigInt,
  builtInObjects,
  getStringWidth,
  stripVTControlCharacters,
  stylizeWithColor,
  stylizeNoColor,
  strEscape,
};

// format() and formatWithOptions() live in their own file.
const { format, formatWithOptions } = require('internal/util/format');
module.exports.format = format;
module.exports.formatWithOptions = formatWithOptions;
