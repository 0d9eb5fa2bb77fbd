'use strict';
// util.parseArgs (Node 20 behaviour, including `tokens` and `allowNegative`).

const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_PARSE_ARGS_INVALID_OPTION_VALUE,
    ERR_PARSE_ARGS_UNKNOWN_OPTION,
    ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL,
  },
} = require('internal/errors');
const {
  validateArray,
  validateBoolean,
  validateObject,
  validateString,
} = require('internal/validators');

const hasOwn = (obj, key) => obj != null && Object.prototype.hasOwnProperty.call(obj, key);

function getOwn(obj, key) {
  return hasOwn(obj, key) ? obj[key] : undefined;
}

function optionSetting(options, longOption, key) {
  return hasOwn(options, longOption) ? getOwn(options[longOption], key) : undefined;
}

function validateStringArray(value, name) {
  validateArray(value, name);
  for (let i = 0; i < value.length; i++) validateString(value[i], `${name}[${i}]`);
}

function validateBooleanArray(value, name) {
  validateArray(value, name);
  for (let i = 0; i < value.length; i++) validateBoolean(value[i], `${name}[${i}]`);
}

// The process arguments after the executable and script (or after the
// executable alone for `-e` / `-p`).
function getMainArgs() {
  const execArgv = process.execArgv || [];
  if (execArgv.some((a) => a === '-e' || a === '--eval' || a === '-p' || a === '--print' ||
      a.startsWith('--eval=') || a.startsWith('--print='))) {
    return process.argv.slice(1);
  }
  return process.argv.slice(2);
}

// ---------------------------------------------------------------------------
// Argument shapes

const isLoneShortOption = (arg) => arg.length === 2 && arg[0] === '-' && arg[1] !== '-';
const isLoneLongOption = (arg) => arg.length > 2 && arg.startsWith('--') && !arg.includes('=', 3);
const isLongOptionAndValue = (arg) => arg.length > 2 && arg.startsWith('--') && arg.includes('=', 3);
// In keeping with POSIX, an option argument may itself start with a dash.
const isOptionValue = (value) => value != null;
const isOptionLikeValue = (value) => value != null && value.length > 1 && value[0] === '-';

function findLongOptionForShort(shortOption, options) {
  for (const longOption of Object.keys(options)) {
    if (optionSetting(options, longOption, 'short') === shortOption) return longOption;
  }
  return shortOption;
}

function startsShortGroup(arg) {
  return arg.length > 2 && arg[0] === '-' && arg[1] !== '-';
}

// `-abc` where -a is not a string option.
function isShortOptionGroup(arg, options) {
  if (!startsShortGroup(arg)) return false;
  return optionSetting(options, findLongOptionForShort(arg[1], options), 'type') !== 'string';
}

// `-fVALUE` where -f is a string option.
function isShortOptionAndValue(arg, options) {
  if (!startsShortGroup(arg)) return false;
  return optionSetting(options, findLongOptionForShort(arg[1], options), 'type') === 'string';
}

// ---------------------------------------------------------------------------
// Tokenizer

function argsToTokens(args, options, allowNegative) {
  const tokens = [];
  let index = -1;
  let groupCount = 0;
  const remaining = args.slice();

  // `--no-foo` (no value) negates `foo` when allowNegative is set.
  const longToken = (name, rawName, value, inlineValue) => {
    const token = { kind: 'option', name, rawName, index, value, inlineValue };
    if (allowNegative && name.startsWith('no-') && value === undefined &&
        optionSetting(options, name, 'type') !== 'string') {
      token.name = name.slice(3);
      token.negative = true;
    }
    return token;
  };

  while (remaining.length > 0) {
    const arg = remaining.shift();
    const nextArg = remaining[0];
    if (groupCount > 0) groupCount--;
    else index++;

    if (arg === '--') {
      tokens.push({ kind: 'option-terminator', index });
      for (const rest of remaining) tokens.push({ kind: 'positional', index: ++index, value: rest });
      break;
    }

    if (typeof arg !== 'string') {
      tokens.push({ kind: 'positional', index, value: arg });
      continue;
    }

    if (isLoneShortOption(arg)) {
      const longOption = findLongOptionForShort(arg[1], options);
      let value;
      let inlineValue;
      if (optionSetting(options, longOption, 'type') === 'string' && isOptionValue(nextArg)) {
        value = remaining.shift();
        inlineValue = false;
      }
      tokens.push({ kind: 'option', name: longOption, rawName: arg, index, value, inlineValue });
      if (value != null) ++index;
      continue;
    }

    if (isShortOptionGroup(arg, options)) {
      const expanded = [];
      for (let i = 1; i < arg.length; i++) {
        const shortOption = arg[i];
        const longOption = findLongOptionForShort(shortOption, options);
        if (optionSetting(options, longOption, 'type') !== 'string' || i === arg.length - 1) {
          expanded.push(`-${shortOption}`);
        } else {
          // A string option inside the group takes the rest as its value.
          expanded.push(`-${arg.slice(i)}`);
          break;
        }
      }
      remaining.unshift(...expanded);
      groupCount = expanded.length;
      continue;
    }

    if (isShortOptionAndValue(arg, options)) {
      const shortOption = arg[1];
      const longOption = findLongOptionForShort(shortOption, options);
      tokens.push({
        kind: 'option', name: longOption, rawName: `-${shortOption}`, index,
        value: arg.slice(2), inlineValue: true,
      });
      continue;
    }

    if (isLoneLongOption(arg)) {
      const longOption = arg.slice(2);
      let value;
      let inlineValue;
      if (optionSetting(options, longOption, 'type') === 'string' && isOptionValue(nextArg)) {
        value = remaining.shift();
        inlineValue = false;
      }
      tokens.push(longToken(longOption, arg, value, inlineValue));
      if (value != null) ++index;
      continue;
    }

    if (isLongOptionAndValue(arg)) {
      const equals = arg.indexOf('=');
      const longOption = arg.slice(2, equals);
      tokens.push(longToken(longOption, `--${longOption}`, arg.slice(equals + 1), true));
      continue;
    }

    tokens.push({ kind: 'positional', index, value: arg });
  }
  return tokens;
}

// ---------------------------------------------------------------------------
// Checks and storage

function checkOptionLikeValue(token) {
  if (!token.inlineValue && isOptionLikeValue(token.value)) {
    const example = token.rawName.startsWith('--') ?
      `'${token.rawName}=-XYZ'` :
      `'--${token.name}=-XYZ' or '${token.rawName}-XYZ'`;
    throw new ERR_PARSE_ARGS_INVALID_OPTION_VALUE(
      `Option '${token.rawName}' argument is ambiguous.\n` +
      `Did you forget to specify the option argument for '${token.rawName}'?\n` +
      `To specify an option argument starting with a dash use ${example}.`);
  }
}

function checkOptionUsage(options, allowPositionals, allowNegative, token) {
  let name = token.name;
  const unknown = () => new ERR_PARSE_ARGS_UNKNOWN_OPTION(token.rawName, allowPositionals);
  const isBoolean = (n) => hasOwn(options, n) && optionSetting(options, n, 'type') === 'boolean';
  if (token.negative) {
    if (hasOwn(options, name)) {
      if (!isBoolean(name)) throw unknown();
    } else if (hasOwn(options, `no-${name}`)) {
      name = `no-${name}`;
    } else {
      throw unknown();
    }
  } else if (!hasOwn(options, name)) {
    if (allowNegative && name.startsWith('no-') && isBoolean(name.slice(3))) name = name.slice(3);
    else throw unknown();
  }
  const type = optionSetting(options, name, 'type');
  const short = optionSetting(options, name, 'short');
  const shortAndLong = `${short ? `-${short}, ` : ''}--${name}`;
  if (type === 'string' && typeof token.value !== 'string') {
    throw new ERR_PARSE_ARGS_INVALID_OPTION_VALUE(`Option '${shortAndLong} <value>' argument missing`);
  }
  if (type === 'boolean' && token.value != null) {
    throw new ERR_PARSE_ARGS_INVALID_OPTION_VALUE(`Option '${shortAndLong}' does not take an argument`);
  }
}

function storeOption(longOption, optionValue, options, values, negative) {
  if (longOption === '__proto__') return;
  const newValue = negative ? false : (optionValue ?? true);
  if (optionSetting(options, longOption, 'multiple')) {
    if (values[longOption] === undefined) values[longOption] = [newValue];
    else values[longOption].push(newValue);
  } else {
    values[longOption] = newValue;
  }
}

function validateOptions(options) {
  for (const longOption of Object.keys(options)) {
    const config = options[longOption];
    validateObject(config, `options.${longOption}`);

    const type = getOwn(config, 'type');
    if (type !== 'string' && type !== 'boolean') {
      throw new ERR_INVALID_ARG_TYPE(`options.${longOption}.type`, "('string|boolean')", type);
    }

    if (hasOwn(config, 'short')) {
      const short = config.short;
      validateString(short, `options.${longOption}.short`);
      if (short.length !== 1) {
        throw new ERR_INVALID_ARG_VALUE(`options.${longOption}.short`, short, 'must be a single character');
      }
    }

    const multiple = getOwn(config, 'multiple');
    if (hasOwn(config, 'multiple')) validateBoolean(multiple, `options.${longOption}.multiple`);

    if (hasOwn(config, 'default')) {
      const name = `options.${longOption}.default`;
      const value = config.default;
      if (type === 'string') {
        if (multiple) validateStringArray(value, name);
        else validateString(value, name);
      } else if (multiple) {
        validateBooleanArray(value, name);
      } else {
        validateBoolean(value, name);
      }
    }
  }
}

function parseArgs(config = Object.create(null)) {
  // null is not taken for "no config" (node reads its properties and fails).
  if (config === null) throw new TypeError('Cannot convert undefined or null to object');
  const args = getOwn(config, 'args') ?? getMainArgs();
  const strict = getOwn(config, 'strict') ?? true;
  const allowPositionals = getOwn(config, 'allowPositionals') ?? !strict;
  const returnTokens = getOwn(config, 'tokens') ?? false;
  const allowNegative = getOwn(config, 'allowNegative') ?? false;
  const options = getOwn(config, 'options') ?? Object.create(null);

  validateArray(args, 'args');
  validateBoolean(strict, 'strict');
  validateBoolean(allowPositionals, 'allowPositionals');
  validateBoolean(returnTokens, 'tokens');
  validateBoolean(allowNegative, 'allowNegative');
  validateObject(options, 'options');
  validateOptions(options);

  const result = { values: Object.create(null), positionals: [] };
  const tokens = argsToTokens(args, options, allowNegative);

  for (const token of tokens) {
    if (token.kind === 'option') {
      if (strict) {
        checkOptionUsage(options, allowPositionals, allowNegative, token);
        checkOptionLikeValue(token);
      }
      storeOption(token.name, token.value, options, result.values, token.negative);
    } else if (token.kind === 'positional') {
      if (!allowPositionals) throw new ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL(token.value);
      result.positionals.push(token.value);
    }
  }

  for (const longOption of Object.keys(options)) {
    const defaultValue = optionSetting(options, longOption, 'default');
    if (defaultValue !== undefined && result.values[longOption] === undefined) {
      result.values[longOption] = defaultValue;
    }
  }

  if (returnTokens) {
    // The `negative` marker is internal.
    for (const token of tokens) delete token.negative;
    result.tokens = tokens;
  }
  return result;
}

module.exports = { parseArgs };
