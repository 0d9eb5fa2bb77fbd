'use strict';
// test-url-wpt.js again with lode's fast paths off (LODE_URL_NO_FAST_PATH=1:
// the canonical-URL check in JS and the one-pass parser in C), so that the
// Standard's state machine alone is checked too. Node ignores the variable.
const assert = require('assert');
const { spawnSync } = require('child_process');
const path = require('path');

const env = { ...process.env, LODE_URL_NO_FAST_PATH: '1' };
const r = spawnSync(process.execPath, [path.join(__dirname, 'test-url-wpt.js')], { env, encoding: 'utf8' });
if (r.status !== 0) console.log(r.stdout, r.stderr);
assert.strictEqual(r.status, 0);
assert.match(r.stdout, /passed|skip/);
