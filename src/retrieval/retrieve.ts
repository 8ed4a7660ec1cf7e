/** Question → both searches → features for every candidate → fused ranking of sentences. */
import { isStopWord, phraseTerms, terms, words } from '../index/terms.ts';
import { isSearchable, type SearchIndex } from '../index/search-index.ts';
import { dot } from '../index/vector-index.ts';
import { answerTypeMatcher, expectedAnswerType, topicOf, TYPE_STRENGTH } from './answer-type.ts';
import { IDENTITY_SCALE, scaleDense, type DenseScale } from './calibration.ts';
import { correctTerms } from './spelling.ts';
import { indexVocabulary } from './vocabulary.ts';
import { DEFAULT_PROFILES, rank, type CandidateFeatures, type FusionProfiles, type Ranked } from './fuse.ts';
import { queryForm } from './query-form.ts';

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

export function retrieve(
  index: SearchIndex,
  question: string,
  questionVector: Float32Array,
  options: RetrieveOptions = DEFAULT_RETRIEVE,
): Ranked[] {
  const topic = topicOf(question);
  const asked = terms(topic);
  const vocabulary = indexVocabulary(index);
  const queryTerms = [...new Set(asked.every((t) => vocabulary.has(t)) ? asked : correctTerms(asked, vocabulary))];
  const totalIdf = queryTerms.reduce((s, t) => s + index.lexical.idf(t), 0);
  const lexicalOf = (slot: number) => (totalIdf > 0 ? index.lexical.score(slot, queryTerms) / totalIdf : 0);
  const phrases = [...new Set(phraseTerms(topic))];
  const phraseOf = (slot: number) => index.lexical.coverage(slot, phrases);

  const form = queryForm(question);
  const weights = options.fusion[form];
  const functionWordsOf = weights.functionWords > 0 ? functionWordShare(question) : () => 0;

  const denseScale = options.denseScale ?? index.manifest.calibration?.dense ?? IDENTITY_SCALE;
  const type = expectedAnswerType(question);
  const holdsType = answerTypeMatcher(type, question);
  const typeStrength = type ? TYPE_STRENGTH[type] : 0;
  const slots = new Set<number>();
  for (const h of index.lexical.search(queryTerms, options.lexicalCandidates)) slots.add(h.slot);
  if (phrases.length) for (const h of index.lexical.search(phrases, options.phraseCandidates)) slots.add(h.slot);
  for (const h of index.vectorIndex.search(questionVector, options.denseCandidates)) slots.add(h.slot);

  const features: CandidateFeatures[] = [];
  for (const slot of slots) {
    const r = index.record(slot);
    if (!r || !isSearchable(r)) continue;
    let neighbour = 0;
    for (const n of [index.sentenceAt(r.docId, r.index - 1), index.sentenceAt(r.docId, r.index + 1)]) {
      if (n && n.block === r.block && isSearchable(n)) neighbour = Math.max(neighbour, lexicalOf(n.slot));
    }
    features.push({
      slot,
      lexical: lexicalOf(slot),
      dense: scaleDense(dot(questionVector, index.vectorOf(slot)), denseScale),
      neighbour,
      phrase: phraseOf(slot),
      answerType: typeStrength > 0 && holdsType(r.text) ? typeStrength : 0,
      functionWords: functionWordsOf(r.text),
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
