/** `npm run index`: build or update the index and print what changed. */
import { formatCount } from '../embedding/progress-line.ts';
import { INDEX_USAGE, parseIndexArgs } from './args.ts';
import { openEngine, withFolders } from './open-engine.ts';
import { EXIT, runCli } from './run-cli.ts';
import { DECISION_RECORD } from '../retrieval/calibration.ts';

await runCli(async (config, logger) => {
  const args = parseIndexArgs(process.argv.slice(2));
  if (args.help) {
    process.stdout.write(`${INDEX_USAGE}\n`);
    return EXIT.ok;
  }
  const engineConfig = withFolders(config.engine, args);
  let model = '';
  const engine = await openEngine(engineConfig, logger, { onModel: (m) => (model = m), keepProgress: true });
  const sources = engine.sources();
  const r = engine.startup.report;
  const lines = [`Index: ${engineConfig.indexDir}`, `Model: ${model}`];
  if (!r) {
    lines.push(`Unchanged: ${sources.documents.length} document(s), loaded as saved (nothing re-embedded).`);
  } else {
    const list = (xs: string[]) => (xs.length ? ` (${xs.join(', ')})` : '');
    lines.push(
      `Added: ${r.added.length}${list(r.added)}`,
      `Changed: ${r.changed.length}${list(r.changed)}`,
      `Removed: ${r.removed.length}${list(r.removed)}`,
      `Unchanged: ${r.unchanged}`,
      // The embedding progress line counts distinct texts: identical sentences are embedded once.
      `Sentences embedded: ${formatCount(r.embedded)} of ${formatCount(r.totalSentences)}${r.embeddedTexts !== undefined && r.embeddedTexts !== r.embedded ? ` (${formatCount(r.embeddedTexts)} distinct texts)` : ''}`,
      `Took: ${r.seconds.toFixed(2)} s`,
    );
    for (const s of r.skipped) lines.push(`Skipped: ${s.file} (${s.reason})`);
  }
  const c = engine.current().index.manifest.calibration;
  lines.push(`Dense scale: unrelated ${c.dense.baseline.toFixed(3)}, match ${c.dense.match.toFixed(3)} (${c.method})`, `Answer or refuse: ${DECISION_RECORD}`);
  // Answers use the decision in force whatever the index was saved for; only its background is then measured anew.
  if (c.decision !== DECISION_RECORD) lines.push('  (the index was saved for an earlier decision: what unrelated questions find in it is measured again at each start, until the corpus next changes)');
  process.stdout.write(lines.join('\n') + '\n');
  return EXIT.ok;
});
