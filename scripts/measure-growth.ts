/**
 * `npx tsx scripts/measure-growth.ts [--sizes 0,1000,10000,50000]` — whether the event article is
 * answered as well once the corpus grows with text on other subjects: the article alone, then with
 * about N unrelated sentences beside it (the benchmark's sources, drawn with a fixed seed: the King
 * James Bible, man pages, two SQuAD articles). The event article's questions (the seed set and
 * eval/event-questions.json) are asked of each corpus, and so are the off-topic questions of both
 * halves. Printed per size: answered, hit@1 / hit@3 (a hit needs the event article's passage;
 * refusals count as misses), the share whose first passage is the event article's, the article's
 * unanswerable questions refused and the off-topic ones refused.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEFAULTS } from '../src/config.ts';
import { createEmbedder } from '../src/embedding/transformers-embedder.ts';
import { engineOver, projectDocuments, type CorpusFile } from '../src/evaluation/eval-corpora.ts';
import { DEFAULT_EVAL_DIR, EVENT_ARTICLE } from '../src/evaluation/eval-sets.ts';
import { loadEventQuestionSet } from '../src/evaluation/event-question-set.ts';
import { hitRank, percent } from '../src/evaluation/scoring.ts';
import { createLogger } from '../src/log.ts';
import { planCorpus } from './bench/corpus.ts';
import { MissingSourceError, sourcePool } from './bench/sources/pool.ts';
import { evalSetsOrExit } from './lib/eval-sets-or-exit.ts';
import { scriptOptions } from './lib/script-options.ts';

const { values } = scriptOptions({ options: { sizes: { type: 'string', default: '0,1000,10000,50000' } } }, 'usage: npx tsx scripts/measure-growth.ts [--sizes 0,1000,10000,50000]');
const sizes = values.sizes!.split(',').map(Number);
if (sizes.some((n) => !Number.isInteger(n) || n < 0)) {
  process.stderr.write(`error: --sizes takes whole numbers of sentences, comma-separated (got "${values.sizes}")\n`);
  process.exit(2);
}
const sets = evalSetsOrExit(undefined);
let pool;
try {
  pool = sourcePool(path.join(DEFAULT_EVAL_DIR, 'squad2-dev.json'));
} catch (error) {
  if (!(error instanceof MissingSourceError)) throw error;
  process.stderr.write(`error: ${error.message}\n`);
  process.exit(2);
}

const logger = createLogger('warn');
const config = { corpusDir: DEFAULTS.corpusDir, indexDir: '', modelsDir: DEFAULTS.modelsDir, cacheDir: DEFAULTS.cacheDir, embeddingModel: 'offline' };
const embedder = await createEmbedder({ model: 'offline', modelsDir: config.modelsDir, cacheDir: config.cacheDir, logger, progressOutput: null });
const event = await projectDocuments(config, logger);
const eventIds = new Set(event.map((f) => f.file));
const questions = [...sets.questions.filter((q) => q.article === EVENT_ARTICLE), ...loadEventQuestionSet()];
const offTopic = sets.questions.filter((q) => q.kind === 'off-topic').map((q) => q.question);
const SEED = 7;

process.stdout.write(`Event questions (${questions.filter((q) => q.kind === 'answerable').length} answerable) asked of the event article with unrelated text beside it; offline model\n`);
for (const size of sizes) {
  const others: CorpusFile[] = size > 0 ? planCorpus(pool, size, SEED).map((d) => ({ file: `other/${d.file.replace(/[\\/]/g, '_')}`, text: d.text })) : [];
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'growth-'));
  try {
    process.stderr.write(`+${size} sentences: building…\n`);
    const engine = await engineOver([...event, ...others], work, config, embedder, logger);
    let answerable = 0, answered = 0, hit1 = 0, hit3 = 0, own = 0, unanswerable = 0, refused = 0, offRefused = 0;
    for (const q of questions) {
      const a = await engine.ask(q.question, { top: 3 });
      if (q.kind !== 'answerable') {
        unanswerable++;
        if (!a.answered) refused++;
        continue;
      }
      answerable++;
      const rank = hitRank(a.passages.map((p) => (eventIds.has(p.citation.docId) ? p.text : '')), q.answers);
      if (a.answered) answered++;
      if (a.answered && rank === 1) hit1++;
      if (a.answered && rank !== null && rank <= 3) hit3++;
      if (a.passages[0] && eventIds.has(a.passages[0].citation.docId)) own++;
    }
    for (const q of offTopic) if (!(await engine.ask(q, { top: 3 })).answered) offRefused++;
    process.stdout.write(
      `  +${String(size).padStart(6)} sentences (${String(others.length).padStart(3)} documents)  answered ${percent(answered / answerable)}  hit@1 ${percent(hit1 / answerable)}  hit@3 ${percent(hit3 / answerable)}  ` +
        `first passage from the article ${percent(own / answerable)}  | unanswerable refused ${percent(refused / unanswerable)} of ${unanswerable}, off-topic refused ${percent(offRefused / offTopic.length)} of ${offTopic.length}\n`,
    );
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}
