'use strict';
// performance.markResourceTiming() (what fetch implementations call, even
// unbound) makes PerformanceResourceTiming entries from a fetch timing
// info: observed, kept in a buffer of settable size, cleared on demand.
const assert = require('assert');
const { performance, PerformanceObserver, PerformanceResourceTiming } = require('perf_hooks');
const { mustCall } = require('../common');

assert.strictEqual(globalThis.PerformanceResourceTiming, PerformanceResourceTiming);
assert.throws(() => new PerformanceResourceTiming(), { code: 'ERR_ILLEGAL_CONSTRUCTOR' });
assert.ok(PerformanceObserver.supportedEntryTypes.includes('resource'));

const info = {
  startTime: 10, endTime: 25, redirectStartTime: 0, redirectEndTime: 0, postRedirectStartTime: 10,
  finalServiceWorkerStartTime: 0, finalNetworkRequestStartTime: 12, finalNetworkResponseStartTime: 20,
  encodedBodySize: 100, decodedBodySize: 200,
  finalConnectionTimingInfo: { domainLookupStartTime: 10, domainLookupEndTime: 11, connectionStartTime: 11,
    connectionEndTime: 12, secureConnectionStartTime: 0, ALPNNegotiatedProtocol: 'http/1.1' },
};
const observer = new PerformanceObserver(mustCall((list) => {
  // Observers see every entry, the full buffer's too.
  assert.deepStrictEqual(list.getEntries().map((e) => e.name), ['http://a/1', 'http://a/2', 'http://a/3', 'http://a/4']);
  observer.disconnect();
}));
observer.observe({ type: 'resource' });

const mark = performance.markResourceTiming; // node's works unbound (undici's fetch calls it so)
const e = mark(info, 'http://a/1', 'fetch', globalThis, '');
assert.ok(e instanceof PerformanceResourceTiming);
assert.strictEqual(e.entryType, 'resource');
assert.strictEqual(e.name, 'http://a/1');
assert.strictEqual(e.startTime, 10);
assert.strictEqual(e.duration, 15);
assert.strictEqual(e.initiatorType, 'fetch');
assert.strictEqual(e.nextHopProtocol, 'http/1.1');
assert.strictEqual(e.fetchStart, 10);
assert.strictEqual(e.connectEnd, 12);
assert.strictEqual(e.requestStart, 12);
assert.strictEqual(e.responseStart, 20);
assert.strictEqual(e.responseEnd, 25);
assert.strictEqual(e.transferSize, 400);
assert.strictEqual(e.decodedBodySize, 200);
assert.strictEqual(e.toJSON().domainLookupEnd, 11);
assert.strictEqual(mark(info, 'http://a/2', 'fetch', globalThis, 'local').transferSize, 0);

assert.deepStrictEqual(performance.getEntriesByType('resource').map((x) => x.name), ['http://a/1', 'http://a/2']);
assert.strictEqual(performance.getEntriesByName('http://a/2')[0].name, 'http://a/2');
performance.clearResourceTimings();
assert.strictEqual(performance.getEntriesByType('resource').length, 0);
performance.setResourceTimingBufferSize(1);
mark(info, 'http://a/3', 'fetch', globalThis, '');
mark(info, 'http://a/4', 'fetch', globalThis, '');
assert.deepStrictEqual(performance.getEntriesByType('resource').map((x) => x.name), ['http://a/3']);
