'use strict';
// process.emitWarning and the default printing of 'warning' events.

const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');

let installed = false;
let traceHintShown = false;

function writeWarning(warning) {
  if (process._lodeOptions.noWarnings) return;
  const { formatStack } = require('internal/stack');
  let msg = `(node:${process.pid}) `;
  if (warning.code) msg += `[${warning.code}] `;
  if (process._lodeOptions.traceWarnings) {
    msg += formatStack(warning);
  } else {
    msg += warning.toString();
  }
  if (!process._lodeOptions.traceWarnings && !traceHintShown) {
    traceHintShown = true;
    msg += '\n(Use `node --trace-warnings ...` to show where the warning was created)';
  }
  internalBinding('fs').writeString(2, `${msg}\n`);
}

function onWarning(warning) {
  if (!(warning instanceof Error)) return;
  const isDeprecation = warning.name === 'DeprecationWarning';
  if (isDeprecation && process.noDeprecation) return;
  writeWarning(warning);
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
  }
  if (type !== undefined && typeof type !== 'string') throw new ERR_INVALID_ARG_TYPE('type', 'string', type);
  if (typeof code === 'function') {
    ctor = code;
    code = undefined;
  } else if (code !== undefined && typeof code !== 'string') {
    throw new ERR_INVALID_ARG_TYPE('code', 'string', code);
  }
  if (typeof warning === 'string') {
    const err = new Error(warning);
    err.name = String(type || 'Warning');
    if (code !== undefined) err.code = code;
    if (detail !== undefined) err.detail = detail;
    warning = err;
  } else if (!(warning instanceof Error)) {
    throw new ERR_INVALID_ARG_TYPE('warning', ['Error', 'string'], warning);
  }
  if (warning.name === 'DeprecationWarning') {
    if (process.noDeprecation) return;
    if (process.throwDeprecation) throw warning;
  }
  if (!installed) {
    installed = true;
    // The default printer runs after user listeners, like Node's.
    process.on('warning', onWarning);
  }
  process.nextTick(() => process.emit('warning', warning));
}

module.exports = { emitWarning };
