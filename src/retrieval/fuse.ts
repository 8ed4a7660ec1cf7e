/**
 * Hybrid ranking as a small pure step: every candidate sentence is described by the same features
 * (lexical, dense, neighbours, word pairs, answer kind, coverage of the question, coverage by its
 * document), which are merged linearly. For questions the weights are learned (see
 * learned-weights.ts); for quoted wording they are set by hand (see QUOTE_FUSION).
 */
import { LEARNED_RANKING } from './learned-weights.ts';

export interface CandidateFeatures {
  slot: number;
  /**
   * BM25 divided by the query's total IDF: ~1 when every query term occurs once in an average sentence.
   * This and the other coverage of the sentence and its neighbours weigh the terms by their IDF among
   * the sentences of the sentence's own document (retrieve.ts, `localTerms`).
   */
  lexical: number;
  /** Cosine similarity of question and sentence embeddings, on the index's calibrated scale (0 unrelated, 1 a match). */
  dense: number;
  /** The IDF-weighted share of the question's two-word phrases (function words included) the sentence holds, 0–1. */
  phrase: number;
  /** The best `lexical` of the sentence's neighbours in the same block (coreference, split facts). */
  neighbour: number;
  /** When the sentence holds the kind of answer the question asks for (a date for "when"…), that kind's strength (0–1); else 0. */
  answerType: number;
  /** Share of a quote's function words ("and", "unto", "of the") the sentence holds, 0–1; 0 for a question. */
  functionWords: number;
  /** IDF-weighted share of the question's terms the sentence holds, 0–1 (length does not discount it, unlike BM25). */
  coverage: number;
  /** The best `coverage` of the sentence's neighbours in the same block. */
  neighbourCoverage: number;
  /** IDF-weighted share of the question's terms its document holds anywhere, 0–1: which document the question is about. */
  documentCoverage: number;
  /** `coverage` by dictionary forms, with paraphrases counted through embedding neighbours (soft-match.ts); equals `coverage` until measured. */
  softCoverage: number;
  /** P(the sentence's document | the question) among the corpus's documents (retrieve.ts), 0–1. */
  documentPosterior: number;
  /** IDF-weighted share of the question's terms the title of its document holds, 0–1. */
  titleCoverage: number;
  /** IDF-weighted share of the question's terms the sentence and the ones just before and after it hold together, 0–1. */
  nearbyCoverage: number;
  /** Share of a quote's words, function words included, that the sentence holds in the same order (their longest common subsequence), 0–1; measured for a quote's best candidates only (retrieve.ts), 0 for a question. */
  inOrder: number;
}

export interface FusionWeights {
  lexical: number;
  dense: number;
  neighbour: number;
  phrase: number;
  answerType: number;
  functionWords: number;
  coverage: number;
  neighbourCoverage: number;
  documentCoverage: number;
  softCoverage: number;
  documentPosterior: number;
  titleCoverage: number;
  nearbyCoverage: number;
  inOrder: number;
  /** Lexical scores are capped here so that one repeated rare term cannot swamp the rest. */
  lexicalCap: number;
}

/** The hand-set weights the learned ones replaced for questions; kept as the base of the quote profile. */
export const HAND_FUSION: FusionWeights = {
  lexical: 0.5,
  dense: 0.25,
  neighbour: 0.15,
  phrase: 0.1,
  answerType: 0.3,
  functionWords: 0,
  coverage: 0,
  neighbourCoverage: 0,
  documentCoverage: 0,
  softCoverage: 0,
  documentPosterior: 0,
  titleCoverage: 0,
  nearbyCoverage: 0,
  inOrder: 0,
  lexicalCap: 1.2,
};

/** Weights for questions: learned on the tune half of the evaluation sets (scripts/train-weights.ts). */
export const DEFAULT_FUSION: FusionWeights = { ...HAND_FUSION, ...LEARNED_RANKING.weights };

/**
 * Weights for a query that quotes the coverage's wording (see query-form.ts): word pairs in order
 * count five times as much, neighbours hardly at all, since the quoted sentence itself is sought,
 * and the quote's function words count too: they are part of the wording a member remembers, and so
 * is their order (`inOrder`: 0.8 chosen on the bench's windows drawn with another seed than its
 * report's, 11 against 42: misses 31 → 20 of 1,000 paraphrased windows, at 0.4 24, at 1.5 22).
 */
export const QUOTE_FUSION: FusionWeights = { ...HAND_FUSION, phrase: 0.5, neighbour: 0.05, functionWords: 0.4, inOrder: 0.8 };

/** The weights for each form of query. */
export interface FusionProfiles {
  question: FusionWeights;
  quote: FusionWeights;
}

export const DEFAULT_PROFILES: FusionProfiles = { question: DEFAULT_FUSION, quote: QUOTE_FUSION };

/** The names of the weighted features, in the order of `featureVector`. */
export const FEATURE_NAMES = ['lexical', 'dense', 'neighbour', 'phrase', 'answerType', 'functionWords', 'coverage', 'neighbourCoverage', 'documentCoverage', 'softCoverage', 'documentPosterior', 'titleCoverage', 'nearbyCoverage', 'inOrder'] as const;
export type FeatureName = (typeof FEATURE_NAMES)[number];

/** The features as they enter the linear sum (capped, gated), in FEATURE_NAMES order. */
export function featureVector(f: CandidateFeatures, lexicalCap: number): number[] {
  return [
    Math.min(f.lexical, lexicalCap),
    f.dense,
    Math.min(f.neighbour, lexicalCap),
    f.phrase,
    // The kind of answer counts as much as the question's words are there (in the sentence or its
    // neighbour): news is full of names and dates, and one shared word must not make any of them an answer.
    f.answerType * Math.max(f.coverage, f.neighbourCoverage),
    // Function words are everywhere: they only add to a sentence's own content-word evidence, so an
    // off-topic line full of "the" and "of" gains nothing.
    f.functionWords * Math.min(1, f.lexical),
    f.coverage,
    f.neighbourCoverage,
    f.documentCoverage,
    f.softCoverage,
    f.documentPosterior,
    f.titleCoverage,
    f.nearbyCoverage,
    f.inOrder,
  ];
}

export function fusedScore(f: CandidateFeatures, w: FusionWeights = DEFAULT_FUSION): number {
  const x = featureVector(f, w.lexicalCap);
  let s = 0;
  FEATURE_NAMES.forEach((name, i) => (s += w[name] * x[i]!));
  return s;
}

export interface Ranked {
  slot: number;
  score: number;
  features: CandidateFeatures;
}

/**
 * A cascade: the best `depth` candidates ranked again with their paraphrase evidence measured
 * (`softOf`), ahead of the rest, whose order stays (their soft coverage was never measured).
 */
export function rerankHead(ranked: readonly Ranked[], depth: number, softOf: (slot: number) => number, w: FusionWeights = DEFAULT_FUSION): Ranked[] {
  return rerankTop(ranked, depth, (r) => ({ ...r.features, softCoverage: softOf(r.slot) }), w);
}

/** The best `depth` candidates ranked again with what `measure` adds to their features, ahead of the rest, whose order stays. */
export function rerankTop(ranked: readonly Ranked[], depth: number, measure: (r: Ranked) => CandidateFeatures, w: FusionWeights): Ranked[] {
  const head = ranked.slice(0, depth).map((r) => {
    const features = measure(r);
    return { slot: r.slot, score: fusedScore(features, w), features };
  });
  return [...head, ...ranked.slice(depth)].sort((a, b) => b.score - a.score || a.slot - b.slot);
}

export function rank(candidates: readonly CandidateFeatures[], w: FusionWeights = DEFAULT_FUSION): Ranked[] {
  return candidates
    .map((features) => ({ slot: features.slot, score: fusedScore(features, w), features }))
    .sort((a, b) => b.score - a.score || a.slot - b.slot);
}

/**
 * The best of the first `depth` candidates that holds what the question asks for comes first when the
 * first does not, the rest in order: a follow-up's kind of answer ("How long did it last?", when the
 * previous question's words pull its own passage up), a role's holder named after the role ("Who is
 * the Mexican president?"). Pure.
 */
export function holderFirst<T>(ranked: readonly T[], depth: number, holds: (candidate: T) => boolean): readonly T[] {
  if (ranked.length < 2 || holds(ranked[0]!)) return ranked;
  const i = ranked.slice(1, depth).findIndex(holds);
  if (i < 0) return ranked;
  return [ranked[i + 1]!, ...ranked.slice(0, i + 1), ...ranked.slice(i + 2)];
}
