'use strict';
// node:url — the WHATWG URL API and the legacy url.parse/format/resolve.
const {
  URL, URLSearchParams, fileURLToPath, pathToFileURL, urlToHttpOptions,
  domainToASCII, domainToUnicode,
} = require('internal/url');

module.exports = {
  URL,
  URLSearchParams,
  domainToASCII,
  domainToUnicode,
  pathToFileURL,
  fileURLToPath,
  urlToHttpOptions,
};
