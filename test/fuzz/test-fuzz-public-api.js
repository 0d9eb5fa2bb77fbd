'use strict';
// lode never crashes on input from JavaScript: every function of the public
// modules (and of the objects they export) is called with awkward
// arguments (detached and odd-sized buffers, throwing getters and proxies,
// huge and negative lengths, symbols, bigints, bogus options). Errors are
// expected; a child killed by a signal (a segfault, an abort) or one that
// does not finish is a failure. Seeds are fixed, so a failure reproduces:
// `build/lode test/fuzz/test-fuzz-public-api.js child MODULE SEED`.
const assert = require('assert');
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const kModules = ['buffer', 'string_decoder', 'url', 'querystring', 'punycode', 'path', 'util', 'events',
  'assert', 'os', 'fs', 'stream', 'zlib', 'crypto', 'timers', 'net', 'http', 'tls', 'dgram', 'vm',
  'v8', 'readline', 'diagnostics_channel', 'async_hooks', 'perf_hooks', 'worker_threads'];
const kCallsPerFunction = 15;
const kCallsPerMethod = 5;
const kMaxInstances = 40;

// Side effects the fuzz must not have: leaving the process, touching other
// processes, listening or connecting, or anything slow. (node:dns is left
// out: its queries would go to the system's resolver.)
const kSkip = new Set(['exit', 'abort', 'kill', 'reallyExit', 'chdir', 'setuid', 'setgid', 'seteuid',
  'setegid', 'setgroups', 'initgroups', 'dlopen', 'disconnect', 'execve', 'spawn', 'spawnSync', 'exec',
  'execSync', 'execFile', 'execFileSync', 'fork', 'setRawMode', 'rm', 'rmSync', 'rmdir', 'rmdirSync',
  'unlink', 'unlinkSync', 'watch', 'watchFile', 'createServer', 'listen', 'connect', 'createConnection',
  'request', 'get', 'setTimeout', 'setInterval', 'setImmediate', 'lookup', 'lookupService', 'resolve',
  'emitWarning', 'mkdtempSync', 'cp', 'cpSync', 'read', 'readSync', 'write', 'writeSync', 'close',
  'closeSync', 'open', 'openSync', 'pipeline', 'scrypt', 'scryptSync', 'generatePrime',
  'generatePrimeSync', 'generateKeyPair', 'generateKeyPairSync', 'generateKey', 'generateKeySync',
  'pbkdf2', 'pbkdf2Sync', 'start', 'createReadStream', 'createWriteStream', 'readv', 'readvSync',
  'writev', 'writevSync', 'fchmodSync', 'fchownSync', 'futimesSync', 'fstatSync', 'fsyncSync',
  'fdatasyncSync', 'ftruncateSync', 'setHeapSnapshotNearHeapLimit', 'writeHeapSnapshot',
  'getHeapSnapshot', 'takeCoverage', 'stopCoverage', 'setFlagsFromString', 'Worker', 'runInNewContext',
  'runInContext', 'runInThisContext', 'compileFunction', 'Script', 'measureMemory', 'debuglog', 'send',
  'setDefaultResultOrder', 'setServers', 'checkPrime', 'checkPrimeSync', 'emitKeypressEvents',
  // The engine's own: Intl walks an array-like's `length` (2 ** 40 here) index by index.
  'toLocaleString']);

function fuzz(name, seed) {
  let s = seed;
  const rnd = (n) => {
    s ^= s << 13; s ^= s >>> 17; s ^= s << 5;
    return (s >>> 0) % n;
  };
  const detached = new ArrayBuffer(8);
  const detachedView = new Uint8Array(detached);
  structuredClone(detached, { transfer: [detached] });
  assert.strictEqual(detached.byteLength, 0);
  const throwing = {
    get length() { throw new Error('length'); },
    valueOf() { throw new Error('valueOf'); },
    toString() { throw new Error('toString'); },
  };
  const proxy = new Proxy({}, { get() { throw new Error('proxy'); } });
  // Sizes that are valid and huge (2 ** 31) would only make the run slow:
  // the large numbers here are all out of range.
  const values = [undefined, null, 0, -1, 1, 65537, 2 ** 32 + 1, -(2 ** 31), 2 ** 53, NaN, Infinity,
    -Infinity, 0.5, '', 'a', 'x'.repeat(100000), '\ud800', 'utf8', 'hex', 'base64', 'latin1', 'ucs2',
    '.', 'file:///x', true, false, Symbol('s'), 10n, -1n, [], [1, 2, 3], {}, { length: -1 },
    { length: 2 ** 40 }, throwing, proxy, Buffer.alloc(0), Buffer.alloc(10), new Uint16Array(3),
    new Float64Array(2), new DataView(new ArrayBuffer(8)), new ArrayBuffer(8), detached,
    detachedView, () => {}, function f() { return 1; }, new Date(NaN), /re/g, new Map(),
    Object.create(null), { encoding: 'bogus' }, { start: -1, end: 2 ** 60 }, { highWaterMark: -1 },
    { signal: 1 }];
  const targets = [];
  const mod = require(name);
  // The module's functions, those of the objects it exports, the static
  // methods of its classes, and their prototype methods (called on the
  // prototype itself: the wrong `this`).
  const seen = new Set();
  const collect = (obj, depth) => {
    if (seen.has(obj)) return;
    seen.add(obj);
    for (const k of Object.getOwnPropertyNames(obj)) {
      if (kSkip.has(k) || k === 'constructor' || k === 'caller' || k === 'arguments') continue;
      let v;
      try { v = obj[k]; } catch { continue; }
      if (v === null || (typeof v !== 'object' && typeof v !== 'function')) continue;
      if (typeof v === 'function' && k !== 'prototype') targets.push([v, obj]);
      if (depth < 2 && k !== 'constants') collect(v, depth + 1);
    }
  };
  collect(mod, 0);
  process.on('uncaughtException', () => {});
  process.on('unhandledRejection', () => {});
  let calls = 0;
  let expected = targets.length * kCallsPerFunction;
  const instances = [];
  for (const [fn, self] of targets) {
    for (let i = 0; i < kCallsPerFunction; i++, calls++) {
      const args = [];
      for (let n = rnd(5); n > 0; n--) args.push(values[rnd(values.length)]);
      try {
        const r = Reflect.apply(fn, rnd(2) ? self : undefined, args);
        if (r !== null && typeof r === 'object' && typeof r.then === 'function') r.then(() => {}, () => {});
      } catch {}
      if (/^[A-Z]/.test(fn.name)) {
        try {
          const obj = Reflect.construct(fn, args);
          const size = Math.max(Number(obj.length) || 0, Number(obj.byteLength) || 0);
          if (instances.length < kMaxInstances && size <= 65536) instances.push(obj);
        } catch {}
      }
    }
  }
  // Then the methods of the objects that could be made (the right `this`).
  for (const obj of instances) {
    const methods = [];
    const names = new Set(['constructor']); // a shadowed method is not reachable: once per name
    for (let p = Object.getPrototypeOf(obj), depth = 0; p !== null && p !== Object.prototype && depth < 4;
      p = Object.getPrototypeOf(p), depth++) {
      for (const k of Object.getOwnPropertyNames(p)) {
        if (kSkip.has(k) || names.has(k)) continue;
        names.add(k);
        const d = Object.getOwnPropertyDescriptor(p, k);
        if (typeof d.value === 'function') methods.push(d.value);
      }
    }
    for (const m of methods) {
      for (let i = 0; i < kCallsPerMethod; i++, calls++) {
        const args = [];
        for (let n = rnd(4); n > 0; n--) args.push(values[rnd(values.length)]);
        try {
          const r = Reflect.apply(m, obj, args);
          if (r !== null && typeof r === 'object' && typeof r.then === 'function') r.then(() => {}, () => {});
        } catch {}
      }
      expected += kCallsPerMethod;
    }
  }
  // The parent checks that the calls were made (an exception out of the
  // loop itself would otherwise pass silently).
  fs.writeSync(1, `\n${calls} ${expected}\n`); // after whatever a call wrote to fd 1
  // Let callbacks and promise jobs the calls queued run, then leave.
  setTimeout(() => process.exit(0), 100);
}

if (process.argv[2] === 'child') {
  // Files the calls make land in a folder of the child's own, gone at exit
  // (also when the child is run by hand).
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lode-fuzz-'));
  process.chdir(dir);
  process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
  fuzz(process.argv[3], Number(process.argv[4]));
} else {
  let total = 0;
  for (const name of kModules) {
    for (const seed of [1, 2]) {
      const r = spawnSync(process.execPath, [__filename, 'child', name, String(seed)],
        { timeout: 60000, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
      const how = `${name} seed ${seed}: status ${r.status}, signal ${r.signal}\n${(r.stderr || '').slice(-2000)}`;
      assert.strictEqual(r.signal, null, how);
      assert.strictEqual(r.status, 0, how);
      const [calls, expected] = r.stdout.trim().split('\n').pop().split(' ').map(Number);
      assert.strictEqual(calls, expected, `${name}: the calls did not all run`);
      total += calls;
    }
  }
  console.log(`${total} calls`);
}
