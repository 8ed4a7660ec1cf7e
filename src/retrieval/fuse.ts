/**
 * Hybrid ranking as a small pure step: each candidate sentence has a normalised lexical score,
 * a dense cosine similarity and the lexical support of its neighbours; they are merged linearly.
 * Linear fusion of normalised scores (rather than rank fusion) keeps an absolute scale, which
 * the abstain threshold needs.
 */

export interface CandidateFeatures {
  slot: number;
  /** BM25 divided by the query's total IDF: ~1 when every query term occurs once in an average sentence. */
  lexical: number;
  /** Cosine similarity of question and sentence embeddings. */
  dense: number;
  /** The IDF-weighted share of the question's two-word phrases (function words included) the sentence holds, 0–1. */
  phrase: number;
  /** The best `lexical` of the sentence's neighbours in the same block (coreference, split facts). */
  neighbour: number;
  /** When the sentence holds the kind of answer the question asks for (a date for "when"…), that kind's strength (0–1); else 0. */
  answerType: number;
  /** Share of a quote's function words ("and", "unto", "of the") the sentence holds, 0–1; 0 for a question. */
  functionWords: number;
}

export interface FusionWeights {
  lexical: number;
  dense: number;
  neighbour: number;
  phrase: number;
  answerType: number;
  functionWords: number;
  /** Lexical scores are capped here so that one repeated rare term cannot swamp the rest. */
  lexicalCap: number;
}

export const DEFAULT_FUSION: FusionWeights = { lexical: 0.5, dense: 0.25, neighbour: 0.15, phrase: 0.1, answerType: 0.3, functionWords: 0, lexicalCap: 1.2 };

/**
 * Weights for a query that quotes the coverage's wording (see query-form.ts): word pairs in order
 * count five times as much, neighbours hardly at all, since the quoted sentence itself is sought,
 * and the quote's function words count too: they are part of the wording a member remembers.
 */
export const QUOTE_FUSION: FusionWeights = { ...DEFAULT_FUSION, phrase: 0.5, neighbour: 0.05, functionWords: 0.4 };

/** The weights for each form of query. */
export interface FusionProfiles {
  question: FusionWeights;
  quote: FusionWeights;
}

export const DEFAULT_PROFILES: FusionProfiles = { question: DEFAULT_FUSION, quote: QUOTE_FUSION };

export function fusedScore(f: CandidateFeatures, w: FusionWeights = DEFAULT_FUSION): number {
  return (
    w.lexical * Math.min(f.lexical, w.lexicalCap) +
    w.dense * f.dense +
    w.neighbour * Math.min(f.neighbour, w.lexicalCap) +
    w.phrase * f.phrase +
    // The kind of answer only counts for a sentence (or its neighbour) sharing a word with the
    // question: news is full of names and dates, and "who…?" about anything would otherwise find one.
    w.answerType * f.answerType * (f.lexical > 0 || f.neighbour > 0 ? 1 : 0) +
    // Function words are everywhere: they only add to a sentence's own content-word evidence, so an
    // off-topic line full of "the" and "of" gains nothing.
    w.functionWords * f.functionWords * Math.min(1, f.lexical)
  );
}

export interface Ranked {
  slot: number;
  score: number;
  features: CandidateFeatures;
}

export function rank(candidates: readonly CandidateFeatures[], w: FusionWeights = DEFAULT_FUSION): Ranked[] {
  return candidates
    .map((features) => ({ slot: features.slot, score: fusedScore(features, w), features }))
    .sort((a, b) => b.score - a.score || a.slot - b.slot);
}
