'use strict';
// string_decoder: every encoding across chunk boundaries, lastChar/lastNeed/lastTotal, end/text, bad input.
// Expected values were produced by Node v20 (engine-specific messages of
// plain TypeErrors/RangeErrors are compared by name only).
const assert = require('assert');


const { check, run, show } = require('../common/expect');
var { StringDecoder } = require('string_decoder');
check(() => ((() => { const d = new StringDecoder(); return [d.encoding, d.write(Buffer.from([226])), d.lastNeed, d.lastTotal, d.lastChar, d.write(Buffer.from([130])), d.lastNeed, d.lastTotal, d.lastChar, d.write(Buffer.from([172])), d.lastNeed, d.lastTotal, d.lastChar, d.end()]; })()), "[\"utf8\", \"\", 2, 3, <Buffer e282ac00>, \"\", 1, 3, <Buffer e282ac00>, \"€\", 0, 0, <Buffer e282ac00>, \"\"]");
check(() => ((() => { const d = new StringDecoder('utf8'); return [d.write(Buffer.from([226,130])), d.end()]; })()), "[\"\", \"�\"]");
check(() => ((() => { const d = new StringDecoder('utf8'); return [d.write(Buffer.from([226,65])), d.end()]; })()), "[\"�A\", \"\"]");
check(() => ((() => { const d = new StringDecoder('utf8'); return [d.write(Buffer.from([226])), d.write(Buffer.from([65])), d.end()]; })()), "[\"\", \"�A\", \"\"]");
check(() => ((() => { const d = new StringDecoder('utf8'); return [d.write(Buffer.from([240,159])), d.write(Buffer.from([152])), d.write(Buffer.from([128,65]))]; })()), "[\"\", \"\", \"😀A\"]");
check(() => ((() => { const d = new StringDecoder('utf8'); return [d.write(Buffer.from([255])), d.write(Buffer.from([128,128])), d.end()]; })()), "[\"�\", \"��\", \"\"]");
check(() => ((() => { const d = new StringDecoder('utf8'); return [d.write(Buffer.from([240,159])), d.end(Buffer.from([152]))]; })()), "[\"\", \"�\"]");
check(() => ((() => { const d = new StringDecoder('utf16le'); return [d.encoding, d.write(Buffer.from([65])), d.lastNeed, d.lastTotal, d.lastChar, d.write(Buffer.from([0,61])), d.lastNeed, d.lastTotal, d.lastChar, d.write(Buffer.from([216,0])), d.lastNeed, d.lastTotal, d.lastChar, d.write(Buffer.from([222])), d.end()]; })()), "[\"utf16le\", \"\", 1, 2, <Buffer 00de0000>, \"A\", 1, 2, <Buffer 00de0000>, \"\\ud83d\", 1, 2, <Buffer 00de0000>, \"\\ude00\", \"\"]");
check(() => ((() => { const d = new StringDecoder('utf16le'); return [d.write(Buffer.from([61,216])), d.end()]; })()), "[\"\", \"\\ud83d\"]");
check(() => ((() => { const d = new StringDecoder('utf16le'); return [d.write(Buffer.from([65])), d.end()]; })()), "[\"\", \"\"]");
check(() => ((() => { const d = new StringDecoder('base64'); return [d.write(Buffer.from([97])), d.lastNeed, d.lastTotal, d.lastChar, d.write(Buffer.from([98])), d.write(Buffer.from([99,100])), d.end()]; })()), "[\"\", 2, 3, <Buffer 64626300>, \"\", \"YWJj\", \"ZA==\"]");
check(() => ((() => { const d = new StringDecoder('base64url'); return [d.encoding, d.write(Buffer.from([251,255])), d.end()]; })()), "[\"base64url\", \"\", \"-_8\"]");
check(() => ((() => { const d = new StringDecoder('hex'); return [d.write(Buffer.from([97,255])), d.end()]; })()), "[\"61ff\", \"\"]");
check(() => ((() => { const d = new StringDecoder('latin1'); return [d.encoding, d.write(Buffer.from([233])), d.end(Buffer.from([65]))]; })()), "[\"latin1\", \"é\", \"A\"]");
check(() => ((() => { const d = new StringDecoder('ascii'); return [d.write(Buffer.from([233]))]; })()), "[\"i\"]");
check(() => (new StringDecoder('foo')), "!TypeError ERR_UNKNOWN_ENCODING Unknown encoding: foo");
check(() => (new StringDecoder(5)), "!TypeError ERR_UNKNOWN_ENCODING Unknown encoding: 5");
check(() => (new StringDecoder(null).encoding), "\"utf8\"");
check(() => (new StringDecoder('UCS2').encoding), "\"utf16le\"");
check(() => (new StringDecoder('binary').encoding), "\"latin1\"");
check(() => (new StringDecoder('utf-16le').encoding), "\"utf16le\"");
check(() => (new StringDecoder('BASE64').encoding), "\"base64\"");
check(() => (new StringDecoder('').encoding), "\"utf8\"");
check(() => ((() => { const d = new StringDecoder(); return [d.write('abc')]; })()), "[\"abc\"]");
check(() => ((() => { const d = new StringDecoder(); return [d.write(5)]; })()), "!TypeError ERR_INVALID_ARG_TYPE The \"buf\" argument must be an instance of Buffer, TypedArray, or DataView. Received type number (5)");
check(() => ((() => { const d = new StringDecoder(); return [d.write(new Uint8Array([0x41]))]; })()), "[\"A\"]");
check(() => ((() => { const d = new StringDecoder(); return [d.end('x')]; })()), "[\"x\"]");
check(() => ((() => { const d = new StringDecoder(); return [d.write()]; })()), "!TypeError ERR_INVALID_ARG_TYPE The \"buf\" argument must be an instance of Buffer, TypedArray, or DataView. Received undefined");
check(() => ((() => { const d = new StringDecoder(); return [d.write(null)]; })()), "!TypeError ERR_INVALID_ARG_TYPE The \"buf\" argument must be an instance of Buffer, TypedArray, or DataView. Received null");
check(() => ((() => { const d = new StringDecoder(); return [d.write(new DataView(new ArrayBuffer(1)))]; })()), "[\"\\u0000\"]");
check(() => ((() => { const d = new StringDecoder(); return [d.write(new Uint16Array([0x4241]))]; })()), "[\"AB\"]");
check(() => ((() => { const d = new StringDecoder(); return [d.write({})]; })()), "!TypeError ERR_INVALID_ARG_TYPE The \"buf\" argument must be an instance of Buffer, TypedArray, or DataView. Received an instance of Object");
check(() => ((() => { const d = new StringDecoder(); return [d.write(Buffer.from([226])), d.text(Buffer.from([130,172,65]), 1)]; })()), "[\"\", \"�A\"]");
check(() => ((() => { const d = new StringDecoder(); return [d.write(Buffer.from([226,130])), d.write(Buffer.from([226,130,172])), d.end()]; })()), "[\"\", \"�€\", \"\"]");
check(() => ((() => { const d = new StringDecoder(); return [d.write(Buffer.from([195])), d.write(Buffer.from([195,169]))]; })()), "[\"\", \"�é\"]");
check(() => (Object.keys(new StringDecoder())), "[\"encoding\"]");
check(() => ((() => { const d = new StringDecoder(); return [d.write(Buffer.from([237,160])), d.write(Buffer.from([128])), d.end()]; })()), "[\"\", \"���\", \"\"]");
check(() => ((() => { const d = new StringDecoder(); return [d.write(Buffer.from([244,144])), d.end()]; })()), "[\"\", \"��\"]");
check(() => ((() => { const d = new StringDecoder(); return [d.write(Buffer.from([192])), d.write(Buffer.from([128])), d.end()]; })()), "[\"\", \"��\", \"\"]");
check(() => ((() => { const d = new StringDecoder('base64'); return [d.write(Buffer.from([1,2,3,4])), d.end(Buffer.from([5]))]; })()), "[\"AQID\", \"BAU=\"]");
check(() => ((() => { const d = new StringDecoder('utf16le'); return [d.write(Buffer.from([61,216,65,0])), d.end()]; })()), "[\"\\ud83dA\", \"\"]");
check(() => ((() => { const d = new StringDecoder(); return [d.write(Buffer.from([226])), d.end(), d.end(), d.write(Buffer.from([65]))]; })()), "[\"\", \"�\", \"\", \"A\"]");
check(() => ((() => { const d = new StringDecoder(); return [d.write(Buffer.from([226,130,172,226])), d.lastNeed, d.lastTotal, d.lastChar]; })()), "[\"€\", 2, 3, <Buffer e2000000>]");
check(() => ((() => { const d = new StringDecoder('utf16le'); return [d.write(Buffer.from([65,0,61])), d.lastNeed, d.lastTotal, d.lastChar]; })()), "[\"A\", 1, 2, <Buffer 3d000000>]");
check(() => ((() => { const d = new StringDecoder('base64'); return [d.write(Buffer.from([1,2,3,4,5])), d.lastNeed, d.lastTotal, d.lastChar]; })()), "[\"AQID\", 1, 3, <Buffer 04050000>]");
check(() => ((() => { const d = new StringDecoder('utf8'); return [d.write(Buffer.from([240,128])), d.end()]; })()), "[\"\", \"��\"]");
check(() => ((() => { const d = new StringDecoder('utf8'); return [d.write(Buffer.from([224,128])), d.end()]; })()), "[\"\", \"��\"]");
check(() => ((() => { const d = new StringDecoder('utf8'); return [d.write(Buffer.from([224])), d.write(Buffer.from([128])), d.end()]; })()), "[\"\", \"\", \"��\"]");
check(() => ((() => { const d = new StringDecoder('utf16le'); return [d.write(Buffer.from([61,216,0])), d.lastNeed, d.lastTotal, d.lastChar, d.end()]; })()), "[\"\\ud83d\", 1, 2, <Buffer 00000000>, \"\"]");
check(() => ((() => { const d = new StringDecoder('utf16le'); return [d.write(Buffer.from([61,216])), d.lastNeed, d.lastTotal, d.lastChar, d.write(Buffer.from([65,0])), d.end()]; })()), "[\"\", 2, 4, <Buffer 3dd84100>, \"\\ud83dA\", \"\"]");
check(() => ((() => { const d = new StringDecoder('utf8'); return [d.write(Buffer.from([245])), d.lastNeed, d.lastTotal, d.lastChar, d.end()]; })()), "[\"\", 3, 4, <Buffer f5000000>, \"�\"]");
check(() => ((() => { const d = new StringDecoder('utf8'); return [d.write(Buffer.from([248])), d.lastNeed, d.lastTotal, d.lastChar, d.end()]; })()), "[\"�\", 0, 0, <Buffer 00000000>, \"\"]");
check(() => ((() => { const d = new StringDecoder('utf8'); return [d.write(Buffer.from([226])), d.text(Buffer.from([130,172,65]), 0), d.lastNeed, d.lastTotal, d.lastChar]; })()), "[\"\", \"��A\", 0, 0, <Buffer e2000000>]");
check(() => ((() => { const d = new StringDecoder('utf8'); return [d.write(Buffer.from([65,226,130])), d.lastNeed, d.lastTotal, d.lastChar, d.write(Buffer.from([65])), d.lastNeed, d.lastTotal, d.lastChar]; })()), "[\"A\", 1, 3, <Buffer e2820000>, \"�A\", 0, 0, <Buffer e2820000>]");
check(() => ((() => { const d = new StringDecoder('utf8'); return [d.write(Buffer.from([226])), d.write(Buffer.from([])), d.lastNeed, d.lastTotal, d.lastChar, d.end()]; })()), "[\"\", \"\", 2, 3, <Buffer e2000000>, \"�\"]");
check(() => ((() => { const d = new StringDecoder('base64'); return [d.write(Buffer.from([1])), d.write(Buffer.from([])), d.lastNeed, d.lastTotal, d.lastChar, d.end()]; })()), "[\"\", \"\", 2, 3, <Buffer 01000000>, \"AQ==\"]");
check(() => ((() => { const d = new StringDecoder('utf8'); return [d.write(Buffer.from([128,226])), d.lastNeed, d.lastTotal, d.lastChar]; })()), "[\"�\", 2, 3, <Buffer e2000000>]");
check(() => ((() => { const d = new StringDecoder('utf8'); return [d.write(Buffer.from([226,130,130])), d.lastNeed, d.lastTotal, d.lastChar]; })()), "[\"₂\", 0, 0, <Buffer 00000000>]");
check(() => ((() => { const d = new StringDecoder('utf8'); return [d.write(Buffer.from([240,159,152])), d.lastNeed, d.lastTotal, d.lastChar, d.write(Buffer.from([128,240])), d.lastNeed, d.lastTotal, d.lastChar, d.end()]; })()), "[\"\", 1, 4, <Buffer f09f9880>, \"😀\", 3, 4, <Buffer f09f9880>, \"�\"]");
check(() => ((() => { const d = new StringDecoder('utf8'); return [d.write(Buffer.from([237,160,128])), d.lastNeed, d.lastTotal, d.lastChar]; })()), "[\"���\", 0, 0, <Buffer 00000000>]");
check(() => ((() => { const d = new StringDecoder('utf8'); return [d.write(Buffer.from([195])), d.write(Buffer.from([65,195])), d.lastNeed, d.lastTotal, d.lastChar, d.end()]; })()), "[\"\", \"�A\", 1, 2, <Buffer c3000000>, \"�\"]");
check(() => ((() => { const d = new StringDecoder('utf8'); return [d.write(Buffer.from([226])), d.end(Buffer.from([130,172])), d.lastNeed, d.lastTotal, d.lastChar]; })()), "[\"\", \"€\", 0, 0, <Buffer e282ac00>]");
check(() => ((() => { const d = new StringDecoder('base64'); return [d.write(Buffer.from([1])), d.end(Buffer.from([2,3,4])), d.lastNeed, d.lastTotal, d.lastChar]; })()), "[\"\", \"AQIDBA==\", 0, 0, <Buffer 04020300>]");
check(() => ((() => { const d = new StringDecoder('utf16le'); return [d.write(Buffer.from([65,0,61,216])), d.lastNeed, d.lastTotal, d.lastChar, d.write(Buffer.from([0,222])), d.lastNeed, d.lastTotal, d.lastChar]; })()), "[\"A\", 2, 4, <Buffer 3dd800de>, \"😀\", 0, 0, <Buffer 3dd800de>]");
check(() => ((() => { const d = new StringDecoder('utf16le'); return [d.write(Buffer.from([61,216])), d.write(Buffer.from([61,216])), d.end()]; })()), "[\"\", \"\\ud83d\\ud83d\", \"\"]");
check(() => ((() => { const d = new StringDecoder('utf16le'); return [d.write(Buffer.from([0,220])), d.end()]; })()), "[\"\\udc00\", \"\"]");
check(() => ((() => { const d = new StringDecoder('utf8'); return [d.write(Buffer.from([226,130])), d.write(Buffer.from([130,65]))]; })()), "[\"\", \"₂A\"]");
check(() => ((() => { const d = new StringDecoder(); return [d.lastChar.length, d.lastNeed, d.lastTotal]; })()), "[4, 0, 0]");
check(() => (Object.getOwnPropertyNames(StringDecoder.prototype)), "[\"constructor\", \"write\", \"end\", \"text\", \"lastChar\", \"lastNeed\", \"lastTotal\"]");
check(() => ((() => { const d = new StringDecoder('utf8'); return [d.text(Buffer.from([65,66]), 5)]; })()), "[\"\"]");
check(() => ((() => { const d = new StringDecoder('hex'); return [d.text(Buffer.from([65,66]), 1), d.end(Buffer.from([1]))]; })()), "[\"42\", \"01\"]");
check(() => ((() => { const d = new StringDecoder('utf8'); return [d.write(Buffer.from([195])) + d.write(Buffer.from([169])) + d.end()]; })()), "[\"é\"]");
check(() => ((() => { const d = new StringDecoder('base64url'); return [d.write(Buffer.from([1,2])), d.end()]; })()), "[\"\", \"AQI\"]");
check(() => ((() => { const d = new StringDecoder('base64'); return [d.write(Buffer.from([1,2,3])), d.write(Buffer.from([4,5,6,7])), d.end()]; })()), "[\"AQID\", \"BAUG\", \"Bw==\"]");
check(() => ((() => { const d = new StringDecoder('ucs2'); return [d.write(Buffer.from([65,0,66])), d.end(Buffer.from([0]))]; })()), "[\"A\", \"B\"]");
check(() => (new StringDecoder().lastChar instanceof Buffer), "true");

// Every split point of a mixed text gives the whole text back.
const text = 'a\u00e9\u20ac\ud83d\ude00z';
for (const enc of ['utf8', 'utf16le', 'base64', 'base64url', 'hex', 'latin1']) {
  const bytes = Buffer.from(enc === 'latin1' ? 'abc\u00e9' : text, enc === 'base64' || enc === 'base64url' || enc === 'hex' ? 'utf8' : enc);
  const whole = enc === 'latin1' ? 'abc\u00e9' : (enc === 'utf8' || enc === 'utf16le' ? text : bytes.toString(enc));
  for (let i = 0; i <= bytes.length; i++) {
    for (let j = i; j <= bytes.length; j++) {
      const d = new StringDecoder(enc);
      const out = d.write(bytes.subarray(0, i)) + d.write(bytes.subarray(i, j)) + d.end(bytes.subarray(j));
      assert.strictEqual(out, whole, enc + ' ' + i + ' ' + j);
    }
  }
}


// Old-style subclassing, as iconv-lite does: StringDecoder.call(this, enc).
{
  function Sub(enc) { StringDecoder.call(this, enc); }
  Sub.prototype = Object.create(StringDecoder.prototype);
  const sd = new Sub('utf8');
  assert.strictEqual(sd.encoding, 'utf8');
  assert.strictEqual(sd.write(Buffer.from([0xE2, 0x82])), '');
  assert.strictEqual(sd.lastNeed, 1);
  assert.strictEqual(sd.end(Buffer.from([0xAC])), '€');
}

// Random valid UTF-8 text (1 to 4 byte characters) cut into random pieces,
// short ones (decoded in JS) and long ones (decoded in C): the pieces'
// strings joined are the text.
{
  const assert = require('assert');
  const { StringDecoder } = require('string_decoder');
  let seed = 11;
  const rnd = (n) => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return (seed >>> 8) % n; };
  const chars = ['a', 'Z', '~', '\u00e9', '\u00ff', '\u0800', '\u20ac', '\uffee', '\ud83d\ude00', '\ud800\udc00'];
  for (let round = 0; round < 400; round++) {
    let text = '';
    for (let k = rnd(300); k > 0; k--) text += chars[rnd(chars.length)];
    const bytes = Buffer.from(text);
    const d = new StringDecoder('utf8');
    let out = '';
    for (let at = 0; at < bytes.length;) {
      const step = rnd(3) === 0 ? 1 + rnd(200) : 1 + rnd(6);
      out += d.write(bytes.subarray(at, at + step));
      at += step;
    }
    out += d.end();
    assert.strictEqual(out, text);
  }
}
