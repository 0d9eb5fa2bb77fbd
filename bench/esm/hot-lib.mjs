// The imported side of esm-hot-loop.js.
export function add(a, b) { return (a + b) | 0; }
