'use strict';
// Terminal input as keys: readline.emitKeypressEvents() turns the text a
// stream emits into 'keypress' events ({ sequence, name, ctrl, meta,
// shift }), with the escape sequences xterm-like terminals send for arrows,
// Home/End, Delete, function keys and their modifiers. And the cursor
// movements readline writes (ECMA-48 control sequences).

const { StringDecoder } = require('string_decoder');
const { codes: { ERR_INVALID_ARG_VALUE, ERR_INVALID_CURSOR_POS } } = require('internal/errors');
const { validateFunction } = require('internal/validators');

const ESC = '\x1b';
const CSI = `${ESC}[`;

// Final characters of CSI/SS3 sequences without a number: ESC [ A, ESC O A...
const kLetterKeys = {
  A: 'up', B: 'down', C: 'right', D: 'left', E: 'clear', F: 'end', H: 'home',
  P: 'f1', Q: 'f2', R: 'f3', S: 'f4', Z: 'tab',
};
// ESC [ n ~
const kTildeKeys = {
  1: 'home', 2: 'insert', 3: 'delete', 4: 'end', 5: 'pageup', 6: 'pagedown', 7: 'home', 8: 'end',
  11: 'f1', 12: 'f2', 13: 'f3', 14: 'f4', 15: 'f5', 17: 'f6', 18: 'f7', 19: 'f8', 20: 'f9', 21: 'f10',
  23: 'f11', 24: 'f12', 200: 'paste-start', 201: 'paste-end',
};

function plainKey(ch, meta) {
  const key = { sequence: meta ? ESC + ch : ch, name: undefined, ctrl: false, meta, shift: false };
  if (ch === '\r') key.name = 'return';
  else if (ch === '\n') key.name = 'enter';
  else if (ch === '\t') key.name = 'tab';
  else if (ch === '\b' || ch === '\x7f') key.name = 'backspace';
  else if (ch === ESC) key.name = 'escape';
  else if (ch === ' ') key.name = 'space';
  else if (ch.length === 1 && ch.charCodeAt(0) <= 0x1a) {
    key.name = String.fromCharCode(ch.charCodeAt(0) + 96);
    key.ctrl = true;
  } else if (/^[0-9A-Za-z]$/.test(ch)) {
    key.name = ch.toLowerCase();
    key.shift = ch !== key.name;
  }
  return key;
}

// Modifier parameter of xterm sequences: 1 + (shift 1 | meta 2 | ctrl 4).
function withModifier(key, mod) {
  const m = (mod || 1) - 1;
  key.shift = (m & 1) !== 0;
  key.meta = (m & 10) !== 0;
  key.ctrl = (m & 4) !== 0;
  return key;
}

// Splits text into [string, key] pairs; returns the unfinished escape
// sequence left at the end (to be completed by the next chunk).
function parseKeys(s, emit) {
  let i = 0;
  while (i < s.length) {
    const ch = s[i];
    if (ch !== ESC) {
      const cp = s.codePointAt(i);
      const text = String.fromCodePoint(cp);
      emit(text, plainKey(text, false));
      i += text.length;
      continue;
    }
    if (i + 1 >= s.length) return s.slice(i);
    const next = s[i + 1];
    if (next === '[' || next === 'O') {
      // ESC [ params final  /  ESC O final
      let j = i + 2;
      if (next === '[' && s[j] === '[') j++; // ESC [ [ A: Linux console F1..F5
      while (j < s.length && /[0-9;]/.test(s[j])) j++;
      if (j >= s.length) return s.slice(i);
      const seq = s.slice(i, j + 1);
      const params = s.slice(i + 2, j).replace(/^\[/, '');
      const final = s[j];
      const [num, mod] = params.split(';').map((p) => (p === '' ? undefined : Number(p)));
      const key = { sequence: seq, name: undefined, ctrl: false, meta: false, shift: false, code: seq.slice(1) };
      if (final === '~') key.name = kTildeKeys[num];
      else if (kLetterKeys[final] !== undefined) key.name = kLetterKeys[final];
      if (final === 'Z') key.shift = true;
      else withModifier(key, final === '~' ? mod : (mod ?? num));
      emit(undefined, key);
      i = j + 1;
      continue;
    }
    if (next === ESC) {
      emit(undefined, plainKey(ESC, true));
      i += 1;
      continue;
    }
    // ESC + a character: that character with meta.
    const cp = s.codePointAt(i + 1);
    const text = String.fromCodePoint(cp);
    const key = plainKey(text, true);
    key.meta = true;
    emit(undefined, key);
    i += 1 + text.length;
  }
  return '';
}

const kKeypressDecoder = Symbol('keypressDecoder');
const kEscapeTimeout = 500;

function emitKeypressEvents(stream, iface = {}) {
  if (stream[kKeypressDecoder]) return;
  const decoder = new StringDecoder('utf8');
  stream[kKeypressDecoder] = decoder;
  let pending = '';
  let timer = null;
  const emit = (text, key) => stream.emit('keypress', text, key);
  const flushEscape = () => {
    timer = null;
    const rest = pending;
    pending = '';
    // A lone ESC (or an unfinished sequence) after a pause is what it is.
    for (const ch of rest) emit(undefined, plainKey(ch, false));
  };
  function onData(chunk) {
    if (stream.listenerCount('keypress') === 0) return;
    const text = typeof chunk === 'string' ? chunk : decoder.write(chunk);
    if (timer !== null) {
      clearTimeout(timer);
      timer = null;
    }
    pending = parseKeys(pending + text, emit);
    if (pending !== '') timer = setTimeout(flushEscape, iface.escapeCodeTimeout ?? kEscapeTimeout);
  }
  function onNewListener(event) {
    if (event !== 'keypress') return;
    stream.on('data', onData);
    stream.removeListener('newListener', onNewListener);
  }
  if (stream.listenerCount('keypress') > 0) stream.on('data', onData);
  else stream.on('newListener', onNewListener);
}

// ---- cursor control ----

function writeThen(stream, data, callback) {
  if (stream == null) {
    if (typeof callback === 'function') process.nextTick(callback, null);
    return true;
  }
  return stream.write(data, callback);
}

function checkCallback(callback) {
  if (callback !== undefined) validateFunction(callback, 'callback');
}

// The control sequences, shared with readline/promises' Readline.
const cursorToSequence = (x, y) => (typeof y !== 'number' ? `${CSI}${x + 1}G` : `${CSI}${y + 1};${x + 1}H`);
function moveSequence(dx, dy) {
  let data = '';
  if (dx < 0) data += `${CSI}${-dx}D`;
  else if (dx > 0) data += `${CSI}${dx}C`;
  if (dy < 0) data += `${CSI}${-dy}A`;
  else if (dy > 0) data += `${CSI}${dy}B`;
  return data;
}
// dir: -1 to the left of the cursor, 1 to its right, 0 the whole line.
const clearLineSequence = (dir) => (dir < 0 ? `${CSI}1K` : dir > 0 ? `${CSI}0K` : `${CSI}2K`);
const kClearScreenDown = `${CSI}0J`;

function cursorTo(stream, x, y, callback) {
  if (typeof y === 'function') {
    callback = y;
    y = undefined;
  }
  checkCallback(callback);
  if (Number.isNaN(x)) throw new ERR_INVALID_ARG_VALUE('x', x);
  if (Number.isNaN(y)) throw new ERR_INVALID_ARG_VALUE('y', y);
  if (stream == null || (typeof x !== 'number' && typeof y !== 'number')) {
    if (typeof callback === 'function') process.nextTick(callback, null);
    return true;
  }
  if (typeof x !== 'number') throw new ERR_INVALID_CURSOR_POS();
  return writeThen(stream, cursorToSequence(x, y), callback);
}

function moveCursor(stream, dx, dy, callback) {
  checkCallback(callback);
  if (stream == null || !(dx || dy)) {
    if (typeof callback === 'function') process.nextTick(callback, null);
    return true;
  }
  return writeThen(stream, moveSequence(dx, dy), callback);
}

function clearLine(stream, dir, callback) {
  checkCallback(callback);
  return writeThen(stream, clearLineSequence(dir), callback);
}

function clearScreenDown(stream, callback) {
  checkCallback(callback);
  return writeThen(stream, kClearScreenDown, callback);
}

module.exports = {
  emitKeypressEvents, parseKeys, cursorTo, moveCursor, clearLine, clearScreenDown,
  cursorToSequence, moveSequence, clearLineSequence, kClearScreenDown,
};
