'use strict';
// node:path. lode runs on POSIX hosts, so the default is path.posix; the
// Windows flavour is path.win32 (also reachable as path.posix.win32).

module.exports = require('path/posix');
