'use strict';
// node's old internal module names, still required by packages.
const http = require('http');

module.exports = { STATUS_CODES: http.STATUS_CODES, Server: http.Server, ServerResponse: http.ServerResponse };
