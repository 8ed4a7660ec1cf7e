/**
 * `npx tsx scripts/measure-reprints.ts` — what citing a reprint with its original ("also in") does.
 *
 * 1. **A reprint in the corpus.** A server adds the same wire story from a second outlet: the event
 *    article edited as reprints are (another outlet and date, "on Monday" → "Monday", straight quotes,
 *    the last paragraph cut), under the article's headline or one of its own. The event article's questions (the seed set and
 *    eval/event-questions.json) are asked of the article alone and of article + reprint, the reprint's
 *    copies cited with their original or, as before, quoted as passages of their own — and of the
 *    article among the 13 SQuAD articles of the mixed evaluation corpus, with and without the
 *    reprint; a hit is the
 *    answer in the first k passages of either document. Printed: hit@1 / hit@3, how many of the
 *    three passages say something no earlier one says, and how often the confidence word is above "low"
 *    (a copy of the first passage is no rival to it).
 * 2. **False copies.** Every pair of sentences of different documents in the mixed evaluation corpus
 *    (the event article and the 13 SQuAD articles), and how many are judged the same statement, or to
 *    give one figure differently ("the sources differ"): none should be.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEFAULTS } from '../src/config.ts';
import { createEmbedder } from '../src/embedding/transformers-embedder.ts';
import { WordVectors } from '../src/embedding/word-vectors.ts';
import { engineOver, mixedCorpus, projectDocuments, type CorpusFile } from '../src/evaluation/eval-corpora.ts';
import { reprintOf } from '../src/evaluation/reprint.ts';
import { EVENT_ARTICLE, type EvalQuestion } from '../src/evaluation/eval-sets.ts';
import { evalSetsOrExit } from './lib/eval-sets-or-exit.ts';
import { loadEventQuestionSet } from '../src/evaluation/event-question-set.ts';
import { hitRank, hitStats, percent } from '../src/evaluation/scoring.ts';
import type { SearchIndex } from '../src/index/search-index.ts';
import { isSearchable } from '../src/index/search-index.ts';
import { createLogger } from '../src/log.ts';
import { findAnswer, measureBackground } from '../src/retrieval/find-answer.ts';
import { DEFAULT_PASSAGE, selectPassages, type BuiltPassage } from '../src/retrieval/passages.ts';
import { differingFigure, sameStatement, statementWords } from '../src/retrieval/same-statement.ts';

const logger = createLogger('warn');
const sets = evalSetsOrExit(undefined);
const config = { corpusDir: DEFAULTS.corpusDir, indexDir: '', modelsDir: DEFAULTS.modelsDir, cacheDir: DEFAULTS.cacheDir, embeddingModel: 'offline' };
const embedder = await createEmbedder({ model: 'offline', modelsDir: config.modelsDir, cacheDir: config.cacheDir, logger, progressOutput: null });
const wordVectors = new WordVectors(embedder);
const event = await projectDocuments(config, logger);
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'reprints-'));

const questions: EvalQuestion[] = [...sets.questions.filter((q) => q.article === EVENT_ARTICLE && q.kind === 'answerable'), ...loadEventQuestionSet().filter((q) => q.kind === 'answerable')];

async function openIndex(name: string, files: CorpusFile[]): Promise<SearchIndex> {
  return (await engineOver(files, path.join(work, name), config, embedder, logger)).current().index;
}

/** Of the passages, how many say something no earlier one says (a copy of an earlier one does not). */
function distinct(passages: readonly BuiltPassage[]): number {
  const seen: ReadonlySet<string>[] = [];
  let n = 0;
  for (const p of passages) {
    const words = statementWords(p.focus.text);
    if (!seen.some((s) => sameStatement(s, words))) n++;
    seen.push(words);
  }
  return n;
}

async function measure(label: string, index: SearchIndex, foldCopies: boolean): Promise<void> {
  const background = await measureBackground(index, embedder, wordVectors);
  const ranks: (number | null)[] = [];
  let distinctSum = 0;
  let cited = 0;
  let confident = 0;
  for (const q of questions) {
    const found = await findAnswer(index, q.question, embedder, wordVectors, { passages: 3, background });
    const passages = selectPassages(index, found.ranked, 3, { ...DEFAULT_PASSAGE, foldCopies });
    ranks.push(found.decision.answered ? hitRank(passages.map((p) => p.text), q.answers) : null);
    distinctSum += distinct(passages);
    if (passages[0]?.alsoIn?.length) cited++;
    if (found.decision.answered && found.decision.confidence !== 'low') confident++;
  }
  const s = hitStats(ranks);
  process.stdout.write(
    `  ${label.padEnd(62)} hit@1 ${percent(s.hit1).padStart(6)}  hit@3 ${percent(s.hit3).padStart(6)}  distinct statements in the 3 passages ${(distinctSum / questions.length).toFixed(2)}  first passage also cites the other outlet ${percent(cited / questions.length)}  confidence medium or high ${percent(confident / questions.length)}\n`,
  );
}

process.stdout.write(`1. A reprint in the corpus: ${questions.length} answerable questions about the event article\n`);
const alone = await openIndex('alone', event);
await measure('the article alone', alone, true);
for (const ownHeadline of [false, true]) {
  const label = ownHeadline ? 'reprint under its own headline' : 'reprint under the same headline';
  const withReprint = await openIndex(`reprint-${ownHeadline}`, [...event, ...event.map((f) => reprintOf(f, ownHeadline))]);
  await measure(`+ ${label}, copies quoted as passages`, withReprint, false);
  await measure(`+ ${label}, copies cited "also in"`, withReprint, true);
}

// Among other coverage: the 13 SQuAD articles of the mixed evaluation corpus, with and without the reprint.
const mixed = await openIndex('mixed', mixedCorpus(event, sets.articles));
await measure('the article among 13 other articles', mixed, true);
const mixedWithReprint = await openIndex('mixed-reprint', [...mixedCorpus(event, sets.articles), ...event.map((f) => reprintOf(f, true))]);
await measure('+ reprint under its own headline, "also in"', mixedWithReprint, true);
const sentences = mixed.documentIds.flatMap((docId) => mixed.documentSentences(docId).filter(isSearchable).map((r) => ({ docId, text: r.text, words: statementWords(r.text) })));
let pairs = 0;
const same: string[] = [];
const differing: string[] = [];
for (let i = 0; i < sentences.length; i++) {
  for (let j = i + 1; j < sentences.length; j++) {
    const a = sentences[i]!;
    const b = sentences[j]!;
    if (a.docId === b.docId) continue;
    pairs++;
    if (sameStatement(a.words, b.words)) same.push(`     ${a.docId}: ${a.text.slice(0, 90)}\n     ${b.docId}: ${b.text.slice(0, 90)}`);
    // Only pairs that share most of their words can differ in a figure alone (the full test costs more).
    let shared = 0;
    for (const w of a.words) if (b.words.has(w)) shared++;
    if (shared >= 0.7 * Math.max(a.words.size, b.words.size) && differingFigure(a.text, b.text)) differing.push(`     ${a.docId}: ${a.text.slice(0, 90)}\n     ${b.docId}: ${b.text.slice(0, 90)}`);
  }
}
process.stdout.write(`\n2. False copies: ${same.length} of ${pairs.toLocaleString('en')} pairs of sentences of different documents in the mixed corpus (${mixed.documentIds.length} documents, ${sentences.length} sentences) judged the same statement\n`);
for (const line of same.slice(0, 10)) process.stdout.write(`${line}\n`);
process.stdout.write(`   and ${differing.length} judged to give one figure differently (what "the sources differ" would say of them)\n`);
for (const line of differing.slice(0, 10)) process.stdout.write(`${line}\n`);
fs.rmSync(work, { recursive: true, force: true });
