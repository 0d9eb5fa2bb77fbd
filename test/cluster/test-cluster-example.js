'use strict';
// examples/cluster.js: two workers share one port; concurrent requests are
// answered by both; a killed worker is replaced and clients that retry see
// no failure; when the primary goes, so do its workers.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const path = require('path');
const { spawn } = require('child_process');

const example = path.join(__dirname, '..', '..', 'examples', 'cluster.js');
const primary = spawn(process.execPath, [example], {
  env: { ...process.env, PORT: '0', WORKERS: '2' },
  stdio: ['ignore', 'pipe', 'inherit'],
});

const listening = new Map(); // worker id -> pid
let port = 0;
let exited = 0;
let waiters = [];
let out = '';
primary.stdout.setEncoding('utf8');
primary.stdout.on('data', (d) => {
  out += d;
  let nl;
  while ((nl = out.indexOf('\n')) !== -1) {
    const line = out.slice(0, nl);
    out = out.slice(nl + 1);
    let m = /^worker (\d+) \(pid (\d+)\) listening on http:\/\/127\.0\.0\.1:(\d+)\/$/.exec(line);
    if (m) {
      listening.set(Number(m[1]), Number(m[2]));
      assert.ok(port === 0 || port === Number(m[3]), 'all workers share one port');
      port = Number(m[3]);
    } else if ((m = /^worker (\d+) exited \((.+)\); forking a replacement$/.exec(line))) {
      exited++;
    }
    const ready = waiters.filter((w) => w.test());
    waiters = waiters.filter((w) => !w.test());
    for (const w of ready) w.resolve();
  }
});
function until(test) {
  return test() ? Promise.resolve() : new Promise((resolve) => waiters.push({ test, resolve }));
}

function get() {
  return new Promise((resolve, reject) => {
    const req = http.get({ host: '127.0.0.1', port, path: '/', agent: false }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d) => { body += d; });
      res.on('end', () => resolve(body));
    }).on('error', reject);
    // A connection handed to a worker that is being killed may never be
    // answered: give up on it and retry, as a client would.
    req.setTimeout(2000, () => {
      const err = new Error('no answer');
      err.code = 'ETIMEDOUT';
      req.destroy(err);
    });
  });
}

async function getWithRetry() {
  for (let i = 0; ; i++) {
    try {
      return await get();
    } catch (err) {
      if (i === 50 || !['ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'ETIMEDOUT'].includes(err.code)) throw err;
      await new Promise((r) => setTimeout(r, 20));
    }
  }
}

function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

(async () => {
  await until(() => listening.size >= 2);
  const ids = new Set();
  for (let round = 0; round < 5 && ids.size < 2; round++) {
    const bodies = await Promise.all(Array.from({ length: 20 }, getWithRetry));
    for (const b of bodies) {
      const m = /^Hello World from worker (\d+) \(pid \d+\)\n$/.exec(b);
      assert.ok(m, JSON.stringify(b));
      ids.add(Number(m[1]));
    }
  }
  assert.ok(ids.size >= 2, `answers came from ${[...ids]}`);

  // Kill worker 1: it is replaced (worker 3) and retrying clients see no failure.
  const victim = listening.get(1);
  process.kill(victim, 'SIGKILL');
  const requests = [];
  for (let i = 0; i < 20; i++) requests.push(getWithRetry());
  await until(() => exited === 1 && listening.has(3));
  const bodies = await Promise.all(requests);
  for (const b of bodies) assert.match(b, /^Hello World from worker (2|3) /);

  // The primary's end takes the workers with it.
  const pids = [...listening.values()].filter((pid) => pid !== victim);
  primary.kill('SIGTERM');
  primary.on('exit', common.mustCall(async () => {
    for (let i = 0; i < 100 && pids.some(alive); i++) await new Promise((r) => setTimeout(r, 20));
    assert.deepStrictEqual(pids.filter(alive), [], 'no worker outlives the primary');
  }));
})().catch((err) => {
  primary.kill('SIGKILL');
  throw err;
});
