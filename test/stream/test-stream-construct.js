'use strict';
// options.construct delays _read/_write/_final until its callback; signal option.
const assert = require('assert');
const { Duplex, Readable, Writable, PassThrough } = require('stream');

let checks = 0;
process.on('exit', () => assert.strictEqual(checks, 4));

// Duplex: both sides wait for construct.
{
  const log = [];
  const d = new Duplex({
    construct(cb) { log.push('construct'); setImmediate(cb); },
    read() { log.push('read'); this.push('r'); this.push(null); },
    write(c, e, cb) { log.push(`write:${c}`); cb(); },
    final(cb) { log.push('final'); cb(); },
  });
  d.write('w');
  d.end();
  d.on('data', (x) => log.push(`data:${x}`));
  for (const n of ['end', 'finish', 'close']) d.on(n, () => log.push(n));
  d.on('close', () => {
    assert.deepStrictEqual(log, ['construct', 'write:w', 'final', 'read', 'finish', 'data:r', 'end', 'close']);
    checks++;
  });
}

// Readable and Writable.
{
  const log = [];
  const r = new Readable({
    construct(cb) { log.push('construct'); cb(); },
    read() { log.push('read'); this.push(null); },
  });
  log.push('sync');
  r.resume();
  r.on('end', () => {
    assert.deepStrictEqual(log, ['sync', 'construct', 'read']);
    checks++;
  });
}
{
  const w = new Writable({
    construct(cb) { cb(new Error('no way')); },
    write(c, e, cb) { assert.fail('write called'); cb(); },
  });
  const log = [];
  w.write('a', (err) => log.push(`cb:${err.message}`));
  w.on('error', (err) => log.push(`error:${err.message}`));
  w.on('close', () => {
    assert.deepStrictEqual(log, ['cb:no way', 'error:no way']);
    checks++;
  });
}

// Object.keys order matches Node (the _events object comes first).
assert.deepStrictEqual(Object.keys(new Readable()), ['_events', '_readableState', '_maxListeners']);
assert.deepStrictEqual(Object.keys(new Duplex()),
                       ['_events', '_readableState', '_writableState', 'allowHalfOpen', '_maxListeners']);

// signal option on a Duplex.
{
  const ac = new AbortController();
  const p = new PassThrough({ signal: ac.signal });
  let name;
  p.on('error', (err) => { name = err.name; });
  p.on('close', () => {
    assert.strictEqual(name, 'AbortError');
    checks++;
  });
  ac.abort();
}
