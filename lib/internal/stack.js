'use strict';
// V8-format stack traces over JSC's. JSC writes frames as `fn@url:line:col`
// with no header; Node programs expect `Error: msg\n    at fn (url:line:col)`.
// Errors built by user code get a lazy `stack` accessor that converts once.

const kStackHeader = Symbol('kStackHeader');
// The name lode gives CommonJS module functions (see internal/modules/cjs).
const kModuleFunctionName = '__lode_module__';

const kRawStack = Symbol('kRawStack');
// An error's own `file:line\nsource\n   ^\n` for fatal reports, when the
// error is not where the engine located it (ES module parse and link errors).
const kSourceContext = Symbol('kSourceContext');

function header(err) {
  if (err !== null && typeof err === 'object' && Object.hasOwn(err, kStackHeader)) {
    return `${err[kStackHeader]}${err.message ? `: ${err.message}` : ''}`;
  }
  let name;
  let message;
  try {
    name = err.name;
    message = err.message;
  } catch {
    return 'Error';
  }
  name = name === undefined ? 'Error' : String(name);
  message = message === undefined ? '' : String(message);
  if (name === '') return message;
  if (message === '') return name;
  return `${name}: ${message}`;
}

// Line 1 of a CommonJS module starts with the wrapper's text; columns there
// are shifted back by its length, per file.
const wrapperOffsets = new Map();
function registerWrapper(url, length) { wrapperOffsets.set(url, length); }
function fixColumn(url, line, col) {
  if (line === 1) {
    const off = wrapperOffsets.get(url);
    if (off !== undefined && col > off) return col - off;
  }
  return col;
}

// Source text of user code, for V8-style columns and the caret in fatal
// reports: files are read on demand; -e / stdin code is registered.
const sources = new Map(); // url -> array of lines
function registerSource(url, text) { sources.set(url, text.split('\n')); }
function sourceLine(url, line) {
  let lines = sources.get(url);
  if (lines === undefined) {
    if (typeof url !== 'string' || !(url.startsWith('/') || url.startsWith('file:///'))) return undefined;
    try {
      const file = url[0] === '/' ? url : require('internal/url').fileURLToPath(url);
      lines = internalBinding('fs').readFileUtf8(file).split('\n');
    } catch {
      lines = [];
    }
    sources.set(url, lines);
  }
  return lines[line - 1];
}

// JSC's column for a call or `new` is at its '('; V8's is at the callee's
// name (the property, for a.b()) or at `new`.
function v8Column(url, line, col) {
  if (url.startsWith('node:') || url === '[native code]') return col;
  const text = sourceLine(url, line);
  if (text === undefined || text[col - 1] !== '(') return col;
  let i = col - 1;
  while (i > 0 && /[\w$]/.test(text[i - 1])) i--;
  if (i === col - 1) return col;
  if (text.slice(Math.max(0, i - 4), i) === 'new ') return i - 3;
  return i + 1;
}

const frameRe = /^(.*?)@(.*?)(?::(\d+):(\d+))?$/;

function convertFrame(line) {
  if (line === '') return null;
  const m = frameRe.exec(line);
  if (m === null) {
    // An anonymous frame is just `url:line:col`.
    return `    at ${line}`;
  }
  let [, fn, url, ln, col] = m;
  if (url === '[native code]') return `    at ${fn || '<anonymous>'} (<anonymous>)`;
  const loc = ln === undefined ? url : `${url}:${ln}:${v8Column(url, +ln, fixColumn(url, +ln, +col))}`;
  if (fn === 'global code' || fn === 'module code') return `    at ${loc}`;
  if (fn === kModuleFunctionName) return `    at Object.<anonymous> (${loc})`;
  if (fn === '') return `    at ${loc}`;
  return `    at ${fn} (${loc})`;
}

// Frames of the error machinery itself (the constructor wrappers, Node
// error classes) come first in JSC's trace; Node's traces start at the caller.
function isMachineryFrame(line) {
  return line.startsWith('construct@[native code]') || line.includes('@node:internal/stack:') ||
    line.includes('@node:internal/errors:');
}

// The user's Error.stackTraceLimit; JSC is given a few more frames so that
// the machinery frames dropped above do not eat into it.
let userLimit = 10;
const kMachineryFrames = 4;

function userFrames(raw) {
  const frames = [];
  if (typeof raw !== 'string' || raw === '') return frames;
  let leading = true;
  for (const line of raw.split('\n')) {
    if (leading && isMachineryFrame(line)) continue;
    leading = false;
    if (line === '') continue;
    if (frames.length >= userLimit) break;
    frames.push(line);
  }
  return frames;
}

function convertFrames(raw) {
  let out = '';
  for (const line of userFrames(raw)) {
    const f = convertFrame(line);
    if (f !== null) out += `\n${f}`;
  }
  return out;
}

// V8's CallSite objects, for Error.prepareStackTrace users (depd, callsites…).
class CallSite {
  constructor(line) {
    const m = frameRe.exec(line);
    this._fn = m ? m[1] : '';
    this._url = m ? m[2] : line;
    this._line = m && m[3] !== undefined ? +m[3] : null;
    this._col = m && m[4] !== undefined ?
      v8Column(this._url, this._line, fixColumn(this._url, this._line, +m[4])) : null;
    if (this._fn === 'global code' || this._fn === 'module code' ||
        this._fn === kModuleFunctionName) this._fn = '';
  }
  getThis() { return undefined; }
  getTypeName() { return null; }
  getFunction() { return undefined; }
  getFunctionName() { return this._fn === '' ? null : this._fn; }
  getMethodName() { return null; }
  getFileName() { return this.isNative() ? undefined : this._url; }
  getScriptNameOrSourceURL() { return this.getFileName(); }
  getScriptHash() { return ''; }
  getLineNumber() { return this._line; }
  getColumnNumber() { return this._col; }
  getEnclosingLineNumber() { return this._line; }
  getEnclosingColumnNumber() { return this._col; }
  getEvalOrigin() { return undefined; }
  getPosition() { return 0; }
  getPromiseIndex() { return null; }
  isToplevel() { return true; }
  isEval() { return false; }
  isNative() { return this._url === '[native code]'; }
  isConstructor() { return false; }
  isAsync() { return false; }
  isPromiseAll() { return false; }
  toString() {
    const f = convertFrame(`${this._fn}@${this._url}${this._line === null ? '' : `:${this._line}:${this._col}`}`);
    return f === null ? '' : f.slice(7);
  }
}

function computeStack(err, raw) {
  const prepare = globalThis.Error && globalThis.Error.prepareStackTrace;
  if (typeof prepare === 'function') {
    return prepare(err, userFrames(raw).map((l) => new CallSite(l)));
  }
  return header(err) + convertFrames(raw);
}

// The V8-format stack of any thrown value that carries a JSC stack.
function formatStack(err) {
  if (err === null || (typeof err !== 'object' && typeof err !== 'function')) return String(err);
  let raw;
  if (Object.hasOwn(err, kRawStack)) return err.stack;
  try { raw = err.stack; } catch { raw = undefined; }
  if (typeof raw !== 'string') return header(err);
  if (/^\s+at /m.test(raw) || raw.startsWith(header(err))) return raw;
  return header(err) + convertFrames(raw);
}

function installLazyStack(err) {
  const raw = err.stack;
  if (typeof raw !== 'string') return;
  Object.defineProperty(err, kRawStack, { value: raw, configurable: true, writable: true });
  Object.defineProperty(err, 'stack', {
    get() {
      const v = computeStack(this, raw);
      Object.defineProperty(this, 'stack', { value: v, writable: true, configurable: true, enumerable: false });
      return v;
    },
    set(v) {
      Object.defineProperty(this, 'stack', { value: v, writable: true, configurable: true, enumerable: false });
    },
    configurable: true,
    enumerable: false,
  });
}

// Replaces the global error constructors with thin wrappers that share the
// original prototypes (so instanceof and subclassing keep working) and give
// each new error the lazy V8-format stack.
function installErrorWrappers(global) {
  const names = ['Error', 'TypeError', 'RangeError', 'SyntaxError', 'ReferenceError',
    'EvalError', 'URIError', 'AggregateError'];
  const OrigError = global.Error;
  for (const name of names) {
    const Orig = global[name];
    if (typeof Orig !== 'function') continue;
    const Wrapped = {
      [name]: function(...args) {
        const err = Reflect.construct(Orig, args, new.target || Wrapped);
        installLazyStack(err);
        return err;
      },
    }[name];
    Object.defineProperty(Wrapped, 'prototype', { value: Orig.prototype, writable: false });
    Object.defineProperty(Orig.prototype, 'constructor', {
      value: Wrapped, writable: true, configurable: true, enumerable: false,
    });
    if (name !== 'Error') Object.setPrototypeOf(Wrapped, global.Error);
    Object.defineProperty(global, name, { value: Wrapped, writable: true, configurable: true, enumerable: false });
  }
  const Err = global.Error;
  const origCapture = OrigError.captureStackTrace;
  Object.defineProperty(Err, 'stackTraceLimit', {
    get() { return userLimit; },
    set(v) {
      userLimit = v;
      const n = Number(v);
      // defineProperty, not assignment: JIT-compiled stores to this property
      // were seen to skip JSC's update of its internal limit.
      Object.defineProperty(OrigError, 'stackTraceLimit', {
        value: Number.isNaN(n) ? 0 : Math.max(0, n) + kMachineryFrames,
        writable: true, enumerable: true, configurable: true,
      });
    },
    configurable: true,
    enumerable: true,
  });
  Object.defineProperty(Err, 'captureStackTrace', {
    value: captureStackTrace, writable: true, configurable: true, enumerable: false,
  });
  function captureStackTrace(obj, fn) {
    if (obj === null || (typeof obj !== 'object' && typeof obj !== 'function')) {
      throw new global.TypeError('invalid_argument'); // V8's message
    }
    if (typeof origCapture === 'function') origCapture(obj, fn);
    installLazyStack(obj);
  }
  Err.stackTraceLimit = 10;
}

// Where an error was made: {url, line, column} of its first user frame.
// JSC's own line/column/sourceURL name the Error wrapper when the error was
// built through it, so the raw stack is read instead.
function errorLocation(err) {
  const raw = Object.hasOwn(err, kRawStack) ? err[kRawStack] : undefined;
  if (typeof raw === 'string') {
    for (const line of raw.split('\n')) {
      if (isMachineryFrame(line)) continue;
      const m = frameRe.exec(line);
      if (m === null || m[3] === undefined || m[2] === '[native code]') return null;
      return { url: m[2], line: +m[3], column: fixColumn(m[2], +m[3], +m[4]) };
    }
    return null;
  }
  if (typeof err.sourceURL === 'string' && typeof err.line === 'number') {
    return { url: err.sourceURL, line: err.line, column: fixColumn(err.sourceURL, err.line, err.column) };
  }
  return null;
}

// JSC adds line/column/sourceURL to errors, sometimes enumerable (syntax
// errors from a compile); Node's errors have no such properties to show.
function hideEngineProps(err) {
  if (err === null || typeof err !== 'object') return;
  for (const k of ['line', 'column', 'sourceURL']) {
    const d = Object.getOwnPropertyDescriptor(err, k);
    if (d !== undefined && d.enumerable && d.configurable) {
      d.enumerable = false;
      Object.defineProperty(err, k, d);
    }
  }
}

module.exports = { kModuleFunctionName, kSourceContext, v8Column, registerSource, sourceLine, registerWrapper, errorLocation, hideEngineProps, kStackHeader, formatStack, installErrorWrappers, header, convertFrames };
