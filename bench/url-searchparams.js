'use strict';
// 1M query strings through URLSearchParams: parse, get/has, one change,
// then serialize (what a server does with `url.searchParams`).
const N = Number(process.argv[2]) || 1e6;
const queries = [
  'q=url+parser&hl=en&source=hp',
  'state=open&per_page=100&page=2',
  'a=1&b=2&c=3&d=4&e=5',
  'redirect=%2Fhome%2Fuser%3Ftab%3D1&lang=fr',
  'name=J%C3%BCrgen+M%C3%BCller&city=K%C3%B6ln',
  'empty=&flag&x=%zz',
];
const t0 = process.hrtime.bigint();
let sink = 0;
for (let i = 0; i < N; i++) {
  const p = new URLSearchParams(queries[i % queries.length]);
  if (p.has('page')) sink++;
  sink += (p.get('q') ?? p.get('state') ?? '').length;
  p.set('t', 'x y');
  sink += p.toString().length;
}
const ms = Number(process.hrtime.bigint() - t0) / 1e6;
if (sink === 0) throw new Error('unreachable');
console.log(ms);
