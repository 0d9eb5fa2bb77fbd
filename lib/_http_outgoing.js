'use strict';
// node's old internal module names, still required by packages.
const http = require('http');

module.exports = {
  OutgoingMessage: http.OutgoingMessage,
  validateHeaderName: http.validateHeaderName,
  validateHeaderValue: http.validateHeaderValue,
};
