'use strict';
// Bad input to node:util; expected errors were produced by Node v20.
const assert = require('assert');
const util = require('util');
const err = (fn) => {
  try {
    fn();
    return 'no throw';
  } catch (e) {
    return `${e.name} ${e.code} ${e.message}`;
  }
};
const T = global.__T || ((fn, expected) => assert.strictEqual(fn(), expected));

T(() => err(() => { util.inspect.defaultOptions = null; }),
  "TypeError ERR_INVALID_ARG_TYPE The \"options\" argument must be of type object. Received null");
T(() => err(() => { util.inspect.defaultOptions = 'x'; }),
  "TypeError ERR_INVALID_ARG_TYPE The \"options\" argument must be of type object. Received type string ('x')");
T(() => err(() => util.formatWithOptions(null, 'x')),
  "TypeError ERR_INVALID_ARG_TYPE The \"inspectOptions\" argument must be of type object. Received null");
T(() => err(() => util.formatWithOptions(1)),
  "TypeError ERR_INVALID_ARG_TYPE The \"inspectOptions\" argument must be of type object. Received type number (1)");
T(() => err(() => util.formatWithOptions('%s', 'x')),
  "TypeError ERR_INVALID_ARG_TYPE The \"inspectOptions\" argument must be of type object. Received type string ('%s')");
T(() => err(() => util.stripVTControlCharacters(1)),
  "TypeError ERR_INVALID_ARG_TYPE The \"str\" argument must be of type string. Received type number (1)");
T(() => err(() => util.stripVTControlCharacters()),
  "TypeError ERR_INVALID_ARG_TYPE The \"str\" argument must be of type string. Received undefined");
T(() => err(() => util.styleText('nope', 'x')),
  "TypeError ERR_INVALID_ARG_VALUE The argument 'format' must be one of: 'reset', 'bold', 'dim', 'italic', 'underline', 'blink', 'inverse', 'hidden', 'strikethrough', 'doubleunderline', 'black', 'red', 'green', 'yellow', 'blue', 'magenta', 'cyan', 'white', 'bgBlack', 'bgRed', 'bgGreen', 'bgYellow', 'bgBlue', 'bgMagenta', 'bgCyan', 'bgWhite', 'framed', 'overlined', 'gray', 'redBright', 'greenBright', 'yellowBright', 'blueBright', 'magentaBright', 'cyanBright', 'whiteBright', 'bgGray', 'bgRedBright', 'bgGreenBright', 'bgYellowBright', 'bgBlueBright', 'bgMagentaBright', 'bgCyanBright', 'bgWhiteBright'. Received 'nope'");
T(() => err(() => util.styleText(['red', 'nope'], 'x')),
  "TypeError ERR_INVALID_ARG_VALUE The argument 'format' must be one of: 'reset', 'bold', 'dim', 'italic', 'underline', 'blink', 'inverse', 'hidden', 'strikethrough', 'doubleunderline', 'black', 'red', 'green', 'yellow', 'blue', 'magenta', 'cyan', 'white', 'bgBlack', 'bgRed', 'bgGreen', 'bgYellow', 'bgBlue', 'bgMagenta', 'bgCyan', 'bgWhite', 'framed', 'overlined', 'gray', 'redBright', 'greenBright', 'yellowBright', 'blueBright', 'magentaBright', 'cyanBright', 'whiteBright', 'bgGray', 'bgRedBright', 'bgGreenBright', 'bgYellowBright', 'bgBlueBright', 'bgMagentaBright', 'bgCyanBright', 'bgWhiteBright'. Received 'nope'");
T(() => err(() => util.styleText('red', 1)),
  "TypeError ERR_INVALID_ARG_TYPE The \"text\" argument must be of type string. Received type number (1)");
T(() => err(() => util.styleText('red', 'x', { validateStream: 1 })),
  "TypeError ERR_INVALID_ARG_TYPE The \"options.validateStream\" property must be of type boolean. Received type number (1)");
T(() => err(() => util.styleText('red', 'x', { stream: {} })),
  "TypeError ERR_INVALID_ARG_TYPE The \"stream\" argument must be an instance of ReadableStream, WritableStream, or Stream. Received an instance of Object");
T(() => err(() => util.inherits(function () {}, null)),
  "TypeError ERR_INVALID_ARG_TYPE The \"superCtor\" argument must be of type function. Received null");
T(() => err(() => util.inherits(null, function () {})),
  "TypeError ERR_INVALID_ARG_TYPE The \"ctor\" argument must be of type function. Received null");
T(() => err(() => util.inherits(function () {}, () => {})),
  "TypeError ERR_INVALID_ARG_TYPE The \"superCtor.prototype\" property must be of type object. Received undefined");
T(() => err(() => util.inherits(function () {}, 1)),
  "TypeError ERR_INVALID_ARG_TYPE The \"superCtor.prototype\" property must be of type object. Received undefined");
T(() => err(() => util.getSystemErrorName(1)),
  "RangeError ERR_OUT_OF_RANGE The value of \"err\" is out of range. It must be a negative integer. Received 1");
T(() => err(() => util.getSystemErrorName('x')),
  "TypeError ERR_INVALID_ARG_TYPE The \"err\" argument must be of type number. Received type string ('x')");
T(() => err(() => util.getSystemErrorName(-1.5)),
  "RangeError ERR_OUT_OF_RANGE The value of \"err\" is out of range. It must be a negative integer. Received -1.5");
T(() => err(() => util.getSystemErrorName(0)),
  "RangeError ERR_OUT_OF_RANGE The value of \"err\" is out of range. It must be a negative integer. Received 0");
T(() => err(() => util.getSystemErrorName(NaN)),
  "RangeError ERR_OUT_OF_RANGE The value of \"err\" is out of range. It must be a negative integer. Received NaN");
T(() => err(() => util.callbackify(null)),
  "TypeError ERR_INVALID_ARG_TYPE The \"original\" argument must be of type function. Received null");
T(() => err(() => util.promisify()),
  "TypeError ERR_INVALID_ARG_TYPE The \"original\" argument must be of type function. Received undefined");
T(() => err(() => util.deprecate(() => {}, 'm', null)),
  "TypeError ERR_INVALID_ARG_TYPE The \"code\" argument must be of type string. Received null");
T(() => err(() => util.parseArgs({ args: [1, '--x'] })),
  "TypeError ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL Unexpected argument '1'. This command does not take positional arguments");
T(() => err(() => util.parseArgs({ options: { 'a-b': { type: 'string', short: 1 } } })),
  "TypeError ERR_INVALID_ARG_TYPE The \"options.a-b.short\" property must be of type string. Received type number (1)");
T(() => err(() => util.parseArgs({ options: [] })),
  "TypeError ERR_INVALID_ARG_TYPE The \"options\" argument must be of type object. Received an instance of Array");

// Values that are not errors.
T(() => util.toUSVString(),
  "undefined");
T(() => util.inspect(),
  "undefined");
T(() => util.format(),
  "");
T(() => util.inspect({ a: 1 }, { unknownOption: true }),
  "{ a: 1 }");
T(() => util.inspect({ a: 1 }, null),
  "{ a: 1 }");
T(() => util.inspect({ a: 1 }, 'not options'),
  "{ a: 1 }");
T(() => String([util.inspect.length, util.format.length, util.formatWithOptions.length]),
  "2,0,1");

// A throwing getter is shown as [Getter]; a throwing Symbol.toStringTag getter propagates.
T(() => util.inspect({ get bad() { throw new Error('no'); } }),
  "{ bad: [Getter] }");
T(() => err(() => util.inspect(Object.defineProperty({}, Symbol.toStringTag, { get() { throw new Error('tag'); } }))),
  "Error undefined tag");

// System error names come from libuv.
if (typeof process.binding === 'function' || process.release.name !== 'node') {
  T(() => util.getSystemErrorName(-2),
    "ENOENT");
  T(() => util.getSystemErrorName(-99999),
    "Unknown system error -99999");
  T(() => JSON.stringify(util.getSystemErrorMap().get(-2)),
    "[\"ENOENT\",\"no such file or directory\"]");
  T(() => util.getSystemErrorMap() instanceof Map,
    true);
}
