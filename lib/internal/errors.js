'use strict';
// Node-shaped errors: one place for every ERR_* code and message, and for
// system errors built from libuv error codes.

const messages = new Map();
const codes = {};

// Stack headers in Node read `TypeError [ERR_X]: message`; the stack is
// otherwise left to the runtime's lazy V8-format conversion.
function makeNodeErrorClass(Base, code) {
  // Named after the base (TypeError…), as `err.constructor.name` is in Node.
  const holder = { [Base.name]: class extends Base {
    constructor(...args) {
      super(formatMessage(code, args));
      Object.defineProperty(this, 'code', {
        value: code, enumerable: true, writable: true, configurable: true,
      });
      hideStackHeader(this, `${Base.name} [${code}]`);
    }
    get name() { return Base.name; }
    set name(v) { Object.defineProperty(this, 'name', { value: v, enumerable: true, writable: true, configurable: true }); }
    toString() { return `${Base.name} [${code}]: ${this.message}`; }
  } };
  return holder[Base.name];
}

function hideStackHeader(err, header) {
  // The runtime reads this symbol when it formats `err.stack`.
  Object.defineProperty(err, kStackHeader, { value: header, enumerable: false, configurable: true });
}
const { kStackHeader } = require('internal/stack');

let formatModule;
function formatMessage(code, args) {
  const msg = messages.get(code);
  if (typeof msg === 'function') return msg(...args);
  // As Node: util.format, one argument per placeholder (objects are
  // inspected, bigints keep their n, -0 its sign).
  const n = (msg.match(/%[sdj]/g) || []).length;
  if (n === 0) return msg;
  if (formatModule === undefined) formatModule = require('internal/util/format');
  const list = args.slice(0, n);
  while (list.length < n) list.push(undefined);
  return formatModule.format(msg, ...list);
}

// Classes are made on first use: start-up defines many codes, uses few.
function E(code, message, Base, ...otherBases) {
  messages.set(code, message);
  Object.defineProperty(codes, code, {
    get() {
      const cls = makeNodeErrorClass(Base, code);
      for (const B of otherBases) cls[B.name] = makeNodeErrorClass(B, code);
      Object.defineProperty(codes, code, { value: cls, writable: true, enumerable: true, configurable: true });
      return cls;
    },
    enumerable: true,
    configurable: true,
  });
}

const classRegExp = /^([A-Z][a-z0-9]*)+$/;
const kTypes = ['string', 'function', 'number', 'object', 'Function', 'Object',
  'boolean', 'bigint', 'symbol'];

function addNumericalSeparator(val) {
  let res = '';
  let i = val.length;
  const start = val[0] === '-' ? 1 : 0;
  for (; i >= start + 4; i -= 3) res = `_${val.slice(i - 3, i)}${res}`;
  return `${val.slice(0, i)}${res}`;
}

function lazyInspect() { return require('internal/util/inspect').inspect; }

function shortInspect(value) {
  let s;
  try { s = lazyInspect()(value, { colors: false }); } catch { s = String(value); }
  if (s.length > 28) s = `${s.slice(0, 25)}...`;
  return s;
}

// "Received ..." tail used by ERR_INVALID_ARG_TYPE and friends.
function determineSpecificType(value) {
  if (value == null) return `${value}`;
  if (typeof value === 'function' && value.name) return `function ${value.name}`;
  if (typeof value === 'function') return 'function ';
  if (typeof value === 'object') {
    if (value.constructor && value.constructor.name) return `an instance of ${value.constructor.name}`;
    return lazyInspect()(value, { depth: -1 });
  }
  let inspected = shortInspect(value);
  if (typeof value === 'string' && inspected.length > 28) inspected = `${inspected.slice(0, 25)}...`;
  return `type ${typeof value} (${inspected})`;
}

function formatList(array, type = 'and') {
  return array.length < 3 ? array.join(` ${type} `) :
    `${array.slice(0, -1).join(', ')}, ${type} ${array[array.length - 1]}`;
}

function invalidArgType(name, expected, actual) {
  if (!Array.isArray(expected)) expected = [expected];
  let msg = 'The ';
  if (name.endsWith(' argument')) msg += `${name} `;
  else msg += `"${name}" ${name.includes('.') ? 'property' : 'argument'} `;
  msg += 'must be ';
  const types = [];
  const instances = [];
  const other = [];
  for (const value of expected) {
    if (kTypes.includes(value)) types.push(value.toLowerCase());
    else if (classRegExp.test(value)) instances.push(value);
    else other.push(value);
  }
  if (instances.length > 0) {
    const pos = types.indexOf('object');
    if (pos !== -1) { types.splice(pos, 1); instances.push('Object'); }
  }
  if (types.length > 0) {
    msg += `${types.length > 1 ? 'one of type' : 'of type'} ${formatList(types, 'or')}`;
    if (instances.length > 0 || other.length > 0) msg += ' or ';
  }
  if (instances.length > 0) {
    msg += `an instance of ${formatList(instances, 'or')}`;
    if (other.length > 0) msg += ' or ';
  }
  if (other.length > 0) {
    if (other.length > 1) msg += `one of ${formatList(other, 'or')}`;
    else {
      if (other[0].toLowerCase() !== other[0]) msg += 'an ';
      msg += `${other[0]}`;
    }
  }
  msg += `. Received ${determineSpecificType(actual)}`;
  return msg;
}

E('ERR_ASSERTION', '%s', Error);
E('ERR_AMBIGUOUS_ARGUMENT', 'The "%s" argument is ambiguous. %s', TypeError);
E('ERR_ASYNC_CALLBACK', '%s must be a function', TypeError);
E('ERR_BUFFER_OUT_OF_BOUNDS', (name) => name ?
  `"${name}" is outside of buffer bounds` : 'Attempt to access memory outside buffer bounds', RangeError);
E('ERR_CHILD_PROCESS_STDIO_MAXBUFFER', '%s maxBuffer length exceeded', RangeError);
E('ERR_CHILD_PROCESS_IPC_REQUIRED', "Forked processes must have an IPC channel, missing value 'ipc' in %s", Error);
E('ERR_INVALID_SYNC_FORK_INPUT', 'Asynchronous forks do not support Buffer, TypedArray, DataView or string input: %s', TypeError);
E('ERR_CHILD_CLOSED_BEFORE_REPLY', 'Child closed before reply received', Error);
E('ERR_IPC_CHANNEL_CLOSED', 'Channel closed', Error);
E('ERR_IPC_DISCONNECTED', 'IPC channel is already disconnected', Error);
E('ERR_IPC_ONE_PIPE', 'Child process can have only one IPC pipe', Error);
E('ERR_IPC_SYNC_FORK', 'IPC cannot be used with synchronous forks', Error);
E('ERR_DIR_CLOSED', 'Directory handle was closed', Error);
E('ERR_DIR_CONCURRENT_OPERATION',
  'Cannot do synchronous work on directory handle with concurrent asynchronous operations', Error);
E('ERR_FS_FILE_TOO_LARGE', 'File size (%s) is greater than 2 GiB', RangeError);
E('ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor', TypeError);
E('ERR_EVENT_RECURSION', 'The event "%s" is already being dispatched', Error);
E('ERR_INVALID_ARG_TYPE', invalidArgType, TypeError);
E('ERR_INVALID_ASYNC_ID', 'Invalid %s value: %s', RangeError);
E('ERR_INVALID_ARG_VALUE', (name, value, reason = 'is invalid') => {
  let inspected = lazyInspect()(value);
  if (inspected.length > 128) inspected = `${inspected.slice(0, 128)}...`;
  const type = name.includes('.') ? 'property' : 'argument';
  return `The ${type} '${name}' ${reason}. Received ${inspected}`;
}, TypeError, RangeError);
E('ERR_INVALID_RETURN_PROPERTY_VALUE', (input, name, prop, value) =>
  `Expected ${input} to be returned for the "${prop}" from the "${name}" hook but got ${determineSpecificType(value)}.`,
  TypeError);
E('ERR_LOADER_CHAIN_INCOMPLETE', '"%s" did not call the next hook in its chain and did not explicitly signal a ' +
  'short circuit. If this is intentional, include `shortCircuit: true` in the hook\'s return.', Error);
E('ERR_INVALID_RETURN_VALUE', (input, name, value) =>
  `Expected ${input} to be returned from the "${name}" function but got ${determineSpecificType(value)}.`, TypeError, RangeError);
E('ERR_INVALID_STATE', 'Invalid state: %s', Error, TypeError, RangeError);
E('ERR_INVALID_THIS', 'Value of "this" must be of type %s', TypeError);
E('ERR_INVALID_URL', 'Invalid URL', TypeError);
E('ERR_INVALID_TUPLE', '%s must be an iterable %s tuple', TypeError);
E('ERR_ARG_NOT_ITERABLE', '%s must be iterable', TypeError);
E('ERR_INVALID_URI', 'URI malformed', URIError);
E('ERR_INVALID_FILE_URL_HOST', 'File URL host must be "localhost" or empty on %s', TypeError);
E('ERR_METHOD_NOT_IMPLEMENTED', 'The %s method is not implemented', Error);
E('ERR_MISSING_ARGS', (...args) => {
  let msg = 'The ';
  const wrap = (a) => `"${a}"`;
  args = args.map((a) => (Array.isArray(a) ? a.map(wrap).join(' or ') : wrap(a)));
  switch (args.length) {
    case 1: msg += `${args[0]} argument`; break;
    case 2: msg += `${args[0]} and ${args[1]} arguments`; break;
    default: msg += `${args.slice(0, -1).join(', ')}, and ${args[args.length - 1]} arguments`;
  }
  return `${msg} must be specified`;
}, TypeError);
E('ERR_MISSING_OPTION', '%s is required', TypeError);
E('ERR_INVALID_CURSOR_POS', 'Cannot set cursor row without setting its column', TypeError);
E('ERR_NOT_BUILDING_SNAPSHOT', 'Operation cannot be invoked when not building startup snapshot', Error);
E('ERR_NOT_IMPLEMENTED', (what) => `${what} is not implemented in lode yet`, Error);
E('ERR_OUT_OF_RANGE', (str, range, input, replaceDefaultBoolean = false) => {
  let msg = replaceDefaultBoolean ? str : `The value of "${str}" is out of range.`;
  let received;
  if (Number.isInteger(input) && Math.abs(input) > 2 ** 32) received = addNumericalSeparator(String(input));
  else if (typeof input === 'bigint') {
    received = String(input);
    if (input > 2n ** 32n || input < -(2n ** 32n)) received = addNumericalSeparator(received);
    received += 'n';
  } else received = lazyInspect()(input);
  msg += ` It must be ${range}. Received ${received}`;
  return msg;
}, RangeError);
E('ERR_UNHANDLED_ERROR', (...args) => {
  // `emit('error')` with no argument still shows "(undefined)", as in Node.
  const msg = 'Unhandled error.';
  if (args.length === 0) return msg;
  let shown;
  try { shown = lazyInspect()(args[0]); } catch { shown = String(args[0]); }
  return `${msg} (${shown})`;
}, Error);
E('ERR_UNKNOWN_BUILTIN_MODULE', 'No such built-in module: %s', Error);
E('ERR_UNKNOWN_ENCODING', 'Unknown encoding: %s', TypeError);
E('ERR_UNKNOWN_SIGNAL', (sig) => `Unknown signal: ${typeof sig === 'string' ? sig : lazyInspect()(sig)}`, TypeError);
E('ERR_INVALID_PACKAGE_CONFIG', (file, base, detail) =>
  `Invalid package config ${file}${base ? ` while importing ${base}` : ''}${detail ? `. ${detail}` : ''}`, Error);
E('ERR_INVALID_PACKAGE_TARGET', (pkgPath, key, target, isImport = false, base = undefined) => {
  const mustStartWithDot = typeof target === 'string' && !isImport && target.length > 0 && !target.startsWith('./');
  const where = `the package config ${pkgPath}package.json${base ? ` imported from ${base}` : ''}` +
    `${mustStartWithDot ? '; targets must start with "./"' : ''}`;
  if (key === '.') return `Invalid "exports" main target ${JSON.stringify(target)} defined in ${where}`;
  return `Invalid "${isImport ? 'imports' : 'exports'}" target ${JSON.stringify(target)} defined for '${key}' in ${where}`;
}, Error);
E('ERR_MODULE_NOT_FOUND', (what, base, exactUrl) =>
  `Cannot find ${exactUrl ? 'module' : 'package'} '${what}' imported from ${base}`, Error);
E('ERR_UNSUPPORTED_DIR_IMPORT', "Directory import '%s' is not supported resolving ES modules imported from %s", Error);
E('ERR_UNSUPPORTED_ESM_URL_SCHEME', (url) => 'Only URLs with a scheme in: file, data, and node are supported by ' +
  `the default ESM loader. Received protocol '${url.protocol}'`, Error);
E('ERR_UNKNOWN_FILE_EXTENSION', 'Unknown file extension "%s" for %s', TypeError);
E('ERR_UNKNOWN_MODULE_FORMAT', 'Unknown module format: %s for URL %s', RangeError);
E('ERR_IMPORT_ASSERTION_TYPE_MISSING', 'Module "%s" needs an import attribute of type "%s"', TypeError);
E('ERR_IMPORT_ASSERTION_TYPE_FAILED', 'Module "%s" is not of type "%s"', TypeError);
E('ERR_IMPORT_ASSERTION_TYPE_UNSUPPORTED', 'Import attribute type "%s" is unsupported', TypeError);
E('ERR_IMPORT_ATTRIBUTE_UNSUPPORTED', 'Import attribute "%s" with value "%s" is not supported', TypeError);
E('ERR_REQUIRE_ASYNC_MODULE', (filename, parentFilename) => 'require() cannot be used on an ESM graph with ' +
  'top-level await. Use import() instead. To see where the top-level await comes from, use ' +
  `--experimental-print-required-tla.${parentFilename ? `\n  From ${parentFilename} ` : ''}` +
  `${filename ? `\n  Requiring ${filename} ` : ''}`, Error);
E('ERR_REQUIRE_CYCLE_MODULE', '%s', Error);
E('ERR_UNSUPPORTED_RESOLVE_REQUEST', 'Failed to resolve module specifier "%s" from "%s": Invalid relative URL or ' +
  'base scheme is not hierarchical.', TypeError);
E('ERR_EVAL_ESM_CANNOT_PRINT', '--print cannot be used with ESM input', Error);
E('ERR_PACKAGE_PATH_NOT_EXPORTED', (pkgPath, subpath, base) => subpath === '.' ?
  `No "exports" main defined in ${pkgPath}package.json${base ? ` imported from ${base}` : ''}` :
  `Package subpath '${subpath}' is not defined by "exports" in ${pkgPath}package.json${base ? ` imported from ${base}` : ''}`, Error);
E('ERR_PACKAGE_IMPORT_NOT_DEFINED', (specifier, packagePath, base) =>
  `Package import specifier "${specifier}" is not defined${packagePath ?
    ` in package ${packagePath}package.json` : ''} imported from ${base}`, TypeError);
E('ERR_INVALID_MODULE_SPECIFIER', (request, reason, base) =>
  `Invalid module "${request}" ${reason}${base ? ` imported from ${base}` : ''}`, TypeError);
E('ERR_REQUIRE_ESM', (filename) => `require() of ES Module ${filename} not supported.`, Error);
E('ERR_INVALID_FILE_URL_PATH', 'File URL path %s', TypeError);
E('ERR_INVALID_URL_SCHEME', (expected) => `The URL must be of scheme ${expected}`, TypeError);
E('ERR_SYSTEM_ERROR', 'A system error occurred', Error);
E('ERR_UNKNOWN_CREDENTIAL', '%s identifier does not exist: %s', Error);
E('ERR_USE_AFTER_CLOSE', '%s was closed', Error);
E('ERR_FALSY_VALUE_REJECTION', 'Promise was rejected with falsy value', Error);
E('ERR_PARSE_ARGS_INVALID_OPTION_VALUE', '%s', TypeError);
E('ERR_PARSE_ARGS_UNKNOWN_OPTION', (option, allowPositionals) => {
  const suggestDashDash = allowPositionals ?
    `. To specify a positional argument starting with a '-', place it at the end of the command after '--', as in '-- ${JSON.stringify(option)}` : '';
  return `Unknown option '${option}'${suggestDashDash}`;
}, TypeError);
E('ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL', "Unexpected argument '%s'. This command does not take positional arguments", TypeError);
E('ERR_INVALID_CHAR', (name, field) => field ?
  `Invalid character in ${name} ["${field}"]` : `Invalid character in ${name}`, TypeError);
E('ERR_STREAM_PREMATURE_CLOSE', 'Premature close', Error);
E('ERR_SOCKET_BAD_PORT', (name, port, allowZero = true) => {
  const op = allowZero ? '>=' : '>';
  return `${name} should be ${op} 0 and < 65536. Received ${determineSpecificType(port)}.`;
}, RangeError);
E('ERR_SERVER_ALREADY_LISTEN', 'Listen method has been called more than once without closing.', Error);
E('ERR_SERVER_NOT_RUNNING', 'Server is not running.', Error);
E('ERR_SOCKET_CLOSED', 'Socket is closed', Error);
E('ERR_SOCKET_CLOSED_BEFORE_CONNECTION', 'Socket closed before the connection was established', Error);
// node:tls
E('ERR_TLS_ALPN_CALLBACK_INVALID_RESULT', (value, protocols) => `ALPN callback returned a value (${value}) that did ` +
  `not match any of the client's offered protocols (${protocols.join(', ')})`, TypeError);
E('ERR_TLS_ALPN_CALLBACK_WITH_PROTOCOLS', 'The ALPNCallback and ALPNProtocols TLS options are mutually exclusive',
  TypeError);
E('ERR_TLS_CERT_ALTNAME_INVALID', "Hostname/IP does not match certificate's altnames: %s", Error);
E('ERR_TLS_DH_PARAM_SIZE', 'DH parameter size %s is less than 2048', Error);
E('ERR_TLS_HANDSHAKE_TIMEOUT', 'TLS handshake timeout', Error);
E('ERR_TLS_INVALID_CONTEXT', '%s must be a SecureContext', TypeError);
E('ERR_TLS_INVALID_PROTOCOL_VERSION', (v, which) => `${JSON.stringify(v)} is not a valid ${which} TLS protocol version`,
  TypeError);
E('ERR_TLS_INVALID_STATE', 'TLS socket connection must be securely established', Error);
E('ERR_TLS_PROTOCOL_VERSION_CONFLICT', (v, proto) =>
  `TLS protocol version ${JSON.stringify(v)} conflicts with secureProtocol ${JSON.stringify(proto)}`, TypeError);
E('ERR_TLS_RENEGOTIATION_DISABLED', 'TLS session renegotiation disabled for this socket', Error);
E('ERR_TLS_REQUIRED_SERVER_NAME', '"servername" is required parameter for Server.addContext', TypeError);
E('ERR_TLS_SESSION_ATTACK', 'TLS session renegotiation attack detected', Error);
E('ERR_TLS_SNI_FROM_SERVER', 'Cannot issue SNI from a TLS server-side socket', Error);
E('ERR_SOCKET_CONNECTION_TIMEOUT', 'Socket connection timeout', Error);
E('ERR_SOCKET_BAD_TYPE', 'Bad socket type specified. Valid types are: udp4, udp6', TypeError);
E('ERR_SOCKET_ALREADY_BOUND', 'Socket is already bound', Error);
E('ERR_SOCKET_BAD_BUFFER_SIZE', 'Buffer size must be a positive integer', TypeError);
E('ERR_SOCKET_DGRAM_IS_CONNECTED', 'Already connected', Error);
E('ERR_SOCKET_DGRAM_NOT_CONNECTED', 'Not connected', Error);
E('ERR_SOCKET_DGRAM_NOT_RUNNING', 'Not running', Error);
E('ERR_DNS_SET_SERVERS_FAILED', (err, servers) =>
  `c-ares failed to set servers: "${err}" [${lazyInspect()(servers)}]`, Error);
E('ERR_INVALID_ADDRESS', 'Invalid socket address', Error);
E('ERR_INVALID_ADDRESS_FAMILY', (family, host, port) => `Invalid address family: ${family} ${host}:${port}`, RangeError);
E('ERR_INVALID_IP_ADDRESS', 'Invalid IP address: %s', TypeError);
E('ERR_INVALID_FD_TYPE', 'Unsupported fd type: %s', TypeError);
E('ERR_INVALID_HANDLE_TYPE', 'This handle type cannot be sent', TypeError);
E('ERR_INVALID_FD', '"fd" must be a positive integer: %s', RangeError);
E('ERR_INVALID_HTTP_TOKEN', '%s must be a valid HTTP token ["%s"]', TypeError);
E('ERR_HTTP_INVALID_HEADER_VALUE', 'Invalid value "%s" for header "%s"', TypeError);
E('ERR_HTTP_INVALID_STATUS_CODE', 'Invalid status code: %s', RangeError);
E('ERR_HTTP_HEADERS_SENT', 'Cannot %s headers after they are sent to the client', Error);
E('ERR_HTTP_SOCKET_ASSIGNED', 'ServerResponse has an already assigned socket', Error);
E('ERR_HTTP_REQUEST_TIMEOUT', 'Request timeout', Error);
E('ERR_HTTP_BODY_NOT_ALLOWED', 'Adding content for this request method or response status is not allowed.', Error);
E('ERR_INVALID_PROTOCOL', 'Protocol "%s" not supported. Expected "%s"', TypeError);
E('ERR_UNESCAPED_CHARACTERS', '%s contains unescaped characters', TypeError);
E('ERR_STREAM_DESTROYED', 'Cannot call %s after a stream was destroyed', Error);
E('ERR_STREAM_WRITE_AFTER_END', 'write after end', Error);
E('ERR_STREAM_PUSH_AFTER_EOF', 'stream.push() after EOF', Error);
E('ERR_MULTIPLE_CALLBACK', 'Callback called multiple times', Error);
E('ERR_STREAM_NULL_VALUES', 'May not write null values to stream', TypeError);
E('ERR_STREAM_ALREADY_FINISHED', 'Cannot call %s after a stream was finished', Error);
E('ERR_STREAM_UNSHIFT_AFTER_END_EVENT', 'stream.unshift() after end event', Error);
E('ERR_STREAM_CANNOT_PIPE', 'Cannot pipe, not readable', Error);
E('ERR_PERFORMANCE_INVALID_TIMESTAMP', '%s is not a valid timestamp', TypeError);
E('ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS', '%s', TypeError);
E('ERR_CRYPTO_CUSTOM_ENGINE_NOT_SUPPORTED', 'Custom engines not supported by this OpenSSL', Error);
E('ERR_CRYPTO_ENGINE_UNKNOWN', 'Engine "%s" was not found', Error);
E('ERR_CRYPTO_FIPS_UNAVAILABLE', 'Cannot set FIPS mode in a non-FIPS build.', Error);
E('ERR_CRYPTO_HASH_FINALIZED', 'Digest already called', Error);
E('ERR_CRYPTO_SCRYPT_INVALID_PARAMETER', 'Invalid scrypt parameter', Error);
E('ERR_CRYPTO_INVALID_STATE', 'Invalid state for operation %s', Error);
E('ERR_INTERNAL_ASSERTION', (message) => `${message}\nThis is caused by either a bug in Node.js or ` +
  'incorrect usage of Node.js internals.\nPlease open an issue with this stack trace at ' +
  'https://github.com/nodejs/node/issues\n', Error);
E('ERR_CRYPTO_ECDH_INVALID_FORMAT', 'Invalid ECDH format: %s', TypeError);
E('ERR_CRYPTO_ECDH_INVALID_PUBLIC_KEY', 'Public key is not valid for specified curve', Error);
E('ERR_CRYPTO_INCOMPATIBLE_KEY', 'Incompatible %s: %s', Error);
E('ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS', 'The selected key encoding %s %s.', Error);
E('ERR_CRYPTO_INVALID_JWK', 'Invalid JWK data', TypeError);
E('ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE', 'Invalid key object type %s, expected %s.', TypeError);
E('ERR_CRYPTO_SIGN_KEY_REQUIRED', 'No key provided to sign', Error);
E('ERR_CONSOLE_WRITABLE_STREAM', 'Console expects a writable stream instance for %s', TypeError);
E('ERR_INVALID_BUFFER_SIZE', 'Buffer size must be a multiple of %s', RangeError);
E('ERR_STRING_TOO_LONG', 'Cannot create a string longer than 0x1fffffe8 characters', Error);
E('ERR_ENCODING_INVALID_ENCODED_DATA', 'The encoded data was not valid for encoding %s', TypeError);
E('ERR_ENCODING_NOT_SUPPORTED', 'The "%s" encoding is not supported', RangeError);
E('ERR_INCOMPATIBLE_OPTION_PAIR', 'Option "%s" cannot be used in combination with option "%s"', TypeError);
E('ERR_BROTLI_INVALID_PARAM', '%s is not a valid Brotli parameter', RangeError);
E('ERR_BUFFER_TOO_LARGE', 'Cannot create a Buffer larger than %s bytes', RangeError);
E('ERR_ZLIB_INITIALIZATION_FAILED', 'Initialization failed', Error);

class AbortError extends Error {
  constructor(message = 'The operation was aborted', options = undefined) {
    super(message, options);
    this.code = 'ABORT_ERR';
    this.name = 'AbortError';
  }
}

// A system error as Node builds it: `ENOENT: no such file or directory, open 'x'`.
function uvException({ errno, syscall, path, dest, message }) {
  const code = internalBinding('uv').errname(errno);
  const desc = message || internalBinding('uv').strerror(errno);
  let msg = `${code}: ${desc}, ${syscall}`;
  if (path !== undefined) msg += ` '${path}'`;
  if (dest !== undefined) msg += ` -> '${dest}'`;
  const err = new Error(msg);
  err.errno = errno;
  err.code = code;
  err.syscall = syscall;
  if (path !== undefined) err.path = path;
  if (dest !== undefined) err.dest = dest;
  return err;
}

// `Error: read ECONNRESET`-style errors used by sockets and processes.
function errnoException(errno, syscall, original) {
  const code = internalBinding('uv').errname(errno);
  const message = original ? `${syscall} ${code} ${original}` : `${syscall} ${code}`;
  const err = new Error(message);
  err.errno = errno;
  err.code = code;
  err.syscall = syscall;
  return err;
}

// Node's SystemError-based codes: `message: syscall returned CODE (desc)`,
// with the libuv context in err.info.
const systemErrorMessages = { ERR_TTY_INIT_FAILED: 'TTY initialization failed' };
function systemError(code, ctx) {
  const err = new Error(`${systemErrorMessages[code]}: ${ctx.syscall} returned ${ctx.code} (${ctx.message})`);
  Object.defineProperty(err, 'name', { value: 'SystemError', configurable: true, writable: true });
  err.code = code;
  err.info = ctx;
  err.errno = ctx.errno;
  err.syscall = ctx.syscall;
  hideStackHeader(err, `SystemError [${code}]`);
  return err;
}
codes.ERR_TTY_INIT_FAILED = function ERR_TTY_INIT_FAILED(ctx) { return systemError('ERR_TTY_INIT_FAILED', ctx); };
systemErrorMessages.ERR_SOCKET_BUFFER_SIZE = 'Could not get or set buffer size';
codes.ERR_SOCKET_BUFFER_SIZE = function ERR_SOCKET_BUFFER_SIZE(ctx) { return systemError('ERR_SOCKET_BUFFER_SIZE', ctx); };

// `connect ECONNREFUSED 127.0.0.1:80`: a socket error with the peer.
function exceptionWithHostPort(errno, syscall, address, port, additional) {
  const code = internalBinding('uv').errname(errno);
  let details = port > 0 ? `${address}:${port}` : address;
  if (additional) details += ` - Local (${additional})`;
  const err = new Error(`${syscall} ${code} ${details}`);
  err.errno = errno;
  err.code = code;
  err.syscall = syscall;
  err.address = address;
  if (port) err.port = port;
  return err;
}

// `listen EADDRINUSE: address already in use 127.0.0.1:80`.
function uvExceptionWithHostPort(errno, syscall, address, port) {
  const code = internalBinding('uv').errname(errno);
  const details = port ? `${address}:${port}` : address;
  const err = new Error(`${syscall} ${code}: ${internalBinding('uv').strerror(errno)} ${details}`);
  err.code = code;
  err.errno = errno;
  err.syscall = syscall;
  err.address = address;
  if (port) err.port = port;
  return err;
}

// Errors Node throws from C++: a code, but a plain `TypeError: …` header.
function nativeError(Base, code, message) {
  const err = new Base(message);
  err.code = code;
  return err;
}

module.exports = {
  codes,
  nativeError,
  exceptionWithHostPort,
  uvExceptionWithHostPort,
  AbortError,
  kStackHeader,
  uvException,
  errnoException,
  determineSpecificType,
  hideStackHeader,
};
