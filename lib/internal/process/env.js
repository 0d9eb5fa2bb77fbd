'use strict';
// process.env: a live view of the C environment. Values are coerced to
// strings; deleting works; enumeration lists the current variables.

function defineError(message) {
  const err = new TypeError(message);
  err.code = 'ERR_INVALID_OBJECT_DEFINE_PROPERTY';
  return err;
}

// TZ changes the time zone of the kept locale formatters.
function changed(key) {
  if (key === 'TZ') require('internal/locale_format').resetLocaleFormats();
}

function createEnv(binding) {
  const target = {};
  // Values read are kept (a read from C is a call and a new string): the C
  // environment changes only through this object, whose sets and deletes
  // drop what was kept. Names found missing are kept too (libraries ask
  // for unset variables on hot paths), up to a bound, so that reading many
  // different unset names keeps little.
  const kept = new Map();
  const kMaxMissing = 512;
  let missing = 0;
  function read(key) {
    let v = kept.get(key);
    if (v === undefined) {
      v = binding.envGet(key);
      if (v !== undefined) kept.set(key, v);
      else if (missing < kMaxMissing) {
        kept.set(key, null);
        missing++;
      }
    }
    return v === null ? undefined : v;
  }
  // A set or delete of key: what was kept of it is stale.
  function forget(key) {
    if (kept.get(key) === null) missing--;
    kept.delete(key);
  }
  return new Proxy(target, {
    get(t, key) {
      if (typeof key !== 'string') return undefined;
      return read(key);
    },
    set(t, key, value) {
      if (typeof key === 'symbol') {
        throw new TypeError('Cannot convert a Symbol value to a string');
      }
      if (typeof value === 'symbol') {
        throw new TypeError('Cannot convert a Symbol value to a string');
      }
      binding.envSet(key, String(value));
      forget(String(key));
      changed(String(key));
      return true;
    },
    has(t, key) {
      return typeof key === 'string' && read(key) !== undefined;
    },
    deleteProperty(t, key) {
      if (typeof key === 'string') {
        binding.envDelete(key);
        forget(key);
        changed(key);
      }
      return true;
    },
    ownKeys() {
      return binding.envKeys();
    },
    getOwnPropertyDescriptor(t, key) {
      if (typeof key !== 'string') return undefined;
      const value = read(key);
      if (value === undefined) return undefined;
      return { value, writable: true, enumerable: true, configurable: true };
    },
    defineProperty(t, key, desc) {
      // Only what an assignment could make, as node (an error raised from
      // C++ there: no [code] in its stack header).
      if ('get' in desc || 'set' in desc) {
        throw defineError("'process.env' does not accept an accessor(getter/setter) descriptor");
      }
      if (!desc.configurable || !desc.writable || !desc.enumerable || !('value' in desc)) {
        throw defineError("'process.env' only accepts a configurable, writable, and enumerable data descriptor");
      }
      binding.envSet(String(key), String(desc.value));
      forget(String(key));
      changed(String(key));
      return true;
    },
  });
}

module.exports = { createEnv };
