'use strict';
// node's old internal module names, still required by packages.
module.exports = { ClientRequest: require('http').ClientRequest };
