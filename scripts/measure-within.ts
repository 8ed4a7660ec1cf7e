/**
 * `npx tsx scripts/measure-within.ts` — questions asked within one document (`/ask source:`,
 * `npm run ask -- --source`) in the mixed corpus of ../shared/eval (the event article and every
 * SQuAD article, as `npm run eval --setting mixed` builds it).
 *
 * Printed, for each group of answerable questions: how many are answered, and right at 1 and at 3
 * (the passage from the question's own article), asked as they are and asked within the question's
 * own article; and how many off-topic questions are refused, asked as they are and within the event
 * article, and how many of the check half's unanswerable SQuAD questions, as they are and within their
 * article. The groups: the event article's questions (the seed set and eval/event-questions.json) and
 * the check half's SQuAD questions. `npm run eval` gives the same questions asked of their article alone.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEFAULTS } from '../src/config.ts';
import { createEmbedder } from '../src/embedding/transformers-embedder.ts';
import { engineOver, mixedCorpus, projectDocuments } from '../src/evaluation/eval-corpora.ts';
import { countsFor, EVENT_ARTICLE, isArticleDocument, type EvalQuestion } from '../src/evaluation/eval-sets.ts';
import { loadEventQuestionSet } from '../src/evaluation/event-question-set.ts';
import { hitRank, percent } from '../src/evaluation/scoring.ts';
import { createLogger } from '../src/log.ts';
import { evalSetsOrExit } from './lib/eval-sets-or-exit.ts';

const logger = createLogger('warn');
const sets = evalSetsOrExit(undefined);
const config = { corpusDir: DEFAULTS.corpusDir, indexDir: '', modelsDir: DEFAULTS.modelsDir, cacheDir: DEFAULTS.cacheDir, embeddingModel: 'offline' };
const embedder = await createEmbedder({ model: 'offline', modelsDir: config.modelsDir, cacheDir: config.cacheDir, logger, progressOutput: null });
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'within-'));
const engine = await engineOver(mixedCorpus(await projectDocuments(config, logger), sets.articles), work, config, embedder, logger);
const documents = engine.sources().documents.map((d) => d.docId);
const articleOf = (q: EvalQuestion) => documents.find((d) => q.article !== null && isArticleDocument(d, q.article))!;

const event = [...sets.questions, ...loadEventQuestionSet()].filter((q) => q.article === EVENT_ARTICLE && q.kind === 'answerable');
const squad = sets.questions.filter((q) => q.half === 'check' && q.kind === 'answerable' && q.article !== EVENT_ARTICLE);
const unanswerable = sets.questions.filter((q) => q.half === 'check' && q.kind === 'unanswerable');
const offTopic = [...new Map([...sets.questions, ...loadEventQuestionSet()].filter((q) => q.kind === 'off-topic').map((q) => [q.question, q])).values()];

async function answerable(questions: readonly EvalQuestion[], within: boolean): Promise<string> {
  let answered = 0;
  let hit1 = 0;
  let hit3 = 0;
  for (const q of questions) {
    const a = await engine.ask(q.question, { top: 3, ...(within ? { within: articleOf(q) } : {}) });
    const rank = hitRank(a.passages.map((p) => (countsFor(q, p.citation.docId, true) ? p.text : '')), q.answers);
    if (!a.answered) continue;
    answered++;
    if (rank === 1) hit1++;
    if (rank !== null && rank <= 3) hit3++;
  }
  const n = questions.length;
  return `answered ${answered} (${percent(answered / n)}), hit@1 ${hit1} (${percent(hit1 / n)}), hit@3 ${hit3} (${percent(hit3 / n)})`;
}

/** How many of `questions` are refused, asked as they are or within `within` (a document id, or each question's own article). */
async function refused(questions: readonly EvalQuestion[], within: string | ((q: EvalQuestion) => string) | undefined): Promise<string> {
  let count = 0;
  for (const q of questions) {
    const document = typeof within === 'function' ? within(q) : within;
    if (!(await engine.ask(q.question, { top: 1, ...(document ? { within: document } : {}) })).answered) count++;
  }
  return `refused ${count} of ${questions.length} (${percent(count / questions.length)})`;
}

const eventDocument = documents.find((d) => d.startsWith(EVENT_ARTICLE))!;
process.stdout.write(`mixed corpus of ${documents.length} documents\n`);
process.stdout.write(`event questions (${event.length}):\n  as asked:                 ${await answerable(event, false)}\n  within the event article: ${await answerable(event, true)}\n`);
process.stdout.write(`check-half SQuAD questions (${squad.length}):\n  as asked:                 ${await answerable(squad, false)}\n  within their article:     ${await answerable(squad, true)}\n`);
process.stdout.write(`off-topic questions:\n  as asked:                 ${await refused(offTopic, undefined)}\n  within the event article: ${await refused(offTopic, eventDocument)}\n`);
process.stdout.write(`check-half unanswerable SQuAD questions (${unanswerable.length}):\n  as asked:                 ${await refused(unanswerable, undefined)}\n  within their article:     ${await refused(unanswerable, articleOf)}\n`);
fs.rmSync(work, { recursive: true, force: true });
process.exit(0);
