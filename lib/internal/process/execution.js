'use strict';
// Uncaught exceptions: 'uncaughtExceptionMonitor', 'uncaughtException', and
// Node's fatal report (source line with a caret, the stack, exit code 1).

const { formatStack, hideEngineProps, errorLocation, sourceLine, kSourceContext } = require('internal/stack');

// The real process object, even if user code deletes or replaces the global.
const process = globalThis.process;

function inspectValue(v) {
  try {
    return require('internal/util/inspect').inspect(v);
  } catch {
    try { return String(v); } catch { return '[object]'; }
  }
}

function isErrorLike(v) {
  return v !== null && typeof v === 'object' && typeof v.stack === 'string' && 'message' in v;
}

// `file:line\nsource\n   ^\n` for an error JSC located, or ''.
function sourceContext(err) {
  if (err === null || typeof err !== 'object') return '';
  if (Object.hasOwn(err, kSourceContext)) return err[kSourceContext];
  let loc;
  try {
    loc = errorLocation(err);
  } catch {
    return '';
  }
  if (loc === null) return '';
  const { url, line, column: col } = loc;
  if (typeof url !== 'string' || typeof line !== 'number' || url.startsWith('node:')) return '';
  const text = sourceLine(url, line);
  if (text === undefined) return '';
  let caret;
  if (err instanceof SyntaxError) {
    // JSC gives no column for a syntax error, but names the token.
    const m = /'(.+)'$/.exec(String(err.message));
    const at = m ? text.indexOf(m[1]) : -1;
    caret = at !== -1 ? at : text.length - text.trimStart().length;
  } else {
    // JSC points inside the expression; Node points at the throw or the `new`.
    caret = Math.max(0, (col || 1) - 1);
    const before = text.slice(0, caret);
    const t = before.lastIndexOf('throw ');
    const n = before.lastIndexOf('new ');
    if (t !== -1) caret = t;
    else if (n !== -1) caret = n;
  }
  if (line === 1 && text.startsWith('#!')) return '';
  return `${url}:${line}\n${text}\n${' '.repeat(caret)}^\n`;
}

function fatalReport(err) {
  let out = '';
  if (isErrorLike(err)) {
    const ctx = sourceContext(err);
    hideEngineProps(err);
    if (ctx) out += `${ctx}\n`;
    let body;
    try {
      body = require('internal/util/inspect').inspect(err);
    } catch {
      body = formatStack(err);
    }
    out += `${body}\n`;
  } else {
    out += `Uncaught ${inspectValue(err)}\n`;
  }
  out += `\nNode.js ${process.version}\n`;
  return out;
}

function writeStderr(s) {
  internalBinding('fs').writeString(2, s);
}

let inFatal = false;

// The handler for every exception that reaches the top of a callback.
function onUncaught(err, origin = 'uncaughtException') {
  if (inFatal) {
    writeStderr(fatalReport(err));
    internalBinding('process').reallyExit(7);
  }
  try {
    if (process.listenerCount('uncaughtExceptionMonitor') > 0) {
      process.emit('uncaughtExceptionMonitor', err, origin);
    }
    if (process.listenerCount('uncaughtException') > 0) {
      process.emit('uncaughtException', err, origin);
      return;
    }
  } catch (handlerErr) {
    inFatal = true;
    writeStderr(fatalReport(handlerErr));
    internalBinding('process').reallyExit(7);
  }
  // Node emits 'exit' (with code 1) before it prints the error.
  inFatal = true;
  process.exitCode = 1;
  try {
    if (!process._exiting) {
      process._exiting = true;
      process.emit('exit', 1);
    }
  } catch (exitErr) {
    writeStderr(fatalReport(exitErr));
  }
  writeStderr(fatalReport(err));
  const code = process.exitCode;
  internalBinding('process').reallyExit(code === undefined || code === 0 ? 1 : code | 0);
}

module.exports = { onUncaught, fatalReport, writeStderr };
