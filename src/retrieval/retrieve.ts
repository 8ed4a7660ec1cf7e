/** Question → both searches → features for every candidate → fused ranking of sentences. */
import { isStopWord, words } from '../index/terms.ts';
import { isSearchable, type SearchIndex } from '../index/search-index.ts';
import { dot } from '../index/vector-index.ts';
import { answerTypeMatcher, TYPE_STRENGTH } from './answer-type.ts';
import { IDENTITY_SCALE, scaleDense, type DenseScale } from './calibration.ts';
import { indexVocabulary } from './vocabulary.ts';
import { DEFAULT_PROFILES, rank, type CandidateFeatures, type FusionProfiles, type Ranked } from './fuse.ts';
import { readQuestion, type Question } from './question.ts';

export interface RetrieveOptions {
  /** Candidates taken from each of the two searches. */
  lexicalCandidates: number;
  phraseCandidates: number;
  denseCandidates: number;
  /** Fusion weights for questions and for quoted wording. */
  fusion: FusionProfiles;
  /** The cosine scale to use instead of the index's calibrated one (calibration measures it first). */
  denseScale?: DenseScale;
}

export const DEFAULT_RETRIEVE: RetrieveOptions = { lexicalCandidates: 100, phraseCandidates: 50, denseCandidates: 50, fusion: DEFAULT_PROFILES };

/** How the question's terms weigh (IDF) and which of them each document holds. */
export interface TermEvidence {
  terms: readonly string[];
  idf: readonly number[];
  totalIdf: number;
  /** IDF-weighted share of the terms each document holds anywhere (documents holding none are absent). */
  documentCoverage: ReadonlyMap<string, number>;
  /** For each term (same order), how many sentences of each document hold it. */
  documentCounts: readonly ReadonlyMap<string, number>[];
  /**
   * How prominent the question's terms are in each document compared with the document where each is
   * most prominent (IDF-weighted, log counts), 0–1: "Normandy" in every paragraph of one article and
   * in one sentence of another says which article a question about Normandy is about.
   */
  documentFocus: ReadonlyMap<string, number>;
  /**
   * log P(document | question) over the corpus's documents, mapped to 0–1, by query likelihood with Dirichlet
   * smoothing: a term that fills a short article ("the call" in a 25-sentence report) says more about
   * it than one mention in a long one. Shares of one, whatever the corpus's size; 1 with one document.
   */
  documentPosterior: ReadonlyMap<string, number>;
}

/** Dirichlet prior, in sentences: how much a document's own term rates are trusted over the corpus's. */
const DIRICHLET_SENTENCES = 20;
const POSTERIOR_FLOOR = 10;

const documentSizes = new WeakMap<SearchIndex, Int32Array>();
function sizesOf(index: SearchIndex): Int32Array {
  let sizes = documentSizes.get(index);
  if (!sizes) {
    sizes = new Int32Array(index.documentIds.length);
    index.documentIds.forEach((id, d) => (sizes![d] = index.documentSentences(id).filter(isSearchable).length));
    documentSizes.set(index, sizes);
  }
  return sizes;
}

function documentPosterior(index: SearchIndex, documentCounts: readonly ReadonlyMap<string, number>[]): Map<string, number> {
  const sizes = sizesOf(index);
  const total = sizes.reduce((a, b) => a + b, 0);
  const posterior = new Map<string, number>();
  if (total === 0 || index.documentIds.length === 0) return posterior;
  const logLikelihood = new Float64Array(index.documentIds.length);
  const number = new Map(index.documentIds.map((id, d) => [id, d]));
  for (const docs of documentCounts) {
    let df = 0;
    for (const c of docs.values()) df += c;
    if (df === 0) continue; // a term no document holds says nothing about which one is meant
    const background = df / total;
    for (let d = 0; d < sizes.length; d++) {
      const count = docs.get(index.documentIds[d]!) ?? 0;
      logLikelihood[d]! += Math.log((count + DIRICHLET_SENTENCES * background) / (sizes[d]! + DIRICHLET_SENTENCES));
    }
  }
  const best = Math.max(...logLikelihood);
  let sum = 0;
  const odds = Array.from(logLikelihood, (l) => Math.exp(l - best));
  for (const o of odds) sum += o;
  // On a log scale: a document a thousand times less likely than the best must lose to it although both
  // shares are near 0 or 1 on a linear one. 0 at one part in e^10 or less, 1 for a certain document.
  for (const [id, d] of number) posterior.set(id, 1 + Math.max(Math.log(odds[d]! / sum), -POSTERIOR_FLOOR) / POSTERIOR_FLOOR);
  return posterior;
}

/** `weights` scale each term's IDF (same order as `terms`; 1 when absent): a follow-up's previous question weighs less. */
export function termEvidence(index: SearchIndex, terms: readonly string[], weights?: readonly number[]): TermEvidence {
  const idf = terms.map((t, i) => index.lexical.idf(t) * (weights?.[i] ?? 1));
  const totalIdf = idf.reduce((a, b) => a + b, 0);
  const documentCoverage = new Map<string, number>();
  // Counted per document number in a flat array: a common term has thousands of postings.
  const perDoc = new Int32Array(index.documentIds.length);
  const documentCounts = terms.map((t, i) => {
    const touched: number[] = [];
    for (const slot of index.lexical.postingSlots(t)) {
      const d = index.docOfSlot[slot] ?? -1;
      if (d < 0) continue;
      if (perDoc[d] === 0) touched.push(d);
      perDoc[d]!++;
    }
    const docs = new Map<string, number>();
    for (const d of touched) {
      docs.set(index.documentIds[d]!, perDoc[d]!);
      perDoc[d] = 0;
    }
    for (const d of docs.keys()) documentCoverage.set(d, (documentCoverage.get(d) ?? 0) + idf[i]! / Math.max(totalIdf, 1e-9));
    return docs;
  });
  const documentFocus = new Map<string, number>();
  documentCounts.forEach((docs, i) => {
    const most = Math.max(0, ...docs.values());
    if (most === 0) return;
    for (const [d, count] of docs) documentFocus.set(d, (documentFocus.get(d) ?? 0) + ((idf[i]! / Math.max(totalIdf, 1e-9)) * Math.log1p(count)) / Math.log1p(most));
  });
  return { terms, idf, totalIdf, documentCoverage, documentCounts, documentFocus, documentPosterior: documentPosterior(index, documentCounts) };
}

/** Ranks candidate sentences for a question (raw text, or already read with `readQuestion`). */
export function retrieve(
  index: SearchIndex,
  question: string | Question,
  questionVector: Float32Array,
  options: RetrieveOptions = DEFAULT_RETRIEVE,
): Ranked[] {
  const q = typeof question === 'string' ? readQuestion(question, indexVocabulary(index)) : question;
  return rankCandidates(index, q, questionVector, termEvidence(index, q.terms, q.content.map((c) => c.weight ?? 1)), options);
}

/** `retrieve` with the question read and its term evidence measured already (the engine reuses both). */
export function rankCandidates(index: SearchIndex, q: Question, questionVector: Float32Array, evidence: TermEvidence, options: RetrieveOptions = DEFAULT_RETRIEVE): Ranked[] {
  const queryTerms = q.terms;
  let prepared = index.lexical.prepare(queryTerms);
  // Terms that weigh less than their IDF (a follow-up's previous question) weigh as the evidence says.
  if (q.content.some((c) => c.weight !== undefined && c.weight !== 1)) prepared = { ...prepared, idf: [...evidence.idf], totalIdf: evidence.totalIdf };
  const preparedPhrases = index.lexical.prepare(q.phrases);
  const lexicalOf = (slot: number) => (evidence.totalIdf > 0 ? index.lexical.scorePrepared(slot, prepared) / evidence.totalIdf : 0);
  const coverageOf = (slot: number) => index.lexical.coveragePrepared(slot, prepared);
  const phraseOf = (slot: number) => index.lexical.coveragePrepared(slot, preparedPhrases);

  const weights = options.fusion[q.form];
  const functionWordsOf = weights.functionWords > 0 ? functionWordShare(q.text) : () => 0;

  const denseScale = options.denseScale ?? index.manifest.calibration?.dense ?? IDENTITY_SCALE;
  const holdsType = answerTypeMatcher(q.type, q.text);
  const typeStrength = q.type ? TYPE_STRENGTH[q.type] : 0;
  const slots = new Set<number>();
  for (const h of index.lexical.search(queryTerms, options.lexicalCandidates)) slots.add(h.slot);
  if (q.phrases.length) for (const h of index.lexical.search(q.phrases, options.phraseCandidates)) slots.add(h.slot);
  for (const h of index.vectorIndex.search(questionVector, options.denseCandidates)) slots.add(h.slot);

  const features: CandidateFeatures[] = [];
  for (const slot of slots) {
    const r = index.record(slot);
    if (!r || !isSearchable(r)) continue;
    let neighbour = 0;
    let neighbourCoverage = 0;
    for (const n of [index.sentenceAt(r.docId, r.index - 1), index.sentenceAt(r.docId, r.index + 1)]) {
      if (n && n.block === r.block && isSearchable(n)) {
        neighbour = Math.max(neighbour, lexicalOf(n.slot));
        neighbourCoverage = Math.max(neighbourCoverage, coverageOf(n.slot));
      }
    }
    const coverage = coverageOf(slot);
    features.push({
      slot,
      lexical: lexicalOf(slot),
      dense: scaleDense(dot(questionVector, index.vectorOf(slot)), denseScale),
      neighbour,
      phrase: phraseOf(slot),
      answerType: typeStrength > 0 && holdsType(r.text) ? typeStrength : 0,
      functionWords: functionWordsOf(r.text),
      coverage,
      neighbourCoverage,
      documentCoverage: evidence.documentCoverage.get(r.docId) ?? 0,
      // Measured with paraphrases only for the best candidates (find-answer.ts); until then, exact coverage.
      softCoverage: coverage,
      documentFocus: evidence.documentFocus.get(r.docId) ?? 0,
      documentPosterior: evidence.documentPosterior.get(r.docId) ?? 0,
    });
  }
  return rank(features, weights);
}

/** The share of the query's distinct function words a sentence holds, prepared once per query. */
function functionWordShare(query: string): (sentence: string) => number {
  const wanted = new Set(words(query).filter(isStopWord));
  if (wanted.size === 0) return () => 0;
  return (sentence) => {
    // Function words are plain ASCII, so a lower-cased ASCII split finds them as `words` would,
    // without its accent folding (this runs on every candidate).
    const found = new Set<string>();
    for (const w of sentence.toLowerCase().match(/[a-z]+/g) ?? []) if (wanted.has(w)) found.add(w);
    return found.size / wanted.size;
  };
}
