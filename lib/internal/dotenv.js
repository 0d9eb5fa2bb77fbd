'use strict';
// .env files: util.parseEnv, process.loadEnvFile and --env-file. The rules
// are those node v20 applies (observed, quirks included): one KEY=value per
// line; only spaces count as blanks; `#` starts a comment at the start of a
// line or in an unquoted value; "double quotes" turn `\n` into a newline and
// may span lines, 'single' and `back` quotes are taken as they are; a quote
// left open takes the rest of its line as it is. A line without `=` joins
// the next one's key (node's parser looks for the `=` across lines).

const { validateString } = require('internal/validators');
const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');

const SPACE = 0x20;

function trimSpaces(s) {
  let a = 0;
  let b = s.length;
  while (a < b && s.charCodeAt(a) === SPACE) a++;
  while (b > a && s.charCodeAt(b - 1) === SPACE) b--;
  return s.slice(a, b);
}

function lineEnd(text, from) {
  const nl = text.indexOf('\n', from);
  return nl === -1 ? text.length : nl;
}

// The pairs of a .env text, in a Map (a later key wins).
function parsePairs(content) {
  const text = trimSpaces(content.replaceAll('\r', ''));
  const pairs = new Map();
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text[i];
    if (c === '\n' || c === '#') {
      const nl = text.indexOf('\n', i);
      if (nl !== -1) {
        i = nl + 1;
        continue;
      }
    }
    const eq = text.indexOf('=', i);
    if (eq === -1) break;
    let key = text.slice(i, eq);
    // A key of spaces only: node's trimming then slips one character back
    // (the newline before it, mostly), and that is the key.
    if (key !== '' && trimSpaces(key) === '') key = i > 0 && text.charCodeAt(i - 1) !== SPACE ? text[i - 1] : '';
    else key = trimSpaces(key);
    if (key === '') break;
    if (key.startsWith('export ')) key = key.slice(7);
    i = eq + 1;
    while (i < n && text.charCodeAt(i) === SPACE) i++;
    if (i >= n) {
      pairs.set(key, '');
      break;
    }
    const q = text[i];
    if (q === '"' || q === "'" || q === '`') {
      const close = text.indexOf(q, i + 1);
      if (close !== -1) {
        let value = text.slice(i + 1, close);
        if (q === '"') value = value.replaceAll('\\n', '\n');
        pairs.set(key, value);
        i = lineEnd(text, close + 1);
        continue;
      }
      // Never closed: the rest of the line as it is; on the last line,
      // nothing, and the search for a key goes on from the quote.
      const nl = text.indexOf('\n', i);
      if (nl === -1) continue;
      pairs.set(key, text.slice(i, nl));
      i = nl;
      continue;
    }
    const end = lineEnd(text, i);
    let value = text.slice(i, end);
    const hash = value.indexOf('#');
    if (hash !== -1) value = value.slice(0, hash);
    pairs.set(key, trimSpaces(value));
    i = end;
  }
  return pairs;
}

// Keys in the byte order of their UTF-8 (node's result is built from a
// sorted map).
function byUtf8(a, b) {
  const n = Math.min(a.length, b.length);
  for (let k = 0; k < n; k++) {
    const x = a.codePointAt(k);
    const y = b.codePointAt(k);
    if (x !== y) return x - y;
    if (x > 0xFFFF) k++;
  }
  return a.length - b.length;
}

function parseEnv(content) {
  validateString(content, 'content');
  const pairs = parsePairs(content);
  const out = {};
  for (const key of [...pairs.keys()].sort(byUtf8)) out[key] = pairs.get(key);
  return out;
}

// Sets the variables of `pairs` that the environment does not have.
function applyPairs(pairs) {
  for (const [key, value] of pairs) {
    if (process.env[key] === undefined) process.env[key] = value;
  }
}

function isURLPath(value) {
  const url = require('internal/url');
  return url.isURL(value) || url.isURLLike(value);
}

function loadEnvFile(path = '.env') {
  // fs would also take a file descriptor; this takes paths only.
  if (typeof path !== 'string' && !(path instanceof Uint8Array) && !isURLPath(path)) {
    throw new ERR_INVALID_ARG_TYPE('path', ['string', 'Buffer', 'URL'], path);
  }
  applyPairs(parsePairs(require('fs').readFileSync(path, 'utf8')));
}

// --env-file (in order; a later file's value wins over an earlier one's,
// the environment over both). A file that cannot be read ends the process
// with code 9, as node's.
function loadEnvFiles(files) {
  const fs = require('fs');
  const all = new Map();
  for (const file of files) {
    let text;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch (err) {
      // node's words: a file it cannot open is "not found", one it cannot read (a folder) "invalid format".
      process._rawDebug(`${process.argv0}: ${file}: ${err?.syscall === 'open' ? 'not found' : 'invalid format'}`);
      internalBinding('process').reallyExit(9);
    }
    for (const [key, value] of parsePairs(text)) all.set(key, value);
  }
  applyPairs(all);
}

module.exports = { parseEnv, loadEnvFile, loadEnvFiles };
