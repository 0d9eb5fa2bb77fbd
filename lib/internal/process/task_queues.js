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

// Fixed arity, no rest parameter or spread: JSC's optimizing tiers inline
// these into every caller, and varargs there cost recompilations when the
// argument count changes.
function nextTick(callback) {
  validateFunction(callback, 'callback');
  if (process._exiting) return;
  const n = arguments.length;
  let args;
  if (n === 2) args = [arguments[1]];
  else if (n === 3) args = [arguments[1], arguments[2]];
  else if (n > 3) {
    args = new Array(n - 1);
    for (let i = 1; i < n; i++) args[i - 1] = arguments[i];
  }
  push(callback, args);
  tickInfo[0] = 1;
}

function callTick(fn, args) {
  if (args === undefined) return fn();
  switch (args.length) {
    case 1: return fn(args[0]);
    case 2: return fn(args[0], args[1]);
    case 3: return fn(args[0], args[1], args[2]);
    default: return Reflect.apply(fn, undefined, args);
  }
}

function runTicks() {
  while (head < tail) {
    const fn = queue[head];
    const args = queue[head + 1];
    queue[head] = undefined;
    queue[head + 1] = undefined;
    head += 2;
    try {
      callTick(fn, args);
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
