'use strict';
// Timers and immediates. All JS timers share one uv timer (src/timers.c):
// timers of equal duration sit in one list in expiry order, and the lists
// sit in a min-heap by their head's expiry, so insert, refresh and clear are
// O(1) on the list and O(log lists) on the heap.

const binding = internalBinding('timers');
const { validateFunction } = require('internal/validators');
const { onUncaught } = require('internal/process/execution');
const { runTicks, hasTicks } = require('internal/process/task_queues');

const TIMEOUT_MAX = 2 ** 31 - 1;
const kRefed = Symbol('refed');
const kHasPrimitive = Symbol('kHasPrimitive');
const kList = Symbol('kList');
const immediateInfo = binding.immediateInfo;
const timerInfo = binding.timerInfo;

let nextId = 1;
const knownTimers = new Map(); // id -> Timeout, for clearTimeout(number)
let refCount = 0;              // referenced active timers
let nextExpiry = Infinity;     // when the uv timer fires next

// The loop time, fresh: C refreshes timerInfo[2] on every entry into JS and
// notes the wall clock's millisecond then in timerInfo[3]; only a callback
// that ran into another millisecond needs to ask C again.
function now() {
  if (Date.now() !== timerInfo[3]) binding.updateNow();
  return timerInfo[2];
}

// ---- timer lists ----

class TimersList {
  constructor(msecs, start) {
    this._idleNext = this;
    this._idlePrev = this;
    this.msecs = msecs;
    this.expiry = start + msecs;
    this.heapIndex = -1;
  }
}

const lists = new Map(); // msecs -> TimersList
const heap = [];

function heapLess(a, b) { return a.expiry < b.expiry; }
function heapSwap(i, j) {
  const t = heap[i];
  heap[i] = heap[j];
  heap[j] = t;
  heap[i].heapIndex = i;
  heap[j].heapIndex = j;
}
function siftUp(i) {
  while (i > 0) {
    const p = (i - 1) >> 1;
    if (!heapLess(heap[i], heap[p])) break;
    heapSwap(i, p);
    i = p;
  }
}
function siftDown(i) {
  for (;;) {
    const l = 2 * i + 1;
    const r = l + 1;
    let m = i;
    if (l < heap.length && heapLess(heap[l], heap[m])) m = l;
    if (r < heap.length && heapLess(heap[r], heap[m])) m = r;
    if (m === i) break;
    heapSwap(i, m);
    i = m;
  }
}
function heapRemove(list) {
  const i = list.heapIndex;
  const last = heap.pop();
  if (i < heap.length) {
    heap[i] = last;
    last.heapIndex = i;
    siftDown(i);
    siftUp(last.heapIndex);
  }
  list.heapIndex = -1;
}

function unlink(item) {
  if (item._idleNext == null) return;
  item._idleNext._idlePrev = item._idlePrev;
  item._idlePrev._idleNext = item._idleNext;
  item._idleNext = null;
  item._idlePrev = null;
}

function append(list, item) {
  item._idlePrev = list._idlePrev;
  item._idleNext = list;
  list._idlePrev._idleNext = item;
  list._idlePrev = item;
}

function insert(timer, msecs, start) {
  timer._idleStart = start;
  let list = lists.get(msecs);
  if (list === undefined) {
    list = new TimersList(msecs, start);
    lists.set(msecs, list);
    heap.push(list);
    list.heapIndex = heap.length - 1;
    siftUp(list.heapIndex);
    const expiry = start + msecs;
    if (expiry < nextExpiry) {
      nextExpiry = expiry;
      binding.scheduleTimer(msecs);
    }
  }
  append(list, timer);
}

function setRefed(timer, refed) {
  if (timer[kRefed] === refed) return;
  timer[kRefed] = refed;
  // C applies the count to the uv timer's ref when JS returns to the loop.
  timerInfo[4] = refed ? ++refCount : --refCount;
}

function coerceDelay(after) {
  after *= 1;
  if (!(after >= 1 && after <= TIMEOUT_MAX)) {
    if (after > TIMEOUT_MAX) {
      process.emitWarning(`${after} does not fit into a 32-bit signed integer.` +
        '\nTimeout duration was set to 1.', 'TimeoutOverflowWarning');
    }
    after = 1;
  }
  return after;
}

class Timeout {
  constructor(callback, after, args, isRepeat, isRefed) {
    after = coerceDelay(after);
    this._idleTimeout = after;
    this._idlePrev = null;
    this._idleNext = null;
    this._idleStart = null;
    this._onTimeout = callback;
    this._timerArgs = args;
    this._repeat = isRepeat ? after : null;
    this._destroyed = false;
    this[kRefed] = null;
    this[kHasPrimitive] = false;
    this._id = 0;
    setRefed(this, isRefed);
    insert(this, after, now());
  }

  refresh() {
    if (this._destroyed) return this;
    unlink(this);
    insert(this, this._idleTimeout, now());
    return this;
  }

  unref() {
    if (!this._destroyed) setRefed(this, false);
    else this[kRefed] = false;
    return this;
  }

  ref() {
    if (!this._destroyed) setRefed(this, true);
    else this[kRefed] = true;
    return this;
  }

  hasRef() { return this[kRefed] === true; }

  close() {
    clearTimeout(this);
    return this;
  }

  [Symbol.toPrimitive]() {
    if (!this[kHasPrimitive]) {
      this[kHasPrimitive] = true;
      this._id = nextId++;
      knownTimers.set(this._id, this);
    }
    return this._id;
  }
}
Object.defineProperty(Timeout.prototype, '_id', { writable: true, value: 0, enumerable: false });

function unenroll(timer) {
  if (timer._destroyed) return;
  timer._destroyed = true;
  if (timer[kRefed]) setRefed(timer, false);
  timer[kRefed] = null;
  if (timer[kHasPrimitive]) knownTimers.delete(timer._id);
  unlink(timer);
}

function clearTimeout(timer) {
  if (timer && timer._onTimeout !== undefined && timer instanceof Timeout) {
    unenroll(timer);
    return;
  }
  if (typeof timer === 'number' || typeof timer === 'string') {
    const t = knownTimers.get(+timer);
    if (t !== undefined) unenroll(t);
  }
}

// Called by C with the loop time in timerInfo[0]. Runs at most one due timer
// (so that C can let the microtask queue drain between timers, as Node does)
// and answers in timerInfo[1]: -1 (call again), 0 (no timers) or the
// absolute time of the next one.
function processTimers() {
  timerInfo[1] = nextTimer(timerInfo[0]);
}

function nextTimer(nowMs) {
  for (;;) {
    const list = heap[0];
    if (list === undefined) {
      nextExpiry = Infinity;
      return 0;
    }
    const timer = list._idleNext;
    if (timer === list) {
      heapRemove(list);
      lists.delete(list.msecs);
      continue;
    }
    const due = timer._idleStart + list.msecs;
    if (due > nowMs) {
      list.expiry = due;
      siftDown(list.heapIndex);
      if (heap[0] !== list) continue;
      nextExpiry = due;
      return due;
    }
    unlink(timer);
    if (timer._destroyed) continue;
    runTimer(timer, nowMs);
    return -1;
  }
}

function runTimer(timer, nowMs) {
  try {
    const args = timer._timerArgs;
    if (args === undefined) timer._onTimeout();
    else timer._onTimeout(...args);
  } catch (err) {
    onUncaught(err);
  } finally {
    // Unless the callback cleared or refreshed it: re-arm an interval,
    // retire a one-shot timer.
    if (timer._idleNext == null && !timer._destroyed) {
      if (timer._repeat !== null) insert(timer, timer._repeat, nowMs);
      else unenroll(timer);
    }
  }
  if (hasTicks()) runTicks();
}

// ---- immediates ----

class ImmediateList {
  constructor() {
    this.head = null;
    this.tail = null;
  }
}

let immediateQueue = new ImmediateList();
let immediateRefCount = 0;
let runningList = null; // the queue being processed in this check phase

class Immediate {
  constructor(callback, args) {
    this._idleNext = null;
    this._idlePrev = null;
    this._onImmediate = callback;
    this._argv = args;
    this._destroyed = false;
    this[kRefed] = false;
    this.ref();
    const q = immediateQueue;
    this[kList] = q;
    this._idlePrev = q.tail;
    if (q.tail !== null) q.tail._idleNext = this;
    else q.head = this;
    q.tail = this;
    immediateInfo[0]++;
  }

  ref() {
    if (!this[kRefed] && !this._destroyed) {
      this[kRefed] = true;
      if (immediateRefCount++ === 0) binding.toggleImmediateRef(true);
    }
    return this;
  }

  unref() {
    if (this[kRefed] && !this._destroyed) {
      this[kRefed] = false;
      if (--immediateRefCount === 0) binding.toggleImmediateRef(false);
    }
    return this;
  }

  hasRef() { return !!this[kRefed]; }
}

function removeImmediate(imm, list) {
  if (imm._idlePrev !== null) imm._idlePrev._idleNext = imm._idleNext;
  else if (list.head === imm) list.head = imm._idleNext;
  if (imm._idleNext !== null) imm._idleNext._idlePrev = imm._idlePrev;
  else if (list.tail === imm) list.tail = imm._idlePrev;
  imm._idleNext = null;
  imm._idlePrev = null;
}

function finishImmediate(imm) {
  if (imm[kRefed] && --immediateRefCount === 0) binding.toggleImmediateRef(false);
  imm[kRefed] = null;
  imm._destroyed = true;
  immediateInfo[0]--;
}

function clearImmediate(imm) {
  if (!imm || imm._destroyed || !(imm instanceof Immediate)) return;
  removeImmediate(imm, imm[kList]);
  finishImmediate(imm);
  imm._onImmediate = null;
}

// Called by C in the check phase: runs one immediate queued before the phase
// began; immediateInfo[1] says whether more of those remain.
function processImmediate() {
  immediateInfo[1] = runOneImmediate() ? 1 : 0;
}

function runOneImmediate() {
  if (runningList === null) {
    if (immediateQueue.head === null) return false;
    runningList = immediateQueue;
    immediateQueue = new ImmediateList();
  }
  const imm = runningList.head;
  if (imm === null) {
    runningList = null;
    return false;
  }
  removeImmediate(imm, runningList);
  const cb = imm._onImmediate;
  const args = imm._argv;
  finishImmediate(imm);
  try {
    if (args === undefined) cb();
    else cb(...args);
  } catch (err) {
    onUncaught(err);
  }
  if (hasTicks()) runTicks();
  if (runningList.head === null) {
    runningList = null;
    return false;
  }
  return true;
}

binding.setup(processTimers, processImmediate);

// ---- public functions ----

// The extra arguments of a timer call, without a rest parameter's array for
// the common no-argument case.
function extraArgs(args, from) {
  return args.length > from ? Array.prototype.slice.call(args, from) : undefined;
}

function setTimeout(callback, after) {
  validateFunction(callback, 'callback');
  return new Timeout(callback, after, extraArgs(arguments, 2), false, true);
}

function setInterval(callback, repeat) {
  validateFunction(callback, 'callback');
  return new Timeout(callback, repeat, extraArgs(arguments, 2), true, true);
}

function clearInterval(timer) {
  clearTimeout(timer);
}

function setImmediate(callback) {
  validateFunction(callback, 'callback');
  return new Immediate(callback, extraArgs(arguments, 1));
}

module.exports = {
  Timeout, Immediate, setTimeout, setInterval, setImmediate, clearTimeout, clearInterval,
  clearImmediate, kRefed, TIMEOUT_MAX,
};
