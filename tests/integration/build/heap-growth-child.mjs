// Child of heap-growth.test.ts: a live set that grows beside medium-lived
// garbage (a rolling window that outlives young-generation collections and
// dies in the old space, as a body's Markdown trees do in a build's content
// phase). Prints the largest heapTotal seen and what is alive at the end.
// With LIMIT set, it first applies src/lib/heap-growth.ts as the CLIs do.
if (process.env.LIMIT) (await import(process.env.LIMIT)).limitHeapGrowth();
const live = [];
const window = [];
let peak = 0;
const chunk = (tag) => Array.from({ length: 5000 }, (_, i) => ({ i, tag, next: null }));
for (let round = 0; round < 400; round++) {
  live.push(chunk(round));
  for (let g = 0; g < 4; g++) {
    window.push(chunk(-g));
    if (window.length > 40) window.shift();
  }
  peak = Math.max(peak, process.memoryUsage().heapTotal);
}
window.length = 0;
globalThis.gc();
console.log(JSON.stringify({ peak, live: process.memoryUsage().heapUsed, rounds: live.length }));
