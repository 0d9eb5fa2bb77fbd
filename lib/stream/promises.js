'use strict';
// node:stream/promises

const { promises } = require('stream');

module.exports = {
  finished: promises.finished,
  pipeline: promises.pipeline,
};
