// Run by tools/test-npm under lode and node: undici's fetch and request
// (its HTTP parser is llhttp compiled to WebAssembly, instantiated
// asynchronously; fetch's bodies are web streams) against a local server.
import { fetch, request } from 'undici';
import http from 'node:http';
import zlib from 'node:zlib';

const server = http.createServer((req, res) => {
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (c) => { body += c; }).on('end', () => {
    if (req.url === '/gzip') {
      res.setHeader('content-encoding', 'gzip');
      res.end(zlib.gzipSync('compressed '.repeat(100)));
      return;
    }
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ method: req.method, url: req.url, body, header: req.headers['x-test'] ?? null }));
  });
});
server.listen(0, '127.0.0.1', async () => {
  const base = `http://127.0.0.1:${server.address().port}`;
  const r = await fetch(`${base}/json?q=1`, { method: 'POST', body: 'hello', headers: { 'x-test': 'yes' } });
  console.log(r.status, r.headers.get('content-type'), JSON.stringify(await r.json()));
  const z = await fetch(`${base}/gzip`);
  console.log('gzip', (await z.text()).length);
  let bytes = 0;
  for await (const chunk of (await fetch(`${base}/stream`)).body) bytes += chunk.length;
  console.log('streamed', bytes);
  const { statusCode, body } = await request(`${base}/request`);
  console.log('request', statusCode, (await body.json()).url);
  server.close();
});
