'use strict';
// process.on('SIGINT' …): a libuv signal handle per signal while listeners
// exist; with no listener the OS default action applies, as in Node.

let constants;
function table() {
  if (constants === undefined) constants = internalBinding('os').signals;
  return constants;
}

function numberOf(name) {
  const n = table()[name];
  return typeof n === 'number' ? n : undefined;
}

function nameOf(num) {
  const t = table();
  for (const k of Object.keys(t)) if (t[k] === num) return k;
  return undefined;
}

let proc;
let binding;

function isSignal(ev) {
  return typeof ev === 'string' && ev.startsWith('SIG') && numberOf(ev) !== undefined;
}

function setup(process, internalBinding) {
  proc = process;
  process.on('newListener', (ev) => {
    if (!isSignal(ev) || process.listenerCount(ev) > 0) return;
    if (binding === undefined) binding = internalBinding('signal');
    const err = binding.start(numberOf(ev));
    if (err) {
      const { errnoException } = require('internal/errors');
      throw errnoException(err, 'uv_signal_start');
    }
  });
  process.on('removeListener', (ev) => {
    if (!isSignal(ev) || process.listenerCount(ev) > 0 || binding === undefined) return;
    binding.stop(numberOf(ev));
  });
}

function onSignal(signum) {
  const name = nameOf(signum);
  if (name === undefined) return;
  if (!proc.emit(name, name, signum)) binding.raiseDefault(signum);
}

module.exports = { setup, onSignal, numberOf, nameOf };
