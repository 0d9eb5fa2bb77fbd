'use strict';
// node:constants (deprecated in node's documentation, DEP0008, still widely
// required: graceful-fs and so npm): the constants of os (dlopen, errno,
// priority, signals), fs and crypto in one frozen object. Not crypto's
// settable defaultCipherList, as in node.

const os = require('os').constants;
const { defaultCipherList, ...crypto } = Object.getOwnPropertyDescriptors(require('crypto').constants);
Object.assign(module.exports, os.dlopen, os.errno, os.priority, os.signals, require('fs').constants);
for (const [name, { value }] of Object.entries(crypto)) module.exports[name] = value;
Object.freeze(module.exports);
