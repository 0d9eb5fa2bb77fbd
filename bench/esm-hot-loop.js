'use strict';
// A hot loop of 100M calls to a function imported from an ES module
// (`imported`, the default) or to a local function of the same module
// (`local`): node bench/esm-hot-loop.js [imported|local] [N].
const path = require('path');
const mode = process.argv[2] === 'local' ? 'local' : 'imported';
const N = Number(process.argv[3]) || 1e8;
import(path.join(__dirname, 'esm', 'hot-main.mjs')).then((m) => {
  m.run(mode, 1e6); // warm-up
  console.log(m.run(mode, N));
});
