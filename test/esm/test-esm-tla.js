'use strict';
// Top-level await: the evaluation order of async graphs (the expected
// orders are node's), values of awaited exports, errors cached and thrown
// again to every importer, and the exit code 13 of a main module whose
// top-level await never settles.
const assert = require('assert');
const path = require('path');
const { fixtures, mustCall, run } = require('../common');

const dir = path.join(fixtures, 'esm', 'tla');

(async () => {
  // The three graphs share one log module.
  const { log } = await import(path.join(dir, 'main.mjs'));
  assert.deepStrictEqual(log.splice(0), [
    'a1 sync', 'a start', 'b start', 'a1 micro', 'a after await', 'b after 1', 'b after 2', 'a1 tick',
    'a done', 'd', 'c 1', 'main',
  ]);
  await import(path.join(dir, 'cycle-main.mjs'));
  assert.deepStrictEqual(log.splice(0), ['z start', 'z end', 'y', 'x start', 'x end', 'w', 'cycle main']);
  await import(path.join(dir, 'order-main.mjs'));
  assert.deepStrictEqual(log.splice(0), ['p1 start', 'p1 end', 'p2', 'q', 'p3 start', 'p3 end', 'order main']);

  const v = await import(path.join(dir, 'value.mjs'));
  assert.strictEqual(v.value, 'awaited');
  assert.strictEqual(v.before, 'string');

  // Errors: the same error object for every import of the module and of
  // the modules that import it; the importer never runs.
  const results = await Promise.allSettled([
    import(path.join(dir, 'async-throw.mjs')),
    import(path.join(dir, 'imports-async-throw.mjs')),
    import(path.join(dir, 'async-throw.mjs')),
  ]);
  assert.deepStrictEqual(results.map((r) => r.status), ['rejected', 'rejected', 'rejected']);
  assert.strictEqual(results[0].reason.message, 'async boom');
  assert.strictEqual(results[1].reason, results[0].reason);
  assert.strictEqual(results[2].reason, results[0].reason);
  const again = await import(path.join(dir, 'imports-async-throw.mjs')).catch((e) => e);
  assert.strictEqual(again, results[0].reason);
  const s1 = await import(path.join(dir, 'sync-throw.mjs')).catch((e) => e);
  const s2 = await import(path.join(dir, 'sync-throw.mjs')).catch((e) => e);
  assert.strictEqual(s1.message, 'sync boom');
  assert.strictEqual(s1, s2);
  assert.strictEqual(globalThis.esmNeverRuns, undefined);

  // A main module whose await never settles: exit code 13, no output.
  const r = run([path.join(dir, 'never.mjs')]);
  assert.strictEqual(r.status, 13);
  assert.strictEqual(r.stdout, '');
  assert.strictEqual(globalThis.esmNeverRuns, undefined);
})().then(mustCall());
