'use strict';
// util.format / util.formatWithOptions (printf-like formatting on top of inspect).

// Loaded by internal/util/inspect itself, so that module is read lazily.
let inspectModule;
function lazyInspect() {
  if (inspectModule === undefined) inspectModule = require('internal/util/inspect');
  return inspectModule;
}
const inspect = (value, options) => lazyInspect().inspect(value, options);
const stylizeNoColor = (str) => str;
const formatNumber = (...args) => lazyInspect().formatNumber(...args);
const formatBigInt = (...args) => lazyInspect().formatBigInt(...args);
const hasOwn = (obj, key) => Object.prototype.hasOwnProperty.call(obj, key);

let errorsModule;
function lazyErrors() {
  if (errorsModule === undefined) errorsModule = require('internal/errors');
  return errorsModule;
}

function hasBuiltInToString(value) {
  let toStr;
  try {
    toStr = value.toString;
  } catch {
    return true;
  }
  if (typeof toStr !== 'function') return true;
  if (hasOwn(value, 'toString')) return false;
  let pointer = value;
  do {
    pointer = Object.getPrototypeOf(pointer);
  } while (pointer !== null && !hasOwn(pointer, 'toString'));
  if (pointer === null) return true;
  const descriptor = Object.getOwnPropertyDescriptor(pointer, 'constructor');
  return descriptor !== undefined && typeof descriptor.value === 'function' &&
    lazyInspect().builtInObjects.has(descriptor.value.name);
}

function isCircularJsonError(err) {
  if (!(err instanceof TypeError)) return false;
  const msg = String(err.message);
  return /circular|cyclic/i.test(msg);
}

function tryStringify(arg) {
  try {
    return JSON.stringify(arg);
  } catch (err) {
    if (isCircularJsonError(err)) return '[Circular]';
    throw err;
  }
}

function formatWithOptionsInternal(inspectOptions, args) {
  const first = args[0];
  let a = 0;
  let str = '';
  let join = '';
  if (typeof first === 'string') {
    if (args.length === 1) return first;
    let lastPos = 0;
    let tempStr;
    for (let i = 0; i < first.length - 1; i++) {
      if (first.charCodeAt(i) !== 37) continue; // '%'
      const nextChar = first.charCodeAt(++i);
      if (a + 1 !== args.length) {
        switch (nextChar) {
          case 115: { // 's'
            const arg = args[++a];
            if (typeof arg === 'number') tempStr = formatNumber(stylizeNoColor, arg, false);
            else if (typeof arg === 'bigint') tempStr = formatBigInt(stylizeNoColor, arg, false);
            else if (typeof arg !== 'object' || arg === null || !hasBuiltInToString(arg)) tempStr = String(arg);
            else tempStr = inspect(arg, { ...inspectOptions, depth: 0, colors: false, compact: 3 });
            break;
          }
          case 106: // 'j'
            tempStr = tryStringify(args[++a]);
            break;
          case 100: { // 'd'
            const arg = args[++a];
            if (typeof arg === 'bigint') tempStr = formatBigInt(stylizeNoColor, arg, false);
            else if (typeof arg === 'symbol') tempStr = 'NaN';
            else tempStr = formatNumber(stylizeNoColor, Number(arg), false);
            break;
          }
          case 79: // 'O'
            tempStr = inspect(args[++a], inspectOptions);
            break;
          case 111: // 'o'
            tempStr = inspect(args[++a], { ...inspectOptions, showHidden: true, showProxy: true, depth: 4 });
            break;
          case 105: { // 'i'
            const arg = args[++a];
            if (typeof arg === 'bigint') tempStr = formatBigInt(stylizeNoColor, arg, false);
            else if (typeof arg === 'symbol') tempStr = 'NaN';
            else tempStr = formatNumber(stylizeNoColor, Number.parseInt(arg), false);
            break;
          }
          case 102: { // 'f'
            const arg = args[++a];
            if (typeof arg === 'symbol') tempStr = 'NaN';
            else tempStr = formatNumber(stylizeNoColor, Number.parseFloat(arg), false);
            break;
          }
          case 99: // 'c'
            a += 1;
            tempStr = '';
            break;
          case 37: // '%'
            str += first.slice(lastPos, i);
            lastPos = i + 1;
            continue;
          default:
            continue;
        }
        if (lastPos !== i - 1) str += first.slice(lastPos, i - 1);
        str += tempStr;
        lastPos = i + 1;
      } else if (nextChar === 37) {
        str += first.slice(lastPos, i);
        lastPos = i + 1;
      }
    }
    if (lastPos !== 0) {
      a++;
      join = ' ';
      if (lastPos < first.length) str += first.slice(lastPos);
    }
  }
  while (a < args.length) {
    const value = args[a];
    str += join;
    str += typeof value !== 'string' ? inspect(value, inspectOptions) : value;
    join = ' ';
    a++;
  }
  return str;
}

function format(...args) {
  return formatWithOptionsInternal(undefined, args);
}

function formatWithOptions(inspectOptions, ...args) {
  if (typeof inspectOptions !== 'object' || inspectOptions === null) {
    throw new (lazyErrors().codes.ERR_INVALID_ARG_TYPE)('inspectOptions', 'object', inspectOptions);
  }
  return formatWithOptionsInternal(inspectOptions, args);
}

module.exports = { format, formatWithOptions };
