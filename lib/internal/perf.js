'use strict';
// The User Timing part of the Web Performance API (performance.now(),
// marks, measures) and a small PerformanceObserver.

const {
  codes: {
    ERR_ILLEGAL_CONSTRUCTOR,
    ERR_INVALID_ARG_TYPE,
    ERR_MISSING_ARGS,
    ERR_PERFORMANCE_INVALID_TIMESTAMP,
    ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS,
  },
} = require('internal/errors');
const { validateObject, validateFunction } = require('internal/validators');

// ---------------------------------------------------------------------------
// Time source: milliseconds (double) from an arbitrary origin.

let clock = Date.now;
if (typeof internalBinding === 'function') {
  try {
    const timers = internalBinding('timers');
    if (timers && typeof timers.hrtime === 'function') clock = () => timers.hrtime();
  } catch {
    // No such binding: keep Date.now().
  }
}

// now() counts from process start when the process can tell how long ago
// that was, as in Node.
let origin = clock();
try {
  if (typeof process === 'object' && typeof process.uptime === 'function') {
    const up = process.uptime() * 1000;
    if (Number.isFinite(up) && up >= 0) origin -= up;
  }
} catch {
  // keep origin
}
const now = () => clock() - origin;
const timeOrigin = Date.now() - now();

const kInternal = Symbol('kInternal');
const kInspect = Symbol.for('nodejs.util.inspect.custom');

let cloneFn;
function cloneDetail(detail) {
  if (detail === undefined || detail === null) return null;
  if (cloneFn === undefined) cloneFn = require('internal/structured_clone').structuredClone;
  return cloneFn(detail);
}

function inspectEntry(entry, depth, options, inspect) {
  if (depth < 0) return `[${entry.constructor.name}]`;
  const fmt = typeof inspect === 'function' ? inspect : require('internal/util/inspect').inspect;
  return `${entry.constructor.name} ${fmt(entry.toJSON(), { ...options, depth: options.depth == null ? null : options.depth - 1 })}`;
}

// ---------------------------------------------------------------------------
// Entries

class PerformanceEntry {
  #name;
  #type;
  #start;
  #duration;

  constructor(token, name, type, start, duration) {
    if (token !== kInternal) throw new ERR_ILLEGAL_CONSTRUCTOR();
    this.#name = name;
    this.#type = type;
    this.#start = start;
    this.#duration = duration;
  }

  get name() { return this.#name; }
  get entryType() { return this.#type; }
  get startTime() { return this.#start; }
  get duration() { return this.#duration; }

  toJSON() {
    return { name: this.#name, entryType: this.#type, startTime: this.#start, duration: this.#duration };
  }

  [kInspect](depth, options, inspect) { return inspectEntry(this, depth, options, inspect); }
}

function validateTimestamp(t) {
  if (t < 0) throw new ERR_PERFORMANCE_INVALID_TIMESTAMP(t);
}

class PerformanceMark extends PerformanceEntry {
  #detail;

  constructor(name, options = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    name = `${name}`;
    if (options !== undefined && options !== null) validateObject(options, 'options');
    let startTime = options?.startTime;
    if (startTime === undefined) {
      startTime = now();
    } else {
      if (typeof startTime !== 'number') throw new ERR_INVALID_ARG_TYPE('startTime', 'number', startTime);
      validateTimestamp(startTime);
    }
    const detail = cloneDetail(options?.detail);
    super(kInternal, name, 'mark', startTime, 0);
    this.#detail = detail;
  }

  get detail() { return this.#detail; }

  toJSON() { return { ...super.toJSON(), detail: this.#detail }; }
}

class PerformanceMeasure extends PerformanceEntry {
  #detail;

  constructor(token, name, start, duration, detail) {
    if (token !== kInternal) throw new ERR_ILLEGAL_CONSTRUCTOR();
    super(kInternal, name, 'measure', start, duration);
    this.#detail = detail;
  }

  get detail() { return this.#detail; }

  toJSON() { return { ...super.toJSON(), detail: this.#detail }; }
}

// Entries of node's own kinds ('function' here), with a detail.
class PerformanceNodeEntry extends PerformanceEntry {
  #detail;

  constructor(token, name, start, duration, detail) {
    super(token, name, 'function', start, duration);
    this.#detail = detail;
  }

  get detail() { return this.#detail; }

  toJSON() { return { ...super.toJSON(), detail: this.#detail }; }
}

// A fetch's timings (markResourceTiming, as undici's fetch reports them):
// read from its timing info as the Resource Timing spec maps them.
class PerformanceResourceTiming extends PerformanceEntry {
  #info;
  #initiatorType;
  #cacheMode;

  constructor(token, name, initiatorType, info, cacheMode) {
    if (token !== kInternal) throw new ERR_ILLEGAL_CONSTRUCTOR();
    super(token, name, 'resource', info.startTime, info.endTime - info.startTime);
    this.#info = info;
    this.#initiatorType = initiatorType;
    this.#cacheMode = cacheMode;
  }

  get initiatorType() { return this.#initiatorType; }
  get nextHopProtocol() { return this.#info.finalConnectionTimingInfo?.ALPNNegotiatedProtocol; }
  get workerStart() { return this.#info.finalServiceWorkerStartTime; }
  get redirectStart() { return this.#info.redirectStartTime; }
  get redirectEnd() { return this.#info.redirectEndTime; }
  get fetchStart() { return this.#info.postRedirectStartTime; }
  get domainLookupStart() { return this.#info.finalConnectionTimingInfo?.domainLookupStartTime; }
  get domainLookupEnd() { return this.#info.finalConnectionTimingInfo?.domainLookupEndTime; }
  get connectStart() { return this.#info.finalConnectionTimingInfo?.connectionStartTime; }
  get connectEnd() { return this.#info.finalConnectionTimingInfo?.connectionEndTime; }
  get secureConnectionStart() { return this.#info.finalConnectionTimingInfo?.secureConnectionStartTime; }
  get requestStart() { return this.#info.finalNetworkRequestStartTime; }
  get responseStart() { return this.#info.finalNetworkResponseStartTime; }
  get responseEnd() { return this.#info.endTime; }
  get encodedBodySize() { return this.#info.encodedBodySize; }
  get decodedBodySize() { return this.#info.decodedBodySize; }
  get transferSize() {
    if (this.#cacheMode === 'local') return 0;
    if (this.#cacheMode === 'validated') return 300;
    return this.#info.encodedBodySize + 300;
  }

  toJSON() {
    const json = { name: this.name, entryType: this.entryType, startTime: this.startTime, duration: this.duration };
    for (const k of ['initiatorType', 'nextHopProtocol', 'workerStart', 'redirectStart', 'redirectEnd',
      'fetchStart', 'domainLookupStart', 'domainLookupEnd', 'connectStart', 'connectEnd', 'secureConnectionStart',
      'requestStart', 'responseStart', 'responseEnd', 'transferSize', 'encodedBodySize', 'decodedBodySize']) {
      json[k] = this[k];
    }
    return json;
  }
}

// Works unbound, as node's (undici calls it so).
function markResourceTiming(timingInfo, requestedUrl, initiatorType, global, cacheMode) {
  void global;
  const entry = new PerformanceResourceTiming(kInternal, `${requestedUrl}`, initiatorType, timingInfo, cacheMode);
  enqueue(entry);
  if (resources.length < resourceBufferSize) resources.push(entry);
  return entry;
}

let histogramCache;
const histogramModule = () => (histogramCache ??= require('internal/histogram'));

for (const C of [PerformanceEntry, PerformanceMark, PerformanceMeasure, PerformanceResourceTiming]) {
  Object.defineProperty(C.prototype, Symbol.toStringTag, { value: C.name, configurable: true });
}

// ---------------------------------------------------------------------------
// Buffers and observers

let marks = [];
let measures = [];
let resources = []; // resource timings, up to resourceBufferSize
let resourceBufferSize = 250;
const observers = new Set();

function sortByStart(list) {
  return list.sort((a, b) => a.startTime - b.startTime);
}

function filterEntries(list, name, type) {
  return sortByStart(list.filter((e) => (name === undefined || e.name === name) &&
    (type === undefined || e.entryType === type)));
}

function enqueue(entry) {
  for (const observer of observers) observer._notify(entry);
}

class PerformanceObserverEntryList {
  #entries;

  constructor(token, entries) {
    if (token !== kInternal) throw new ERR_ILLEGAL_CONSTRUCTOR();
    this.#entries = entries;
  }

  getEntries() { return sortByStart([...this.#entries]); }

  getEntriesByType(type) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    return filterEntries(this.#entries, undefined, `${type}`);
  }

  getEntriesByName(name, type = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    return filterEntries(this.#entries, `${name}`, type === undefined ? undefined : `${type}`);
  }
}

const supportedEntryTypes = Object.freeze(['function', 'mark', 'measure', 'resource']); // the kinds lode makes

class PerformanceObserver {
  #callback;
  #types = new Set();
  #buffer = [];
  #scheduled = false;

  constructor(callback) {
    validateFunction(callback, 'callback');
    this.#callback = callback;
  }

  static get supportedEntryTypes() { return supportedEntryTypes; }

  observe(options = {}) {
    validateObject(options, 'options');
    const { entryTypes, type, buffered } = options;
    if (entryTypes === undefined && type === undefined) throw new ERR_MISSING_ARGS('options.entryTypes', 'options.type');
    if (entryTypes !== undefined && type !== undefined) {
      const { codes } = require('internal/errors');
      const E = codes.ERR_INVALID_ARG_VALUE;
      throw new E('options.entryTypes', entryTypes, 'options.entryTypes can not set with options.type together');
    }
    this.#types.clear();
    const wanted = entryTypes !== undefined ? [...entryTypes] : [type];
    for (const t of wanted) if (supportedEntryTypes.includes(t)) this.#types.add(t);
    if (this.#types.size === 0) return;
    observers.add(this);
    if (buffered && type !== undefined) {
      for (const e of type === 'mark' ? marks : type === 'measure' ? measures : []) this._notify(e);
    }
  }

  disconnect() {
    observers.delete(this);
    this.#buffer = [];
  }

  takeRecords() {
    const list = this.#buffer;
    this.#buffer = [];
    return list;
  }

  _notify(entry) {
    if (!this.#types.has(entry.entryType)) return;
    this.#buffer.push(entry);
    if (this.#scheduled) return;
    this.#scheduled = true;
    const deliver = () => {
      this.#scheduled = false;
      if (this.#buffer.length === 0) return;
      const list = new PerformanceObserverEntryList(kInternal, this.takeRecords());
      this.#callback.call(this, list, this);
    };
    if (typeof setImmediate === 'function') setImmediate(deliver);
    else setTimeout(deliver, 0);
  }
}
Object.defineProperty(PerformanceObserver.prototype, '_notify', { enumerable: false });

// ---------------------------------------------------------------------------
// performance

// Node's start-up milestones, as far as lode can tell them: the process
// start ones are 0; the loop's come from the runtime (-1 until then).
const loopTiming = typeof internalBinding === 'function' ? internalBinding('timers').loopTiming : () => [-1, -1, 0];
const sinceOrigin = (t) => (t < 0 ? -1 : t - origin);
const milestones = {
  nodeStart: () => 0,
  v8Start: () => 0,
  bootstrapComplete: () => 0,
  environment: () => 0,
  loopStart: () => sinceOrigin(loopTiming()[0]),
  loopExit: () => sinceOrigin(loopTiming()[1]),
};

// performance.nodeTiming: one object whose fields read the clock.
class PerformanceNodeTiming {
  constructor(token) {
    if (token !== kInternal) throw new ERR_ILLEGAL_CONSTRUCTOR();
    const field = (value) => ({ value, enumerable: true, configurable: true });
    const getter = (get) => ({ get, enumerable: true, configurable: true });
    Object.defineProperties(this, {
      name: field('node'),
      entryType: field('node'),
      startTime: field(0),
      duration: getter(now),
      nodeStart: getter(milestones.nodeStart),
      v8Start: getter(milestones.v8Start),
      environment: getter(milestones.environment),
      loopStart: getter(milestones.loopStart),
      loopExit: getter(milestones.loopExit),
      bootstrapComplete: getter(milestones.bootstrapComplete),
      idleTime: getter(() => loopTiming()[2]),
    });
  }

  toJSON() {
    return {
      name: 'node',
      entryType: 'node',
      startTime: 0,
      duration: this.duration,
      nodeStart: this.nodeStart,
      v8Start: this.v8Start,
      bootstrapComplete: this.bootstrapComplete,
      environment: this.environment,
      loopStart: this.loopStart,
      loopExit: this.loopExit,
      idleTime: this.idleTime,
    };
  }

  [kInspect](depth, options, inspect) { return inspectEntry(this, depth, options, inspect); }
}
let nodeTiming;

function markTime(name) {
  for (let i = marks.length - 1; i >= 0; i--) {
    if (marks[i].name === name) return marks[i].startTime;
  }
  if (Object.hasOwn(milestones, name)) return milestones[name]();
  const m = require('internal/dom_exception');
  const DOMException = typeof m === 'function' ? m : m.DOMException;
  throw new DOMException(`The "${name}" performance mark has not been set`, 'SyntaxError');
}

function resolveTime(markOrTime) {
  if (typeof markOrTime === 'number') {
    validateTimestamp(markOrTime);
    return markOrTime;
  }
  return markTime(`${markOrTime}`);
}

function checkThis(self) {
  if (!(self instanceof Performance)) throw new ERR_INVALID_ARG_TYPE('this', 'Performance', self);
}

class Performance {
  constructor(token) {
    if (token !== kInternal) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  now() {
    checkThis(this);
    return now();
  }

  get timeOrigin() {
    checkThis(this);
    return timeOrigin;
  }

  get nodeTiming() {
    checkThis(this);
    if (nodeTiming === undefined) nodeTiming = new PerformanceNodeTiming(kInternal);
    return nodeTiming;
  }

  mark(name, options = undefined) {
    checkThis(this);
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    const entry = new PerformanceMark(name, options);
    marks.push(entry);
    enqueue(entry);
    return entry;
  }

  measure(name, startOrOptions = undefined, endMark = undefined) {
    checkThis(this);
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    name = `${name}`;
    let start;
    let end;
    let detail = null;
    if (startOrOptions !== null && typeof startOrOptions === 'object') {
      if (endMark !== undefined) {
        throw new ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS('endMark must not be specified');
      }
      const { start: s, end: e, duration: d } = startOrOptions;
      if (s !== undefined && e !== undefined && d !== undefined) {
        throw new ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS(
          'Must not have options.start, options.end, and options.duration specified');
      }
      if (e !== undefined) end = resolveTime(e);
      else if (s !== undefined && d !== undefined) end = resolveTime(s) + resolveTime(d);
      else end = now();
      if (s !== undefined) start = resolveTime(s);
      else if (d !== undefined && e !== undefined) start = end - resolveTime(d);
      else start = 0;
      detail = cloneDetail(startOrOptions.detail);
    } else {
      end = endMark !== undefined ? resolveTime(endMark) : now();
      start = typeof startOrOptions === 'string' ? markTime(startOrOptions) : 0;
    }
    const entry = new PerformanceMeasure(kInternal, name, start, end - start, detail);
    measures.push(entry);
    enqueue(entry);
    return entry;
  }

  clearMarks(name = undefined) {
    checkThis(this);
    if (name === undefined) marks = [];
    else {
      name = `${name}`;
      marks = marks.filter((e) => e.name !== name);
    }
  }

  clearMeasures(name = undefined) {
    checkThis(this);
    if (name === undefined) measures = [];
    else {
      name = `${name}`;
      measures = measures.filter((e) => e.name !== name);
    }
  }

  markResourceTiming(timingInfo, requestedUrl, initiatorType, global, cacheMode) {
    return markResourceTiming(timingInfo, requestedUrl, initiatorType, global, cacheMode);
  }

  clearResourceTimings() {
    checkThis(this);
    resources = [];
  }

  setResourceTimingBufferSize(maxSize) {
    checkThis(this);
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('maxSize');
    resourceBufferSize = Number(maxSize) >>> 0;
  }

  getEntries() {
    checkThis(this);
    return sortByStart([...marks, ...measures, ...resources]);
  }

  getEntriesByName(name, type = undefined) {
    checkThis(this);
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    name = `${name}`;
    return filterEntries([...marks, ...measures, ...resources], name, type === undefined ? undefined : `${type}`);
  }

  getEntriesByType(type) {
    checkThis(this);
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    type = `${type}`;
    if (type === 'mark') return sortByStart([...marks]);
    if (type === 'measure') return sortByStart([...measures]);
    if (type === 'resource') return sortByStart([...resources]);
    return [];
  }

  // Time the loop spent waiting for events (idle) and not (active), in ms,
  // since it started, since `util1`, or between `util2` and `util1`. All 0
  // before the loop runs (while the main script does), as in Node.
  eventLoopUtilization(util1 = undefined, util2 = undefined) {
    checkThis(this);
    const [loopStart, , idleTime] = loopTiming();
    if (loopStart < 0) return { idle: 0, active: 0, utilization: 0 };
    let idle = idleTime;
    let active = clock() - loopStart - idleTime;
    if (util2) {
      idle = util1.idle - util2.idle;
      active = util1.active - util2.active;
    } else if (util1) {
      idle -= util1.idle;
      active -= util1.active;
    }
    return { idle, active, utilization: active / (idle + active) };
  }

  // A wrapper that times each call: the duration goes to options.histogram
  // (in ns) and, as a 'function' entry with the arguments as detail, to
  // the observers of that type (entries are not kept in the timeline).
  timerify(fn, options = {}) {
    checkThis(this);
    validateFunction(fn, 'fn');
    validateObject(options, 'options');
    const { histogram } = options;
    if (histogram !== undefined && !(histogram instanceof histogramModule().RecordableHistogram)) {
      throw new ERR_INVALID_ARG_TYPE('options.histogram', 'RecordableHistogram', histogram);
    }
    function timerified(...args) {
      const start = now();
      const result = new.target ? Reflect.construct(fn, args, fn) : Reflect.apply(fn, this, args);
      const duration = now() - start;
      if (histogram !== undefined) histogram.record(Math.max(1, Math.ceil(duration * 1e6)));
      if (observers.size > 0) enqueue(new PerformanceNodeEntry(kInternal, fn.name, start, duration, args));
      return result;
    }
    Object.defineProperty(timerified, 'name', { value: `timerified ${fn.name}`, configurable: true });
    Object.defineProperty(timerified, 'length', { value: fn.length, configurable: true });
    return timerified;
  }

  toJSON() {
    checkThis(this);
    return {
      nodeTiming: this.nodeTiming,
      timeOrigin,
      eventLoopUtilization: this.eventLoopUtilization(),
    };
  }
}
Object.defineProperty(Performance.prototype, Symbol.toStringTag, { value: 'Performance', configurable: true });
Object.defineProperty(Performance.prototype, 'onresourcetimingbufferfull', {
  value: null, writable: true, configurable: true, enumerable: true,
});

const performance = new Performance(kInternal);

module.exports = {
  performance,
  Performance,
  PerformanceEntry,
  PerformanceMark,
  PerformanceMeasure,
  PerformanceObserver,
  PerformanceObserverEntryList,
  PerformanceResourceTiming,
};
