'use strict';
// 1M `new URL(input)` over a realistic mix: absolute http(s) URLs with
// paths, queries and fragments, credentials and ports, IPv4/IPv6 hosts,
// non-normalized input (upper case, dot segments, spaces), file:, data:,
// mailto: and relative references against a base.
const N = Number(process.argv[2]) || 1e6;
const inputs = [
  'https://www.example.com/',
  'https://www.google.com/search?q=url+parser&hl=en&source=hp',
  'http://example.org/path/to/resource.html',
  'https://user:pass@sub.domain.example.co.uk:8443/a/b/c?x=1&y=2#frag',
  'http://192.168.0.1:8080/status',
  'http://[2001:db8::1]/index.html',
  'HTTPS://WWW.EXAMPLE.COM/A/./B/../C?Q=1',
  'https://cdn.jsdelivr.net/npm/package@1.2.3/dist/index.min.js',
  'https://api.github.com/repos/owner/repo/issues?state=open&per_page=100',
  'file:///home/user/project/src/index.js',
  'https://en.wikipedia.org/wiki/Uniform_Resource_Identifier#Syntax',
  'http://localhost:3000/api/v1/users/42',
  'https://example.com/path with spaces/and%20encoded?query=a b',
  'mailto:someone@example.com',
  'data:text/plain;base64,SGVsbG8sIFdvcmxkIQ==',
  'https://www.amazon.com/dp/B08N5WRWNW/ref=sr_1_1?keywords=book&qid=1600000000',
  'ws://chat.example.com:9000/socket',
  'https://example.com:443/default-port',
  'http://0x7f.1/',
  'https://münchen.example/straße',
];
const relatives = ['../up/one', 'sibling.html?x=1', '/root/path', '//other.host/p', '?only=query', '#hash'];
const base = 'https://www.example.com/dir/sub/page.html';
const t0 = process.hrtime.bigint();
let sink = 0;
const n1 = Math.floor(N * 0.8);
for (let i = 0; i < n1; i++) sink += new URL(inputs[i % inputs.length]).href.length;
for (let i = n1; i < N; i++) sink += new URL(relatives[i % relatives.length], base).href.length;
const ms = Number(process.hrtime.bigint() - t0) / 1e6;
if (sink === 0) throw new Error('unreachable');
console.log(ms);
