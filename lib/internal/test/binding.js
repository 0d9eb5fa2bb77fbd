'use strict';
// require('internal/test/binding') under --expose-internals, as in Node:
// lode's tests reach the native bindings through it.
module.exports = { internalBinding };
