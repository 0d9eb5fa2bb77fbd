'use strict';
// Argument validation of dns.lookup, dns.lookupService, the promise
// versions and setDefaultResultOrder: Node's codes and messages.
const assert = require('assert');
const dns = require('dns');

const cb = () => {};
function check(fn, name, code, message) {
  assert.throws(fn, (err) => {
    assert.strictEqual(err.name, name);
    assert.strictEqual(err.code, code);
    assert.strictEqual(err.message, message);
    return true;
  });
}
const typeErr = (fn, message) => check(fn, 'TypeError', 'ERR_INVALID_ARG_TYPE', message);
const valueErr = (fn, message) => check(fn, 'TypeError', 'ERR_INVALID_ARG_VALUE', message);
const portErr = (fn, message) => check(fn, 'RangeError', 'ERR_SOCKET_BAD_PORT', message);

for (const lookup of [dns.lookup, dns.promises.lookup]) {
  typeErr(() => lookup(1, cb),
    'The "hostname" argument must be of type string. Received type number (1)');
  typeErr(() => lookup({}, cb),
    'The "hostname" argument must be of type string. Received an instance of Object');
  typeErr(() => lookup(true),
    'The "hostname" argument must be of type string. Received type boolean (true)');
}

// The callback.
typeErr(() => dns.lookup('x'),
  'The "callback" argument must be of type function. Received undefined');
typeErr(() => dns.lookup('x', {}),
  'The "callback" argument must be of type function. Received undefined');
typeErr(() => dns.lookup('x', 4),
  'The "callback" argument must be of type function. Received undefined');
typeErr(() => dns.lookup('x', {}, 'no'),
  'The "callback" argument must be of type function. Received type string (\'no\')');
typeErr(() => dns.lookup('x', '4'),
  'The "callback" argument must be of type function. Received type string (\'4\')');
typeErr(() => dns.lookup('x', { family: 5 }),
  'The "callback" argument must be of type function. Received undefined');

for (const [lookup, extra] of [[dns.lookup, [cb]], [dns.promises.lookup, []]]) {
  const call = (...args) => () => lookup(...args, ...extra);
  valueErr(call('x', 5), "The argument 'family' must be one of: 0, 4, 6. Received 5");
  typeErr(call('x', '4'),
    'The "options" argument must be of type object or integer. Received type string (\'4\')');
  typeErr(call('x', true),
    'The "options" argument must be of type object or integer. Received type boolean (true)');
  valueErr(call('x', { family: 5 }),
    "The property 'options.family' must be one of: 0, 4, 6. Received 5");
  valueErr(call('x', { family: '4' }),
    "The property 'options.family' must be one of: 0, 4, 6. Received '4'");
  valueErr(call('x', { family: 'ipv4' }),
    "The property 'options.family' must be one of: 0, 4, 6. Received 'ipv4'");
  typeErr(call('x', { hints: 'a' }),
    'The "options.hints" property must be of type number. Received type string (\'a\')');
  valueErr(call('x', { hints: 1 }), "The argument 'hints' is invalid. Received 1");
  valueErr(call('x', { hints: 100 }), "The argument 'hints' is invalid. Received 100");
  valueErr(call('x', { hints: -1 }), "The argument 'hints' is invalid. Received 4294967295");
  valueErr(call('x', { hints: 1.5 }), "The argument 'hints' is invalid. Received 1");
  typeErr(call('x', { all: 1 }),
    'The "options.all" property must be of type boolean. Received type number (1)');
  typeErr(call('x', { verbatim: 'yes' }),
    'The "options.verbatim" property must be of type boolean. Received type string (\'yes\')');
  valueErr(call('x', { order: 'x' }),
    "The property 'options.order' must be one of: 'verbatim', 'ipv4first', 'ipv6first'. Received 'x'");
  valueErr(call('x', { order: 1 }),
    "The property 'options.order' must be one of: 'verbatim', 'ipv4first', 'ipv6first'. Received 1");
  // The order in which options are checked: hints, family, all, verbatim, order.
  valueErr(call('x', { hints: 1, family: 5 }), "The argument 'hints' is invalid. Received 1");
  valueErr(call('x', { family: 5, all: 1 }),
    "The property 'options.family' must be one of: 0, 4, 6. Received 5");
  typeErr(call('x', { all: 1, verbatim: 1 }),
    'The "options.all" property must be of type boolean. Received type number (1)');
  typeErr(call('x', { order: 'x', verbatim: 1 }),
    'The "options.verbatim" property must be of type boolean. Received type number (1)');
}

// Family names: the callback API only.
assert.strictEqual(typeof dns.lookup('127.0.0.1', { family: 'IPv6' }, cb), 'object');
valueErr(() => dns.promises.lookup('x', { family: 'IPv4' }),
  "The property 'options.family' must be one of: 0, 4, 6. Received 'IPv4'");

// null and undefined options and members are the defaults.
for (const options of [null, { family: null, hints: null, all: null, order: null, verbatim: null },
  { family: undefined }, { hints: 0 }, { hints: dns.ADDRCONFIG | dns.V4MAPPED | dns.ALL }]) {
  assert.strictEqual(typeof dns.lookup('127.0.0.1', options, cb), 'object');
}

// lookupService.
check(() => dns.lookupService(), 'TypeError', 'ERR_MISSING_ARGS',
  'The "address", "port", and "callback" arguments must be specified');
check(() => dns.lookupService('127.0.0.1', 80), 'TypeError', 'ERR_MISSING_ARGS',
  'The "address", "port", and "callback" arguments must be specified');
check(() => dns.promises.lookupService('127.0.0.1'), 'TypeError', 'ERR_MISSING_ARGS',
  'The "address" and "port" arguments must be specified');
for (const [lookupService, extra] of [[dns.lookupService, [cb]], [dns.promises.lookupService, []]]) {
  const call = (...args) => () => lookupService(...args, ...extra);
  valueErr(call('x', 80), "The argument 'address' is invalid. Received 'x'");
  valueErr(call(1, 80), "The argument 'address' is invalid. Received 1");
  valueErr(call(undefined, 'a'), "The argument 'address' is invalid. Received undefined");
  portErr(call('127.0.0.1', 'a'), "Port should be >= 0 and < 65536. Received type string ('a').");
  portErr(call('127.0.0.1', ''), "Port should be >= 0 and < 65536. Received type string ('').");
  portErr(call('127.0.0.1', 70000), 'Port should be >= 0 and < 65536. Received type number (70000).');
  portErr(call('127.0.0.1', 65536), 'Port should be >= 0 and < 65536. Received type number (65536).');
  portErr(call('127.0.0.1', -1), 'Port should be >= 0 and < 65536. Received type number (-1).');
  portErr(call('127.0.0.1', 1.5), 'Port should be >= 0 and < 65536. Received type number (1.5).');
  portErr(call('127.0.0.1', NaN), 'Port should be >= 0 and < 65536. Received type number (NaN).');
  portErr(call('127.0.0.1', null), 'Port should be >= 0 and < 65536. Received null.');
  portErr(call('127.0.0.1', undefined), 'Port should be >= 0 and < 65536. Received undefined.');
  portErr(call('127.0.0.1', true), 'Port should be >= 0 and < 65536. Received type boolean (true).');
  portErr(call('127.0.0.1', 80n), 'Port should be >= 0 and < 65536. Received type bigint (80n).');
  portErr(call('127.0.0.1', [80]), 'Port should be >= 0 and < 65536. Received an instance of Array.');
}
typeErr(() => dns.lookupService('127.0.0.1', 80, 'x'),
  'The "callback" argument must be of type function. Received type string (\'x\')');
typeErr(() => dns.lookupService('127.0.0.1', 80, undefined),
  'The "callback" argument must be of type function. Received undefined');
// Numeric strings are ports.
for (const port of ['80', ' 80 ', '0x50', '1e3', 0, 65535]) {
  const req = dns.lookupService('127.0.0.1', port, cb);
  assert.strictEqual(typeof req.port, 'number');
}

// The default result order.
for (const set of [dns.setDefaultResultOrder, dns.promises.setDefaultResultOrder]) {
  valueErr(() => set('x'),
    "The argument 'dnsOrder' must be one of: 'verbatim', 'ipv4first', 'ipv6first'. Received 'x'");
  valueErr(() => set(1),
    "The argument 'dnsOrder' must be one of: 'verbatim', 'ipv4first', 'ipv6first'. Received 1");
}
