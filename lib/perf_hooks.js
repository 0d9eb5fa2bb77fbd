'use strict';
// node:perf_hooks
const perf = require('internal/perf');
const { createHistogram, monitorEventLoopDelay } = require('internal/histogram');

module.exports = {
  performance: perf.performance,
  Performance: perf.Performance,
  PerformanceEntry: perf.PerformanceEntry,
  PerformanceMark: perf.PerformanceMark,
  PerformanceMeasure: perf.PerformanceMeasure,
  PerformanceObserver: perf.PerformanceObserver,
  PerformanceObserverEntryList: perf.PerformanceObserverEntryList,
  PerformanceResourceTiming: perf.PerformanceResourceTiming,
  constants: Object.freeze({
    NODE_PERFORMANCE_GC_MAJOR: 4, NODE_PERFORMANCE_GC_MINOR: 1,
    NODE_PERFORMANCE_GC_INCREMENTAL: 8, NODE_PERFORMANCE_GC_WEAKCB: 16,
    NODE_PERFORMANCE_GC_FLAGS_NO: 0, NODE_PERFORMANCE_GC_FLAGS_CONSTRUCT_RETAINED: 2,
    NODE_PERFORMANCE_GC_FLAGS_FORCED: 4, NODE_PERFORMANCE_GC_FLAGS_SYNCHRONOUS_PHANTOM_PROCESSING: 8,
    NODE_PERFORMANCE_GC_FLAGS_ALL_AVAILABLE_GARBAGE: 16, NODE_PERFORMANCE_GC_FLAGS_ALL_EXTERNAL_MEMORY: 32,
    NODE_PERFORMANCE_GC_FLAGS_SCHEDULE_IDLE: 64,
  }),
  monitorEventLoopDelay,
  createHistogram,
};
