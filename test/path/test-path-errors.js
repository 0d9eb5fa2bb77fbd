'use strict';
// Argument validation of every path function, both flavours.
const assert = require('assert');
const path = require('path');

const typeError = (name, received) => ({
  code: 'ERR_INVALID_ARG_TYPE',
  name: 'TypeError',
  message: `The "${name}" argument must be of type string. Received ${received}`,
});

for (const p of [path.posix, path.win32]) {
  for (const [value, received] of [[1, 'type number (1)'], [null, 'null'], [undefined, 'undefined'],
    [true, 'type boolean (true)'], [{}, 'an instance of Object'], [[], 'an instance of Array']]) {
    for (const fn of ['normalize', 'isAbsolute', 'dirname', 'basename', 'extname', 'parse']) {
      assert.throws(() => p[fn](value), typeError('path', received), fn);
    }
    assert.throws(() => p.join('a', value), typeError('path', received));
    assert.throws(() => p.resolve('a', value), typeError('paths[1]', received));
    assert.throws(() => p.resolve(value), typeError('paths[0]', received));
    assert.throws(() => p.relative(value, 'a'), typeError('from', received));
    assert.throws(() => p.relative('a', value), typeError('to', received));
    if (value !== undefined) assert.throws(() => p.basename('a', value), typeError('suffix', received));
    // toNamespacedPath passes non-strings through.
    assert.strictEqual(p.toNamespacedPath(value), value);
  }
  assert.throws(() => p.format(null), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "pathObject" argument must be of type object. Received null',
  });
  assert.throws(() => p.format('a/b'), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "pathObject" argument must be of type object. Received type string (\'a/b\')',
  });
  // Bad arguments are checked before any work: join() checks every part.
  assert.throws(() => p.join('', 5), { code: 'ERR_INVALID_ARG_TYPE' });
}
