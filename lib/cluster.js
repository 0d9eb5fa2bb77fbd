'use strict';
// node:cluster. A process forked by a primary's cluster.fork() is a worker:
// at start-up lode notes its NODE_UNIQUE_ID (internal/cluster/id) and sets
// the worker up before user code runs, as Node does.

module.exports = require('internal/cluster/id').workerId() ?
  require('internal/cluster/child') : require('internal/cluster/primary');
