/**
 * What taking a saved generation costs a process that serves questions meanwhile (a bot taking the
 * generation `npm run add` or `index` made beside it): the wall time of reading and verifying it, and
 * the longest stretch the event loop is held, measured by a 1 ms timer. Three runs on the offline model.
 *
 * usage: npx tsx scripts/measure-adoption.ts <index folder>   (e.g. the bench's, after `npm run bench`)
 */
import fs from 'node:fs';
import { loadSavedIndex } from '../src/engine/open-index.ts';
import { createLogger } from '../src/log.ts';
import { loadOfflineEmbedder } from './bench/offline-embedder.ts';

const indexDir = process.argv[2];
if (!indexDir || !fs.existsSync(indexDir)) {
  process.stderr.write('usage: npx tsx scripts/measure-adoption.ts <index folder holding an offline-model index>\n');
  process.exit(2);
}
const logger = createLogger('warn');
const embedder = await loadOfflineEmbedder(logger);
for (let run = 1; run <= 3; run++) {
  let longest = 0;
  let last = performance.now();
  const held = () => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  };
  const timer = setInterval(held, 1);
  const started = performance.now();
  const loaded = await loadSavedIndex(indexDir, embedder, logger);
  held();
  clearInterval(timer);
  if (!loaded) {
    process.stderr.write(`error: no usable ${embedder.modelId} index in ${indexDir}\n`);
    process.exit(1);
  }
  const ms = (x: number) => `${x.toFixed(0)} ms`;
  process.stdout.write(`run ${run}: ${loaded.index.answerableCount} sentences read and verified in ${ms(performance.now() - started)}; event loop held at most ${ms(longest)} at a stretch\n`);
}
