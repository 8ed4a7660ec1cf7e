import { stem } from '../../src/index/terms.ts';
import { nounLemma } from '../../src/lexicon/lemma.ts';

/**
 * A corpus's vocabulary as the WordNet readings ask it (hypernym.ts, hyponym.ts): its words with their
 * frequencies, which pairs meet, and which words it writes in a name.
 */
export function wordnetVocabulary(words: Record<string, number>, pairs: [string, string][], names: readonly string[] = []) {
  const terms = new Map(Object.entries(words).map(([w, n]) => [stem(w), n]));
  const meeting = new Set(pairs.flatMap(([a, b]) => [`${stem(a)} ${stem(b)}`, `${stem(b)} ${stem(a)}`]));
  return {
    frequency: (t: string) => terms.get(t) ?? 0,
    meets: (a: string, b: string) => meeting.has(`${a} ${b}`),
    writesNoun: (noun: string) => Object.keys(words).some((w) => nounLemma(w) === noun),
    writesAsName: (t: string) => names.some((n) => stem(n) === t),
  };
}
