'use strict';
// process.nextTick and queueMicrotask. The runtime drains ticks after every
// callback it delivers (the door) and again whenever promise jobs queued
// more, which gives Node's order: callback, ticks, microtasks, repeat.

const { validateFunction } = require('internal/validators');

let tickInfo; // Int32Array shared with C: [0] ticks queued, [1] rejections pending
let onUncaught;
let processRejections;

// A growable ring of [callback, args] pairs: no per-tick shifting.
let queue = new Array(1024);
let head = 0;
let tail = 0;

function setup(info, uncaughtHandler, rejectionProcessor) {
  tickInfo = info;
  onUncaught = uncaughtHandler;
  processRejections = rejectionProcessor;
}

function push(fn, args) {
  if (tail === queue.length) {
    if (head > 0) {
      queue.copyWithin(0, head, tail);
      tail -= head;
      head = 0;
    }
    if (tail === queue.length) queue.length *= 2;
  }
  queue[tail++] = fn;
  queue[tail++] = args;
}

function nextTick(callback, ...args) {
  validateFunction(callback, 'callback');
  if (process._exiting) return;
  push(callback, args.length === 0 ? undefined : args);
  tickInfo[0] = 1;
}

function runTicks() {
  while (head < tail) {
    const fn = queue[head];
    const args = queue[head + 1];
    queue[head] = undefined;
    queue[head + 1] = undefined;
    head += 2;
    try {
      if (args === undefined) fn();
      else fn(...args);
    } catch (err) {
      onUncaught(err);
    }
  }
  head = 0;
  tail = 0;
  tickInfo[0] = 0;
  if (tickInfo[1] !== 0) processRejections();
}

function hasTicks() { return head < tail; }

function queueMicrotask(callback) {
  validateFunction(callback, 'callback');
  Promise.resolve().then(() => {
    try {
      callback();
    } catch (err) {
      onUncaught(err);
    }
  });
}

module.exports = { setup, nextTick, runTicks, hasTicks, queueMicrotask };
