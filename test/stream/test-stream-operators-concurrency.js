'use strict';
// Readable operators with concurrency/highWaterMark/signal, as Node 20 runs
// them: up to `concurrency` calls at once, output in source order.
const common = require('../common');
const assert = require('assert');
const { Readable } = require('stream');

const turn = () => new Promise((resolve) => setImmediate(resolve));
function deferred() {
  let resolve;
  let reject;
  const promise = new Promise((a, b) => { resolve = a; reject = b; });
  return { promise, resolve, reject };
}

// Validation happens when the operator is called.
{
  const r = Readable.from([1]);
  assert.throws(() => r.map((x) => x, { concurrency: 0 }), {
    code: 'ERR_OUT_OF_RANGE',
    message: 'The value of "options.concurrency" is out of range. It must be >= 1 && <= 9007199254740991. Received 0',
  });
  assert.throws(() => r.map((x) => x, { concurrency: 'x' }), {
    code: 'ERR_OUT_OF_RANGE',
    message: 'The value of "options.concurrency" is out of range. It must be an integer. Received NaN',
  });
  assert.throws(() => r.filter((x) => x, { concurrency: Infinity }), { code: 'ERR_OUT_OF_RANGE' });
  assert.throws(() => r.flatMap((x) => x, { highWaterMark: -1 }), {
    code: 'ERR_OUT_OF_RANGE',
    message: 'The value of "options.highWaterMark" is out of range. It must be >= 0 && <= 9007199254740991. Received -1',
  });
  assert.throws(() => r.map((x) => x, { concurrency: 0, signal: 5 }), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "options.signal" property must be an instance of AbortSignal. Received type number (5)',
  });
  assert.throws(() => r.map(5, { concurrency: 0 }), { code: 'ERR_INVALID_ARG_TYPE', message: /"fn" argument/ });
  // Fractions are floored.
  r.map((x) => x, { concurrency: 1.5, highWaterMark: 1.5 });
}

// Node's lengths (what takes an options default has one less).
assert.deepStrictEqual(['asIndexedPairs', 'drop', 'filter', 'flatMap', 'map', 'take', 'compose', 'every',
  'forEach', 'reduce', 'toArray', 'some', 'find'].map((k) => Readable.prototype[k].length),
[0, 1, 2, 2, 2, 1, 2, 1, 2, 3, 1, 1, 2]);

// Runs op over 1..8 with functions that wait for the test, settling the
// newest pending call first; records pulls, calls and outputs in order.
async function trace(op, options, settle = (k) => k * 10) {
  const events = [];
  const calls = new Map();
  const source = Readable.from((function*() {
    for (let i = 1; i <= 8; i++) {
      events.push(`pull${i}`);
      yield i;
    }
  })());
  const out = source[op]((x) => {
    events.push(`call${x}`);
    const d = deferred();
    calls.set(x, d);
    return d.promise;
  }, options);
  out.on('data', (v) => events.push(`out${Array.isArray(v) ? v[0] : v}`));
  const ended = new Promise((resolve) => out.on('end', resolve));
  await turn();
  await turn();
  events.push('|');
  let inFlightMax = 0;
  const settled = new Set();
  while (settled.size < 8) {
    const open = [...calls.keys()].filter((k) => !settled.has(k));
    inFlightMax = Math.max(inFlightMax, open.length);
    const k = Math.max(...open);
    settled.add(k);
    calls.get(k).resolve(settle(k));
    await turn();
    events.push(`|${k}`);
  }
  await ended;
  return { events: events.join(' '), inFlightMax };
}

(async () => {
  // map: the calls in flight stay at `concurrency`; outputs keep source
  // order; a settled call lets the next chunk in at once.
  {
    const { events, inFlightMax } = await trace('map', { concurrency: 2 });
    assert.strictEqual(inFlightMax, 2);
    assert.strictEqual(events,
      'pull1 pull2 call1 pull3 call2 | pull4 call3 |2 |3 out10 pull5 call4 out20 pull6 call5 out30 |1 ' +
      'pull7 call6 |5 |6 out40 pull8 call7 out50 call8 out60 |4 |8 out70 out80 |7');
  }
  {
    const { events, inFlightMax } = await trace('map', { concurrency: 3 });
    assert.strictEqual(inFlightMax, 3);
    assert.strictEqual(events,
      'pull1 pull2 call1 pull3 call2 pull4 call3 | pull5 call4 |3 pull6 call5 |4 |5 |2 out10 pull7 call6 ' +
      'out20 pull8 call7 out30 call8 out40 out50 |1 |8 |7 out60 out70 out80 |6');
  }
  // highWaterMark 0: no results wait beyond the calls in flight.
  {
    const { events } = await trace('map', { concurrency: 2, highWaterMark: 0 });
    assert.strictEqual(events,
      'pull1 pull2 call1 pull3 call2 | |2 out10 pull4 call3 out20 pull5 call4 |1 |4 out30 pull6 call5 out40 ' +
      'pull7 call6 |3 |6 out50 pull8 call7 out60 call8 |5 |8 out70 out80 |7');
  }
  // The default is one call at a time.
  {
    const { events, inFlightMax } = await trace('map', {});
    assert.strictEqual(inFlightMax, 1);
    assert.strictEqual(events,
      'pull1 pull2 call1 | out10 pull3 call2 |1 out20 pull4 call3 |2 out30 pull5 call4 |3 out40 pull6 call5 ' +
      '|4 out50 pull7 call6 |5 out60 pull8 call7 |6 out70 call8 |7 out80 |8');
  }
  // filter and flatMap share map's scheduling.
  {
    const { events, inFlightMax } = await trace('filter', { concurrency: 3 }, (k) => k % 2 === 1);
    assert.strictEqual(inFlightMax, 3);
    assert.strictEqual(events,
      'pull1 pull2 call1 pull3 call2 pull4 call3 | pull5 call4 |3 pull6 call5 |4 |5 |2 out1 pull7 call6 ' +
      'pull8 out3 call7 call8 out5 |1 |8 |7 out7 |6');
  }
  {
    const { events } = await trace('flatMap', { concurrency: 2 }, (k) => [k, k]);
    assert.strictEqual(events,
      'pull1 pull2 call1 pull3 call2 | pull4 call3 |2 |3 out1 out1 pull5 call4 out2 out2 pull6 call5 out3 out3 ' +
      '|1 pull7 call6 |5 |6 out4 out4 pull8 call7 out5 out5 call8 out6 out6 |4 |8 out7 out7 out8 out8 |7');
  }

  // Results for a consumer that stopped reading: concurrency plus
  // highWaterMark (default concurrency - 1) bound the work done ahead.
  for (const [options, expected] of [[{ concurrency: 2 }, 4], [{ concurrency: 4, highWaterMark: 1 }, 6], [{}, 2]]) {
    let calls = 0;
    const m = Readable.from([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]).map(async (x) => { calls++; return x; }, options);
    const it = m[Symbol.asyncIterator]();
    await it.next();
    for (let i = 0; i < 5; i++) await turn();
    assert.strictEqual(calls, expected, JSON.stringify(options));
    await it.return();
  }

  // forEach, some, every, find run concurrently too.
  {
    let active = 0;
    let max = 0;
    const seen = [];
    await Readable.from([1, 2, 3, 4, 5]).forEach(async (x) => {
      active++;
      max = Math.max(max, active);
      await turn();
      seen.push(x);
      active--;
    }, { concurrency: 3 });
    assert.strictEqual(max, 3);
    assert.deepStrictEqual(seen.sort(), [1, 2, 3, 4, 5]);
  }
  {
    const calls = [];
    const found = await Readable.from([1, 2, 3, 4, 5]).some(async (x) => {
      calls.push(x);
      await turn();
      return x === 1;
    }, { concurrency: 3 });
    assert.strictEqual(found, true);
    assert.deepStrictEqual(calls, [1, 2, 3, 4]);
    assert.strictEqual(await Readable.from([1, 2, 3]).every(async (x) => x > 0, { concurrency: 2 }), true);
    assert.strictEqual(await Readable.from([1, 2, 3]).every(async (x) => x < 3, { concurrency: 2 }), false);
    assert.strictEqual(await Readable.from([1, 2, 3, 4]).find(async (x) => x > 1, { concurrency: 4 }), 2);
    assert.deepStrictEqual(
      await Readable.from([1, 2, 3]).flatMap(async function*(x) { yield x; yield x * 10; }, { concurrency: 2 })
        .toArray(),
      [1, 10, 2, 20, 3, 30]);
  }

  // A failing call ends the output at its place and starts no new calls.
  {
    const calls = [];
    const got = [];
    const first = deferred();
    const source = Readable.from([1, 2, 3, 4, 5]);
    const m = source.map((x) => {
      calls.push(x);
      if (x === 1) return first.promise;
      if (x === 2) return Promise.reject(new Error('two'));
      return x;
    }, { concurrency: 2 });
    const done = (async () => {
      for await (const v of m) got.push(v);
    })();
    await turn();
    first.resolve(1);
    await assert.rejects(done, { message: 'two' });
    await turn();
    assert.deepStrictEqual(got, [1]);
    assert.deepStrictEqual(calls, [1, 2]);
    assert.strictEqual(source.destroyed, true);
  }
  // So does a synchronous throw.
  await assert.rejects(Readable.from([1, 2]).map((x) => {
    if (x === 2) throw new Error('sync');
    return x;
  }, { concurrency: 2 }).toArray(), { message: 'sync' });

  // options.signal aborts the calls' signal and rejects with an AbortError.
  {
    const ac = new AbortController();
    const signals = [];
    const pending = [];
    const m = Readable.from([1, 2, 3]).map((x, { signal }) => {
      signals.push(signal);
      const d = deferred();
      pending.push(d);
      return d.promise;
    }, { signal: ac.signal, concurrency: 2 });
    const result = m.toArray();
    await turn();
    assert.strictEqual(signals.length, 2);
    assert.strictEqual(signals[0], signals[1]);
    assert.strictEqual(signals[0].aborted, false);
    ac.abort(new Error('why'));
    assert.strictEqual(signals[0].aborted, true);
    pending[0].resolve(1);
    await assert.rejects(result, (err) => {
      assert.strictEqual(err.name, 'AbortError');
      assert.strictEqual(err.cause, undefined);
      return true;
    });
  }
  // Already aborted: fn never runs.
  {
    const ac = new AbortController();
    ac.abort('R');
    const options = { signal: ac.signal };
    const fn = common.mustNotCall();
    await assert.rejects(Readable.from([1]).map(fn, options).toArray(), { name: 'AbortError' });
    await assert.rejects(Readable.from([1]).forEach(fn, options), { name: 'AbortError' });
    // toArray and reduce give the signal's reason as the cause.
    await assert.rejects(Readable.from([1]).toArray(options), (err) => err.name === 'AbortError' && err.cause === 'R');
    await assert.rejects(Readable.from([1]).reduce(fn, 0, options),
      (err) => err.name === 'AbortError' && err.cause === 'R');
    await assert.rejects(Readable.from([1]).take(1, options).toArray(),
      (err) => err.name === 'AbortError' && err.cause === undefined);
  }

  // Leaving early destroys the source.
  {
    const source = Readable.from([1, 2, 3, 4, 5]);
    const m = source.map((x) => x, { concurrency: 2 });
    for await (const v of m) { assert.strictEqual(v, 1); break; }
    await turn();
    assert.strictEqual(source.destroyed, true);
    assert.strictEqual(m.destroyed, true);
  }

  // take and drop count as Node does: no rounding of fractions.
  for (const [n, taken, dropped] of [[1.5, [1, 2], [3, 4]], [0.5, [1], [2, 3, 4]], ['2', [1, 2], [3, 4]],
    [NaN, [], [1, 2, 3, 4]], [Infinity, [1, 2, 3, 4], []]]) {
    assert.deepStrictEqual(await Readable.from([1, 2, 3, 4]).take(n).toArray(), taken, `take(${n})`);
    assert.deepStrictEqual(await Readable.from([1, 2, 3, 4]).drop(n).toArray(), dropped, `drop(${n})`);
  }
  assert.throws(() => Readable.from([1]).drop(-0.5), {
    code: 'ERR_OUT_OF_RANGE', message: 'The value of "number" is out of range. It must be >= 0. Received -0.5',
  });
  await assert.rejects(Readable.from([1]).reduce(5), {
    code: 'ERR_INVALID_ARG_TYPE', message: /^The "reducer" argument must be of type function/,
  });

  // asIndexedPairs still works, with a one-time deprecation warning.
  {
    const warnings = [];
    process.on('warning', (w) => warnings.push(w));
    assert.deepStrictEqual(await Readable.from(['a', 'b']).asIndexedPairs().toArray(), [[0, 'a'], [1, 'b']]);
    Readable.from([]).asIndexedPairs();
    await turn();
    assert.strictEqual(warnings.length, 1);
    assert.strictEqual(warnings[0].name, 'DeprecationWarning');
    assert.strictEqual(warnings[0].message, 'readable.asIndexedPairs will be removed in a future version.');
  }
})().then(common.mustCall());
