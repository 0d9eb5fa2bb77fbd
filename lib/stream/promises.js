'use strict';
// node:stream/promises: the same object as require('stream').promises.

module.exports = require('stream').promises;
