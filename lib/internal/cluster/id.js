'use strict';
// The id a primary gave this process (0: not a cluster worker), taken from
// NODE_UNIQUE_ID at start-up; the variable itself is removed from
// process.env, as in Node, so that the worker's own children are not workers.

let id = 0;

function takeWorkerId() {
  const raw = process.env.NODE_UNIQUE_ID;
  if (raw === undefined) return 0;
  delete process.env.NODE_UNIQUE_ID;
  id = Number(raw) | 0;
  return id;
}

module.exports = { takeWorkerId, workerId: () => id };
