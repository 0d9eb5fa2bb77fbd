'use strict';
// An idle program: one pending timer, nothing else. bench/run reads its RSS.
setTimeout(() => {}, 2000);
