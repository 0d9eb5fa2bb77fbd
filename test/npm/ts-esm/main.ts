// Run by tools/test-npm through tsx: an ES module package of .ts files,
// imported with .js specifiers as TypeScript writes them.
import { greet, type Greeting } from './greet.js';
import { readFileSync } from 'node:fs';
const g: Greeting = greet('lode');
const self = readFileSync(new URL(import.meta.url), 'utf8').split('\n')[0];
console.log('esm ts:', g.text, g.length, self.startsWith('//'), (await import('./greet.js')).greet('again').text);
