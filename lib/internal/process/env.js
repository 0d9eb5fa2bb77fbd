'use strict';
// process.env: a live view of the C environment. Values are coerced to
// strings; deleting works; enumeration lists the current variables.

function createEnv(binding) {
  const target = {};
  return new Proxy(target, {
    get(t, key) {
      if (typeof key !== 'string') return undefined;
      return binding.envGet(key);
    },
    set(t, key, value) {
      if (typeof key === 'symbol') {
        throw new TypeError('Cannot convert a Symbol value to a string');
      }
      if (typeof value === 'symbol') {
        throw new TypeError('Cannot convert a Symbol value to a string');
      }
      binding.envSet(key, String(value));
      return true;
    },
    has(t, key) {
      return typeof key === 'string' && binding.envGet(key) !== undefined;
    },
    deleteProperty(t, key) {
      if (typeof key === 'string') binding.envDelete(key);
      return true;
    },
    ownKeys() {
      return binding.envKeys();
    },
    getOwnPropertyDescriptor(t, key) {
      if (typeof key !== 'string') return undefined;
      const value = binding.envGet(key);
      if (value === undefined) return undefined;
      return { value, writable: true, enumerable: true, configurable: true };
    },
    defineProperty(t, key, desc) {
      if ('value' in desc) binding.envSet(String(key), String(desc.value));
      return true;
    },
  });
}

module.exports = { createEnv };
