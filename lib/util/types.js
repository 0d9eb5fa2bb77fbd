'use strict';
// node:util/types
// The public checks: a copy of internal/util/types' enumerable ones (its
// typedArrayName helper stays internal). util.types is this object.
module.exports = { ...require('internal/util/types') };
