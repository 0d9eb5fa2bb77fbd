'use strict';
// A minimal WebIDL DOMException: JavaScriptCore's C API does not provide one.
// Instances are real Error objects (so the engine records a stack) whose
// prototype is DOMException.prototype, itself inheriting from Error.prototype.

// WebIDL's legacy error names and their numeric codes.
const legacyCodes = [
  ['IndexSizeError', 'INDEX_SIZE_ERR', 1],
  ['DOMStringSizeError', 'DOMSTRING_SIZE_ERR', 2],
  ['HierarchyRequestError', 'HIERARCHY_REQUEST_ERR', 3],
  ['WrongDocumentError', 'WRONG_DOCUMENT_ERR', 4],
  ['InvalidCharacterError', 'INVALID_CHARACTER_ERR', 5],
  ['NoDataAllowedError', 'NO_DATA_ALLOWED_ERR', 6],
  ['NoModificationAllowedError', 'NO_MODIFICATION_ALLOWED_ERR', 7],
  ['NotFoundError', 'NOT_FOUND_ERR', 8],
  ['NotSupportedError', 'NOT_SUPPORTED_ERR', 9],
  ['InUseAttributeError', 'INUSE_ATTRIBUTE_ERR', 10],
  ['InvalidStateError', 'INVALID_STATE_ERR', 11],
  ['SyntaxError', 'SYNTAX_ERR', 12],
  ['InvalidModificationError', 'INVALID_MODIFICATION_ERR', 13],
  ['NamespaceError', 'NAMESPACE_ERR', 14],
  ['InvalidAccessError', 'INVALID_ACCESS_ERR', 15],
  ['ValidationError', 'VALIDATION_ERR', 16],
  ['TypeMismatchError', 'TYPE_MISMATCH_ERR', 17],
  ['SecurityError', 'SECURITY_ERR', 18],
  ['NetworkError', 'NETWORK_ERR', 19],
  ['AbortError', 'ABORT_ERR', 20],
  ['URLMismatchError', 'URL_MISMATCH_ERR', 21],
  ['QuotaExceededError', 'QUOTA_EXCEEDED_ERR', 22],
  ['TimeoutError', 'TIMEOUT_ERR', 23],
  ['InvalidNodeTypeError', 'INVALID_NODE_TYPE_ERR', 24],
  ['DataCloneError', 'DATA_CLONE_ERR', 25],
];
const codeByName = new Map();
for (const [name, , code] of legacyCodes) codeByName.set(name, code);

// Per-instance state lives here rather than in own properties, as in Node,
// where `Object.keys(new DOMException())` is empty.
const state = new WeakMap();

function invalidThis() {
  // Node's text here lacks the usual "of type".
  const err = new TypeError('Value of "this" must be of DOMException');
  err.code = 'ERR_INVALID_THIS';
  return err;
}

function internals(self) {
  const s = state.get(self);
  if (s === undefined) throw invalidThis();
  return s;
}

class DOMException {
  constructor(message = '', options = 'Error') {
    // Build a genuine Error (stack included) but with our prototype, so that
    // subclasses work and `instanceof Error` holds.
    const self = Reflect.construct(Error, [], new.target);
    let name;
    if (options !== null && typeof options === 'object') {
      name = 'name' in options ? `${options.name}` : 'Error';
      if ('cause' in options) {
        Object.defineProperty(self, 'cause', {
          value: options.cause, writable: true, enumerable: false, configurable: true,
        });
      }
    } else {
      name = `${options}`;
    }
    state.set(self, { name, message: `${message}` });
    return self;
  }

  get name() { return internals(this).name; }

  get message() { return internals(this).message; }

  get code() { return codeByName.get(internals(this).name) || 0; }
}

Object.setPrototypeOf(DOMException.prototype, Error.prototype);
Object.defineProperty(DOMException.prototype, Symbol.toStringTag, {
  value: 'DOMException', writable: false, enumerable: false, configurable: true,
});
for (const key of ['name', 'message', 'code']) {
  const desc = Object.getOwnPropertyDescriptor(DOMException.prototype, key);
  desc.enumerable = true;
  Object.defineProperty(DOMException.prototype, key, desc);
}
for (const [, constant, code] of legacyCodes) {
  const desc = { value: code, writable: false, enumerable: true, configurable: false };
  Object.defineProperty(DOMException, constant, desc);
  Object.defineProperty(DOMException.prototype, constant, desc);
}

module.exports = { DOMException };
