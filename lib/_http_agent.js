'use strict';
// node's old internal module names, still required by packages: http's Agent.
const http = require('http');

module.exports = { Agent: http.Agent };
Object.defineProperty(module.exports, 'globalAgent', {
  get() { return http.globalAgent; },
  set(value) { http.globalAgent = value; },
  enumerable: true,
  configurable: true,
});
