/**
 * `npx tsx scripts/decision-curve.ts [--eval-dir DIR]` — the answer-or-refuse model at fixed shares of answerable
 * questions answered, both halves of ../shared/eval, one article per corpus and the mixed corpus:
 * AUROC (answerable against unanswerable, and against off-topic), then the unanswerable and
 * off-topic questions refused at 95%, 96% and 97% answered, and at the model's own threshold. Two
 * models compared at one answered share say which separates the cases better, whatever point the
 * threshold rule picks for each (`npm run eval` reports that point). The learned probability
 * alone: the rules on top of it (a name no document uses, a first passage holding none of the
 * question) refuse a few more, so `npm run eval`'s answered shares are a little lower.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEFAULTS } from '../src/config.ts';
import { createEmbedder } from '../src/embedding/transformers-embedder.ts';
import { WordVectors } from '../src/embedding/word-vectors.ts';
import { auroc, refusedAt, type ScoredQuestion } from '../src/evaluation/decision-curve.ts';
import { engineOver, mixedCorpus, projectDocuments, type CorpusFile } from '../src/evaluation/eval-corpora.ts';
import { EVENT_ARTICLE, type EvalQuestion, type Half } from '../src/evaluation/eval-sets.ts';
import { evalSetsOrExit } from './lib/eval-sets-or-exit.ts';
import { scriptOptions } from './lib/script-options.ts';
import { percent } from '../src/evaluation/scoring.ts';
import { createLogger } from '../src/log.ts';
import { findAnswer, measureBackground } from '../src/retrieval/find-answer.ts';
import { LEARNED_DECISION } from '../src/retrieval/learned-weights.ts';

const SHARES = [0.95, 0.96, 0.97];
const logger = createLogger('warn');
const { values: args } = scriptOptions({ options: { 'eval-dir': { type: 'string' } } }, 'usage: npx tsx scripts/decision-curve.ts [--eval-dir DIR]');
const sets = evalSetsOrExit(args['eval-dir']);
const config = { corpusDir: DEFAULTS.corpusDir, indexDir: '', modelsDir: DEFAULTS.modelsDir, cacheDir: DEFAULTS.cacheDir, embeddingModel: 'offline' };
const embedder = await createEmbedder({ model: 'offline', modelsDir: config.modelsDir, cacheDir: config.cacheDir, logger, progressOutput: process.stderr });
const wordVectors = new WordVectors(embedder);
const event = await projectDocuments(config, logger);
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'decision-curve-'));
const offTopic = sets.questions.filter((q) => q.kind === 'off-topic');

interface Corpus {
  files: CorpusFile[];
  questions: readonly EvalQuestion[];
  setting: 'one article' | 'mixed';
}
const corpora: Corpus[] = [
  { files: event, questions: sets.questions.filter((q) => q.article === EVENT_ARTICLE), setting: 'one article' },
  ...sets.articles.map((a) => ({ files: [{ file: a.file, text: a.text }], questions: sets.questions.filter((q) => q.article === a.file), setting: 'one article' as const })),
  { files: mixedCorpus(event, sets.articles), questions: sets.questions.filter((q) => q.kind !== 'off-topic'), setting: 'mixed' },
];

const scored = new Map<string, ScoredQuestion[]>();
try {
  for (const [n, c] of corpora.entries()) {
    const index = (await engineOver(c.files, path.join(work, String(n)), config, embedder, logger)).current().index;
    const background = await measureBackground(index, embedder, wordVectors);
    for (const q of [...c.questions, ...offTopic]) {
      const found = await findAnswer(index, q.question, embedder, wordVectors, { passages: 3, background });
      const key = `${c.setting}|${q.half}`;
      scored.set(key, [...(scored.get(key) ?? []), { kind: q.kind, p: found.decision.answerable }]);
    }
    process.stderr.write(`corpus ${n + 1} of ${corpora.length} asked\n`);
  }
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}

const pct = (x: number) => (Number.isNaN(x) ? '   –  ' : percent(x).padStart(6));
process.stdout.write(`Answer or refuse at fixed shares answered (offline model; model threshold ${LEARNED_DECISION.threshold})\n`);
for (const setting of ['one article', 'mixed'] as const) {
  for (const half of ['tune', 'check'] as Half[]) {
    const qs = scored.get(`${setting}|${half}`) ?? [];
    const p = (kind: ScoredQuestion['kind']) => qs.filter((q) => q.kind === kind).map((q) => q.p);
    const answeredAtModel = p('answerable').filter((x) => x >= LEARNED_DECISION.threshold).length / Math.max(1, p('answerable').length);
    process.stdout.write(
      `  ${`${setting}, ${half}`.padEnd(20)} AUROC answerable vs unanswerable ${auroc(p('answerable'), p('unanswerable')).toFixed(3)}, vs off-topic ${auroc(p('answerable'), p('off-topic')).toFixed(3)}\n`,
    );
    for (const share of [...SHARES, answeredAtModel]) {
      const point = refusedAt(qs, share);
      const label = share === answeredAtModel ? `model's ${pct(share)}` : `${pct(share)}`;
      process.stdout.write(`  ${''.padEnd(20)} answered ${label.padStart(15)}: unanswerable refused ${pct(point.unanswerableRefused)}, off-topic refused ${pct(point.offTopicRefused)}\n`);
    }
  }
}
