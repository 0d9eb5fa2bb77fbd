'use strict';
// perf_hooks histograms: createHistogram() (RecordableHistogram) and
// monitorEventLoopDelay() (an interval histogram fed by a timer).
//
// An HDR histogram: counts live in buckets whose width doubles from one
// bucket to the next, each split into sub-buckets fine enough to keep
// `figures` significant decimal digits. min, max, mean, stddev and
// percentiles are reported from sub-bucket bounds (lowest, highest or
// middle value of the range a value fell in), the way node's histograms
// (HdrHistogram) report them, so the numbers are node's. Values reach
// 2 ** 53 at most, so plain numbers hold them exactly; shifts are written
// as multiplications and divisions by powers of two.

const {
  codes: { ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_ARG_TYPE, ERR_INVALID_THIS, ERR_OUT_OF_RANGE },
  nativeError,
} = require('internal/errors');
const { validateInteger, validateNumber, validateObject } = require('internal/validators');

const kInspect = Symbol.for('nodejs.util.inspect.custom');
const kInternal = Symbol('kInternal');
const kCounts = Symbol('kCounts');
const kTimer = Symbol('kTimer');
const kInt64Max = 9223372036854775807n;

// node's percentiles maps are its internal SafeMap; util.inspect shows that name.
class SafeMap extends Map {}

const bitLength = (v) => (v < 4294967296 ? 32 - Math.clz32(v) : 64 - Math.clz32(Math.floor(v / 4294967296)));

class Counts {
  constructor(lowest, highest, figures) {
    this.lowest = lowest;
    this.highest = highest;
    const subBucketMagnitude = Math.ceil(Math.log2(2 * 10 ** figures));
    this.halfMagnitude = subBucketMagnitude - 1;
    this.unitMagnitude = bitLength(lowest) - 1;
    if (this.unitMagnitude + this.halfMagnitude > 61) {
      throw nativeError(RangeError, 'ERR_OUT_OF_RANGE',
        'options.lowest is too large for options.figures significant figures');
    }
    this.subBucketCount = 2 ** subBucketMagnitude;
    this.half = this.subBucketCount / 2;
    this.maskBits = bitLength((this.subBucketCount - 1) * 2 ** this.unitMagnitude);
    let buckets = 1;
    for (let untrackable = this.subBucketCount * 2 ** this.unitMagnitude; untrackable <= highest; buckets++) {
      if (untrackable > 2 ** 62) { buckets++; break; }
      untrackable *= 2;
    }
    this.counts = new Float64Array((buckets + 1) * this.half);
    this.reset();
  }

  reset() {
    this.counts.fill(0);
    this.total = 0; // values in the counts
    this.recorded = 0; // node's `count`: records, plus the other's count on add()
    this.minValue = Infinity; // smallest non-zero value recorded
    this.maxValue = 0;
    this.exceeds = 0;
    this.prevDelta = 0; // hrtime (ns) of the last recordDelta()
  }

  // The bucket of a value; within it, sub-buckets are `2 ** (bucket +
  // unitMagnitude)` wide (bucket 0 also covers the values below lowest).
  bucketOf(v) {
    return Math.max(bitLength(v), this.maskBits) - this.unitMagnitude - this.halfMagnitude - 1;
  }

  indexOf(v) {
    const bucket = this.bucketOf(v);
    const sub = Math.floor(v / 2 ** (bucket + this.unitMagnitude));
    return (bucket + 1) * this.half + sub - this.half;
  }

  valueAt(index) {
    let bucket = Math.floor(index / this.half) - 1;
    let sub = (index % this.half) + this.half;
    if (bucket < 0) { sub -= this.half; bucket = 0; }
    return sub * 2 ** (bucket + this.unitMagnitude);
  }

  lowestEquivalent(v) {
    const scale = 2 ** (this.bucketOf(v) + this.unitMagnitude);
    return Math.floor(v / scale) * scale;
  }

  rangeSize(v) { return 2 ** (this.bucketOf(v) + this.unitMagnitude); }
  highestEquivalent(v) { return this.lowestEquivalent(v) + this.rangeSize(v) - 1; }
  middleEquivalent(v) { return this.lowestEquivalent(v) + Math.floor(this.rangeSize(v) / 2); }

  // false when the value is past `highest` (the caller counts it in exceeds).
  record(v, n = 1) {
    if (v < 0 || v > this.highest) return false;
    const index = this.indexOf(v);
    if (index >= this.counts.length) return false;
    this.counts[index] += n;
    this.total += n;
    if (v !== 0 && v < this.minValue) this.minValue = v;
    if (v > this.maxValue) this.maxValue = v;
    return true;
  }

  min() {
    if (this.counts[0] > 0) return 0;
    return this.minValue === Infinity ? Number(kInt64Max) : this.lowestEquivalent(this.minValue);
  }

  max() { return this.maxValue === 0 ? 0 : this.highestEquivalent(this.maxValue); }

  mean() {
    let sum = 0;
    this.forEachRecorded((value, n) => { sum += n * this.middleEquivalent(value); });
    return sum / this.total;
  }

  stddev() {
    const mean = this.mean();
    let sum = 0;
    this.forEachRecorded((value, n) => { const d = this.middleEquivalent(value) - mean; sum += d * d * n; });
    return Math.sqrt(sum / this.total);
  }

  forEachRecorded(fn) {
    const { counts } = this;
    for (let i = 0; i < counts.length; i++) if (counts[i] !== 0) fn(this.valueAt(i), counts[i]);
  }

  // The highest value of the range holding the value at that percentile.
  percentile(p) {
    const wanted = Math.max(Math.trunc((Math.min(p, 100) / 100) * this.total + 0.5), 1);
    const { counts } = this;
    let seen = 0;
    for (let i = 0; i < counts.length; i++) {
      seen += counts[i];
      if (seen >= wanted) return this.highestEquivalent(this.valueAt(i));
    }
    return this.highestEquivalent(0); // empty: the top of the first range, as node
  }

  // The percentiles node reports: 0, 50, 75, 87.5, … (each step halves the
  // distance left to 100), each with the lowest value of the range where
  // the running count reaches it, then 100 with the last such value.
  percentiles(wrap) {
    const map = new SafeMap();
    const { counts, total } = this;
    let target = 0;
    let value = 0;
    let seen = 0;
    for (let i = 0; i < counts.length && seen < total; i++) {
      if (counts[i] === 0) continue;
      seen += counts[i];
      value = this.valueAt(i);
      const reached = (100 * seen) / total;
      while (target <= reached) {
        map.set(target, wrap(value));
        if (seen === total || target >= 100) break;
        const halfDistance = 2 ** Math.floor(Math.log2(100 / (100 - target)) + 1);
        target += 100 / halfDistance;
      }
    }
    map.set(100, wrap(value));
    return map;
  }
}

function countsOf(histogram, type = 'Histogram') {
  const counts = histogram?.[kCounts];
  if (counts === undefined) throw new ERR_INVALID_THIS(type);
  return counts;
}

function validatePercentile(p) {
  validateNumber(p, 'percentile');
  if (!(p > 0 && p <= 100)) throw new ERR_OUT_OF_RANGE('percentile', '> 0 && <= 100', p);
}

function recordOne(counts, value) {
  if (counts.record(value)) counts.recorded++;
  else counts.exceeds++;
}

function recordDelta(counts) {
  const now = Number(process.hrtime.bigint());
  if (counts.prevDelta !== 0) recordOne(counts, now - counts.prevDelta);
  counts.prevDelta = now;
}

class Histogram {
  constructor(token, counts) {
    if (token !== kInternal) throw new ERR_ILLEGAL_CONSTRUCTOR();
    this[kCounts] = counts;
  }

  get count() { return countsOf(this).recorded; }
  get countBigInt() { return BigInt(countsOf(this).recorded); }
  get min() { return countsOf(this).min(); }
  get minBigInt() {
    const counts = countsOf(this);
    return counts.minValue === Infinity && counts.counts[0] === 0 ? kInt64Max : BigInt(counts.min());
  }
  get max() { return countsOf(this).max(); }
  get maxBigInt() { return BigInt(countsOf(this).max()); }
  get mean() { return countsOf(this).mean(); }
  get exceeds() { return countsOf(this).exceeds; }
  get exceedsBigInt() { return BigInt(countsOf(this).exceeds); }
  get stddev() { return countsOf(this).stddev(); }

  percentile(percentile) {
    const counts = countsOf(this);
    validatePercentile(percentile);
    return counts.percentile(percentile);
  }

  percentileBigInt(percentile) {
    const counts = countsOf(this);
    validatePercentile(percentile);
    return BigInt(counts.percentile(percentile));
  }

  get percentiles() { return countsOf(this).percentiles((v) => v); }
  get percentilesBigInt() { return countsOf(this).percentiles(BigInt); }

  reset() { countsOf(this).reset(); }

  toJSON() {
    return {
      count: this.count,
      min: this.min,
      max: this.max,
      mean: this.mean,
      exceeds: this.exceeds,
      stddev: this.stddev,
      percentiles: Object.fromEntries(this.percentiles),
    };
  }

  [kInspect](depth, options, inspect) {
    if (depth < 0) return this;
    const fields = {
      min: this.min,
      max: this.max,
      mean: this.mean,
      exceeds: this.exceeds,
      stddev: this.stddev,
      count: this.count,
      percentiles: this.percentiles,
    };
    return `Histogram ${inspect(fields, { ...options, depth: options.depth == null ? null : options.depth - 1 })}`;
  }
}

class RecordableHistogram extends Histogram {
  record(val) {
    const counts = countsOf(this, 'RecordableHistogram');
    if (typeof val === 'bigint') {
      if (val < 1n || val > kInt64Max) throw nativeError(RangeError, 'ERR_OUT_OF_RANGE', 'value is out of range');
      recordOne(counts, Number(val));
      return;
    }
    validateInteger(val, 'val', 1);
    recordOne(counts, val);
  }

  // Records the time (ns) since the previous call; the first call only starts the clock.
  recordDelta() { recordDelta(countsOf(this, 'RecordableHistogram')); }

  add(other) {
    const counts = countsOf(this, 'RecordableHistogram');
    if (!(other instanceof RecordableHistogram)) {
      throw new ERR_INVALID_ARG_TYPE('other', 'RecordableHistogram', other);
    }
    // As node: values out of this one's range are dropped, uncounted, but
    // `count` and `exceeds` add up.
    const from = countsOf(other);
    from.forEachRecorded((value, n) => counts.record(value, n));
    counts.recorded += from.recorded;
    counts.exceeds += from.exceeds;
  }
}

// monitorEventLoopDelay(): a timer every `resolution` ms records the time
// since its previous tick, in ns, so a blocked loop shows as a long delta.
// The timer never keeps the process alive.
class ELDHistogram extends Histogram {
  constructor(token, counts, resolution) {
    super(token, counts);
    this[kTimer] = { resolution, interval: null };
  }

  enable() {
    const timer = this[kTimer];
    if (timer === undefined) throw new ERR_INVALID_THIS('ELDHistogram');
    if (timer.interval !== null) return false;
    const counts = this[kCounts];
    timer.interval = setInterval(() => recordDelta(counts), timer.resolution);
    timer.interval.unref();
    return true;
  }

  disable() {
    const timer = this[kTimer];
    if (timer === undefined) throw new ERR_INVALID_THIS('ELDHistogram');
    if (timer.interval === null) return false;
    clearInterval(timer.interval);
    timer.interval = null;
    return true;
  }
}

const toNumber = (v) => (typeof v === 'bigint' ? Number(v) : v);

function createHistogram(options = {}) {
  validateObject(options, 'options');
  const { lowest = 1, highest = Number.MAX_SAFE_INTEGER, figures = 3 } = options;
  if (typeof lowest !== 'bigint') validateInteger(lowest, 'options.lowest', 1, Number.MAX_SAFE_INTEGER);
  if (typeof highest !== 'bigint') {
    validateInteger(highest, 'options.highest', 2 * toNumber(lowest), Number.MAX_SAFE_INTEGER);
  }
  validateInteger(figures, 'options.figures', 1, 5);
  return new RecordableHistogram(kInternal, new Counts(toNumber(lowest), toNumber(highest), figures));
}

function monitorEventLoopDelay(options = {}) {
  validateObject(options, 'options');
  const { resolution = 10 } = options;
  validateInteger(resolution, 'options.resolution', 1);
  return new ELDHistogram(kInternal, new Counts(1, Number.MAX_SAFE_INTEGER, 3), resolution);
}

module.exports = { createHistogram, monitorEventLoopDelay, Histogram, RecordableHistogram };
