'use strict';
// Default high water marks and option validation shared by Readable/Writable.

const { codes: { ERR_INVALID_ARG_VALUE } } = require('internal/errors');
const { validateInteger } = require('internal/validators');

let defaultHwmBytes = 16 * 1024;
let defaultHwmObjects = 16;

function getDefaultHighWaterMark(objectMode) {
  return objectMode ? defaultHwmObjects : defaultHwmBytes;
}

function setDefaultHighWaterMark(objectMode, value) {
  validateInteger(value, 'value', 0);
  if (objectMode) defaultHwmObjects = value;
  else defaultHwmBytes = value;
}

function getHighWaterMark(options, isDuplex, duplexKey, objectMode) {
  let hwm = options.highWaterMark;
  let name = 'highWaterMark';
  if (hwm == null && isDuplex && options[duplexKey] != null) {
    hwm = options[duplexKey];
    name = duplexKey;
  }
  if (hwm != null) {
    if (!Number.isInteger(hwm) || hwm < 0) {
      throw new ERR_INVALID_ARG_VALUE(`options.${name}`, hwm);
    }
    return Math.floor(hwm);
  }
  return getDefaultHighWaterMark(objectMode);
}

module.exports = { getDefaultHighWaterMark, setDefaultHighWaterMark, getHighWaterMark };
