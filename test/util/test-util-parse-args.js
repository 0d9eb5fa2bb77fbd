'use strict';
// util.parseArgs; expected results were produced by Node v20.
const assert = require('assert');
const { parseArgs } = require('util');
const run = (config) => {
  try {
    const r = parseArgs(config);
    assert.strictEqual(Object.getPrototypeOf(r.values), null);
    return JSON.stringify(r);
  } catch (e) {
    return `${e.name} ${e.code} ${e.message}`;
  }
};
const T = global.__T || ((fn, expected) => assert.strictEqual(fn(), expected));

T(() => run({ args: ['-f', '--bar', 'b'], options: { foo: { type: 'boolean', short: 'f' }, bar: { type: 'string' } } }),
  "{\"values\":{\"foo\":true,\"bar\":\"b\"},\"positionals\":[]}");
T(() => run({ args: ['--foo', '--bar'], options: { foo: { type: 'string' }, bar: { type: 'boolean' } } }),
  "TypeError ERR_PARSE_ARGS_INVALID_OPTION_VALUE Option '--foo' argument is ambiguous.\nDid you forget to specify the option argument for '--foo'?\nTo specify an option argument starting with a dash use '--foo=-XYZ'.");
T(() => run({ args: ['-f', '-b'], options: { foo: { type: 'string', short: 'f' }, bar: { type: 'boolean', short: 'b' } } }),
  "TypeError ERR_PARSE_ARGS_INVALID_OPTION_VALUE Option '-f' argument is ambiguous.\nDid you forget to specify the option argument for '-f'?\nTo specify an option argument starting with a dash use '--foo=-XYZ' or '-f-XYZ'.");
T(() => run({ args: ['--unknown'], options: {} }),
  "TypeError ERR_PARSE_ARGS_UNKNOWN_OPTION Unknown option '--unknown'");
T(() => run({ args: ['-u'], allowPositionals: true }),
  "TypeError ERR_PARSE_ARGS_UNKNOWN_OPTION Unknown option '-u'. To specify a positional argument starting with a '-', place it at the end of the command after '--', as in '-- \"-u\"");
T(() => run({ args: ['pos'] }),
  "TypeError ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL Unexpected argument 'pos'. This command does not take positional arguments");
T(() => run({ args: ['pos', '--x'], allowPositionals: true, options: { x: { type: 'boolean' } } }),
  "{\"values\":{\"x\":true},\"positionals\":[\"pos\"]}");
T(() => run({ args: ['--foo=1'], options: { foo: { type: 'boolean' } } }),
  "TypeError ERR_PARSE_ARGS_INVALID_OPTION_VALUE Option '--foo' does not take an argument");
T(() => run({ args: ['--foo'], options: { foo: { type: 'string', short: 'f' } } }),
  "TypeError ERR_PARSE_ARGS_INVALID_OPTION_VALUE Option '-f, --foo <value>' argument missing");
T(() => run({ args: ['--no-foo'], options: { foo: { type: 'boolean' } }, allowNegative: true }),
  "{\"values\":{\"foo\":false},\"positionals\":[]}");
T(() => run({ args: ['--no-foo'], options: { foo: { type: 'string' } }, allowNegative: true }),
  "TypeError ERR_PARSE_ARGS_UNKNOWN_OPTION Unknown option '--no-foo'");
T(() => run({ args: ['--no-foo'], options: { foo: { type: 'boolean' } }, allowNegative: true, tokens: true }),
  "{\"values\":{\"foo\":false},\"positionals\":[],\"tokens\":[{\"kind\":\"option\",\"name\":\"foo\",\"rawName\":\"--no-foo\",\"index\":0}]}");
T(() => run({ args: ['--no-foo=x'], options: { foo: { type: 'boolean' } }, allowNegative: true }),
  "TypeError ERR_PARSE_ARGS_INVALID_OPTION_VALUE Option '--foo' does not take an argument");
T(() => run({ args: ['--no-foo'], options: { foo: { type: 'boolean', multiple: true } }, allowNegative: true }),
  "{\"values\":{\"foo\":[false]},\"positionals\":[]}");
T(() => run({ args: ['--no-foo'], options: { foo: { type: 'boolean' } } }),
  "TypeError ERR_PARSE_ARGS_UNKNOWN_OPTION Unknown option '--no-foo'");
T(() => run({ args: ['--no-foo', 'v'], options: { foo: { type: 'string' } }, allowNegative: true, strict: false, tokens: true }),
  "{\"values\":{\"foo\":false},\"positionals\":[\"v\"],\"tokens\":[{\"kind\":\"option\",\"name\":\"foo\",\"rawName\":\"--no-foo\",\"index\":0},{\"kind\":\"positional\",\"index\":1,\"value\":\"v\"}]}");
T(() => run({ args: ['--no-foo=x'], strict: false, allowNegative: true, tokens: true }),
  "{\"values\":{\"no-foo\":\"x\"},\"positionals\":[],\"tokens\":[{\"kind\":\"option\",\"name\":\"no-foo\",\"rawName\":\"--no-foo\",\"index\":0,\"value\":\"x\",\"inlineValue\":true}]}");
T(() => run({ args: ['-abc', 'x'], options: { a: { type: 'boolean' }, b: { type: 'boolean' }, c: { type: 'string' } }, tokens: true }),
  "{\"values\":{\"a\":true,\"b\":true,\"c\":\"x\"},\"positionals\":[],\"tokens\":[{\"kind\":\"option\",\"name\":\"a\",\"rawName\":\"-a\",\"index\":0},{\"kind\":\"option\",\"name\":\"b\",\"rawName\":\"-b\",\"index\":0},{\"kind\":\"option\",\"name\":\"c\",\"rawName\":\"-c\",\"index\":0,\"value\":\"x\",\"inlineValue\":false}]}");
T(() => run({ args: ['-abVAL'], options: { a: { type: 'boolean' }, b: { type: 'string' } }, tokens: true }),
  "{\"values\":{\"a\":true,\"b\":\"VAL\"},\"positionals\":[],\"tokens\":[{\"kind\":\"option\",\"name\":\"a\",\"rawName\":\"-a\",\"index\":0},{\"kind\":\"option\",\"name\":\"b\",\"rawName\":\"-b\",\"index\":0,\"value\":\"VAL\",\"inlineValue\":true}]}");
T(() => run({ args: ['--', '--x', 'y'], strict: false, tokens: true }),
  "{\"values\":{},\"positionals\":[\"--x\",\"y\"],\"tokens\":[{\"kind\":\"option-terminator\",\"index\":0},{\"kind\":\"positional\",\"index\":1,\"value\":\"--x\"},{\"kind\":\"positional\",\"index\":2,\"value\":\"y\"}]}");
T(() => run({ args: ['-v', '-v', '--v'], options: { v: { type: 'boolean', multiple: true, short: 'v' } } }),
  "{\"values\":{\"v\":[true,true,true]},\"positionals\":[]}");
T(() => run({ args: [], options: { v: { type: 'boolean', default: true }, s: { type: 'string', default: 'd', multiple: false } } }),
  "{\"values\":{\"v\":true,\"s\":\"d\"},\"positionals\":[]}");
T(() => run({ args: ['--x', 'a', '--x', 'b'], options: { x: { type: 'string', multiple: true, default: ['d'] } } }),
  "{\"values\":{\"x\":[\"a\",\"b\"]},\"positionals\":[]}");
T(() => run({ args: [], options: { x: { type: 'string', multiple: true, default: ['d'] } } }),
  "{\"values\":{\"x\":[\"d\"]},\"positionals\":[]}");
T(() => run({ args: ['--__proto__', 'x'], strict: false }),
  "{\"values\":{},\"positionals\":[\"x\"]}");
T(() => run({ args: ['-'], allowPositionals: true, tokens: true }),
  "{\"values\":{},\"positionals\":[\"-\"],\"tokens\":[{\"kind\":\"positional\",\"index\":0,\"value\":\"-\"}]}");
T(() => run({ args: ['-f-x'], options: { foo: { type: 'string', short: 'f' } } }),
  "{\"values\":{\"foo\":\"-x\"},\"positionals\":[]}");
T(() => run({ args: ['--foo', '-x'], options: { foo: { type: 'string', short: 'f' } } }),
  "TypeError ERR_PARSE_ARGS_INVALID_OPTION_VALUE Option '--foo' argument is ambiguous.\nDid you forget to specify the option argument for '--foo'?\nTo specify an option argument starting with a dash use '--foo=-XYZ'.");
T(() => run({ args: ['-f', '-x'], options: { foo: { type: 'string', short: 'f' } } }),
  "TypeError ERR_PARSE_ARGS_INVALID_OPTION_VALUE Option '-f' argument is ambiguous.\nDid you forget to specify the option argument for '-f'?\nTo specify an option argument starting with a dash use '--foo=-XYZ' or '-f-XYZ'.");
T(() => run({ args: ['--foo=-x'], options: { foo: { type: 'string' } } }),
  "{\"values\":{\"foo\":\"-x\"},\"positionals\":[]}");
T(() => run({ args: ['a', '--b=', 'c'], strict: false, tokens: true }),
  "{\"values\":{\"b\":\"\"},\"positionals\":[\"a\",\"c\"],\"tokens\":[{\"kind\":\"positional\",\"index\":0,\"value\":\"a\"},{\"kind\":\"option\",\"name\":\"b\",\"rawName\":\"--b\",\"index\":1,\"value\":\"\",\"inlineValue\":true},{\"kind\":\"positional\",\"index\":2,\"value\":\"c\"}]}");
T(() => run({ args: ['-ab'], strict: false, tokens: true }),
  "{\"values\":{\"a\":true,\"b\":true},\"positionals\":[],\"tokens\":[{\"kind\":\"option\",\"name\":\"a\",\"rawName\":\"-a\",\"index\":0},{\"kind\":\"option\",\"name\":\"b\",\"rawName\":\"-b\",\"index\":0}]}");
T(() => run({ args: ['--foo', 'a', 'b'], options: { foo: { type: 'string' } }, allowPositionals: true, tokens: true }),
  "{\"values\":{\"foo\":\"a\"},\"positionals\":[\"b\"],\"tokens\":[{\"kind\":\"option\",\"name\":\"foo\",\"rawName\":\"--foo\",\"index\":0,\"value\":\"a\",\"inlineValue\":false},{\"kind\":\"positional\",\"index\":2,\"value\":\"b\"}]}");
T(() => run({ args: ['-f', 'a', '-gb'], options: { foo: { type: 'string', short: 'f' }, g: { type: 'boolean' } }, strict: false, tokens: true }),
  "{\"values\":{\"foo\":\"a\",\"g\":true,\"b\":true},\"positionals\":[],\"tokens\":[{\"kind\":\"option\",\"name\":\"foo\",\"rawName\":\"-f\",\"index\":0,\"value\":\"a\",\"inlineValue\":false},{\"kind\":\"option\",\"name\":\"g\",\"rawName\":\"-g\",\"index\":2},{\"kind\":\"option\",\"name\":\"b\",\"rawName\":\"-b\",\"index\":2}]}");
T(() => run({ args: ['-xyz'], options: { x: { type: 'boolean' }, y: { type: 'boolean' } } }),
  "TypeError ERR_PARSE_ARGS_UNKNOWN_OPTION Unknown option '-z'");
T(() => run({ args: ['--toString'] }),
  "TypeError ERR_PARSE_ARGS_UNKNOWN_OPTION Unknown option '--toString'");
T(() => run({ args: ['--a', '--a=2'], options: { a: { type: 'string' } } }),
  "TypeError ERR_PARSE_ARGS_INVALID_OPTION_VALUE Option '--a' argument is ambiguous.\nDid you forget to specify the option argument for '--a'?\nTo specify an option argument starting with a dash use '--a=-XYZ'.");
T(() => run({ args: ['-a1'], options: { a: { type: 'string' } } }),
  "{\"values\":{\"a\":\"1\"},\"positionals\":[]}");
T(() => run({ args: ['-1'], allowPositionals: true }),
  "TypeError ERR_PARSE_ARGS_UNKNOWN_OPTION Unknown option '-1'. To specify a positional argument starting with a '-', place it at the end of the command after '--', as in '-- \"-1\"");
T(() => run({ args: ['--foo='], options: { foo: { type: 'string' } }, tokens: true }),
  "{\"values\":{\"foo\":\"\"},\"positionals\":[],\"tokens\":[{\"kind\":\"option\",\"name\":\"foo\",\"rawName\":\"--foo\",\"index\":0,\"value\":\"\",\"inlineValue\":true}]}");
T(() => run({ args: ['--x', 'y'], options: { x: { type: 'string', multiple: false } }, strict: false }),
  "{\"values\":{\"x\":\"y\"},\"positionals\":[]}");
T(() => run({ args: ['--a', '1', 'pos', '--', '-b'], options: { a: { type: 'string' } }, allowPositionals: true, tokens: true }),
  "{\"values\":{\"a\":\"1\"},\"positionals\":[\"pos\",\"-b\"],\"tokens\":[{\"kind\":\"option\",\"name\":\"a\",\"rawName\":\"--a\",\"index\":0,\"value\":\"1\",\"inlineValue\":false},{\"kind\":\"positional\",\"index\":2,\"value\":\"pos\"},{\"kind\":\"option-terminator\",\"index\":3},{\"kind\":\"positional\",\"index\":4,\"value\":\"-b\"}]}");
T(() => run({ options: null, args: [] }),
  "{\"values\":{},\"positionals\":[]}");
// A null config is not "no config": node fails reading its properties.
T(() => run(null), 'TypeError undefined Cannot convert undefined or null to object');

// Bad configuration.
T(() => run({ options: { x: { type: 'bad' } } }),
  "TypeError ERR_INVALID_ARG_TYPE The \"options.x.type\" property must be ('string|boolean'). Received type string ('bad')");
T(() => run({ options: { x: {} } }),
  "TypeError ERR_INVALID_ARG_TYPE The \"options.x.type\" property must be ('string|boolean'). Received undefined");
T(() => run({ options: { x: { type: 'string', short: 'xy' } } }),
  "TypeError ERR_INVALID_ARG_VALUE The property 'options.x.short' must be a single character. Received 'xy'");
T(() => run({ options: { x: { type: 'string', short: '' } } }),
  "TypeError ERR_INVALID_ARG_VALUE The property 'options.x.short' must be a single character. Received ''");
T(() => run({ options: { x: { type: 'string', short: undefined } } }),
  "TypeError ERR_INVALID_ARG_TYPE The \"options.x.short\" property must be of type string. Received undefined");
T(() => run({ options: { x: 1 } }),
  "TypeError ERR_INVALID_ARG_TYPE The \"options.x\" property must be of type object. Received type number (1)");
T(() => run({ args: 'x' }),
  "TypeError ERR_INVALID_ARG_TYPE The \"args\" argument must be an instance of Array. Received type string ('x')");
T(() => run({ strict: 1 }),
  "TypeError ERR_INVALID_ARG_TYPE The \"strict\" argument must be of type boolean. Received type number (1)");
T(() => run({ tokens: 'x' }),
  "TypeError ERR_INVALID_ARG_TYPE The \"tokens\" argument must be of type boolean. Received type string ('x')");
T(() => run({ allowPositionals: 'x' }),
  "TypeError ERR_INVALID_ARG_TYPE The \"allowPositionals\" argument must be of type boolean. Received type string ('x')");
T(() => run({ allowNegative: 'x' }),
  "TypeError ERR_INVALID_ARG_TYPE The \"allowNegative\" argument must be of type boolean. Received type string ('x')");
T(() => run({ options: { x: { type: 'string', default: 1 } } }),
  "TypeError ERR_INVALID_ARG_TYPE The \"options.x.default\" property must be of type string. Received type number (1)");
T(() => run({ options: { x: { type: 'string', default: 'x', multiple: true } } }),
  "TypeError ERR_INVALID_ARG_TYPE The \"options.x.default\" property must be an instance of Array. Received type string ('x')");
T(() => run({ options: { x: { type: 'string', multiple: true, default: [1] } } }),
  "TypeError ERR_INVALID_ARG_TYPE The \"options.x.default[0]\" property must be of type string. Received type number (1)");
T(() => run({ options: { x: { type: 'boolean', multiple: 1 } } }),
  "TypeError ERR_INVALID_ARG_TYPE The \"options.x.multiple\" property must be of type boolean. Received type number (1)");
T(() => run({ options: { x: { type: 'boolean', default: 'no' } } }),
  "TypeError ERR_INVALID_ARG_TYPE The \"options.x.default\" property must be of type boolean. Received type string ('no')");
T(() => run({ options: { x: { type: 'boolean', multiple: true, default: ['no'] } } }),
  "TypeError ERR_INVALID_ARG_TYPE The \"options.x.default[0]\" property must be of type boolean. Received type string ('no')");

// Without `args`, process.argv after the script is used.
{
  const saved = process.argv;
  process.argv = [saved[0], '/path/script.js', '--flag', 'pos'];
  try {
    const r = parseArgs({ options: { flag: { type: 'boolean' } }, allowPositionals: true });
    assert.deepStrictEqual({ ...r.values }, { flag: true });
    assert.deepStrictEqual(r.positionals, ['pos']);
  } finally {
    process.argv = saved;
  }
}
