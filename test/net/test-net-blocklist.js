'use strict';
// net.BlockList and net.SocketAddress, as Node's (values checked against node).
require('../common');
const assert = require('assert');
const net = require('net');
const { inspect } = require('util');

const b = new net.BlockList();
b.addAddress('123.123.123.123');
b.addRange('10.0.0.1', '10.0.0.10');
b.addSubnet('8592:757c:efae:4e45::', 64, 'ipv6');
assert.strictEqual(b.check('123.123.123.123'), true);
assert.strictEqual(b.check('10.0.0.3'), true);
assert.strictEqual(b.check('222.111.111.222'), false);
assert.strictEqual(b.check('8592:757c:efae:4e45:f::', 'ipv6'), true);
assert.strictEqual(b.check('8592:757c:efae:4f45::f', 'ipv6'), false);
assert.deepStrictEqual(b.rules, [
  'Subnet: IPv6 8592:757c:efae:4e45::/64',
  'Range: IPv4 10.0.0.1-10.0.0.10',
  'Address: IPv4 123.123.123.123',
]);
assert.strictEqual(b.check('1.1.1.1', 'ipv7'), false);
assert.strictEqual(b.check('notanip'), false);
b.addSubnet('10.1.0.0', 16);
assert.strictEqual(b.check('10.1.255.255'), true);
assert.strictEqual(b.check('10.2.0.0'), false);
assert.strictEqual(b.check('10.1.0.0', 'ipv6'), false);
assert.strictEqual(b.check('::ffff:10.1.2.3', 'ipv6'), true);
b.addAddress('0:0::1', 'ipv6');
assert.strictEqual(b.rules[0], 'Address: IPv6 ::1');

// IPv4 rules match IPv4-mapped IPv6 addresses and the other way round.
const b2 = new net.BlockList();
b2.addAddress(new net.SocketAddress({ address: '1.2.3.4' }));
assert.strictEqual(b2.check(new net.SocketAddress({ address: '1.2.3.4' })), true);
b2.addAddress('::ffff:5.6.7.8', 'ipv6');
assert.strictEqual(b2.check('5.6.7.8'), true);
assert.strictEqual(b2.check('::ffff:1.2.3.4', 'ipv6'), true);
assert.strictEqual(inspect(b2), "BlockList { rules: [ 'Address: IPv6 ::ffff:5.6.7.8', 'Address: IPv4 1.2.3.4' ] }");
const all6 = new net.BlockList();
all6.addSubnet('::', 0, 'ipv6');
assert.strictEqual(all6.check('1.2.3.4'), true);

// SocketAddress.
const s = new net.SocketAddress({ address: '::1', family: 'ipv6', port: 80 });
assert.deepStrictEqual([s.address, s.family, s.port, s.flowlabel], ['::1', 'ipv6', 80, 0]);
assert.strictEqual(JSON.stringify(s), '{"address":"::1","port":80,"family":"ipv6","flowlabel":0}');
assert.strictEqual(net.SocketAddress.isSocketAddress(s), true);
assert.strictEqual(net.SocketAddress.isSocketAddress({}), false);
assert.deepStrictEqual(Object.keys(s), []);
assert.strictEqual(inspect(s), "SocketAddress { address: '::1', port: 80, family: 'ipv6', flowlabel: 0 }");
const d = new net.SocketAddress();
assert.deepStrictEqual([d.address, d.family, d.port], ['127.0.0.1', 'ipv4', 0]);
assert.strictEqual(new net.SocketAddress({ address: '1.2.3.4', family: 'IPv4' }).family, 'ipv4');
const text = (a) => new net.SocketAddress({ address: a, family: 'ipv6' }).address;
assert.deepStrictEqual(
  ['::ffff:1.2.3.4', '0:0::1', '1:0:0:2:0:0:0:3', 'FE80::1%eth0', '1:2:3:4:5:6:7:8', '1::', '::1.2.3.4'].map(text),
  ['::ffff:1.2.3.4', '::1', '1:0:0:2::3', 'fe80::1', '1:2:3:4:5:6:7:8', '1::', '::1.2.3.4']);

// Errors, as Node's.
const errors = [
  [() => new net.SocketAddress({ address: 'x' }), 'ERR_INVALID_ADDRESS', 'Invalid socket address'],
  [() => new net.SocketAddress({ family: 'ipv5' }), 'ERR_INVALID_ARG_VALUE',
    "The property 'options.family' is invalid. Received 'ipv5'"],
  [() => b.addAddress(1), 'ERR_INVALID_ARG_TYPE',
    'The "address" argument must be of type string. Received type number (1)'],
  [() => b.addSubnet('1.1.1.1', 33), 'ERR_OUT_OF_RANGE',
    'The value of "prefix" is out of range. It must be >= 0 && <= 32. Received 33'],
  [() => b.addRange('10.0.0.10', '10.0.0.1'), 'ERR_INVALID_ARG_VALUE',
    "The argument 'start' must come before end. Received SocketAddress { address: '10.0.0.10', port: 0, family: 'ipv4', flowlabel: 0 }"],
  [() => new net.SocketAddress({ address: '1.2.3.4', port: 70000 }), 'ERR_SOCKET_BAD_PORT',
    'options.port should be >= 0 and < 65536. Received type number (70000).'],
  [() => new net.SocketAddress({ address: 5 }), 'ERR_INVALID_ARG_TYPE',
    'The "options.address" property must be of type string. Received type number (5)'],
  [() => new net.SocketAddress(5), 'ERR_INVALID_ARG_TYPE',
    'The "options" argument must be of type object. Received type number (5)'],
  [() => new net.SocketAddress({ address: '1.2.3.4', flowlabel: -1 }), 'ERR_OUT_OF_RANGE',
    'The value of "options.flowlabel" is out of range. It must be >= 0 && <= 4294967295. Received -1'],
  [() => new net.SocketAddress({ address: '::1', family: 'ipv4' }), 'ERR_INVALID_ADDRESS', 'Invalid socket address'],
  [() => b.addAddress('1.2.3.4', 'ipv7'), 'ERR_INVALID_ARG_VALUE',
    "The property 'options.family' is invalid. Received 'ipv7'"],
  [() => b.addAddress('300.1.1.1'), 'ERR_INVALID_ADDRESS', 'Invalid socket address'],
  [() => b.check(5), 'ERR_INVALID_ARG_TYPE', 'The "address" argument must be of type string. Received type number (5)'],
];
for (const [fn, code, message] of errors) assert.throws(fn, { code, message });
