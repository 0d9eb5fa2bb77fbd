'use strict';
// What node:net, node:tty and process stdio share: IP address checks, and
// the one set of callbacks the C stream handles call (stream_wrap), which
// forward to the JS object that owns each handle (handle.owner).

const sw = internalBinding('stream_wrap');

const v4Seg = '(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])';
const v4Str = `(?:${v4Seg}\\.){3}${v4Seg}`;
const IPv4Reg = new RegExp(`^${v4Str}$`);
const v6Seg = '(?:[0-9a-fA-F]{1,4})';
const IPv6Reg = new RegExp('^(?:' +
  `(?:${v6Seg}:){7}(?:${v6Seg}|:)|` +
  `(?:${v6Seg}:){6}(?:${v4Str}|:${v6Seg}|:)|` +
  `(?:${v6Seg}:){5}(?::${v4Str}|(?::${v6Seg}){1,2}|:)|` +
  `(?:${v6Seg}:){4}(?:(?::${v6Seg}){0,1}:${v4Str}|(?::${v6Seg}){1,3}|:)|` +
  `(?:${v6Seg}:){3}(?:(?::${v6Seg}){0,2}:${v4Str}|(?::${v6Seg}){1,4}|:)|` +
  `(?:${v6Seg}:){2}(?:(?::${v6Seg}){0,3}:${v4Str}|(?::${v6Seg}){1,5}|:)|` +
  `(?:${v6Seg}:){1}(?:(?::${v6Seg}){0,4}:${v4Str}|(?::${v6Seg}){1,6}|:)|` +
  `(?::(?:(?::${v6Seg}){0,5}:${v4Str}|(?::${v6Seg}){1,7}|:))` +
  ')(?:%[0-9a-zA-Z-.:]{1,})?$');

function isIPv4(s) { return IPv4Reg.test(`${s}`); }
function isIPv6(s) { return IPv6Reg.test(`${s}`); }
function isIP(s) {
  if (isIPv4(s)) return 4;
  if (isIPv6(s)) return 6;
  return 0;
}

// Handles call these with the handle as `this`; the owner decides.
function forward(name) {
  return function(...args) {
    const owner = this.owner;
    if (owner !== undefined && typeof owner[name] === 'function') owner[name](this, ...args);
  };
}
let installed = false;
function installCallbacks() {
  if (installed) return;
  installed = true;
  sw.setCallbacks({
    onread: forward('_onHandleRead'),
    onwrite(req, status) { req.oncomplete(status, this); },
    onshutdown(req, status) { req.oncomplete(status, this); },
    onconnect(req, status) { req.oncomplete(status, this); },
    onconnection: forward('_onHandleConnection'),
    onclose() {
      const cb = this.onclose;
      this.onclose = undefined;
      if (typeof cb === 'function') cb();
    },
  });
}

module.exports = { isIP, isIPv4, isIPv6, installCallbacks, streamWrap: sw };
