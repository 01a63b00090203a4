// Times Mozilla Readability over a folder of pages (.html or .html.gz), for docs/benchmarks.md.
// Usage: node time-readability.mjs linkedom|jsdom DIR [ROUNDS]
// Pages are read and decoded before timing; only parse + Readability.parse() is timed,
// after one warm-up pass; the median of ROUNDS passes is reported. Run it on one core (taskset -c 0).
import { readFileSync, readdirSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { Readability } from '@mozilla/readability';

const [dom, dir, roundsArg] = process.argv.slice(2);
if (!dom || !dir) {
  console.error('usage: node time-readability.mjs linkedom|jsdom DIR [ROUNDS]');
  process.exit(2);
}
const rounds = Number(roundsArg ?? (dom === 'jsdom' ? 3 : 5));

let parse;
if (dom === 'linkedom') {
  const { parseHTML } = await import('linkedom');
  parse = (html) => parseHTML(html).document;
} else if (dom === 'jsdom') {
  const { JSDOM, VirtualConsole } = await import('jsdom');
  const quiet = new VirtualConsole();           // pages' CSS errors are not interesting here
  parse = (html) => new JSDOM(html, { virtualConsole: quiet }).window.document;
} else {
  console.error(`unknown DOM ${dom}: use linkedom or jsdom`);
  process.exit(2);
}

const pages = [];
let bytes = 0;
for (const name of readdirSync(dir).sort()) {
  if (!/\.html?(\.gz)?$/.test(name)) continue;
  let buf = readFileSync(join(dir, name));
  if (name.endsWith('.gz')) buf = gunzipSync(buf);
  bytes += buf.length;
  pages.push(new TextDecoder('utf-8').decode(buf));
}

function pass() {
  let chars = 0;
  for (const html of pages) {
    try {
      const article = new Readability(parse(html)).parse();
      chars += article?.textContent?.length ?? 0;
    } catch {
      // a page Readability cannot handle still took its time; go on
    }
  }
  return chars;
}

pass(); // warm-up
const times = [];
for (let i = 0; i < rounds; i++) {
  const t0 = process.hrtime.bigint();
  pass();
  times.push(Number(process.hrtime.bigint() - t0) / 1e9);
}
times.sort((a, b) => a - b);
const s = times[Math.floor(rounds / 2)];
console.log(`Readability + ${dom.padEnd(8)} ${pages.length} pages, ${(bytes / 1e6).toFixed(2)} MB: median ${s.toFixed(3)} s  ` +
  `${(pages.length / s).toFixed(1)} pages/s  ${(bytes / 1e6 / s).toFixed(2)} MB/s`);
