/**
 * `npx tsx scripts/measure-question-parts.ts` — two questions asked in one message (question-parts.ts).
 *
 * The event article's answerable questions (the seed set and eval/event-questions.json) are put two
 * at a time into one message, each with the next one in the list, written two ways: "A? B?" and,
 * when B is a wh-question, "A and b?" (A without its question mark, B's first letter in lower case).
 * Each message is cut as the engine's transports cut it, and its parts answered in turn, the second
 * read with the first when it leans on it, as the bot reads it. Printed: how many messages were cut into exactly the two
 * questions; hit@1 / hit@3 of each half asked in the message, against the same question asked alone
 * and against the message answered whole, as one question (what the bot did before it cut them).
 * Also: how many questions asked alone would be cut (none should be): the event questions, and every
 * SQuAD question of ../shared/eval, tune and check (quiz-like "…between Austria and what other
 * country?" among them).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEFAULTS } from '../src/config.ts';
import { createEmbedder } from '../src/embedding/transformers-embedder.ts';
import { engineOver, projectDocuments } from '../src/evaluation/eval-corpora.ts';
import { EVENT_ARTICLE, type EvalQuestion } from '../src/evaluation/eval-sets.ts';
import { loadEventQuestionSet } from '../src/evaluation/event-question-set.ts';
import { hitRank, percent } from '../src/evaluation/scoring.ts';
import { createLogger } from '../src/log.ts';
import { leansOnPrevious, questionParts } from '../src/retrieval/question-parts.ts';
import { evalSetsOrExit } from './lib/eval-sets-or-exit.ts';

const logger = createLogger('warn');
const sets = evalSetsOrExit(undefined);
const config = { corpusDir: DEFAULTS.corpusDir, indexDir: '', modelsDir: DEFAULTS.modelsDir, cacheDir: DEFAULTS.cacheDir, embeddingModel: 'offline' };
const embedder = await createEmbedder({ model: 'offline', modelsDir: config.modelsDir, cacheDir: config.cacheDir, logger, progressOutput: null });
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'question-parts-'));
const engine = await engineOver(await projectDocuments(config, logger), work, config, embedder, logger);

const questions: EvalQuestion[] = [
  ...sets.questions.filter((q) => q.article === EVENT_ARTICLE && q.kind === 'answerable'),
  ...loadEventQuestionSet().filter((q) => q.kind === 'answerable'),
];
const WH = /^(?:what|when|where|who|whom|whose|why|how|which)\b/i;

interface Tally {
  messages: number;
  cut: number;
  hit1: number;
  hit3: number;
  asked: number;
}
const tally = (): Tally => ({ messages: 0, cut: 0, hit1: 0, hit3: 0, asked: 0 });

async function rankOf(question: string, answers: readonly string[], previous?: string): Promise<number | null> {
  const answer = await engine.ask(question, { top: 3, ...(previous ? { previous } : {}) });
  return answer.answered ? hitRank(answer.passages.map((p) => p.text), answers) : null;
}

const alone = new Map<EvalQuestion, number | null>();
for (const q of questions) alone.set(q, await rankOf(q.question, q.answers));

const ways = { 'A? B?': tally(), 'A and b?': tally() };
const aloneTallies = { 'A? B?': tally(), 'A and b?': tally() };
const wholeTallies = { 'A? B?': tally(), 'A and b?': tally() };
const count = (t: Tally, rank: number | null) => {
  t.asked++;
  if (rank === 1) t.hit1++;
  if (rank !== null && rank <= 3) t.hit3++;
};
for (const [i, a] of questions.entries()) {
  const b = questions[(i + 1) % questions.length]!;
  const messages: [keyof typeof ways, string][] = [['A? B?', `${a.question} ${b.question}`]];
  if (WH.test(b.question) && a.question.endsWith('?')) messages.push(['A and b?', `${a.question.slice(0, -1)} and ${b.question[0]!.toLowerCase()}${b.question.slice(1)}`]);
  for (const [way, message] of messages) {
    const t = ways[way];
    t.messages++;
    const parts = questionParts(message);
    if (parts.length !== 2) continue;
    t.cut++;
    const whole = await engine.ask(message, { top: 3 });
    for (const [k, q] of [a, b].entries()) {
      count(t, await rankOf(parts[k]!, q.answers, k === 1 && leansOnPrevious(parts[1]!) ? parts[0] : undefined));
      count(aloneTallies[way], alone.get(q) ?? null);
      count(wholeTallies[way], whole.answered ? hitRank(whole.passages.map((p) => p.text), q.answers) : null);
    }
  }
}

const wronglyCut = [...questions, ...sets.questions.filter((q) => q.article !== EVENT_ARTICLE)].filter((q) => questionParts(q.question).length > 1);
const single = questions.length + sets.questions.filter((q) => q.article !== EVENT_ARTICLE).length;
const line = (label: string, t: Tally) =>
  `${label.padEnd(34)} messages ${String(t.messages).padStart(3)}  cut in two ${String(t.cut).padStart(3)}  halves hit@1 ${percent(t.hit1 / Math.max(1, t.asked))}  hit@3 ${percent(t.hit3 / Math.max(1, t.asked))}`;
console.log(`Two event questions in one message (${questions.length} answerable event questions, each with the next):`);
const hits = (t: Tally) => `hit@1 ${percent(t.hit1 / Math.max(1, t.asked))}  hit@3 ${percent(t.hit3 / Math.max(1, t.asked))}`;
for (const [way, t] of Object.entries(ways) as [keyof typeof ways, Tally][]) {
  console.log(line(`  "${way}"`, t));
  console.log(`    the same halves asked alone: ${hits(aloneTallies[way])}; the message answered whole: ${hits(wholeTallies[way])}`);
}
console.log(`One question asked alone and cut anyway: ${wronglyCut.length} of ${single}${wronglyCut.length ? `: ${wronglyCut.map((q) => JSON.stringify(q.question)).join(', ')}` : ''}`);
fs.rmSync(work, { recursive: true, force: true });
process.exit(0);
