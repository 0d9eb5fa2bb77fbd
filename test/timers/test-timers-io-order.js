'use strict';
// Inside an I/O callback, setImmediate runs before setTimeout(0): the check
// phase follows the poll phase in the same loop iteration.
const assert = require('assert');
const fs = require('fs');
const { mustCall } = require('../common');

for (let i = 0; i < 5; i++) {
  fs.stat(__filename, mustCall(() => {
    const order = [];
    setTimeout(() => order.push('timeout'), 0);
    setImmediate(() => order.push('immediate'));
    setTimeout(mustCall(() => assert.deepStrictEqual(order, ['immediate', 'timeout'])), 5);
  }));
}
