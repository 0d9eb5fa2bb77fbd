'use strict';
// Date.prototype.toLocaleString / toLocaleDateString / toLocaleTimeString
// and BigInt.prototype.toLocaleString without options: JavaScriptCore opens
// a new ICU formatter on every call (100-500 µs; V8 keeps one per locale),
// so here the formatters are kept, per method and locale string. A kept
// Intl formatter prints the same text: the engine's methods are defined as
// that formatter with these default fields. Calls with options, with a
// locale list, or on a non-Date go to the engine's own method.
//
// The time zone: JSC reads TZ again only when it is next entered from
// outside (a new callback), so after process.env.TZ changes nothing is
// kept until then (resetLocaleFormats).

const kDateFields = { year: 'numeric', month: 'numeric', day: 'numeric' };
const kTimeFields = { hour: 'numeric', minute: 'numeric', second: 'numeric' };
const kMaxKept = 32; // per method: locale strings are few in practice

let keeping = true;
const caches = []; // one Map (locale string or undefined → formatter) per method

function newCache() {
  const cache = new Map();
  caches.push(cache);
  return cache;
}

function keptFormatter(cache, locales, make) {
  let f = cache.get(locales);
  if (f === undefined) {
    f = make(locales);
    if (keeping && cache.size < kMaxKept) cache.set(locales, f);
  }
  return f;
}

// In place of the engine's method, with its length (0: both arguments are
// optional) and attributes.
function install(proto, name, fn) {
  Object.defineProperty(fn, 'length', { value: 0, configurable: true });
  Object.defineProperty(proto, name, { value: fn, writable: true, enumerable: false, configurable: true });
}

function patchDate(DateTimeFormat, name, fields) {
  const original = Date.prototype[name];
  const getTime = Date.prototype.getTime;
  const cache = newCache();
  const make = (locales) => new DateTimeFormat(locales, fields);
  const methods = {
    [name](locales, options) {
      if (options !== undefined || (locales !== undefined && typeof locales !== 'string')) {
        return Reflect.apply(original, this, arguments);
      }
      let t;
      try {
        t = Reflect.apply(getTime, this, []);
      } catch {
        return Reflect.apply(original, this, arguments); // the engine's own TypeError
      }
      if (t !== t) return 'Invalid Date';
      let f;
      try {
        f = keptFormatter(cache, locales, make);
      } catch {
        return Reflect.apply(original, this, arguments); // a bad locale: the engine's error
      }
      return f.format(t);
    },
  };
  install(Date.prototype, name, methods[name]);
}

function patchBigInt(NumberFormat) {
  const original = BigInt.prototype.toLocaleString;
  const valueOf = BigInt.prototype.valueOf;
  const cache = newCache();
  const make = (locales) => new NumberFormat(locales);
  const methods = {
    toLocaleString(locales, options) {
      if (options !== undefined || (locales !== undefined && typeof locales !== 'string')) {
        return Reflect.apply(original, this, arguments);
      }
      let v;
      try {
        v = Reflect.apply(valueOf, this, []);
        return keptFormatter(cache, locales, make).format(v);
      } catch {
        return Reflect.apply(original, this, arguments);
      }
    },
  };
  install(BigInt.prototype, 'toLocaleString', methods.toLocaleString);
}

function setupLocaleFormats() {
  if (typeof Intl !== 'object' || typeof Intl.DateTimeFormat !== 'function') return;
  const { DateTimeFormat, NumberFormat } = Intl; // as they are before user code
  patchDate(DateTimeFormat, 'toLocaleString', { ...kDateFields, ...kTimeFields });
  patchDate(DateTimeFormat, 'toLocaleDateString', kDateFields);
  patchDate(DateTimeFormat, 'toLocaleTimeString', kTimeFields);
  patchBigInt(NumberFormat);
}

// process.env.TZ changed: drop the kept formatters, and keep none until JSC
// has been entered again (a timer is such an entry).
function resetLocaleFormats() {
  for (const cache of caches) cache.clear();
  if (!keeping) return;
  keeping = false;
  require('timers').setTimeout(() => { keeping = true; }, 0).unref();
}

module.exports = { setupLocaleFormats, resetLocaleFormats };
