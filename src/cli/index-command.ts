/** `npm run index`: build or update the index and print what changed. */
import path from 'node:path';
import { createEngine } from '../engine/create-engine.ts';
import { INDEX_USAGE, parseIndexArgs } from './args.ts';
import { progressBar } from './progress.ts';
import { EXIT, runCli } from './run-cli.ts';

await runCli(async (config, logger) => {
  const args = parseIndexArgs(process.argv.slice(2));
  if (args.help) {
    process.stdout.write(`${INDEX_USAGE}\n`);
    return EXIT.ok;
  }
  const engineConfig = {
    ...config.engine,
    ...(args.corpus ? { corpusDir: path.resolve(args.corpus) } : {}),
    ...(args.index ? { indexDir: path.resolve(args.index) } : {}),
  };
  const engine = await createEngine(engineConfig, logger, { onProgress: progressBar('Embedding sentences') });
  const sources = engine.sources();
  const r = engine.startup.report;
  const lines = [`Index: ${engineConfig.indexDir}`, `Model: ${sources.model}`];
  if (!r) {
    lines.push(`Unchanged: ${sources.documents.length} document(s), loaded as saved (nothing re-embedded).`);
  } else {
    const list = (xs: string[]) => (xs.length ? ` (${xs.join(', ')})` : '');
    lines.push(
      `Added: ${r.added.length}${list(r.added)}`,
      `Changed: ${r.changed.length}${list(r.changed)}`,
      `Removed: ${r.removed.length}${list(r.removed)}`,
      `Unchanged: ${r.unchanged}`,
      `Sentences embedded: ${r.embedded} of ${r.totalSentences}`,
      `Took: ${r.seconds.toFixed(2)} s`,
    );
    for (const s of r.skipped) lines.push(`Skipped: ${s.file} (${s.reason})`);
  }
  const c = engine.current().index.manifest.calibration;
  lines.push(`Dense scale: unrelated ${c.dense.baseline.toFixed(3)}, match ${c.dense.match.toFixed(3)} (${c.method})`, `Answer or refuse: ${c.decision}`);
  process.stdout.write(lines.join('\n') + '\n');
  return EXIT.ok;
});
