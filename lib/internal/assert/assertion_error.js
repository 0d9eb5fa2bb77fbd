'use strict';
// AssertionError and the text of its generated messages (Node v20 format:
// "Expected values to be strictly equal:", the "+ actual - expected" line
// diff with "..." for skipped lines, the "^" mismatch indicator, etc.).

const { codes: { ERR_INVALID_ARG_TYPE }, hideStackHeader } = require('internal/errors');

let inspectFn;
function inspect(value, options) {
  if (inspectFn === undefined) inspectFn = require('internal/util/inspect').inspect;
  return inspectFn(value, options);
}

const kInspectCustom = Symbol.for('nodejs.util.inspect.custom');

// Diff markers are coloured only when stderr is a colour terminal.
let blue = '';
let green = '';
let red = '';
let white = '';

function refreshColors() {
  const stderr = typeof process === 'object' && process !== null ? process.stderr : undefined;
  let useColors = false;
  try {
    useColors = !!(stderr && stderr.isTTY && typeof stderr.hasColors === 'function' && stderr.hasColors());
  } catch {
    useColors = false;
  }
  if (useColors) {
    blue = '\u001b[34m';
    green = '\u001b[32m';
    white = '\u001b[39m';
    red = '\u001b[31m';
  } else {
    blue = green = white = red = '';
  }
}

function terminalColumns() {
  const stderr = typeof process === 'object' && process !== null ? process.stderr : undefined;
  if (stderr && stderr.isTTY && typeof stderr.columns === 'number') return stderr.columns;
  return 80;
}

function stripColors(str) {
  // eslint-disable-next-line no-control-regex
  return str.replace(/\u001b\[\d\d?m/g, '');
}

function inspectColorsEnabled() {
  try {
    if (inspectFn === undefined) inspectFn = require('internal/util/inspect').inspect;
    return !!(inspectFn.defaultOptions && inspectFn.defaultOptions.colors);
  } catch {
    return false;
  }
}

const kReadableOperator = {
  deepStrictEqual: 'Expected values to be strictly deep-equal:',
  strictEqual: 'Expected values to be strictly equal:',
  strictEqualObject: 'Expected "actual" to be reference-equal to "expected":',
  deepEqual: 'Expected values to be loosely deep-equal:',
  notDeepStrictEqual: 'Expected "actual" not to be strictly deep-equal to:',
  notStrictEqual: 'Expected "actual" to be strictly unequal to:',
  notStrictEqualObject: 'Expected "actual" not to be reference-equal to "expected":',
  notDeepEqual: 'Expected "actual" not to be loosely deep-equal to:',
  notIdentical: 'Values have same structure but are not reference-equal:',
  notDeepEqualUnequal: 'Expected values not to be loosely deep-equal:',
};

// Values of this combined length (or less) are shown as `a !== b`.
const kMaxShortLength = 12;
// Above this many printed lines the diff is cut.
const kMaxPrintedLines = 50;

function inspectValue(value) {
  return inspect(value, {
    compact: false,
    customInspect: false,
    depth: 1000,
    maxArrayLength: Infinity,
    showHidden: false,
    showProxy: false,
    sorted: true,
    getters: true,
  });
}

// Errors are shown without their stack in diffs.
function copyError(source) {
  const copy = Object.assign(Object.create(Object.getPrototypeOf(source)), source);
  Object.defineProperty(copy, 'message', { value: source.message, writable: true, configurable: true });
  return copy;
}

function isObjectLike(value) {
  return typeof value === 'object' && value !== null;
}

// Keep at most 47 lines of a long inspection, the last one being "...".
function truncateLines(lines) {
  if (lines.length > kMaxPrintedLines) {
    lines[46] = `${blue}...${white}`;
    lines.length = 47;
  }
  return lines;
}

function createErrDiff(actual, expected, operator, customMessage) {
  const actualInspected = inspectValue(actual);
  const actualLines = actualInspected.split('\n');
  const expectedLines = inspectValue(expected).split('\n');
  let header;
  if (operator === 'strictEqual' &&
      ((isObjectLike(actual) && isObjectLike(expected)) ||
       (typeof actual === 'function' && typeof expected === 'function'))) {
    operator = 'strictEqualObject';
  }
  header = customMessage ? String(customMessage) : kReadableOperator[operator];

  let indicator = '';
  // Position of the first differing character of single-line values; also
  // reused below as the count of identical trailing lines (kept in step with
  // Node, whose output depends on it).
  let counter = 0;

  if (actualLines.length === 1 && expectedLines.length === 1 && actualLines[0] !== expectedLines[0]) {
    const colors = inspectColorsEnabled();
    const actualRaw = colors ? stripColors(actualLines[0]) : actualLines[0];
    const expectedRaw = colors ? stripColors(expectedLines[0]) : expectedLines[0];
    const inputLength = actualRaw.length + expectedRaw.length;
    if (inputLength <= kMaxShortLength) {
      if (!isObjectLike(actual) && !isObjectLike(expected) && (actual !== 0 || expected !== 0)) {
        return `${header}\n\n${actualLines[0]} !== ${expectedLines[0]}\n`;
      }
    } else if (operator !== 'strictEqualObject' && inputLength < terminalColumns()) {
      while (actualRaw[counter] === expectedRaw[counter]) counter++;
      if (counter > 2) {
        indicator = `\n  ${' '.repeat(counter)}^`;
        counter = 0;
      }
    }
  }

  // Drop the identical trailing lines; keep up to three of them for context.
  let end = '';
  let topOfEnd = '';
  let skipped = false;
  while (actualLines.length > 0 && expectedLines.length > 0 &&
         actualLines[actualLines.length - 1] === expectedLines[expectedLines.length - 1]) {
    const line = actualLines.pop();
    expectedLines.pop();
    if (counter++ < 3) end = `\n  ${line}${end}`;
    else topOfEnd = line;
  }

  const maxLines = Math.max(actualLines.length, expectedLines.length);
  if (maxLines === 0) {
    // Same inspection, different identity (e.g. two distinct symbols).
    const lines = truncateLines(actualInspected.split('\n'));
    return `${kReadableOperator.notIdentical}\n\n${lines.join('\n')}\n`;
  }

  if (counter >= 5) {
    end = `\n${blue}...${white}${end}`;
    skipped = true;
  }
  if (topOfEnd !== '') end = `\n  ${topOfEnd}${end}`;

  const msg = `${header}\n${green}+ actual${white} ${red}- expected${white}`;
  const skippedMsg = ` ${blue}...${white} Lines skipped`;

  let res = '';
  let pending = ''; // expected-side lines waiting to be printed after a run of "+" lines
  let printedLines = 0;
  let identical = 0;

  let lines = actualLines;
  let plusMinus = `${green}+${white}`;
  let shorterLength = expectedLines.length;
  if (actualLines.length < maxLines) {
    lines = expectedLines;
    plusMinus = `${red}-${white}`;
    shorterLength = actualLines.length;
  }

  // Print the last identical lines before a change (collapsed to "..." when
  // there were more than five of them).
  const flushIdentical = (source, i) => {
    if (identical > 2) {
      if (identical > 3) {
        if (identical > 4) {
          if (identical === 5) {
            res += `\n  ${source[i - 3]}`;
            printedLines++;
          } else {
            res += `\n${blue}...${white}`;
            skipped = true;
          }
        }
        res += `\n  ${source[i - 2]}`;
        printedLines++;
      }
      res += `\n  ${source[i - 1]}`;
      printedLines++;
    }
    identical = 0;
  };

  for (let i = 0; i < maxLines; i++) {
    if (shorterLength < i + 1) {
      // Only the longer side has lines left.
      flushIdentical(lines, i);
      if (lines === actualLines) res += `\n${plusMinus} ${lines[i]}`;
      else pending += `\n${plusMinus} ${lines[i]}`;
      printedLines++;
    } else {
      const expectedLine = expectedLines[i];
      let actualLine = actualLines[i];
      let diverging = actualLine !== expectedLine &&
        (!actualLine.endsWith(',') || actualLine.slice(0, -1) !== expectedLine);
      // Lines that differ only by a trailing comma count as identical.
      if (diverging && expectedLine.endsWith(',') && expectedLine.slice(0, -1) === actualLine) {
        diverging = false;
        actualLine += ',';
      }
      if (diverging) {
        flushIdentical(actualLines, i);
        res += `\n${green}+${white} ${actualLine}`;
        pending += `\n${red}-${white} ${expectedLine}`;
        printedLines += 2;
      } else {
        res += pending;
        pending = '';
        identical++;
        if (identical <= 2) {
          res += `\n  ${actualLine}`;
          printedLines++;
        }
      }
    }
    if (printedLines > kMaxPrintedLines && i < maxLines - 2) {
      return `${msg}${skippedMsg}\n${res}\n${blue}...${white}${pending}\n${blue}...${white}`;
    }
  }

  return `${msg}${skipped ? skippedMsg : ''}\n${res}${pending}${end}${indicator}`;
}

function createNotEqualMessage(actual, operator) {
  let base = kReadableOperator[operator];
  if (operator === 'notStrictEqual' && (isObjectLike(actual) || typeof actual === 'function')) {
    base = kReadableOperator.notStrictEqualObject;
  }
  const lines = truncateLines(inspectValue(actual).split('\n'));
  if (lines.length === 1) return `${base}${lines[0].length > 5 ? '\n\n' : ' '}${lines[0]}`;
  return `${base}\n\n${lines.join('\n')}\n`;
}

function createLooseMessage(actual, expected, operator) {
  let res = inspectValue(actual);
  let other = inspectValue(expected);
  const known = kReadableOperator[operator];
  if (operator === 'notDeepEqual' && res === other) {
    res = `${known}\n\n${res}`;
    if (res.length > 1024) res = `${res.slice(0, 1021)}...`;
    return res;
  }
  if (res.length > 512) res = `${res.slice(0, 509)}...`;
  if (other.length > 512) other = `${other.slice(0, 509)}...`;
  if (operator === 'deepEqual') {
    res = `${known}\n\n${res}\n\nshould loosely deep-equal\n\n`;
  } else {
    const unequal = kReadableOperator[`${operator}Unequal`];
    if (unequal) res = `${unequal}\n\n${res}\n\nshould not loosely deep-equal\n\n`;
    else other = ` ${operator} ${other}`;
  }
  return `${res}${other}`;
}

function buildMessage(actual, expected, operator, message) {
  refreshColors();
  if (message != null) {
    if (operator === 'deepStrictEqual' || operator === 'strictEqual') {
      return createErrDiff(actual, expected, operator, message);
    }
    return String(message);
  }
  if (isObjectLike(actual) && isObjectLike(expected) &&
      'stack' in actual && actual instanceof Error &&
      'stack' in expected && expected instanceof Error) {
    actual = copyError(actual);
    expected = copyError(expected);
  }
  if (operator === 'deepStrictEqual' || operator === 'strictEqual') {
    return createErrDiff(actual, expected, operator);
  }
  if (operator === 'notDeepStrictEqual' || operator === 'notStrictEqual') {
    return createNotEqualMessage(actual, operator);
  }
  return createLooseMessage(actual, expected, operator);
}

function setStackTraceLimit(value) {
  const desc = Object.getOwnPropertyDescriptor(Error, 'stackTraceLimit');
  if (desc === undefined ? Object.isExtensible(Error) : desc.writable || typeof desc.set === 'function') {
    Error.stackTraceLimit = value;
    return true;
  }
  return false;
}

// Strings longer than ten lines or 512 characters are cut when an
// AssertionError itself is inspected.
function addEllipsis(string) {
  const lines = string.split('\n', 11);
  if (lines.length > 10) {
    lines.length = 10;
    return `${lines.join('\n')}\n...`;
  }
  if (string.length > 512) return `${string.slice(512)}...`;
  return string;
}

class AssertionError extends Error {
  constructor(options) {
    if (options === null || typeof options !== 'object') {
      throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
    }
    const { message, operator, stackStartFn } = options;
    const { actual, expected } = options;

    const limit = Error.stackTraceLimit;
    const limitChanged = setStackTraceLimit(0);
    let text;
    try {
      text = buildMessage(actual, expected, operator, message);
    } finally {
      if (limitChanged) Error.stackTraceLimit = limit;
    }
    super(text);

    this.generatedMessage = !message;
    Object.defineProperty(this, 'name', {
      value: 'AssertionError [ERR_ASSERTION]',
      enumerable: false,
      writable: true,
      configurable: true,
    });
    this.code = 'ERR_ASSERTION';
    this.actual = actual;
    this.expected = expected;
    this.operator = operator;
    if (typeof Error.captureStackTrace === 'function') {
      Error.captureStackTrace(this, stackStartFn || this.constructor);
    }
    // Under V8 the stack header is fixed on first access; lode's runtime reads
    // the header from kStackHeader instead.
    hideStackHeader(this, 'AssertionError [ERR_ASSERTION]');
    // eslint-disable-next-line no-unused-expressions
    this.stack;
    this.name = 'AssertionError';
  }

  toString() {
    return `${this.name} [${this.code}]: ${this.message}`;
  }

  [kInspectCustom](recurseTimes, ctx) {
    const savedActual = this.actual;
    const savedExpected = this.expected;
    if (typeof this.actual === 'string') this.actual = addEllipsis(this.actual);
    if (typeof this.expected === 'string') this.expected = addEllipsis(this.expected);
    try {
      return inspect(this, { ...ctx, customInspect: false, depth: 0 });
    } finally {
      this.actual = savedActual;
      this.expected = savedExpected;
    }
  }
}

module.exports = {
  AssertionError,
  kReadableOperator,
  inspectValue,
};
