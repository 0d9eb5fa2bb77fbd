'use strict';
// node:readline: Interface (see internal/readline/interface), the cursor
// helpers and emitKeypressEvents, and readline.promises.

const { Interface } = require('internal/readline/interface');
const { emitKeypressEvents, cursorTo, moveCursor, clearLine, clearScreenDown } = require('internal/readline/keys');

function createInterface(input, output, completer, terminal) {
  return new Interface(input, output, completer, terminal);
}

module.exports = {
  Interface,
  clearLine,
  clearScreenDown,
  createInterface,
  cursorTo,
  emitKeypressEvents,
  moveCursor,
};

Object.defineProperty(module.exports, 'promises', {
  configurable: true,
  enumerable: true,
  get() { return require('readline/promises'); },
});
