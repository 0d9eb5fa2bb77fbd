'use strict';
// The Console class and the global `console`. Every call formats its whole
// output first and hands it to the stream in one write().

const {
  codes: {
    ERR_CONSOLE_WRITABLE_STREAM,
    ERR_INCOMPATIBLE_OPTION_PAIR,
    ERR_INVALID_ARG_TYPE,
  },
} = require('internal/errors');
const { validateInteger, validateObject, validateOneOf, validateArray } = require('internal/validators');

let inspectModule;
function lazyInspect() {
  if (inspectModule === undefined) inspectModule = require('internal/util/inspect');
  return inspectModule;
}

let emitWarningFn;
function emitWarning(msg) {
  if (typeof process === 'object' && typeof process.emitWarning === 'function') {
    process.emitWarning(msg);
    return;
  }
  if (emitWarningFn === undefined) emitWarningFn = require('internal/process/warning').emitWarning;
  emitWarningFn(msg);
}

// Milliseconds from an arbitrary origin, for time()/timeEnd().
let clock;
function hrnow() {
  if (clock === undefined) {
    clock = Date.now;
    if (typeof internalBinding === 'function') {
      try {
        const timers = internalBinding('timers');
        if (timers && typeof timers.hrtime === 'function') clock = () => timers.hrtime();
      } catch {
        // keep Date.now
      }
    }
    if (clock === Date.now && typeof process === 'object' && typeof process.hrtime === 'function') {
      clock = () => {
        const [s, ns] = process.hrtime();
        return s * 1e3 + ns / 1e6;
      };
    }
  }
  return clock();
}

const kIsConsole = Symbol('kIsConsole');
const kState = Symbol('kState');
const kColorInspectOptions = { colors: true };
const kNoColorInspectOptions = {};

// Methods bound onto every instance, in Node's order.
const boundMethods = ['log', 'warn', 'dir', 'time', 'timeEnd', 'timeLog', 'trace', 'assert',
  'clear', 'count', 'countReset', 'group', 'groupEnd', 'table'];
const aliases = { debug: 'log', info: 'log', dirxml: 'log', error: 'warn', groupCollapsed: 'group' };

function isWritable(stream) {
  return stream !== null && typeof stream === 'object' && typeof stream.write === 'function';
}

function Console(options, stderr, ignoreErrors) {
  if (!new.target) return Reflect.construct(Console, arguments);
  if (!options || typeof options.write === 'function') {
    options = { stdout: options, stderr, ignoreErrors };
  }
  const {
    stdout,
    stderr: err = stdout,
    ignoreErrors: ignore = true,
    colorMode = 'auto',
    inspectOptions,
    groupIndentation = 2,
  } = options;
  if (!isWritable(stdout)) throw new ERR_CONSOLE_WRITABLE_STREAM('stdout');
  if (!isWritable(err)) throw new ERR_CONSOLE_WRITABLE_STREAM('stderr');
  validateOneOf(colorMode, 'colorMode', ['auto', true, false]);
  if (inspectOptions !== undefined) {
    validateObject(inspectOptions, 'options.inspectOptions');
    if (inspectOptions.colors !== undefined && options.colorMode !== undefined) {
      throw new ERR_INCOMPATIBLE_OPTION_PAIR('options.inspectOptions.color', 'colorMode');
    }
  }
  validateInteger(groupIndentation, 'groupIndentation', 0, 1000);
  defineStreams(this, () => stdout, () => err);
  initConsole(this, { ignoreErrors: !!ignore, colorMode, inspectOptions, groupIndentation });
}

function defineStreams(target, getStdout, getStderr) {
  // `_stdout`/`_stderr` resolve on first use, so that a console can exist
  // before (or without ever) creating the process streams. Once resolved or
  // replaced, the console writes through them (no more direct writes).
  for (const [name, get] of [['_stdout', getStdout], ['_stderr', getStderr]]) {
    Object.defineProperty(target, name, {
      get() {
        const value = get();
        Object.defineProperty(target, name, { value, writable: true, configurable: true, enumerable: false });
        endDirect(target, name);
        return value;
      },
      set(value) {
        Object.defineProperty(target, name, { value, writable: true, configurable: true, enumerable: false });
        endDirect(target, name);
      },
      configurable: true,
      enumerable: false,
    });
  }
}

function initConsole(target, settings) {
  Object.defineProperty(target, kState, {
    value: {
      ...settings,
      indent: '',
      counts: new Map(),
      timers: new Map(),
    },
    configurable: true,
  });
  Object.defineProperty(target, kIsConsole, { value: true, configurable: true });
  const proto = Console.prototype;
  for (const name of [...boundMethods, ...Object.keys(aliases)]) {
    const fn = proto[name].bind(target);
    Object.defineProperty(fn, 'name', { value: name, configurable: true });
    Object.defineProperty(target, name, { value: fn, writable: true, enumerable: true, configurable: true });
  }
}

Object.defineProperty(Console, Symbol.hasInstance, {
  value(instance) {
    return instance !== null && (typeof instance === 'object' || typeof instance === 'function') &&
      instance[kIsConsole] === true;
  },
});

function state(self) {
  const s = self?.[kState];
  if (s === undefined) throw new ERR_INVALID_ARG_TYPE('this', 'Console', self);
  return s;
}

function inspectOptionsFor(self, stream) {
  const s = state(self);
  let color = s.colorMode;
  if (color === 'auto') {
    color = !!stream.isTTY && (typeof stream.getColorDepth === 'function' ? stream.getColorDepth() > 2 : true);
  }
  const opts = s.inspectOptions;
  if (opts) {
    if (opts.colors === undefined) return { ...opts, colors: color };
    return opts;
  }
  return color ? kColorInspectOptions : kNoColorInspectOptions;
}

function formatFor(self, stream, args) {
  return lazyInspect().formatWithOptions(inspectOptionsFor(self, stream), ...args);
}

function isStackOverflow(e) {
  return e instanceof RangeError && /call stack/i.test(String(e.message));
}

function noop() {}

function writeTo(self, useStderr, string) {
  const s = state(self);
  const stream = useStderr ? self._stderr : self._stdout;
  if (s.indent.length !== 0) {
    if (string.includes('\n')) string = string.replace(/\n/g, `\n${s.indent}`);
    string = s.indent + string;
  }
  string += '\n';
  if (!s.ignoreErrors) {
    stream.write(string);
    return;
  }
  // Errors while writing are ignored (except running out of stack). A write
  // error surfaces as an 'error' event on a later tick (EPIPE when stdout's
  // reader went away), so a no-op listener stays on the stream until the
  // ticks queued by this write have run.
  const canListen = typeof stream.on === 'function' && typeof stream.removeListener === 'function';
  try {
    if (canListen && !guarded.has(stream)) {
      stream.on('error', noop);
      guarded.set(stream, false);
      stream.write(string);
      process.nextTick(unguard, stream);
    } else {
      if (canListen) guarded.set(stream, true);
      stream.write(string);
    }
  } catch (e) {
    if (isStackOverflow(e)) throw e;
  }
}

// stream -> whether it was written again after its unguard was queued (the
// errors of those writes are queued after the unguard, so it waits again).
const guarded = new Map();
function unguard(stream) {
  if (guarded.get(stream)) {
    guarded.set(stream, false);
    process.nextTick(unguard, stream);
    return;
  }
  guarded.delete(stream);
  try { stream.removeListener('error', noop); } catch { /* ignore */ }
}

// The global console writes plain text straight to fd 1 and 2 while
// process.stdout / process.stderr do not exist yet: output to stdio is
// synchronous on Linux either way (as the streams write it), and building
// the streams costs a first console.log ~30 ms (stream, net or fs, buffer,
// util.inspect). Whoever touches the streams, or the console's _stdout /
// _stderr, gets them, and from then on the console writes through them.
let stdioCreated;
function directFd(self, useStderr) {
  const s = self[kState];
  if (s === undefined || !(useStderr ? s.directErr : s.directOut)) return -1;
  if (stdioCreated === undefined) stdioCreated = require('internal/process/object').stdioCreated;
  if (stdioCreated(useStderr ? 'stderr' : 'stdout')) {
    endDirect(self, useStderr ? '_stderr' : '_stdout');
    return -1;
  }
  return useStderr ? 2 : 1;
}

function endDirect(self, name) {
  const s = self[kState];
  if (s === undefined) return;
  if (name === '_stdout') s.directOut = false;
  else s.directErr = false;
}

// What formatting args comes to when it is only joining them with spaces:
// strings, numbers and booleans, and no format directives to apply (a
// lone string is printed as it is). Otherwise undefined.
function plainText(args) {
  let out = '';
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    let t;
    if (typeof a === 'string') {
      if (i === 0 && args.length > 1 && a.includes('%')) return undefined;
      t = a;
    } else if (typeof a === 'number') {
      t = Object.is(a, -0) ? '-0' : `${a}`;
    } else if (typeof a === 'boolean') {
      t = a ? 'true' : 'false';
    } else {
      return undefined;
    }
    out = i === 0 ? t : `${out} ${t}`;
  }
  return out;
}

// log/warn: the direct write when it applies, else format and write to the
// stream. Errors of a direct write are ignored, as the global console
// ignores its streams' errors.
function logTo(self, useStderr, args) {
  const fd = directFd(self, useStderr);
  const text = fd < 0 ? undefined : plainText(args);
  if (text === undefined) {
    writeTo(self, useStderr, formatFor(self, streamFor(self, useStderr), args));
    return;
  }
  const indent = state(self).indent;
  let string = text;
  if (indent.length !== 0) {
    if (string.includes('\n')) string = string.replace(/\n/g, `\n${indent}`);
    string = indent + string;
  }
  internalBinding('fs').writeString(fd, `${string}\n`);
}

function streamFor(self, useStderr) {
  return useStderr ? self._stderr : self._stdout;
}

// time()/timeEnd() print durations as Node does: '1.234ms', '1.234s',
// '1:02.345 (m:ss.mmm)', '1:02:03.456 (h:mm:ss.mmm)'.
function formatTime(ms) {
  if (ms < 1000) return `${Number(ms.toFixed(3))}ms`;
  if (ms < 60000) return `${(ms / 1000).toFixed(3)}s`;
  const hours = Math.floor(ms / 3600000);
  const minutes = Math.floor((ms % 3600000) / 60000);
  const [secs, frac] = ((ms % 60000) / 1000).toFixed(3).split('.');
  const ss = secs.padStart(2, '0');
  if (hours > 0) return `${hours}:${String(minutes).padStart(2, '0')}:${ss}.${frac} (h:mm:ss.mmm)`;
  return `${minutes}:${ss}.${frac} (m:ss.mmm)`;
}

function timeLogImpl(self, name, label, data) {
  const timers = state(self).timers;
  const start = timers.get(label);
  if (start === undefined) {
    emitWarning(`No such label '${label}' for console.${name}()`);
    return false;
  }
  const elapsed = formatTime(hrnow() - start);
  if (data === undefined) self.log('%s: %s', label, elapsed);
  else self.log('%s: %s', label, elapsed, ...data);
  return true;
}

// ---------------------------------------------------------------------------
// console.table()

const tableChars = {
  middleMiddle: '─',
  rowMiddle: '┼',
  topRight: '┐',
  topLeft: '┌',
  leftMiddle: '├',
  topMiddle: '┬',
  bottomRight: '┘',
  bottomLeft: '└',
  bottomMiddle: '┴',
  rightMiddle: '┤',
  left: '│ ',
  right: ' │',
  middle: ' │ ',
};

function renderTable(head, columns) {
  const { getStringWidth } = lazyInspect();
  const rows = columns.length === 0 ? 0 : Math.max(...columns.map((c) => c.length));
  const widths = head.map((h, i) => {
    let w = getStringWidth(h);
    for (const cell of columns[i]) if (cell !== undefined) w = Math.max(w, getStringWidth(cell));
    return w + 2;
  });
  const line = (l, m, r) => `${l}${widths.map((w) => tableChars.middleMiddle.repeat(w)).join(m)}${r}`;
  const row = (cells) => {
    const parts = cells.map((cell, i) => {
      const text = cell === undefined ? '' : cell;
      return text + ' '.repeat(widths[i] - 2 - getStringWidth(text));
    });
    return `${tableChars.left}${parts.join(tableChars.middle)}${tableChars.right}`;
  };
  let out = `${line(tableChars.topLeft, tableChars.topMiddle, tableChars.topRight)}\n`;
  out += `${row(head)}\n`;
  out += `${line(tableChars.leftMiddle, tableChars.rowMiddle, tableChars.rightMiddle)}\n`;
  for (let r = 0; r < rows; r++) out += `${row(columns.map((c) => c[r]))}\n`;
  out += line(tableChars.bottomLeft, tableChars.bottomMiddle, tableChars.bottomRight);
  return out;
}

function isMapLike(v, Ctor) {
  try {
    Object.getOwnPropertyDescriptor(Ctor.prototype, 'size').get.call(v);
    return true;
  } catch {
    return false;
  }
}

function table(tabularData, properties) {
  if (properties !== undefined) validateArray(properties, 'properties');
  if (tabularData === null || typeof tabularData !== 'object') return this.log(tabularData);

  const { inspect } = lazyInspect();
  const baseOptions = inspectOptionsFor(this, this._stdout);
  const cell = (v) => {
    const depth = v !== null && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length > 2 ? -1 : 0;
    return inspect(v, { depth, maxArrayLength: 3, breakLength: Infinity, ...baseOptions });
  };
  const print = (head, columns) => this.log(renderTable(head, columns));

  if (isMapLike(tabularData, Map)) {
    const index = [];
    const keys = [];
    const values = [];
    let i = 0;
    for (const [k, v] of Map.prototype.entries.call(tabularData)) {
      index.push(String(i++));
      keys.push(cell(k));
      values.push(cell(v));
    }
    return print(['(iteration index)', 'Key', 'Values'], [index, keys, values]);
  }
  if (isMapLike(tabularData, Set)) {
    const index = [];
    const values = [];
    let i = 0;
    for (const v of Set.prototype.values.call(tabularData)) {
      index.push(String(i++));
      values.push(cell(v));
    }
    return print(['(iteration index)', 'Values'], [index, values]);
  }

  const indexColumn = [];
  const columnKeys = properties !== undefined ? properties.map(String) : [];
  const columnMap = new Map(columnKeys.map((k) => [k, []]));
  const valuesColumn = [];
  let hasValues = false;
  const rowKeys = Object.keys(tabularData);
  rowKeys.forEach((rowKey, r) => {
    indexColumn.push(rowKey);
    const item = tabularData[rowKey];
    const primitive = item === null || (typeof item !== 'function' && typeof item !== 'object');
    if (primitive) {
      if (properties === undefined) {
        hasValues = true;
        valuesColumn[r] = cell(item);
      }
      return;
    }
    const keys = properties !== undefined ? columnKeys : Object.keys(item);
    for (const key of keys) {
      let column = columnMap.get(key);
      if (column === undefined) {
        if (properties !== undefined) continue;
        column = [];
        columnMap.set(key, column);
      }
      if (properties === undefined || Object.hasOwn(item, key)) column[r] = cell(item[key]);
    }
  });
  const head = ['(index)', ...columnMap.keys()];
  const columns = [indexColumn, ...columnMap.values()];
  if (hasValues) {
    head.push('Values');
    columns.push(valuesColumn);
  }
  for (const c of columns) c.length = indexColumn.length;
  return print(head, columns);
}

// ---------------------------------------------------------------------------

const consoleMethods = {
  log(...args) {
    logTo(this, false, args);
  },

  warn(...args) {
    logTo(this, true, args);
  },

  dir(object, options) {
    const { inspect } = lazyInspect();
    writeTo(this, false, inspect(object, {
      customInspect: false,
      ...inspectOptionsFor(this, this._stdout),
      ...options,
    }));
  },

  time(label = 'default') {
    label = `${label}`;
    const timers = state(this).timers;
    if (timers.has(label)) {
      emitWarning(`Label '${label}' already exists for console.time()`);
      return;
    }
    timers.set(label, hrnow());
  },

  timeEnd(label = 'default') {
    label = `${label}`;
    if (timeLogImpl(this, 'timeEnd', label)) state(this).timers.delete(label);
  },

  timeLog(label = 'default', ...data) {
    label = `${label}`;
    timeLogImpl(this, 'timeLog', label, data);
  },

  trace: function trace(...args) {
    const message = args.length > 0 ? formatFor(this, streamFor(this, true), args) : '';
    const head = message === '' ? 'Trace' : `Trace: ${message}`;
    let frames = '';
    if (typeof Error.captureStackTrace === 'function') {
      const holder = { name: 'Trace', message };
      Error.captureStackTrace(holder, trace);
      const stack = String(holder.stack);
      const nl = stack.indexOf('\n');
      frames = nl === -1 ? '' : stack.slice(nl);
    } else {
      const stack = String(new Error().stack);
      const lines = stack.split('\n').filter((l) => l !== '');
      // Drop the frame of trace() itself.
      frames = lines.slice(1).map((l) => (l.startsWith('    at ') ? l : `    at ${l}`)).join('\n');
      if (frames) frames = `\n${frames}`;
    }
    this.error(head + frames);
  },

  assert(expression, ...args) {
    if (expression) return;
    if (args.length === 0) {
      this.warn('Assertion failed');
      return;
    }
    args[0] = `Assertion failed: ${args[0]}`;
    this.warn(...args);
  },

  clear() {
    const stdout = this._stdout;
    if (stdout.isTTY && (typeof process !== 'object' || process.env.TERM !== 'dumb')) {
      // Cursor to the top left, then erase the screen below it.
      stdout.write('\x1b[1;1H\x1b[0J');
    }
  },

  count(label = 'default') {
    label = `${label}`;
    const counts = state(this).counts;
    const n = (counts.get(label) || 0) + 1;
    counts.set(label, n);
    this.log(`${label}: ${n}`);
  },

  countReset(label = 'default') {
    label = `${label}`;
    const counts = state(this).counts;
    if (!counts.has(label)) {
      emitWarning(`Count for '${label}' does not exist`);
      return;
    }
    counts.delete(label);
  },

  group(...data) {
    if (data.length > 0) this.log(...data);
    const s = state(this);
    s.indent += ' '.repeat(s.groupIndentation);
  },

  groupEnd() {
    const s = state(this);
    s.indent = s.indent.slice(0, s.indent.length - s.groupIndentation);
  },

  table,
};

for (const [name, fn] of Object.entries(consoleMethods)) {
  Object.defineProperty(Console.prototype, name, { value: fn, writable: true, enumerable: true, configurable: true });
}
for (const [alias, target] of Object.entries(aliases)) {
  Object.defineProperty(Console.prototype, alias, {
    value: Console.prototype[target], writable: true, enumerable: true, configurable: true,
  });
}

Object.defineProperty(Console.prototype, Symbol.toStringTag, {
  value: 'console', writable: false, enumerable: false, configurable: true,
});

// The global console: a plain object (Object.prototype.toString says
// 'console') with bound methods, Console attached, and streams created on
// the first write.
const kContextMethods = ['dir', 'dirXml', 'table', 'groupEnd', 'clear', 'count', 'countReset', 'profile',
  'profileEnd', 'timeLog', 'debug', 'error', 'info', 'log', 'warn', 'trace', 'group', 'groupCollapsed', 'assert',
  'time', 'timeEnd', 'timeStamp'];

const processStdout = () => process.stdout;
const processStderr = () => process.stderr;

function createGlobalConsole(getStdout = processStdout, getStderr = processStderr) {
  const proto = Object.create({}, {
    [Symbol.toStringTag]: { value: 'console', writable: false, enumerable: false, configurable: true },
  });
  const con = Object.create(proto);
  defineStreams(con, getStdout, getStderr);
  initConsole(con, {
    ignoreErrors: true,
    colorMode: 'auto',
    inspectOptions: undefined,
    groupIndentation: 2,
    // Direct writes only to the process's own streams (see directFd).
    directOut: getStdout === processStdout,
    directErr: getStderr === processStderr,
  });
  Object.defineProperty(con, 'Console', { value: Console, writable: true, enumerable: true, configurable: true });
  for (const name of ['profile', 'profileEnd', 'timeStamp']) {
    const fn = { [name]() {} }[name];
    Object.defineProperty(con, name, { value: fn, writable: true, enumerable: true, configurable: true });
  }
  Object.defineProperty(con, 'context', {
    // Node's is V8's inspector-only console: its methods report to an
    // attached inspector and print nothing. lode has no inspector.
    value: function context() {
      const c = Object.create(Object.create(Object.prototype));
      for (const name of kContextMethods) {
        const fn = { [name](data) {} }[name]; // length 1, as V8's
        Object.defineProperty(c, name, { value: fn, writable: true, enumerable: true, configurable: true });
      }
      return c;
    },
    writable: true,
    enumerable: true,
    configurable: true,
  });
  Object.defineProperty(con, 'createTask', {
    value: function createTask() {
      return { run(fn) { return fn(); } };
    },
    writable: true,
    enumerable: true,
    configurable: true,
  });
  return con;
}

module.exports = { Console, createGlobalConsole, kIsConsole, formatTime };
