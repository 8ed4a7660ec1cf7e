/**
 * `npm run train`: learns the question ranking weights and the answer-or-refuse model from the
 * TUNE half of ../shared/eval only (the seed set, squad2-dev and the first six articles of
 * squad2-more; the check half is never read), with the offline model, in the settings the engine
 * meets — one article per corpus and one mixed corpus — and writes src/retrieval/learned-weights.ts.
 *
 * Ranking: coordinate ascent on the share of questions whose first candidate's passage holds the
 * answer (non-negative weights, started from the hand-set ones and from the weights in force, the
 * better kept).
 * Decision: logistic regression of "answerable" (SQuAD answerable vs unanswerable questions and
 * off-topic ones) over the features of answerability.ts, every corpus weighing the same; the
 * threshold answers at least 95% of every tune article's answerable questions, alone and in the mixed
 * corpus. Confidence: logistic regression of "the first passage holds the answer" on
 * the questions the engine answers; the words are fixed probability bands (high ≥ 0.8, medium ≥ 0.5).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEFAULTS, PROJECT_ROOT } from '../src/config.ts';
import { createEmbedder } from '../src/embedding/transformers-embedder.ts';
import { engineOver, mixedCorpus, projectDocuments, type CorpusFile } from '../src/evaluation/eval-corpora.ts';
import { countsFor, EVENT_ARTICLE, type EvalQuestion } from '../src/evaluation/eval-sets.ts';
import { evalSetsOrExit } from './lib/eval-sets-or-exit.ts';
import { scriptOptions } from './lib/script-options.ts';
import { answerThreshold, writtenThreshold } from '../src/evaluation/answer-threshold.ts';
import { fitLogistic, predict } from '../src/evaluation/logistic-regression.ts';
import { coordinateAscent, pairedGainZ, rankingObjective, type RankingGroup } from '../src/evaluation/coordinate-ascent.ts';
import { hitRank } from '../src/evaluation/scoring.ts';
import { createLogger } from '../src/log.ts';
import { CONFIDENCE_ONLY_FEATURES, DECISION_FEATURES, DECISION_SIGNS, featureArray, type DecisionModel } from '../src/retrieval/answerability.ts';
import { findAnswer, measureBackground, type FoundAnswer } from '../src/retrieval/find-answer.ts';
import { WordVectors } from '../src/embedding/word-vectors.ts';
import { FEATURE_NAMES, featureVector, HAND_FUSION, QUOTE_FUSION, type FusionWeights } from '../src/retrieval/fuse.ts';
import { TRAINING_NEGATIVES, type Background } from '../src/retrieval/background.ts';
import { buildPassage, type BuiltPassage } from '../src/retrieval/passages.ts';
import { LEARNED_RANKING } from '../src/retrieval/learned-weights.ts';
import type { SearchIndex } from '../src/index/search-index.ts';

const { values: args } = scriptOptions(
  { options: { 'eval-dir': { type: 'string' }, 'dry-run': { type: 'boolean', default: false }, dump: { type: 'string' } } },
  'usage: npm run train -- [--eval-dir DIR] [--dry-run] [--dump FILE]',
);
const logger = createLogger('warn');
const sets = evalSetsOrExit(args['eval-dir']);
const tuneArticles = sets.articles.filter((a) => a.half === 'tune');
const tuneQuestions = sets.questions.filter((q) => q.half === 'tune');
const negatives: EvalQuestion[] = [
  ...tuneQuestions.filter((q) => q.kind === 'off-topic'),
  ...TRAINING_NEGATIVES.map((question) => ({ question, answers: [], kind: 'off-topic' as const, article: null, half: 'tune' as const })),
];
const config = { corpusDir: DEFAULTS.corpusDir, indexDir: '', modelsDir: DEFAULTS.modelsDir, cacheDir: DEFAULTS.cacheDir, embeddingModel: 'offline' };
const embedder = await createEmbedder({ model: 'offline', modelsDir: config.modelsDir, cacheDir: config.cacheDir, logger, progressOutput: null });
const event = await projectDocuments(config, logger);
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'train-'));

interface Corpus {
  name: string;
  files: CorpusFile[];
  questions: EvalQuestion[];
  mixed: boolean;
}
const corpora: Corpus[] = [
  { name: 'event', files: event, questions: tuneQuestions.filter((q) => q.article === EVENT_ARTICLE), mixed: false },
  ...tuneArticles.map((a) => ({ name: a.file, files: [{ file: a.file, text: a.text }], questions: tuneQuestions.filter((q) => q.article === a.file), mixed: false })),
  { name: 'mixed', files: mixedCorpus(event, tuneArticles), questions: tuneQuestions.filter((q) => q.kind !== 'off-topic'), mixed: true },
];

interface Asked {
  q: EvalQuestion;
  index: SearchIndex;
  mixed: boolean;
  corpus: string;
}
const indexes = new Map<string, SearchIndex>();
const singleCorpora = corpora.filter((c) => !c.mixed).length;
const asked: Asked[] = [];
for (const [n, c] of corpora.entries()) {
  const index = (await engineOver(c.files, path.join(work, String(n)), config, embedder, logger)).current().index;
  indexes.set(c.name, index);
  for (const q of [...c.questions, ...negatives]) asked.push({ q, index, mixed: c.mixed, corpus: c.name });
  process.stderr.write(`corpus ${c.name}: ${c.questions.length + negatives.length} questions\n`);
}
const wordVectors = new WordVectors(embedder);
const holdsAnswer = (a: Asked, p: BuiltPassage | null | undefined) => Boolean(p && countsFor(a.q, p.focus.docId, a.mixed) && hitRank([p.text], a.q.answers) === 1);
const profiles = (question: FusionWeights) => ({ question, quote: QUOTE_FUSION });
const askAll = async (question: FusionWeights, model?: DecisionModel) => {
  const backgrounds = new Map<string, Background>();
  for (const [name, index] of indexes) backgrounds.set(name, await measureBackground(index, embedder, wordVectors, { fusion: profiles(question) }));
  const out: FoundAnswer[] = [];
  for (const a of asked) {
    out.push(await findAnswer(a.index, a.q.question, embedder, wordVectors, { passages: 3, fusion: profiles(question), background: backgrounds.get(a.corpus)!, ...(model ? { decisionModel: model } : {}) }));
  }
  return out;
};

// 1. Ranking: coordinate ascent on hit@1 over each answerable question's candidates (quotes keep
// their hand weights; functionWords is 0 for questions and left out). Twice: the candidates whose
// paraphrases are measured depend on the weights.
const used = FEATURE_NAMES.map((name, j) => ({ name, j })).filter((f) => f.name !== 'functionWords' && f.name !== 'inOrder');
const toWeights = (ws: readonly number[]): FusionWeights => {
  const w: FusionWeights = { ...HAND_FUSION, functionWords: 0, inOrder: 0 };
  used.forEach((f, i) => (w[f.name] = Number(ws[i]!.toFixed(4))));
  return w;
};
let learned: FusionWeights = { ...HAND_FUSION };
/** An objective gain under this (a tenth of a point of hit@1) does not move the ranking weights away from those in force. */
const RANKING_GAIN_WORTH_A_MOVE = 0.001;
/** Nor one the tune questions do not bear out surely: their paired differences' z (`pairedGainZ`) under 2. */
const SURE_GAIN_Z = 2;
let handHit1 = 0;
let objective = 0;
for (let pass = 0; pass < 2; pass++) {
  const found = await askAll(learned);
  const groups: RankingGroup[] = [];
  let hits = 0;
  const perCorpus = new Map<string, number>();
  asked.forEach((a, i) => a.q.kind === 'answerable' && found[i]!.question.form === 'question' && perCorpus.set(a.corpus, (perCorpus.get(a.corpus) ?? 0) + 1));
  asked.forEach((a, i) => {
    if (a.q.kind !== 'answerable' || found[i]!.question.form !== 'question') return;
    const ranked = found[i]!.ranked.slice(0, 60);
    hits += holdsAnswer(a, found[i]!.passages[0]) ? 1 : 0;
    groups.push({
      candidates: ranked.map((r) => {
        const v = featureVector(r.features, HAND_FUSION.lexicalCap);
        return used.map((f) => v[f.j]!);
      }),
      right: ranked.map((r) => holdsAnswer(a, buildPassage(a.index, r))),
      // The two settings count the same (a server's corpus is one article or many), and within the
      // one-article setting every corpus counts the same.
      weight: (a.mixed ? 0.5 : 0.5 / singleCorpora) * (100 / perCorpus.get(a.corpus)!),
    });
  });
  if (pass === 0) handHit1 = hits / groups.length;
  const eventHits = asked.filter((a, i) => a.corpus === 'event' && a.q.kind === 'answerable' && holdsAnswer(a, found[i]!.passages[0])).length;
  process.stderr.write(`  event hit@1 ${eventHits}/20\n`);
  // From the weights in force and from this pass's weights, keeping the better: the ascent only finds
  // a local optimum, and a retraining must not end below what it replaces on its own objective. The
  // objective is flat near its top, where far-apart weights score alike: the search leaves the weights
  // in force only for a gain worth it, or answers would change with every retraining for nothing.
  const vectorOf = (w: FusionWeights) => used.map((f) => w[f.name] ?? 0);
  const inForce = vectorOf(LEARNED_RANKING.weights as FusionWeights);
  const unchanged = { weights: inForce, objective: rankingObjective(groups, inForce) };
  const ascended = coordinateAscent(groups, inForce);
  // The ascent from the weights in force moves them too, for whatever small gain it finds: they stay
  // as they are unless it is worth it, so that retraining what did not change changes nothing.
  const worthIt = (to: { weights: number[]; objective: number }, from: { weights: number[]; objective: number }) =>
    to.objective > from.objective + RANKING_GAIN_WORTH_A_MOVE && pairedGainZ(groups, from.weights, to.weights) >= SURE_GAIN_Z;
  const kept = worthIt(ascended, unchanged) ? ascended : unchanged;
  const moved = coordinateAscent(groups, vectorOf(learned));
  const ascent = worthIt(moved, kept) ? moved : kept;
  process.stderr.write(
    `  weights in force ${unchanged.objective.toFixed(4)}, ascent from them ${ascended.objective.toFixed(4)} (z ${pairedGainZ(groups, unchanged.weights, ascended.weights).toFixed(2)}), ` +
      `from this pass's ${moved.objective.toFixed(4)} (z ${pairedGainZ(groups, kept.weights, moved.weights).toFixed(2)})\n`,
  );
  learned = toWeights(ascent.weights);
  objective = ascent.objective;
  process.stderr.write(`ranking pass ${pass + 1}: hit@1 before ${(hits / groups.length).toFixed(4)}, objective after ${ascent.objective.toFixed(4)}\n`);
}

// 2. The decision, on the learned ranking.
interface Row {
  x: number[];
  answerable: number;
  right: number;
  mixed: boolean;
  kind: EvalQuestion['kind'];
  corpus: string;
}
const found = await askAll(learned);
const rows: Row[] = asked.map((a, i) => {
  const f = found[i]!;
  const right = a.q.kind === 'answerable' && holdsAnswer(a, f.passages[0]);
  return { x: featureArray(f.decision.features), answerable: a.q.kind === 'answerable' ? 1 : 0, right: right ? 1 : 0, mixed: a.mixed, kind: a.q.kind, corpus: a.corpus };
});
const answerableCount = rows.filter((r) => r.answerable).length;
const rankHits = rows.filter((r) => r.right).length;
// Every corpus weighs the same in each kind of question, and so does every article within the mixed
// corpus: the event article's 20 questions, the kind of conversational question the bot is for, count
// as much as a Wikipedia article's 200, alone and among other articles.
const group = (a: Asked) => (a.mixed ? `${a.corpus}|${a.q.article}` : a.corpus);
const cell = (i: number) => `${group(asked[i]!)}|${rows[i]!.kind}`;
const cellSize = new Map<string, number>();
rows.forEach((_, i) => cellSize.set(cell(i), (cellSize.get(cell(i)) ?? 0) + 1));
// Within a corpus, each kind weighs 100 in all, shared equally by its articles' cells.
const cellsOfKind = new Map<string, Set<string>>();
rows.forEach((r, i) => {
  const k = `${r.corpus}|${r.kind}`;
  cellsOfKind.set(k, (cellsOfKind.get(k) ?? new Set()).add(cell(i)));
});
const rowWeights = rows.map((r, i) => 100 / cellSize.get(cell(i))! / cellsOfKind.get(`${r.corpus}|${r.kind}`)!.size);
/** Logistic regression keeping to DECISION_SIGNS: features fitted the wrong way round are dropped, one at a time. */
function fitSigned(xs: number[][], ys: number[], weights: number[], leftOut: ReadonlySet<string> = new Set()) {
  const kept = DECISION_FEATURES.map((_, j) => j).filter((j) => !leftOut.has(DECISION_FEATURES[j]!));
  for (;;) {
    const m = fitLogistic(xs.map((x) => kept.map((j) => x[j]!)), ys, { l2: 1, rowWeights: weights });
    const wrong = kept.map((j, k) => ({ k, v: m.weights[k]! * DECISION_SIGNS[DECISION_FEATURES[j]!] })).filter((x) => x.v < 0);
    if (wrong.length === 0) {
      const full = new Array<number>(DECISION_FEATURES.length).fill(0);
      kept.forEach((j, k) => (full[j] = m.weights[k]!));
      return { intercept: m.intercept, weights: full };
    }
    wrong.sort((a, b) => a.v - b.v);
    kept.splice(wrong[0]!.k, 1);
  }
}
const decisionModel = fitSigned(rows.map((r) => r.x), rows.map((r) => r.answerable), rowWeights, CONFIDENCE_ONLY_FEATURES);
const pAnswerable = rows.map((r) => predict(decisionModel, r.x));
// The threshold answers this share of the tune articles' answerable questions, every article alone
// and within the mixed corpus weighing the same (a corpus of one article counts as much as a large
// one), and at least the floor of each: no article may be given up, alone or for sharing its corpus
// with others (a server's event article among the coverage moderators added). 97.5% lies half-way between the 95% the issue
// asks of a corpus nobody tuned on and answering all; the rule before (95% of each group, the lowest
// group deciding) answered 97.9% of the average tune group, and its threshold varied three times more.
const ANSWER_SHARES = { share: 0.975, floor: 0.9 };
// The threshold as written is the one in force: the confidence model learns on what it answers.
const threshold = writtenThreshold(
  answerThreshold(
    rows.flatMap((r, i) => (r.answerable ? [{ p: pAnswerable[i]!, group: group(asked[i]!) }] : [])),
    ANSWER_SHARES,
  ),
);
const answeredRows = rows.filter((_, i) => pAnswerable[i]! >= threshold);
const answeredWeights = rowWeights.filter((_, i) => pAnswerable[i]! >= threshold);
const rightModel = fitSigned(answeredRows.map((r) => r.x), answeredRows.map((r) => r.right), answeredWeights);

const share = (pred: (r: Row, i: number) => boolean, filter: (r: Row) => boolean) => {
  const idx = rows.map((r, i) => [r, i] as const).filter(([r]) => filter(r));
  return idx.filter(([r, i]) => pred(r, i)).length / Math.max(1, idx.length);
};
const answered = (_: Row, i: number) => pAnswerable[i]! >= threshold;
const auroc = (scores: number[], labels: number[]) => {
  const pos = scores.filter((_, i) => labels[i] === 1);
  const neg = scores.filter((_, i) => labels[i] === 0);
  let wins = 0;
  for (const p of pos) for (const n of neg) wins += p > n ? 1 : p === n ? 0.5 : 0;
  return wins / Math.max(1, pos.length * neg.length);
};
const su = rows.map((r, i) => [r, i] as const).filter(([r]) => r.kind !== 'off-topic');
const summary = {
  rankingQuestions: asked.filter((a) => a.q.kind === 'answerable').length,
  rankingObjective: objective,
  hit1Hand: handHit1,
  hit1Learned: rankHits / answerableCount,
  answeredSingle: share(answered, (r) => r.kind === 'answerable' && !r.mixed),
  answeredMixed: share(answered, (r) => r.kind === 'answerable' && r.mixed),
  unanswerableRefused: share((r, i) => !answered(r, i), (r) => r.kind === 'unanswerable'),
  offTopicRefused: share((r, i) => !answered(r, i), (r) => r.kind === 'off-topic'),
  threshold,
  answeredEvent: share(answered, (r) => r.kind === 'answerable' && !r.mixed && r.corpus === 'event'),
  offTopicRefusedEvent: share((r, i) => !answered(r, i), (r) => r.kind === 'off-topic' && r.corpus === 'event'),
  aurocAnswerableVsUnanswerable: auroc(su.map(([, i]) => pAnswerable[i]!), su.map(([r]) => r.answerable)),
};
process.stderr.write(`${JSON.stringify(summary, null, 2)}\n`);
if (args.dump) {
  const dump = asked.map((a, i) => ({ question: a.q.question, kind: a.q.kind, mixed: a.mixed, corpus: a.corpus, group: group(a), weight: rowWeights[i], p: pAnswerable[i], right: rows[i]!.right, features: found[i]!.decision.features, top: found[i]!.passages[0]?.text.slice(0, 200) }));
  fs.writeFileSync(args.dump, JSON.stringify(dump));
}
const round = (m: { intercept: number; weights: number[] }) => ({ intercept: Number(m.intercept.toFixed(4)), weights: m.weights.map((w) => Number(w.toFixed(4))) });
const rankingWeights = Object.fromEntries(FEATURE_NAMES.map((n) => [n, learned[n]]));
const file = `/**
 * Learned on the tune half of ../shared/eval by \`npm run train\` (scripts/train-weights.ts) with the
 * offline model; the check half is never read there. Regenerated, not edited by hand.
 * Tune figures at training time: ${JSON.stringify(Object.fromEntries(Object.entries(summary).map(([k, v]) => [k, Number(v.toFixed(4))])))}
 */
export const LEARNED_RANKING = {
  method: ${JSON.stringify(`coordinate ascent on hit@1 (+0.25 hit@3) over ${used.map((f) => f.name).join(', ')}, every corpus weighing the same; a sentence's lexical features weigh terms by their IDF within its document (tune half, offline model)`)},
  weights: ${JSON.stringify(rankingWeights)},
};

export const LEARNED_DECISION = {
  method: ${JSON.stringify(`logistic regression of answerable over ${DECISION_FEATURES.filter((f) => !CONFIDENCE_ONLY_FEATURES.has(f)).join(', ')}, every corpus weighing the same; threshold answers ${ANSWER_SHARES.share * 100}% of the tune articles' answerable questions (every article alone and in the mixed corpus weighing the same) and at least ${ANSWER_SHARES.floor * 100}% of each; confidence = P(first passage right) over the same and ${[...CONFIDENCE_ONLY_FEATURES].join(', ')}, in bands (tune half, offline model)`)},
  answerable: ${JSON.stringify(round(decisionModel))},
  threshold: ${threshold.toFixed(4)},
  right: ${JSON.stringify(round(rightModel))},
  bands: { high: 0.8, medium: 0.5 },
};
`;
if (!args['dry-run']) fs.writeFileSync(path.join(PROJECT_ROOT, 'src', 'retrieval', 'learned-weights.ts'), file);
process.stdout.write(file);
fs.rmSync(work, { recursive: true, force: true });
