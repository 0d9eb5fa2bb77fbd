'use strict';
// atob / btoa: forgiving base64, Latin-1 strings, Node's errors.
const assert = require('assert');

assert.strictEqual(btoa.length, 1);
assert.strictEqual(atob.length, 1);

// btoa
assert.strictEqual(btoa(''), '');
assert.strictEqual(btoa('f'), 'Zg==');
assert.strictEqual(btoa('fo'), 'Zm8=');
assert.strictEqual(btoa('foo'), 'Zm9v');
assert.strictEqual(btoa('hello'), 'aGVsbG8=');
assert.strictEqual(btoa('\xff\xfe\x00'), '//4A');
// The argument is converted to a string first.
assert.strictEqual(btoa(undefined), 'dW5kZWZpbmVk');
assert.strictEqual(btoa(null), 'bnVsbA==');
assert.strictEqual(btoa(123), 'MTIz');
assert.strictEqual(btoa({ toString() { return 'ab'; } }), 'YWI=');
assert.throws(() => btoa(Symbol('s')), TypeError);

// Every Latin-1 character round-trips.
let all = '';
for (let i = 0; i < 256; i++) all += String.fromCharCode(i);
const encoded = btoa(all);
assert.strictEqual(encoded.length, 344);
assert.strictEqual(atob(encoded), all);
assert.strictEqual(atob(btoa('x'.repeat(100000))), 'x'.repeat(100000));

// Outside Latin-1: InvalidCharacterError.
function invalidChar(message = 'Invalid character') {
  return (err) => {
    assert.ok(err instanceof DOMException);
    assert.ok(err instanceof Error);
    assert.strictEqual(err.name, 'InvalidCharacterError');
    assert.strictEqual(err.code, 5);
    assert.strictEqual(err.message, message);
    return true;
  };
}
assert.throws(() => btoa('\u0100'), invalidChar());
assert.throws(() => btoa('€'), invalidChar());
assert.throws(() => btoa('ok\ud83d\ude00'), invalidChar());

// atob: padding is optional, ASCII whitespace is ignored anywhere.
assert.strictEqual(atob(''), '');
assert.strictEqual(atob('aGVsbG8='), 'hello');
assert.strictEqual(atob('aGVsbG8'), 'hello');
assert.strictEqual(atob(' aG Vs\tbG\n8=\f\r'), 'hello');
assert.strictEqual(atob('ab=='), 'i');
assert.strictEqual(atob('ab= ='), 'i');
assert.strictEqual(atob('abc='), 'i\xb7');
assert.strictEqual(atob('/w=='), '\xff');
// Non-zero trailing bits are accepted and dropped.
assert.strictEqual(atob('YR=='), 'a');
assert.strictEqual(atob('YQ'), 'a');
assert.strictEqual(atob({ toString() { return 'YWI='; } }), 'ab');
assert.strictEqual(atob(12345678), '\xd7m\xf8\xe7\xae\xfc');
assert.throws(() => atob(Symbol('s')), TypeError);

// Characters outside the alphabet, misplaced or excess '=': "Invalid character".
for (const bad of ['ab!c', 'ab\vc', '-_8=', '\u00e9bcd', '\u00a0ab', 'abcd\u2028', 'a!', 'ab=c',
  'ab==cd', '=a', '=', '==', 'a===', 'ab===', 'ab=', 'abcd=', 'abc==', 'YQ=', 'YQ===', 'ab====',
  'abcdef=', 'abcdefg==', 'YQ==YQ==', 'aaaaa!']) {
  assert.throws(() => atob(bad), invalidChar(), JSON.stringify(bad));
}
// A length of 4n+1 data characters cannot be base64: a different message.
const badLength = 'The string to be decoded is not correctly encoded.';
for (const bad of ['a', 'abcde', 'abcdefghi', 'a=', 'a==', 'abcde==', 'a b c d e', 'a = = ']) {
  assert.throws(() => atob(bad), invalidChar(badLength), JSON.stringify(bad));
}
// undefined becomes "undefined", 9 characters.
assert.throws(() => atob(undefined), invalidChar(badLength));
// null becomes "null", which decodes.
assert.strictEqual(atob(null), '\x9e\xe9e');

// Missing argument.
for (const fn of [atob, btoa]) {
  assert.throws(() => fn(), {
    name: 'TypeError',
    code: 'ERR_MISSING_ARGS',
    message: 'The "input" argument must be specified',
  });
}

// atob of random bytes, short and long (past the size decoded in JS), is
// the latin1 string of those bytes.
{
  const assert = require('assert');
  let seed = 3;
  const rnd = (n) => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return (seed >>> 8) % n; };
  for (const size of [0, 1, 2, 3, 100, 127, 128, 129, 5000, 70000]) {
    const bytes = Buffer.alloc(size);
    for (let i = 0; i < size; i++) bytes[i] = rnd(256);
    const text = atob(bytes.toString('base64'));
    assert.strictEqual(text, bytes.toString('latin1'));
    assert.strictEqual(btoa(text), bytes.toString('base64'));
  }
}
