'use strict';
// assert.ok() / assert(): on failure without a message, print the source text
// of the failing call ("The expression evaluated to a falsy value: ..."),
// found by reading the caller's file at the position given by the stack.
// When the source cannot be found (eval, REPL, unreadable file, no stack),
// the generic "<value> == true" message is used instead.

const { AssertionError } = require('internal/assert/assertion_error');

// ---- Stack frames ------------------------------------------------------------

// Parses one stack line, V8 style (`    at fn (file:1:2)`, `    at file:1:2`)
// or JSC style (`fn@file:1:2`), into { file, line, column }.
function parseFrame(text) {
  let loc;
  const trimmed = text.trim();
  if (trimmed.startsWith('at ')) {
    if (trimmed.endsWith(')')) {
      const open = trimmed.lastIndexOf(' (');
      if (open === -1) return null;
      loc = trimmed.slice(open + 2, -1);
    } else {
      loc = trimmed.slice(3);
    }
  } else {
    const at = trimmed.indexOf('@');
    loc = at === -1 ? trimmed : trimmed.slice(at + 1);
  }
  const m = /^(.*):(\d+):(\d+)$/.exec(loc);
  if (m === null) return null;
  return { file: m[1], line: Number(m[2]), column: Number(m[3]) };
}

function currentFrames() {
  const desc = Object.getOwnPropertyDescriptor(Error, 'stackTraceLimit');
  const canSet = desc === undefined || desc.writable || typeof desc.set === 'function';
  const saved = Error.stackTraceLimit;
  if (canSet) Error.stackTraceLimit = 50;
  let stack;
  try {
    stack = new Error().stack;
  } finally {
    if (canSet) Error.stackTraceLimit = saved;
  }
  if (typeof stack !== 'string') return [];
  const frames = [];
  for (const line of stack.split('\n')) {
    const frame = parseFrame(line);
    if (frame !== null) frames.push(frame);
  }
  return frames;
}

const ownFile = (() => {
  const frames = currentFrames();
  return frames.length > 0 ? frames[0].file : undefined;
})();

const skippedFiles = new Set();
if (ownFile !== undefined) skippedFiles.add(ownFile);

// Called at the top level of a module whose frames should not count as the
// caller of assert.ok() (lib/assert.js).
function skipCallerFile() {
  for (const frame of currentFrames()) {
    if (!skippedFiles.has(frame.file)) {
      skippedFiles.add(frame.file);
      return;
    }
  }
}

function findCallSite() {
  for (const frame of currentFrames()) {
    if (!skippedFiles.has(frame.file)) return frame;
  }
  return null;
}

// ---- A small scanner for JavaScript source -------------------------------------

const kKeywordsBeforeParen = new Set([
  'if', 'for', 'while', 'switch', 'catch', 'with', 'return', 'typeof', 'void',
  'delete', 'in', 'of', 'instanceof', 'new', 'await', 'yield', 'case', 'do',
  'else', 'throw', 'function', 'class', 'const', 'let', 'var', 'export', 'import',
]);
const kRegExpAfterWord = new Set([
  'return', 'typeof', 'void', 'delete', 'in', 'of', 'instanceof', 'new', 'await',
  'yield', 'case', 'do', 'else', 'throw',
]);

function isIdentStart(c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c === '_' || c === '$' || c > '\u007f';
}
function isIdentPart(c) {
  return isIdentStart(c) || (c >= '0' && c <= '9');
}

// Returns the tokens that matter for finding calls: identifiers (type 'id'),
// numbers ('num'), strings/templates/regexps ('lit') and single punctuators.
// Brackets get a `match` index pointing at their partner.
function scan(src) {
  const tokens = [];
  const brackets = []; // indexes of open brackets, or -1 for a `${` of a template
  let i = 0;
  const n = src.length;

  const prevSignificant = () => (tokens.length > 0 ? tokens[tokens.length - 1] : null);
  const regexAllowed = () => {
    const prev = prevSignificant();
    if (prev === null) return true;
    if (prev.type === 'id') return kRegExpAfterWord.has(prev.value);
    if (prev.type === 'num' || prev.type === 'lit') return false;
    return !(prev.value === ')' || prev.value === ']' || prev.value === '}');
  };

  // Scans template characters from i until the closing backtick or `${`.
  const scanTemplate = () => {
    while (i < n) {
      const c = src[i];
      if (c === '\\') { i += 2; continue; }
      if (c === '`') { i++; return; }
      if (c === '$' && src[i + 1] === '{') {
        i += 2;
        brackets.push(-1);
        return;
      }
      i++;
    }
  };

  while (i < n) {
    const c = src[i];
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f' || c === '\v' ||
        c === '\u00a0' || c === '\ufeff' || c === '\u2028' || c === '\u2029') {
      i++;
      continue;
    }
    const start = i;
    if (c === '/' && src[i + 1] === '/') {
      while (i < n && src[i] !== '\n') i++;
      continue;
    }
    if (c === '/' && src[i + 1] === '*') {
      const endComment = src.indexOf('*/', i + 2);
      i = endComment === -1 ? n : endComment + 2;
      continue;
    }
    if (c === '#' && i === 0 && src[1] === '!') {
      while (i < n && src[i] !== '\n') i++;
      continue;
    }
    if (c === '"' || c === "'") {
      i++;
      while (i < n && src[i] !== c && src[i] !== '\n') i += src[i] === '\\' ? 2 : 1;
      i++;
      tokens.push({ type: 'lit', value: c, start, end: i });
      continue;
    }
    if (c === '`') {
      i++;
      scanTemplate();
      tokens.push({ type: 'lit', value: '`', start, end: i });
      continue;
    }
    if (c === '/' && regexAllowed()) {
      i++;
      let inClass = false;
      while (i < n && src[i] !== '\n') {
        const d = src[i];
        if (d === '\\') { i += 2; continue; }
        if (d === '[') inClass = true;
        else if (d === ']') inClass = false;
        else if (d === '/' && !inClass) break;
        i++;
      }
      i++;
      while (i < n && isIdentPart(src[i])) i++;
      tokens.push({ type: 'lit', value: '/', start, end: i });
      continue;
    }
    if (isIdentStart(c) || c === '\\') {
      i++;
      while (i < n && (isIdentPart(src[i]) || src[i] === '\\')) i++;
      tokens.push({ type: 'id', value: src.slice(start, i), start, end: i });
      continue;
    }
    if ((c >= '0' && c <= '9') || (c === '.' && src[i + 1] >= '0' && src[i + 1] <= '9')) {
      i++;
      while (i < n && (isIdentPart(src[i]) || src[i] === '.' ||
             ((src[i] === '+' || src[i] === '-') && (src[i - 1] === 'e' || src[i - 1] === 'E')))) {
        i++;
      }
      tokens.push({ type: 'num', value: src.slice(start, i), start, end: i });
      continue;
    }
    if (c === '?' && src[i + 1] === '.' && !(src[i + 2] >= '0' && src[i + 2] <= '9')) {
      i += 2;
      tokens.push({ type: 'punct', value: '?.', start, end: i });
      continue;
    }
    if (c === '=' && src[i + 1] === '>') {
      i += 2;
      tokens.push({ type: 'punct', value: '=>', start, end: i });
      continue;
    }
    if (c === '}' && brackets.length > 0 && brackets[brackets.length - 1] === -1) {
      // End of a `${...}` substitution: continue the template literal.
      brackets.pop();
      i++;
      scanTemplate();
      tokens.push({ type: 'lit', value: '`', start, end: i });
      continue;
    }
    i++;
    const token = { type: 'punct', value: c, start, end: i, match: -1 };
    if (c === '(' || c === '[' || c === '{') {
      brackets.push(tokens.length);
    } else if (c === ')' || c === ']' || c === '}') {
      if (brackets.length > 0 && brackets[brackets.length - 1] !== -1) {
        const open = brackets.pop();
        tokens[open].match = tokens.length;
        token.match = open;
      }
    }
    tokens.push(token);
  }
  return tokens;
}

// Start token index of the callee of the call whose `(` is tokens[k], or -1
// when tokens[k] does not open a call's arguments.
function calleeStart(tokens, k) {
  const prev = tokens[k - 1];
  if (prev === undefined) return -1;
  if (prev.type === 'id') {
    if (kKeywordsBeforeParen.has(prev.value)) return -1;
    const before = tokens[k - 2];
    if (before !== undefined && before.type === 'id' && before.value === 'function') return -1;
  } else if (!((prev.value === ')' || prev.value === ']') && prev.match !== -1)) {
    return -1;
  }
  // Walk the member/call chain leftwards: `a.b[c](d).e`.
  let j = k - 1;
  for (;;) {
    const t = tokens[j];
    const s = t.type === 'id' ? j : t.match;
    const before = tokens[s - 1];
    if (before === undefined) return s;
    if (before.type === 'punct' && (before.value === '.' || before.value === '?.')) {
      const object = tokens[s - 2];
      if (object === undefined || !(object.type === 'id' ||
          ((object.value === ')' || object.value === ']') && object.match !== -1))) {
        return s;
      }
      j = s - 2;
      continue;
    }
    // `x(...)` or `x[...]`: the group belongs to the chain ending at x.
    if (t.type !== 'id' &&
        ((before.type === 'id' && !kKeywordsBeforeParen.has(before.value)) ||
         ((before.value === ')' || before.value === ']') && before.type === 'punct' && before.match !== -1))) {
      j = s - 1;
      continue;
    }
    return s;
  }
}

// The smallest call expression whose source range contains `pos`:
// { from, to, open } offsets (open: the argument list's `(`), or null.
function findCallAt(src, pos, tokens = scan(src)) {
  let best = null;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.value !== '(' || t.type !== 'punct' || t.match === -1) continue;
    const s = calleeStart(tokens, k);
    if (s === -1) continue;
    const from = tokens[s].start;
    const to = tokens[t.match].end;
    if (from <= pos && pos <= to && (best === null || to - from < best.to - best.from)) {
      best = { from, to, open: t.start };
    }
  }
  return best;
}

// Node finds the expression by parsing the code from the start of the line
// of the call, trying each token up to the call as the start of an
// expression. That fails for example when the expression is followed by a
// trailing comma (`  assert.ok(x),\n]`), and Node then falls back to the
// generic message. The checks below approximate that parse.
const kNotExpressionStart = new Set([
  'const', 'let', 'var', 'if', 'for', 'while', 'do', 'else', 'return', 'throw',
  'switch', 'case', 'default', 'break', 'continue', 'try', 'catch', 'finally',
  'export', 'import', 'in', 'of', 'instanceof', 'debugger', 'with',
]);
const kOperandWords = new Set(['in', 'of', 'instanceof']);

function isOperandEnd(t) {
  if (t.type === 'id') return !kOperandWords.has(t.value) && !kKeywordsBeforeParen.has(t.value);
  if (t.type === 'num' || t.type === 'lit') return true;
  return t.value === ')' || t.value === ']' || t.value === '}';
}

function isOperandStart(t) {
  if (t.type === 'id') return !kOperandWords.has(t.value);
  if (t.type === 'num' || t.type === 'lit') return true;
  return t.value === '{';
}

function canStartExpression(t) {
  if (t.type === 'id') return !kNotExpressionStart.has(t.value);
  if (t.type === 'num' || t.type === 'lit') return true;
  return t.value === '(' || t.value === '[' || t.value === '{' || t.value === '!' ||
    t.value === '~' || t.value === '+' || t.value === '-';
}

// End offset of the expression starting at tokens[k], or -1 when parsing it
// would be a syntax error.
function expressionEnd(tokens, k, srcLength) {
  let conditionals = 0;
  let prev = null;
  let j = k;
  while (j < tokens.length) {
    const t = tokens[j];
    if (t.type === 'punct') {
      if (t.value === ')' || t.value === ']' || t.value === '}' || t.value === ';') break;
      if (t.value === '?') conditionals++;
      if (t.value === ':') {
        if (conditionals === 0) break;
        conditionals--;
      }
      if (t.value === ',') {
        const next = tokens[j + 1];
        if (next === undefined || next.value === ')' || next.value === ']' || next.value === '}' ||
            next.value === ';' || next.value === ',') {
          return -1;
        }
      }
    }
    if (prev !== null && isOperandEnd(prev) && isOperandStart(t) &&
        !(prev.value === ')' && t.value === '{' && tokens[j - 1].match !== -1 &&
          tokens[tokens[j - 1].match - 1] && tokens[tokens[j - 1].match - 1].value === 'function')) {
      break;
    }
    if ((t.value === '(' || t.value === '[' || t.value === '{') && t.type === 'punct') {
      if (t.match === -1) return -1;
      j = t.match;
      prev = tokens[j];
      j++;
      continue;
    }
    prev = t;
    j++;
  }
  if (prev === null) return -1;
  if (j >= tokens.length && prev.type === 'punct' && !isOperandEnd(prev)) return -1;
  return j < tokens.length ? tokens[j].start : srcLength;
}

function nodeWouldFindCall(tokens, lineStart, pos, call, srcLength) {
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.end <= lineStart) continue;
    if (t.start > pos) break;
    if (t.start < lineStart || !canStartExpression(t)) continue;
    const end = expressionEnd(tokens, k, srcLength);
    if (end !== -1 && t.start <= call.from && call.to <= end) return true;
  }
  return false;
}

// JSC drops the frame of a function that ends in a tail call (`() =>
// assert.ok(x)` in strict code), so the frame found may be the caller's
// unrelated call. Only calls that look like assert calls are printed.
const kAssertNames = new Set(['ok', 'assert', 'strict']);
function looksLikeAssertCall(src, call) {
  const callee = src.slice(call.from, call.open).replace(/\s*(\?\.|\.)\s*(call|apply)\s*$/, '');
  const m = /([A-Za-z_$][\w$]*)\W*$/.exec(callee);
  return m !== null && kAssertNames.has(m[1]);
}

function positionOf(src, line, column) {
  let offset = 0;
  for (let l = 1; l < line; l++) {
    const nl = src.indexOf('\n', offset);
    if (nl === -1) return -1;
    offset = nl + 1;
  }
  return offset + column - 1;
}

function readSource(file) {
  let path = file;
  if (path.startsWith('file://')) {
    try {
      path = decodeURIComponent(new URL(path).pathname);
    } catch {
      return undefined;
    }
  }
  if (!path.startsWith('/') && !/^[A-Za-z]:[\\/]/.test(path)) return undefined;
  try {
    return require('fs').readFileSync(path, 'utf8');
  } catch {
    // Fall back to the loader's own file reader while fs is incomplete.
  }
  try {
    // eslint-disable-next-line no-undef
    if (typeof internalBinding === 'function') return internalBinding('fs').readFileUtf8(path);
  } catch {
    // Unreadable: use the generic message.
  }
  return undefined;
}

const messageCache = new Map();

function expressionMessage(site) {
  const key = `${site.file}:${site.line}:${site.column}`;
  if (messageCache.has(key)) return messageCache.get(key);
  let message;
  const src = readSource(site.file);
  if (src !== undefined) {
    const pos = positionOf(src, site.line, site.column);
    const tokens = scan(src);
    const call = pos < 0 ? null : findCallAt(src, pos, tokens);
    if (call !== null && looksLikeAssertCall(src, call) &&
        nodeWouldFindCall(tokens, src.lastIndexOf('\n', pos - 1) + 1, pos, call, src.length)) {
      const lineStart = src.lastIndexOf('\n', call.from - 1) + 1;
      const indent = call.from - lineStart;
      const lines = src.slice(call.from, call.to).split('\n');
      for (let l = 1; l < lines.length; l++) {
        let strip = 0;
        while (strip < indent && (lines[l][strip] === ' ' || lines[l][strip] === '\t')) strip++;
        lines[l] = lines[l].slice(strip).replace(/\r$/, '');
      }
      lines[0] = lines[0].replace(/\r$/, '');
      message = `The expression evaluated to a falsy value:\n\n  ${lines.join('\n  ')}\n`;
    }
  }
  if (messageCache.size > 100) messageCache.clear();
  messageCache.set(key, message);
  return message;
}

function getErrMessage() {
  try {
    const site = findCallSite();
    if (site === null) return undefined;
    return expressionMessage(site);
  } catch {
    return undefined;
  }
}

// Shared by assert(), assert.ok() and assert.strict().
function innerOk(fn, argLen, value, message) {
  if (value) return;
  let generatedMessage = false;
  if (argLen === 0) {
    generatedMessage = true;
    message = 'No value argument passed to `assert.ok()`';
  } else if (message == null) {
    generatedMessage = true;
    message = getErrMessage();
  } else if (message instanceof Error) {
    throw message;
  }
  const err = new AssertionError({
    actual: value,
    expected: true,
    message,
    operator: '==',
    stackStartFn: fn,
  });
  err.generatedMessage = generatedMessage;
  throw err;
}

module.exports = {
  innerOk,
  skipCallerFile,
  // Exposed for tests of the scanner.
  findCallAt,
};
