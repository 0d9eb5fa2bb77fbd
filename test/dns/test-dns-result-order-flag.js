'use strict';
// --dns-result-order (command line and NODE_OPTIONS) sets dns's default
// order at start-up; a bad value stops the process with node's error.
const assert = require('assert');
const { spawnSync } = require('child_process');

const code = "console.log(require('dns').getDefaultResultOrder())";
const run = (args, env = {}) => spawnSync(process.execPath, [...args, '-e', code],
  { encoding: 'utf8', env: { ...process.env, ...env } });

assert.strictEqual(run([]).stdout, 'verbatim\n');
assert.strictEqual(run(['--dns-result-order=ipv4first']).stdout, 'ipv4first\n');
assert.strictEqual(run(['--dns-result-order', 'ipv6first']).stdout, 'ipv6first\n');
assert.strictEqual(run([], { NODE_OPTIONS: '--dns-result-order=ipv4first' }).stdout, 'ipv4first\n');
const bad = run(['--dns-result-order=bogus']);
assert.strictEqual(bad.status, 1);
assert.strictEqual(bad.stdout, '');
assert.match(bad.stderr, /ERR_INVALID_ARG_VALUE.*The argument '--dns-result-order' must be one of: 'verbatim', 'ipv4first', 'ipv6first'\. Received 'bogus'/);
