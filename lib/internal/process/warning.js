'use strict';
// process.emitWarning and the default printer of 'warning' events. The
// printer is a 'warning' listener installed at start-up (unless
// --no-warnings), so it runs before user listeners and also prints
// warnings that code emits directly with process.emit('warning', err).

let hintShown = false;
let disabled;

// --disable-warning=CODE-OR-TYPE (repeatable) hides matching warnings from
// the printer; the 'warning' event is still emitted.
function disabledWarnings() {
  if (disabled === undefined) {
    disabled = new Set();
    const argv = process.execArgv;
    for (let i = 0; i < argv.length; i++) {
      if (argv[i] === '--') break;
      if (argv[i].startsWith('--disable-warning=')) disabled.add(argv[i].slice('--disable-warning='.length));
      else if (argv[i] === '--disable-warning' && i + 1 < argv.length) disabled.add(argv[++i]);
    }
  }
  return disabled;
}

function programName() {
  let name = process.argv0 || 'node';
  name = name.slice(name.lastIndexOf('/') + 1);
  return name.endsWith('.exe') ? name.slice(0, -4) : name;
}

function printWarning(warning) {
  if (!(warning instanceof Error)) return;
  const { name, code } = warning;
  const off = disabledWarnings();
  if (off.size > 0 && ((code && off.has(code)) || (name && off.has(name)))) return;
  const deprecation = name === 'DeprecationWarning';
  if (deprecation && process.noDeprecation) return;
  const trace = !!(process.traceProcessWarnings || (deprecation && process.traceDeprecation));
  const parts = [`(${process.release.name}:${process.pid}) `];
  if (code) parts.push(`[${code}] `);
  if (trace && warning.stack) {
    parts.push(require('internal/stack').formatStack(warning));
  } else if (typeof warning.toString === 'function') {
    parts.push(`${warning.toString()}`);
  } else {
    parts.push(Error.prototype.toString.call(warning));
  }
  if (typeof warning.detail === 'string') parts.push(`\n${warning.detail}`);
  if (!trace && !hintShown) {
    hintShown = true;
    const flag = deprecation ? '--trace-deprecation' : '--trace-warnings';
    parts.push(`\n(Use \`${programName()} ${flag} ...\` to show where the warning was created)`);
  }
  parts.push('\n');
  process.stderr.write(parts.join(''));
}

// Called once at start-up.
function setup() {
  const opts = process._lodeOptions;
  if (opts.traceWarnings && process.traceProcessWarnings === undefined) {
    Object.defineProperty(process, 'traceProcessWarnings', {
      value: true, writable: true, enumerable: true, configurable: true,
    });
  }
  if (!opts.noWarnings) process.on('warning', printWarning);
}

function emitWarning(warning, type, code, ctor) {
  let detail;
  if (type !== null && typeof type === 'object' && !Array.isArray(type)) {
    ctor = type.ctor;
    code = type.code;
    if (typeof type.detail === 'string') detail = type.detail;
    type = type.type || 'Warning';
  } else if (typeof type === 'function') {
    ctor = type;
    code = undefined;
    type = 'Warning';
  } else if (type === 'DeprecationWarning' && process.noDeprecation) {
    // Node returns before looking at the other arguments here.
    return;
  }
  const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
  if (type !== undefined && typeof type !== 'string') throw new ERR_INVALID_ARG_TYPE('type', 'string', type);
  if (!type) type = 'Warning';
  if (typeof code === 'function') {
    ctor = code;
    code = undefined;
  } else if (code !== undefined && typeof code !== 'string') {
    throw new ERR_INVALID_ARG_TYPE('code', 'string', code);
  }
  if (typeof warning === 'string') {
    warning = createWarning(warning, type, code, detail, ctor);
  } else if (!(warning instanceof Error)) {
    throw new ERR_INVALID_ARG_TYPE('warning', ['Error', 'string'], warning);
  }
  if (warning.name === 'DeprecationWarning') {
    if (process.noDeprecation) return;
    if (process.throwDeprecation) {
      // Thrown from the next tick, not to the caller (as Node does).
      process.nextTick(() => { throw warning; });
      return;
    }
  }
  process.nextTick(() => process.emit('warning', warning));
}

function createWarning(message, type, code, detail, ctor) {
  const err = new Error(message);
  err.name = type;
  if (code !== undefined) err.code = code;
  if (detail !== undefined) err.detail = detail;
  if (typeof Error.captureStackTrace === 'function') {
    // The stack starts at the caller of ctor, or of process.emitWarning.
    Error.captureStackTrace(err, typeof ctor === 'function' ? ctor : process.emitWarning);
  }
  return err;
}

module.exports = { emitWarning, setup, printWarning };
