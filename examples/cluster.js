// The hello-world server on every core, with node:cluster: the primary forks
// one worker per CPU and replaces any that dies; the workers share port
// 3000 (PORT overrides it; 0 lets the OS choose). Try:
//   build/lode examples/cluster.js   then   curl http://127.0.0.1:3000/
const cluster = require('cluster');
const http = require('http');
const os = require('os');

const port = process.env.PORT === undefined ? 3000 : Number(process.env.PORT);

if (cluster.isPrimary) {
  const workers = Number(process.env.WORKERS) || os.availableParallelism();
  for (let i = 0; i < workers; i++) cluster.fork();
  cluster.on('listening', (worker, address) => {
    console.log(`worker ${worker.id} (pid ${worker.process.pid}) listening on http://${address.address}:${address.port}/`);
  });
  cluster.on('exit', (worker, code, signal) => {
    console.log(`worker ${worker.id} exited (${signal || code}); forking a replacement`);
    cluster.fork();
  });
} else {
  http.createServer((req, res) => {
    res.statusCode = 200;
    res.setHeader('Content-Type', 'text/plain');
    res.end(`Hello World from worker ${cluster.worker.id} (pid ${process.pid})\n`);
  }).listen(port, '127.0.0.1');
}
