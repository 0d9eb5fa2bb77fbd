'use strict';
// Helpers that lib/fs.js hands to fs/promises and lib/internal/fs/* without
// showing them on the public module: fs.js fills this object when it loads.
module.exports = {};
