'use strict';
// node:console is the global console (which carries the Console class).
module.exports = globalThis.console;
