// A first lode program: timers, promises and the event loop, as in Node.
const { setTimeout: sleep } = require('node:timers/promises');

console.log('Hello from lode', process.versions.lode, 'on', process.platform, process.arch);

async function main() {
  for (let i = 3; i > 0; i--) {
    console.log(`${i}…`);
    await sleep(100);
  }
  console.log('Done: the event loop is empty, so the process exits.');
}

main();
