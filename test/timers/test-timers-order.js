'use strict';
// Node's order of ticks, microtasks, timers and immediates (taken from node).
const assert = require('assert');

const out = [];
const log = (s) => out.push(s);
setTimeout(() => {
  log('timeout1');
  process.nextTick(() => log('timeout1.tick'));
  Promise.resolve().then(() => log('timeout1.micro'));
}, 0);
setTimeout(() => {
  log('timeout2');
  process.nextTick(() => log('timeout2.tick'));
  Promise.resolve().then(() => log('timeout2.micro'));
}, 0);
// Immediates are queued from a timer so the phase order is deterministic.
setTimeout(() => {
  setImmediate(() => {
    log('imm1');
    process.nextTick(() => log('imm1.tick'));
    Promise.resolve().then(() => log('imm1.micro'));
    setImmediate(() => log('imm3'));
  });
  setImmediate(() => log('imm2'));
  setTimeout(() => log('timeout3'), 0);
}, 5);
Promise.resolve().then(() => {
  log('micro1');
  process.nextTick(() => log('micro1.tick'));
  Promise.resolve().then(() => log('micro1.micro'));
});
process.nextTick(() => {
  log('tick1');
  process.nextTick(() => log('tick1.tick'));
  Promise.resolve().then(() => log('tick1.micro'));
});
queueMicrotask(() => log('qm'));
log('main');

process.on('exit', () => {
  assert.deepStrictEqual(out.slice(0, -2), [
    'main', 'tick1', 'tick1.tick', 'micro1', 'qm', 'tick1.micro', 'micro1.micro', 'micro1.tick',
    'timeout1', 'timeout1.tick', 'timeout1.micro', 'timeout2', 'timeout2.tick', 'timeout2.micro',
    'imm1', 'imm1.tick', 'imm1.micro', 'imm2',
  ]);
  // The next loop iteration runs imm3 (check phase) and timeout3 (timers
  // phase) in an order that depends on elapsed time; both ran.
  assert.deepStrictEqual(out.slice(-2).sort(), ['imm3', 'timeout3']);
});
