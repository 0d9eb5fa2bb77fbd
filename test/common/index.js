'use strict';
// Shared helpers for lode's tests. Tests also run under the system node,
// which is how their expectations are checked.

const assert = require('assert');
const { spawnSync } = require('child_process');
const path = require('path');

const pending = [];

// fn must be called exactly `times` times before the process exits.
function mustCall(fn = () => {}, times = 1) {
  const entry = { calls: 0, times, stack: new Error('mustCall').stack };
  pending.push(entry);
  return function(...args) {
    entry.calls++;
    return fn.apply(this, args);
  };
}

function mustNotCall(msg = 'function should not have been called') {
  return () => assert.fail(msg);
}

process.on('exit', (code) => {
  if (code !== 0) return;
  for (const e of pending) {
    if (e.calls !== e.times) {
      process.exitCode = 1;
      process.stderr.write(`mustCall: expected ${e.times} call(s), got ${e.calls}\n${e.stack}\n`);
    }
  }
});

// Runs this runtime (lode, or node when the tests run under node) on args.
function run(args, options = {}) {
  const r = spawnSync(process.execPath, args, {
    encoding: 'utf8', timeout: 30000, ...options,
  });
  if (r.error) throw r.error;
  return r;
}

const fixtures = path.join(__dirname, '..', 'fixtures');
const isLode = !!process.versions.lode;

// For tests of lode's internal modules: under lode without
// --expose-internals, runs the test file again with it and exits with its
// status (this call does not return then).
function withInternals(file) {
  if (!isLode || process.execArgv.includes('--expose-internals')) return;
  const r = run(['--expose-internals', file]);
  process.stdout.write(r.stdout);
  process.stderr.write(r.stderr);
  process.exit(r.status);
}

module.exports = { mustCall, mustNotCall, run, withInternals, fixtures, isLode };
