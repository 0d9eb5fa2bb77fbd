// The child that esm-app.mjs starts with execaNode.
console.log('esm child', process.argv.slice(2).join(','), typeof import.meta.url);
